import { withFindings } from '../scanning/risk.js';
import type { Finding, RiskLevel, ScanResult } from '../scanning/scan.types.js';
import type { AcceptedFinding } from './entities/skill-version.entity.js';
import type { SkillStatus } from './entities/skill.entity.js';
import { statusForRisk } from './skill-status.js';
import { applyAccepted } from './versions.service.js';

/** The version's final result: the reviewed scan, the registry's own findings, and any appeal made meanwhile. */
export function finalScan(reviewed: ScanResult, registryFindings: Finding[], accepted: AcceptedFinding[]) {
  const scan = withFindings(reviewed, registryFindings);
  return accepted.length > 0 ? applyAccepted(scan, accepted) : scan;
}

export interface ScannedVersion {
  id: string;
  status: SkillStatus;
  createdAt: Date;
}

export interface SkillState {
  status: SkillStatus;
  activeVersionId: string | null;
  latestVersionId: string | null;
  deleted: boolean;
  /** When the skill's active version was created (null: no active version). */
  activeCreatedAt: Date | null;
}

export interface Placement {
  versionStatus: SkillStatus;
  /** What changes on the skill, or null for nothing. */
  skill: { riskLevel?: string; activeVersionId?: string; status?: SkillStatus } | null;
}

/**
 * Where a version lands once its first scan is final, as if it had been imported with that
 * verdict: Active only when LOW, and then the skill's active version unless a newer one already
 * is. An operator's decision made while the scan was open (a promotion) stands; a quarantined
 * skill stays quarantined; the skill's risk follows its newest version; a deleted skill is left alone.
 */
export function placeScannedVersion(risk: RiskLevel, version: ScannedVersion, skill: SkillState): Placement {
  const untouched = version.status === 'Untrusted';
  const versionStatus = untouched ? statusForRisk(risk) : version.status;
  if (skill.deleted) return { versionStatus, skill: null };
  const patch: NonNullable<Placement['skill']> = {};
  if (skill.latestVersionId === version.id) patch.riskLevel = risk;
  const newerActive = skill.activeCreatedAt !== null && skill.activeCreatedAt >= version.createdAt;
  if (untouched && versionStatus === 'Active' && !newerActive) {
    patch.activeVersionId = version.id;
    patch.status = skill.status === 'Quarantined' ? 'Quarantined' : 'Active';
  }
  return { versionStatus, skill: Object.keys(patch).length > 0 ? patch : null };
}
