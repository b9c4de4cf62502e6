import { NotFoundException } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { SkillEntity } from './entities/skill.entity.js';

/** A skill that has not been deleted, or a 404. */
export async function findLiveSkill(manager: EntityManager, skillId: string): Promise<SkillEntity> {
  const skill = await manager.findOne(SkillEntity, { where: { id: skillId, deletedAt: IsNull() } });
  if (!skill) throw new NotFoundException(`skill ${skillId} not found`);
  return skill;
}

/** Locks a skill row (deleted or not) for the rest of the transaction; null when there is none. */
export function lockSkill(manager: EntityManager, skillId: string): Promise<SkillEntity | null> {
  return manager
    .createQueryBuilder(SkillEntity, 's')
    .setLock('pessimistic_write')
    .where('s.id = :id', { id: skillId })
    .getOne();
}

/** Locks a live skill row for the rest of the transaction, so lifecycle changes and deletes serialise. */
export async function lockLiveSkill(manager: EntityManager, skillId: string): Promise<SkillEntity> {
  const skill = await lockSkill(manager, skillId);
  if (!skill || skill.deletedAt !== null) throw new NotFoundException(`skill ${skillId} not found`);
  return skill;
}
