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
  /(?:^|\/)(?:bad|vulnerable|vuln|insecure|unsafe|malicious|risky|dangerous|anti-?patterns?|exhibits?|counter-?examples?)(?:\/|[-_.][^/]*$)|\.[a-z0-9]{1,8}\.txt$/i;
/** The exhibit's own opening lines say it is a bad example, not something to apply. */
const EXHIBIT_LABEL =
  /\bintentionally\s+(?:vulnerable|insecure|broken|malicious|unsafe)\b|\b(?:do\s+not|don'?t|never)\s+(?:apply|deploy|run|use|install|execute|copy|merge)\b|\bexamples?\s+of\s+(?:an?\s+)?(?:malicious|dangerous|vulnerable|insecure|bad|risky|unsafe)\b|\b(?:malicious|dangerous|vulnerable|insecure|bad|risky|unsafe)\s+examples?\b|\b(?:annotated|teaching|training|fabricated)\s+(?:examples?|exhibits?|samples?)\b/i;
/** How many non-blank opening lines of a file may carry its exhibit label. */
const LABEL_LINES = 5;
/** A verb that puts a file to use (copies, applies, runs, loads it), unless negated right before it. */
const PUT_TO_USE =
  /(?<!\b(?:never|not|don'?t)[\s*`_]{1,4}(?:kubectl[\s`]{1,3})?)\b(?:copy|cp|mv|move|install|apply|deploy|run|execute|exec|source|follow|obey|load|enable|include|import|read|use|add|commit|place|put|paste|push|upload|activate|register|set\s{1,4}up|setup)\b|\.github\/workflows\b/i;

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
  const pair = beforeOfPair(file.path, files);
  if (!pair && (!EXHIBIT_PATH.test(file.path) || !labelledExhibit(linesOf(file.text)))) return false;
  const slash = file.path.lastIndexOf('/');
  const names = [file.path, file.path.slice(slash + 1)];
  // A folder of exhibits named by itself (`examples/bad/`), not a bare `examples`.
  if (file.path.slice(0, slash).includes('/')) names.push(file.path.slice(0, slash));
  return !files.some((other) => other !== file && putsToUse(other.text, names));
}

const MAX_LABEL_LINE = 300;

/** `before.yml`, `workflow.before.yml`, `ci-before.yaml`, `before/ci.yml`: the state a fix starts from. */
const BEFORE_NAME = /(^|\/|[-_.])(before)(?=[-_./])/gi;
const AFTER_WORD: Record<string, string> = { before: 'after', Before: 'After', BEFORE: 'AFTER' };

/**
 * Whether the file is the "before" half of a before/after pair (`examples/before.yml` beside
 * `examples/after.yml`): the hardening or review it is shown with removes what it holds. Only data
 * and documents (not scripts or programs) make such pairs.
 */
function beforeOfPair(path: string, files: { path: string; text: string }[]): boolean {
  if (PROGRAM_LANGS.includes(fileLang(path) as Lang)) return false;
  for (const hit of path.matchAll(BEFORE_NAME)) {
    const at = hit.index + hit[1].length;
    const after = `${path.slice(0, at)}${AFTER_WORD[hit[2]] ?? 'after'}${path.slice(at + hit[2].length)}`;
    if (files.some((f) => f.path === after)) return true;
  }
  return false;
}

function labelledExhibit(lines: readonly string[]): boolean {
  for (let i = 0, seen = 0; i < lines.length && seen < LABEL_LINES; i++) {
    if (lines[i].trim() === '') continue;
    seen++;
    if (EXHIBIT_LABEL.test(lines[i].slice(0, MAX_LABEL_LINE))) return true;
  }
  return false;
}

/** Whether a line naming one of `names`, or a line of the same paragraph right above or below it, puts it to use. */
function putsToUse(text: string, names: string[]): boolean {
  if (!names.some((n) => text.includes(n))) return false;
  const lines = linesOf(text);
  const near = (k: number) =>
    k >= 0 && k < lines.length && lines[k].trim() !== '' && !FENCE_LINE.test(lines[k]) ? lines[k] : '';
  for (let i = 0; i < lines.length; i++) {
    if (!names.some((n) => lines[i].includes(n))) continue;
    for (const line of [lines[i], near(i - 1), near(i + 1)])
      if (PUT_TO_USE.test(line.slice(0, MAX_LEAD_LINE))) return true;
  }
  return false;
}

const FENCE_LINE = /^\s{0,3}(?:```|~~~)/;
const MAX_LEAD_LINE = 2000;

/**
 * An exhibit's findings are capped whatever their family, but a markdown exhibit is a document an
 * agent may load: its injections are capped only where the markdown itself quotes them.
 */
export function exhibitCited(path: string, cited: Cited): Cited {
  if (fileLang(path) !== 'markdown') return () => true;
  return (i, family) => family !== 'prompt-injection' || cited(i, family);
}
