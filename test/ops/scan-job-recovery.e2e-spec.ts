import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../support/build.js';
import { FakeOpenAi } from '../support/fake-openai.js';
import {
  ADMIN_KEY,
  DATABASE_KIND,
  TEST_DATABASE_URL,
  resetServerDatabase,
  skillMd,
  startTestApp,
} from '../support/test-app.js';
import { startServer } from './spawned-server.js';

async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`operations: a first scan left by a killed process (${DATABASE_KIND} database)`, () => {
  let dataDir: string;
  let llm: FakeOpenAi;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'skillgate-scan-job-'));
    llm = new FakeOpenAi();
    await llm.start();
  });

  afterAll(async () => {
    await llm.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should be finished by another process: final scan_result, a scan audit event, the job done', async () => {
    if (TEST_DATABASE_URL) await resetServerDatabase(TEST_DATABASE_URL);
    const db = join(dataDir, 'db');
    // The first process's review never comes back: it is killed while waiting for the model.
    llm.reply({ kind: 'slow', delayMs: 60_000, then: { kind: 'json', body: { risk: 'LOW', findings: [] } } });
    const first = await startServer(db, {
      LOG_LEVEL: 'warn',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: llm.baseURL,
      SKILLGATE_LLM_MODEL: 'reviewer-1',
      SKILLGATE_LLM_TIMEOUT_MS: '120000',
      SKILLGATE_SCAN_JOB_LEASE_SECONDS: '1',
      ...(TEST_DATABASE_URL ? { DATABASE_URL: TEST_DATABASE_URL } : {}),
    });
    const answer = fetch(`${first.url}/api/skills/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': ADMIN_KEY, 'X-Request-Id': 'killed-1' },
      body: JSON.stringify({ source: 'raw_content', content: skillMd('orphaned-scan') }),
    }).then(
      (res) => res.status,
      () => 'no answer',
    );
    // The review starts only after the version and its job are committed.
    await until(() => llm.requests.length === 1);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await answer).toBe('no answer');

    llm.reset(); // the model answers LOW from now on
    const second = await startTestApp(
      {
        dataDir: TEST_DATABASE_URL ? 'memory://' : db,
        openaiApiKey: 'sk-test',
        openaiBaseUrl: llm.baseURL,
        llmModel: 'reviewer-1',
        scanJobPollMs: 100,
      },
      { keepData: true },
    );
    try {
      const job = async () =>
        (
          await second.dataSource.query(
            `SELECT j.status, j.attempts, j.last_error, s.id AS skill_id FROM scan_jobs j
             JOIN skills s ON s.id = j.skill_id WHERE s.name = 'orphaned-scan'`,
          )
        )[0] as { status: string; attempts: number; skill_id: string };
      await until(async () => (await job()).status !== 'pending');
      const finished = await job();
      expect(finished).toMatchObject({ status: 'done', attempts: 2 });
      expect(llm.requests).toHaveLength(1);

      const detail = await second
        .http()
        .get(`/api/skills/${finished.skill_id}`)
        .set('X-API-Key', ADMIN_KEY)
        .expect(200);
      expect(detail.body).toMatchObject({
        status: 'Active',
        risk_level: 'LOW',
        scan_result: { llm: 'ok', risk_level: 'LOW', safe: true },
      });
      const events = await second.dataSource.query(
        'SELECT action, outcome, actor, request_id, detail FROM audit_events WHERE skill_id = $1 ORDER BY id',
        [finished.skill_id],
      );
      expect(events.map((e: { action: string }) => e.action)).toEqual(['import', 'scan']);
      expect(events[1]).toMatchObject({
        outcome: 'success',
        actor: events[0].actor,
        request_id: 'killed-1',
        detail: { llm: 'ok', attempt: 2 },
      });
    } finally {
      await second.close();
    }
  });
});
