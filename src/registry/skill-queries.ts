import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query.js';
import { ExecutionEntity } from './entities/execution.entity.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity } from './entities/skill-version.entity.js';
import { SKILL_STATUSES, SkillEntity, type SkillStatus } from './entities/skill.entity.js';
import { decodeCursor, pageOf, type ListCursor } from './list-cursor.js';
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

/** The columns of a listed skill (search_tsv, the large generated column, stays in the database). */
const SKILL_COLUMNS = `s.id, s.name, s.description, s.status, s.skill_type, s.min_maturity, s.latest_version_id,
  s.active_version_id, s.risk_level, s.created_at, s.updated_at, s.deleted_at`;

/** Relevance of a search match: full-text rank + trigram similarity of the name + 1 for the exact name. */
const RANK = `ts_rank(s.search_tsv, websearch_to_tsquery('simple', $1)) + similarity(s.name, $1)
  + CASE WHEN s.name = $1 THEN 1 ELSE 0 END`;

/** Full text on name + description, trigram similarity of the name, substring of the name; each has a GIN index. */
const MATCH = `(s.search_tsv @@ websearch_to_tsquery('simple', $1) OR s.name % $1 OR s.name ILIKE $2 ESCAPE '\\')`;

type SkillRow = {
  total: number;
  id: string | null;
  name: string;
  description: string;
  status: SkillStatus;
  skill_type: 'prompt' | 'code';
  min_maturity: string;
  latest_version_id: string | null;
  active_version_id: string | null;
  risk_level: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
};

/**
 * Read side of the registry: list with filters and keyset pagination, one skill in detail.
 * A list or search page is one SQL statement (one round trip, one snapshot for rows and total),
 * written by hand: the query builder and entity hydration cost more than the query on a hot route.
 */
@Injectable()
export class SkillQueries {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Newest first with a keyset cursor; with `q`, ranked by full-text rank + trigram similarity. */
  async list(query: ListQuery): Promise<SkillPage> {
    const cursor = decodeCursor(query.cursor);
    if (query.q) return this.search(query, query.q, cursor?.offset ?? 0);
    const params: unknown[] = [];
    const filters = this.filters(query);
    const keyset = cursor?.at
      ? [`(s.created_at, s.id) < ($${params.push(cursor.at)}, $${params.push(cursor.id)})`]
      : [];
    // total: trigger-maintained counters (an exact count(*) over 100k rows costs ~11 ms).
    // Prepared, with the page size and filters as literals: PostgreSQL then reuses one generic
    // plan per statement text instead of planning on every call (~0.1 ms of database CPU, more
    // than running it). A handful of texts: filters × first page or cursor × page sizes in use.
    const rows = await preparedQuery<SkillRow>(
      this.dataSource,
      `SELECT t.total, p.* FROM
         (SELECT coalesce(sum(n), 0)::int AS total FROM skill_counts c ${where(filters.map((f) => f('c')))}) t
       LEFT JOIN LATERAL (
         SELECT ${SKILL_COLUMNS} FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), ...keyset])}
         ORDER BY s.created_at DESC, s.id DESC LIMIT ${pageSize(query.limit) + 1}
       ) p ON true
       ORDER BY p.created_at DESC, p.id DESC`,
      params,
    );
    return this.page(rows, query.limit, (last) => ({ at: last.createdAt.toISOString(), id: last.id }));
  }

  /**
   * The matches are computed once (materialised: id, created_at, rank) and both counted (exact
   * `total`) and ranked from that set, instead of one scan for the count and another for the rank.
   */
  private async search(query: ListQuery, q: string, offset: number): Promise<SkillPage> {
    const params: unknown[] = [q, `%${escapeLike(q)}%`];
    const filters = this.filters(query);
    // Not prepared: a plan made for the actual search text is worth its planning time here.
    const rows = await this.dataSource.query<SkillRow[]>(
      `WITH matches AS MATERIALIZED (
         SELECT s.id, s.created_at, ${RANK} AS rank FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), MATCH])}
       ), page AS (
         SELECT id, created_at, rank FROM matches ORDER BY rank DESC, created_at DESC, id DESC
         OFFSET $${params.push(offset)} LIMIT ${pageSize(query.limit) + 1}
       )
       SELECT t.total, p.* FROM (SELECT count(*)::int AS total FROM matches) t
       LEFT JOIN LATERAL (
         SELECT ${SKILL_COLUMNS}, page.rank FROM page JOIN skills s ON s.id = page.id
       ) p ON true
       ORDER BY p.rank DESC, p.created_at DESC, p.id DESC`,
      params,
    );
    return this.page(rows, query.limit, () => ({ offset: offset + query.limit }));
  }

  /**
   * Status and type conditions for a table alias (`s` skills, `c` skill_counts). The values are
   * checked against their enums and written as literals: with a parameter instead, PostgreSQL
   * plans a filtered list anew on every call (the statuses are skewed, so it never settles on a
   * generic plan), which costs more than running it.
   */
  private filters(query: ListQuery): ((alias: string) => string)[] {
    const filters: ((alias: string) => string)[] = [];
    const status = query.status && query.status !== 'All' ? query.status : undefined;
    if (status !== undefined) {
      if (!SKILL_STATUSES.includes(status)) throw new RangeError(`unknown status ${status}`);
      filters.push((alias) => `${alias}.status = '${status}'`);
    }
    const type = query.skillType;
    if (type !== undefined) {
      if (type !== 'prompt' && type !== 'code') throw new RangeError(`unknown skill type ${type}`);
      filters.push((alias) => `${alias}.skill_type = '${type}'`);
    }
    return filters;
  }

  /** One row with `id` null means an empty page (the total is still there). */
  private page(rows: SkillRow[], limit: number, next: (last: SkillEntity) => ListCursor): SkillPage {
    const total = rows[0]?.total ?? 0;
    const skills = rows.filter((row) => row.id !== null).map(toSkill);
    return pageOf(skills, limit, total, next);
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

/** The page size goes into the SQL text, so it is checked here too: an integer from 1 to 200. */
function pageSize(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new RangeError(`limit must be an integer from 1 to 200, not ${limit}`);
  return limit;
}

function where(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

function toSkill(row: SkillRow): SkillEntity {
  return {
    id: row.id ?? '',
    name: row.name,
    description: row.description,
    status: row.status,
    skillType: row.skill_type,
    minMaturity: row.min_maturity,
    latestVersionId: row.latest_version_id,
    activeVersionId: row.active_version_id,
    riskLevel: row.risk_level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
