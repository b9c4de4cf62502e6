import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type YAMLMap } from 'yaml';
import type { Segment } from '../rule.types.js';
import { placed, scalarString, shellWord } from './cloud-init.analyzer.js';
import { fileSegments, type TextFile } from './skill-segments.js';
import { systemdExecSegments } from './systemd-units.analyzer.js';
import { withinSegmentBudget } from './segment-budget.js';
import { lineIndexOf, lineStarts, mappedShellSegment } from './segment-lines.js';

/**
 * Configuration-management YAML a skill ships for a fleet to apply as root: Salt states (`*.sls`) and
 * Ansible task lists / playbooks (`*.yml`). Their harm sits in values the YAML reader keeps as data:
 * a Salt `cmd.run` `- name:` or an Ansible `shell:` module runs a shell line, a `file.managed`
 * `- contents:` or a `copy: content:` becomes the file at its path (a sudoers drop-in, a unit), an
 * Ansible `uri:` task is an HTTP request. Those are read as what they become, at their file lines.
 */
const SALT_FILE = /\.sls$/i;
const ANSIBLE_FILE = /\.ya?ml$/i;
/** Documents read (a state file or a task list is a few KiB; the YAML parser is not run on data dumps). */
const MAX_DOCUMENT = 128 * 1024;
/**
 * Lines a document may have, and all documents of a skill together: the YAML parser takes some
 * 40 µs a line (a state file or a role's task list is a few hundred lines).
 */
const MAX_LINES = 1000;
const MAX_TOTAL_LINES = 3000;
/**
 * Flow brackets and anchors outside comment lines (see cloud-init.analyzer.ts), and how deep the
 * brackets nest: the parser takes tens of milliseconds per few hundred unclosed flow collections.
 */
