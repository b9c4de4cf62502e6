import type { Lang, Segment } from '../rule.types.js';
import { splitComments } from './code-lexer.js';
import { fenceLang, PROGRAM_LANGS } from './fence-lang.js';
import { lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

export const NOTEBOOK_FILE = /\.ipynb$/i;

interface NotebookCell {
  cell_type?: unknown;
  source?: unknown;
}

/**
 * The code cells of a Jupyter notebook, each a code segment in the kernel's language: run with
 * `jupyter nbconvert --execute`, they are a script like any other, only stored as JSON strings.
 */
export function notebookSegments(path: string, text: string): Segment[] {
  const notebook = parseNotebook(text);
  if (!notebook) return [];
  const lang = kernelLang(notebook.metadata);
  const out: Segment[] = [];
  const starts = lineStarts(text);
  const sourceKeys = [...text.matchAll(SOURCE_KEY)].map((m) => m.index);
  // One `"source"` key per cell, in order: each cell's lines are looked for from its own key.
  const keyed = sourceKeys.length === notebook.cells.length;
  let cursor = 0;
  notebook.cells.forEach((cell, n) => {
    const lines = sourceLines(cell.source);
    if (cell.cell_type !== 'code' || lines.length === 0) return;
    if (keyed) cursor = sourceKeys[n];
    const lineMap: number[] = [];
    for (const line of lines) {
      cursor = placeOf(text, line, cursor);
      lineMap.push(lineIndexOf(starts, cursor) + 1);
      // A repeated line is looked for after this one.
      cursor++;
    }
    const { code } = splitComments(lines.join(''), lang);
    out.push(
      newSegment({
        file: path,
        kind: 'code',
        lang,
        text: code,
        line: lineMap[0],
        lineMap,
        block: `${path}#cell${n}`,
        depth: 0,
      }),
    );
  });
  return out;
}

function parseNotebook(text: string): { cells: NotebookCell[]; metadata: unknown } | null {
  try {
    const nb = JSON.parse(text) as { cells?: unknown; metadata?: unknown };
    if (!nb || !Array.isArray(nb.cells)) return null;
    return {
      cells: nb.cells.filter((c): c is NotebookCell => !!c && typeof c === 'object'),
      metadata: nb.metadata,
    };
  } catch {
    return null;
  }
}

/** nbformat stores a cell's source as one string or a list of lines (each ending in `\n` but the last). */
function sourceLines(source: unknown): string[] {
  const whole = Array.isArray(source)
    ? source.filter((s): s is string => typeof s === 'string').join('')
    : typeof source === 'string'
      ? source
      : '';
  if (!whole) return [];
  return whole.split(/(?<=\n)/);
}

/** The kernel's language (Python when the notebook does not say); one without a lexer here is `other`. */
function kernelLang(metadata: unknown): Lang {
  const meta = (metadata ?? {}) as {
    kernelspec?: { language?: unknown };
    language_info?: { name?: unknown };
  };
  const name = meta.language_info?.name ?? meta.kernelspec?.language;
  if (typeof name !== 'string') return 'python';
  const lang = fenceLang(name);
  return PROGRAM_LANGS.includes(lang) ? lang : 'other';
}

const SOURCE_KEY = /"source"\s*:/g;
/** How far past the previous line a source line is looked for: the JSON between two lines is short. */
const PLACE_WINDOW = 256;

/** Where a source line sits in the JSON text, at or after `from` (or `from` when not found as written). */
function placeOf(text: string, line: string, from: number): number {
  const quoted = JSON.stringify(line.replace(/\n$/, '')).slice(1, -1);
  if (!quoted) return from;
  const at = text.slice(from, from + quoted.length + PLACE_WINDOW).indexOf(quoted);
  return at === -1 ? from : from + at;
}
