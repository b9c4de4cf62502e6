import type { Lang } from '../rule.types.js';
import { PROGRAM_LANGS, fileLang } from './fence-lang.js';
import { linesOf } from './segment-lines.js';

/** Whether a finding of `family` on file line `line` is quoted, not instructed. */
type Cited = (line: number, family: string) => boolean;

export function reviewsWork(identity: string): boolean {
  return REVIEW_WORK.test(identity);
}

/** What a skill that reviews, audits or teaches about configurations and code says it is about. */
const REVIEW_WORK =
  /\b(?:review\w*|audit\w*|secur\w*|harden\w*|lint\w*|vulnerab\w*|misconfig\w*|checklists?|triage|training|lessons?|workshops?)\b/i;

/**
 * A folder or file name that files an exhibit as a bad example (`examples/bad/`, `risky-pod.yaml`,
 * `vulnerable.yml`), or a file kept inert under a second `.txt` extension (`SKILL.md.txt`).
 */
const EXHIBIT_PATH =
  /(?:^|\/)(?:bad|known[-_]?bad|vulnerable|vuln|insecure|unsafe|malicious|risky|dangerous|anti-?patterns?|exhibits?|counter-?examples?)(?:\/|[-_.][^/]*$)|\.[a-z0-9]{1,8}\.txt$/i;
