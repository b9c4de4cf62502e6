import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SkillVersionEntity } from '../registry/entities/skill-version.entity.js';
import { SkillEntity, type SkillStatus } from '../registry/entities/skill.entity.js';
import { lockLiveSkill } from '../registry/live-skill.js';
import { severityRank } from '../scanning/scan.types.js';
import { AuditService } from './audit.service.js';
import type { Maturity } from './maturity.js';
import type { Principal } from './principal.js';

export interface PromoteRequest {
  skillId: string;
  reason: string;
  force?: boolean;
  minMaturity?: Maturity;
  versionId?: string;
}

export interface LifecycleResult {
  skill_id: string;
  status: SkillStatus;
  version: string | null;
  min_maturity: string;
}

/** Operator-driven lifecycle transitions (promote, quarantine, release), each in a transaction with its audit event. */
@Injectable()
export class LifecycleService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  promote(request: PromoteRequest, principal: Principal): Promise<LifecycleResult> {
    return this.dataSource.transaction(async (manager) => {
      const skill = await lockLiveSkill(manager, request.skillId);
      const version = await this.targetVersion(manager, skill, request.versionId);
      const risk = version.scanResult.risk_level;
      if (severityRank(risk) >= severityRank('HIGH') && !request.force) {
        throw new ConflictException(
          `skill ${skill.name} scanned ${risk}; promoting it needs "force": true and a reason an auditor will accept`,
        );
      }
      await manager.update(SkillVersionEntity, version.id, { status: 'Active' });
      const minMaturity = request.minMaturity ?? skill.minMaturity;
      await manager.update(SkillEntity, skill.id, {
        status: 'Active',
        activeVersionId: version.id,
        minMaturity,
        updatedAt: new Date(),
      });
      const detail = {
        reason: request.reason,
        force: request.force ?? false,
        version: version.version,
        risk_level: risk,
        min_maturity: minMaturity,
        previous_status: skill.status,
      };
      await this.audit.record(
        { action: 'promote', outcome: 'success', principal, skillId: skill.id, detail },
        manager,
      );
      return { skill_id: skill.id, status: 'Active', version: version.version, min_maturity: minMaturity };
    });
  }

  quarantine(skillId: string, reason: string, principal: Principal): Promise<LifecycleResult> {
    return this.transition(skillId, 'quarantine', reason, principal, () => 'Quarantined');
  }

  /** Leaves quarantine to Active when a promoted version exists, otherwise Untrusted. */
  release(skillId: string, reason: string, principal: Principal): Promise<LifecycleResult> {
    return this.transition(skillId, 'unquarantine', reason, principal, (skill) => {
      if (skill.status !== 'Quarantined')
        throw new ConflictException(`skill ${skill.name} is not quarantined`);
      return skill.activeVersionId ? 'Active' : 'Untrusted';
    });
  }

  private transition(
    skillId: string,
    action: 'quarantine' | 'unquarantine',
    reason: string,
    principal: Principal,
    next: (skill: SkillEntity) => SkillStatus,
  ): Promise<LifecycleResult> {
    return this.dataSource.transaction(async (manager) => {
      const skill = await lockLiveSkill(manager, skillId);
      const status = next(skill);
      await manager.update(SkillEntity, skill.id, { status, updatedAt: new Date() });
      const detail = { reason, previous_status: skill.status, status };
      await this.audit.record({ action, outcome: 'success', principal, skillId: skill.id, detail }, manager);
      return { skill_id: skill.id, status, version: null, min_maturity: skill.minMaturity };
    });
  }

  private async targetVersion(
    manager: EntityManager,
    skill: SkillEntity,
    versionId?: string,
  ): Promise<SkillVersionEntity> {
    const id = versionId ?? skill.latestVersionId;
    const version = id
      ? await manager.findOne(SkillVersionEntity, { where: { id, skillId: skill.id } })
      : null;
    if (!version)
      throw new BadRequestException(`version_id: ${versionId} is not a version of skill ${skill.name}`);
    return version;
  }
}
