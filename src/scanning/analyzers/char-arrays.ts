import type { Segment } from '../rule.types.js';
import { isReadable } from './decoders.js';
import { lineIndexOf, lineStarts, fileLineOf, newSegment } from './segment-lines.js';

/**
 * Arrays of character codes that the skill's code turns into text with visible arithmetic: a fixed
 * shift (`string.char(t[i] - 1)`, SQL `chr(c - 3)`, `(b + 7) as char`), XOR with one byte
 * (`chr(b ^ 0x5a)`) or with a repeating key (`c ^ k[i % k.len()]`, the key a string of the code or
 * the package name a build reads from `CARGO_PKG_NAME`/`npm_package_name`), walked backwards
 * (`for i = #t, 1, -1`, `reversed(…)`, `.rev()`). Each array of such a segment is read the ways
 * the code reads arrays; what comes out as text becomes a decoded segment at the array's line.
 */

/** A numeric array literal: `{ 119, 102, … }`, `[0x58, 0x0d, …]`, `ARRAY[113, …]`, `&[…]`, `bytes([…])`. */
const NUM_ARRAY =
  /[[{(][ \t\r\n]{0,80}((?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})[ \t\r\n]{0,80},[ \t\r\n]{0,80}){5,4096}(?:0x[0-9a-fA-F]{1,2}|\d{1,3}))[ \t\r\n]{0,80},?[ \t\r\n]{0,80}[\]})]/g;
