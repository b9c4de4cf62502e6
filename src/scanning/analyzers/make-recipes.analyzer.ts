import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { linesOf, mappedShellSegment } from './segment-lines.js';

const MAKEFILE = /(?:^|\/)(?:GNUmakefile|makefile|Makefile)$|\.mk$/;
const ASSIGNMENT = /^(?:override\s+|export\s+)?([A-Za-z_][\w.-]{0,60})\s*(?:\?|:{1,3}|\+|!)?=\s*(.*)$/;
const REFERENCE = /\$[({]([A-Za-z_][\w.-]{0,60})[)}]/g;
const MAX_DEPTH = 4;
const MAX_LINE = 4000;

/**
 * Makefile recipes with the skill's make variables expanded (`$(FETCH) "$(MIRROR)/x" | sh` with
 * `FETCH := curl -fsSL` in an included `config.mk`), continuation lines joined, as one shell segment
 * per Makefile: the command and the address a recipe runs are often only visible once expanded.
 * Only recipes that change when expanded are kept (the Makefile itself is already read as shell).
 */
export function makeRecipeSegments(files: TextFile[]): Segment[] {
  const makefiles = files
    .filter((f) => MAKEFILE.test(f.path))
    .map((f) => ({ path: f.path, lines: logicalLines(f.text) }));
  if (makefiles.length === 0) return [];
  const vars = new Map<string, string>();
  for (const file of makefiles) collectVariables(file.lines, vars);
  if (vars.size === 0) return [];
  return makefiles.flatMap((file) => {
    const lines: string[] = [];
    const lineMap: number[] = [];
    // Recipe lines are the tab-indented ones.
    for (const { text, line } of file.lines) {
      if (!text.startsWith('\t')) continue;
      const expanded = expand(text, vars);
      if (expanded === text) continue;
      lines.push(expanded);
      lineMap.push(line);
    }
    if (lines.length === 0) return [];
    return [mappedShellSegment(file.path, lines, lineMap, 'expanded')];
  });
}

interface LogicalLine {
  text: string;
  /** File line it starts on. */
  line: number;
}

function collectVariables(lines: LogicalLine[], vars: Map<string, string>): void {
  for (const { text: line } of lines) {
    if (line.startsWith('\t')) continue;
    const m = ASSIGNMENT.exec(line.trim());
    if (m && !vars.has(m[1])) vars.set(m[1], m[2].trim());
  }
}

/** Lines with their continuations joined. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let joined = lines[i].trimEnd();
    // Character checks, not a regex anchored at the end: a long joined line is not rescanned per line.
    while (joined.endsWith('\\') && i + 1 < lines.length && joined.length < MAX_LINE) {
      joined = joined.slice(0, -1) + ' ' + lines[++i].trim();
    }
    out.push({ text: joined, line: start + 1 });
  }
  return out;
}

/** One pass replaces each reference by its variable's raw value; passes repeat for nested references. */
function expand(text: string, vars: Map<string, string>): string {
  let out = text;
  for (let depth = 0; depth < MAX_DEPTH && out.includes('$'); depth++) {
    const next = expandOnce(out, vars);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Stops at MAX_LINE characters: self-referencing variables (`A = $(A)$(A)`) cannot blow up. */
function expandOnce(text: string, vars: Map<string, string>): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    const value = vars.get(m[1]);
    if (value === undefined) continue;
    out += text.slice(last, m.index) + value;
    last = m.index + m[0].length;
    if (out.length >= MAX_LINE) return out.slice(0, MAX_LINE);
  }
  return (out + text.slice(last)).slice(0, MAX_LINE);
}
