import type { Segment } from '../rule.types.js';
import { blank } from './blank.js';
import { fenceLang } from './fence-lang.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}#{1,6}\s/;
const INLINE_CODE = /`([^`\n]{2,2000})`/g;
const MAX_INLINE_SPANS = 2000;

interface Cursor {
  file: string;
  lines: string[];
  out: Segment[];
  sections: number;
  blocks: number;
}

/** Splits markdown into frontmatter, prose sections, fenced code, inline code and HTML comments. */
export function markdownSegments(file: string, text: string): Segment[] {
  const cur: Cursor = { file, lines: text.split('\n'), out: [], sections: 0, blocks: 0 };
  let i = frontmatter(cur);
  let sectionStart = i;
  const prose: string[] = [];
  while (i < cur.lines.length) {
    const line = cur.lines[i];
    const marked = startsWithMarker(line);
    const fence = marked ? FENCE.exec(line) : null;
    if (fence) {
      const end = closeFence(cur.lines, i, fence[1]);
      pushCode(cur, i + 1, end, fenceLang(fence[2]));
      for (let k = i; k <= end && k < cur.lines.length; k++) prose.push('');
      i = end + 1;
      continue;
    }
    if (marked && HEADING.test(line) && prose.length > 0) {
      flushProse(cur, sectionStart, prose);
      sectionStart = i;
      prose.length = 0;
    }
    prose.push(line);
    i++;
  }
  flushProse(cur, sectionStart, prose);
  return cur.out;
}

/** Whether a fence or heading could start the line: up to three spaces, then a backtick, tilde or #. */
function startsWithMarker(line: string): boolean {
  let k = 0;
  while (k < 3 && line.charCodeAt(k) === 32) k++;
  const c = line.charCodeAt(k);
  return c === 96 || c === 126 || c === 35;
}

function frontmatter(cur: Cursor): number {
  if (cur.lines[0]?.trim() !== '---') return 0;
  const limit = Math.min(cur.lines.length, 2000);
  for (let k = 1; k < limit; k++) {
    if (cur.lines[k].trim() === '---') {
      cur.out.push(segment(cur, 'frontmatter', 'yaml', cur.lines.slice(1, k).join('\n'), 2, 'fm'));
      return k + 1;
    }
  }
  return 0;
}

function closeFence(lines: string[], open: number, marker: string): number {
  for (let k = open + 1; k < lines.length; k++) {
    const t = lines[k].trimStart();
    if (t.startsWith(marker) && t.slice(marker.length).trim() === '' && lines[k].length - t.length < 4)
      return k;
  }
  return lines.length;
}

function pushCode(cur: Cursor, from: number, to: number, lang: Segment['lang']): void {
  const body = cur.lines.slice(from, to).join('\n');
  cur.out.push(segment(cur, 'code', lang, body, from + 1, `b${cur.blocks++}`));
}

function flushProse(cur: Cursor, start: number, prose: string[]): void {
  if (prose.length === 0) return;
  const block = `s${cur.sections++}`;
  const text = stripComments(cur, prose.join('\n'), start, block);
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
  while (open !== -1) {
    const close = text.indexOf('-->', open + 4);
    const end = close === -1 ? text.length : close + 3;
    const line = start + 1 + countNewlines(text, 0, open);
    const body = text.slice(open + 4, close === -1 ? text.length : close);
    cur.out.push(segment(cur, 'hidden', 'text', body, line, `${block}c${n++}`));
    out += text.slice(last, open) + blank(text.slice(open, end));
    last = end;
    open = text.indexOf('<!--', end);
  }
  return out + text.slice(last);
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

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) n++;
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
  return { file: cur.file, kind, lang, text, line, block: `${cur.file}#${block}`, depth: 0 };
}
