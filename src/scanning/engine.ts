import type { BundleNote } from '../parsing/skill-bundle.js';
import { maxSeverity, SEVERITIES, severityRank, type Finding, type Severity } from './scan.types.js';
import { CitedCode, CitedMarkdown, DEFANGED } from './analyzers/cited-lines.js';
import { linesOf } from './analyzers/segment-lines.js';
import { PROGRAM_LANGS, fileLang } from './analyzers/fence-lang.js';
import {
  detectorSample,
  exhibitCited,
  isExhibit,
  labelledSample,
  reviewsWork,
} from './analyzers/exhibits.js';
import { fixLines, isSemgrepRules, ruleSampleLines, semgrepRuleIds } from './analyzers/rule-tests.js';
import type {
  ChainRule,
  CustomRule,
  PatternRule,
  RuleInfo,
  Segment,
  SkillContext,
  SignalRule,
  TagHit,
} from './rule.types.js';
import { decodedSegments, fileSegments, textFiles } from './analyzers/skill-segments.js';
import { withinSegmentBudget } from './analyzers/segment-budget.js';
import { makeRecipeSegments } from './analyzers/make-recipes.analyzer.js';
import { nixShellSegments } from './analyzers/nix-shell.analyzer.js';
import { sshConfigSegments } from './analyzers/ssh-config.analyzer.js';
import { cmakeCommandSegments } from './analyzers/cmake-commands.analyzer.js';
import { udevRunSegments } from './analyzers/udev-rules.analyzer.js';
import { launchCommandSegments } from './analyzers/launch-commands.analyzer.js';
import { vscodeTaskSegments } from './analyzers/vscode-tasks.analyzer.js';
import { preCommitSegments } from './analyzers/pre-commit.analyzer.js';
import { mesonCommandSegments } from './analyzers/meson-commands.analyzer.js';
import { nodeRedFlowSegments } from './analyzers/node-red-flows.analyzer.js';
import { systemdExecSegments } from './analyzers/systemd-units.analyzer.js';
import { registryFileSegments, scheduledTaskSegments } from './analyzers/windows-admin.analyzer.js';
import { crontabSegments } from './analyzers/crontab.analyzer.js';
import { jsonScriptSegments } from './analyzers/json-scripts.analyzer.js';
import { pbxprojScriptSegments } from './analyzers/pbxproj-scripts.analyzer.js';
import { configManagementSegments } from './analyzers/config-management.analyzer.js';
import { cloudInitSegments } from './analyzers/cloud-init.analyzer.js';
import { steamLaunchSegments } from './analyzers/steam-launch.analyzer.js';
import { argvCommandSegments } from './analyzers/argv-commands.analyzer.js';
import { skillContext } from './skill-context.js';
import {
  buildView,
  compileRules,
  literalsOf,
  matchView,
  SCOPES,
  scopeAllows,
  startsOf,
  type PatternHit,
} from './matcher.js';
import { literalScanner } from './analyzers/literal-scanner.js';
import { bindGates, gateLiterals, withGates } from './analyzers/literal-gates.js';
import { ALL_RULES } from './rules/index.js';

export const ENGINE_VERSION = '1.19.0';

export interface StaticScanInput {
  files: { path: string; content: Buffer }[];
  frontmatter?: Record<string, unknown> | null;
  notes?: BundleNote[];
}

export interface StaticScanResult {
  risk_level: Severity;
  findings: Finding[];
}

const MAX_FINDINGS = 500;
const DECODE_BUDGET = { bytes: 512 * 1024, blobs: 400 };

