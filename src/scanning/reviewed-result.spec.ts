import { reviewedResult, type StaticScan } from './reviewed-result.js';
import type { Finding, Severity } from './scan.types.js';

const finding = (severity: Severity, source: 'static' | 'llm'): Finding => ({
  rule_id: source === 'llm' ? 'SG-LLM-001' : 'SG-TEST-001',
  severity,
  file: 'SKILL.md',
  line: 3,
  message: 'm',
  evidence: 'e',
  source,
});

const staticScan = (risk: Severity, findings: Finding[] = []): StaticScan => ({
  safe: risk === 'LOW',
  risk_level: risk,
  findings,
  scanned_at: '2026-01-01T00:00:00.000Z',
  engine_version: 'engine-x',
  llm: 'pending',
});

describe('reviewedResult', () => {
  it('should let the review raise the risk and append its findings after the static ones', () => {
    const result = reviewedResult(staticScan('MEDIUM', [finding('MEDIUM', 'static')]), {
      outcome: 'ok',
      risk: 'HIGH',
      findings: [finding('HIGH', 'llm')],
    });
    expect(result).toMatchObject({ risk_level: 'HIGH', safe: false, llm: 'ok', engine_version: 'engine-x' });
    expect(result.findings.map((f) => f.source)).toEqual(['static', 'llm']);
  });

  it('should never let the review lower the static risk', () => {
    const result = reviewedResult(staticScan('CRITICAL'), { outcome: 'ok', risk: 'LOW', findings: [] });
    expect(result.risk_level).toBe('CRITICAL');
  });

  it('should keep the static verdict when the review was skipped, and stamp a new scan time', () => {
    const at = new Date('2026-02-02T00:00:00.000Z');
    const result = reviewedResult(staticScan('LOW'), { outcome: 'skipped', findings: [] }, at);
    expect(result).toMatchObject({
      risk_level: 'LOW',
      safe: true,
      llm: 'skipped',
      scanned_at: at.toISOString(),
    });
  });

  it('should be UNKNOWN after a failed review unless static rules found HIGH or CRITICAL', () => {
    expect(reviewedResult(staticScan('MEDIUM'), { outcome: 'failed', findings: [] })).toMatchObject({
      risk_level: 'UNKNOWN',
      safe: false,
      llm: 'failed',
    });
    expect(reviewedResult(staticScan('HIGH'), { outcome: 'failed', findings: [] }).risk_level).toBe('HIGH');
  });
});
