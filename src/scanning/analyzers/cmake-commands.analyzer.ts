import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { lineIndexOf, lineStarts, mappedShellSegment } from './segment-lines.js';

const CMAKE_FILE = /(?:^|\/)CMakeLists\.txt$|\.cmake$/i;
const CALL = /\b(execute_process|add_custom_command|add_custom_target)\s*\(/gi;
const MAX_CALL = 4000;
const MAX_CALLS = 200;
/** Keywords that end a COMMAND's arguments. */
const KEYWORD =
  /^(?:WORKING_DIRECTORY|TIMEOUT|RESULT_VARIABLE|RESULTS_VARIABLE|OUTPUT_VARIABLE|ERROR_VARIABLE|INPUT_FILE|OUTPUT_FILE|ERROR_FILE|OUTPUT_QUIET|ERROR_QUIET|COMMAND_ECHO|OUTPUT_STRIP_TRAILING_WHITESPACE|ERROR_STRIP_TRAILING_WHITESPACE|ENCODING|ECHO_OUTPUT_VARIABLE|ECHO_ERROR_VARIABLE|COMMAND_ERROR_IS_FATAL|OUTPUT|DEPENDS|BYPRODUCTS|COMMENT|VERBATIM|USES_TERMINAL|PRE_BUILD|PRE_LINK|POST_BUILD|TARGET|ALL|SOURCES|MAIN_DEPENDENCY|IMPLICIT_DEPENDS|DEPFILE|JOB_POOL|APPEND|JOB_SERVER_AWARE|COMMAND_EXPAND_LISTS|DEPENDS_EXPLICIT_ONLY|CODEGEN)$/;
const ARG = /"(?:[^"\\]|\\.){0,2000}"|[^\s()"]{1,2000}/g;

/**
 * The commands CMake runs (`execute_process(COMMAND curl … COMMAND sh)` at configure time, custom
 * commands at build time), one shell line per call, so the shell rules read them: `execute_process`
 * pipes its COMMANDs into each other, custom commands run them one after another.
 */
export function cmakeCommandSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!CMAKE_FILE.test(file.path) || !/\bCOMMAND\b/.test(file.text)) continue;
    const lines: string[] = [];
    const lineMap: number[] = [];
    let starts: readonly number[] | undefined;
    let n = 0;
    for (const m of file.text.matchAll(CALL)) {
      if (n++ >= MAX_CALLS) break;
      const body = callBody(file.text, m.index + m[0].length);
      const commands = commandsOf(body);
      if (commands.length === 0) continue;
      const piped = m[1].toLowerCase() === 'execute_process';
      lines.push(commands.join(piped ? ' | ' : ' ; '));
      lineMap.push(lineIndexOf((starts ??= lineStarts(file.text)), m.index) + 1);
    }
    if (lines.length === 0) continue;
    out.push(mappedShellSegment(file.path, lines, lineMap, 'commands'));
  }
  return out;
}

/** The call's arguments up to its closing parenthesis (quoted text skipped), at most MAX_CALL characters. */
function callBody(text: string, from: number): string {
  let depth = 1;
  let quoted = false;
  const stop = Math.min(text.length, from + MAX_CALL);
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