const LINE_RULES = ALL_RULES.filter(
  (r): r is PatternRule | SignalRule => r.type === 'pattern' || r.type === 'signal',
);
const CHAIN_RULES = ALL_RULES.filter((r): r is ChainRule => r.type === 'chain');
const CUSTOM_RULES = ALL_RULES.filter((r): r is CustomRule => r.type === 'custom');
// The gates' literals come last: the line rules' ids are the same as without them.
const LITERALS = literalScanner([...literalsOf(LINE_RULES), ...gateLiterals()], startsOf(LINE_RULES));
bindGates(LITERALS);
const COMPILED = compileRules(LINE_RULES, LITERALS.ids);
/** Per scope, the rules that run on its view. */
const COMPILED_BY_SCOPE = SCOPES.map((scope) => COMPILED.filter((c) => c.scope === scope));
/** Per set of scopes (bit k: SCOPES[k]): the anchors their rules start at, null when none. */
const ANCHORS_BY_SCOPES = Array.from({ length: 1 << SCOPES.length }, (_, set) => {
  const wanted = new Uint8Array(LITERALS.ids.size);
  for (const r of LINE_RULES)
    if (r.starts && set & (1 << SCOPES.indexOf(r.in ?? 'any')))
      for (const s of r.starts) wanted[LITERALS.ids.get(s)!] = 1;
  return wanted.includes(1) ? wanted : null;
});

/** Only the anchors of rules that see the segment: the others' occurrences would go unused. */
function anchorsFor(segment: Segment): Uint8Array | null {
  let set = 0;
  SCOPES.forEach((scope, k) => {
    if (scopeAllows(scope, segment)) set |= 1 << k;
  });
  return ANCHORS_BY_SCOPES[set];
}

/** Reported when a reader fails on the skill's text (a bug of the engine, or input it cannot read). */
const ENGINE_FAILURE: RuleInfo = {
  id: 'SG-ENGINE-001',
  family: 'engine',
  severity: 'HIGH',
  message: 'The static scanner could not finish reading this skill; it is treated as unsafe until reviewed',
  remediation:
    'Review the skill by hand and report the evidence to the Skillgate maintainers; an operator may promote it once reviewed.',
};

export function listRules(): RuleInfo[] {
  return [
    ...ALL_RULES.filter((r) => r.type !== 'signal').map((r) => {
      const { id, family, severity, message, remediation } = r as RuleInfo;
      return { id, family, severity, message, remediation };
    }),
    ENGINE_FAILURE,
  ];
}

/**
 * The static verdict. A reader that fails on some input must not let the skill through or fail the
 * import: the skill is reported HIGH (it stays Untrusted) with the failure as its finding.
 */
export function scanStatic(input: StaticScanInput): StaticScanResult {
  try {
    return scanAll(input);
  } catch (error) {
    return { risk_level: 'HIGH', findings: [engineFailure(error)] };
  }
}

function engineFailure(error: unknown): Finding {
  return {
    rule_id: ENGINE_FAILURE.id,
    severity: 'HIGH',
    file: 'SKILL.md',
    line: 1,
    message: ENGINE_FAILURE.message,
    evidence: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'unknown error',
    family: ENGINE_FAILURE.family,
    remediation: ENGINE_FAILURE.remediation,
    source: 'static',
  };
}

