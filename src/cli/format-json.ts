import type { TargetResult } from './scan-target.js';

/** The contract's JSON: one object per path, in argument order. `base` is internal. */
export function formatJson(results: TargetResult[]): string {
  const objects = results.map(({ base: _base, ...rest }) => ({
    path: rest.path,
    name: rest.name,
    risk_level: rest.risk_level,
    safe: rest.safe,
    findings: rest.findings.map((f) => ({
      rule_id: f.rule_id,
      severity: f.severity,
      file: f.file,
      line: f.line,
      message: f.message,
      evidence: f.evidence,
      ...(f.family ? { family: f.family } : {}),
      ...(f.remediation ? { remediation: f.remediation } : {}),
      ...(f.source ? { source: f.source } : {}),
    })),
    skill_type: rest.skill_type,
    llm: rest.llm,
    ...(rest.llm_error ? { llm_error: rest.llm_error } : {}),
  }));
  return `${JSON.stringify(objects, null, 2)}\n`;
}
