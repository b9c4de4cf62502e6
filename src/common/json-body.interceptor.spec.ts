import { jest } from '@jest/globals';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { JsonBodyInterceptor } from './json-body.interceptor.js';

function contextFor(headers: Map<string, string>): ExecutionContext {
  const response = {
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
  };
  return { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ExecutionContext;
}

const send = (body: unknown, headers = new Map<string, string>()) =>
  lastValueFrom(
    new JsonBodyInterceptor().intercept(contextFor(headers), { handle: () => of(body) } as CallHandler),
  );

describe('JsonBodyInterceptor', () => {
  it('should send the JSON text with the ETag Express would compute', async () => {
    const headers = new Map<string, string>();
    const body = { skills: [{ name: 'pdf-tool', description: 'Ünïcode ✓' }], total: 1, next_cursor: null };
    const sent = await send(body, headers);
    expect(sent).toBe(JSON.stringify(body));
    // What Express's `etag` package gives this body (91 UTF-8 bytes).
    expect(headers.get('etag')).toBe('W/"5b-J8ehgMqw0IHHJWcKQODYS39xDN8"');
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('should stringify an answer object served again only once', async () => {
    const body = { total: 3 };
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const first = await send(body);
      const again = await send(body);
      expect(again).toBe(first);
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
  });

  it('should leave answers alone that set their own content type, and non-objects', async () => {
    const body = { a: 1 };
    expect(await send(body, new Map([['content-type', 'application/sarif+json']]))).toBe(body);
    expect(await send('text')).toBe('text');
    expect(await send(undefined)).toBeUndefined();
  });
});
