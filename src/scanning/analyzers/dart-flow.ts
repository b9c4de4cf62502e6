import type { RawHit, Segment } from '../rule.types.js';
import { gated, testSegment } from './literal-gates.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from './segment-lines.js';

/**
 * Dart (`dart:io`) programs that run a shell on text they decode. A Flutter package's build hook
 * (`hook/build.dart`) runs on every `flutter run`/`flutter build`, and `tool/*.dart` scripts are run
 * by hand or from CI: a payload kept as base64 (reversed, cut into pieces) and handed to
 * `Process.start('/bin/sh', ['-c', …])`, or a program whose very name is built from character codes,
 * is code nobody reviewing the package can read. Running `flutter`, `git` or `sh -c 'literal'` is not.
 */

/** A process launch of dart:io (lower case; .NET's is `Process.Start`). */
const PROCESS_CALL = gated(/\bProcess\.(?:start|run|runSync)[ \t]{0,4}\(/g);
/** Decoding or unhiding text: base64, gzip/zlib, character codes, a string read backwards. */
const DECODE_OP =
  /\bbase64(?:Url)?\.decode[ \t]{0,4}\(|\bbase64(?:Url)?Decode[ \t]{0,4}\(|\b(?:gzip|zlib|GZipCodec\(\s*\)|ZLibCodec\(\s*\))\.decode[ \t]{0,4}\(|\bfromCharCodes?[ \t]{0,4}\(|\.(?:runes|codeUnits)(?:\.toList\(\s*\))?\.reversed\b|\.split\(\s*(?:''|"")\s*\)\.reversed\b/;
const NEEDS_DECODE = gated(/\bbase64|\bgzip\.|\bzlib\.|Codec\(|\bfromCharCode|\.reversed\b/);
/** A value built from a literal list of character codes (`String.fromCharCodes([47, 98, …])`). */
const CHAR_CODE_LIST = /^String\.fromCharCodes?[ \t]{0,4}\([ \t\r\n]{0,40}(?:const[ \t]{1,4})?(?:<int>)?\[/;
const RETURN = /\breturn[ \t]{1,4}([^;]{1,600});/g;
/** After a call's closing parenthesis: a function body follows (`=> …;`, `async {`). */
const BODY_OPEN = /^[ \t\r\n]{0,40}(?:(?:async\*?|sync\*)[ \t\r\n]{1,40})?(=>|\{)/;
/** A shell by literal name. */
const SHELL_NAME = /^r?(["'])(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k|fi)?sh\1$/;
/** The shell's run-a-command flag (`-c`, `-lc`, `-ec`). */
const COMMAND_FLAG = /^r?(["'])-[a-z]{0,2}c\1$/;
const MAX_SCAN = 400;
const MAX_BODY = 6000;
const MAX_EXPR = 600;
/** Places a name is looked up at, and launches read, per segment: a bound on the work. */
const MAX_PLACES = 200;
const MAX_CALLS = 200;
const MAX_DEPTH = 3;
/** Names looked up per segment: each lookup reads the whole segment once. */
const MAX_LOOKUPS = 32;

/** Splits the text from `start` (just inside an opening bracket) at top-level commas, up to its closing bracket. */
function topLevelItems(text: string, start: number): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = start;
  const end = Math.min(text.length, start + MAX_SCAN);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close === -1 || close > end) return items;
      i = close;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        items.push(text.slice(from, i).trim());
        return items;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      items.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  return items;
}

/** Offset just past the brace block opened at `open`, or -1 past the bound. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_BODY);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The name an expression reads first (`x`, `f(…)`, `x.trim()`, `'$x'`, `'${f()}'`), or null. */
function leadName(expr: string): string | null {
  const m = /^(?:r?["']\$\{?)?(?:await[ \t]{1,4})?([A-Za-z_$][\w$]{0,40})/.exec(expr);
  return m ? m[1] : null;
}

/** What a name holds: decoded text, text built from a literal list of character codes, a shell's name. */
interface Kind {
  decoded: boolean;
  coded: boolean;
  shell: boolean;
}

/**
 * Names of one segment resolved on demand, from their assignments (`final x = …;`) and the
 * results of functions of that name (`String f(…) => …;`, `return …;` in its body), followed
 * through one another a few names deep.
 */
class Names {
  private readonly kinds = new Map<string, Kind>();
  constructor(private readonly text: string) {}

  isDecoded(expr: string, depth = 0): boolean {
    if (DECODE_OP.test(expr)) return true;
    const name = leadName(expr);
    return name !== null && depth < MAX_DEPTH && this.kind(name, depth + 1).decoded;
  }

  kind(name: string, depth = 0): Kind {
    const known = this.kinds.get(name);
    if (known) return known;
    const kind: Kind = { decoded: false, coded: false, shell: false };
    // Set first: a name defined through itself resolves to nothing more.
    this.kinds.set(name, kind);
    if (this.kinds.size > MAX_LOOKUPS) return kind;
    const text = this.text;
    const place = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}[ \\t]{0,4}(?:=(?![=>])|\\()`, 'g');
    let n = 0;
    for (let m = place.exec(text); m !== null && n < MAX_PLACES; m = place.exec(text), n++) {
      const after = m.index + m[0].length;
      for (const expr of m[0].endsWith('=') ? [this.statement(after)] : this.results(after)) {
        if (CHAR_CODE_LIST.test(expr)) kind.coded = true;
        if (SHELL_NAME.test(expr)) kind.shell = true;
        if (!kind.decoded && this.isDecoded(expr, depth)) kind.decoded = true;
      }
      if (kind.decoded && kind.coded) break;
    }
    return kind;
  }

  /** The expression from `at` to its statement's `;` (at most MAX_EXPR characters). */
  private statement(at: number): string {
    const window = this.text.slice(at, at + MAX_EXPR);
    const semi = window.indexOf(';');
    return (semi === -1 ? window : window.slice(0, semi)).trim();
  }

  /** What a function returns, when the parenthesis opened before `at` starts its parameter list. */
  private results(at: number): string[] {
    const text = this.text;
    let depth = 1;
    let i = at;
    const end = Math.min(text.length, at + MAX_SCAN);
    for (; i < end && depth > 0; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    if (depth > 0) return [];
    const body = BODY_OPEN.exec(text.slice(i, i + 80));
    if (!body) return [];
    const open = i + body[0].length;
    if (body[1] === '=>') return [this.statement(open)];
    const close = blockEnd(text, open - 1);
    if (close === -1) return [];
    return [...text.slice(open, close).matchAll(RETURN)].map((r) => r[1].trim());
  }
}

/**
 * A launch that runs decoded text: a shell with its command flag and a decoded command, or a program
 * named by a decoded or character-coded value.
 */
function runsDecoded(items: string[], list: string[], names: Names): boolean {
  const exe = items[0] ?? '';
  if (DECODE_OP.test(exe)) return true;
  const exeName = /^r?["']/.test(exe) ? null : leadName(exe);
  const exeKind = exeName === null ? null : names.kind(exeName);
  if (exeKind && (exeKind.coded || exeKind.decoded)) return true;
  if (!(exeKind ? exeKind.shell : SHELL_NAME.test(exe)) || list.length < 2) return false;
  const flag = list[0];
  const flagName = /^r?["']/.test(flag) ? null : leadName(flag);
  if (!COMMAND_FLAG.test(flag) && !(flagName !== null && names.kind(flagName).coded)) return false;
  return names.isDecoded(list[1]);
}

export function dartDecodedShell(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'other') continue;
    if (!testSegment(PROCESS_CALL, seg) || !testSegment(NEEDS_DECODE, seg)) continue;
    const text = seg.text;
    const names = new Names(text);
    PROCESS_CALL.lastIndex = 0;
    let calls = 0;
    for (
      let m = PROCESS_CALL.exec(text);
      m !== null && calls < MAX_CALLS;
      m = PROCESS_CALL.exec(text), calls++
    ) {
      const items = topLevelItems(text, m.index + m[0].length);
      const second = /^(?:const[ \t]{1,4})?(?:<String>[ \t]{0,4})?\[/.exec(items[1] ?? '');
      const list = second ? topLevelItems(items[1], second[0].length) : [];
      if (!runsDecoded(items, list, names)) continue;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, lineIndexOf(lineStarts(text), m.index)),
        evidence: evidenceAround(text, m.index, m.index + m[0].length),
        depth: seg.depth,
      });
      break;
    }
  }
  return out;
}
