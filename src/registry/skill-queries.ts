import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query.js';
import { SkillEntity } from './entities/skill.entity.js';
import { decodeCursor, pageOf, type ListCursor } from './list-cursor.js';
import { findLiveSkill } from './live-skill.js';
import { readSkillDetail, type SkillDetail } from './skill-detail.js';
import { PageMemory } from './page-memory.js';
import { GENERATION, SkillGenerations, generationSource } from './skill-generation.js';
import { SkillSearch } from './skill-search.js';
import {
  LISTED_COLUMNS,
  pageSize,
  listedOf,
  statusTypeFilters,
  where,
  type ListQuery,
  type SkillPage,
  type ListedRow,
} from './skill-rows.js';

export type { SkillDetail } from './skill-detail.js';
export type { ListQuery, SkillPage } from './skill-rows.js';

/**
 * Read side of the registry: list with filters and keyset pagination, one skill in detail.
 * A list page is one SQL statement (one round trip, one snapshot for rows and total), written by
 * hand: the query builder and entity hydration cost more than the query on a hot route. A page
 * asked again before any skill its filters cover has changed is answered from memory after one
 * cheap read of the generation (PageMemory).
 */
@Injectable()
export class SkillQueries {
  private readonly pages = new PageMemory();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SkillSearch) private readonly searcher: SkillSearch,
    @Inject(SkillGenerations) private readonly generations: SkillGenerations,
  ) {}

  /** Newest first with a keyset cursor; with `q`, ranked search (SkillSearch). */
  async list(query: ListQuery): Promise<SkillPage> {
    const cursor = decodeCursor(query.cursor);
    if (query.q) return this.searcher.search(query, query.q, cursor?.offset ?? 0);
    const key = JSON.stringify([
      query.status ?? 'All',
      query.skillType ?? '',
      query.limit,
      query.cursor ?? '',
    ]);
    const remembered = this.pages.has(key)
      ? this.pages.get(key, await this.generations.read(query))
      : undefined;
    return remembered ?? this.readPage(query, cursor, key);
  }

  private async readPage(query: ListQuery, cursor: ListCursor | undefined, key: string): Promise<SkillPage> {
    const params: unknown[] = [];
    const filters = statusTypeFilters(query);
    const keyset = cursor?.at
      ? [`(s.created_at, s.id) < ($${params.push(cursor.at)}, $${params.push(cursor.id)})`]
      : [];
    // total: trigger-maintained counters (an exact count(*) over 100k rows costs ~11 ms), read in
    // the same snapshot as the rows and the generation the page is remembered under.
    // Prepared, with the page size and filters as literals: PostgreSQL then reuses one generic
    // plan per statement text instead of planning on every call (~0.1 ms of database CPU, more
    // than running it). A handful of texts: filters × first page or cursor × page sizes in use.
    const rows = await preparedQuery<ListedRow & { generation: string }>(
      this.dataSource,
      `SELECT t.total, t.generation, p.* FROM
         (SELECT coalesce(sum(n), 0)::int AS total, ${GENERATION} ${generationSource(filters)}) t
       LEFT JOIN LATERAL (
         SELECT ${LISTED_COLUMNS} FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), ...keyset])}
         ORDER BY s.created_at DESC, s.id DESC LIMIT ${pageSize(query.limit) + 1}
       ) p ON true
       ORDER BY p.created_at DESC, p.id DESC`,
      params,
    );
    // One row with `id` null means an empty page (the total is still there).
    const page = pageOf(listedOf(rows), query.limit, rows[0]?.total ?? 0, (last) => ({
      at: last.createdAt.toISOString(),
      id: last.id,
    }));
    return this.pages.remember(key, rows[0].generation, page);
  }

  get(skillId: string): Promise<SkillDetail> {
    return readSkillDetail(this.dataSource, skillId);
  }

  findLive(skillId: string): Promise<SkillEntity> {
    return findLiveSkill(this.dataSource.manager, skillId);
  }
}
