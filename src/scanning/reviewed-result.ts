import type { LlmReview } from './llm-review.js';
import { combineRisk, isSafe } from './risk.js';
import type { ScanResult, Severity } from './scan.types.js';

/** What the static rules alone found; `llm` says what comes next (`pending` review, or `skipped`). */
export interface StaticScan extends ScanResult {
  risk_level: Severity;
}

/** The static result with the LLM review folded in: risk = max(static, LLM), a failed review per combineRisk. */
export function reviewedResult(staticScan: StaticScan, llm: LlmReview, scannedAt = new Date()): ScanResult {
  const riskLevel = combineRisk(staticScan.risk_level, llm);
  return {
    safe: isSafe(riskLevel),
    risk_level: riskLevel,
    findings: [...staticScan.findings, ...llm.findings],
    scanned_at: scannedAt.toISOString(),
    engine_version: staticScan.engine_version,
    llm: llm.outcome,
  };
}
