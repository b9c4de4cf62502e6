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
  skills: ListedSkill[];
  total: number;
  next_cursor: string | null;
}

/** What a list or search page shows of a skill: the fields of its summary. */
export type ListedSkill = Pick<
  SkillEntity,
  | 'id'
  | 'name'
  | 'description'
  | 'status'
  | 'skillType'
  | 'minMaturity'
  | 'riskLevel'
  | 'createdAt'
  | 'updatedAt'
>;

/**
 * The columns of a listed skill: its summary's and no more. Every column fetched costs parsing in
 * node on each page read; search_tsv, the large generated column, stays in the database.
 */
export const LISTED_COLUMNS = `s.id, s.name, s.description, s.status, s.skill_type, s.min_maturity,
  s.risk_level, s.created_at, s.updated_at`;

/** The columns of a skill in detail. */
export const SKILL_COLUMNS = `${LISTED_COLUMNS}, s.latest_version_id, s.active_version_id, s.deleted_at`;

/** A listed skill as the hand-written statements return it; `id` null on the row of an empty page. */
export type ListedRow = {
  total: number | null;
  id: string | null;
  name: string;
  description: string;
  status: SkillStatus;
  skill_type: 'prompt' | 'code';
  min_maturity: string;
  risk_level: string;
  created_at: Date;
  updated_at: Date;
};

/** A skill's row with SKILL_COLUMNS. */
export type SkillRow = ListedRow & {
  latest_version_id: string | null;
  active_version_id: string | null;
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
export function listedOf(rows: ListedRow[]): ListedSkill[] {
  return rows.filter((row) => row.id !== null).map(toListed);
}

function toListed(row: ListedRow): ListedSkill {
  return {
    id: row.id ?? '',
    name: row.name,
    description: row.description,
    status: row.status,
    skillType: row.skill_type,
    minMaturity: row.min_maturity,
    riskLevel: row.risk_level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A skill read with SKILL_COLUMNS. */
export function skillOf(row: SkillRow): SkillEntity {
  return {
    ...toListed(row),
    latestVersionId: row.latest_version_id,
    activeVersionId: row.active_version_id,
    deletedAt: row.deleted_at,
  };
}
