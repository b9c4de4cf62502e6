import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runWithRequestContext } from '../common/request-context.js';
import { createLogDestination, createOpsLogger } from './ops-logger.js';
import { PinoLoggerService } from './pino-logger.service.js';

function capture(): { lines: () => Record<string, unknown>[]; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { lines, stream };
}

describe('ops logger', () => {
  it('should write one JSON object per line with level, time and the request id of the current request', () => {
    const out = capture();
    const logger = createOpsLogger('info', out.stream);
    runWithRequestContext({ requestId: 'req-42' }, () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({
      level: 'info',
      msg: 'inside',
      request_id: 'req-42',
      service: 'skillgate',
    });
    expect(typeof inside.time).toBe('string');
    expect(outside.request_id).toBeUndefined();
  });

  it('should redact API keys, authorization headers and tokens wherever they appear', () => {
    const out = capture();
    const logger = createOpsLogger('info', out.stream);
    logger.info({
      req: { headers: { 'x-api-key': 'sk-secret-1', authorization: 'Bearer sk-secret-2' } },
      agent: { api_key: 'sk-secret-3', token: 'sk-secret-4' },
      token: 'sk-secret-5',
    });
    const text = JSON.stringify(out.lines());
    expect(text).not.toMatch(/sk-secret/);
    expect(text).toContain('[redacted]');
  });

  it('should map Nest logger calls to levels with their context and stack', () => {
    const out = capture();
    const nest = new PinoLoggerService(createOpsLogger('info', out.stream));
    nest.log('listening', 'Bootstrap');
    nest.log('Mapped {/health, GET} route', 'RouterExplorer');
    nest.error('boom', 'Error: boom\n    at somewhere (file.ts:1:1)', 'Errors');
    nest.warn({ event: 'key-generated' }, 'ApiKeys');
    const lines = out.lines();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'listening', context: 'Bootstrap' });
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'boom', context: 'Errors' });
    expect(String(lines[1].stack)).toContain('at somewhere');
    expect(lines[2]).toMatchObject({ level: 'warn', event: 'key-generated', context: 'ApiKeys' });
  });

  it('should write nothing when silent', () => {
    const out = capture();
    new PinoLoggerService(createOpsLogger('silent', out.stream)).error('nope');
    expect(out.lines()).toEqual([]);
  });

  describe('buffered destination', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'skillgate-log-'));
    });
    afterEach(async () => rm(dir, { recursive: true, force: true }));

    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
    };

    const lines = async (file: string) =>
      (await readFile(file, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { msg: string; i?: number });

    it('should hold lines until 4 KiB are buffered, then write whole lines', async () => {
      const file = join(dir, 'out.log');
      const destination = createLogDestination({ dest: file, periodicFlushMs: 60_000 });
      const logger = createOpsLogger('info', destination);
      await until(async () => (await readFile(file, 'utf8').catch(() => null)) !== null);
      logger.info('first');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await lines(file)).toEqual([]); // no write per line
      for (let i = 0; i < 100; i++) logger.info({ i }, 'burst'); // ~12 KiB: written without a flush
      await until(async () => (await lines(file)).length > 50);
      expect((await lines(file)).length).toBeGreaterThan(50);
      destination.flushSync(); // what pino does on process exit
      expect((await lines(file)).map((line) => line.i)).toEqual([undefined, ...Array(100).keys()]);
      destination.end();
    });

    it('should write a partly filled buffer on the periodic flush', async () => {
      const file = join(dir, 'out.log');
      const destination = createLogDestination({ dest: file, periodicFlushMs: 50 });
      createOpsLogger('info', destination).info('quiet period');
      await until(async () => (await readFile(file, 'utf8').catch(() => '')).length > 0);
      expect((await lines(file)).map((line) => line.msg)).toEqual(['quiet period']);
      destination.end();
    });
  });
});
