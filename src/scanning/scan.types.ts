export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const RISK_LEVELS = [...SEVERITIES, 'UNKNOWN'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type LlmOutcome = 'ok' | 'skipped' | 'failed';
/** `pending`: stored while a first scan's LLM review is queued (never in an import answer). */
export type LlmStatus = LlmOutcome | 'pending';

export interface Finding {
  rule_id: string;
  severity: Severity;
  file: string;
  line: number;
  message: string;
  evidence: string;
  family?: string;
  remediation?: string;
  source?: 'static' | 'llm';
  /** An operator accepted it as a false positive for this version; it no longer counts. */
  accepted?: boolean;
}

export interface ScanResult {
  safe: boolean;
  risk_level: RiskLevel;
  findings: Finding[];
  scanned_at: string;
  engine_version: string;
  llm: LlmStatus;
}

export function severityRank(level: RiskLevel): number {
  return level === 'UNKNOWN' ? -1 : SEVERITIES.indexOf(level);
}

export function maxSeverity(levels: Severity[]): Severity {
  return levels.reduce<Severity>((acc, s) => (severityRank(s) > severityRank(acc) ? s : acc), 'LOW');
}