/** The exhibit's own opening lines say it is a bad example, not something to apply. */
const EXHIBIT_LABEL =
  /\bintentionally\s+(?:vulnerable|insecure|broken|malicious|unsafe)\b|\b(?:do\s+not|don'?t|never)\s+\/?(?:apply|deploy|run|use|install|execute|copy|merge|import)\b|\bexamples?\s+of\s+(?:an?\s+)?(?:malicious|dangerous|vulnerable|insecure|bad|risky|unsafe)\b|\b(?:malicious|dangerous|vulnerable|insecure|bad|risky|unsafe)\s+examples?\b|\b(?:annotated|teaching|training|fabricated)\s+(?:examples?|exhibits?|samples?)\b|\bnot\s+an?\s+(?:config(?:uration)?|script|file|crontab|setup)\s+to\s+(?:apply|run|use|install|deploy|copy|load)\b|\bexamples?\s+from\s+(?:our\s+own|our|real|past|actual)\s+(?:incidents?|cases?|investigations?|compromises?|intrusions?)\b|\b(?:recovered|collected|captured|seized)\s+from\s+(?:an?|the|one\s+of\s+our)\s+(?:[\w-]{1,30}\s+){0,4}?(?:Macs?|hosts?|machines?|servers?|laptops?|workstations?|endpoints?|routers?|devices?)\b|\bkept\s+(?:for|as)\s+(?:recognition|study|training|evidence)\b/i;
/** How many non-blank opening lines of a file may carry its exhibit label. */
const LABEL_LINES = 5;
/** A verb that puts a file to use (copies, applies, runs, loads it), unless negated right before it. */
const PUT_TO_USE =
  /(?<!\b(?:never|not|don'?t)[\s*`_]{1,4}(?:kubectl[\s`]{1,3})?)\b(?:copy|cp|mv|move|install|apply|deploy|run|execute|exec|source|follow|obey|load|enable|include|import|read|use|add|commit|place|put|paste|push|upload|activate|register|set\s{1,4}up|setup)\b|\.github\/workflows\b|\b(?:node|python[23]?|bash|sh|zsh|ruby|perl|php|pwsh|deno|bun|tsx)[ \t]{1,4}(?:-{1,2}[\w-]{1,20}[ \t]{1,4}){0,3}["'`]?[\w~$.{}/-]{0,200}\.\w|\b(?:docker|podman)[\s-]compose\b|\b(?:start|launch|boot|(?:spin|bring)\s{1,4}up)\b(?!\s{1,4}with\b)/i;

/**
 * A quoted exhibit: a file a review or audit skill keeps as a labelled bad example (a vulnerable
 * workflow outside `.github/workflows`, a pod marked DO NOT APPLY, a malicious SKILL.md saved as
 * `.md.txt`). Its name files it as an exhibit, its opening lines say so, and no other file of the
 * skill tells anyone to copy, apply, run or load it.
 */
export function isExhibit(
  file: { path: string; text: string },
  files: { path: string; text: string }[],
): boolean {
  if (/(?:^|\/)skill\.md$/i.test(file.path)) return false;
  const labelled =
    (EXHIBIT_PATH.test(file.path) || exhibitDataName(file.path)) && labelledExhibit(linesOf(file.text));
  if (!labelled && !beforeOfPair(file.path, files) && !detectorSample(file, files)) return false;
  const slash = file.path.lastIndexOf('/');
  const names = [file.path, file.path.slice(slash + 1)];
  // A folder of exhibits named by itself (`examples/bad/`), not a bare `examples`.
  if (file.path.slice(0, slash).includes('/')) names.push(file.path.slice(0, slash));
  if (files.some((other) => other !== file && putsToUse(other.text, names))) return false;
  // An exhibit its own lines do not label is also not run from its folder (`for s in samples/*; do node "$s"`).
  const folder = `${file.path.slice(0, slash)}/`;
  return labelled || slash <= 0 || !files.some((other) => other !== file && runsFrom(other.text, folder));
}

/**
 * A data or config file (not a program) whose name ends on the exhibit word (`example-bad.conf`,
 * `pod.insecure.yaml`, `sample_vulnerable.toml`): as EXHIBIT_PATH, but the word closes the name.
 */
const EXHIBIT_NAME_END =
  /[-_.](?:bad|known[-_]?bad|vulnerable|vuln|insecure|unsafe|malicious|risky|dangerous|anti-?patterns?|counter-?examples?)\.[a-z0-9]{1,8}$/i;

function exhibitDataName(path: string): boolean {
  return EXHIBIT_NAME_END.test(path) && !PROGRAM_LANGS.includes(fileLang(path) as Lang);
}

const MAX_LABEL_LINE = 300;

/**
 * A device configuration or data file, not a program, whose opening lines label it a bad example
 * (`# SAMPLE … from a compromised router … DO NOT /import THIS FILE`): in a security analyst's skill
 * (incident response, forensics) it is evidence kept for study, quoted whole, wherever it is filed,
 * unless another file puts it to use (as for `isExhibit`).
 */
export function labelledSample(
  file: { path: string; text: string },
  files: { path: string; text: string }[],
): boolean {
  const lang = fileLang(file.path);
  if (lang === 'markdown' || PROGRAM_LANGS.includes(lang as Lang)) return false;
  if (!labelledExhibit(linesOf(file.text))) return false;
  const names = [file.path, file.path.slice(file.path.lastIndexOf('/') + 1)];
  return !files.some((other) => other !== file && putsToUse(other.text, names, APPLIES));
}

/**
 * The "before" half of a before/after pair of files (`examples/before.yml` next to
 * `examples/after.yml`, `compose.before.yml` next to `compose.after.yml`): the configuration a fix
 * replaced, shown beside the fixed one (data and documents, not programs). The pair labels it; putting it to use still counts (see
 * `isExhibit`). Folders named before/ and after/ are not read as a pair: a tool finds its
 * configuration there by the usual name (`cd before && docker compose up`).
 */
const BEFORE_NAME = /^(.{0,200}(?:^|\/|[-_.]))before((?:[-_.][^/]{0,80})?\.[a-z0-9]{1,8})$/i;

function beforeOfPair(path: string, files: { path: string }[]): boolean {
  // Only data and documents make such pairs: a script named `before.sh` is code that runs.
  if (PROGRAM_LANGS.includes(fileLang(path) as Lang)) return false;
  const m = BEFORE_NAME.exec(path);
  if (!m) return false;
  const word = path.slice(m[1].length, m[1].length + 'before'.length);
  const after = word === word.toUpperCase() ? 'AFTER' : word[0] === 'B' ? 'After' : 'after';
  const other = `${m[1]}${after}${m[2]}`;
  return files.some((f) => f.path === other);
}

/**
 * A test sample for the skill's own detection rules: a file in a samples or fixtures folder whose
 * opening comment names the rule it must match (`// expect: NPM_Env_Harvest_Beacon`), a rule that a
 * detection-rule file of the skill (YARA, CodeQL, Sigma, KQL …) defines. It is what the rules are
 * run on; putting it to use still counts (see `isExhibit`).
 */
const SAMPLE_DIR =
  /(?:^|\/)(?:samples?|fixtures?|testdata|test[-_]?cases?|cases|corpus|specimens?|tests?)\/(?:[^/]{1,120}\/){0,3}[^/]{1,120}$/i;
const EXPECTED_RULE =
  /^\s{0,8}(?:#|\/\/|\/\*|--|;|<!--)\s{0,8}(?:expect(?:ed|s)?(?:[ \t]{1,4}(?:rule|match|hit|detection))?|should[ \t]{1,4}(?:match|trigger|fire)|must[ \t]{1,4}match|matches|triggers)[ \t]{0,4}[:=]?[ \t]{0,4}[`'"]?([A-Za-z][\w.-]{3,80})/i;
/** A samples or fixtures folder split by the outcome its files must give. */
const OUTCOME_DIR =
  /(?:^|\/)(?:samples?|fixtures?|testdata|test[-_]?cases?|corpus|specimens?|tests?)\/(?:[^/]{1,120}\/){0,2}(?:positives?|negatives?|(?:true|false)[-_]?(?:positives?|negatives?)|tp|fp|malicious|benign|should[-_]?(?:not[-_]?)?match)\/(?:[^/]{1,120}\/){0,2}[^/]{1,120}$/i;
const DETECTOR_FILE =
  /\.(?:yar|yara|ql|qll|kql|kusto|spl|eql)$|(?:^|\/)savedsearches\.conf$|(?:^|\/)(?:rules?|detections?|signatures?|sigma|semgrep)\/(?:[^/]{1,120}\/){0,2}[^/]{1,120}\.ya?ml$/i;

export function detectorSample(
  file: { path: string; text: string },
  files: { path: string; text: string }[],
): boolean {
  if (!SAMPLE_DIR.test(file.path)) return false;
  // Filed by the outcome it must give (`fixtures/positive/`, `samples/malicious/`) beside the skill's
  // own detection rules: what those rules are tested on.
  if (OUTCOME_DIR.test(file.path)) return files.some((f) => f !== file && DETECTOR_FILE.test(f.path));
  const lines = linesOf(file.text);
  let rule: string | undefined;
  for (let i = 0, seen = 0; i < lines.length && seen < LABEL_LINES && !rule; i++) {
    if (lines[i].trim() === '') continue;
    seen++;
    rule = EXPECTED_RULE.exec(lines[i].slice(0, MAX_LABEL_LINE))?.[1];
  }
  if (!rule) return false;
  const named = new RegExp(`(?<![\\w.-])${rule.replace(/[.-]/g, '\\$&')}(?![\\w.-])`);
  return files.some((f) => f !== file && DETECTOR_FILE.test(f.path) && named.test(f.text));
}

function labelledExhibit(lines: readonly string[]): boolean {
  for (let i = 0, seen = 0; i < lines.length && seen < LABEL_LINES; i++) {
    if (lines[i].trim() === '') continue;
    seen++;
    if (EXHIBIT_LABEL.test(lines[i].slice(0, MAX_LABEL_LINE))) return true;
  }
  return false;
}

/**
 * A verb that applies a sample to a system (installs, imports, runs it), unless negated right before
 * it; a narrower `PUT_TO_USE`: an analyst's sample is still evidence when they "use it to check the
 * auditor" or "read" it.
 */
const APPLIES =
  /(?<!\b(?:never|not|don'?t)[\s*`_]{1,4})\b(?:copy|cp|mv|install|apply|deploy|run|execute|exec|source|follow|obey|load|enable|import|paste|push|upload|activate|register)\b/i;

/** Whether a line naming one of `names`, or a line of the same paragraph right above or below it, puts it to use. */
function putsToUse(text: string, names: string[], verb = PUT_TO_USE): boolean {
  if (!names.some((n) => text.includes(n))) return false;
  const lines = linesOf(text);
  const near = (k: number) =>
    k >= 0 && k < lines.length && lines[k].trim() !== '' && !FENCE_LINE.test(lines[k]) ? lines[k] : '';
  for (let i = 0; i < lines.length; i++) {
    if (!names.some((n) => lines[i].includes(n))) continue;
    for (const line of [lines[i], near(i - 1), near(i + 1)])
      if (verb.test(unnamed(line.slice(0, MAX_LEAD_LINE), names).replace(DOTTED_NAME, '_'))) return true;
  }
  return false;
}

/**
 * Where a dotted name goes on past its dot (`inputs.exec`, `os.exec`), unless it is called
 * (`child_process.exec(`): the word after the dot is part of a name, no verb; `_` put there says so.
 */
const DOTTED_NAME = /(?<=[A-Za-z0-9-]\.)(?=[A-Za-z]{2,12}\b(?![ \t]{0,4}\())/g;

/**
 * The line with each name cut down to `x` and its extension: a file's own name is no verb
 * (`install-miner.sh` does not say "install"), and `bash x.sh` still runs it.
 */
function unnamed(line: string, names: string[]): string {
  // Longest first: a path before the file name it ends with.
  for (const n of [...names].sort((a, b) => b.length - a.length))
    if (line.includes(n)) line = line.split(n).join(`x${/\.[A-Za-z0-9]{1,8}$/.exec(n)?.[0] ?? ''}`);
  return line;
}

/** A line that runs files from a folder it names: an interpreter, a loader, a compose or cluster tool. */
const RUNS =
  /\b(?:node|nodejs|python[23]?|bash|sh|zsh|ruby|perl|php|pwsh|powershell|deno|bun|tsx|ts-node|npx|source|exec|eval|require|import|docker[\s-]compose|podman[\s-]compose|kubectl|helm)\b|(?:^|[\s;&|(])\.[ \t]/;

function runsFrom(text: string, folder: string): boolean {
  if (!text.includes(folder)) return false;
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(folder)) continue;
    for (const k of [i - 1, i, i + 1])
      if (
        k >= 0 &&
        k < lines.length &&
        !FENCE_LINE.test(lines[k]) &&
        RUNS.test(lines[k].slice(0, MAX_LEAD_LINE))
      )
        return true;
  }
  return false;
}

const FENCE_LINE = /^\s{0,3}(?:```|~~~)/;
const MAX_LEAD_LINE = 2000;

/**
 * An exhibit's findings are capped whatever their family, but a markdown exhibit is a document an
 * agent may load: its injections are capped only where the markdown itself quotes them, or where the
 * file is a test sample of the skill's own detection rules (see `detectorSample`): an injection is
 * what such a sample must hold for its rule to match.
 */
export function exhibitCited(path: string, cited: Cited, ruleSample = false): Cited {
  if (fileLang(path) !== 'markdown' || ruleSample) return () => true;
  return (i, family) => family !== 'prompt-injection' || cited(i, family);
}
