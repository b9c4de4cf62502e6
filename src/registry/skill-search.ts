import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query.js';
import { pageOf } from './list-cursor.js';
import { PageMemory } from './page-memory.js';
import { SearchMemory, type KnownSearch } from './search-memory.js';
import { GENERATION, SkillGenerations, generationSource } from './skill-generation.js';
import {
  LISTED_COLUMNS,
  escapeLike,
  pageSize,
  listedOf,
  statusTypeFilters,
  where,
  type AliasFilter,
  type ListQuery,
  type SkillPage,
  type ListedRow,
} from './skill-rows.js';

type SearchRow = ListedRow & { generation: string };

interface Search {
  key: string;
  page: string;
  query: ListQuery;
  q: string;
  offset: number;
}

/** Past this many matches, a page is ranked from index-ordered scans instead of from every match. */
const BROAD = 1000;

/** The length of the name index's trigrams: a shorter text cannot use it. */
const TRIGRAM = 3;

/** Words of the name or description (full text), or a substring of the name; each has a GIN index. */
const MATCHES = `(s.search_tsv @@ websearch_to_tsquery('simple', $1) OR s.name ILIKE $2 ESCAPE '\\')`;

/** Rank of a match: 2 for the exact name, 1 when the name contains the text, 0 otherwise. */
const TIER = `CASE WHEN s.name = $1 THEN 2 WHEN s.name ILIKE $2 ESCAPE '\\' THEN 1 ELSE 0 END`;

/**
 * Ranked search: the exact name first, then names containing the text, then the other matches,
 * newest first within each; when nothing matches, names within trigram distance of the text
 * (typos), most similar first. Totals are exact. A page asked again before any skill its filters
 * cover has changed is answered from memory after one cheap read of the generation (PageMemory).
 */
