import { Writable } from 'node:stream';
import { runWithRequestContext } from '../common/request-context.js';
import { createOpsLogger } from './ops-logger.js';
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
});
