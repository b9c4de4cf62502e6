import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SkillEntity } from './entities/skill.entity.js';

/** Locks a live skill row for the rest of the transaction, so lifecycle changes and deletes serialise. */
export async function lockLiveSkill(manager: EntityManager, skillId: string): Promise<SkillEntity> {
  const skill = await manager
    .createQueryBuilder(SkillEntity, 's')
    .setLock('pessimistic_write')
    .where('s.id = :id AND s.deleted_at IS NULL', { id: skillId })
    .getOne();
  if (!skill) throw new NotFoundException(`skill ${skillId} not found`);
  return skill;
}
