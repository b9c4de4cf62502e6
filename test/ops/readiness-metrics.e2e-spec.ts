import { ADMIN_KEY, skillMd, startTestApp, type TestApp } from '../support/test-app.js';

describe('operations: readiness and metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should keep GET /health as liveness: the database answering, in the terminus shape', async () => {
    const res = await t.http().get('/health').expect(200);
    const database = { status: 'up', responseTime: expect.any(Number) };
    expect(res.body).toEqual({ status: 'ok', info: { database }, error: {}, details: { database } });
    expect(res.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
  });

  it('should report ready without an API key when the database is up and migrations are applied', async () => {
    const res = await t.http().get('/health/ready').expect(200);
    const details = {
      database: { status: 'up', responseTime: expect.any(Number) },
      migrations: { status: 'up', pending: [], responseTime: expect.any(Number) },
      sandbox: { status: 'up', driver: 'disabled' },
    };
    expect(res.body).toEqual({ status: 'ok', info: details, error: {}, details });
  });

  it('should answer 503 in the error shape naming the pending migration, while /health stays 200', async () => {
    const table = t.dataSource.options.migrationsTableName ?? 'migrations';
    const [last] = (await t.dataSource.query(
      `SELECT id, timestamp, name FROM "${table}" ORDER BY id DESC LIMIT 1`,
    )) as {
      id: number;
      timestamp: string;
      name: string;
    }[];
    await t.dataSource.query(`DELETE FROM "${table}" WHERE id = $1`, [last.id]);
    try {
      const res = await t.http().get('/health/ready').set('X-Request-Id', 'ready-check-1').expect(503);
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: `health check failed: migrations down (pending: ${last.name}); up: database, sandbox`,
        request_id: 'ready-check-1',
      });
      await t.http().get('/health').expect(200);
    } finally {
      await t.dataSource.query(`INSERT INTO "${table}" (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    await t.http().get('/health/ready').expect(200);
  });

  it('should expose Prometheus metrics with latency by route template and the domain counters', async () => {
    await t.http().get('/api/skills/list').set('X-API-Key', ADMIN_KEY).expect(200);
    await t
      .http()
      .get('/api/skills/00000000-0000-4000-8000-000000000000')
      .set('X-API-Key', ADMIN_KEY)
      .expect(404);
    await t.http().get('/no/such/route').expect(404);
    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toMatch(
      /skillgate_http_request_duration_seconds_count\{method="GET",route="\/api\/skills\/list",status="200"\} 1/,
    );
    expect(text).toMatch(
      /skillgate_http_request_duration_seconds_count\{method="GET",route="\/api\/skills\/:id",status="404"\} 1/,
    );
    expect(text).toMatch(/route="unmatched",status="404"/);
    expect(text).not.toContain('no/such/route');
    for (const name of ['imports', 'scans', 'executions', 'scan_cache']) {
      expect(text).toContain(`# TYPE skillgate_${name}_total counter`);
    }
    expect(text).toContain('skillgate_process_resident_memory_bytes');
  });

  it('should count first-scan jobs and report the queue depth', async () => {
    await t
      .http()
      .post('/api/skills/import')
      .set('X-API-Key', ADMIN_KEY)
      .send({ source: 'raw_content', content: skillMd('metrics-queue') })
      .expect(201);
    const text = (await t.http().get('/metrics').expect(200)).text;
    expect(text).toMatch(/skillgate_scan_jobs_total\{outcome="done"\} 1/);
    expect(text).toMatch(/skillgate_scan_jobs_open 0/);
  });
});

describe('operations: readiness with an unusable sandbox', () => {
  let t: TestApp;

  beforeAll(async () => {
    // An explicitly chosen driver that fails its probe at boot: the app starts, code skills get 503.
    t = await startTestApp({ sandbox: 'docker', dockerSocket: '/nonexistent/skillgate-docker.sock' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('should answer 503 on /health/ready naming the sandbox while /health stays 200', async () => {
    await t.http().get('/health').expect(200);
    const res = await t.http().get('/health/ready').set('X-Request-Id', 'ready-check-2').expect(503);
    expect(res.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message:
        'health check failed: sandbox down (SKILLGATE_SANDBOX=docker failed its startup probe; the startup log says why); up: database, migrations',
      request_id: 'ready-check-2',
    });
  });
});
