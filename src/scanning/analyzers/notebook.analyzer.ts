import type { Lang, Segment } from '../rule.types.js';
import { splitComments } from './code-lexer.js';
import { lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

export const NOTEBOOK_FILE = /\.ipynb$/i;

interface Cell {
  cell_type?: unknown;
  source?: unknown;
}

/** A cell magic that hands the whole cell to a shell (`%%bash`, `%%sh`, `%%script bash`). */
const SHELL_CELL = /^%%(?:bash|sh|script\s+(?:ba|z)?sh)\b/;
/** A line IPython passes to the shell (`!pip install x`, `files = !ls`). */
const SHELL_LINE = /^(\s*(?:[\w, ]{1,60}=\s*)?)!(?!=)/;

/** A line magic (`%matplotlib inline`, `%pip install x`): IPython syntax, not Python. */
const MAGIC_LINE = /^\s*%/;

/**
 * A Jupyter notebook is JSON, but its code cells are what runs when the user presses Run All: each
 * becomes a Python segment (shell escapes and `%%bash` cells a shell one), lines mapped to the file.
 */
export function notebookSegments(path: string, text: string): Segment[] {
  const cells = parseCells(text);
  if (!cells) return [];
  const keys = sourceKeyLines(text);
  const sourceLines = keys.length === cells.length ? keys : [];
  const out: Segment[] = [];
  cells.forEach((cell, n) => {
    if (cell.cell_type !== 'code') return;
    const lines = sourceOf(cell.source);
    if (lines.length === 0) return;
    // In the usual layout each source string sits on its own line after the `"source": [` line.
    const first = (sourceLines[n] ?? 0) + (Array.isArray(cell.source) ? 1 : 0);
    const block = `${path}#cell${n}`;
    if (SHELL_CELL.test(lines[0])) {
      out.push(cellSegment(path, 'shell', ['', ...lines.slice(1)], first, block));
      return;
    }
    const python = lines.map((l) => (SHELL_LINE.test(l) || MAGIC_LINE.test(l) ? '' : l));
    const shell = lines.map((l) => l.replace(SHELL_LINE, (_, lead: string) => ' '.repeat(lead.length + 1)));
    out.push(cellSegment(path, 'python', python, first, block));
    if (lines.some((l) => SHELL_LINE.test(l)))
      out.push(
        cellSegment(
          path,
          'shell',
          shell.map((l, i) => (SHELL_LINE.test(lines[i]) ? l : '')),
          first,
          `${block}!`,
        ),
      );
  });
  return out;
}

function parseCells(text: string): Cell[] | null {
  try {
    const nb = JSON.parse(text) as { cells?: unknown };
    return Array.isArray(nb.cells) ? (nb.cells as Cell[]) : null;
  } catch {
    return null;
  }
}

/** A cell's source as lines: nbformat stores a list of strings (each ending in `\n`) or one string. */
function sourceOf(source: unknown): string[] {
  const joined = Array.isArray(source) ? source.filter((s) => typeof s === 'string').join('') : source;
  if (typeof joined !== 'string' || !joined.trim()) return [];
  return joined.replace(/\n$/, '').split('\n');
}

/**
 * 1-based file line of each cell's `"source"` key, in order; 0 where the layout is not the usual one
 * (the count differs from the cells'), so findings fall back to line 1.
 */
function sourceKeyLines(text: string): number[] {
  const starts = lineStarts(text);
  return [...text.matchAll(/"source"\s*:/g)].map((m) => lineIndexOf(starts, m.index) + 1);
}

/** Comments blanked in place, as in a script file: what runs, on the lines it sits on. */
function cellSegment(path: string, lang: Lang, lines: string[], line: number, block: string): Segment {
  const { code } = splitComments(lines.join('\n'), lang);
  return newSegment({ file: path, kind: 'code', lang, text: code, line: Math.max(1, line), block, depth: 0 });
}
