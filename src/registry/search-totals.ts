import { LRUCache } from 'lru-cache';

interface KnownTotal {
  generation: string;
  total: number;
}

/**
 * Exact totals of broad searches, per process: counting every match of a broad term costs ~15 ms
 * at 100k skills, ranking a page of it ~0.5 ms. A total is valid while the generation read in the
 * same snapshot (the sum of the skill_counts generations its filters cover) stays the same.
 */
export class SearchTotals {
  private readonly known = new LRUCache<string, KnownTotal>({ max: 1000 });

  /** The total remembered for a search, with the generation it was counted at. */
  get(key: string): KnownTotal | undefined {
    return this.known.get(key);
  }

  set(key: string, generation: string, total: number): void {
    this.known.set(key, { generation, total });
  }
}
