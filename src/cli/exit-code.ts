import { RiskLevel, Severity, severityRank } from '../scanning/scan.types.js';

/**
 * Whether a result fails the --fail-on gate. UNKNOWN means the LLM review failed while static
 * analysis stayed below HIGH: it cannot be shown safe, so it fails every gate up to HIGH; only
 * the explicitly lax `--fail-on CRITICAL` lets it through (static never reached HIGH).
 */
export function failsGate(risk: RiskLevel, failOn: Severity): boolean {
  if (risk === 'UNKNOWN') return severityRank(failOn) <= severityRank('HIGH');
  return severityRank(risk) >= severityRank(failOn);
}

export const EXIT_OK = 0;
export const EXIT_FAILED_GATE = 1;
export const EXIT_USAGE = 2;

export function scanExitCode(risks: RiskLevel[], failOn: Severity): number {
  return risks.some((risk) => failsGate(risk, failOn)) ? EXIT_FAILED_GATE : EXIT_OK;
}
