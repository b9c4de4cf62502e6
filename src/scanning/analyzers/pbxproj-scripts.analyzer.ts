import type { Lang, Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { embeddedScriptSegment, lineIndexOf, lineStarts } from './segment-lines.js';

/**
 * Xcode "Run Script" build phases (`PBXShellScriptBuildPhase`) in a project file (`project.pbxproj`)
 * or a fragment of one a skill tells the agent to paste in. Xcode runs the phase's `shellScript` value
 * on every build, but the file keeps it as one old-style plist string with its newlines and quotes
 * escaped (`\n`, `\"`): the shell rules, which read line by line, see one mangled line. Each value
 * becomes a code segment of its own, with its real lines, pinned at its key's line.
 */
const PBXPROJ_FILE = /\.pbxproj(?:[-._][\w-]{1,40})?$/i;
/** Any other file (not markdown) holding a build phase: a `.txt` or `.plist` copy of one. */
const PHASE_MARK = 'PBXShellScriptBuildPhase';
const MARKDOWN_FILE = /\.(?:md|markdown|mdx)$/i;
/** Files read (a project file, not a data dump). */
const MAX_PBXPROJ_FILE = 4 * 1024 * 1024;
const MAX_SCRIPT = 64 * 1024;
const MAX_SCRIPTS = 64;
/** `shellScript = "…";` on one line, the value's escapes kept. */
const SHELL_SCRIPT = /^[ \t]{0,40}shellScript[ \t]{0,4}=[ \t]{0,4}"((?:[^"\\\n]|\\.){0,65536})"[ \t]{0,4};/gm;
/** The interpreter the phase names (`shellPath = /usr/bin/python3;`), looked for a few lines above. */
const SHELL_PATH = /\bshellPath[ \t]{0,4}=[ \t]{0,4}"?([^";\n]{1,200})"?[ \t]{0,4};/g;
/** How far before the script its phase's `shellPath` may be (the phase's keys are sorted). */
const MAX_SHELL_PATH_LEAD = 2000;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '', '"': '"', '\\': '\\', "'": "'" };

/** An old-style plist string's value: `\n`, `\t`, `\"`, `\\` unescaped, other escapes kept. */
function unescapePlist(value: string): string {
  return value.replace(/\\(.)/g, (all: string, c: string) => ESCAPES[c] ?? all);
}

/** The language a phase's `shellPath` names; shell unless it is Python, Ruby or Node. */
function phaseLang(text: string, at: number): Lang {
  const lead = text.slice(Math.max(0, at - MAX_SHELL_PATH_LEAD), at);
  let program = '';
  SHELL_PATH.lastIndex = 0;
  for (let m = SHELL_PATH.exec(lead); m !== null; m = SHELL_PATH.exec(lead)) program = m[1].toLowerCase();
  // Only the phase the script belongs to: a `shellPath` before the phase's opening is another's.
  if (lead.lastIndexOf('isa = PBXShellScriptBuildPhase') > lead.lastIndexOf('shellPath')) program = '';
  if (program.includes('python')) return 'python';
  if (program.includes('ruby')) return 'ruby';
  if (/\b(?:node|deno|bun)\b/.test(program)) return 'js';
  return 'shell';
}

/** The Run Script phases of Xcode project files (and fragments of them), each a code segment. */
export function pbxprojScriptSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (file.text.length > MAX_PBXPROJ_FILE || !file.text.includes('shellScript')) continue;
    if (!PBXPROJ_FILE.test(file.path) && (MARKDOWN_FILE.test(file.path) || !file.text.includes(PHASE_MARK)))
      continue;
    let starts: readonly number[] | undefined;
    let n = 0;
    SHELL_SCRIPT.lastIndex = 0;
    for (
      let m = SHELL_SCRIPT.exec(file.text);
      m !== null && n < MAX_SCRIPTS;
      m = SHELL_SCRIPT.exec(file.text)
    ) {
      if (!m[1].includes('\\n') && m[1].length < 8) continue;
      const script = unescapePlist(m[1].slice(0, MAX_SCRIPT));
      const lang = phaseLang(file.text, m.index);
      const line = lineIndexOf((starts ??= lineStarts(file.text)), m.index) + 1;
      const segment = embeddedScriptSegment(file.path, script, lang, line, `${file.path}#pbx-script${n++}`);
      if (segment) out.push(segment);
    }
  }
  return out;
}
