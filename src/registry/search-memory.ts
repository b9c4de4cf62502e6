import { LRUCache } from 'lru-cache';

/** What one search (text + filters) found at one generation: its total and how it matched. */
export interface KnownSearch {
  generation: string;
  total: number;
  /** No match, so the pages are the names within trigram distance. */
  similar: boolean;
}

/**
 * Search totals remembered per process. Which skills a search returns, in which order, and how
 * many match depend only on the live skills its filters cover; any change to those moves the
 * generation (the sum of the skill_counts generations the filters cover, read in the same
 * snapshot). So a remembered total is exact until its generation moves.
 */
export class SearchMemory {
  private readonly searches = new LRUCache<string, KnownSearch>({ max: 1000 });

  get(key: string): KnownSearch | undefined {
    return this.searches.get(key);
  }

  has(key: string): boolean {
    return this.searches.has(key);
  }

  remember(key: string, found: KnownSearch): void {
    this.searches.set(key, found);
  }

  forget(key: string): void {
    this.searches.delete(key);
  }
}