function scanAll(input: StaticScanInput): StaticScanResult {
  const files = textFiles(input.files);
  const ctx = skillContext(files, input.frontmatter ?? null);
  const literal = [
    ...files.flatMap((file) => withinSegmentBudget(fileSegments(file))),
    ...makeRecipeSegments(files),
    ...nixShellSegments(files),
    ...sshConfigSegments(files),
    ...cmakeCommandSegments(files),
    ...udevRunSegments(files),
    ...launchCommandSegments(files),
    ...vscodeTaskSegments(files),
    ...preCommitSegments(files),
    ...mesonCommandSegments(files),
    ...nodeRedFlowSegments(files),
    ...systemdExecSegments(files),
    ...scheduledTaskSegments(files),
    ...registryFileSegments(files),
    ...crontabSegments(files),
    ...jsonScriptSegments(files),
    ...pbxprojScriptSegments(files),
    ...cloudInitSegments(files),
    ...configManagementSegments(files),
    ...steamLaunchSegments(files),
  ];
  // Argument vectors of the programs' process launches, read as the command lines they start.
  append(literal, argvCommandSegments(literal));
  const segments = literal.slice();
  append(segments, decodedSegments(literal, { ...DECODE_BUDGET }));
  const hits: PatternHit[] = [];
  const tags: TagHit[] = [];
  const places: number[][] = [];
  // The literal sets of all segments in one array (segment i's at i × words): one allocation per scan.
  const perSegment = new Uint32Array(segments.length * LITERALS.words);
  for (let i = 0; i < segments.length; i++) {
    const at: number[] = [];
    const wanted = anchorsFor(segments[i]);
    LITERALS.scan(
      segments[i].text,
      perSegment,
      wanted ? at : undefined,
      wanted ?? undefined,
      i * LITERALS.words,
    );
    places.push(at);
  }
  const present = new Uint32Array(LITERALS.words);
  for (let w = 0; w < perSegment.length; w++) present[w % LITERALS.words] |= perSegment[w];
  SCOPES.forEach((scope, k) =>
    matchView(
      buildView(segments, perSegment, LITERALS.words, places, scope),
      COMPILED_BY_SCOPE[k],
      present,
      ctx,
      hits,
      tags,
    ),
  );
  const findings: Finding[] = [];
  const hidden = new Set<Finding>();
  for (let i = 0; i < hits.length; i++) {
    const f = patternFinding(hits[i]);
    // A comment shown in quotation marks is a quoted sample: its line may be cited like any other.
    if (hits[i].segment.kind === 'hidden' && !hits[i].segment.quoted) hidden.add(f);
    findings.push(f);
  }
  const hiddenBlocks = new Set<string>();
  for (const s of segments) if (s.kind === 'hidden') hiddenBlocks.add(s.block);
  const citedAt = citedLookup(files, ctx);
  // A chain is reported at a sink the text does not quote as an example when it has one: a quoted
  // sample earlier in the file ("What not to put in AGENTS.md") must not stand in for a live one.
  const quotedTag = (t: TagHit, family: string) =>
    t.depth === 0 && !hiddenBlocks.has(t.block) && citedAt(t.file, t.line - 1, family);
  for (const rule of CHAIN_RULES) {
    const chained = chainFindings(rule, tags, ctx, quotedTag);
    for (let i = 0; i < chained.length; i++) {
      if (hiddenBlocks.has(chained[i].block)) hidden.add(chained[i].finding);
      findings.push(chained[i].finding);
    }
  }
  withGates(LITERALS, segments, perSegment, () => {
    for (const rule of CUSTOM_RULES) {
      const raw = rule.check({ segments, files, ctx, tagHits: tags });
      for (let i = 0; i < raw.length; i++) {
        const h = raw[i];
        findings.push(finding(rule, h.severity ?? rule.severity, h.file, h.line, h.evidence, h.depth ?? 0));
      }
    }
  });
  // Invisible characters and hidden comments are never an example a reader was shown.
  capCited(findings, (f) => hidden.has(f) || f.rule_id.startsWith('SG-UNICODE-'), citedAt);
  const notes = input.notes ?? [];
  for (let i = 0; i < notes.length; i++) findings.push(noteFinding(notes[i]));
  const unique = dedupe(findings).slice(0, MAX_FINDINGS);
  return { risk_level: maxSeverity(unique.map((f) => f.severity)), findings: unique };
}

/**
 * Indexed loops rather than spreads, `concat` or `map` over result arrays: those are empty in most
 * scans and hold objects in the others, and the optimized code, specialized to one of the two array
 * kinds, was thrown back to the interpreter on nearly every call.
 */
