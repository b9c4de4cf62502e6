import type { Segment } from '../rule.types.js';
import { newSegment } from './segment-lines.js';

/**
 * Letter-shift (rot13, Caesar) and reversal obfuscation. Unlike base64 or hex, a shifted or
 * reversed string does not look encoded; it is only worth undoing when the skill's own code
 * visibly applies the transform. Then the skill's string literals and data files are read again
 * the way that code reads them.
 */
export type TextTransform = { kind: 'shift'; by: number } | { kind: 'reverse' };

/** `rot13`, `str_rot13`, `codecs.decode(s, 'rot_13')`, `ROT13(...)`. */
const ROT13_NAMED = /\b(?:str_)?rot_?13\b/i;
/** `tr 'A-Za-z' 'N-ZA-Mn-za-m'`, `tr '[a-z]' '[d-za-c]'`: the first letter of the second set is the shift. */
const TR_SHIFT = /\btr\s+["']?\[?(?:A-Z|a-z)(?:a-z|A-Z)?\]?["']?\s+["']?\[?([A-Za-z])-[A-Za-z]/g;
/** `(c - base + 13) % 26`, `(ord(c) - 97 - 3 + 26) % 26`: the shift a letter-arithmetic decoder applies. */
const MOD26_SHIFT = /([+-])\s*(\d{1,2})\s*(?:\+\s*26\s*)?\)\s*%\s*26\b/g;
/** `str.maketrans(ascii_lowercase, ascii_lowercase[13:] + ascii_lowercase[:13])`. */
const SLICE_SHIFT = /\bascii_(?:lowercase|uppercase|letters)\[(\d{1,2}):\]/g;
/**
 * String reversal: Lua `string.reverse` / `s:reverse()`, Python `[::-1]`, JS
 * `.split('').reverse().join('')`, PHP `strrev`, Perl `scalar reverse`, Ruby `"…".reverse`, shell `| rev`,
 * Dart's string read backwards (`.split('').reversed`, `s.runes.toList().reversed`, `s.codeUnits.reversed`).
 */
const REVERSE =
  /\.(?:runes|codeUnits|characters)(?:\.toList\(\s*\))?\.reversed\b|\.split\(\s*(?:''|"")\s*\)\.reversed\b|\bstring\.reverse\s*\(|:reverse\s*\(\s*\)|\[\s*::\s*-1\s*\]|\.reverse\(\s*\)\s*\.join\(\s*(?:''|""|``)\s*\)|\[\s*["'`]reverse["'`]\s*\]\s*\(\s*\)|\bstrrev\s*\(|\bscalar\s+reverse\b|["']\s*\.reverse\b|\|\s*rev\s*(?:$|[|;)&])/m;
/**
 * A string literal written only in escapes (`'\x72\x65…'`, `'\u0072…'`): obfuscators keep the method
 * names they call by computed lookup (`a[_0x(5)]()`) in such tables, `reverse` among them.
 */
const ESCAPED_LITERAL = /(["'`])((?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){4,16})\1/g;
const MAX_ESCAPED_LITERALS = 200;

/** The code spells `reverse` in escapes: a reversal reached by a computed method name. */
function escapedReverse(text: string): boolean {
  if (!text.includes('\\x') && !text.includes('\\u')) return false;
  let n = 0;
  for (const m of text.matchAll(ESCAPED_LITERAL)) {
    if (++n > MAX_ESCAPED_LITERALS) break;
    const name = m[2].replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g, (_, x: string, u: string) =>
      String.fromCharCode(parseInt(x ?? u, 16)),
    );
    if (name === 'reverse' || name === 'strrev') return true;
  }
  return false;
}

/**
 * `reverse` kept as a plain string in a name table (`var t = ['split', 'reverse', 'join']`) and a
 * method called by computed lookup into a table (`s[t[1]]('')[t[2]]()`, `a[_0x(5)]()`).
 */
const TABLED_REVERSE = /[[,]\s{0,4}(["'`])reverse\1\s{0,4}[,\]]/;
const COMPUTED_CALL =
  /\[\s{0,4}[\w$]{1,40}\s{0,4}(?:\[\s{0,4}\d{1,4}\s{0,4}\]|\(\s{0,4}(?:0x[0-9a-fA-F]{1,6}|\d{1,6})\s{0,4}\))\s{0,4}\]\s{0,4}\(/;

function tabledReverse(text: string): boolean {
  return text.includes('reverse') && TABLED_REVERSE.test(text) && COMPUTED_CALL.test(text);
}

const MAX_TRANSFORMS = 3;

/** The transforms the skill's code applies to strings (at most three). */
export function visibleTransforms(segments: readonly Segment[]): TextTransform[] {
  const shifts = new Set<number>();
  let reverse = false;
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.depth > 0) continue;
    const text = seg.text;
    if (ROT13_NAMED.test(text)) shifts.add(13);
    if (text.includes('tr'))
      for (const m of text.matchAll(TR_SHIFT)) shifts.add(m[1].toLowerCase().charCodeAt(0) - 97);
    if (text.includes('26'))
      for (const m of text.matchAll(MOD26_SHIFT)) {
        const n = Number(m[2]) % 26;
        shifts.add(m[1] === '+' ? n : (26 - n) % 26);
      }
    if (text.includes('ascii_')) for (const m of text.matchAll(SLICE_SHIFT)) shifts.add(Number(m[1]) % 26);
    reverse ||= REVERSE.test(text) || escapedReverse(text) || tabledReverse(text);
  }
  shifts.delete(0);
  const out: TextTransform[] = [...shifts].map((by) => ({ kind: 'shift', by }) as const);
  if (reverse) out.push({ kind: 'reverse' });
  return out.slice(0, MAX_TRANSFORMS);
}

export function shiftLetters(s: string, by: number): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + by) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + by) % 26) + 97);
    else out += s[k];
  }
  return out;
}

