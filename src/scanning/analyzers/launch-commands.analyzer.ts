import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { lineIndexOf, lineStarts, mappedShellSegment } from './segment-lines.js';

/**
 * XML whose attributes are commands: ROS launch files (`launch-prefix` of a node, `cmd` of an
 * `<executable>`, `command` of a ROS 1 `<param>`, built from `<arg>`/`<let>` values through
 * `$(var …)`/`$(arg …)`) and MSBuild `<Exec Command="…">` tasks (built from `$(Property)` values of the
 * project). The launcher runs them through a shell before the program it starts, so each becomes a
 * shell line at its attribute's line, with its substitutions filled in, for the shell rules to read.
 */
const XML_FILE = /\.(?:launch|xml|csproj|vbproj|fsproj|proj|targets|props)$/i;
const ROS_MARK = /<launch\b/;
const MSBUILD_MARK = /<Exec\b/;
const ATTRIBUTE_NAME = /[\w:.-]{1,80}/y;
const MAX_SPACE = 200;
const MAX_VALUE = 20000;
const ROS_REF = /\$\((?:var|arg)[ \t]{1,20}([\w.-]{1,80})[ \t]{0,20}\)/g;
const MSBUILD_REF = /\$\(([A-Za-z_][\w.-]{0,80})\)/g;
const MAX_TAGS = 20000;
const MAX_VALUES = 2000;
/** MSBuild properties looked up per project (each a search of the file). */
const MAX_PROPERTIES = 32;
/** The elements whose attributes are read: ROS args and command holders, MSBuild's Exec task. */
const ROS_TAGS = new Set(['arg', 'let', 'node', 'test', 'executable', 'param']);
const MSBUILD_TAGS = new Set(['exec']);
const MAX_COMMAND = 4000;
/** Commands kept per file: with MAX_COMMAND, at most a few MiB of shell text however the file repeats itself. */
const MAX_COMMANDS = 200;
const ROUNDS = 4;

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

