import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { lineIndexOf, lineStarts, mappedShellSegment } from './segment-lines.js';

const MESON_BUILD = /(?:^|\/)meson\.build$/;
const MESON_OPTIONS = /(?:^|\/)(?:meson_options\.txt|meson\.options)$/;
/** Build files read (a build file, not a data dump); options files are a few lines. */
const MAX_FILE = 256 * 1024;
const MAX_OPTIONS_FILE = 64 * 1024;
/** Tokens read per skill, all its Meson files together. */
const MAX_TOKENS = 60_000;
const MAX_DEPTH = 48;
const MAX_VALUE = 4000;
const MAX_ITEMS = 256;
const MAX_VARS = 2000;
const MAX_COMMANDS = 200;
/** Characters of text one file's expressions may build (`a = a + a` a hundred thousand times). */
const MAX_BUILT = 4 * 1024 * 1024;
/** A shell that runs its `-c` argument as a script. */
const SHELL = /^(?:.*\/)?(?:ba|z|da|k|a)?sh(?:\.exe)?$/;
/** Calls whose `command:` keyword (or, for run_command, positional arguments) is a command Meson runs. */
const COMMAND_CALLS = new Set(['run_command', 'custom_target', 'run_target', 'configure_file', 'generator']);

type Value = { s: string } | { items: Value[] } | { unknown: string };

interface Token {
  kind: 'id' | 'str' | 'num' | 'op';
  text: string;
  at: number;
}

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdChar = (c: number) => isIdStart(c) || (c >= 48 && c <= 57);

/** Meson's tokens: names, strings (`'…'`, `'''…'''`, f-strings), numbers, operators; comments dropped. */
function tokenize(text: string, budget: { tokens: number }): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && tokens.length < budget.tokens) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 35) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
    } else if (c === 39 || ((c === 102 || c === 70) && text.charCodeAt(i + 1) === 39)) {
      const start = i;
      if (c !== 39) i++;
      if (text.startsWith("'''", i)) {
        const end = text.indexOf("'''", i + 3);
        const stop = end === -1 ? n : end;
        tokens.push({ kind: 'str', text: text.slice(i + 3, stop), at: start });
        i = end === -1 ? n : end + 3;
        continue;
      }
      let out = '';
      let k = i + 1;
      let from = k;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === 39 || d === 10) break;
        if (d === 92 && k + 1 < n) {
          out += text.slice(from, k);
          const e = text[k + 1];
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          k += 2;
          from = k;
          continue;
        }
        k++;
      }
      out += text.slice(from, k);
      tokens.push({ kind: 'str', text: out, at: start });
      i = k + 1;
    } else if (isIdStart(c)) {
      const start = i;
      while (i < n && isIdChar(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'id', text: text.slice(start, i), at: start });
    } else if (c >= 48 && c <= 57) {
      const start = i;
      while (i < n && isIdChar(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'num', text: text.slice(start, i), at: start });
    } else {
      const two = text.slice(i, i + 2);
      const op = two === '==' || two === '!=' || two === '+=' || two === '<=' || two === '>=' ? two : text[i];
      tokens.push({ kind: 'op', text: op, at: i });
      i += op.length;
    }
  }
  budget.tokens -= tokens.length;
  return tokens;
}

/** Nodes of a value visited to print it: lists may hold the same list many times over. */
const MAX_VISITS = 4096;

/** A value's words: lists flattened (at most MAX_ITEMS words, MAX_VISITS nodes), unknown values as `${…}`. */
function flat(v: Value): string[] {
  const out: string[] = [];
  const stack: Value[] = [v];
  let visits = 0;
  while (stack.length > 0 && out.length < MAX_ITEMS && visits++ < MAX_VISITS) {
    const x = stack.pop()!;
    if ('items' in x) for (let k = x.items.length - 1; k >= 0; k--) stack.push(x.items[k]);
    else out.push('s' in x ? x.s : `\${${x.unknown}}`);
  }
  return out;
}

/** A value as text a shell line can hold: a list's words joined by spaces. */
function show(v: Value): string {
  return 's' in v ? v.s : flat(v).join(' ').slice(0, MAX_VALUE);
}

const str = (s: string): Value => ({ s: s.slice(0, MAX_VALUE) });
const UNKNOWN: Value = { unknown: 'meson' };

interface Call {
  positional: Value[];
  keywords: Map<string, Value>;
}

/** One build file's reader: variables as they are assigned, and the commands its calls run. */
class Reader {
  private i = 0;
  private depth = 0;
  private built = 0;
  readonly commands: { at: number; words: string[] }[] = [];
  readonly vars = new Map<string, Value>();

  constructor(
    private readonly tokens: Token[],
    private readonly options: ReadonlyMap<string, Value>,
  ) {}

  private peek(k = 0): Token | undefined {
    return this.tokens[this.i + k];
  }

  private isOp(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind === 'op' && t.text === text;
  }

