import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FreshReads } from '../database/fresh-reads.js';
import { preparedQuery } from '../database/prepared-query.js';
import { statusTypeFilters, where, type AliasFilter, type ListQuery } from './skill-rows.js';

/** The generation of the counters the filters cover: the sum of their rows' generations. */
export const GENERATION = 'coalesce(sum(c.generation), 0)::text AS generation';

export function generationSource(filters: AliasFilter[]): string {
  return `FROM skill_counts c ${where(filters.map((f) => f('c')))}`;
}

/** Reads the generation a list or search page is remembered under (see PageMemory). */
@Injectable()
export class SkillGenerations {
  private readonly reads = new FreshReads<string>();

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The generation a page with these filters would be read under now: one cheap prepared read,
   * shared by the requests that arrive while another is in flight (FreshReads).
   */
  read(query: ListQuery): Promise<string> {
    const text = `SELECT ${GENERATION} ${generationSource(statusTypeFilters(query))}`;
    return this.reads.read(text, async () => {
      const [row] = await preparedQuery<{ generation: string }>(this.dataSource, text, []);
      return row.generation;
    });
  }
}
