import { jest } from '@jest/globals';
import { ScanJobService } from '../../src/registry/scan-jobs.service.js';
import { ScanningService } from '../../src/scanning/scanning.service.js';
import type { FakeOpenAi } from '../support/fake-openai.js';
import { startTestAppWithLlm } from '../support/llm-test-app.js';
import { ADMIN_KEY, DATABASE_KIND, skillMd, startTestApp, type TestApp } from '../support/test-app.js';

const admin = { 'X-API-Key': ADMIN_KEY };

interface JobRow {
  status: string;
  attempts: number;
  last_error: string | null;
  lease_until: Date | null;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`first scans through the PostgreSQL job queue (${DATABASE_KIND} database)`, () => {
  let t: TestApp;
  let llm: FakeOpenAi;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, llm, close } = await startTestAppWithLlm({
      llmTimeoutMs: 5000,
      scanJobLeaseSeconds: 1,
      scanJobMaxAttempts: 3,
      scanJobPollMs: 100,
    }));
  });
  afterAll(async () => close());
  beforeEach(async () => {
    await t.app.get(ScanJobService).settle();
    await t.truncate();
    llm.reset();
  });

  const importRaw = (content: string) =>
    t.http().post('/api/skills/import').set(admin).send({ source: 'raw_content', content });
  const jobOf = async (versionId: string): Promise<JobRow> =>
    (
      await t.dataSource.query(
        'SELECT status, attempts, last_error, lease_until FROM scan_jobs WHERE version_id = $1',
        [versionId],
      )
    )[0];
  const auditOf = (skillId: string) =>
    t.dataSource.query(
      'SELECT action, outcome, detail, request_id FROM audit_events WHERE skill_id = $1 ORDER BY id',
      [skillId],
    );

  it('should answer an import with the final scan_result (llm ok) and close the job it queued', async () => {
    llm.reply({
      kind: 'json',
      body: { risk: 'MEDIUM', findings: [{ file: 'SKILL.md', line: 5, severity: 'MEDIUM', message: 'odd' }] },
    });
    const res = await importRaw(skillMd('reviewed-skill')).set('X-Request-Id', 'import-ok-1').expect(201);
    expect(res.body).toMatchObject({
      status: 'Untrusted',
      created: true,
      scan_result: { llm: 'ok', risk_level: 'MEDIUM', safe: false },
    });
    expect(await jobOf(res.body.version_id)).toMatchObject({
      status: 'done',
      attempts: 1,
      lease_until: null,
    });
    const events = await auditOf(res.body.skill_id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['import', 'scan']);
    expect(events[1]).toMatchObject({
      outcome: 'success',
      request_id: 'import-ok-1',
      detail: { risk_level: 'MEDIUM', llm: 'ok', version_id: res.body.version_id, cached: false },
    });
    const detail = await t.http().get(`/api/skills/${res.body.skill_id}`).set(admin).expect(200);
    expect(detail.body).toMatchObject({ status: 'Untrusted', risk_level: 'MEDIUM' });
    expect(detail.body.scan_result).toEqual(res.body.scan_result);
  });

  it('should make a LOW skill Active only once its review is in, showing llm pending meanwhile', async () => {
    llm.reply({ kind: 'slow', delayMs: 1500, then: { kind: 'json', body: { risk: 'LOW', findings: [] } } });
    const answer = importRaw(skillMd('slow-review')).then((res) => res);
    const [open] = await until(
      () => t.dataSource.query(`SELECT version_id FROM scan_jobs WHERE status = 'pending'`),
      (rows: { version_id: string }[]) => rows.length > 0,
    );
    const [stored] = await t.dataSource.query(
      `SELECT v.status, v.scan_result, s.status AS skill_status FROM skill_versions v
       JOIN skills s ON s.id = v.skill_id WHERE v.id = $1`,
      [open.version_id],
    );
    expect(stored).toMatchObject({
      status: 'Untrusted',
      skill_status: 'Untrusted',
      scan_result: { llm: 'pending', risk_level: 'LOW' },
    });
    const res = await answer;
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'Active', scan_result: { llm: 'ok', risk_level: 'LOW' } });
    const list = await t.http().get('/api/skills/list?status=Active').set(admin).expect(200);
    expect(list.body.total).toBe(1);
  });

  it('should answer a re-import made while the first scan is open with the final verdict', async () => {
    llm.reply({ kind: 'slow', delayMs: 800, then: { kind: 'json', body: { risk: 'LOW', findings: [] } } });
    const content = skillMd('twice-imported');
    const [a, b] = await Promise.all([importRaw(content), importRaw(content)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.body.created, b.body.created].sort()).toEqual([false, true]);
    for (const res of [a, b]) {
      expect(res.body).toMatchObject({ status: 'Active', scan_result: { llm: 'ok', risk_level: 'LOW' } });
    }
    expect(llm.requests).toHaveLength(1);
  });

  it('should fail open to llm failed, UNKNOWN and Untrusted on a 500 and still close the job', async () => {
    llm.reply({ kind: 'status', status: 500, body: { error: { message: 'boom' } } });
    const res = await importRaw(skillMd('model-down')).expect(201);
    expect(res.body).toMatchObject({
      status: 'Untrusted',
      scan_result: { llm: 'failed', risk_level: 'UNKNOWN', safe: false },
    });
    expect(await jobOf(res.body.version_id)).toMatchObject({ status: 'done', attempts: 1 });
    const events = await auditOf(res.body.skill_id);
    expect(events[1]).toMatchObject({
      action: 'scan',
      outcome: 'success',
      detail: { llm: 'failed', llm_error: expect.stringMatching(/500/) },
    });
  });

  it('should finish a scan cache hit through the same job without asking the model', async () => {
    const content = skillMd('cache-hit');
    const first = await importRaw(content).expect(201);
    await t.http().delete(`/api/skills/${first.body.skill_id}`).set(admin).expect(200);
    const again = await importRaw(content).expect(201);
    expect(llm.requests).toHaveLength(1);
    expect(again.body.scan_result).toEqual(first.body.scan_result);
    expect(again.body.status).toBe('Active');
    expect(await jobOf(again.body.version_id)).toMatchObject({ status: 'done', attempts: 1 });
    const events = await auditOf(again.body.skill_id);
    expect(events[1]).toMatchObject({ action: 'scan', detail: { cached: true, llm: 'ok' } });
  });

  it('should retry a job that keeps failing and end it failed after max attempts, the skill Untrusted', async () => {
    const review = jest
      .spyOn(t.app.get(ScanningService), 'review')
      .mockRejectedValue(new Error('review backend exploded'));
    try {
      const res = await importRaw(skillMd('always-failing')).expect(500);
      expect(res.body).toMatchObject({ statusCode: 500, request_id: expect.any(String) });
      const [version] = await t.dataSource.query(
        `SELECT v.id FROM skill_versions v JOIN skills s ON s.id = v.skill_id WHERE s.name = 'always-failing'`,
      );
      const job = await until(
        () => jobOf(version.id),
        (row) => row.status !== 'pending',
      );
      expect(job).toMatchObject({ status: 'failed', attempts: 3, last_error: 'review backend exploded' });
      expect(review).toHaveBeenCalledTimes(3);
    } finally {
      review.mockRestore();
    }
    const [skill] = await t.dataSource.query(`SELECT id FROM skills WHERE name = 'always-failing'`);
    const detail = await t.http().get(`/api/skills/${skill.id}`).set(admin).expect(200);
    expect(detail.body).toMatchObject({
      status: 'Untrusted',
      scan_result: { llm: 'failed', risk_level: 'UNKNOWN', safe: false },
    });
    const events = await auditOf(skill.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['import', 'scan']);
    expect(events[1]).toMatchObject({ outcome: 'failed', detail: { error: 'review backend exploded' } });
    // Answered once the verdict is final: a retried import gets the failed verdict, not an error.
    const retried = await importRaw(skillMd('always-failing')).expect(201);
    expect(retried.body).toMatchObject({ created: false, scan_result: { llm: 'failed' } });
  });

  it('should give up on a job whose last attempt died with its process', async () => {
    const res = await importRaw(skillMd('died-thrice')).expect(201);
    // The state a process leaves when killed during its last attempt: version stored Untrusted
    // with its static verdict, job open, lease run out.
    await t.dataSource.query(
      `UPDATE skill_versions SET status = 'Untrusted', scan_result = jsonb_set(scan_result, '{llm}', '"pending"')
       WHERE id = $1`,
      [res.body.version_id],
    );
    await t.dataSource.query(
      `UPDATE skills SET status = 'Untrusted', active_version_id = NULL WHERE id = $1`,
      [res.body.skill_id],
    );
    await t.dataSource.query(
      `UPDATE scan_jobs SET status = 'pending', attempts = 3, lease_owner = 'dead-process',
              lease_until = now() - interval '1 minute', finished_at = NULL
       WHERE version_id = $1`,
      [res.body.version_id],
    );
    const job = await until(
      () => jobOf(res.body.version_id),
      (row) => row.status !== 'pending',
    );
    expect(job).toMatchObject({ status: 'failed', attempts: 4 });
    const [version] = await t.dataSource.query(
      'SELECT status, scan_result FROM skill_versions WHERE id = $1',
      [res.body.version_id],
    );
    expect(version).toMatchObject({
      status: 'Untrusted',
      scan_result: { llm: 'failed', risk_level: 'UNKNOWN' },
    });
    const detail = await t.http().get(`/api/skills/${res.body.skill_id}`).set(admin).expect(200);
    expect(detail.body).toMatchObject({ status: 'Untrusted', risk_level: 'UNKNOWN' });
  });
});

describe(`first scans without an LLM key (${DATABASE_KIND} database)`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('should answer with llm skipped and close the job it queued', async () => {
    const res = await t
      .http()
      .post('/api/skills/import')
      .set(admin)
      .send({ source: 'raw_content', content: skillMd('no-reviewer') })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'Active', scan_result: { llm: 'skipped', risk_level: 'LOW' } });
    const [job] = await t.dataSource.query('SELECT status FROM scan_jobs WHERE version_id = $1', [
      res.body.version_id,
    ]);
    expect(job.status).toBe('done');
  });
});
