import {
  Finding,
  LlmOutcome,
  RiskLevel,
  ScanResult,
  Severity,
  maxSeverity,
  severityRank,
} from './scan.types.js';

export interface LlmVerdict {
  outcome: LlmOutcome;
  risk?: Severity;
}

/**
 * Risk = max(static, llm). The LLM can only raise the risk: a skill may try to talk its reviewer
 * into "LOW". A failed review leaves the risk UNKNOWN unless what was found (static, or the chunks
 * reviewed before the failure) is already HIGH/CRITICAL.
 */
export function combineRisk(staticRisk: Severity, llm: LlmVerdict): RiskLevel {
  if (llm.outcome === 'skipped') return staticRisk;
  const worst = maxSeverity([staticRisk, llm.risk ?? 'LOW']);
  if (llm.outcome === 'ok' && llm.risk !== undefined) return worst;
  // Failed: what was already found stands; anything short of HIGH cannot be vouched for.
  return severityRank(worst) >= severityRank('HIGH') ? worst : 'UNKNOWN';
}

/** Only LOW is safe; UNKNOWN cannot be shown safe. */
export function isSafe(risk: RiskLevel): boolean {
  return risk === 'LOW';
}

/** Adds findings computed outside the cached scan (e.g. registry lookalikes); they can only raise the risk. */
export function withFindings(scan: ScanResult, extra: Finding[]): ScanResult {
  if (extra.length === 0) return scan;
  const worstExtra = maxSeverity(extra.map((f) => f.severity));
  const raised = scan.risk_level === 'UNKNOWN' && severityRank(worstExtra) < severityRank('HIGH');
  const riskLevel = raised
    ? 'UNKNOWN'
    : scan.risk_level === 'UNKNOWN'
      ? worstExtra
      : maxSeverity([scan.risk_level, worstExtra]);
  return { ...scan, findings: [...scan.findings, ...extra], risk_level: riskLevel, safe: isSafe(riskLevel) };
}
