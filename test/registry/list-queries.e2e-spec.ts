import { jest } from '@jest/globals';
import { ADMIN_KEY, DATABASE_KIND, startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  skills: {
    skill_id: string;
    name: string;
    status: string;
    skill_type: string;
    risk_level: string;
    min_maturity: string;
    description: string;
    created_at: string;
    updated_at: string;
  }[];
  total: number;
  next_cursor: string | null;
}

const TOPICS = ['pdf', 'git', 'docker', 'invoice', 'slack'];
const COUNT = 60;

/**
 * The hand-written list and search statements (one round trip each, total and page from one
 * snapshot) against straightforward reference queries over the same rows.
 */
describe(`list and search queries (${DATABASE_KIND} database)`, () => {
  let t: TestApp;
  const admin = { 'X-API-Key': ADMIN_KEY };

  beforeAll(async () => {
    t = await startTestApp();
    await t.truncate();
    // 60 skills, one per second back in time: 12 per topic, every 4th Untrusted, every 3rd code,
    // every 10th deleted; one named exactly like a search term.
    await t.dataSource.query(
      `INSERT INTO skills (name, description, status, skill_type, risk_level, created_at, deleted_at)
       SELECT CASE WHEN g = 7 THEN 'invoice' ELSE ($2::text[])[1 + g % 5] || '-tool-' || g END,
              'Handles ' || ($2::text[])[1 + g % 5] || ' work, variant ' || g || '.',
              CASE WHEN g % 4 = 0 THEN 'Untrusted' ELSE 'Active' END,
              CASE WHEN g % 3 = 0 THEN 'code' ELSE 'prompt' END,
              'LOW',
              now() - (g || ' seconds')::interval,
              CASE WHEN g % 10 = 0 THEN now() END
       FROM generate_series(1, $1::int) AS g`,
      [COUNT, TOPICS],
    );
  });
  afterAll(async () => t.close());

  const get = async (query: string): Promise<Page> =>
    (await t.http().get(`/api/skills/list?${query}`).set(admin).expect(200)).body as Page;

  async function allPages(query: string): Promise<{ names: string[]; totals: number[] }> {
    const names: string[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...page.skills.map((s) => s.name));
      totals.push(page.total);
      cursor = page.next_cursor;
    } while (cursor);
    return { names, totals };
  }

  async function reference(filters: string, params: unknown[]): Promise<string[]> {
    const rows: { name: string }[] = await t.dataSource.query(
      `SELECT name FROM skills s WHERE s.deleted_at IS NULL ${filters} ORDER BY created_at DESC, id DESC`,
      params,
    );
    return rows.map((row) => row.name);
  }

  /**
   * Search as specified, written plainly: the matches ranked exact name, then name substring, then
   * the rest, newest first in each; with no match, the names within trigram distance, most similar first.
   */
  async function rankedReference(q: string, filters = '', params: unknown[] = []): Promise<string[]> {
    const matches: { name: string }[] = await t.dataSource.query(
      `SELECT name FROM skills s
       WHERE s.deleted_at IS NULL ${filters}
         AND (s.search_tsv @@ websearch_to_tsquery('simple', $1) OR s.name ILIKE $2 ESCAPE '\\')
       ORDER BY CASE WHEN s.name = $1 THEN 2 WHEN s.name ILIKE $2 ESCAPE '\\' THEN 1 ELSE 0 END DESC,
                s.created_at DESC, s.id DESC`,
      [q, `%${q}%`, ...params],
    );
    if (matches.length) return matches.map((row) => row.name);
    const similar: { name: string }[] = await t.dataSource.query(
      `SELECT name FROM skills s WHERE s.deleted_at IS NULL ${filters}
         AND s.name % $1 AND s.name NOT ILIKE $2
       ORDER BY similarity(s.name, $1) DESC, s.created_at DESC, s.id DESC`,
      [q, `%${q}%`, ...params],
    );
    return similar.map((row) => row.name);
  }

  it.each([
    ['unfiltered', '', '', []],
    ['status=Active', 'status=Active&', 'AND status = $1', ['Active']],
    ['skill_type=code', 'skill_type=code&', 'AND skill_type = $1', ['code']],
    [
      'status=Untrusted&skill_type=prompt',
      'status=Untrusted&skill_type=prompt&',
      'AND status = $1 AND skill_type = $2',
      ['Untrusted', 'prompt'],
    ],
  ])(
    'should page the list (%s) newest first with the exact total',
    async (_label, query, filters, params) => {
      const expected = await reference(filters, params);
      const { names, totals } = await allPages(`${query}limit=7`);
      expect(names).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([expected.length]));
    },
  );

  it('should keep the total on an empty page past the end', async () => {
    const first = await get('limit=200');
    expect(first.next_cursor).toBeNull();
    const last = first.skills[first.skills.length - 1];
    const beyond = Buffer.from(JSON.stringify({ at: last.created_at, id: last.skill_id })).toString(
      'base64url',
    );
    expect(await get(`cursor=${beyond}`)).toEqual({ skills: [], total: first.total, next_cursor: null });
  });

  it.each([
    ['invoice'],
    ['pdf work'],
    ['docker-tool'],
    ['variant 12'],
    ['invoce'],
    ['tool-1'],
    ['12'],
    ['3'],
  ])('should rank search %s like the reference query, with the exact total on every page', async (q) => {
    const expected = await rankedReference(q);
    expect(expected.length).toBeGreaterThan(0);
    const { names, totals } = await allPages(`q=${encodeURIComponent(q)}&limit=4`);
    expect(names).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  it('should put the exact name first and combine search with filters', async () => {
    const page = await get('q=invoice&limit=3');
    expect(page.skills[0].name).toBe('invoice');
    const expected = await rankedReference('invoice', 'AND status = $3 AND skill_type = $4', [
      'Active',
      'code',
    ]);
    const { names, totals } = await allPages('q=invoice&status=Active&skill_type=code&limit=2');
    expect(names).toEqual(expected);
    expect(totals[0]).toBe(expected.length);
  });

  it('should answer an empty page with total 0 when nothing matches, and past the last match', async () => {
    expect(await get('q=zzzqqq')).toEqual({ skills: [], total: 0, next_cursor: null });
    const beyond = Buffer.from(JSON.stringify({ offset: 500 })).toString('base64url');
    const total = (await rankedReference('pdf')).length;
    expect(await get(`q=pdf&cursor=${beyond}`)).toEqual({ skills: [], total, next_cursor: null });
  });
  it('should rank the exact name, then names containing the text, then other matches, newest first', async () => {
    await t.dataSource.query(
      `INSERT INTO skills (name, description, status, skill_type, risk_level, created_at) VALUES
         ('slack', 'The exact name, an hour old.', 'Active', 'prompt', 'LOW', now() - interval '1 hour'),
         ('notifier', 'Posts to slack; the newest skill.', 'Active', 'prompt', 'LOW', now() + interval '1 hour')`,
    );
    const { names } = await allPages('q=slack&limit=5');
    expect(names[0]).toBe('slack');
    expect(names[names.length - 1]).toBe('notifier');
    expect(names.slice(1, -1).every((name) => name.startsWith('slack-tool-'))).toBe(true);
    expect(names).toEqual(await rankedReference('slack'));
  });

  it.each([
    [
      'a new matching skill',
      `INSERT INTO skills (name, description, status, skill_type, risk_level)
      VALUES ('fresh-pdf-helper', 'New.', 'Active', 'prompt', 'LOW')`,
    ],
    ['a deletion', `UPDATE skills SET deleted_at = now() WHERE name = 'pdf-tool-5'`],
    ['a renamed skill', `UPDATE skills SET name = 'pdf-git-tool-11' WHERE name = 'git-tool-11'`],
    [
      'a new description',
      `UPDATE skills SET description = 'Handles pdf work too.' WHERE name = 'git-tool-1'`,
    ],
    [
      'a status change under a status filter',
      `UPDATE skills SET status = 'Quarantined' WHERE name = 'pdf-tool-25'`,
    ],
  ])('should count a search again after %s, made by another process', async (_label, change) => {
    const query = 'q=pdf&status=Active&limit=3';
    const before = await get(query);
    expect(before.total).toBe((await rankedReference('pdf', 'AND status = $3', ['Active'])).length);
    await t.dataSource.query(change);
    const after = await get(query);
    expect(after.total).toBe((await rankedReference('pdf', 'AND status = $3', ['Active'])).length);
    expect(after.total).not.toBe(before.total);
  });
  it('should page a broad search (past 1,000 matches) like the reference, and count it again after a change', async () => {
    await t.dataSource.query(
      `INSERT INTO skills (name, description, status, skill_type, risk_level, created_at)
       SELECT 'bulk-' || g, CASE WHEN g % 2 = 0 THEN 'Reads pdf files.' ELSE 'Other work.' END,
              'Active', 'prompt', 'LOW', now() + (g || ' seconds')::interval
       FROM generate_series(1, 2400) AS g`,
    );
    // Names with the text, one among the newest matches (also a candidate of the any-match tier).
    await t.dataSource.query(
      `UPDATE skills SET name = 'bulk-pdf-' || substr(name, 6) WHERE name IN ('bulk-7', 'bulk-2398')`,
    );
    const expected = await rankedReference('pdf');
    expect(expected.length).toBeGreaterThan(1000);
    expect((await get('q=pdf&limit=1')).total).toBe(expected.length); // counted once, then remembered
    const names: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page = await get(`q=pdf&limit=60${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(expected.length);
      names.push(...page.skills.map((s) => s.name));
      cursor = page.next_cursor;
    }
    expect(names).toEqual(expected.slice(0, 240));
    await t.dataSource.query(`UPDATE skills SET deleted_at = now() WHERE name = 'bulk-2'`);
    expect((await get('q=pdf&limit=5')).total).toBe(expected.length - 1);
  });
  it('should answer a repeated search with the rows as they are now after a change by another process', async () => {
    const first = await get('q=invoice&limit=3');
    const top = first.skills[0];
    await t.dataSource.query(`UPDATE skills SET risk_level = 'MEDIUM' WHERE id = $1`, [top.skill_id]);
    const again = await get('q=invoice&limit=3');
    expect(again.skills.map((s) => s.name)).toEqual(first.skills.map((s) => s.name));
    expect(again.total).toBe(first.total);
    expect(again.skills[0]).toMatchObject({ skill_id: top.skill_id, risk_level: 'MEDIUM' });
  });

  it('should answer a repeated list page from memory until any column of a listed skill changes', async () => {
    const first = await get('status=Active&limit=4');
    const top = first.skills[0];
    // Behind the counters' back (trigger off), the remembered page is what answers.
    await t.dataSource.query(`ALTER TABLE skills DISABLE TRIGGER skills_counted`);
    try {
      await t.dataSource.query(`UPDATE skills SET risk_level = 'HIGH' WHERE id = $1`, [top.skill_id]);
    } finally {
      await t.dataSource.query(`ALTER TABLE skills ENABLE TRIGGER skills_counted`);
    }
    expect(await get('status=Active&limit=4')).toEqual(first);
    for (const [column, value, field] of [
      ['risk_level', 'CRITICAL', 'risk_level'],
      ['min_maturity', 'SUPERVISED', 'min_maturity'],
      ['description', 'Now about something else.', 'description'],
      ['updated_at', '2030-01-02T03:04:05.000Z', 'updated_at'],
    ]) {
      await t.dataSource.query(`UPDATE skills SET ${column} = $2 WHERE id = $1`, [top.skill_id, value]);
      const again = await get('status=Active&limit=4');
      expect(again.skills[0]).toMatchObject({ skill_id: top.skill_id, [field]: value });
      expect(again.skills.map((s) => s.skill_id)).toEqual(first.skills.map((s) => s.skill_id));
    }
  });

  it('should send a remembered page with its ETag, answer 304 to it, and a new ETag once the page changes', async () => {
    const first = await t.http().get('/api/skills/list?q=git&limit=2').set(admin).expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers.etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    const again = await t.http().get('/api/skills/list?q=git&limit=2').set(admin).expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag);
    await t
      .http()
      .get('/api/skills/list?q=git&limit=2')
      .set({ ...admin, 'If-None-Match': String(first.headers.etag) })
      .expect(304);
    const top = (first.body as Page).skills[0];
    await t.dataSource.query(`UPDATE skills SET description = 'Handles git work, renamed.' WHERE id = $1`, [
      top.skill_id,
    ]);
    const changed = await t
      .http()
      .get('/api/skills/list?q=git&limit=2')
      .set({ ...admin, 'If-None-Match': String(first.headers.etag) })
      .expect(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect((changed.body as Page).skills[0]).toMatchObject({ description: 'Handles git work, renamed.' });
  });

  it('should answer a repeated search page from memory until any column of a matching skill changes', async () => {
    const first = await get('q=slack&limit=3');
    const top = first.skills[0];
    await t.dataSource.query(`UPDATE skills SET min_maturity = 'AUTONOMOUS' WHERE id = $1`, [top.skill_id]);
    const again = await get('q=slack&limit=3');
    expect(again.skills[0]).toMatchObject({ skill_id: top.skill_id, min_maturity: 'AUTONOMOUS' });
    expect(again.skills.map((s) => s.name)).toEqual(first.skills.map((s) => s.name));
  });

  it('should remember a typo search and find the new name once a skill is renamed to it', async () => {
    expect((await get('q=invoce')).skills[0]?.name).toBe('invoice');
    await t.dataSource.query(`UPDATE skills SET name = 'invoce' WHERE name = 'git-tool-21'`);
    const page = await get('q=invoce');
    expect(page.skills[0].name).toBe('invoce');
    expect(page.skills.map((s) => s.name)).toEqual(await rankedReference('invoce'));
  });
  it('should read a search never asked before, its total and its generation in one statement', async () => {
    const pool = (
      t.dataSource.driver as unknown as { master: { query: (config: { text: string }) => unknown } }
    ).master;
    const query = jest.spyOn(pool, 'query');
    try {
      const page = await get('q=variant%2017&limit=3');
      const reads = query.mock.calls.filter(([config]) =>
        String((config as { text?: string }).text).includes('skill_counts'),
      );
      expect(reads).toHaveLength(1);
      expect(page.skills.map((s) => s.name)).toEqual((await rankedReference('variant 17')).slice(0, 3));
    } finally {
      query.mockRestore();
    }
  });

  it('should count a term once for identical searches arriving together, each answered alike', async () => {
    // Counting (a prepared statement on the pool) takes 200 ms here, so that all eight requests are in flight at once.
    const pool = (
      t.dataSource.driver as unknown as { master: { query: (config: { text: string }) => unknown } }
    ).master;
    const run = pool.query.bind(pool);
    const counts = (config: unknown) => String((config as { text?: string }).text).includes('count(*)');
    const query = jest.spyOn(pool, 'query').mockImplementation(async (config) => {
      if (counts(config)) await new Promise((resolve) => setTimeout(resolve, 200));
      return run(config);
    });
    try {
      const pages = await Promise.all(Array.from({ length: 8 }, () => get('q=variant&limit=5')));
      const counted = query.mock.calls.filter(([config]) => counts(config));
      expect(counted).toHaveLength(1);
      expect(new Set(pages.map((page) => JSON.stringify(page))).size).toBe(1);
      expect(pages[0].total).toBe((await rankedReference('variant')).length);
    } finally {
      query.mockRestore();
    }
  });
});
