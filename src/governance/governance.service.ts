import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SkillEntity } from '../registry/entities/skill.entity.js';
import { findLiveSkill } from '../registry/live-skill.js';
import { AuditService } from './audit.service.js';
import { decide, type Decision, type GovernanceAction, type GovernedSkill } from './governance-policy.js';
import type { Maturity } from './maturity.js';
import type { Principal } from './principal.js';

/** Applies the governance rules to a stored skill and audits every denial. */
@Injectable()
export class GovernanceService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  decide(principal: Principal, skill: GovernedSkill, action: GovernanceAction): Decision {
    return decide(principal, skill, action);
  }

  async checkSkillAction(principal: Principal, skillId: string, action: GovernanceAction): Promise<Decision> {
    const skill = await findLiveSkill(this.dataSource.manager, skillId);
    const decision = decide(principal, toGoverned(skill), action);
    if (!decision.allow)
      await this.recordDenial(principal, decision.rule, { action, skill_id: skillId }, skillId);
    return decision;
  }

  async recordDenial(
    principal: Principal | undefined,
    rule: string,
    detail: Record<string, unknown>,
    skillId?: string,
  ): Promise<void> {
    await this.audit.record({
      action: 'deny',
      outcome: 'denied',
      principal,
      skillId,
      detail: { rule, ...detail },
    });
  }
}

function toGoverned(skill: SkillEntity): GovernedSkill {
  return { status: skill.status, skillType: skill.skillType, minMaturity: skill.minMaturity as Maturity };
}