function append<T>(into: T[], items: T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

const CITED_NOTE = ' (quoted as an example or a pattern to look for; capped at MEDIUM)';

/** Whether a 0-based line of a file, for a finding of a family, sits on quoted text. */
type CitedAt = (file: string, line: number, family: string) => boolean;

/** Per file, built on first use: which lines quote the text as an example (see `citedOf`). */
function citedLookup(files: { path: string; text: string }[], ctx: SkillContext): CitedAt {
  const securityWriting = isSecurityWriting(ctx);
  const reviewing = securityWriting || reviewsWork(ctx.identity);
  const cited = new Map<string, Cited>();
  let ruleIds: Set<string> | undefined;
  return (path, line, family) => {
    let isCited = cited.get(path);
    if (!isCited) {
      const file = files.find((x) => x.path === path);
      isCited = file ? citedOf(file, securityWriting, reviewing) : () => false;
      if (file && reviewing && isExhibit(file, files))
        isCited = exhibitCited(file.path, isCited, detectorSample(file, files));
      else if (file && securityWriting && labelledSample(file, files))
        isCited = exhibitCited(file.path, isCited);
      // A rule test's samples (the code under a `ruleid:` annotation of a rule the skill defines).
      const samples =
        file && fileLang(file.path) !== 'markdown'
          ? ruleSampleLines(file, files, (ruleIds ??= semgrepRuleIds(files)))
          : null;
      if (samples) {
        const base = isCited;
        isCited = (i, family) => (family !== 'prompt-injection' && samples.has(i)) || base(i, family);
      }
      cited.set(path, isCited);
    }
    return isCited(line, family);
  };
}

/**
 * Findings on lines that quote the text as an example (security-review skills, a script's list of
 * indicators) drop to MEDIUM: still reported, and the skill still starts Untrusted.
 */
function capCited(findings: Finding[], hidden: (f: Finding) => boolean, citedAt: CitedAt): void {
  for (const f of findings) {
    if (severityRank(f.severity) < severityRank('HIGH') || hidden(f)) continue;
    // A defanged address in the evidence (a decoded payload's hxxp://) cannot be fetched either.
    if (!citedAt(f.file, f.line - 1, f.family ?? '') && !DEFANGED.test(f.evidence)) continue;
    f.severity = 'MEDIUM';
    f.message += CITED_NOTE;
  }
}

/** What a skill for detecting, hunting or analysing attacks says it is about. */
const SECURITY_WORK =
  /\b(?:detect(?:ion|ions)?|hunt(?:ing|s)?|threat[- ]intel\w*|incident|forensic\w*|malware|yara|sigma|falco|siem|soar|edr|xdr|soc|suricata|snort|zeek|(?:security|attack|threat)[- ]awareness|awareness[- ]training|red[- ]team\w*|purple[- ]team\w*|blue[- ]team\w*|pentest\w*|penetration|ctf|honeypot|phishing|iocs?|post-?mortem|stealer|stager|deobfuscat\w*|cryptominer|cryptojack\w*|exploit\w*|(?:container|sandbox|workload|pod|vm|jail)(?:[- ]to[- ](?:host|node))?[- ]escapes?|breakouts?|compromise[- ](?:checks?|assessments?|hunts?|triage|indicators?|sweeps?))\b/i;

function isSecurityWriting(ctx: SkillContext): boolean {
  return SECURITY_WORK.test(ctx.identity);
}

/** Detection rules and saved searches (YARA, KQL, SPL, EQL, Splunk's savedsearches.conf): what they name is looked for. */
const DETECTION_RULES = /\.(?:yar|yara|kql|kusto|spl|eql)$|(?:^|\/)savedsearches\.conf$/i;
/** Recorded events (EDR alerts, honeypot logs): a timestamped record of what a process ran. */
const EVENT_RECORD_FILE = /\.(?:json|jsonl|ndjson|log)$/i;
const EVENT_TIME = /"(?:@?timestamp|event_?time|eventTime|time_?generated)"\s*:/i;
const EVENT_FIELDS =
  /"(?:event_?id|eventid|event_type|command_?line|cmdline|process|src_ip|rule_name|alert)"\s*:/i;
/**
 * Test data kept as data: a fixtures or samples folder or file, a folder of positives or negatives, or
 * a file of test events named for the outcome it must give (`tests/curl_pipe_tp.jsonl`,
 * `tests/cron-false-positives.log`, `tests/positive_cmdlines.txt`: a detection rule's true- and
 * false-positive samples).
 */
const TEST_DATA =
  /(?:^|\/)(?:fixtures?|testdata|test[-_]?cases?|cases|payloads?|samples?)(?:\/|\.(?:jsonl?|txt|csv|ya?ml)$)|(?:^|\/)tests?\/(?:positives?|negatives?|(?:true|false)[-_]?(?:positives?|negatives?)|(?:should[-_]?(?:not[-_]?)?|non[-_]?)?match(?:es|ing)?|malicious|benign|goodware|badware)\/|(?:^|\/)tests?\/(?:[^/\n]{1,80}\/){0,2}(?:[^/\n]{0,80}[-_.])?(?:tp|fp|tn|fn|(?:(?:true|false)[-_]?)?(?:positives?|negatives?)|(?:should[-_]?(?:not[-_]?)?|non[-_]?|no[-_]?)match(?:es|ing)?)\.(?:jsonl?|ndjson|txt|csv|tsv|log|ya?ml)$|(?:^|\/)tests?\/(?:[^/\n]{1,80}\/){0,2}(?:(?:true|false)[-_]?)?(?:positives?|negatives?)[-_.][^/\n]{1,80}\.(?:jsonl?|ndjson|txt|csv|tsv|log|ya?ml)$/i;
const CODE_LANGS = new Set<string>(PROGRAM_LANGS);
/** Plain-text files that can hold log lines. */
const LOG_TEXT_FILE = /\.(?:txt|log)$/i;
/**
 * A log record's prefix: syslog (`May 12 03:14:07 host sshd[2231]: `), auditd
 * (`type=EXECVE msg=audit(1715483647.123:881): `) or an ISO timestamp (`2024-05-12T03:14:07Z `).
 */
const LOG_RECORD =
  /^(?:[A-Z][a-z]{2}[ \t]{1,2}\d{1,2}[ \t]\d{2}:\d{2}:\d{2}[ \t][\w.-]{1,64}[ \t][\w./-]{1,64}(?:\[\d{1,10}\])?:[ \t]|type=[A-Z_]{2,30}[ \t]msg=audit\(\d{1,12}(?:\.\d{1,6})?:\d{1,12}\):|\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\]?[ \t])/;
