import type { Segment } from '../rule.types.js';
import { fileLineOf, lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

/**
 * VBA/VBScript launchers that never write their command as a literal: the program name spelled in
 * `Chr(112) & Chr(111) & …`, the shell object as `CreateObject(StrReverse("llehS.tpircSW"))`, an
 * encoded payload kept as chunks that `StrReverse(Join(p, ""))` puts together, `Replace` stripping
 * filler. The arguments of the calls that start programs or create objects (`CreateObject`,
 * `GetObject`, `.Run`, VBScript's `Execute`/`ExecuteGlobal`/`Eval`, `.Exec`, `.ShellExecute`, `Shell`, `.Create`, `.Open`) are evaluated when
 * they are built from constants only; a value that such a function hid becomes a decoded segment,
 * so the rules read the real command (and decode its `-EncodedCommand` in turn).
 */

const VB_FILE = /\.(?:bas|cls|frm|vba|vbs|vb|dotm|docm|xlsm)$/i;
const VB_LANG = /^(?:vb|vba|vbs|vbscript|vbnet|bas|visual-?basic)$/i;
/** The functions that hide a string: without one of them there is nothing to evaluate. */
const HIDING_CALL = /\b(?:ChrW?\$?|ChrB|StrReverse|Join|Replace)[ \t]{0,4}\(/i;
const SINK =
  /(?:\b(?:CreateObject|GetObject|Shell|Execute|ExecuteGlobal|Eval)|\.(?:Run|Exec|ShellExecute|Create|Open))\b[ \t]{0,4}(?=[("\w])/gi;
const MAX_TEXT = 1024 * 1024;
const MAX_VALUE = 64 * 1024;
const MAX_DEPTH = 6;
const MAX_ASSIGNS = 32;
const MAX_SINKS = 200;
/** Characters read by lookups and evaluation per segment: a few passes over a big module, then stop. */
const MAX_WORK = 16 * 1024 * 1024;
const MAX_CALLS = 20_000;

interface Value {
  text: string;
  /** A hiding function (a letter by code, a reversal, a join of chunks, a replacement) made part of it. */
  hidden: boolean;
}

interface Ctx {
  /** The code with line continuations blanked (offsets kept). */
  text: string;
  work: number;
  assigns: Map<string, RegExpMatchArray[]>;
  arrays: Map<string, string[] | null>;
  /** Names being resolved: a name defined through itself has no constant value. */
  active: Set<string>;
  /** Values already folded, by name and the last assignment read. */
  memo: Map<string, Value | null>;
  calls: number;
}

/** Top-level pieces of `s` split at `sep` (quotes and parentheses respected). */
function splitTop(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === '"') quote = !quote;
    else if (quote) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && seps.includes(c)) {
      out.push(s.slice(from, k).trim());
      from = k + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out;
}

/** The statement starting at `from`: up to the line's end, a `'` comment or a `:` separator (not `:=`). */
function statementAt(text: string, from: number): string {
  let quote = false;
  let k = from;
  for (; k < text.length && k - from < MAX_VALUE; k++) {
    const c = text[k];
    if (c === '"') quote = !quote;
    else if (quote) continue;
    else if (c === '\n' || c === "'" || (c === ':' && text[k + 1] !== '=')) break;
  }
  return text.slice(from, k).trim();
}

/** `name(args)` as a whole term: the name and its arguments, or null. */
function call(term: string): { name: string; args: string[] } | null {
  const m = /^(\w{1,40}\$?)[ \t]{0,4}\(/.exec(term);
  if (!m || !term.endsWith(')')) return null;
  const inner = term.slice(m[0].length, -1);
  // The parenthesis opened after the name must close at the very end.
  let depth = 1;
  let quote = false;
  for (const c of inner) {
    if (c === '"') quote = !quote;
    else if (quote) continue;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return null;
  }
  return { name: m[1].toLowerCase(), args: inner.trim() ? splitTop(inner, ',') : [] };
}

function number(expr: string): number | null {
  let total = 0;
  for (const part of expr.replace(/\s+/g, '').split(/(?=[+-])/)) {
    const m = /^([+-]?)(?:&H([0-9a-f]{1,4})|(\d{1,6}))$/i.exec(part);
    if (!m) return null;
    total += (m[1] === '-' ? -1 : 1) * (m[2] ? parseInt(m[2], 16) : Number(m[3]));
  }
  return total;
}

/** The literal string items of an array: `Array("a", "b")`, or `p(0) = "a"` … assignments. */
function arrayItems(name: string, ctx: Ctx, at: number): string[] | null {
  const key = name.toLowerCase();
  if (ctx.arrays.has(key)) return ctx.arrays.get(key)!;
  ctx.arrays.set(key, null);
  ctx.work += ctx.text.length;
  const items: [number, string][] = [];
  const re = new RegExp(
    String.raw`^[ \t]{0,40}${name}[ \t]{0,4}\([ \t]{0,4}(\d{1,4})[ \t]{0,4}\)[ \t]{0,4}=[ \t]{0,4}`,
    'gim',
  );
  for (const m of ctx.text.matchAll(re)) {
    const v = evaluate(statementAt(ctx.text, m.index + m[0].length), ctx, at, MAX_DEPTH);
    if (!v) return null;
    items.push([Number(m[1]), v.text]);
    if (items.length > 4096) return null;
  }
  const list = items.length > 0 ? items.sort((a, b) => a[0] - b[0]).map(([, s]) => s) : null;
  ctx.arrays.set(key, list);
  return list;
}

function join(arg: string, sep: string, ctx: Ctx, at: number, depth: number): Value | null {
  const literal = call(arg);
  let parts: string[] | null = null;
  if (literal?.name === 'array') {
    parts = [];
    for (const a of literal.args) {
      const v = evaluate(a, ctx, at, depth + 1);
      if (!v) return null;
      parts.push(v.text);
    }
  } else if (/^\w{1,40}$/.test(arg)) {
    ctx.work += ctx.text.length;
    const decl = new RegExp(
      String.raw`^[ \t]{0,40}(?:(?:Dim|Set|Let)[ \t]{1,8})?${arg}[ \t]{0,4}=[ \t]{0,4}(?=Array[ \t]{0,4}\()`,
      'im',
    ).exec(ctx.text);
    if (decl) return join(statementAt(ctx.text, decl.index + decl[0].length), sep, ctx, at, depth + 1);
    parts = arrayItems(arg, ctx, at);
  }
  if (!parts) return null;
  const text = parts.join(sep);
  return { text, hidden: parts.length >= 2 && text.length >= 16 };
}

/** The value of a variable, a constant or a function's result at `at`, assignments folded in order. */
function variable(name: string, ctx: Ctx, at: number, depth: number): Value | null {
  const key = name.toLowerCase();
  let found = ctx.assigns.get(key);
  if (!found) {
    const re = new RegExp(
      String.raw`(?:^|:)[ \t]{0,40}(?:(?:Public|Private|Const|Dim|Static|Global|Let|Set)[ \t]{1,8}){0,3}${name}(?:[ \t]{1,8}As[ \t]{1,8}\w{1,20})?[ \t]{0,4}=[ \t]{0,4}`,
      'gim',
    );
    ctx.work += ctx.text.length;
    found = [];
    for (const m of ctx.text.matchAll(re)) if (found.push(m) >= MAX_ASSIGNS) break;
    ctx.assigns.set(key, found);
  }
  if (found.length === 0 || ctx.active.has(key)) return null;
  const before = found.filter((m) => (m.index ?? 0) < at);
  const used = before.length > 0 ? before : found;
  const memoKey = `${key}@${used.length}`;
  if (ctx.memo.has(memoKey)) return ctx.memo.get(memoKey)!;
  ctx.active.add(key);
  let value: Value | null = null;
  for (const m of used) {
    const rhs = statementAt(ctx.text, (m.index ?? 0) + m[0].length);
    // `s = s & Chr(…)`: the name stands for its previous value.
    const self: Value | null = value;
    value = evaluate(rhs, ctx, m.index ?? 0, depth + 1, self ? { name: key, value: self } : undefined);
  }
  ctx.active.delete(key);
  ctx.memo.set(memoKey, value);
  return value;
}

function evaluate(
  expr: string,
  ctx: Ctx,
  at: number,
  depth: number,
  self?: { name: string; value: Value },
): Value | null {
  ctx.work += expr.length + 1;
  if (depth > MAX_DEPTH || ctx.work > MAX_WORK || ++ctx.calls > MAX_CALLS || !expr) return null;
  let text = '';
  let hidden = false;
  for (let term of splitTop(expr, '&+')) {
    while (term.startsWith('(') && term.endsWith(')') && call(`x${term}`)) term = term.slice(1, -1).trim();
    let v: Value | null = null;
    if (/^"(?:[^"]|"")*"$/.test(term)) v = { text: term.slice(1, -1).replace(/""/g, '"'), hidden: false };
    else if (/^vbNullString$/i.test(term)) v = { text: '', hidden: false };
    else if (self && term.toLowerCase() === self.name) v = self.value;
    else {
      const c = call(term);
      if (c) v = apply(c, ctx, at, depth);
      else if (/^\w{1,40}$/.test(term)) v = variable(term, ctx, at, depth);
    }
    if (!v) return null;
    text += v.text;
    hidden ||= v.hidden;
    if (text.length > MAX_VALUE) return null;
  }
  return { text, hidden };
}

function apply(c: { name: string; args: string[] }, ctx: Ctx, at: number, depth: number): Value | null {
  const arg = (k: number) => (c.args[k] === undefined ? null : evaluate(c.args[k], ctx, at, depth + 1));
  switch (c.name) {
    case 'chr':
    case 'chr$':
    case 'chrw':
    case 'chrw$':
    case 'chrb':
    case 'chrb$': {
      const n = c.args.length === 1 ? number(c.args[0]) : null;
      if (n === null || n < 0 || n > 0xffff) return null;
      // A quote, a tab or a line break by code is formatting; a letter or digit by code hides a word.
      return { text: String.fromCharCode(n), hidden: /[A-Za-z0-9]/.test(String.fromCharCode(n)) };
    }
    case 'strreverse': {
      const v = arg(0);
      return v && { text: [...v.text].reverse().join(''), hidden: true };
    }
    case 'replace': {
      const [s, from, to] = [arg(0), arg(1), arg(2)];
      if (!s || !from || !to || !from.text) return null;
      const text = s.text.split(from.text).join(to.text);
      return { text, hidden: s.hidden || text !== s.text };
    }
    case 'lcase':
    case 'lcase$':
    case 'ucase':
    case 'ucase$':
    case 'trim':
    case 'trim$':
    case 'cstr': {
      const v = arg(0);
      if (!v) return null;
      const t = c.name.startsWith('l')
        ? v.text.toLowerCase()
        : c.name.startsWith('u')
          ? v.text.toUpperCase()
          : v.text;
      return { text: c.name.startsWith('trim') ? t.trim() : t, hidden: v.hidden };
    }
    case 'join': {
      const sep = c.args.length > 1 ? arg(1) : { text: ' ', hidden: false };
      return sep && c.args[0] ? join(c.args[0], sep.text, ctx, at, depth) : null;
    }
    default:
      // A function of the module called without arguments: its result is assigned to its name.
      return c.args.length === 0 ? variable(c.name, ctx, at, depth) : null;
  }
}

/** The argument expressions of a call at `from`: `(a, b)` or, VBA's statement form, `a, b` to the end. */
function argsAt(text: string, from: number): string[] {
  const stmt = statementAt(text, from);
  const whole = stmt.startsWith('(') ? call(`x${stmt}`) : null;
  return whole ? whole.args : splitTop(stmt, ',');
}

/** Text, not bytes: at least four characters, nearly all printable ASCII. */
function printable(s: string): boolean {
  if (s.trim().length < 4) return false;
  let ok = 0;
  for (const c of s) if ((c >= ' ' && c <= '~') || c === '\t' || c === '\n' || c === '\r') ok++;
  return ok >= 0.95 * s.length;
}

function quoted(s: string): string {
  const q = s.includes('"') ? "'" : '"';
  return `${q}${s}${q}`;
}

function isVbSegment(seg: Segment): boolean {
  return VB_FILE.test(seg.file) || VB_LANG.test(seg.lang ?? '');
}

/** Decoded segments of the commands and object names VBA/VBScript code builds out of hiding functions. */
export function vbaStringSegments(
  segments: readonly Segment[],
  budget: { bytes: number; blobs: number },
): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.depth > 0 || seg.kind !== 'code' || !isVbSegment(seg)) continue;
    const raw = seg.text.slice(0, MAX_TEXT);
    if (!HIDING_CALL.test(raw)) continue;
    const ctx: Ctx = {
      text: raw.replace(/[ \t]_\r?\n/g, (s) => ' '.repeat(s.length)),
      work: 0,
      assigns: new Map(),
      arrays: new Map(),
      active: new Set(),
      memo: new Map(),
      calls: 0,
    };
    let starts: readonly number[] | undefined;
    let sinks = 0;
    SINK.lastIndex = 0;
    for (const m of ctx.text.matchAll(SINK)) {
      if (++sinks > MAX_SINKS || budget.blobs <= 0 || budget.bytes <= 0 || ctx.work > MAX_WORK) break;
      const args = argsAt(ctx.text, m.index + m[0].length);
      const values: string[] = [];
      // ShellExecute takes the program and its arguments apart.
      let hidden = false;
      for (const a of args.slice(0, /ShellExecute/i.test(m[0]) ? 2 : 1)) {
        const v = evaluate(a, ctx, m.index, 0);
        if (!v) break;
        values.push(v.text);
        hidden ||= v.hidden;
      }
      const value = values.join(' ').trim();
      if (!hidden || !printable(value)) continue;
      const name = m[0].replace(/[^\w.]/g, '');
      const text = /^(?:CreateObject|GetObject)$/i.test(name)
        ? `${name}("${value}")`
        : `${value}\n${quoted(value)}`;
      budget.blobs--;
      budget.bytes -= text.length;
      out.push(
        newSegment({
          ...seg,
          kind: 'decoded',
          lang: 'shell',
          text,
          line: fileLineOf(seg, lineIndexOf((starts ??= lineStarts(raw)), m.index)),
          pinned: true,
          lineMap: undefined,
          depth: 1,
        }),
      );
    }
  }
  return out;
}
