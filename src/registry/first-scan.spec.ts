import type { Finding, ScanResult } from '../scanning/scan.types.js';
import type { AcceptedFinding } from './entities/skill-version.entity.js';
import { finalScan, placeScannedVersion, type ScannedVersion, type SkillState } from './first-scan.js';

const earlier = new Date('2026-01-01T00:00:00Z');
const now = new Date('2026-01-02T00:00:00Z');
const later = new Date('2026-01-03T00:00:00Z');

const version = (status: ScannedVersion['status'] = 'Untrusted'): ScannedVersion => ({
  id: 'v2',
  status,
  createdAt: now,
});

const skill = (overrides: Partial<SkillState> = {}): SkillState => ({
  status: 'Untrusted',
  activeVersionId: null,
  latestVersionId: 'v2',
  deleted: false,
  activeCreatedAt: null,
  ...overrides,
});

describe('placeScannedVersion', () => {
  it('should make a LOW version Active and the skill run it', () => {
    expect(placeScannedVersion('LOW', version(), skill())).toEqual({
      versionStatus: 'Active',
      skill: { riskLevel: 'LOW', activeVersionId: 'v2', status: 'Active' },
    });
  });

  it.each(['MEDIUM', 'HIGH', 'CRITICAL', 'UNKNOWN'] as const)(
    'should keep a %s version Untrusted and only record the risk on the skill',
    (risk) => {
      expect(placeScannedVersion(risk, version(), skill())).toEqual({
        versionStatus: 'Untrusted',
        skill: { riskLevel: risk },
      });
    },
  );

  it('should keep an older active version running while a newer version is not LOW', () => {
    const active = skill({ status: 'Active', activeVersionId: 'v1', activeCreatedAt: earlier });
    expect(placeScannedVersion('MEDIUM', version(), active)).toEqual({
      versionStatus: 'Untrusted',
      skill: { riskLevel: 'MEDIUM' },
    });
  });

  it('should replace an older active version with a LOW one', () => {
    const active = skill({ status: 'Active', activeVersionId: 'v1', activeCreatedAt: earlier });
    expect(placeScannedVersion('LOW', version(), active).skill).toEqual({
      riskLevel: 'LOW',
      activeVersionId: 'v2',
      status: 'Active',
    });
  });

  it('should not replace a newer active version when an older version finishes LOW late', () => {
    const newer = skill({
      status: 'Active',
      activeVersionId: 'v3',
      latestVersionId: 'v3',
      activeCreatedAt: later,
    });
    expect(placeScannedVersion('LOW', version(), newer)).toEqual({ versionStatus: 'Active', skill: null });
  });

  it('should keep a quarantined skill quarantined', () => {
    const quarantined = skill({ status: 'Quarantined' });
    expect(placeScannedVersion('LOW', version(), quarantined).skill).toEqual({
      riskLevel: 'LOW',
      activeVersionId: 'v2',
      status: 'Quarantined',
    });
  });

  it("should leave an operator's promotion made while the scan was open alone", () => {
    const promoted = skill({ status: 'Active', activeVersionId: 'v2', activeCreatedAt: now });
    expect(placeScannedVersion('HIGH', version('Active'), promoted)).toEqual({
      versionStatus: 'Active',
      skill: { riskLevel: 'HIGH' },
    });
  });

  it('should not touch a deleted skill', () => {
    expect(placeScannedVersion('LOW', version(), skill({ deleted: true }))).toEqual({
      versionStatus: 'Active',
      skill: null,
    });
  });
});

describe('finalScan', () => {
  const f = (rule_id: string, severity: Finding['severity'], line = 1): Finding => ({
    rule_id,
    severity,
    file: 'SKILL.md',
    line,
    message: 'm',
    evidence: 'e',
  });
  const reviewed: ScanResult = {
    safe: false,
    risk_level: 'MEDIUM',
    findings: [f('SG-A-001', 'MEDIUM', 4)],
    scanned_at: 'now',
    engine_version: '1',
    llm: 'ok',
  };

  it('should add the registry findings, which can only raise the risk', () => {
    const scan = finalScan(reviewed, [f('SG-TYPOSQUAT-001', 'HIGH')], []);
    expect(scan.risk_level).toBe('HIGH');
    expect(scan.findings.map((x) => x.rule_id)).toEqual(['SG-A-001', 'SG-TYPOSQUAT-001']);
    expect(finalScan(reviewed, [], [])).toBe(reviewed);
  });

  it('should honour a finding an operator accepted while the scan was open', () => {
    const accepted: AcceptedFinding[] = [
      { rule_id: 'SG-A-001', file: 'SKILL.md', line: 4, reason: 'fp', accepted_by: 'op', at: 'now' },
    ];
    const scan = finalScan(reviewed, [], accepted);
    expect(scan).toMatchObject({ risk_level: 'LOW', safe: true });
    expect(scan.findings[0].accepted).toBe(true);
  });
});
