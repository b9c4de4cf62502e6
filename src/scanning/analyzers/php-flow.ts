import { shiftLetters } from './transforms.js';
import type { RawHit, Segment } from '../rule.types.js';
import type { Severity } from '../scan.types.js';
import { isPhpFile } from './fence-lang.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from './segment-lines.js';

/**
 * Input an HTTP client controls: the request superglobals, request headers and body, and Laravel's
 * request helpers (`request()->input('q')`, `request('q')`, `$request->input('q')`, `Request::get`).
 */
const REQUEST_SOURCE =
  /\$(?:_(?:GET|POST|REQUEST|COOKIE|FILES)\b|_SERVER\s*\[\s*(?:["']HTTP_|(?!["'\s]))|request\s*->\s*(?:input|get|query|post|cookie|header|all)\s*\()|(?<![\w>$:])(?:request\s*\(\s*(?:\)\s*->\s*(?:input|get|query|post|cookie|header|all)\b|["'])|Request::(?:input|get|query|post|cookie|header|all)\s*\(|getallheaders\s*\()|php:\/\/input/;

const COMMAND_SINKS = new Set([
  'system',
  'exec',
  'shell_exec',
  'passthru',
  'popen',
  'proc_open',
  'pcntl_exec',
]);
/** Functions that run their argument as a command or as PHP code. */
const SINK_NAMES = new Set([...COMMAND_SINKS, 'eval', 'assert', 'create_function']);

/** `$x = ...;` (also `.=` and `??=`): the variable and its right-hand side up to the statement's end. */
const ASSIGN = /(\$\w{1,60})\s*(?:\.|\?\?)?=(?![=>])\s*([^;\n]{0,300})/g;
/** A call of a sink by name, of a variable (`$f(...)`), or through call_user_func. */
const CALL =
  /(?<![\w$>:\\])(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|eval|assert|create_function)\s*\(|(\$\w{1,60})\s*\(|\bcall_user_func(?:_array)?\s*\(\s*(?:["'](\w{1,40})["']|(\$\w{1,60}))\s*,|\b(str_rot13|strrev|base64_decode|hex2bin)\s*\(\s*["']([\w+/=]{1,80})["']\s*\)\s*\(/g;
const BACKTICK = /`[^`\n]{0,300}`/g;
/** An argument decoded from an encoding (`$f(base64_decode($x))`). */
const DECODED_ARG =
  /^\s*(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|hex2bin|convert_uudecode)\s*\(/i;
/** An argument escaped for the shell: a program fed data, not a command taken from the request. */
const ESCAPED = /\bescapeshell(?:arg|cmd)\s*\(/;

/** Strings a PHP name-building expression may decode: rot13, reversal, base64, hex, case. */
const NAME_FUNCS: Record<string, (s: string) => string> = {
  str_rot13: (s) => shiftLetters(s, 13),
  strrev: (s) => [...s].reverse().join(''),
  base64_decode: (s) => Buffer.from(s, 'base64').toString('latin1'),
  hex2bin: (s) => (/^(?:[0-9a-f]{2})+$/i.test(s) ? Buffer.from(s, 'hex').toString('latin1') : ''),
  strtolower: (s) => s.toLowerCase(),
  trim: (s) => s.trim(),
};

/** `implode('', array_map('chr', [103, 122, ...]))`: a name spelled in character codes. */
const CHR_MAP =
  /^(?:implode|join)\s*\(\s*(["'])\1\s*,\s*array_map\s*\(\s*["']chr["']\s*,\s*(?:\[|array\s*\()\s*(\d{1,3}(?:\s*,\s*\d{1,3}){0,60})\s*,?\s*[\])]\s*\)\s*\)$/i;

/**
 * The constant string an expression builds (`'sys'.'tem'`, `str_rot13('cnffgueh')`,
 * `strrev(base64_decode('...'))`, `chr(115).chr(121)...`), or null when it is not constant.
 */
export function constantString(expr: string, depth = 0): string | null {
  const e = expr.trim().replace(/^\(\s*string\s*\)\s*/i, '');
  if (depth > 4 || e.length > 400) return null;
  const call = /^(\w{1,20})\s*\(([\s\S]*)\)$/.exec(e);
  if (call && NAME_FUNCS[call[1].toLowerCase()]) {
    const inner = constantString(call[2], depth + 1);
    return inner === null ? null : NAME_FUNCS[call[1].toLowerCase()](inner);
  }
  const codes = CHR_MAP.exec(e);
  if (codes) return String.fromCharCode(...codes[2].split(',').map((c) => Number(c.trim()) & 0xff));
  let out = '';
  for (const part of e.split('.')) {
    const p = part.trim();
    const lit = /^(["'])([^"'$\\]{0,200})\1$/.exec(p);
    const chr = /^chr\s*\(\s*(\d{1,3})\s*\)$/i.exec(p);
    if (lit) out += lit[2];
    else if (chr) out += String.fromCharCode(Number(chr[1]));
    else return null;
  }
  return out;
}

/** Statements (assignments, calls) read per file: far beyond any real script, a bound on padding. */
const MAX_STATEMENTS = 10_000;
const MAX_ARGUMENTS = 300;

/** Where the arguments of a call whose `(` ends at `open` end: the matching `)` (bounded). */
function argumentsEnd(text: string, open: number): number {
  let depth = 1;
  const end = Math.min(text.length, open + MAX_ARGUMENTS);
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i;
  }
  return end;
}

/** Index of the first position >= `at` in a sorted array. */
function firstFrom(positions: number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const REQUEST_SOURCES = new RegExp(REQUEST_SOURCE.source, 'g');
const VARIABLE = /\$\w{1,60}/g;
const MAYBE_CONSTANT =
  /^\s*(?:["']|\(\s*string\s*\)|(?:str_rot13|strrev|base64_decode|hex2bin|strtolower|trim|chr|implode|join)\s*\()/i;

/**
 * Request input of one PHP file, indexed by position once, and the variables found to hold it: every
 * assignment and call asks "does request data reach this range" without rescanning the text.
 */
class PhpFlow {
  private readonly sources: number[] = [];
  readonly tainted = new Set<string>();

  constructor(private readonly text: string) {
    for (const m of text.matchAll(REQUEST_SOURCES)) this.sources.push(m.index);
  }

  /** Request input, or a variable holding it, within [from, to) (a bounded range). */
  reaches(from: number, to: number, taintedOnly = false): boolean {
    if (!taintedOnly) {
      const s = firstFrom(this.sources, from);
      if (s < this.sources.length && this.sources[s] < to) return true;
    }
    if (this.tainted.size === 0) return false;
    const range = this.text.slice(from, to);
    if (!range.includes('$')) return false;
    for (const m of range.matchAll(VARIABLE)) if (this.tainted.has(m[0])) return true;
    return false;
  }
}

/**
 * A PHP program that runs request input as a command or as code: a web shell. The request value may
 * pass through variables (`$c = base64_decode($_POST['q'])`), and the sink may be named through a
 * variable built from encoded strings (`$f = str_rot13('cnffgueh'); $f($c)`) or taken from the request
 * itself (`$f = $_COOKIE['k']; $f($_POST['c'])`). A hidden or request-named sink is CRITICAL.
 */
export function phpRequestToSink(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.block !== seg.file || !isPhpFile(seg.file, seg.text)) continue;
    const text = seg.text;
    if (!REQUEST_SOURCE.test(text)) continue;
    const flow = new PhpFlow(text);
    const aliases = new Set<string>();
    const assigns: [string, number, number][] = [];
    for (const m of text.matchAll(ASSIGN)) {
      if (assigns.length >= MAX_STATEMENTS) break;
      const end = m.index + m[0].length;
      assigns.push([m[1], end - m[2].length, end]);
      if (!MAYBE_CONSTANT.test(m[2])) continue;
      const value = constantString(m[2]);
      if (value !== null && SINK_NAMES.has(value.toLowerCase())) aliases.add(m[1]);
    }
    for (let pass = 0, grew = true; pass < 4 && grew; pass++) {
      grew = false;
      for (const [name, from, to] of assigns) {
        if (flow.tainted.has(name) || !flow.reaches(from, to, pass > 0)) continue;
        flow.tainted.add(name);
        grew = true;
      }
    }
    const tainted = flow.tainted;
    let hit: { index: number; end: number; severity: Severity } | null = null;
    CALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    for (let calls = 0; !hit && calls < MAX_STATEMENTS && (m = CALL.exec(text)) !== null; calls++) {
      const open = m.index + m[0].length;
      // Nothing from the request within reach of the `(`: no need to find where the arguments end.
      if (!flow.reaches(open, open + MAX_ARGUMENTS)) continue;
      const args = text.slice(open, argumentsEnd(text, open));
      if (!flow.reaches(open, open + args.length)) continue;
      let severity: Severity | null = null;
      if (m[1]) {
        if (!(COMMAND_SINKS.has(m[1].toLowerCase()) && ESCAPED.test(args))) severity = 'HIGH';
      } else if (m[2]) {
        if (aliases.has(m[2]) || tainted.has(m[2])) severity = 'CRITICAL';
        // A function held in a variable, fed request input it decodes first: the call site of a web
        // shell whose function name is built where the reader cannot see it (a language string, a setting).
        else if (m[2] !== '$this' && DECODED_ARG.test(args)) severity = 'HIGH';
      } else if (m[3]) {
        if (SINK_NAMES.has(m[3].toLowerCase())) severity = 'HIGH';
      } else if (m[4]) {
        if (aliases.has(m[4]) || tainted.has(m[4])) severity = 'CRITICAL';
      } else if (m[5]) {
        if (SINK_NAMES.has(NAME_FUNCS[m[5].toLowerCase()](m[6]).toLowerCase())) severity = 'CRITICAL';
      }
      if (severity) hit = { index: m.index, end: open, severity };
    }
    if (!hit) {
      BACKTICK.lastIndex = 0;
      for (let n = 0; !hit && n < MAX_STATEMENTS && (m = BACKTICK.exec(text)) !== null; n++)
        if (m[0].includes('$') && flow.reaches(m.index, m.index + m[0].length))
          hit = { index: m.index, end: m.index + m[0].length, severity: 'HIGH' };
    }
    if (!hit) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), hit.index)),
      evidence: evidenceAround(text, hit.index, hit.end),
      severity: hit.severity,
      depth: seg.depth,
    });
  }
  return out;
}

/** PHP's decoders and decompressors: what an encoded payload passes through before it is run. */
const DECODERS = new Set([
  'base64_decode',
  'gzinflate',
  'gzuncompress',
  'gzdecode',
  'str_rot13',
  'strrev',
  'hex2bin',
  'convert_uudecode',
  'zlib_decode',
]);
/** Code runners: eval and assert of a string, create_function's body. */
const CODE_RUN = /(?<![\w$>:\\])(?:eval|assert|create_function)\s*\(/;
/** `eval(gzinflate(base64_decode(...)))`: a code runner whose argument is a decoder's output (through up to three calls). */
const RUN_OF_DECODED =
  /(?<![\w$>:\\])(?:eval|assert|create_function)\s*\(\s*(?:@?[\w$]{1,40}\s*\(\s*){0,3}?@?(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|convert_uudecode|zlib_decode)\s*\(/g;
/** A value spelled out as one plain literal (`'base64_decode'`): not hidden. */
const PLAIN_LITERAL = /^\s*(["'])[^"'.]*\1\s*$/;

/**
 * A PHP program that runs decoded data as code: `eval(gzinflate(base64_decode($blob)))`, or a decoder
 * or runner whose name is hidden in pieces (`'gz'.'in'.'flate'`, `str_rot13('onfr64_qrpbqr')`,
 * `strrev('edoced_46esab')`) held in a variable and called (`$f($b($blob))`) in a file that evals.
 * Nobody splits a function's name to call it but to keep a reader or a scanner from seeing it.
 */
export function phpDecodedEval(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.block !== seg.file || !isPhpFile(seg.file, seg.text)) continue;
    const text = seg.text;
    if (!CODE_RUN.test(text)) continue;
    let at = -1;
    let end = -1;
    RUN_OF_DECODED.lastIndex = 0;
    const direct = RUN_OF_DECODED.exec(text);
    if (direct) {
      at = direct.index;
      end = at + direct[0].length;
    } else {
      const hidden = new Set<string>();
      let n = 0;
      for (const m of text.matchAll(ASSIGN)) {
        if (++n > MAX_STATEMENTS) break;
        if (PLAIN_LITERAL.test(m[2]) || !MAYBE_CONSTANT.test(m[2])) continue;
        const value = constantString(m[2]);
        if (value !== null && (DECODERS.has(value.toLowerCase()) || SINK_NAMES.has(value.toLowerCase())))
          hidden.add(m[1]);
      }
      if (hidden.size === 0) continue;
      const call = /(\$\w{1,60})\s*\(/g;
      n = 0;
      for (const m of text.matchAll(call)) {
        if (++n > MAX_STATEMENTS) break;
        if (!hidden.has(m[1])) continue;
        at = m.index;
        end = at + m[0].length;
        break;
      }
    }
    if (at < 0) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), at)),
      evidence: evidenceAround(text, at, end),
      depth: seg.depth,
    });
  }
  return out;
}
