import type { Lang, Segment } from '../rule.types.js';
import { scriptBodies, type TextFile } from './skill-segments.js';
import { embeddedScriptSegment, jsonValueLines } from './segment-lines.js';

/**
 * Scripts kept as JSON string values: a game-panel egg's `scripts.installation.script` (Pterodactyl,
 * Pelican), a template's `install_script` / `setup` / `startup`, a provisioning profile's `userData`,
 * a hook's `postinstall` body. JSON has no multi-line strings, so the whole script sits on one line with
 * its newlines and quotes escaped (`\n`, `\"`): the shell rules, which read line by line, see one
 * mangled line. Each such value becomes a code segment of its own, with its real lines, at its key's line.
 */
const JSON_FILE = /\.json$/i;
/** Files read (a config or template, not a data dump). */
const MAX_JSON_FILE = 1024 * 1024;
/** Values walked per file, and the deepest nesting followed. */
const MAX_VALUES = 20000;
const MAX_DEPTH = 24;
const MAX_SCRIPT = 64 * 1024;
const MAX_SCRIPTS = 64;
/** Characters the line lookups of one file may search. */
const MAX_SEARCHED = 16 * 1024 * 1024;

/**
 * A key naming a script or command (normalised: lower case, letters and digits): `script`,
 * `installScript`, `install_script`, `installation`, `setup`, `startup`, `startCommand`,
 * `postCreateCommand`, `userData`, `entrypoint`. Not `description` or `transcript`.
 */
const SCRIPT_KEY =
  /^(?:(?:install(?:ation)?|uninstall|setup|startup|start|stop|restart|boot(?:strap)?|init|provision(?:ing)?|deploy|build|update|upgrade|pre\w{0,20}|post\w{0,20}|on\w{0,30}|run|shell|bash|custom)?(?:scripts?|commands?|cmds?|sh)|install(?:ation)?|setup|startup|bootstrap|provision|userdata|entrypoint|run)$/;
/**
 * An HTML snippet kept as a string value that holds a `<script>` element: a Google Tag Manager
 * Custom HTML tag (`{"key": "html", "value": "<script>…</script>"}`), a CMS block, a widget's embed
 * code. Its script runs in every visitor's browser whatever key holds it.
 */
const HTML_SCRIPT_VALUE = /<script\b[^>]{0,500}>/i;
/** A shebang line and the interpreter it names. */
const SHEBANG = /^#![ \t]{0,4}(\S{1,200})(?:[ \t]{1,4}(\S{1,60}))?/;

type Rec = Record<string, unknown>;

/** The language a shebang names; shell when it names none of the others (`sh`, `bash`, `env bash`). */
function shebangLang(script: string): Lang {
  const m = SHEBANG.exec(script);
  if (!m) return 'shell';
  const program = (m[1].endsWith('/env') && m[2] ? m[2] : m[1]).toLowerCase();
  if (program.includes('python')) return 'python';
  if (/\b(?:node|deno|bun)\b/.test(program)) return 'js';
  if (program.includes('ruby')) return 'ruby';
  return 'shell';
}

/**
 * Multi-line string values under a script key (or any key when they open with a shebang), and HTML
 * snippets holding a `<script>` element (the `html` flag), in document order.
 */
function scriptValues(root: unknown): { value: string; html: boolean }[] {
  const found: { value: string; html: boolean }[] = [];
  // An explicit stack, last-in first-out, children pushed in reverse: values come out in document order.
  const stack: { key: string; value: unknown; depth: number }[] = [{ key: '', value: root, depth: 0 }];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_VALUES && found.length < MAX_SCRIPTS) {
    const { key, value, depth } = stack.pop()!;
    seen++;
    if (typeof value === 'string') {
      if (value.includes('<') && HTML_SCRIPT_VALUE.test(value.slice(0, MAX_SCRIPT))) {
        found.push({ value: value.slice(0, MAX_SCRIPT), html: true });
        continue;
      }
      if (!value.includes('\n')) continue;
      const named = key.length <= 80 && SCRIPT_KEY.test(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
      if (named || (value.startsWith('#!') && SHEBANG.test(value)))
        found.push({ value: value.slice(0, MAX_SCRIPT), html: false });
      continue;
    }
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, MAX_VALUES) - 1; i >= 0; i--)
        stack.push({ key, value: value[i], depth: depth + 1 });
    } else {
      const entries = Object.entries(value as Rec);
      for (let i = Math.min(entries.length, MAX_VALUES) - 1; i >= 0; i--)
        stack.push({ key: entries[i][0], value: entries[i][1], depth: depth + 1 });
    }
  }
  return found;
}

/**
 * The scripts a JSON config or template keeps as string values, each a code segment (its comments
 * blanked) pinned to its key's line: the file keeps the whole script on that line.
 */
export function jsonScriptSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (
      !JSON_FILE.test(file.path) ||
      file.text.length > MAX_JSON_FILE ||
      (!file.text.includes('\\n') && !/<script\b/i.test(file.text))
    )
      continue;
    let root: unknown;
    try {
      root = JSON.parse(file.text);
    } catch {
      continue;
    }
    const scripts = scriptValues(root);
    if (scripts.length === 0) continue;
    const lineOf = jsonValueLines(file.text, MAX_SEARCHED);
    let n = 0;
    for (const { value: script, html } of scripts) {
      // An HTML snippet's `<script>` bodies are JavaScript; any other script value names its language by shebang.
      const bodies = html ? scriptBodies(script).map((b) => b.body) : [script];
      const lang: Lang = html ? 'js' : shebangLang(script);
      for (const body of bodies) {
        const segment = embeddedScriptSegment(
          file.path,
          body,
          lang,
          lineOf(script),
          `${file.path}#json-script${n++}`,
        );
        if (segment) out.push(segment);
      }
    }
  }
  return out;
}
