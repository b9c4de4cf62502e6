import type { Lang, Segment } from '../rule.types.js';
import { splitComments } from './code-lexer.js';

/** Per-character reads: see `charCodeAt` in literal-scanner.ts (a module's own constant is inlined). */
const charCodeAt = String.prototype.charCodeAt;

export const MAX_EVIDENCE = 200;

/** Texts this long have their lines remembered: rules ask for the same file's lines again and again. */
const REMEMBER_FROM = 4096;
const REMEMBERED = 4;
const remembered: { text: string; starts?: readonly number[]; lines?: readonly string[] }[] = [];

function rememberedFor(text: string) {
  let entry = remembered.find((r) => r.text === text);
  if (!entry) {
    entry = { text };
    remembered.unshift(entry);
    remembered.length = Math.min(remembered.length, REMEMBERED);
  }
  return entry;
}

/** Start offsets of each line of `text` (shared for long texts: callers must not change the array). */
export function lineStarts(text: string): readonly number[] {
  if (text.length < REMEMBER_FROM) return computeLineStarts(text);
  const entry = rememberedFor(text);
  return (entry.starts ??= computeLineStarts(text));
}

/** `text.split('\n')`, shared for long texts: callers must not change the array. */
export function linesOf(text: string): readonly string[] {
  if (text.length < REMEMBER_FROM) return text.split('\n');
  const entry = rememberedFor(text);
  return (entry.lines ??= text.split('\n'));
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The line of each value read from a JSON document, asked in document order: a value is looked for
 * (quoted, as JSON writes it, else as written) after the last one found. Past `maxSearched`
 * characters searched, the last line found stands for the rest (a hostile file stays linear).
 */
export function jsonValueLines(text: string, maxSearched: number): (value: string) => number {
  const starts = lineStarts(text);
  let searched = 0;
  let cursor = 0;
  return (value) => {
    if (!value || searched > maxSearched) return lineIndexOf(starts, cursor) + 1;
    const quoted = JSON.stringify(value);
    let at = text.indexOf(quoted, cursor);
    if (at === -1) at = text.indexOf(quoted.slice(1, -1), cursor);
    searched += (at === -1 ? text.length : at) - cursor;
    if (at !== -1) cursor = at;
    return lineIndexOf(starts, cursor) + 1;
  };
}

/** Pushes the file line of each line of `text` onto `lineMap`: `lineOf(k)` for its k-th line. */
export function appendLineMap(lineMap: number[], text: string, lineOf: (k: number) => number): void {
  for (let k = 0, at = 0; at !== -1; k++, at = text.indexOf('\n', at) + 1 || -1) lineMap.push(lineOf(k));
}

export function fileLineOf(segment: Segment, index: number): number {
  if (segment.pinned) return segment.line;
  if (segment.lineMap) return segment.lineMap[Math.min(index, segment.lineMap.length - 1)] ?? segment.line;
  return segment.line + index;
}

/** The line around a match, trimmed to MAX_EVIDENCE characters centred on the match. */
export function evidenceAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl === -1 ? text.length : nl;
  if (to - from <= MAX_EVIDENCE) return clean(text.slice(from, to));
  const mid = Math.max(from, Math.min(start, to - MAX_EVIDENCE));
  const left = Math.max(from, Math.min(mid - 40, to - MAX_EVIDENCE));
  return clean(text.slice(left, left + MAX_EVIDENCE));
}

const isControl = (c: number) => (c < 0x20 && c !== 9 && c !== 10) || c === 0x7f;

/** Control characters (except tab/newline) become spaces so evidence prints safely. */
export function clean(s: string): string {
  const head = s.length > MAX_EVIDENCE * 2 ? s.slice(0, MAX_EVIDENCE * 2) : s;
  let at = 0;
  while (at < head.length && !isControl(charCodeAt.call(head, at))) at++;
  // Usually none: the text is kept whole instead of rebuilt a character at a time.
  if (at === head.length) return head.trim().slice(0, MAX_EVIDENCE);
  let out = '';
  for (let k = 0; k < s.length && out.length < MAX_EVIDENCE * 2; k++) {
    const c = s.charCodeAt(k);
    out += isControl(c) ? ' ' : s[k];
  }
  return out.trim().slice(0, MAX_EVIDENCE);
}

/**
 * A segment with every field set, in one order: the code reading segments (views, rules, decoders)
 * then sees one object shape instead of a megamorphic mix of spreads and literals.
 */
export function newSegment(s: Segment): Segment {
  return {
    file: s.file,
    kind: s.kind,
    lang: s.lang,
    text: s.text,
    line: s.line,
    lineMap: s.lineMap,
    pinned: s.pinned,
    quoted: s.quoted,
    block: s.block,
    depth: s.depth,
  };
}

/**
 * A script kept inside another file (a JSON string value, an Xcode build phase, a flow node): a code
 * segment with its comments blanked, every line pinned to the line of the key that holds it. Null
 * when nothing but comments is left.
 */
export function embeddedScriptSegment(
  file: string,
  script: string,
  lang: Lang,
  line: number,
  block: string,
): Segment | null {
  const { code } = splitComments(script, lang);
  if (!code.trim()) return null;
  return newSegment({ file, kind: 'code', lang, text: code, line, pinned: true, block, depth: 0 });
}

/**
 * Shell commands read out of another format (Makefile recipes, CMake process calls): one code
 * segment of those lines, each mapped back to the file line it came from.
 */
export function mappedShellSegment(file: string, lines: string[], lineMap: number[], tag: string): Segment {
  return newSegment({
    file,
    kind: 'code',
    lang: 'shell',
    text: lines.join('\n'),
    line: lineMap[0],
    lineMap,
    block: `${file}#${tag}`,
    depth: 0,
  });
}