const MAX_STRUCTURE = 200;
const MAX_NESTING = 64;
const STRUCTURE = /[[{&]/g;
const COMMENT_LINE = /^[ \t]*#[^\n]*$/gm;
const MAX_FILES = 200;
const MAX_COMMANDS = 2000;
const MAX_COMMAND = 8000;
const MAX_CONTENT = 256 * 1024;
/** Lines of a plain-text file's content (an `authorized_keys` entry, a cron table) shown as `echo` lines. */
const MAX_ECHO_LINES = 50;
/** Nesting of Ansible `block:` / play `tasks:` lists followed. */
const MAX_DEPTH = 8;
const MAX_TASKS = 2000;

/** Characters a one-line Jinja tag (`{{ … }}`, `{% … %}`, `{# … #}`) may hold. */
const MAX_TAG = 400;
const FIRST_WORD = /[A-Za-z_]\w{0,60}/;

/** Salt states that run a shell line (`name`, `names`) and the arguments that hold commands. */
const SALT_COMMAND = /^(?:cmd\.(?:run|wait|shell|script|call|wait_script)|cron\.present)$/;
const SALT_COMMAND_ARGS = ['name', 'names', 'onlyif', 'unless', 'creates_cmd'];
/** Salt states that write a file's text at `name` (or the state id). */
const SALT_FILE_WRITE = /^file\.(?:managed|append|prepend|blockreplace|line|accumulated)$/;
const SALT_CONTENT_ARGS = ['contents', 'text', 'content'];

/** Ansible modules whose value is a command line. */
const ANSIBLE_COMMAND = new Set(['shell', 'command', 'raw', 'script']);
/** Ansible modules that write text to a file: the text key and the path keys. */
const ANSIBLE_WRITE: Record<string, string> = {
  copy: 'content',
  lineinfile: 'line',
  blockinfile: 'block',
};
const ANSIBLE_PREFIX = /^(?:ansible\.(?:builtin|legacy)|community\.general)\./;
const ANSIBLE_NESTED = ['tasks', 'pre_tasks', 'post_tasks', 'handlers', 'block', 'rescue', 'always'];
const ANSIBLE_HINT =
  /^[ \t-]{0,200}(?:[\w.]{0,40}\.)?(?:shell|command|raw|script|uri|get_url|copy|lineinfile|blockinfile|cron|authorized_key):/m;
const SALT_HINT =
  /\b(?:cmd|file|cron|ssh_auth)\.\w{1,20}[ \t]{0,20}:|^[ \t]{0,200}-[ \t]{0,20}(?:run|managed|append|present)[ \t]{0,20}$/m;

/**
 * `text` with each one-line `open … close` tag replaced by `replace(inner)`; linear: the next close
 * and line end are looked for once each, not again from every opening.
 */
function replaceTags(text: string, open: string, close: string, replace: (inner: string) => string): string {
  let out = '';
  let from = 0;
  let end = -2;
  let nl = -2;
  for (let at = text.indexOf(open); at !== -1;) {
    if (end < at + open.length) end = text.indexOf(close, at + open.length);
    if (end === -1) break;
    if (nl !== -1 && nl < at) nl = text.indexOf('\n', at);
    if ((nl === -1 || nl > end) && end - at <= MAX_TAG) {
      out += text.slice(from, at) + replace(text.slice(at + open.length, end));
      from = end + close.length;
      at = text.indexOf(open, from);
    } else at = text.indexOf(open, at + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The text with Jinja read as plain YAML: statements and comments dropped, expressions as `$name`. */
export function withoutJinja(text: string): string {
  const statements = replaceTags(
    replaceTags(text, '{%', '%}', () => ''),
    '{#',
    '#}',
    () => '',
  );
  return replaceTags(statements, '{{', '}}', (inner) => `$${FIRST_WORD.exec(inner)?.[0] ?? 'JINJA'}`);
}

/** A bounded parse of a YAML document, or null (too large, too structured, or not YAML). */
function parsed(text: string, budget: { lines: number }): unknown {
  if (text.length > MAX_DOCUMENT) return null;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    if (++lines > Math.min(MAX_LINES, budget.lines)) return null;
  budget.lines -= lines;
  const counted = text.replace(COMMENT_LINE, '');
  let structure = 0;
  STRUCTURE.lastIndex = 0;
  while (structure <= MAX_STRUCTURE && STRUCTURE.test(counted)) structure++;
  if (structure > MAX_STRUCTURE) return null;
  let depth = 0;
  for (let k = 0; k < counted.length; k++) {
    const c = counted.charCodeAt(k);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return null;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  try {
    return parseDocument(text, { uniqueKeys: false }).contents;
  } catch {
    return null;
  }
}

/** Collects shell lines and written files of one document, each at its line. */
class Reader {
  readonly lines: string[] = [];
  readonly lineMap: number[] = [];
  readonly out: Segment[] = [];
  private files = 0;
  private readonly starts: readonly number[];

  constructor(
    private readonly file: TextFile,
    text: string,
  ) {
    this.starts = lineStarts(text);
  }

  lineAt(node: Node | null | undefined): number {
    return lineIndexOf(this.starts, node?.range?.[0] ?? 0) + 1;
  }

  /** A command: a string (its lines follow a block header) or an argument vector. */
  command(node: unknown, assign?: string): void {
    if (this.lines.length >= MAX_COMMANDS) return;
    let command = scalarString(node);
    if (command === null && isSeq(node)) {
      const words = node.items.map(scalarString);
      if (words.length === 0 || words.some((w) => w === null)) return;
      command = (words as string[]).map(shellWord).join(' ');
    }
    if (command === null || !command.trim()) return;
    const commandLines = command.slice(0, MAX_COMMAND).split(/\r?\n/);
    while (commandLines.length > 1 && commandLines[commandLines.length - 1].trim() === '') commandLines.pop();
    if (assign) {
      // `register: ctx`: the output is kept, as `ctx=$(…)` keeps it, for the tasks that use `{{ ctx }}`.
      commandLines[0] = `${assign}=$(${commandLines[0]}`;
      commandLines[commandLines.length - 1] += ')';
    }
    const at = this.lineAt(node as Node);
    const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    commandLines.forEach((l, k) => {
      this.lines.push(l);
      this.lineMap.push(block ? at + 1 + k : at);
    });
  }

  /**
   * A file's text as written at `path`, read as that file (a script, a unit, a sudoers drop-in). A
   * file read as nothing but text (`authorized_keys`, a cron table) is shown as the shell lines that
   * write it, `echo '…' >> path` (`>` for a whole file's first line), for the rules on such writes.
   */
  written(path: string, node: unknown, tag: string, append: boolean): void {
    if (this.files >= MAX_FILES) return;
    let content = scalarString(node);
    if (content === null && isSeq(node)) {
      const parts = node.items.map(scalarString);
      if (parts.some((p) => p === null)) return;
      content = parts.join('\n');
    }
    if (content === null || !content.trim()) return;
    this.files++;
    const at = this.lineAt(node as Node);
    const literal = isScalar(node) && node.type === Scalar.BLOCK_LITERAL;
    const lineOf = literal ? (line: number) => at + line : () => at;
    const virtual: TextFile = { path, text: content.slice(0, MAX_CONTENT) };
    const block = `${this.file.path}#${tag}:${this.files}`;
    const read = [
      ...withinSegmentBudget(fileSegments(virtual)).filter((s) => s.kind !== 'prose'),
      ...systemdExecSegments([virtual]),
    ];
    for (const s of read) this.out.push(placed(s, this.file.path, block, lineOf));
    if (read.length > 0) return;
    const lines = virtual.text.split(/\r?\n/, MAX_ECHO_LINES + 1);
    if (lines.length > MAX_ECHO_LINES) return;
    lines.forEach((line, k) => {
      // A line that is only a template variable (`{{ key }}`, a lookup) says nothing of what is written.
      if (!line.trim() || /^\s*\$\w+\s*$/.test(line) || this.lines.length >= MAX_COMMANDS) return;
      const into = append || k > 0 ? '>>' : '>';
      this.lines.push(`echo ${shellWord(line.trim())} ${into} ${shellWord(path)}`);
      this.lineMap.push(lineOf(k + 1));
    });
  }

  segments(tag: string): Segment[] {
    if (this.lines.length > 0)
      this.out.push(mappedShellSegment(this.file.path, this.lines, this.lineMap, tag));
    return this.out;
  }
}

/** A Salt state's arguments (`- name: x` items) as one map of key to value node. */
function saltArgs(args: unknown): { fn: string | null; args: Map<string, unknown> } {
  const out = new Map<string, unknown>();
  let fn: string | null = null;
  if (!isSeq(args)) return { fn, args: out };
  for (const item of args.items) {
    const word = scalarString(item);
    if (word !== null) fn ??= word;
    if (!isMap(item)) continue;
    for (const pair of item.items) {
      const key = scalarString(pair.key);
      if (key !== null && !out.has(key)) out.set(key, pair.value);
    }
  }
  return { fn, args: out };
}

function readSalt(file: TextFile, text: string, root: YAMLMap): Segment[] {
  const reader = new Reader(file, text);
  for (const state of root.items) {
    const id = scalarString(state.key);
    if (id === null || !isMap(state.value)) continue;
    for (const decl of state.value.items) {
      const key = scalarString(decl.key);
      if (key === null) continue;
      const { fn, args } = saltArgs(decl.value);
      const name = key.includes('.') ? key : fn ? `${key}.${fn}` : key;
      if (SALT_COMMAND.test(name)) {
        for (const arg of SALT_COMMAND_ARGS) {
          const value = args.get(arg);
          if (value === undefined) continue;
          if (arg === 'names' && isSeq(value)) for (const item of value.items) reader.command(item);
          else reader.command(value);
        }
        // Without `- name:` the state id is the command.
        if (!args.has('name') && !args.has('names')) reader.command(state.key);
      } else if (SALT_FILE_WRITE.test(name)) {
        const path = scalarString(args.get('name')) ?? id;
        for (const arg of SALT_CONTENT_ARGS)
          if (args.has(arg)) reader.written(path, args.get(arg), 'salt-file', name !== 'file.managed');
      } else if (name === 'ssh_auth.present') {
        // A key (the `name`, or each of `names`) added to the user's authorized_keys.
        const user = scalarString(args.get('user')) ?? 'root';
        const keys = args.get('names');
        const path = `~${user}/.ssh/authorized_keys`;
        if (isSeq(keys)) for (const key of keys.items) reader.written(path, key, 'salt-ssh-auth', true);
        else reader.written(path, args.get('name') ?? state.key, 'salt-ssh-auth', true);
      }
    }
  }
  return reader.segments('salt-commands');
}

/**
 * The JSON text of a YAML value (a `uri:` body), bounded: written node by node, aliases not followed
 * (an alias chain would expand exponentially), past MAX_COMMAND characters cut short.
 */
function jsonOf(node: unknown): string {
  const s = scalarString(node);
  if (s !== null) return s;
  let out = '';
  const write = (n: unknown, depth: number): void => {
    if (out.length > MAX_COMMAND || depth > MAX_NESTING) return;
    if (isMap(n)) {
      out += '{';
      n.items.forEach((pair, k) => {
        out += `${k > 0 ? ',' : ''}${JSON.stringify(scalarString(pair.key) ?? '')}:`;
        write(pair.value, depth + 1);
      });
      out += '}';
    } else if (isSeq(n)) {
      out += '[';
      n.items.forEach((item, k) => {
        if (k > 0) out += ',';
        write(item, depth + 1);
      });
      out += ']';
    } else out += JSON.stringify(scalarString(n) ?? '');
  };
  if (!isMap(node) && !isSeq(node)) return '';
  write(node, 0);
  return out.slice(0, MAX_COMMAND);
}

function readAnsibleTask(reader: Reader, task: YAMLMap): void {
  const register = scalarString(task.get('register', true));
  const assign = register && /^[A-Za-z_]\w{0,60}$/.test(register) ? register : undefined;
  for (const pair of task.items) {
    const key = scalarString(pair.key);
    if (key === null) continue;
    const module = key.replace(ANSIBLE_PREFIX, '');
    const value = pair.value;
    if (ANSIBLE_COMMAND.has(module)) {
      if (isMap(value)) {
        const argv = value.get('argv', true);
        reader.command(argv ?? value.get('cmd', true), assign);
      } else if (scalarString(value) !== null) reader.command(value, assign);
      else {
        const args = task.get('args', true);
        if (isMap(args)) reader.command(args.get('cmd', true), assign);
      }
    } else if (module === 'cron' && isMap(value)) {
      // The job a cron entry runs on schedule.
      reader.command(value.get('job', true));
    } else if ((module === 'uri' || module === 'get_url') && isMap(value)) {
      const urlNode = value.get('url', true);
      const url = scalarString(urlNode);
      if (url === null) continue;
      const method = scalarString(value.get('method', true)) ?? 'GET';
      const body = jsonOf(value.get('body', true));
      const src = scalarString(value.get('src', true));
      const words = ['curl', '-X', shellWord(method.toUpperCase())];
      if (body) words.push('--data', `"${body.replace(/["\\`]/g, '\\$&')}"`);
      if (src) words.push('--data-binary', shellWord(`@${src}`));
      const dest = scalarString(value.get('dest', true));
      if (module === 'get_url' && dest) words.push('-o', shellWord(dest));
      words.push(shellWord(url));
      const line = reader.lineAt(urlNode as Node);
      if (reader.lines.length < MAX_COMMANDS) {
        reader.lines.push(words.join(' ').replace(/\r?\n/g, ' '));
        reader.lineMap.push(line);
      }
      // get_url's `checksum:` fails the task on a mismatch: the download is verified, as `sha256sum -c` would.
      if (module === 'get_url' && dest && value.has('checksum') && reader.lines.length < MAX_COMMANDS) {
        reader.lines.push(`sha256sum -c ${shellWord(dest)}`.replace(/\r?\n/g, ' '));
        reader.lineMap.push(line);
      }
    } else if (module in ANSIBLE_WRITE && isMap(value)) {
      const path = scalarString(value.get('dest', true)) ?? scalarString(value.get('path', true));
      const content = value.get(ANSIBLE_WRITE[module], true);
      if (path && content !== undefined)
        reader.written(path, content, `ansible-${module}`, module !== 'copy');
    } else if (module === 'authorized_key' && isMap(value)) {
      const user = scalarString(value.get('user', true)) ?? 'root';
      reader.written(`~${user}/.ssh/authorized_keys`, value.get('key', true), 'ansible-authorized-key', true);
    }
  }
}

function readAnsible(file: TextFile, text: string, root: unknown): Segment[] {
  const reader = new Reader(file, text);
  let tasks = 0;
  const walk = (list: unknown, depth: number) => {
    if (!isSeq(list) || depth > MAX_DEPTH) return;
    for (const item of list.items) {
      if (!isMap(item) || tasks >= MAX_TASKS) continue;
      tasks++;
      readAnsibleTask(reader, item);
      for (const key of ANSIBLE_NESTED) walk(item.get(key, true), depth + 1);
    }
  };
  walk(root, 0);
  return reader.segments('ansible-commands');
}

/**
 * What Salt states and Ansible task lists run: command lines as one shell segment on their lines
 * (an Ansible task's `register:` kept as a variable assignment, a `uri:` request as a `curl` line),
 * file contents as the file they are written to. Jinja is read as variables.
 */
export function configManagementSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  const budget = { lines: MAX_TOTAL_LINES };
  for (const file of files) {
    if (file.text.length > MAX_DOCUMENT) continue;
    const salt = SALT_FILE.test(file.path);
    if (salt ? !SALT_HINT.test(file.text) : !ANSIBLE_FILE.test(file.path) || !ANSIBLE_HINT.test(file.text))
      continue;
    const text = withoutJinja(file.text);
    const root = parsed(text, budget);
    if (salt) {
      if (isMap(root)) out.push(...readSalt(file, text, root));
    } else if (isSeq(root)) out.push(...readAnsible(file, text, root));
  }
  return out;
}
