import { RescanService } from '../../src/registry/rescan.service.js';
import {
  ADMIN_KEY,
  DATABASE_KIND,
  TEST_DATABASE_URL,
  skillMd,
  startTestApp,
  type TestApp,
} from '../support/test-app.js';

const admin = { 'X-API-Key': ADMIN_KEY };

describe(`scale-out: two Skillgate processes on one PostgreSQL (${DATABASE_KIND} database)`, () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    if (!TEST_DATABASE_URL) {
      console.warn('SKIPPED two-instance test: it needs a PostgreSQL server (set TEST_DATABASE_URL)');
      return;
    }
    a = await startTestApp();
    b = await startTestApp({}, { keepData: true });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const serverOnly = (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      if (!TEST_DATABASE_URL) return;
      await fn();
    });

  serverOnly('should behave as one service for imports and executions through both at once', async () => {
    const same = skillMd('shared-skill');
    const importVia = (app: TestApp, content: string) =>
      app.http().post('/api/skills/import').set(admin).send({ source: 'raw_content', content });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        importVia(i % 2 ? a : b, i < 10 ? same : skillMd(`distinct-${i}`)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const sharedIds = new Set(results.slice(0, 10).map((r) => r.body.skill_id));
    expect(sharedIds.size).toBe(1);
    const [skillId] = [...sharedIds];

    const agent = await a
      .http()
      .post('/api/agents')
      .set(admin)
      .send({ name: 'twin', maturity: 'INTERN' })
      .expect(201);
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b)
          .http()
          .post('/api/skills/execute')
          .set('X-API-Key', agent.body.api_key)
          .send({ skill_id: skillId }),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual(Array(10).fill(200));
    const [fromA, fromB] = await Promise.all(
      [a, b].map((app) => app.http().get(`/api/skills/${skillId}`).set(admin)),
    );
    expect(fromA.body.executions).toHaveLength(10);
    expect(fromB.body).toEqual(fromA.body);
    const listA = await a.http().get('/api/skills/list').set(admin).expect(200);
    const listB = await b.http().get('/api/skills/list').set(admin).expect(200);
    expect(listA.body.total).toBe(11);
    expect(listB.body).toEqual(listA.body);
  });

  serverOnly('should run one rescan job however many processes ask, and finish it once', async () => {
    const [startA, startB] = await Promise.all(
      [a, b].map((app) => app.http().post('/api/skills/rescan').set(admin)),
    );
    expect(startA.body.job_id).toBe(startB.body.job_id);
    await Promise.all([a, b].map((app) => app.app.get(RescanService).settle()));
    const job = await b.http().get(`/api/skills/rescan/${startA.body.job_id}`).set(admin).expect(200);
    expect(job.body).toMatchObject({ status: 'completed' });
    expect(job.body.done).toBe(job.body.total);
  });
});

describe(`rescan resumes after a process died (${DATABASE_KIND} database)`, () => {
  it('should pick up a running job whose lease expired and finish it', async () => {
    // An in-memory embedded database does not outlive its process; the on-disk case is covered by test/ops.
    if (!TEST_DATABASE_URL) return;
    const first = await startTestApp();
    await first
      .http()
      .post('/api/skills/import')
      .set(admin)
      .send({ source: 'raw_content', content: skillMd('orphaned') })
      .expect(201);
    // A job left behind by a process that died mid-run: its lease ran out.
    const [job] = await first.dataSource.query(
      `INSERT INTO rescan_jobs (status, engine_version, total, requested_by, lease_owner, lease_until)
       VALUES ('running', 'old', 1, 'operator:admin', 'dead-process', now() - interval '1 minute') RETURNING id`,
    );
    await first.close();
    const second = await startTestApp({}, { keepData: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await second.app.get(RescanService).settle();
      const res = await second.http().get(`/api/skills/rescan/${job.id}`).set(admin).expect(200);
      expect(res.body).toMatchObject({ status: 'completed', done: 1 });
    } finally {
      await second.close();
    }
  });
});