/** How much of a line the record prefix is read in. */
const MAX_RECORD_PREFIX = 200;
/** Study material kept as data: flash-card tables and quiz JSON, each record a question and its answer. */
const CARD_TABLE = /\.(?:tsv|csv)$/i;
const QUESTION_COLUMNS = new Set(['q', 'question', 'front']);
const ANSWER_COLUMNS = new Set(['a', 'answer', 'back']);
const QUIZ_JSON = /\.json$/i;
const QUIZ_QUESTION = /"(?:q|question)"\s*:/;
const QUIZ_ANSWER = /"(?:answer|answers|options|choices|correct)"\s*:/;

function isStudyData(file: { path: string; text: string }): boolean {
  if (CARD_TABLE.test(file.path)) {
    const header = file.text.slice(0, Math.min(file.text.indexOf('\n') >>> 0, 300)).toLowerCase();
    const columns = header.split(/[\t,]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    return columns.some((c) => QUESTION_COLUMNS.has(c)) && columns.some((c) => ANSWER_COLUMNS.has(c));
  }
  return QUIZ_JSON.test(file.path) && QUIZ_QUESTION.test(file.text) && QUIZ_ANSWER.test(file.text);
}
/**
 * A catalogue of MITRE ATT&CK techniques kept as a table (an approved-tests list, a coverage matrix):
 * a column names the technique, and a row holding a technique id (`T1562.001`) names an attack, it
 * tells no one to do it. Rows carrying code (a pipe, a variable, a redirect, an address, a flag) are
 * not names.
 */
const TECHNIQUE_COLUMN =
  /^(?:(?:mitre|att&?ck|mitre[ _-]?att&?ck)[ _-]?)?(?:sub-?)?techniques?(?:[ _-]?(?:id|ids|name))?$|^(?:mitre|att&?ck)[ _-]?(?:id|ids)$|^ttps?$/;
const TECHNIQUE_CELL = /(?:^|[,\t])[ \t]{0,4}"?T\d{4}(?:\.\d{3})?"?[ \t]{0,4}(?=[,\t]|$)/;
const CODE_IN_ROW = /[|;$`<>]|&&|:\/\/|(?:^|[\s,"])--?[A-Za-z]/;

function techniqueRows(file: { path: string; text: string }): ((line: number) => boolean) | null {
  if (!CARD_TABLE.test(file.path)) return null;
  const header = file.text.slice(0, Math.min(file.text.indexOf('\n') >>> 0, 300)).toLowerCase();
  const columns = header.split(/[\t,]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (!columns.some((c) => TECHNIQUE_COLUMN.test(c))) return null;
  const lines = linesOf(file.text);
  return (i) => {
    const row = (lines[i] ?? '').slice(0, 2000);
    return i > 0 && TECHNIQUE_CELL.test(row) && !CODE_IN_ROW.test(row);
  };
}

/**
 * A table of recorded events (an EDR or SIEM export, a worked incident's evidence): a time column and a
 * column naming the kind of event or what raised it (a host and a command alone could be a run list).
 * A row stamped with a date and time records what ran; it runs nothing.
 */
const EVENT_TIME_COLUMN =
  /^(?:@?timestamp|time|ts|_time|date[ _-]?time|event[ _-]?time|eventtime|time[ _-]?generated|utc[ _-]?time)$/;
const EVENT_KIND_COLUMN =
  /^(?:event(?:[ _-]?(?:id|type|name|code|category))?|eventid|eventname|alert(?:[ _-]?name)?|sourcetype|process(?:[ _-]?name)?|image|rule[ _-]?name|log[ _-]?source)$/;
const RECORD_TIME = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;

function eventRows(file: { path: string; text: string }): ((line: number) => boolean) | null {
  const columns = tableColumns(file);
  if (!columns?.some((c) => EVENT_TIME_COLUMN.test(c)) || !columns.some((c) => EVENT_KIND_COLUMN.test(c)))
    return null;
  const lines = linesOf(file.text);
  return (i) => i > 0 && RECORD_TIME.test((lines[i] ?? '').slice(0, MAX_RECORD_PREFIX));
}

/**
 * A lookup of indicators (a SIEM lookup table, an IOC list): a column of indicators, patterns or
 * signatures. Each row names something to look for.
 */
const INDICATOR_COLUMN =
  /^(?:indicators?|iocs?|observables?|(?:ioc|indicator|observable)[ _-]?(?:value|type|pattern)|signatures?|regexp?|regex(?:es)?|search[ _-]?terms?)$/;

function indicatorRows(file: { path: string; text: string }): ((line: number) => boolean) | null {
  return tableColumns(file)?.some((c) => INDICATOR_COLUMN.test(c)) ? (i) => i > 0 : null;
}

/** A CSV or TSV file's header cells, lower-cased; null for other files. */
function tableColumns(file: { path: string; text: string }): string[] | null {
  if (!CARD_TABLE.test(file.path)) return null;
  const header = file.text.slice(0, Math.min(file.text.indexOf('\n') >>> 0, 300)).toLowerCase();
  return header.split(/[\t,]/).map((c) => c.trim().replace(/^"|"$/g, ''));
}

/**
 * A Sigma or Falco rule file: YAML whose keys say it describes what to detect (`logsource:` and
 * `detection:`, a `- rule:` with a `condition:` below it, `true_positives:`). Tested a key at a time:
 * as one pattern (`^- rule:[\s\S]*^\s+condition:`) it was retried at every `- rule:` line, and
 * `^\s+` at every line of a blank run (1 MiB of such lines: 80–230 s). `^\s+condition:` is the same
 * as a line's spaces and tabs, then one blank character (a line break, or the last space), then the key.
 */
const SIGMA_LOGSOURCE = /^logsource:/m;
const SIGMA_DETECTION = /^detection:/m;
const FALCO_RULE = /^- rule:/m;
const FALCO_CONDITION = /^[^\S\n\r\u2028\u2029]*\scondition:/gm;
const TEST_POSITIVES = /^[^\S\n\r\u2028\u2029]*(?:true|false)_positives?\s*:/m;

function isDetectionYaml(text: string): boolean {
  if (SIGMA_LOGSOURCE.test(text) && SIGMA_DETECTION.test(text)) return true;
  const rule = FALCO_RULE.exec(text);
  if (rule) {
    FALCO_CONDITION.lastIndex = rule.index + rule[0].length;
    if (FALCO_CONDITION.test(text)) return true;
  }
  return TEST_POSITIVES.test(text);
}

/** Whether a finding of a family on a 0-based line of one file sits on quoted text. */
type Cited = (line: number, family: string) => boolean;

/** Markdown: examples by lead-in, section or marker; code: lists of indicators a script looks for. */
function citedOf(file: { path: string; text: string }, securityWriting: boolean, reviewing: boolean): Cited {
  const lang = fileLang(file.path);
  if (lang === 'markdown') {
    const markdown = new CitedMarkdown(file.text);
    // A review skill's guidance sets a snippet against a normal use ("… is normal; `x | sh` is not").
    // A review skill's catalogue of attack material from real cases, which it never says to run.
    if (reviewing && !securityWriting)
      return (i, family) =>
        markdown.isCited(i) ||
        (family !== 'prompt-injection' &&
          (markdown.isContrasted(i) ||
            markdown.isCatalogued(i) ||
            markdown.isFixedBelow(i) ||
            markdown.isLabelledExample(i)));
    // A security analyst's skill quotes attacks as a matter of course: a command it does not tell
    // the reader to run is an example. Instructions to the agent in prose are never one.
    if (securityWriting)
      return (i, family) =>
        markdown.isCited(i) ||
        (family !== 'prompt-injection' &&
          (!markdown.isInstructed(i) ||
            markdown.isCatalogued(i) ||
            markdown.isFixedBelow(i) ||
            markdown.isExcerpt(i) ||
            markdown.isLabelledExample(i)));
    return (i) => markdown.isCited(i);
  }
  // Detection rules (YARA, Sigma, Falco) are lists of what to look for, line by line.
  if (DETECTION_RULES.test(file.path)) return () => true;
  if (lang === 'yaml' && isDetectionYaml(file.text)) return () => true;
  // A Semgrep rule pack: its patterns are what to look for; only an autofix writes code.
  if (lang === 'yaml' && isSemgrepRules(file.path, file.text)) {
    const fixes = fixLines(file.text);
    return (i) => !fixes.has(i);
  }
  if (EVENT_RECORD_FILE.test(file.path) && EVENT_TIME.test(file.text) && EVENT_FIELDS.test(file.text))
    return () => true;
  // Test data kept as data (fixtures/…, cases.jsonl, samples.txt), not code: what a detector is tested on.
  if (TEST_DATA.test(file.path) && !CODE_LANGS.has(lang)) return () => true;
  // A command in a card's answer or a quiz's explanation is what is being taught, not a step to run;
  // text the agent reads can still address it, so injections are not excused.
  if (isStudyData(file)) return (_, family) => family !== 'prompt-injection';
  const code = new CitedCode(file.text, file.path);
  // A text file of log lines (syslog, auditd, timestamped): each record says what ran, it runs nothing
  // (text the agent reads all the same, so injections are not excused).
  if (LOG_TEXT_FILE.test(file.path)) {
    const lines = linesOf(file.text);
    return (i, family) =>
      (family !== 'prompt-injection' && LOG_RECORD.test((lines[i] ?? '').slice(0, MAX_RECORD_PREFIX))) ||
      code.isCited(i);
  }
  // The same holds for a technique catalogue's rows (a name), an event table's records and an indicator
  // lookup's rows (what to look for): still text the agent may read.
  const rows = techniqueRows(file) ?? eventRows(file) ?? indicatorRows(file);
  if (rows) return (i, family) => (family !== 'prompt-injection' && rows(i)) || code.isCited(i);
  return (i) => code.isCited(i);
}

function patternFinding(hit: PatternHit): Finding {
  const hidden = hit.segment.kind === 'hidden';
  const f = finding(hit.rule, hit.severity, hit.file, hit.line, hit.evidence, hit.segment.depth);
  if (!hidden) return f;
  return {
    ...f,
    severity: bump(f.severity),
    message: `${f.message} (inside an HTML comment hidden from readers)`,
  };
}

/**
 * Source→sink: every tag of the rule within one block (or file), reported where the sink is, with
 * the sink's block (a chain inside an HTML comment is hidden text, never an example shown).
 */
function chainFindings(
  rule: ChainRule,
  tags: TagHit[],
  ctx: SkillContext,
  quoted: (t: TagHit, family: string) => boolean,
): { finding: Finding; block: string }[] {
  if (tags.length === 0) return [];
  const key = (t: TagHit) => (rule.scope === 'block' ? t.block : t.file);
  const counted = rule.counts ? tags.filter((t) => rule.counts!(t, ctx, tags)) : tags;
  const present = new Map<string, Set<string>>();
  for (const t of counted) {
    if (!rule.all.includes(t.tag)) continue;
    const k = key(t);
    if (!present.has(k)) present.set(k, new Set());
    present.get(k)!.add(t.tag);
  }
  // Per key, the first sink not quoted as an example, else the first sink.
  const sinks = new Map<string, TagHit>();
  for (const t of counted) {
    const k = key(t);
    if (t.tag !== rule.at || present.get(k)?.size !== rule.all.length) continue;
    const chosen = sinks.get(k);
    if (chosen && !quoted(chosen, rule.family)) continue;
    if (!chosen || !quoted(t, rule.family)) sinks.set(k, t);
  }
  const out: { finding: Finding; block: string }[] = [];
  for (const t of sinks.values())
    out.push({ finding: finding(rule, rule.severity, t.file, t.line, t.evidence, 0), block: t.block });
  return out;
}

function finding(
  rule: RuleInfo,
  severity: Severity,
  file: string,
  line: number,
  evidence: string,
  depth: number,
): Finding {
  const decoded = depth > 0;
  return {
    rule_id: rule.id,
    severity: decoded ? bump(severity) : severity,
    file,
    line: Math.max(1, line),
    message: decoded ? `${rule.message} (found in a decoded payload)` : rule.message,
    evidence,
    family: rule.family,
    remediation: rule.remediation,
    source: 'static',
  };
}

function noteFinding(note: BundleNote): Finding {
  return {
    rule_id: note.rule_id,
    severity: note.severity,
    file: note.file,
    line: 1,
    message: note.message,
    evidence: note.evidence.slice(0, 200),
    family: 'source-note',
    remediation: 'Inspect the file by hand; the scanner could not read it fully.',
    source: 'static',
  };
}

export function bump(s: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(s) + 1, SEVERITIES.length - 1)];
}

/** What `a.localeCompare(b)` does, without building a collator per call. */
const byLocale = new Intl.Collator().compare;

function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const k = `${f.rule_id}\u0000${f.file}\u0000${f.line}`;
    const prev = best.get(k);
    if (!prev || SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(prev.severity)) best.set(k, f);
  }
  return [...best.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) ||
      byLocale(a.file, b.file) ||
      a.line - b.line,
  );
}

export type { Segment };
