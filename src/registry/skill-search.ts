import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOf } from './list-cursor.js';
import { SearchTotals } from './search-totals.js';
import {
  SKILL_COLUMNS,
  escapeLike,
  pageSize,
  skillsOf,
  statusTypeFilters,
  where,
  type AliasFilter,
  type ListQuery,
  type SkillPage,
  type SkillRow,
} from './skill-rows.js';

type SearchRow = SkillRow & { generation: string };

/** Words of the name or description (full text), or a substring of the name; each has a GIN index. */
const MATCHES = `(s.search_tsv @@ websearch_to_tsquery('simple', $1) OR s.name ILIKE $2 ESCAPE '\\')`;

/** Past this many matches, a page is ranked from index-ordered scans instead of from every match. */
const BROAD = 1000;

/** Rank of a match: 2 for the exact name, 1 when the name contains the text, 0 otherwise. */
const TIER = `CASE WHEN s.name = $1 THEN 2 WHEN s.name ILIKE $2 ESCAPE '\\' THEN 1 ELSE 0 END`;

/**
 * Ranked search: the exact name first, then names containing the text, then the other matches,
 * newest first within each; when nothing matches, names within trigram distance of the text
 * (typos), most similar first. Totals are exact.
 */
@Injectable()
export class SkillSearch {
  private readonly totals = new SearchTotals();

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async search(query: ListQuery, q: string, offset: number): Promise<SkillPage> {
    const key = JSON.stringify([query.status ?? 'All', query.skillType ?? '', q]);
    const params = [q, `%${escapeLike(q)}%`];
    const next = () => ({ offset: offset + query.limit });
    const known = this.totals.get(key);
    if (known) {
      const rows = await this.broadPage(query, params, offset);
      if (rows[0].generation === known.generation)
        return pageOf(skillsOf(rows), query.limit, known.total, next);
    }
    const rows = await this.everyMatch(query, params, offset);
    const total = rows[0].total ?? 0;
    if (total > BROAD) this.totals.set(key, rows[0].generation, total);
    if (total === 0) return this.similar(query, q, offset);
    return pageOf(skillsOf(rows), query.limit, total, next);
  }

  /**
   * Every match ranked and counted (materialised once): the total, the page and the generation of
   * the counters the filters cover, from one snapshot. Costs in proportion to the matches.
   */
  private everyMatch(query: ListQuery, params: string[], offset: number): Promise<SearchRow[]> {
    const filters = statusTypeFilters(query);
    return this.dataSource.query<SearchRow[]>(
      `WITH matches AS MATERIALIZED (
         SELECT s.id, s.created_at, ${TIER} AS tier FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), MATCHES])}
       ), page AS (
         SELECT id, created_at, tier FROM matches ORDER BY tier DESC, created_at DESC, id DESC
         OFFSET $3 LIMIT ${pageSize(query.limit) + 1}
       )
       ${this.withGeneration(filters, '(SELECT count(*)::int FROM matches)')}`,
      [...params, offset],
    );
  }

  /**
   * A page of a broad search without counting: ranked from the newest `offset + limit + 1` rows
   * of each tier (exact name, name substring, any match), index-ordered scans that stop early, a
   * row counting in its best tier; every row ranked above a page row is among them.
   */
  private broadPage(query: ListQuery, params: string[], offset: number): Promise<SearchRow[]> {
    const filters = statusTypeFilters(query);
    const live = ['s.deleted_at IS NULL', ...filters.map((f) => f('s'))];
    const newest = 'ORDER BY s.created_at DESC, s.id DESC LIMIT $3';
    return this.dataSource.query<SearchRow[]>(
      `WITH candidates AS (
         (SELECT s.id, s.created_at, 2 AS tier FROM skills s ${where([...live, 's.name = $1'])} LIMIT 1)
         UNION ALL
         (SELECT s.id, s.created_at, 1 FROM skills s ${where([...live, `s.name ILIKE $2 ESCAPE '\\'`])} ${newest})
         UNION ALL
         (SELECT s.id, s.created_at, 0 FROM skills s ${where([...live, MATCHES])} ${newest})
       ), page AS (
         SELECT id, created_at, max(tier) AS tier FROM candidates GROUP BY id, created_at
         ORDER BY max(tier) DESC, created_at DESC, id DESC OFFSET $4 LIMIT ${pageSize(query.limit) + 1}
       )
       ${this.withGeneration(filters, 'NULL::int')}`,
      [...params, offset + query.limit + 1, offset],
    );
  }

  /** The page's rows, each beside the generation of the counters the filters cover and `total`. */
  private withGeneration(filters: AliasFilter[], total: string): string {
    return `SELECT h.generation, h.total, p.* FROM
         (SELECT coalesce(sum(c.generation), 0)::text AS generation, ${total} AS total
          FROM skill_counts c ${where(filters.map((f) => f('c')))}) h
       LEFT JOIN LATERAL (
         SELECT ${SKILL_COLUMNS}, page.tier FROM page JOIN skills s ON s.id = page.id
       ) p ON true
       ORDER BY p.tier DESC, p.created_at DESC, p.id DESC`;
  }

  /** Names within trigram distance of the text: total and page from one materialised set. */
  private async similar(query: ListQuery, q: string, offset: number): Promise<SkillPage> {
    const filters = statusTypeFilters(query);
    const rows = await this.dataSource.query<SkillRow[]>(
      `WITH matches AS MATERIALIZED (
         SELECT s.id, s.created_at, similarity(s.name, $1) AS rank FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), 's.name % $1'])}
       ), page AS (
         SELECT id, created_at, rank FROM matches ORDER BY rank DESC, created_at DESC, id DESC
         OFFSET $2 LIMIT ${pageSize(query.limit) + 1}
       )
       SELECT t.total, p.* FROM (SELECT count(*)::int AS total FROM matches) t
       LEFT JOIN LATERAL (
         SELECT ${SKILL_COLUMNS}, page.rank FROM page JOIN skills s ON s.id = page.id
       ) p ON true
       ORDER BY p.rank DESC, p.created_at DESC, p.id DESC`,
      [q, offset],
    );
    return pageOf(skillsOf(rows), query.limit, rows[0]?.total ?? 0, () => ({ offset: offset + query.limit }));
  }
}
