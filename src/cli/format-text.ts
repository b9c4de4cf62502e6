import type { Finding, RiskLevel, Severity } from '../scanning/scan.types.js';
import { failsGate } from './exit-code.js';
import type { TargetResult } from './scan-target.js';

type Paint = (text: string, ...codes: number[]) => string;

const SEVERITY_COLOURS: Record<RiskLevel, number[]> = {
  CRITICAL: [1, 31],
  HIGH: [31],
  MEDIUM: [33],
  LOW: [36],
  UNKNOWN: [35],
};

/** Human output: one block per path, findings grouped by file. */
export function formatText(results: TargetResult[], failOn: Severity, colour: boolean): string {
  const paint: Paint = colour
    ? (text, ...codes) => `\u001b[${codes.join(';')}m${text}\u001b[0m`
    : (text) => text;
  const blocks = results.map((r) => formatTarget(r, paint));
  const failing = results.filter((r) => failsGate(r.risk_level, failOn)).length;
  const summary =
    failing === 0
      ? paint(`All ${results.length} skill(s) below ${failOn}.`, 32)
      : paint(`${failing} of ${results.length} skill(s) at or above ${failOn} (or UNKNOWN).`, 1, 31);
  return `${blocks.join('\n')}\n${summary}\n`;
}

function formatTarget(result: TargetResult, paint: Paint): string {
  const risk = paint(result.risk_level, ...SEVERITY_COLOURS[result.risk_level]);
  const verdict = result.safe ? paint('safe', 32) : paint('not safe', 31);
  const llm = result.llm_error ? `llm: failed (${clean(result.llm_error)})` : `llm: ${result.llm}`;
  const lines = [
    `${paint(clean(result.path), 1)}  ${clean(result.name)}  ${risk}  ${verdict}  ${paint(llm, 2)}`,
  ];
  if (result.findings.length === 0) lines.push(`  ${paint('no findings', 2)}`);
  for (const [file, findings] of groupByFile(result.findings)) {
    lines.push(`  ${paint(clean(file), 4)}`);
    for (const f of findings) lines.push(...formatFinding(f, paint));
  }
  return `${lines.join('\n')}\n`;
}

function formatFinding(f: Finding, paint: Paint): string[] {
  const severity = paint(f.severity.padEnd(8), ...SEVERITY_COLOURS[f.severity]);
  const lines = [
    `    ${String(f.line).padStart(5)}  ${severity} ${paint(f.rule_id, 2)}  ${clean(f.message)}`,
  ];
  if (f.evidence) lines.push(`           ${paint(`> ${clean(f.evidence)}`, 2)}`);
  return lines;
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  const sorted = [...findings].sort((a, b) => fileOrder(a.file, b.file) || a.line - b.line);
  for (const f of sorted) groups.set(f.file, [...(groups.get(f.file) ?? []), f]);
  return groups;
}

/** SKILL.md first (it is what the agent reads), then the other files by path. */
function fileOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'SKILL.md' || b === 'SKILL.md') return a === 'SKILL.md' ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * Skill text is hostile: control characters could drive the terminal (escape sequences) and bidi
 * overrides could reorder what is shown, so both are printed as visible code points.
 */
export function clean(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) =>
      ch === '\t'
        ? ' '
        : ch === '\n'
          ? ' ⏎ '
          : `<U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
