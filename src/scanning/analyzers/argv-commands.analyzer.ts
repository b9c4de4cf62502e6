import type { Segment } from '../rule.types.js';
import { fileLineOf, lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

/**
 * Commands a program starts from an argument vector: `execFile('docker', ['run', '--privileged', …])`
 * (or any alias of it: `run = promisify(execFile)`), `spawn("nsenter", ["-t", "1", …])`,
 * `subprocess.run(["docker", "run", …])`, Go's `exec.Command("docker", "run", …)`. Each word is its own
 * string literal, so the shell rules, which read a command line, never see `nsenter -t 1` or
 * `docker run --privileged -v /:/host`. Each vector becomes one shell line (its literal words joined,
 * any other element an `ARG` word) at the line the vector starts, in a segment of its own per source
 * segment.
 *
 * Lua (a `.lua` file) starts programs with Pandoc's `pandoc.pipe("curl", {…}, input)` and
 * `pandoc.system.command(…)` (also as `pcall(pandoc.pipe, "curl", {…}, input)`): a table of words, read
 * the same way; and with `os.execute(cmd)` / `io.popen(cmd)`, a command line given as a string, read as
 * its literal pieces and the constants it concatenates (`"curl -d @- " .. URL`), any other piece `ARG`.
 */

/** A program word: argv[0] as programs name it (`docker`, `/usr/bin/nsenter`, `kubectl.exe`). */
const PROGRAM = /^[\w.+/-]{1,80}$/;
/** Where a vector may start: `'prog', [` (a launcher's program and its argument array), or `[` / `(` of a call. */
const OPENER =
  /(["'`])([\w.+/-]{1,80})\1[ \t\r\n]{0,40},[ \t\r\n]{0,40}\[|\[|\bexec\.Command(?:Context)?[ \t]{0,4}\(/g;
/** Right after a list: joined into one string. */
const JOINED = /[ \t\r\n]{0,40}\.(?:shelljoin|join)\b/y;
const MAX_ELEMENTS = 200;
const MAX_ELEMENT = 2000;
const MAX_VECTOR = 16 * 1024;
const MAX_COMMANDS = 200;
/** Source characters read per segment. */
const MAX_TEXT = 1024 * 1024;
const LANGS = new Set(['js', 'python', 'go', 'ruby']);
const LUA_FILE = /\.lua$/i;
/** Lua: Pandoc's launches of a program with a table of arguments; the program is group 2 as in OPENER. */
const LUA_OPENER =
  /\bpandoc\.(?:pipe|system\.command)[ \t]{0,4}[(,][ \t\r\n]{0,40}(["'])([\w.+/-]{1,80})\1[ \t\r\n]{0,40},[ \t\r\n]{0,40}\{/g;
/** Lua: a command line run by the shell, as a string argument (with or without parentheses). */
const LUA_SHELL = /\b(?:os\.execute|io\.popen)[ \t]{0,4}\(?[ \t]{0,4}(?=["'])/g;
/** One piece of a Lua concatenation: a short string literal or a (dotted) name, then `..` or its end. */
const LUA_NAME = /^[A-Za-z_][\w.]{0,60}/;
const LUA_PIECE =
  /[ \t]{0,8}(?:"((?:[^"\\\n]|\\.){0,2000})"|'((?:[^'\\\n]|\\.){0,2000})'|([A-Za-z_][\w.]{0,60}))[ \t]{0,8}(\.\.)?/y;

/** An element: a literal's value, a plain name (resolved later), or null for any other expression. */
type Word = string | { name: string } | null;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The elements of a list from `at` (just past its opener) to its closer (`]` or `)`): each a string
 * literal's value, or null for any other expression (a name, a spread, a call). No words when the list
 * is not closed within MAX_VECTOR characters or nests brackets (a literal of objects or arrays, not
 * argv); `end` is where reading stopped either way, so no character is read twice for one opener.
 */
function elementsAt(text: string, at: number, closer: number): { words: Word[] | null; end: number } {
  const words: Word[] = [];
  const stop = Math.min(text.length, at + MAX_VECTOR);
  let i = at;
  while (i < stop && words.length < MAX_ELEMENTS) {
    while (i < stop && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === closer) return { words, end: i + 1 };
    if (c === 34 || c === 39 || c === 96) {
      // A string literal to its closing quote; a template with `${…}` is not a fixed word.
      let j = i + 1;
      let value = '';
      let fixed = true;
      while (j < stop && text.charCodeAt(j) !== c) {
        const d = text.charCodeAt(j);
        if (d === 92) {
          value += text[j + 1] ?? '';
          j += 2;
          continue;
        }
        if (d === 10 && c !== 96) return { words: null, end: j };
        if (c === 96 && d === 36 && text.charCodeAt(j + 1) === 123) fixed = false;
        value += text[j];
        j++;
      }
      if (j >= stop) return { words: null, end: j };
      i = j + 1;
      // Lua: a literal concatenated with more (`'-T' .. fmt`) is a word not known as it stands.
      const joined = closer === 125 ? luaConcatEnd(text, i, stop) : i;
      words.push(fixed && joined === i ? value.slice(0, MAX_ELEMENT) : null);
      i = joined;
    } else if (closer === 125 && luaNameConcatEnd(text, i, stop) > i) {
      // Lua: a name concatenated with more (`HOST .. ":/srv"`) is a word not known as it stands.
      words.push(null);
      i = luaNameConcatEnd(text, i, stop);
    } else {
      // Any other expression, to the next comma or the closer: brackets inside it are not argv.
      let j = i;
      while (j < stop) {
        const d = text.charCodeAt(j);
        if (d === 44 || d === closer) break;
        if (d === 91 || d === 123 || d === 40 || d === 34 || d === 39 || d === 96)
          return { words: null, end: j };
        j++;
      }
      if (j === i) return { words: null, end: j };
      const expr = text.slice(i, j).trim();
      words.push(NAME.test(expr) ? { name: expr } : null);
      i = j;
    }
    while (i < stop && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 44) i++;
    else if (text.charCodeAt(i) !== closer) return { words: null, end: i };
  }
  return { words: null, end: i };
}

/** Past a Lua concatenation (`.. name .. "x"`) starting at `at`; `at` itself when none follows. */
function luaConcatEnd(text: string, at: number, stop: number): number {
  let i = at;
  while (i < stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 46 || text.charCodeAt(i + 1) !== 46) return at;
  LUA_PIECE.lastIndex = i + 2;
  let m: RegExpExecArray | null;
  let end = at;
  while (LUA_PIECE.lastIndex < stop && (m = LUA_PIECE.exec(text)) !== null) {
    end = LUA_PIECE.lastIndex;
    if (!m[4]) break;
  }
  return end;
}

/** Past a Lua name followed by a concatenation (`HOST .. ":/srv"`) at `at`; `at` when it is not one. */
function luaNameConcatEnd(text: string, at: number, stop: number): number {
  const name = LUA_NAME.exec(text.slice(at, at + 61));
  if (!name) return at;
  const end = luaConcatEnd(text, at + name[0].length, stop);
  return end > at + name[0].length ? end : at;
}

/** The command line a Lua string concatenation spells: its literals, its constants, `ARG` for the rest. */
function luaCommandLine(text: string, at: number, known: Map<string, string | undefined>): string | null {
  LUA_PIECE.lastIndex = at;
  let line = '';
  let m: RegExpExecArray | null;
  for (let n = 0; n < MAX_ELEMENTS && (m = LUA_PIECE.exec(text)) !== null; n++) {
    const literal = m[1] ?? m[2];
    if (literal !== undefined) line += literal.replace(/\\(.)/g, '$1');
    else line += (NAME.test(m[3]) ? constantOf(m[3], text, known) : undefined) ?? 'ARG';
    if (!m[4] || line.length > MAX_VECTOR) break;
  }
  line = line.replace(/[\r\n]+/g, ' ').trim();
  return /^[\w.+/-]{1,80}\s/.test(line) ? line : null;
}

/** A word as the shell reads it: quoted when it holds spaces or shell characters, `ARG` when unknown. */
function shellWord(w: string | null): string {
  if (w === null) return 'ARG';
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** A plain name as an element (`SERVICE`, `user`): a constant the source may assign a literal to. */
const NAME = /^[A-Za-z_][\w]{0,60}$/;
/** Names looked up per source segment (each a search of it). */
const MAX_NAMES = 64;

/**
 * The literal the source assigns to a name (`SERVICE = "x"`, `const SERVICE = 'x'`, `X := "x"`,
 * `SERVICE: str = "x"`), its first assignment; undefined when it assigns none.
 */
function constantOf(name: string, text: string, known: Map<string, string | undefined>): string | undefined {
  if (known.has(name)) return known.get(name);
  if (known.size >= MAX_NAMES) return undefined;
  const m = new RegExp(
    `(?:^|[^\\w.$])${name}[ \\t]{0,4}(?::[ \\t]{0,4}[\\w.]{1,40}[ \\t]{0,4})?:?=[ \\t]{0,4}(["'\x60])([^"'\x60\\n$\\\\]{0,500})\\1`,
    'm',
  ).exec(text);
  const value = m ? m[2] : undefined;
  known.set(name, value);
  return value;
}

export function argvCommandSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.depth > 0) continue;
    const lua = seg.lang === 'other' && LUA_FILE.test(seg.file);
    if (!lua && !LANGS.has(seg.lang)) continue;
    const text = seg.text.length > MAX_TEXT ? seg.text.slice(0, MAX_TEXT) : seg.text;
    if (
      lua
        ? !/pandoc\.|os\.execute|io\.popen/.test(text)
        : !text.includes('[') && !text.includes('exec.Command')
    )
      continue;
    const lines: string[] = [];
    const lineMap: number[] = [];
    let starts: readonly number[] | undefined;
    let names: Map<string, string | undefined> | undefined;
    if (lua) {
      LUA_SHELL.lastIndex = 0;
      let c: RegExpExecArray | null;
      while (lines.length < MAX_COMMANDS && (c = LUA_SHELL.exec(text)) !== null) {
        const line = luaCommandLine(text, LUA_SHELL.lastIndex, (names ??= new Map()));
        if (!line) continue;
        starts ??= lineStarts(seg.text);
        lines.push(line);
        lineMap.push(fileLineOf(seg, lineIndexOf(starts, c.index)));
      }
    }
    const opener = lua ? LUA_OPENER : OPENER;
    opener.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (lines.length < MAX_COMMANDS && (m = opener.exec(text)) !== null) {
      const go = m[0].startsWith('exec.');
      const list = elementsAt(text, m.index + m[0].length, lua ? 125 : go ? 41 : 93);
      // The next opener is looked for past what was read (openers inside it are not read again).
      opener.lastIndex = Math.max(opener.lastIndex, list.end);
      if (!list.words) continue;
      // An array joined into a string (`[…].shelljoin`, `[…].join(' ')`) is a command line being
      // built for display or for a shell string: not a vector started as it stands.
      JOINED.lastIndex = list.end;
      if (JOINED.test(text)) continue;
      const known = (names ??= new Map());
      const words = (m[2] ? [m[2], ...list.words] : list.words).map((w) =>
        w !== null && typeof w === 'object' ? (constantOf(w.name, seg.text, known) ?? null) : w,
      );
      // Go's exec.CommandContext(ctx, "prog", …): the context is not a word.
      if (go && words[0] === null) words.shift();
      const program = words[0];
      if (typeof program !== 'string' || !PROGRAM.test(program) || words.length < 2) continue;
      starts ??= lineStarts(seg.text);
      lines.push(words.map(shellWord).join(' '));
      lineMap.push(fileLineOf(seg, lineIndexOf(starts, m.index)));
    }
    if (lines.length > 0)
      out.push(
        newSegment({
          file: seg.file,
          kind: 'code',
          lang: 'shell',
          text: lines.join('\n'),
          line: lineMap[0],
          lineMap,
          block: `${seg.block}#argv`,
          depth: 0,
        }),
      );
  }
  return out;
}
