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
/** JSON files, and JSON documents under their tool's own extension (Dynamo graphs `.dyn` and custom nodes `.dyf`). */
const JSON_FILE = /\.(?:json|dyn|dyf)$/i;
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
/**
 * A key holding a node's or step's source code (`Code`, `source`, `body`), run in the language a
 * sibling key names: a Dynamo Python node (`"ConcreteType": "PythonNodeModels.PythonNode"`,
 * `"Engine": "CPython3"`), a low-code step (`"language": "python"`, `"runtime": "nodejs18"`).
 */
const CODE_KEY = /^(?:code|source(?:code)?|body|scripttext|scriptbody)$/;
/** Sibling keys that name the code's language, and the words they use. */
const LANG_KEY = /^(?:language|lang|engine|runtime|concretetype|nodetype|type|kind|interpreter)$/;
const SIBLING_LANGS: [RegExp, Lang][] = [
  [/python/i, 'python'],
  [/\b(?:javascript|node(?:js)?\d{0,3}|typescript)\b/i, 'js'],
  [/^(?:bash|sh|shell|zsh|powershell|pwsh)$/i, 'shell'],
];

/** The language an object's sibling keys name for its code, if any. */
function siblingLang(entries: [string, unknown][]): Lang | null {
  let looked = 0;
  for (const [k, v] of entries) {
    if (++looked > 200) break;
    if (typeof v !== 'string' || v.length > 200) continue;
    if (!LANG_KEY.test(k.toLowerCase())) continue;
    for (const [re, lang] of SIBLING_LANGS) if (re.test(v)) return lang;
  }
  return null;
}

/** A shebang line and the interpreter it names. */
const SHEBANG = /^#![ \t]{0,4}(\S{1,200})(?:[ \t]{1,4}(\S{1,60}))?/;

type Rec = Record<string, unknown>;
/** A script value: an HTML snippet, or code whose language a sibling key names (null: read its shebang). */
type ScriptValue = { value: string; html: boolean; lang: Lang | null };

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
function scriptValues(root: unknown): ScriptValue[] {
  const found: ScriptValue[] = [];
  // An explicit stack, last-in first-out, children pushed in reverse: values come out in document order.
  const stack: { key: string; value: unknown; depth: number; lang: Lang | null }[] = [
    { key: '', value: root, depth: 0, lang: null },
  ];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_VALUES && found.length < MAX_SCRIPTS) {
    const { key, value, depth, lang } = stack.pop()!;
    seen++;
    if (typeof value === 'string') {
      if (value.includes('<') && HTML_SCRIPT_VALUE.test(value.slice(0, MAX_SCRIPT))) {
        found.push({ value: value.slice(0, MAX_SCRIPT), html: true, lang: null });
        continue;
      }
      if (!value.includes('\n')) continue;
      if (lang) {
        found.push({ value: value.slice(0, MAX_SCRIPT), html: false, lang });
        continue;
      }
      const named = key.length <= 80 && SCRIPT_KEY.test(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
      if (named || (value.startsWith('#!') && SHEBANG.test(value)))
        found.push({ value: value.slice(0, MAX_SCRIPT), html: false, lang: null });
      continue;
    }
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, MAX_VALUES) - 1; i >= 0; i--)
        stack.push({ key, value: value[i], depth: depth + 1, lang: null });
    } else {
      const entries = Object.entries(value as Rec);
      const named = entries.some(([k]) => CODE_KEY.test(k.toLowerCase())) ? siblingLang(entries) : null;
      for (let i = Math.min(entries.length, MAX_VALUES) - 1; i >= 0; i--) {
        const k = entries[i][0];
        const codeLang = named && CODE_KEY.test(k.toLowerCase()) ? named : null;
        stack.push({ key: k, value: entries[i][1], depth: depth + 1, lang: codeLang });
      }
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
    for (const { value: script, html, lang: named } of scripts) {
      // An HTML snippet's `<script>` bodies are JavaScript; any other script value names its language by
      // a sibling key or its shebang.
      const bodies = html ? scriptBodies(script).map((b) => b.body) : [script];
      const lang: Lang = html ? 'js' : (named ?? shebangLang(script));
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