  /** Statements read in order: `name = expr` assignments and calls (the commands they run recorded). */
  read(): void {
    while (this.i < this.tokens.length) {
      const start = this.i;
      const t = this.tokens[this.i];
      if (t.kind === 'id' && this.isOp('=', 1)) {
        this.i += 2;
        const v = this.expr();
        if (this.vars.size < MAX_VARS || this.vars.has(t.text)) this.vars.set(t.text, v);
      } else if (t.kind === 'id' && this.isOp('(', 1)) {
        this.expr();
      }
      this.i = Math.max(this.i, start + 1);
    }
  }

  private expr(): Value {
    if (this.depth >= MAX_DEPTH || this.i >= this.tokens.length) return UNKNOWN;
    this.depth++;
    try {
      let v = this.unary();
      for (;;) {
        const t = this.peek();
        if (!t) break;
        const op = t.kind === 'op' ? t.text : t.kind === 'id' ? t.text : '';
        if (op === '+' || op === '/') {
          this.i++;
          const r = this.unary();
          v = this.combine(v, r, op);
        } else if (['-', '*', '%', '==', '!=', '<', '>', '<=', '>=', 'and', 'or', 'in'].includes(op)) {
          this.i++;
          this.unary();
          v = UNKNOWN;
        } else if (op === '?') {
          this.i++;
          this.expr();
          if (this.isOp(':')) this.i++;
          this.expr();
          v = UNKNOWN;
        } else break;
      }
      return v;
    } finally {
      this.depth--;
    }
  }

  private unary(): Value {
    const t = this.peek();
    if (t && ((t.kind === 'id' && t.text === 'not') || (t.kind === 'op' && t.text === '-'))) {
      this.i++;
      this.unary();
      return UNKNOWN;
    }
    return this.postfix();
  }

  private postfix(): Value {
    let v = this.primary();
    for (;;) {
      if (this.isOp('.') && this.peek(1)?.kind === 'id') {
        const method = this.peek(1)!.text;
        this.i += 2;
        const call = this.isOp('(') ? this.args() : { positional: [], keywords: new Map() };
        v = this.applyMethod(v, method, call);
      } else if (this.isOp('[')) {
        this.i++;
        const index = this.expr();
        if (this.isOp(']')) this.i++;
        const k = 's' in index ? Number(index.s) : NaN;
        v = 'items' in v && Number.isInteger(k) ? (v.items.at(k) ?? UNKNOWN) : UNKNOWN;
      } else return v;
    }
  }

  private primary(): Value {
    const t = this.peek();
    if (!t) return UNKNOWN;
    if (t.kind === 'str') {
      this.i++;
      return str(t.text);
    }
    if (t.kind === 'num') {
      this.i++;
      return str(t.text);
    }
    if (t.kind === 'id') {
      this.i++;
      if (this.isOp('(')) return this.call(t);
      if (t.text === 'true' || t.text === 'false') return str(t.text);
      return this.vars.get(t.text) ?? { unknown: t.text };
    }
    if (t.text === '[') {
      this.i++;
      const items: Value[] = [];
      while (this.i < this.tokens.length && !this.isOp(']')) {
        const before = this.i;
        const item = this.expr();
        if (items.length < MAX_ITEMS) items.push(item);
        if (this.isOp(',')) this.i++;
        else if (this.i === before || !this.isOp(']')) break;
      }
      if (this.isOp(']')) this.i++;
      return { items };
    }
    if (t.text === '(') {
      this.i++;
      const v = this.expr();
      if (this.isOp(')')) this.i++;
      return v;
    }
    if (t.text === '{') {
      // A dictionary: skipped to its closing brace.
      let depth = 0;
      for (; this.i < this.tokens.length; this.i++) {
        const x = this.tokens[this.i];
        if (x.kind === 'op' && x.text === '{') depth++;
        else if (x.kind === 'op' && x.text === '}' && --depth === 0) {
          this.i++;
          break;
        }
      }
      return UNKNOWN;
    }
    return UNKNOWN;
  }

  /** `(…)`: positional arguments and `key : value` keywords, the reader left after `)`. */
  private args(): Call {
    const call: Call = { positional: [], keywords: new Map() };
    this.i++;
    while (this.i < this.tokens.length && !this.isOp(')')) {
      const before = this.i;
      const t = this.peek()!;
      if (t.kind === 'id' && this.isOp(':', 1)) {
        this.i += 2;
        call.keywords.set(t.text, this.expr());
      } else {
        const v = this.expr();
        if (call.positional.length < MAX_ITEMS) call.positional.push(v);
      }
      if (this.isOp(',')) this.i++;
      else if (this.i === before || !this.isOp(')')) break;
    }
    if (this.isOp(')')) this.i++;
    return call;
  }

