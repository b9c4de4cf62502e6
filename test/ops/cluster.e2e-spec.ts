import { readFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { ensureBuilt } from '../support/build.js';
import { ADMIN_KEY, TEST_DATABASE_URL, resetServerDatabase } from '../support/test-app.js';
import { startServer, stopServer, type SpawnedServer } from './spawned-server.js';

const admin = { 'X-API-Key': ADMIN_KEY };

async function workerPids(server: SpawnedServer): Promise<number[]> {
  const pid = server.child.pid ?? 0;
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
  return children.trim().split(/\s+/).filter(Boolean).map(Number);
}

async function until<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A new connection per request (no keep-alive), so node cluster hands them to the workers in turn. */
function get(server: SpawnedServer, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(`${server.url}${path}`, { agent: false, headers: admin }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
}

describe('operations: SKILLGATE_WORKERS=2 (node cluster on the PostgreSQL server)', () => {
  let server: SpawnedServer | undefined;

  beforeAll(async () => {
    if (!TEST_DATABASE_URL) {
      console.warn('SKIPPED cluster test: it needs a PostgreSQL server (set TEST_DATABASE_URL)');
      return;
    }
    ensureBuilt();
    await resetServerDatabase(TEST_DATABASE_URL);
    server = await startServer('', { DATABASE_URL: TEST_DATABASE_URL, SKILLGATE_WORKERS: '2' });
    await until(async () => (server!.output().includes('skillgate workers listening') ? true : undefined));
    expect(await workerPids(server)).toHaveLength(2);
  });
  afterAll(async () => {
    if (server) await stopServer(server, 'SIGKILL');
  });

  const serverOnly = (name: string, fn: (server: SpawnedServer) => Promise<void>) =>
    it(name, async () => {
      if (server) await fn(server);
    });

  serverOnly('should answer on one port from two workers, with /metrics summed over both', async (s) => {
    for (let i = 0; i < 20; i++) expect((await get(s, '/api/skills/list?limit=1')).status).toBe(200);
    const metrics = (await get(s, '/metrics')).text;
    const count =
      /skillgate_http_request_duration_seconds_count\{[^}]*route="\/api\/skills\/list"[^}]*status="200"[^}]*\} (\d+)/.exec(
        metrics,
      );
    expect(Number(count?.[1])).toBe(20);
  });

  serverOnly('should write whole JSON log lines only, whichever worker writes them', async (s) => {
    await Promise.all(Array.from({ length: 200 }, () => get(s, '/api/skills/list?limit=1')));
    // Workers' lines reach the primary's stdout through IPC, after the responses: wait for all 200.
    const lines = await until(async () => {
      const now = s.output().split('\n').filter(Boolean);
      return Promise.resolve(now.length > 200 ? now : undefined);
    });
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  serverOnly('should replace a worker killed with SIGKILL and keep answering', async (s) => {
    const [victim, survivor] = await workerPids(s);
    process.kill(victim, 'SIGKILL');
    const pids = await until(async () => {
      const now = await workerPids(s);
      return now.length === 2 && !now.includes(victim) ? now : undefined;
    });
    expect(pids).toContain(survivor);
    expect(s.output()).toContain('worker exited; starting another');
    for (let i = 0; i < 10; i++) expect((await get(s, '/api/skills/list?limit=1')).status).toBe(200);
  });

  serverOnly('should stop every worker and exit 0 on SIGTERM', async (s) => {
    const pids = await workerPids(s);
    expect(await stopServer(s)).toEqual({ code: 0, signal: null });
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    server = undefined;
  });
});

describe('operations: SIGTERM while SKILLGATE_WORKERS boot', () => {
  it('should stop the workers already started and exit 0, leaving no process behind', async () => {
    if (!TEST_DATABASE_URL) return; // warned above
    ensureBuilt();
    // startServer returns once the first worker answers /health: the second is still booting.
    const s = await startServer('', { DATABASE_URL: TEST_DATABASE_URL, SKILLGATE_WORKERS: '2' });
    const pids = await workerPids(s);
    expect(s.output()).not.toContain('skillgate workers listening');
    expect(await stopServer(s)).toEqual({ code: 0, signal: null });
    expect(s.output()).not.toContain('skillgate workers listening');
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
