import { request as httpRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_KEY, skillMd } from '../support/test-app.js';
import { ensureBuilt } from '../support/build.js';
import { startServer, stopServer } from './spawned-server.js';

/** Sends the headers and half the body now; the rest when `finish` is called. */
function slowImport(url: string, body: string) {
  const split = Math.floor(body.length / 2);
  const req = httpRequest(`${url}/api/skills/import`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      'X-API-Key': ADMIN_KEY,
      'X-Request-Id': 'in-flight-1',
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, split));
  return { response, finish: () => req.end(body.slice(split)) };
}

describe('operations: graceful shutdown and restart (spawned node dist/main.js)', () => {
  let dataDir: string;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'skillgate-shutdown-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should finish an in-flight request on SIGTERM, exit 0, and keep the data across a restart', async () => {
    const server = await startServer(join(dataDir, 'db'));
    const body = JSON.stringify({ source: 'raw_content', content: skillMd('survives-shutdown') });
    const inFlight = slowImport(server.url, body);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    inFlight.finish();

    const answer = await inFlight.response;
    expect(answer.status).toBe(201);
    const skillId = (JSON.parse(answer.body) as { skill_id: string }).skill_id;
    expect(await server.exited).toEqual({ code: 0, signal: null });

    const logLines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logLines).toContainEqual(
      expect.objectContaining({
        msg: 'request',
        request_id: 'in-flight-1',
        route: '/api/skills/import',
        status: 201,
      }),
    );
    expect(server.output()).not.toContain(ADMIN_KEY);

    const again = await startServer(join(dataDir, 'db'));
    try {
      const res = await fetch(`${again.url}/api/skills/${skillId}`, { headers: { 'X-API-Key': ADMIN_KEY } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe('survives-shutdown');
    } finally {
      expect(await stopServer(again)).toEqual({ code: 0, signal: null });
    }
  });
});
