import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { lineIndexOf, lineStarts, mappedShellSegment } from './segment-lines.js';

const CMAKE_FILE = /(?:^|\/)CMakeLists\.txt$|\.cmake$/i;
/** Calls read in order: the commands, and the definitions and loops their `${VAR}`s come from. */
const ANY_CALL =
  /\b(execute_process|add_custom_command|add_custom_target|set|find_program|foreach|endforeach)\s*\(/gi;
const MAX_CALL = 4000;
const MAX_CALLS = 200;
/** Definitions (`set`, `find_program`) and loops read per file. */
const MAX_DEFS = 500;
/** Longest definition read (`set(…)`, `find_program(…)`, `foreach(…)`). */
const MAX_DEF = 1000;
/** Longest value a variable may take once resolved. */
const MAX_VALUE = 1000;
/** Longest command line once its variables are put in. */
const MAX_LINE = 8000;
/** Text of one file's command lines, all calls and loop items together. */
const MAX_TOTAL = 256 * 1024;
/** Items of a `foreach` a command is repeated for. */
const MAX_ITEMS = 16;
const VAR_NAME = /^[A-Za-z_][\w.-]{0,80}$/;
const VAR_REF = /\$\{([A-Za-z_][\w.-]{0,80})\}/g;
/** Keywords of `find_program` after which come search places, not names. */
const FIND_KEYWORD =
  /^(?:NAMES|HINTS|PATHS|PATH_SUFFIXES|DOC|NAMES_PER_DIR|REQUIRED|NO_\w+|ONLY_CMAKE_FIND_ROOT_PATH|CMAKE_FIND_ROOT_PATH_BOTH|ENV|VALIDATOR|REGISTRY_VIEW)$/;
/** Keywords of `set` and `foreach` that end a value or a list. */
const SET_END = /^(?:CACHE|PARENT_SCOPE)$/;
const LOOP_KEYWORD = /^(?:IN|ITEMS|LISTS|ZIP_LISTS|RANGE)$/;
/** Keywords that end a COMMAND's arguments. */
const KEYWORD =
  /^(?:WORKING_DIRECTORY|TIMEOUT|RESULT_VARIABLE|RESULTS_VARIABLE|OUTPUT_VARIABLE|ERROR_VARIABLE|INPUT_FILE|OUTPUT_FILE|ERROR_FILE|OUTPUT_QUIET|ERROR_QUIET|COMMAND_ECHO|OUTPUT_STRIP_TRAILING_WHITESPACE|ERROR_STRIP_TRAILING_WHITESPACE|ENCODING|ECHO_OUTPUT_VARIABLE|ECHO_ERROR_VARIABLE|COMMAND_ERROR_IS_FATAL|OUTPUT|DEPENDS|BYPRODUCTS|COMMENT|VERBATIM|USES_TERMINAL|PRE_BUILD|PRE_LINK|POST_BUILD|TARGET|ALL|SOURCES|MAIN_DEPENDENCY|IMPLICIT_DEPENDS|DEPFILE|JOB_POOL|APPEND|JOB_SERVER_AWARE|COMMAND_EXPAND_LISTS|DEPENDS_EXPLICIT_ONLY|CODEGEN)$/;
const ARG = /"(?:[^"\\]|\\.){0,2000}"|[^\s()"]{1,2000}/g;

/**
 * The commands CMake runs (`execute_process(COMMAND curl … COMMAND sh)` at configure time, custom
 * commands at build time), one shell line per call, so the shell rules read them: `execute_process`
 * pipes its COMMANDs into each other, custom commands run them one after another. Variables the file
 * defines above the call (`set(SUDO sudo -n)`, `find_program(AUDITCTL auditctl)`) are put in, and a
 * call inside a `foreach` over a literal list is read once per item.
 */
export function cmakeCommandSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!CMAKE_FILE.test(file.path) || !/\bCOMMAND\b/.test(file.text)) continue;
    const lines: string[] = [];
    const lineMap: number[] = [];
    let starts: readonly number[] | undefined;
    let n = 0;
    let defs = 0;
    let total = 0;
    const vars = new Map<string, string>();
    const loops: { name: string; items: string[] }[] = [];
    for (const m of file.text.matchAll(ANY_CALL)) {
      const kind = m[1].toLowerCase();
      const from = m.index + m[0].length;
      if (kind === 'endforeach') {
        loops.pop();
        continue;
      }
      if (kind === 'set' || kind === 'find_program' || kind === 'foreach') {
        if (defs++ >= MAX_DEFS) continue;
        define(kind, argsOf(callBody(file.text, from, MAX_DEF)), vars, loops);
        continue;
      }
      if (n++ >= MAX_CALLS || total >= MAX_TOTAL) break;
      const commands = commandsOf(callBody(file.text, from));
      if (commands.length === 0) continue;
      const piped = kind === 'execute_process';
      const line = lineIndexOf((starts ??= lineStarts(file.text)), m.index) + 1;
      for (const text of expand(commands.join(piped ? ' | ' : ' ; '), vars, loops)) {
        lines.push(text);
        lineMap.push(line);
        total += text.length + 1;
      }
    }
    if (lines.length === 0) continue;
    out.push(mappedShellSegment(file.path, lines, lineMap, 'commands'));
  }
  return out;
}

