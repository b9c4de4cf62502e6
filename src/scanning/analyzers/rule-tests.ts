import { linesOf } from './segment-lines.js';

/**
 * Static-analysis rule packs (Semgrep) and their rule tests. A rule file lists code patterns to look
 * for; its test file holds the code each rule must match, each sample under a `ruleid: <id>`
 * annotation. Both are what a scanner is taught to find, not code the skill runs.
 */

/** A Semgrep rule file: a top-level `rules:` list whose items have languages, a message and a pattern. */
const RULES_KEY = /^rules:[ \t]{0,8}$/m;
const LANGUAGES_KEY = /^[ \t]{0,12}(?:-[ \t]{1,4})?languages[ \t]{0,4}:/m;
const MESSAGE_KEY = /^[ \t]{0,12}(?:-[ \t]{1,4})?message[ \t]{0,4}:/m;
const PATTERN_KEY =
  /^[ \t]{0,12}(?:-[ \t]{1,4})?(?:pattern|patterns|pattern-either|pattern-regex|pattern-inside|pattern-sources|pattern-sinks)[ \t]{0,4}:/m;
/** A rule's id, read for the annotations of its tests. */
const RULE_ID = /^[ \t]{0,12}-[ \t]{1,4}id[ \t]{0,4}:[ \t]{0,4}["']?([\w.-]{1,100})["']?[ \t]{0,4}$/gm;
/** An autofix (`fix:`, `fix-regex:`): code Semgrep writes into the scanned files, never a mere pattern. */
const FIX_KEY = /^([ \t]{0,40})(?:-[ \t]{1,4})?fix(?:-regex)?[ \t]{0,4}:/;

export function isSemgrepRules(path: string, text: string): boolean {
  return (
    /\.ya?ml$/i.test(path) &&
    RULES_KEY.test(text) &&
    LANGUAGES_KEY.test(text) &&
    MESSAGE_KEY.test(text) &&
    PATTERN_KEY.test(text)
  );
}

/** Lines of a Semgrep rule file that are its autofixes (the `fix:` key and its block). */
export function fixLines(text: string): Set<number> {
  const out = new Set<number>();
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const m = FIX_KEY.exec(lines[i]);
    if (!m) continue;
    out.add(i);
    // The block scalar below it: every line indented deeper than the key.
    const indent = m[1].length;
    for (let k = i + 1; k < lines.length; k++) {
      const lead = /^[ \t]*/.exec(lines[k])![0].length;
      if (lines[k].trim() !== '' && lead <= indent) break;
      out.add(k);
      i = k;
    }
  }
  return out;
}

/** Every rule id the skill's Semgrep rule files define. */
export function semgrepRuleIds(files: readonly { path: string; text: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const f of files)
    if (isSemgrepRules(f.path, f.text)) for (const m of f.text.matchAll(RULE_ID)) ids.add(m[1]);
  return ids;
}

/** `// ruleid: js-eval-decoded`, `# todoruleid: x`: the next code line is a sample the rule must match. */
const ANNOTATION =
  /^[ \t]{0,40}(?:\/\/|#|--|\/\*|<!--)[ \t]{0,4}(?:todo)?ruleid[ \t]{0,4}:[ \t]{0,4}([\w.-]{1,100}(?:[ \t]{0,4},[ \t]{0,4}[\w.-]{1,100}){0,20})/i;
/** Words that run, load or import a file, on the line of another file that names it. */
const RUNS_FILE =
  /\b(?:node|deno|bun|tsx|ts-node|python[23]?|ruby|perl|php|bash|sh|zsh|source|require|import|from|run|execute|exec|eval|load)\b/i;
const MAX_ANNOTATED_LINES = 20_000;

/**
 * The lines of a rule test file that are samples of a rule the skill defines: each the first code line
 * under a `ruleid:` annotation naming a rule of the skill's Semgrep files. None when another file of the
 * skill runs, imports or loads the test file (a sample that is run is no longer a sample).
 */
export function ruleSampleLines(
  file: { path: string; text: string },
  files: readonly { path: string; text: string }[],
  ids: ReadonlySet<string>,
): Set<number> | null {
  if (ids.size === 0 || !/ruleid/i.test(file.text)) return null;
  const lines = linesOf(file.text);
  const out = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, MAX_ANNOTATED_LINES); i++) {
    const m = ANNOTATION.exec(lines[i].slice(0, 400));
    if (!m || !m[1].split(',').some((id) => ids.has(id.trim()))) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].trim() === '') k++;
    if (k < lines.length && !ANNOTATION.test(lines[k].slice(0, 400))) out.add(k);
  }
  if (out.size === 0) return null;
  const slash = file.path.lastIndexOf('/');
  const base = file.path.slice(slash + 1);
  const stem = base.replace(/\.[^.]+$/, '');
  const dir = slash === -1 ? '' : file.path.slice(0, slash);
  const names = [base, `/${stem}'`, `/${stem}"`, `/${stem}\``, ...(dir ? [`${dir}/*`] : [])];
  for (const other of files) {
    if (other === file || !names.some((n) => other.text.includes(n))) continue;
    for (const line of linesOf(other.text))
      if (names.some((n) => line.includes(n)) && RUNS_FILE.test(line.slice(0, 2000))) return null;
  }
  return out;
}
