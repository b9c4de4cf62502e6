import type { RiskLevel } from '../scanning/scan.types.js';
import type { SkillStatus } from './entities/skill.entity.js';

/** Lifecycle on import: only a LOW verdict may start Active. */
export function statusForRisk(risk: RiskLevel): SkillStatus {
  return risk === 'LOW' ? 'Active' : 'Untrusted';
}
