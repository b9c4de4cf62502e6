import { LRUCache } from 'lru-cache';

/** What one search (text + filters) answered at one generation: its total and the ids of its pages. */
export interface KnownSearch {
  generation: string;
  total: number;
  /** No match, so the pages are the names within trigram distance. */
  similar: boolean;
  /** Page ids in order (with the look-ahead row), by `offset:limit`. */
  pages: LRUCache<string, string[]>;
}

/**
 * Search answers remembered per process. Which skills a search returns, in which order, and how
 * many match depend only on the names, descriptions, statuses, types and deletions of the live
 * skills its filters cover; any change to those moves the generation (the sum of the skill_counts
 * generations the filters cover, read in the same snapshot). So a remembered answer is exact until
 * its generation moves; the rows themselves are always read fresh.
 */
export class SearchMemory {
  private readonly searches = new LRUCache<string, KnownSearch>({ max: 1000 });

  get(key: string): KnownSearch | undefined {
    return this.searches.get(key);
  }

  /** The entry for this generation, replacing one of an older generation. */
  remember(key: string, found: Omit<KnownSearch, 'pages'>): KnownSearch {
    const known = this.searches.get(key);
    if (known?.generation === found.generation) return known;
    const fresh = { ...found, pages: new LRUCache<string, string[]>({ max: 20 }) };
    this.searches.set(key, fresh);
    return fresh;
  }

  forget(key: string): void {
    this.searches.delete(key);
  }
}
