import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ExecutionEntity } from './entities/execution.entity.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity } from './entities/skill-version.entity.js';
import { SkillEntity, type SkillStatus } from './entities/skill.entity.js';

export interface ListQuery {
  status?: SkillStatus | 'All';
  skillType?: 'prompt' | 'code';
  q?: string;
  limit: number;
  cursor?: string;
}

export interface SkillDetail {
  skill: SkillEntity;
  version: SkillVersionEntity;
  files: Pick<SkillFileEntity, 'path' | 'sha256' | 'size'>[];
  executions: ExecutionEntity[];
}

interface Cursor {
  at: string;
  id: string;
}

/** Read side of the registry: list with filters and keyset pagination, one skill in detail. */
@Injectable()
export class SkillQueries {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(
    query: ListQuery,
  ): Promise<{ skills: SkillEntity[]; total: number; next_cursor: string | null }> {
    const qb = this.dataSource
      .getRepository(SkillEntity)
      .createQueryBuilder('s')
      .where('s.deleted_at IS NULL');
    if (query.status && query.status !== 'All') qb.andWhere('s.status = :status', { status: query.status });
    if (query.skillType) qb.andWhere('s.skill_type = :type', { type: query.skillType });
    if (query.q) {
      qb.andWhere("(s.name ILIKE :q ESCAPE '\\' OR s.description ILIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const total = await qb.clone().getCount();
    const cursor = decodeCursor(query.cursor);
    if (cursor) qb.andWhere('(s.created_at, s.id) < (:at, :id)', cursor);
    const rows = await qb
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const skills = rows.slice(0, query.limit);
    const last = skills[skills.length - 1];
    return { skills, total, next_cursor: rows.length > query.limit && last ? encodeCursor(last) : null };
  }

  async get(skillId: string): Promise<SkillDetail> {
    const skill = await this.findLive(skillId);
    const versionId = skill.latestVersionId ?? '';
    const [version, files, executions] = await Promise.all([
      this.dataSource.getRepository(SkillVersionEntity).findOneByOrFail({ id: versionId }),
      this.dataSource.getRepository(SkillFileEntity).find({
        select: { path: true, sha256: true, size: true },
        where: { versionId },
        order: { path: 'ASC' },
      }),
      this.dataSource
        .getRepository(ExecutionEntity)
        .find({ where: { skillId }, order: { createdAt: 'DESC' }, take: 50 }),
    ]);
    return { skill, version, files, executions };
  }

  async findLive(skillId: string): Promise<SkillEntity> {
    const skill = await this.dataSource
      .getRepository(SkillEntity)
      .findOne({ where: { id: skillId, deletedAt: IsNull() } });
    if (!skill) throw new NotFoundException(`skill ${skillId} not found`);
    return skill;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function encodeCursor(skill: SkillEntity): string {
  return Buffer.from(JSON.stringify({ at: skill.createdAt.toISOString(), id: skill.id })).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (
      typeof parsed.at === 'string' &&
      typeof parsed.id === 'string' &&
      !Number.isNaN(Date.parse(parsed.at))
    ) {
      return parsed;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new InvalidCursorError();
}

export class InvalidCursorError extends Error {
  readonly status = 400;
  constructor() {
    super('cursor: not a cursor returned by this endpoint');
  }
}
