import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SafeHttpClient } from './safe-http.js';
import { SourceError } from './source-error.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe('SafeHttpClient', () => {
  const seen: string[] = [];
  let first: { url: string; server: Server };
  let second: { url: string; server: Server };

  beforeAll(async () => {
    second = await serve((req, res) => {
      seen.push(`second ${req.url} ${req.headers.authorization ?? '-'}`);
      res.end('landed');
    });
    first = await serve((req, res) => {
      seen.push(`first ${req.url} ${req.headers.authorization ?? '-'}`);
      if (req.url === '/hop') return res.writeHead(307, { location: '/hop2' }).end();
      if (req.url === '/hop2') return res.writeHead(302, { location: `${second.url}/end` }).end();
      if (req.url === '/declared-big')
        return res.writeHead(200, { 'content-length': 5000 }).end('x'.repeat(5000));
      if (req.url === '/chunked-big') {
        res.write('x'.repeat(3000));
        return res.end('x'.repeat(3000));
      }
      res.end('ok');
    });
  });

  afterAll(async () => {
    await Promise.all([stop(first.server), stop(second.server)]);
  });

  const client = (): SafeHttpClient =>
    new SafeHttpClient({
      allowedOrigins: [first.url, second.url],
      allowPrivateAddresses: true,
      timeoutMs: 5000,
    });

  it('should follow redirects between allowed origins and send credentials only to the first origin', async () => {
    seen.length = 0;
    const http = client();
    try {
      const response = await http.get(`${first.url}/hop`, {
        maxBytes: 100,
        credentials: { authorization: 'Bearer t' },
      });
      expect(response.body.toString()).toBe('landed');
      expect(seen).toEqual(['first /hop Bearer t', 'first /hop2 Bearer t', 'second /end -']);
    } finally {
      await http.close();
    }
  });

  it('should refuse a body whose Content-Length exceeds the cap, and one that grows past it while streaming', async () => {
    const http = client();
    try {
      for (const path of ['/declared-big', '/chunked-big']) {
        const error = await http
          .get(`${first.url}${path}`, { maxBytes: 4096 })
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(SourceError);
        expect((error as SourceError).status).toBe(413);
      }
    } finally {
      await http.close();
    }
  });

  it('should refuse a URL outside the allowed origins without connecting', async () => {
    const http = client();
    try {
      const error = await http
        .get('http://127.0.0.1:1/x', { maxBytes: 10 })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ status: 502, message: expect.stringMatching(/not an allowed host/) });
    } finally {
      await http.close();
    }
  });
});
