import { createServer, connect, type Server, type Socket } from 'node:net';
import { ADMIN_KEY, startTestApp, TEST_DATABASE_URL, type TestApp } from '../support/test-app.js';
import { freePort } from '../support/free-port.js';

const PG_HOST = '127.0.0.1';
const PG_PORT = 5432;
/** The database of TEST_DATABASE_URL when set (a run of its own), else `test`. */
const PG_DATABASE = TEST_DATABASE_URL ? new URL(TEST_DATABASE_URL).pathname.slice(1) || 'test' : 'test';

async function serverAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(PG_PORT, PG_HOST);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => resolve(false));
  });
}

/** A TCP hop between the app and PostgreSQL that the test can cut and restore. */
class DatabaseLink {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(readonly port: number) {}

  async up(): Promise<void> {
    if (this.server?.listening) return;
    this.server = createServer((client) => {
      const upstream = connect(PG_PORT, PG_HOST);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.port, PG_HOST, resolve);
    });
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const reachable = await serverAnswers();
if (!reachable)
  console.warn(`database-down suite skipped: no PostgreSQL server answers on ${PG_HOST}:${PG_PORT}`);
const describeWithServer = reachable ? describe : describe.skip;

describeWithServer('resilience: the PostgreSQL server goes away and comes back', () => {
  let t: TestApp;
  let link: DatabaseLink;

  beforeAll(async () => {
    link = new DatabaseLink(await freePort());
    await link.up();
    t = await startTestApp({ databaseUrl: `postgres://postgres@${PG_HOST}:${link.port}/${PG_DATABASE}` });
  });

  afterAll(async () => {
    await link.up();
    await t.close();
    await link.down();
  });

  const list = () =>
    t.http().get('/api/skills/list').set('X-API-Key', ADMIN_KEY).set('X-Request-Id', 'db-down-1');

  it('should answer 503 in the error shape while the database is unreachable, then recover', async () => {
    await list().expect(200);

    await link.down();
    for (const call of [list(), t.http().get('/health').set('X-Request-Id', 'db-down-1')]) {
      const res = await call;
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: expect.any(String),
        request_id: 'db-down-1',
      });
    }
    const live = await t.http().get('/health').expect(503);
    expect(live.body.message).toMatch(/^health check failed: database down \(.+\)$/);
    const ready = await t.http().get('/health/ready').expect(503);
    expect(ready.body.message).toMatch(
      /^health check failed: database down \(.+\); migrations down \(.+\); up: sandbox$/,
    );

    await link.up();
    await list().expect(200);
    await t.http().get('/health/ready').expect(200);
  });
});