@Injectable()
export class SkillSearch {
  private readonly memory = new SearchMemory();
  private readonly pages = new PageMemory();
  private readonly running = new Map<string, Promise<SkillPage>>();
  private readonly firstAsks = new Map<string, Promise<SkillPage>>();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SkillGenerations) private readonly generations: SkillGenerations,
  ) {}

  async search(query: ListQuery, q: string, offset: number): Promise<SkillPage> {
    const key = JSON.stringify([query.status ?? 'All', query.skillType ?? '', q]);
    const search: Search = { key, page: `${key}|${offset}:${query.limit}`, query, q, offset };
    const firstAsk = this.firstAsks.get(search.page);
    if (!firstAsk && this.unseen(search)) return this.askFirst(search);
    const generation = await this.generations.read(query);
    // The first ask of this page may answer at this generation: wait for it rather than count again.
    if (firstAsk) await firstAsk.catch(() => undefined);
    return (
      this.pages.get(search.page, generation) ??
      this.once(`${search.page}|${generation}`, () => this.compute(search, generation))
    );
  }

  /**
   * Nothing is remembered for this search here, so reading the generation first could only miss;
   * from scratch reads it in the same statement as the rows (one round trip instead of two).
   */
  private unseen(search: Search): boolean {
    return !this.pages.has(search.page) && !this.memory.has(search.key);
  }

  /** Requests for the same page that arrive meanwhile wait for it, then check it against their generation. */
  private askFirst(search: Search): Promise<SkillPage> {
    const started = this.fromScratch(search).finally(() => this.firstAsks.delete(search.page));
    this.firstAsks.set(search.page, started);
    return started;
  }

  /** From scratch, unless the search is broad and its total at this generation is known (then its page alone). */
  private async compute(search: Search, generation: string): Promise<SkillPage> {
    const known = this.memory.get(search.key);
    if (known?.generation === generation && known.total > BROAD && !known.similar) {
      const rows = await this.broadPage(search);
      if (rows[0].generation === generation) return this.answer(search, rows, known);
    }
    return this.fromScratch(search);
  }

  /**
   * Identical searches at the same generation share one computation: after a change, the 16
   * requests in flight for a popular term count its matches once, not 16 times. Sharing is exact:
   * a request that read the same generation would have seen the same skills.
   */
  private once(key: string, compute: () => Promise<SkillPage>): Promise<SkillPage> {
    const running = this.running.get(key);
    if (running) return running;
    const started = compute().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  private async fromScratch(search: Search): Promise<SkillPage> {
    let rows = await this.everyMatch(search);
    const generation = rows[0].generation;
    let total = rows[0].total ?? 0;
    const similar = total === 0;
    if (similar) {
      rows = await this.similar(search);
      total = rows[0].total ?? 0;
    }
    const found = { generation, total, similar };
    // Two statements, two snapshots: remembered only when nothing changed in between.
    if (rows[0].generation !== generation) {
      this.memory.forget(search.key);
      return this.page(search, rows, total);
    }
    this.memory.remember(search.key, found);
    return this.answer(search, rows, found);
  }

  /** The page, remembered under the generation its rows were read at. */
  private answer(search: Search, rows: SearchRow[], known: KnownSearch): SkillPage {
    return this.pages.remember(search.page, known.generation, this.page(search, rows, known.total));
  }

  private page(search: Search, rows: SearchRow[], total: number): SkillPage {
    const { query, offset } = search;
    return pageOf(listedOf(rows), query.limit, total, () => ({ offset: offset + query.limit }));
  }

  /**
   * Every match ranked and counted: the total and the page from one snapshot, at a cost in
   * proportion to the matches. An empty page past the first has no row to carry the count, so
   * that rare case counts separately (countedPage).
   */
  private async everyMatch(search: Search): Promise<SearchRow[]> {
    const rows = await this.rankedPage(search);
    return rows[0].id === null && search.offset > 0 ? this.countedPage(search) : rows;
  }

  /**
   * One pass: the matches ranked, the page cut from them, and their count (a window over all of
   * them) on each page row; only the generation's row when the page is empty. Materialising the
   * matches, counting them and joining the page back cost ~20% more database CPU for a narrow term
   * (~0.245 against ~0.2 ms; finding the matches alone is ~0.13). Prepared: its plan (two bitmap
   * index scans, then rank and count what they found) is the same for any text, and planning cost
   * more than running it for a narrow search (0.8 against 0.7 ms). Except for a text shorter than a
   * trigram: the name index cannot narrow `%q%` then, so that generic plan rechecks every row
   * (~120 ms at 100k skills), where a plan made for the text scans the table (~60 ms).
   */
  private rankedPage({ query, q, offset }: Search): Promise<SearchRow[]> {
    const filters = statusTypeFilters(query);
    const sql = `SELECT g.generation, p.* FROM (SELECT ${GENERATION} ${generationSource(filters)}) g
       LEFT JOIN LATERAL (
         SELECT count(*) OVER ()::int AS total, ${LISTED_COLUMNS}, ${TIER} AS rank FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), MATCHES])}
         ORDER BY rank DESC, s.created_at DESC, s.id DESC OFFSET $3 LIMIT $4
       ) p ON true
       ORDER BY p.rank DESC, p.created_at DESC, p.id DESC`;
    const params = [q, `%${escapeLike(q)}%`, offset, pageSize(query.limit) + 1];
    return q.length < TRIGRAM
      ? this.dataSource.query<SearchRow[]>(sql, params)
      : preparedQuery<SearchRow>(this.dataSource, sql, params);
  }

  /** The page and the count of every match (materialised once), for pages that may be empty. */
  private countedPage({ query, q, offset }: Search): Promise<SearchRow[]> {
    const filters = statusTypeFilters(query);
    return preparedQuery<SearchRow>(
      this.dataSource,
      `WITH matches AS MATERIALIZED (
         SELECT s.id, s.created_at, ${TIER} AS rank FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), MATCHES])}
       ), page AS (
         SELECT id, rank FROM matches ORDER BY rank DESC, created_at DESC, id DESC
         OFFSET $3 LIMIT $4
       )
       ${withGeneration(filters, '(SELECT count(*)::int FROM matches)')}`,
      [q, `%${escapeLike(q)}%`, offset, pageSize(query.limit) + 1],
    );
  }

  /**
   * A page of a broad search without counting: ranked from the newest `offset + limit + 1` rows
   * of each tier (exact name, name substring, any match), index-ordered scans that stop early, a
   * row counting in its best tier; every row ranked above a page row is among them. Not prepared:
   * PostgreSQL's generic plan for it scans every match through the bitmap indexes instead.
   */
  private broadPage({ query, q, offset }: Search): Promise<SearchRow[]> {
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
         SELECT id, max(tier) AS rank FROM candidates GROUP BY id, created_at
         ORDER BY max(tier) DESC, created_at DESC, id DESC OFFSET $4 LIMIT ${pageSize(query.limit) + 1}
       )
       ${withGeneration(filters, 'NULL::int')}`,
      [q, `%${escapeLike(q)}%`, offset + query.limit + 1, offset],
    );
  }

  /** Names within trigram distance of the text: total and page from one materialised set. */
  private similar({ query, q, offset }: Search): Promise<SearchRow[]> {
    const filters = statusTypeFilters(query);
    return this.dataSource.query<SearchRow[]>(
      `WITH matches AS MATERIALIZED (
         SELECT s.id, s.created_at, similarity(s.name, $1) AS rank FROM skills s
         ${where(['s.deleted_at IS NULL', ...filters.map((f) => f('s')), 's.name % $1'])}
       ), page AS (
         SELECT id, rank FROM matches ORDER BY rank DESC, created_at DESC, id DESC
         OFFSET $2 LIMIT ${pageSize(query.limit) + 1}
       )
       ${withGeneration(filters, '(SELECT count(*)::int FROM matches)')}`,
      [q, offset],
    );
  }
}

/**
 * The rows of `page` (id, rank) in rank order, each beside `total` and the generation of the
 * counters the filters cover, read in the same snapshot; one row with id null for an empty page.
 */
function withGeneration(filters: AliasFilter[], total: string): string {
  return `SELECT h.generation, h.total, p.* FROM
       (SELECT ${GENERATION}, ${total} AS total ${generationSource(filters)}) h
     LEFT JOIN LATERAL (
       SELECT ${LISTED_COLUMNS}, page.rank FROM page JOIN skills s ON s.id = page.id
     ) p ON true
     ORDER BY p.rank DESC, p.created_at DESC, p.id DESC`;
}
