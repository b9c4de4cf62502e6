import { SKILL_STATUSES, type SkillEntity, type SkillStatus } from './entities/skill.entity.js';

/** Filters of a list or search page. */
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

/** The columns of a listed skill (search_tsv, the large generated column, stays in the database). */
export const SKILL_COLUMNS = `s.id, s.name, s.description, s.status, s.skill_type, s.min_maturity,
  s.latest_version_id, s.active_version_id, s.risk_level, s.created_at, s.updated_at, s.deleted_at`;

/** A listed skill as the hand-written statements return it; `id` null on the row of an empty page. */
export type SkillRow = {
  total: number | null;
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

/** A condition on a table alias (`s` skills, `c` skill_counts). */
export type AliasFilter = (alias: string) => string;

/**
 * Status and type conditions. The values are checked against their enums and written as
 * literals: with a parameter instead, PostgreSQL plans a filtered list anew on every call (the
 * statuses are skewed, so it never settles on a generic plan), which costs more than running it.
 */
export function statusTypeFilters(query: ListQuery): AliasFilter[] {
  const filters: AliasFilter[] = [];
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

/** The page size goes into the SQL text, so it is checked here too: an integer from 1 to 200. */
export function pageSize(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new RangeError(`limit must be an integer from 1 to 200, not ${limit}`);
  return limit;
}

export function where(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The rows of a page, without the empty-page marker row. */
export function skillsOf(rows: SkillRow[]): SkillEntity[] {
  return rows.filter((row) => row.id !== null).map(toSkill);
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
