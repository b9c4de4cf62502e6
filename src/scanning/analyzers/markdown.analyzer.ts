import type { Segment } from '../rule.types.js';
import { blank } from './blank.js';
import { fenceLang } from './fence-lang.js';
import { appendLineMap, lineStarts, newSegment } from './segment-lines.js';

/** Per-character reads: see `charCodeAt` in literal-scanner.ts (a module's own constant is inlined). */
const charCodeAt = String.prototype.charCodeAt;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}#{1,6}\s/;
const QUOTED_FENCE = /^ {0,3}>[ \t]?(`{3,}|~{3,})(.*)$/;
const QUOTE_MARK = /^ {0,3}>[ \t]?/;
const INLINE_CODE = /`([^`\n]{2,2000})`/g;
const MAX_INLINE_SPANS = 2000;
/**
 * Headings that start a section of their own; past them the rest of the file is one section. Each
 * section is a segment every rule visits: 1 MiB of headings would otherwise make 260k of them.
 */
const MAX_SECTIONS = 1000;
/**
 * Fenced blocks read one by one; past them, each language's blocks are read as one (see MAX_SECTIONS).
 * Merged here rather than left to `withinSegmentBudget`: building a segment for each of 100k blocks or
 * comments first doubled the scan time of such files (measured 105 → 283 ms per MiB).
 */
const MAX_BLOCKS = 1000;
/** HTML comments read one by one; past them, the file's comments are read as one hidden text. */
const MAX_COMMENTS = 1000;

/**
 * Lines are offsets into the text rather than split strings: most lines are only looked at by their
 * first characters, and prose and code bodies are slices of the text.
 */
interface Cursor {
  file: string;
  text: string;
  /** Start offset of each line; `split('\n')` would give as many lines. */
  starts: readonly number[];
  out: Segment[];
  sections: number;
  blocks: number;
  /** Fenced blocks past MAX_BLOCKS, per language: their lines and the file line of each. */
  overflow: Map<Segment['lang'], { lines: string[]; lineMap: number[] }>;
  comments: number;
  /** Comments past MAX_COMMENTS: their bodies and the file line of each body line. */
  hiddenOverflow: { lines: string[]; lineMap: number[] };
}

/** Splits markdown into frontmatter, prose sections, fenced code, inline code and HTML comments. */
export function markdownSegments(file: string, text: string): Segment[] {
  const cur: Cursor = {
    file,
    text,
    starts: lineStarts(text),
    out: [],
    sections: 0,
    blocks: 0,
    overflow: new Map(),
    comments: 0,
    hiddenOverflow: { lines: [], lineMap: [] },
  };
  const count = cur.starts.length;
  let i = frontmatter(cur);
  let sectionStart = i;
  // Fenced line ranges [first, last] of the current section: blank lines in its prose.
  const fenced: number[] = [];
  while (i < count) {
    const marked = startsWithMarker(text, cur.starts[i]);
    const line = marked ? lineAt(cur, i) : '';
    const fence = marked ? FENCE.exec(line) : null;
    if (fence) {
      const end = closeFence(cur, i, fence[1]);
      pushCode(cur, i + 1, end, fenceLang(fence[2]));
      fenced.push(i, Math.min(end, count - 1));
      i = end + 1;
      continue;
    }
    if (!marked && startsWithQuote(text, cur.starts[i])) {
      const quoted = QUOTED_FENCE.exec(lineAt(cur, i));
      if (quoted) {
        i = pushQuotedCode(cur, i, quoted[1], fenceLang(quoted[2])) + 1;
        continue;
      }
    }
    if (marked && HEADING.test(line) && i > sectionStart && cur.sections < MAX_SECTIONS) {
      flushProse(cur, sectionStart, i, fenced);
      sectionStart = i;
      fenced.length = 0;
    }
    i++;
  }
  flushProse(cur, sectionStart, Math.min(i, count), fenced);
  for (const [lang, { lines, lineMap }] of cur.overflow)
    cur.out.push({ ...segment(cur, 'code', lang, lines.join('\n'), lineMap[0], 'b+'), lineMap });
  const { lines, lineMap } = cur.hiddenOverflow;
  if (lines.length > 0)
    cur.out.push({ ...segment(cur, 'hidden', 'text', lines.join('\n'), lineMap[0], 'c+'), lineMap });
  return cur.out;
}

/** Offset just past line `k`'s last character (its newline excluded). */
function lineEnd(cur: Cursor, k: number): number {
  return k + 1 < cur.starts.length ? cur.starts[k + 1] - 1 : cur.text.length;
}

function lineAt(cur: Cursor, k: number): string {
  return cur.text.slice(cur.starts[k], lineEnd(cur, k));
}

/** Lines `from` to `to` (exclusive) joined by newlines, as `lines.slice(from, to).join('\n')`. */
function linesText(cur: Cursor, from: number, to: number): string {
  return to > from ? cur.text.slice(cur.starts[from], lineEnd(cur, to - 1)) : '';
}

/** Whether a fence or heading could start the line: up to three spaces, then a backtick, tilde or #. */
function startsWithMarker(text: string, at: number): boolean {
  let k = at;
  while (k < at + 3 && charCodeAt.call(text, k) === 32) k++;
  const c = charCodeAt.call(text, k);
  return c === 96 || c === 126 || c === 35;
}

/**
 * Whether a line starting with character `c` could trim to something starting with `first`:
 * a visible ASCII character other than `first` is not whitespace, so it cannot.
 */
const mayTrimTo = (c: number, first: number) => c === first || c <= 32 || c >= 127;

function frontmatter(cur: Cursor): number {
  if (lineAt(cur, 0).trim() !== '---') return 0;
  const limit = Math.min(cur.starts.length, 2000);
  for (let k = 1; k < limit; k++) {
    if (!mayTrimTo(charCodeAt.call(cur.text, cur.starts[k]), 45)) continue;
    if (lineAt(cur, k).trim() === '---') {
      cur.out.push(segment(cur, 'frontmatter', 'yaml', linesText(cur, 1, k), 2, 'fm'));
      return k + 1;
    }
  }
  return 0;
}

function closeFence(cur: Cursor, open: number, marker: string): number {
  const first = marker.charCodeAt(0);
  for (let k = open + 1; k < cur.starts.length; k++) {
    if (!mayTrimTo(charCodeAt.call(cur.text, cur.starts[k]), first)) continue;
    const line = lineAt(cur, k);
    const t = line.trimStart();
    if (t.startsWith(marker) && t.slice(marker.length).trim() === '' && line.length - t.length < 4) return k;
  }
  return cur.starts.length;
}

/** Whether a blockquote marker starts the line: up to three spaces, then `>`. */
function startsWithQuote(text: string, at: number): boolean {
  let k = at;
  while (k < at + 3 && charCodeAt.call(text, k) === 32) k++;
  return charCodeAt.call(text, k) === 62;
}

/**
 * A fenced block inside a blockquote (`> ```powershell`) is still code a reader can be told to run:
 * its lines, without their `>`, become a code segment; the quote stays in the prose as well. Returns
 * the line that closes the block (its fence, or the last quoted line).
 */
function pushQuotedCode(cur: Cursor, open: number, marker: string, lang: Segment['lang']): number {
  const body: string[] = [];
  let closed = false;
  let k = open + 1;
  for (; k < cur.starts.length && startsWithQuote(cur.text, cur.starts[k]); k++) {
    const line = lineAt(cur, k).replace(QUOTE_MARK, '');
    const t = line.trimStart();
    if (t.startsWith(marker) && t.slice(marker.length).trim() === '') {
      closed = true;
      break;
    }
    body.push(line);
  }
  if (body.length > 0)
    cur.out.push(segment(cur, 'code', lang, body.join('\n'), open + 2, `b${cur.blocks++}`));
  return closed ? k : k - 1;
}

function pushCode(cur: Cursor, from: number, to: number, lang: Segment['lang']): void {
  const last = Math.min(to, cur.starts.length);
  if (cur.blocks >= MAX_BLOCKS && last > from) return overflowCode(cur, from, last, lang);
  const body = linesText(cur, from, last);
  cur.out.push(segment(cur, 'code', lang, body, from + 1, `b${cur.blocks++}`));
}

/** A comment past MAX_COMMENTS joins the file's one hidden segment of them, its lines still mapped. */
function overflowHidden(cur: Cursor, body: string, line: number): void {
  cur.hiddenOverflow.lines.push(body);
  appendLineMap(cur.hiddenOverflow.lineMap, body, (k) => line + k);
}

/** A block past MAX_BLOCKS joins its language's one block, each line still mapped to its file line. */
function overflowCode(cur: Cursor, from: number, to: number, lang: Segment['lang']): void {
  let merged = cur.overflow.get(lang);
  if (!merged) cur.overflow.set(lang, (merged = { lines: [], lineMap: [] }));
  merged.lines.push(linesText(cur, from, to));
  for (let k = from; k < to; k++) merged.lineMap.push(k + 1);
}

/** Prose of lines `start` to `end` (exclusive), each fenced line left empty. */
function proseText(cur: Cursor, start: number, end: number, fenced: number[]): string {
  if (fenced.length === 0) return linesText(cur, start, end);
  const parts: string[] = [];
  let from = start;
  for (let f = 0; f < fenced.length; f += 2) {
    if (fenced[f] > from) parts.push(linesText(cur, from, fenced[f]));
    for (let k = fenced[f]; k <= fenced[f + 1]; k++) parts.push('');
    from = fenced[f + 1] + 1;
  }
  if (end > from) parts.push(linesText(cur, from, end));
  return parts.join('\n');
}

function flushProse(cur: Cursor, start: number, end: number, fenced: number[]): void {
  if (end <= start) return;
  const block = `s${cur.sections++}`;
  const text = stripComments(cur, proseText(cur, start, end, fenced), start, block);
  cur.out.push(segment(cur, 'prose', 'text', text, start + 1, block));
  inlineCode(cur, text, start, block);
}

/** HTML comments are invisible when rendered: they become `hidden` segments and leave the prose. */
function stripComments(cur: Cursor, text: string, start: number, block: string): string {
  let open = text.indexOf('<!--');
  if (open === -1) return text;
  let out = '';
  let last = 0;
  let n = 0;
  // Newlines are counted from the last comment on, not from the start: many comments stay linear.
  let line = start + 1;
  let counted = 0;
  const spans = new CodeSpans(text);
  while (open !== -1) {
    if (spans.holds(open)) {
      open = text.indexOf('<!--', open + 4);
      continue;
    }
    const close = text.indexOf('-->', open + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.skip(end);
    line += countNewlines(text, counted, open);
    counted = open;
    const body = text.slice(open + 4, close === -1 ? text.length : close);
    if (cur.comments++ >= MAX_COMMENTS) overflowHidden(cur, body, line);
    else {
      const hidden = segment(cur, 'hidden', 'text', body, line, `${block}c${n++}`);
      if (close !== -1 && quotedComment(text, open, end, body)) hidden.quoted = true;
      cur.out.push(hidden);
    }
    out += text.slice(last, open) + blank(text.slice(open, end));
    last = end;
    open = text.indexOf('<!--', end);
  }
  return out + text.slice(last);
}

/** Opening quotation marks and the mark that closes each. */
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', "'": "'", '«': '»', '„': '“' };

/**
 * Whether a comment, on one line, is wrapped in quotation marks (`- "<!-- system: … -->"`): a sample of
 * a hidden comment quoted in a list of them, not text hidden from the reader by the skill's author.
 */
function quotedComment(text: string, open: number, end: number, body: string): boolean {
  const closing = QUOTE_PAIRS[text.charAt(open - 1)];
  return closing !== undefined && text.charAt(end) === closing && !body.includes('\n');
}

/** Longest stretch read on either side of a `<!--` to tell whether a code span holds it. */
const MAX_SPAN_READ = 2000;
/** A blank line (blockquote markers aside): the end of a paragraph, and of any code span in it. */
const BLANK_LINE = /\n[ \t>]{0,200}(?:\n|$)/g;

/**
 * Whether a `<!--` sits inside an inline code span (`` `<!-- … -->` ``): an odd number of backticks
 * before it on its line and a closing one later in the same paragraph. A code span renders its text,
 * so it hides nothing; an unclosed backtick is literal and leaves a real comment hidden. Asked at
 * increasing offsets, so every character is read a bounded number of times.
 */
class CodeSpans {
  private pos = 0;
  private lineStart = 0;
  private ticks = 0;
  private nextTick = -2;
  private nextBlank = -2;

  constructor(private readonly text: string) {}

  holds(at: number): boolean {
    this.advance(at);
    if (this.ticks % 2 === 0 || at - this.lineStart > MAX_SPAN_READ) return false;
    if (this.nextTick !== -1 && this.nextTick < at + 4) this.nextTick = this.text.indexOf('`', at + 4);
    if (this.nextTick === -1 || this.nextTick - at > MAX_SPAN_READ) return false;
    if (this.nextBlank !== -1 && this.nextBlank < at) {
      BLANK_LINE.lastIndex = at;
      this.nextBlank = BLANK_LINE.exec(this.text)?.index ?? -1;
    }
    return this.nextBlank === -1 || this.nextBlank > this.nextTick;
  }

  /** A hidden comment's body holds no code span delimiters; text after it on its last line does. */
  skip(end: number): void {
    for (let k = end - 1; k >= this.pos; k--)
      if (this.text.charCodeAt(k) === 10) {
        this.lineStart = k + 1;
        this.ticks = 0;
        break;
      }
    this.pos = Math.max(this.pos, end);
  }

  private advance(to: number): void {
    for (; this.pos < to; this.pos++) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 10) {
        this.lineStart = this.pos + 1;
        this.ticks = 0;
      } else if (c === 96) this.ticks++;
    }
  }
}

function inlineCode(cur: Cursor, text: string, start: number, block: string): void {
  if (text.indexOf('`') === -1) return;
  INLINE_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  let line = start + 1;
  let scanned = 0;
  while ((m = INLINE_CODE.exec(text)) !== null && count++ < MAX_INLINE_SPANS) {
    line += countNewlines(text, scanned, m.index);
    scanned = m.index;
    cur.out.push(segment(cur, 'code', 'shell', m[1], line, block));
  }
}

/** Newlines in `text[from, to)`: reads no further than `to` (a search for the next one could run to the end). */
function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (charCodeAt.call(text, k) === 10) n++;
  return n;
}

function segment(
  cur: Cursor,
  kind: Segment['kind'],
  lang: Segment['lang'],
  text: string,
  line: number,
  block: string,
): Segment {
  return newSegment({ file: cur.file, kind, lang, text, line, block: `${cur.file}#${block}`, depth: 0 });
}
