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
/** Lua's XOR with one constant byte: `v ~ 0x5a` (5.3 operator, not `~=`), `bit.bxor(v, 42)`, `bit32.bxor(v, 42)`. */
const LUA_XOR_BYTE =
  /[\w)\]][ \t]{0,4}~[ \t]{0,4}(0x[0-9a-fA-F]{1,2}|\d{1,3})\b(?![ \t]*[[.])|\bbxor[ \t]{0,4}\([ \t]{0,4}[\w.[\]#]{1,40}[ \t]{0,4},[ \t]{0,4}(0x[0-9a-fA-F]{1,2}|\d{1,3})[ \t]{0,4}\)/g;
/** XOR with a repeating key: `c ^ k[i % k.len()]`, `b ^ key[i % len(key)]`, `x ^ key[i % key.length]`. */
const XOR_KEYED =
  /\^\s*&?\w{1,40}\s*\[\s*\w{1,20}\s*%\s*(?:#\w{1,40}|len\s*\(\s*\w{1,40}\s*\)|\w{1,40}\.(?:len\(\s*\)|length|size\(?\)?))/;
/**
 * Lua's XOR with a repeating key: the operator (`v ~ k`, `bit.bxor(v, k)`) and a key byte picked by position
 * modulo the key's length (`KEY:byte((i - 1) % #KEY + 1)`, `string.byte(KEY, i % #KEY + 1)`); the key's
 * name is the capture.
 */
const LUA_XOR_OP = /[\w)\]][ \t]{0,4}~(?!=)[ \t]{0,4}[\w(]|\bbxor[ \t]{0,4}\(/;
const LUA_KEY_BYTE =
  /\b(\w{1,40}):byte[ \t]{0,4}\([^\n;%]{0,40}%[ \t]{0,4}#[ \t]{0,4}(\w{1,40})\b|\bstring\.byte[ \t]{0,4}\([ \t]{0,4}(\w{1,40})[ \t]{0,4},[^\n;%]{0,40}%[ \t]{0,4}#[ \t]{0,4}(\w{1,40})\b/;
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
  if (text.includes('~') || text.includes('bxor'))
    for (const m of text.matchAll(LUA_XOR_BYTE)) if (bytes.size < 4) bytes.add(Number(m[1] ?? m[2]) & 0xff);
  for (const b of bytes) if (b !== 0) out.push((c) => c.map((x) => x ^ b));
  const luaKey = text.includes('%') && LUA_XOR_OP.test(text) ? LUA_KEY_BYTE.exec(text) : null;
  if (text.includes('%') && (luaKey || XOR_KEYED.test(text))) {
    const keys = new Set<string>();
    // The literal the key's name is bound to comes first (`local KEY = "k2"`).
    const keyName = luaKey && (luaKey[1] ?? luaKey[3]);
    if (keyName) {
      const bound = new RegExp(
        `(?<![\\w.])${keyName}[ \\t]{0,4}=[ \\t]{0,4}(["'])([\\x21-\\x7e]{1,40}?)\\1`,
      ).exec(text);
      if (bound) keys.add(bound[2]);
    }
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

/**
 * Text picked character by character from harmless strings through an array of indices: VBScript/VBA
 * `For Each m In ORDER: s = s & Mid(SRC, m + 1, 1)`, Python `"".join(SRC[i] for i in ORDER)`, JavaScript
 * `ORDER.map(i => SRC[i])` / `for (const i of ORDER) s += SRC.charAt(i)`, Ruby `ORDER.map { |i| SRC[i] }`.
 * Where the index array and the strings are literals of the same code, the picked text is read as the
 * code reads it (the source expression concatenating constants, `Join(ARR, sep)`, `sep.join(ARR)`,
 * `ARR.join(sep)` with the array's literal elements) and becomes a decoded segment.
 */
const PICK_LOOPS: RegExp[] = [
  // VBScript/VBA: `For Each m In ORDER`, `For i = 0 To UBound(ORDER)` (then `ORDER(i)` is the index).
  /\bFor[ \t]{1,8}Each[ \t]{1,8}(?<v>\w{1,40})[ \t]{1,8}In[ \t]{1,8}(?<a>\w{1,40})/gi,
  /\bFor[ \t]{1,8}(?<i>\w{1,40})[ \t]{0,8}=[ \t]{0,8}\d{1,3}[ \t]{1,8}To[ \t]{1,8}UBound[ \t]{0,4}\([ \t]{0,4}(?<a>\w{1,40})[ \t]{0,4}\)/gi,
  // Python: `for i in ORDER`; JavaScript: `for (const i of ORDER)`, `ORDER.map((i) =>`; Ruby: `ORDER.map { |i|`.
  /\bfor[ \t]{1,8}(?<v>\w{1,40})[ \t]{1,8}in[ \t]{1,8}(?<a>\w{1,40})\b(?![ \t]{0,4}[.([])/g,
  /\bfor[ \t]{0,4}\([ \t]{0,4}(?:const|let|var)[ \t]{1,8}(?<v>[\w$]{1,40})[ \t]{1,8}of[ \t]{1,8}(?<a>[\w$]{1,40})[ \t]{0,4}\)/g,
  /(?<![\w$])(?<a>[\w$]{1,40})\.(?:map|forEach|each|collect)[ \t]{0,4}(?:\([ \t]{0,4}(?:function[ \t]{0,4})?\(?[ \t]{0,4}(?<v>[\w$]{1,40})[ \t]{0,4}\)?[ \t]{0,4}(?:=>|\{)|\{[ \t]{0,4}\|[ \t]{0,4}(?<r>\w{1,40})[ \t]{0,4}\|)/g,
];
/** The source expression of a pick (no commas outside one level of brackets). */
const PICK_SRC = String.raw`((?:[^\n,()]|\([^\n()]{0,120}\)){1,200}?)`;
const INT_LIST_END = /[\])}]/;
const MAX_INDICES = 4096;
const MIN_INDICES = 12;
const MAX_SOURCE = 64 * 1024;

function escapeRe(s: string): string {
  return s.replace(/[$]/g, '\\$&');
}

/** The index expressions of one loop: `m`, `m + 1`, `ORDER(i)`, `ORDER[i] - 1`, with the offset they add. */
function pickRegexes(index: string): RegExp[] {
  const idx = `${index}[ \\t]{0,4}(?:([+-])[ \\t]{0,4}(\\d{1,2})[ \\t]{0,4})?`;
  return [
    new RegExp(
      String.raw`\bMid\$?[ \t]{0,4}\([ \t]{0,4}${PICK_SRC}[ \t]{0,4},[ \t]{0,4}${idx},[ \t]{0,4}1[ \t]{0,4}\)`,
      'gi',
    ),
    new RegExp(String.raw`(?<![\w$.])([\w$.]{1,60})\.charAt[ \t]{0,4}\([ \t]{0,4}${idx}\)`, 'g'),
    new RegExp(String.raw`(?<![\w$.])([\w$.]{1,60})\[[ \t]{0,4}${idx}\]`, 'g'),
  ];
}

/** A literal list of integers after `ARR = Array(`, `ARR = [`, `ARR = (`, `ARR = {` (VB line continuations allowed). */
function intArray(text: string, name: string): number[] | null {
  const decl = new RegExp(
    String.raw`(?<![\w$.])${escapeRe(name)}[ \t]{0,4}=[ \t]{0,4}(?:Array[ \t]{0,4}\(|new[ \t]{1,4}int\[\][ \t]{0,4}\{|[[({])`,
    'i',
  ).exec(text);
  if (!decl) return null;
  const out: number[] = [];
  const end = Math.min(text.length, decl.index + decl[0].length + MAX_SOURCE);
  let num = '';
  for (let k = decl.index + decl[0].length; k < end; k++) {
    const c = text[k];
    if (c >= '0' && c <= '9') {
      num += c;
      if (num.length > 5) return null;
      continue;
    }
    if (num) {
      out.push(Number(num));
      num = '';
      if (out.length > MAX_INDICES) return null;
    }
    if (INT_LIST_END.test(c)) return out.length >= MIN_INDICES ? out : null;
    if (c !== ',' && c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== '_') return null;
  }
  return null;
}

/** String literals of a list (`Array("a", "b")`, `["a", "b"]`) or of indexed assignments (`MAP(0) = "a"`). */
function stringArray(text: string, name: string): string[] | null {
  const n = escapeRe(name);
  const decl = new RegExp(
    String.raw`(?<![\w$.])${n}[ \t]{0,4}=[ \t]{0,4}(?:Array[ \t]{0,4}\(|[[({])`,
    'i',
  ).exec(text);
  if (decl) return literalList(text, decl.index + decl[0].length);
  const items: [number, string][] = [];
  const assign = new RegExp(
    String.raw`^[ \t]{0,40}${n}[ \t]{0,4}[([][ \t]{0,4}(\d{1,4})[ \t]{0,4}[)\]][ \t]{0,4}=[ \t]{0,4}("(?:[^"\n]|""){0,4000}"|'[^'\n]{0,4000}')`,
    'gim',
  );
  for (const m of text.matchAll(assign)) {
    items.push([Number(m[1]), unquote(m[2])]);
    if (items.length > MAX_INDICES) break;
  }
  if (items.length === 0) return null;
  return items.sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

/** The string literals of a list from `from` to its closing bracket (anything else in it: null). */
function literalList(text: string, from: number): string[] | null {
  const out: string[] = [];
  const end = Math.min(text.length, from + MAX_SOURCE);
  let k = from;
  while (k < end) {
    const c = text[k];
    if (INT_LIST_END.test(c)) return out;
    if (c === '"' || c === "'") {
      let body = '';
      let j = k + 1;
      for (; j < end && text[j] !== '\n'; j++) {
        if (text[j] !== c) body += text[j];
        // VBScript doubles a quote inside a string.
        else if (c === '"' && text[j + 1] === '"') body += text[j++];
        else break;
      }
      if (text[j] !== c) return null;
      out.push(body);
      k = j + 1;
      continue;
    }
    if (c !== ',' && c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== '_') return null;
    k++;
  }
  return null;
}

function unquote(lit: string): string {
  const body = lit.slice(1, -1);
  return lit[0] === '"' ? body.replace(/""/g, '"') : body;
}

/** Top-level terms of a concatenation (`a & b`, `a + b`), quotes and brackets respected. */
function terms(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let k = 0; k < expr.length; k++) {
    const c = expr[k];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if ((c === '&' || c === '+') && depth === 0) {
      out.push(expr.slice(from, k).trim());
      from = k + 1;
    }
  }
  out.push(expr.slice(from).trim());
  return out;
}

const STRING_LIT = /^(?:"(?:[^"\n]|""){0,4000}"|'[^'\n]{0,4000}')$/;
const JOIN_CALLS: RegExp[] = [
  /^Join[ \t]{0,4}\([ \t]{0,4}(\w{1,40})[ \t]{0,4},[ \t]{0,4}("[^"\n]{0,8}"|'[^'\n]{0,8}')[ \t]{0,4}\)$/i,
  /^([\w$]{1,40})\.join[ \t]{0,4}\([ \t]{0,4}("[^"\n]{0,8}"|'[^'\n]{0,8}')?[ \t]{0,4}\)$/,
];
const JOIN_PY = /^("[^"\n]{0,8}"|'[^'\n]{0,8}')\.join[ \t]{0,4}\([ \t]{0,4}(\w{1,40})[ \t]{0,4}\)$/;

/** The value of a source expression made of literals, constants and joined literal arrays (or null). */
function evaluate(expr: string, text: string, depth: number): string | null {
  let out = '';
  for (const term of terms(expr)) {
    if (!term) return null;
    if (STRING_LIT.test(term)) {
      out += unquote(term);
      continue;
    }
    let joined: string | null = null;
    for (const re of JOIN_CALLS) {
      const m = re.exec(term);
      if (m) {
        const items = stringArray(text, m[1]);
        joined = items ? items.join(m[2] ? unquote(m[2]) : re === JOIN_CALLS[1] ? ',' : ' ') : null;
      }
    }
    const py = JOIN_PY.exec(term);
    if (py) {
      const items = stringArray(text, py[2]);
      joined = items ? items.join(unquote(py[1])) : null;
    }
    if (joined !== null) {
      out += joined;
      continue;
    }
    if (!/^[\w$.]{1,60}$/.test(term) || depth >= 3) return null;
    const assign = new RegExp(
      String.raw`^[ \t]{0,40}(?:(?:Public|Private|Const|Dim|const|let|var|final|static|readonly|string|String)[ \t]{1,8}){0,3}${escapeRe(term)}[ \t]{0,4}(?::[ \t]{0,4}\w{1,20}[ \t]{0,4})?=[ \t]{0,4}([^\n]{1,8000})$`,
      'm',
    ).exec(text);
    if (!assign) return null;
    const value = evaluate(assign[1].replace(/[ \t;]+$/, ''), text, depth + 1);
    if (value === null) return null;
    out += value;
  }
  return out;
}

/** Decoded segments of texts picked by index out of literal strings. */
export function indexPickSegments(
  segments: readonly Segment[],
  budget: { bytes: number; blobs: number },
): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.depth > 0 || seg.kind !== 'code') continue;
    const text = seg.text;
    if (
      !/\bMid\$?[ \t]{0,4}\(|\.charAt[ \t]{0,4}\(|\[[ \t]{0,4}[\w$]{1,40}[ \t]{0,4}(?:[+-][ \t]{0,4}\d{1,2}[ \t]{0,4})?\]/i.test(
        text,
      )
    )
      continue;
    const seen = new Set<string>();
    for (const loop of PICK_LOOPS) {
      for (const m of text.matchAll(loop)) {
        if (budget.blobs <= 0 || budget.bytes <= 0) return out;
        const arr = m.groups!.a;
        const v = m.groups!.v ?? m.groups!.r;
        const index = m.groups!.i ? `${arr}[ \\t]{0,4}[([][ \\t]{0,4}${m.groups!.i}[ \\t]{0,4}[)\\]]` : v;
        if (!index || seen.has(`${arr}/${index}`)) continue;
        seen.add(`${arr}/${index}`);
        const indices = intArray(text, arr);
        if (!indices) continue;
        for (const pick of pickRegexes(escapeRe(index))) {
          const p = pick.exec(text);
          pick.lastIndex = 0;
          if (!p) continue;
          const source = evaluate(p[1].trim(), text, 0);
          if (!source) continue;
          // Mid() counts from 1; indexing and charAt from 0.
          const offset = (p[2] === '-' ? -1 : 1) * Number(p[3] ?? 0) - (/^Mid/i.test(p[0]) ? 1 : 0);
          let picked = '';
          for (const i of indices) {
            const c = source[i + offset];
            if (c === undefined) break;
            picked += c;
          }
          if (picked.length !== indices.length || !isReadable(picked)) continue;
          budget.blobs--;
          budget.bytes -= picked.length;
          const line = fileLineOf(seg, lineIndexOf(lineStarts(text), p.index));
          out.push(
            newSegment({
              ...seg,
              kind: 'decoded',
              lang: 'shell',
              text: `${picked}\n${quoted(picked)}`,
              line,
              pinned: true,
              lineMap: undefined,
              depth: 1,
            }),
          );
          break;
        }
      }
    }
  }
  return out;
}