/** A code turned into a character (Go: a byte slice into a string). */
const CHAR_CONVERT =
  /\bstring\.char\s*\(|\bstring\s*\(\s*\w{1,40}\s*\)|\b(?:chr|CHR|Chr\$?|fromCharCode|char|Character|rune)\s*\(|\bas\s+char\b|\bchar::from(?:_u32)?\s*\(|\bfrom_utf8(?:_lossy)?\s*\(|\bpack\s*\(\s*["'][CU]\*/;
/** `chr(c - 3)`, `string.char(t[i] - 1)`, `String.fromCharCode(x + 7)`: the shift applied to each code. */
const SHIFT_CALL =
  /\b(?:string\.char|chr|fromCharCode|char|Character|rune)\s*\(\s*[\w.$#]{1,40}(?:\[[^\]\n]{1,40}\])?\s*([+-])\s*(\d{1,3})\s*\)/gi;
/** `(c - 3) as char`, `(b + 7) as u8 as char`. */
const SHIFT_CAST = /\(\s*\*?[\w.]{1,40}\s*([+-])\s*(\d{1,3})\s*\)\s*as\s+(?:u8\s+as\s+)?char\b/g;
/** XOR with one constant byte: `b ^ 0x5a`, `c ^ 42` (a repeating key is indexed, see XOR_KEYED). */
const XOR_BYTE = /\^\s*(0x[0-9a-fA-F]{1,2}|\d{1,3})\b(?!\s*[[.])/g;
/** XOR with a repeating key: `c ^ k[i % k.len()]`, `b ^ key[i % len(key)]`, `x ^ key[i % key.length]`. */
const XOR_KEYED =
  /\^\s*&?\w{1,40}\s*\[\s*\w{1,20}\s*%\s*(?:#\w{1,40}|len\s*\(\s*\w{1,40}\s*\)|\w{1,40}\.(?:len\(\s*\)|length|size\(?\)?))/;
/** The package's own name read at build or install time (a key only the manifest spells out). */
const PACKAGE_NAME_READ = /\bCARGO_PKG_NAME\b|\bnpm_package_name\b|\bCARGO_CRATE_NAME\b/;
/** Walking an array backwards. */
const REVERSED =
  /\bfor\s+\w{1,20}\s*=\s*#\w{1,40}\s*,\s*1\s*,\s*-1\b|\breversed\s*\(|\.rev\s*\(\s*\)|\.reverse\s*\(\s*\)|\bstring\.reverse\s*\(|:reverse\s*\(\s*\)|\[\s*::\s*-1\s*\]|\bORDER\s+BY\s+\w{1,40}\s+DESC\b/i;
/** Short string literals of the code, the candidates for an XOR key. */
const KEY_LITERAL = /(?:\bb)?(["'])([\x21-\x7e]{3,40}?)\1/g;
/** Manifest names: `name = "x"` in Cargo.toml/pyproject.toml, `"name": "x"` in package.json. */
const MANIFEST = /(?:^|\/)(?:Cargo\.toml|package\.json|pyproject\.toml)$/;
const MANIFEST_NAME = /^\s*"?name"?\s*[:=]\s*"([\w.@/-]{1,80})"/m;

const MAX_KEYS = 8;
const MAX_CODES = 4096;

type Decode = (codes: number[]) => number[];

function decodersOf(text: string, packageNames: readonly string[]): Decode[] {
  const out: Decode[] = [(c) => c];
  const shifts = new Set<number>();
  for (const re of [SHIFT_CALL, SHIFT_CAST])
    for (const m of text.matchAll(re))
      if (shifts.size < 4) shifts.add((m[1] === '+' ? 1 : -1) * Number(m[2]));
  for (const by of shifts) if (by !== 0) out.push((c) => c.map((x) => x + by));
  const bytes = new Set<number>();
  if (text.includes('^'))
    for (const m of text.matchAll(XOR_BYTE)) if (bytes.size < 4) bytes.add(Number(m[1]) & 0xff);
  for (const b of bytes) if (b !== 0) out.push((c) => c.map((x) => x ^ b));
  if (text.includes('%') && XOR_KEYED.test(text)) {
    const keys = new Set<string>();
    if (PACKAGE_NAME_READ.test(text)) for (const n of packageNames) keys.add(n);
    for (const m of text.matchAll(KEY_LITERAL)) {
      if (keys.size >= MAX_KEYS) break;
      keys.add(m[2]);
    }
    for (const key of keys) {
      const k = Buffer.from(key);
      out.push((c) => c.map((x, i) => x ^ k[i % k.length]));
    }
  }
  return out;
}

function packageNamesOf(segments: readonly Segment[]): string[] {
  const names: string[] = [];
  for (const seg of segments) {
    if (seg.depth > 0 || !MANIFEST.test(seg.file) || names.length >= 4) continue;
    const m = MANIFEST_NAME.exec(seg.text);
    if (m && !names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

function textOf(codes: number[]): string | null {
  let s = '';
  for (const c of codes) {
    if (c < 0 || c > 0xffff) return null;
    s += String.fromCharCode(c);
  }
  return isReadable(s) ? s : null;
}

function quoted(s: string): string {
  const q = s.includes('"') ? "'" : '"';
  return `${q}${s}${q}`;
}

/** Decoded segments of the char-code arrays of code that visibly converts codes to characters. */
export function charArraySegments(
  segments: readonly Segment[],
  budget: { bytes: number; blobs: number },
): Segment[] {
  const out: Segment[] = [];
  let packageNames: string[] | undefined;
  for (const seg of segments) {
    if (seg.depth > 0 || seg.kind !== 'code') continue;
    const text = seg.text;
    if (!CHAR_CONVERT.test(text)) continue;
    const decoders = decodersOf(text, (packageNames ??= packageNamesOf(segments)));
    const reversed = REVERSED.test(text);
    let starts: readonly number[] | undefined;
    NUM_ARRAY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUM_ARRAY.exec(text)) !== null) {
      if (budget.blobs <= 0 || budget.bytes <= 0) return out;
      const codes = m[1]
        .split(',')
        .slice(0, MAX_CODES)
        .map((s) => Number(s.trim()));
      const seen = new Set<string>();
      for (const decode of decoders) {
        const forward = decode(codes);
        for (const order of reversed ? [forward, forward.slice().reverse()] : [forward]) {
          const decoded = textOf(order);
          if (!decoded || seen.has(decoded)) continue;
          seen.add(decoded);
          budget.blobs--;
          budget.bytes -= decoded.length;
          const line = fileLineOf(seg, lineIndexOf((starts ??= lineStarts(text)), m.index));
          out.push(
            newSegment({
              ...seg,
              kind: 'decoded',
              lang: 'shell',
              // The array is a string: also read as a quoted literal, where path-string rules look.
              text: `${decoded}\n${quoted(decoded)}`,
              line,
              pinned: true,
              lineMap: undefined,
              depth: 1,
            }),
          );
        }
      }
    }
  }
  return out;
}