/** XML character and entity references decoded (launch files, task XML, plists). */
export function unescapeXml(value: string): string {
  return value.replace(
    /&(?:(quot|apos|lt|gt|amp)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g,
    (m, name, dec, hex) => {
      if (name) return ENTITIES[name as string];
      const code = dec ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
}

interface Tag {
  name: string;
  attrs: Map<string, { value: string; at: number }>;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Index of the first non-space character at or after `i` (at most `max` spaces skipped). */
function skipSpace(text: string, i: number, max: number): number {
  const stop = Math.min(text.length, i + max);
  while (i < stop && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The attributes of the tag whose name ends at `from`. Read by hand: a value ends at its closing quote
 * and never runs past a `<` (which XML does not allow in values), so each tag's reading stops at the
 * next tag and a file is read once, however its quotes are left open.
 */
function attributesAt(text: string, from: number): Map<string, { value: string; at: number }> {
  const attrs = new Map<string, { value: string; at: number }>();
  let i = from;
  while (attrs.size < 64) {
    const start = skipSpace(text, i, MAX_SPACE);
    if (start === i) break;
    ATTRIBUTE_NAME.lastIndex = start;
    const name = ATTRIBUTE_NAME.exec(text);
    if (!name) break;
    let k = skipSpace(text, start + name[0].length, 40);
    if (text[k] !== '=') break;
    k = skipSpace(text, k + 1, 40);
    const quote = text.charCodeAt(k);
    if (quote !== 34 && quote !== 39) break;
    const stop = Math.min(text.length, k + 1 + MAX_VALUE);
    let v = k + 1;
    while (v < stop && text.charCodeAt(v) !== quote && text.charCodeAt(v) !== 60) v++;
    if (text.charCodeAt(v) !== quote) break;
    attrs.set(name[0].toLowerCase(), { value: unescapeXml(text.slice(k + 1, v)), at: start });
    i = v + 1;
  }
  return attrs;
}

const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  c === 45 ||
  c === 46 ||
  c === 58;

/** The elements named in `wanted` (lower case, none longer than 20 characters) with their attributes. */
function tagsOf(text: string, wanted: ReadonlySet<string>): Tag[] {
  const tags: Tag[] = [];
  let at = text.indexOf('<');
  while (at !== -1 && tags.length < MAX_TAGS) {
    // The name read by hand: most tags are not wanted, and are passed over without a regex or a copy.
    let end = at + 1;
    while (end < text.length && end - at <= 21 && isNameChar(text.charCodeAt(end))) end++;
    const tag = end - at <= 21 && end > at + 1 ? text.slice(at + 1, end).toLowerCase() : '';
    if (wanted.has(tag)) {
      const attrs = attributesAt(text, end);
      if (attrs.size > 0) tags.push({ name: tag, attrs });
    }
    at = text.indexOf('<', at + 1);
  }
  return tags;
}

/**
 * `$(…)` references replaced by their values, a few rounds deep (a value may name another); each round
 * stops substituting once the command is MAX_COMMAND characters long, so values that repeat each other
 * cannot grow it without bound.
 */
function expand(value: string, ref: RegExp, lookup: (name: string) => string | undefined): string {
  let out = value.slice(0, MAX_COMMAND);
  for (let round = 0; round < ROUNDS && out.includes('$('); round++) {
    let room = MAX_COMMAND - out.length;
    const next = out.replace(ref, (m, name: string) => {
      const v = lookup(name.toLowerCase());
      if (v === undefined || room <= 0) return m;
      room -= v.length;
      return v;
    });
    if (next === out) break;
    out = next.slice(0, MAX_COMMAND);
  }
  return out.replace(/[\r\n]+/g, ' ');
}

/** The command attributes of a ROS launch file, `$(var …)`/`$(arg …)` filled in from its args. */
function rosCommands(text: string): { at: number; command: string }[] {
  const tags = tagsOf(text, ROS_TAGS);
  const values = new Map<string, string>();
  for (const t of tags) {
    if (t.name !== 'arg' && t.name !== 'let') continue;
    const name = t.attrs.get('name')?.value;
    const value = (t.attrs.get('value') ?? t.attrs.get('default'))?.value;
    if (name && value !== undefined && values.size < MAX_VALUES) values.set(name.toLowerCase(), value);
  }
  const out: { at: number; command: string }[] = [];
  for (const t of tags) {
    const raw =
      t.attrs.get('launch-prefix') ??
      (t.name === 'executable' ? t.attrs.get('cmd') : undefined) ??
      (t.name === 'param' ? t.attrs.get('command') : undefined);
    if (raw && out.length < MAX_COMMANDS)
      out.push({ at: raw.at, command: expand(raw.value, ROS_REF, (name) => values.get(name)) });
  }
  return out;
}

/** Names a text refers to as `$(Name)` (lower case), besides those already `known`, up to MAX_PROPERTIES in all. */
function referencedNames(texts: string[], known: ReadonlyMap<string, string>): string[] {
  const names: string[] = [];
  for (const t of texts)
    for (const m of t.matchAll(MSBUILD_REF)) {
      const name = m[1].toLowerCase();
      if (known.size + names.length >= MAX_PROPERTIES) return names;
      if (!known.has(name) && !names.includes(name)) names.push(name);
    }
  return names;
}

/**
 * The values of the named MSBuild properties (`<Name>value</Name>`, names case-insensitive), the first
 * definition of each, in one pass over the file.
 */
function readProperties(text: string, names: string[], into: Map<string, string>): string[] {
  if (names.length === 0) return [];
  const alternatives = names.map((n) => n.replace(/[.-]/g, '\\$&')).join('|');
  const re = new RegExp(`<(${alternatives})(?:[ \\t][^<>]{0,400})?>([^<]{0,4000})<\\/\\1[ \\t]{0,20}>`, 'gi');
  const found: string[] = [];
  for (const m of text.matchAll(re)) {
    const name = m[1].toLowerCase();
    if (into.has(name)) continue;
    const value = unescapeXml(m[2]);
    into.set(name, value);
    found.push(value);
  }
  return found;
}

/** The commands of a project's `<Exec>` tasks, `$(Property)` filled in from the project's properties. */
function msbuildCommands(text: string): { at: number; command: string }[] {
  const raws: { value: string; at: number }[] = [];
  for (const t of tagsOf(text, MSBUILD_TAGS)) {
    const raw = t.attrs.get('command');
    if (raw && raws.length < MAX_COMMANDS) raws.push(raw);
  }
  const values = new Map<string, string>();
  // Properties named by the commands, then those their values name in turn.
  let texts = raws.map((r) => r.value);
  for (let round = 0; round < ROUNDS && texts.length > 0; round++)
    texts = readProperties(text, referencedNames(texts, values), values);
  return raws.map((r) => ({ at: r.at, command: expand(r.value, MSBUILD_REF, (name) => values.get(name)) }));
}

const PLIST_FILE = /\.plist(?:\.(?:in|j2|tmpl|tpl|template|example|sample))?$/i;
const PROGRAM_ARGUMENTS = '<key>ProgramArguments</key>';
const MAX_ARGS = 64;
/** A shell that runs its `-c` argument (`/bin/bash -c`, `zsh -lc`). */
const SHELL_PROGRAM = /(?:^|\/)(?:ba|z|da|k|fi)?sh$/;
const SHELL_C_FLAG = /^-[a-z]{0,3}c[a-z]{0,3}$/;

/**
 * The next occurrence of `needle` at or after a position that only moves forward: each search starts
 * where the last one ended, so a file is searched once per needle however many arrays it opens.
 */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && found !== -2)) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

interface PlistFinders {
  arrayClose: (from: number) => number;
  stringOpen: (from: number) => number;
  stringClose: (from: number) => number;
}

/** The `<string>` values of the array opening at `from` (an `<array>` tag), XML entities decoded. */
function plistStrings(text: string, from: number, find: PlistFinders): string[] {
  const end = find.arrayClose(from);
  const stop = end === -1 ? Math.min(text.length, from + MAX_VALUE) : end;
  const args: string[] = [];
  let at = find.stringOpen(from);
  while (at !== -1 && at < stop && args.length < MAX_ARGS) {
    const close = find.stringClose(at);
    if (close === -1 || close > stop) break;
    args.push(unescapeXml(text.slice(at + 8, Math.min(close, at + 8 + MAX_COMMAND))));
    at = find.stringOpen(close);
  }
  return args;
}

/**
 * The command lines of a launchd job's `ProgramArguments` (a LaunchAgent or LaunchDaemon plist, run at
 * load and on its schedule): a shell's `-c` argument as written, any other program as its arguments
 * joined. The strings are XML, so `&gt;&gt;` in the file is the `>>` launchd hands the shell.
 */
function plistCommands(text: string): { at: number; command: string }[] {
  const out: { at: number; command: string }[] = [];
  const find: PlistFinders = {
    arrayClose: forwardFinder(text, '</array>'),
    stringOpen: forwardFinder(text, '<string>'),
    stringClose: forwardFinder(text, '</string>'),
  };
  let key = text.indexOf(PROGRAM_ARGUMENTS);
  while (key !== -1 && out.length < MAX_COMMANDS) {
    const open = skipSpace(text, key + PROGRAM_ARGUMENTS.length, MAX_SPACE);
    if (text.startsWith('<array>', open)) {
      const args = plistStrings(text, open, find);
      const c = args.findIndex((a) => SHELL_C_FLAG.test(a));
      const command =
        args.length > 0 && SHELL_PROGRAM.test(args[0]) && c > 0 && c + 1 < args.length
          ? args[c + 1]
          : args.map((a) => (/[\s"'$;&|<>]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a)).join(' ');
      if (command) out.push({ at: open, command: command.replace(/[\r\n]+/g, ' ') });
    }
    key = text.indexOf(PROGRAM_ARGUMENTS, key + PROGRAM_ARGUMENTS.length);
  }
  return out;
}

export function launchCommandSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    const plist =
      PLIST_FILE.test(file.path) || (file.text.includes(PROGRAM_ARGUMENTS) && XML_FILE.test(file.path));
    if (!XML_FILE.test(file.path) && !plist) continue;
    const commands = [
      ...(ROS_MARK.test(file.text) ? rosCommands(file.text) : []),
      ...(MSBUILD_MARK.test(file.text) ? msbuildCommands(file.text) : []),
      ...(plist ? plistCommands(file.text) : []),
    ];
    if (commands.length === 0) continue;
    commands.sort((a, b) => a.at - b.at);
    const starts = lineStarts(file.text);
    out.push(
      mappedShellSegment(
        file.path,
        commands.map((c) => c.command),
        commands.map((c) => lineIndexOf(starts, c.at) + 1),
        'launch',
      ),
    );
  }
  return out;
}
