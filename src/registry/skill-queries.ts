import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { ExecutionEntity } from './entities/execution.entity.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity } from './entities/skill-version.entity.js';
import { SkillEntity, type SkillStatus } from './entities/skill.entity.js';
import { decodeCursor, pageOf } from './list-cursor.js';
import { findLiveSkill } from './live-skill.js';

export interface ListQuery {
  status?: SkillStatus | 'All';
  skillType?: 'prompt' | 'code';
  q?: string;
  limit: number;
  cursor?: string;
}

export interface SkillPage {
  skills: SkillEntity[];
  total: number;
  next_cursor: string | null;
}

export interface SkillDetail {
  skill: SkillEntity;
  version: SkillVersionEntity;
  files: Pick<SkillFileEntity, 'path' | 'sha256' | 'size'>[];
  executions: ExecutionEntity[];
}

/** Read side of the registry: list with filters and keyset pagination, one skill in detail. */
@Injectable()
export class SkillQueries {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Newest first with a keyset cursor; with `q`, ranked by full-text rank + trigram similarity. */
  async list(query: ListQuery): Promise<SkillPage> {
    const qb = this.dataSource
      .getRepository(SkillEntity)
      .createQueryBuilder('s')
      .where('s.deleted_at IS NULL');
    if (query.status && query.status !== 'All') qb.andWhere('s.status = :status', { status: query.status });
    if (query.skillType) qb.andWhere('s.skill_type = :type', { type: query.skillType });
    if (query.q) return this.search(qb, query.q, query);
    const total = await this.countByFilters(query);
    const cursor = decodeCursor(query.cursor);
    if (cursor?.at) qb.andWhere('(s.created_at, s.id) < (:at, :id)', cursor);
    const rows = await qb
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    return pageOf(rows, query.limit, total, (last) => ({ at: last.createdAt.toISOString(), id: last.id }));
  }

  private async countByFilters(query: ListQuery): Promise<number> {
    const status = query.status && query.status !== 'All' ? query.status : null;
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(n), 0)::int AS n FROM skill_counts
       WHERE ($1::varchar IS NULL OR status = $1) AND ($2::varchar IS NULL OR skill_type = $2)`,
      [status, query.skillType ?? null],
    );
    return (row as { n: number }).n;
  }

  private async search(qb: SelectQueryBuilder<SkillEntity>, q: string, query: ListQuery): Promise<SkillPage> {
    qb.andWhere(
      // The description is searched through search_tsv; each branch has its own GIN index.
      `(s.search_tsv @@ websearch_to_tsquery('simple', :q) OR s.name % :q OR s.name ILIKE :like ESCAPE '\\')`,
      { q, like: `%${escapeLike(q)}%` },
    );
    const total = await countOf(qb);
    const offset = decodeCursor(query.cursor)?.offset ?? 0;
    const rows = await qb
      .addSelect(
        `ts_rank(s.search_tsv, websearch_to_tsquery('simple', :q)) + similarity(s.name, :q)
          + CASE WHEN s.name = :q THEN 1 ELSE 0 END`,
        'rank',
      )
      .orderBy('rank', 'DESC')
      .addOrderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .offset(offset)
      .limit(query.limit + 1)
      .getMany();
    return pageOf(rows, query.limit, total, () => ({ offset: offset + query.limit }));
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

  findLive(skillId: string): Promise<SkillEntity> {
    return findLiveSkill(this.dataSource.manager, skillId);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** count(*) over the filters; TypeORM's getCount() counts DISTINCT ids, which defeats index-only scans. */
async function countOf(qb: SelectQueryBuilder<SkillEntity>): Promise<number> {
  const row = await qb.clone().select('count(*)::int', 'n').orderBy().getRawOne<{ n: number }>();
  return row?.n ?? 0;
}
