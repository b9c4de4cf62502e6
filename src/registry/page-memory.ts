import { LRUCache } from 'lru-cache';
import type { SkillPage } from './skill-rows.js';

/** Rows remembered per process over all pages (a listed row holds at most ~1.5 KB of text). */
const MAX_ROWS = 20_000;

interface RememberedPage {
  generation: string;
  page: SkillPage;
}

/**
 * Whole list and search pages remembered per process, each under the generation of the
 * skill_counts rows its filters cover, read in the same snapshot as the page. Any change to a live
 * skill those counters cover moves that generation (migration SummaryGenerations), so a page is
 * exact for as long as the generation read now equals the one it was remembered under.
 */
export class PageMemory {
  private readonly pages = new LRUCache<string, RememberedPage>({
    maxSize: MAX_ROWS,
    sizeCalculation: (remembered) => remembered.page.skills.length + 1,
  });

  /** The page remembered under exactly this generation. */
  get(key: string, generation: string): SkillPage | undefined {
    const remembered = this.pages.get(key);
    return remembered?.generation === generation ? remembered.page : undefined;
  }

  has(key: string): boolean {
    return this.pages.has(key);
  }

  remember(key: string, generation: string, page: SkillPage): SkillPage {
    this.pages.set(key, { generation, page });
    return page;
  }
}