  private call(name: Token): Value {
    const call = this.args();
    const first = call.positional[0];
    switch (name.text) {
      case 'find_program':
        return first ? { s: flat(first)[0] ?? '' } : UNKNOWN;
      case 'get_option': {
        const key = first && 's' in first ? first.s : '';
        return this.options.get(key) ?? { unknown: key.replace(/\W/g, '_') || 'option' };
      }
      case 'join_paths':
        return call.positional.length > 0
          ? call.positional.reduce((a, b) => this.combine(a, b, '/'))
          : UNKNOWN;
      case 'files':
        return { items: call.positional };
    }
    if (COMMAND_CALLS.has(name.text) && this.commands.length < MAX_COMMANDS) {
      const command =
        name.text === 'run_command'
          ? { items: call.positional }
          : name.text === 'generator'
            ? { items: [first ?? UNKNOWN, call.keywords.get('arguments') ?? { items: [] }] }
            : call.keywords.get('command');
      if (command) this.commands.push({ at: name.at, words: flat(command) });
    }
    return { unknown: name.text };
  }

  /** Text built counts against the file's budget: past it, values are unknown. */
  private text(s: string): Value {
    this.built += s.length;
    return this.built > MAX_BUILT ? UNKNOWN : str(s);
  }

  private combine(a: Value, b: Value, op: string): Value {
    if ('items' in a) {
      if (op !== '+') return UNKNOWN;
      const items = [...a.items, ...('items' in b ? b.items : [b])].slice(0, MAX_ITEMS);
      this.built += items.length;
      return this.built > MAX_BUILT ? UNKNOWN : { items };
    }
    if (this.built > MAX_BUILT) return UNKNOWN;
    return this.text(op === '+' ? show(a) + show(b) : `${show(a)}/${show(b)}`);
  }

  /** String methods that keep the text a command is built from (`'…@0@…'.format(url)`, `.strip()`). */
  private applyMethod(v: Value, method: string, call: Call): Value {
    if (method === 'format' && 's' in v) {
      if (this.built > MAX_BUILT) return UNKNOWN;
      return this.text(
        v.s.replace(/@(\d{1,3})@/g, (m, k: string) => {
          const arg = call.positional[Number(k)];
          return arg ? show(arg) : m;
        }),
      );
    }
    if (method === 'strip' || method === 'full_path' || method === 'path') return v;
    if (method === 'to_lower' && 's' in v) return this.text(v.s.toLowerCase());
    return UNKNOWN;
  }
}

/** A project's options (`option('name', …, value : …)`), by directory. */
function readOptions(files: TextFile[], budget: { tokens: number }): Map<string, Map<string, Value>> {
  const byDir = new Map<string, Map<string, Value>>();
  for (const file of files) {
    if (!MESON_OPTIONS.test(file.path) || file.text.length > MAX_OPTIONS_FILE) continue;
    const reader = new OptionReader(tokenize(file.text, budget));
    byDir.set(dirOf(file.path), reader.options);
  }
  return byDir;
}

class OptionReader {
  readonly options = new Map<string, Value>();

  constructor(tokens: Token[]) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'id' || t.text !== 'option' || tokens[i + 1].text !== '(') continue;
      const name = tokens[i + 2];
      if (name.kind !== 'str') continue;
      // The option's `value :` keyword, up to its closing parenthesis.
      for (let k = i + 3; k + 2 < tokens.length && tokens[k].text !== ')'; k++) {
        if (tokens[k].kind === 'id' && tokens[k].text === 'value' && tokens[k + 1].text === ':') {
          const v = tokens[k + 2];
          if (v.kind === 'str' || v.kind === 'id' || v.kind === 'num') {
            if (this.options.size < MAX_VARS) this.options.set(name.text, str(v.text));
          }
          break;
        }
      }
    }
  }
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/**
 * The commands a Meson build runs (`run_command(…)` at `meson setup`, `custom_target`/`run_target`/
 * `configure_file`/`generator` commands at build time), with `find_program`, variables, `get_option`
 * (read from the project's meson_options.txt / meson.options), `+`, `/` and `'…@0@…'.format(…)` worked
 * out, one shell line per command at its call's line: `sh -c SCRIPT` as the script itself.
 */
export function mesonCommandSegments(files: TextFile[]): Segment[] {
  const builds = files.filter((f) => MESON_BUILD.test(f.path) && f.text.length <= MAX_FILE);
  if (builds.length === 0) return [];
  const budget = { tokens: MAX_TOKENS };
  const options = readOptions(files, budget);
  const out: Segment[] = [];
  for (const file of builds) {
    if (!/\b(?:run_command|command|generator)\b/.test(file.text)) continue;
    const opts = options.get(dirOf(file.path)) ?? options.values().next().value ?? new Map<string, Value>();
    if (budget.tokens <= 0) break;
    const reader = new Reader(tokenize(file.text, budget), opts);
    reader.read();
    if (reader.commands.length === 0) continue;
    const starts = lineStarts(file.text);
    const lines: string[] = [];
    const lineMap: number[] = [];
    for (const { at, words } of reader.commands) {
      const line = lineIndexOf(starts, at) + 1;
      const script =
        words.length >= 3 && SHELL.test(words[0]) && words[1] === '-c' ? words[2] : words.join(' ');
      for (const l of script.split('\n')) {
        lines.push(l.slice(0, MAX_VALUE));
        lineMap.push(line);
      }
    }
    out.push(mappedShellSegment(file.path, lines, lineMap, 'meson'));
  }
  return out;
}
