import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from '../support/build.js';
import { ADMIN_KEY } from '../support/test-app.js';
import { startServer } from './spawned-server.js';

/** Logs are buffered (one write per ~4 KiB or per second); nothing buffered may be lost on exit. */
describe('operations: buffered logs are written out when the process ends', () => {
  let dataDir: string;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'skillgate-log-flush-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should write the last request lines when SIGTERM arrives right after them', async () => {
    const server = await startServer(join(dataDir, 'db'));
    const ids = ['flush-1', 'flush-2', 'flush-3'];
    for (const id of ids) {
      const res = await fetch(`${server.url}/api/skills/list`, {
        headers: { 'X-API-Key': ADMIN_KEY, 'X-Request-Id': id },
      });
      expect(res.status).toBe(200);
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const logged = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; request_id?: string });
    const requests = logged.filter((line) => line.msg === 'request' && line.request_id?.startsWith('flush-'));
    expect(requests.map((line) => line.request_id)).toEqual(ids);
  });

  it('should write buffered lines when the process dies of an uncaught exception', async () => {
    const logger = pathToFileURL(join(ROOT, 'dist', 'ops', 'ops-logger.js')).href;
    const script = `const { createOpsLogger } = await import(${JSON.stringify(logger)});
      const log = createOpsLogger('info');
      log.info('before the crash');
      log.error('still before the crash');
      setImmediate(() => { throw new Error('boom'); });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { msg: string }).msg),
    ).toEqual(['before the crash', 'still before the crash']);
  });
});