function apply(t: TextTransform, s: string): string {
  if (t.kind === 'shift') return shiftLetters(s, t.by);
  let out = '';
  for (let k = s.length - 1; k >= 0; k--) out += s[k];
  return out;
}

const MIN_LITERAL = 4;
const MAX_LINE = 4096;
const MAX_PIECES = 400;

/** The quoted strings of a line (no escapes, no multi-line strings: a linear scan). */
function literalsOfLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    let q = -1;
    for (let k = i; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 34 || c === 39 || c === 96) {
        q = k;
        break;
      }
    }
    if (q === -1) break;
    const end = line.indexOf(line[q], q + 1);
    if (end === -1) break;
    if (end - q - 1 >= MIN_LITERAL) out.push(line.slice(q + 1, end));
    i = end + 1;
  }
  return out;
}

const PIECE = /^[A-Za-z0-9+/=_-]{8,}$/;

/**
 * A blob cut into quoted pieces, one a line, that the code joins and then reverses as a whole
 * (`[...].join('').split('').reverse().join('')`): the whole reversed blob goes on the run's first
 * line, where the base64 decoder of the next layer finds it.
 */
function reverseJoinedPieces(pieces: readonly string[][], lines: string[]): void {
  let from = -1;
  const flush = (to: number) => {
    if (from !== -1 && to - from >= 2) {
      const joined = pieces
        .slice(from, to)
        .map((p) => p[0])
        .join('');
      lines[from] += ` ${apply({ kind: 'reverse' }, joined)}`;
    }
    from = -1;
  };
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i].length === 1 && PIECE.test(pieces[i][0])) {
      if (from === -1) from = i;
      else if (i - from >= MAX_PIECES) {
        flush(i);
        from = i;
      }
    } else flush(i);
  }
  flush(pieces.length);
}

/** A data file read by the code (a table, a word list): neither markdown nor a program. */
function isDataFile(seg: Segment): boolean {
  return (
    seg.kind === 'prose' && seg.block === seg.file && !/\.(?:md|markdown|mdx|ipynb|pth)$/i.test(seg.file)
  );
}

/**
 * The skill's string literals (code, configs) and data files, each line read through each visible
 * transform, as `decoded` segments that keep the source's lines. Bounded by `budget`.
 */
export function transformedSegments(
  segments: readonly Segment[],
  budget: { bytes: number; blobs: number },
): Segment[] {
  const transforms = visibleTransforms(segments);
  if (transforms.length === 0) return [];
  const out: Segment[] = [];
  for (const t of transforms) {
    for (const seg of segments) {
      if (seg.depth > 0 || (seg.kind !== 'code' && seg.kind !== 'config' && !isDataFile(seg))) continue;
      if (budget.blobs <= 0 || budget.bytes <= 0) return out;
      const whole = seg.kind === 'prose';
      let changed = false;
      let size = 0;
      const pieces: string[][] = [];
      const lines: string[] = [];
      const src = seg.text;
      // Past the budget the rest of the segment is left out (the lines kept still map to the source).
      for (let at = 0; at <= src.length && size <= budget.bytes;) {
        const nl = src.indexOf('\n', at);
        const stop = nl === -1 ? src.length : nl;
        const cut = src.slice(at, Math.min(stop, at + MAX_LINE));
        at = stop + 1;
        const parts = whole ? [cut] : literalsOfLine(cut);
        pieces.push(parts);
        const read = parts.length === 0 ? '' : parts.map((p) => apply(t, p)).join(' ');
        changed ||= parts.length > 0;
        size += read.length + 1;
        lines.push(read);
      }
      if (!changed) continue;
      if (t.kind === 'reverse' && !whole) reverseJoinedPieces(pieces, lines);
      const text = lines.join('\n');
      budget.blobs--;
      budget.bytes -= text.length;
      out.push(
        newSegment({
          ...seg,
          kind: 'decoded',
          // Letters only move: a URL in a shifted string is not yet a command (see SG-OBFUSC-008).
          lang: 'text',
          text,
          depth: 1,
        }),
      );
    }
  }
  return out;
}

/**
 * Decoded blobs read backwards, when the skill's code reverses strings: a payload base64-encoded after
 * it was reversed (`print $A | base64 -D | rev | sh`) decodes to reversed text, readable only so.
 * Each copy keeps its blob's place and counts against `budget`.
 */
export function reversedCopies(
  blobs: readonly Segment[],
  budget: { bytes: number; blobs: number },
): Segment[] {
  const out: Segment[] = [];
  for (const blob of blobs) {
    if (blob.kind !== 'decoded') continue;
    if (budget.blobs <= 0 || budget.bytes < blob.text.length) break;
    budget.blobs--;
    budget.bytes -= blob.text.length;
    out.push(newSegment({ ...blob, text: apply({ kind: 'reverse' }, blob.text) }));
  }
  return out;
}
