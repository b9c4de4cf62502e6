import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { flatString } from './flat-string.js';
import { jsonValueLines, mappedShellSegment } from './segment-lines.js';

/** A workspace's tasks (`.vscode/tasks.json`) or a multi-root workspace file holding them. */
const TASKS_FILE = /(?:^|\/)\.vscode\/tasks\.json$|\.code-workspace$/i;
/** Files read (a task list, not a data dump). */
const MAX_TASKS_FILE = 1024 * 1024;
const MAX_TASKS = 200;
const MAX_COMMAND = 4000;
const MAX_ENV = 64;
/** Characters the line lookups of one file may search. */
const MAX_SEARCHED = 16 * 1024 * 1024;
/** `${env:NAME}`: the task's (or the file's) `options.env` value, else the user's environment. */
const ENV_REF = /\$\{env:([A-Za-z_][\w.-]{0,80})\}/g;
/** The platform blocks that replace a task's command, arguments and options on that system. */
const PLATFORMS = ['linux', 'osx', 'windows'] as const;

type Rec = Record<string, unknown>;

function asRecord(v: unknown): Rec | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null;
}

/**
 * JSON with comments (`//`, `/* … *\/`) and trailing commas, as VS Code writes its settings, made
 * plain JSON in one pass: comments become spaces outside strings, a comma before `}` or `]` is dropped.
 */
export function jsoncToJson(text: string): string {
  // Source ranges blanked out: comments, and commas with only blanks or comments before `}` or `]`.
  const skips: [number, number][] = [];
  let lastComma = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: to its closing quote, escapes skipped.
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
      lastComma = -1;
      continue;
    }
    if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      const block = text.charCodeAt(i + 1) === 42;
      const close = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i + 2);
      const end = close === -1 ? n : block ? close + 2 : close;
      skips.push([i, end]);
      i = end;
      continue;
    }
    if (c === 44) lastComma = i;
    else if ((c === 125 || c === 93) && lastComma !== -1) {
      skips.push([lastComma, lastComma + 1]);
      lastComma = -1;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) lastComma = -1;
    i++;
  }
  if (skips.length === 0) return text;
  skips.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [a, b] of skips) {
    parts.push(text.slice(from, a), ' ');
    from = b;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A task's command or argument: a string, or `{ "value": …, "quoting": … }`; arrays joined by spaces. */
function word(v: unknown): string {
  const rec = asRecord(v);
  if (rec) return word(rec.value);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : word(asRecord(x)?.value))).join(' ');
  return v === undefined || v === null ? '' : flatString(v);
}

function envOf(options: unknown): Rec {
  return asRecord(asRecord(options)?.env) ?? {};
}

/**
 * The commands of a workspace's tasks (each platform's variant too), `${env:NAME}` filled in from the
 * task's and the file's `options.env`: VS Code runs them in a shell when asked, and without asking when
 * a task says `"runOn": "folderOpen"` and automatic tasks are allowed. One shell line per command, at
 * the line of its command string, for the shell rules to read.
 */
export function vscodeTaskSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!TASKS_FILE.test(file.path) || file.text.length > MAX_TASKS_FILE) continue;
    if (!file.text.includes('"command"')) continue;
    let root: Rec | null;
    try {
      root = asRecord(JSON.parse(jsoncToJson(file.text)));
    } catch {
      continue;
    }
    const tasksRoot = file.path.toLowerCase().endsWith('.code-workspace') ? asRecord(root?.tasks) : root;
    if (!tasksRoot) continue;
    const tasks = [tasksRoot, ...(Array.isArray(tasksRoot.tasks) ? tasksRoot.tasks : [])]
      .map(asRecord)
      .filter((t): t is Rec => t !== null)
      .slice(0, MAX_TASKS);
    const fileEnv = envOf(tasksRoot.options);
    // Tasks are read in file order, so each string's line is found after the last one's.
    const lineOf = jsonValueLines(file.text, MAX_SEARCHED);
    const lines: string[] = [];
    const lineMap: number[] = [];
    for (const task of tasks) {
      const variants = [task, ...PLATFORMS.map((p) => asRecord(task[p])).filter((v): v is Rec => v !== null)];
      for (const v of variants) {
        const command = v.command ?? task.command;
        if (command === undefined || (v !== task && v.command === undefined && v.args === undefined))
          continue;
        const args = Array.isArray(v.args ?? task.args) ? ((v.args ?? task.args) as unknown[]) : [];
        const env = { ...fileEnv, ...envOf(task.options), ...envOf(v.options) };
        const raw = [word(command), ...args.map(word)].join(' ').slice(0, MAX_COMMAND);
        const line = raw.replace(ENV_REF, (m, name: string) => {
          const value = env[name];
          return typeof value === 'string' ? value.slice(0, MAX_COMMAND) : m;
        });
        lines.push(line.replace(/[\r\n]+/g, ' ').slice(0, MAX_COMMAND * 2));
        lineMap.push(lineOf(word(command)));
        for (const [key, value] of Object.entries(envOf(v.options)).slice(0, MAX_ENV)) {
          lines.push(`${key}=${flatString(value).slice(0, MAX_COMMAND)}`.replace(/[\r\n]+/g, ' '));
          lineMap.push(lineOf(key));
        }
      }
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'tasks'));
  }
  return out;
}