/** The call's arguments, quotes taken off. */
function argsOf(body: string): string[] {
  return Array.from(body.matchAll(ARG), ([a]) => (a.startsWith('"') ? a.slice(1, -1) : a));
}

function define(
  kind: string,
  args: string[],
  vars: Map<string, string>,
  loops: { name: string; items: string[] }[],
): void {
  const name = args[0];
  if (kind === 'foreach') {
    // `foreach(d a b c)` or `foreach(d IN ITEMS a b c)`; `IN LISTS x` takes the list's items.
    const rest = args.slice(1);
    const lists = rest[0] === 'IN' && rest[1] === 'LISTS';
    const items = lists
      ? rest.slice(2).flatMap((l) => (vars.get(l) ?? '').split(/[;\s]+/))
      : rest.filter((a) => !LOOP_KEYWORD.test(a));
    loops.push({ name: name ?? '', items: items.filter(Boolean).map((i) => resolve(i, vars)) });
    return;
  }
  if (!name || !VAR_NAME.test(name)) return;
  let value: string[];
  if (kind === 'find_program') {
    // `find_program(VAR name)` or `find_program(VAR NAMES a b PATHS …)`: the program's first name.
    const rest = args.slice(1);
    const at = rest[0] === 'NAMES' ? 1 : 0;
    value = rest.slice(at, at + 1).filter((a) => !FIND_KEYWORD.test(a));
  } else {
    const end = args.findIndex((a, i) => i > 0 && SET_END.test(a));
    value = args.slice(1, end === -1 ? undefined : end);
  }
  vars.set(name, resolve(value.join(' '), vars).slice(0, MAX_VALUE));
}

/** `${VAR}`s replaced by the values defined so far (unknown ones left as they are), at most MAX_LINE long. */
function resolve(text: string, vars: Map<string, string>): string {
  let out = text.slice(0, MAX_LINE);
  for (let pass = 0; pass < 3 && out.includes('${'); pass++) out = substitute(out, vars);
  return out;
}

/** One pass of substitution, built piece by piece so a value that doubles itself stops at MAX_LINE. */
function substitute(text: string, vars: Map<string, string>): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(VAR_REF)) {
    out += text.slice(last, m.index) + (vars.get(m[1]) ?? m[0]);
    last = m.index + m[0].length;
    if (out.length >= MAX_LINE) return out.slice(0, MAX_LINE);
  }
  return (out + text.slice(last)).slice(0, MAX_LINE);
}

/** A command line, once per item of the innermost enclosing loop whose variable it uses. */
function expand(
  line: string,
  vars: Map<string, string>,
  loops: { name: string; items: string[] }[],
): string[] {
  for (let i = loops.length - 1; i >= 0; i--) {
    const { name, items } = loops[i];
    const ref = `\${${name}}`;
    if (!name || !line.includes(ref) || items.length === 0) continue;
    return items.slice(0, MAX_ITEMS).map((item) => resolve(line.split(ref).join(item), vars));
  }
  return [resolve(line, vars)];
}

/** The call's arguments up to its closing parenthesis (quoted text skipped), at most `max` characters. */
function callBody(text: string, from: number, max = MAX_CALL): string {
  let depth = 1;
  let quoted = false;
  const stop = Math.min(text.length, from + max);
  for (let i = from; i < stop; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from, stop);
}

function commandsOf(body: string): string[] {
  const commands: string[] = [];
  let current: string[] | null = null;
  for (const [arg] of body.matchAll(ARG)) {
    if (arg === 'COMMAND') {
      if (current?.length) commands.push(current.join(' '));
      current = [];
    } else if (KEYWORD.test(arg)) {
      if (current?.length) commands.push(current.join(' '));
      current = null;
    } else if (current) current.push(arg);
  }
  if (current?.length) commands.push(current.join(' '));
  return commands;
}
