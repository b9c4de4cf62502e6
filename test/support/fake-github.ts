/**
 * A local stand-in for GitHub: the REST calls an import makes (`/repos/{o}/{r}`, `/repos/{o}/{r}/commits/{ref}`)
 * on one server and codeload-style tarballs (`/{o}/{r}/tar.gz/{ref}`) on another, so the real client
 * code runs against real HTTP. Behaviours make it answer 404, redirect, oversize or slowly.
 */
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FixtureFiles, tarballFromFiles } from './fake-github-archives.js';

export interface FakeRepo {
  defaultBranch: string;
  sha: string;
  files: FixtureFiles;
  /** Extra refs (branches with slashes, tags) that resolve to `sha`. */
  refs?: string[];
}

export type FakeEndpoint = 'repo' | 'commit' | 'tarball';

export interface FakeGithubBehaviour {
  /** Answer this status (with a GitHub-like JSON message) instead of the real answer. */
  status?: Partial<Record<FakeEndpoint, number>>;
  /** Answer the tarball with a 302 to this absolute URL (a function gets the fake's own URLs). */
  redirectTarballTo?: string | ((urls: { apiUrl: string; codeloadUrl: string }) => string);
  /** Serve this many random bytes (gzip magic first, chunked, no Content-Length) as the tarball. */
  oversizeTarballBytes?: number;
  /** Wait this long before answering any request. */
  delayMs?: number;
  /** When set, every request must carry `Authorization: Bearer <token>`, else 401. */
  requireToken?: string;
}

export interface FakeGithub {
  apiUrl: string;
  codeloadUrl: string;
  /** `METHOD path authorization?` of every request received, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeGithub(
  repos: Record<string, FakeRepo>,
  behaviour: FakeGithubBehaviour = {},
): Promise<FakeGithub> {
  const tarballs = new Map<string, Buffer>();
  for (const [fullName, repo] of Object.entries(repos)) {
    const name = fullName.split('/')[1];
    tarballs.set(fullName, await tarballFromFiles(repo.files, `${name}-${repo.sha}`));
  }
  const requests: string[] = [];
  const urls = { apiUrl: '', codeloadUrl: '' };
  const timers = new Set<NodeJS.Timeout>();
  const handle =
    (serve: (req: IncomingMessage, res: ServerResponse) => void) =>
    (req: IncomingMessage, res: ServerResponse) => {
      requests.push(
        `${req.method} ${req.url}${req.headers.authorization ? ` ${req.headers.authorization}` : ''}`,
      );
      const answer = (): void => {
        if (behaviour.requireToken && req.headers.authorization !== `Bearer ${behaviour.requireToken}`) {
          return sendJson(res, 401, { message: 'Bad credentials' });
        }
        serve(req, res);
      };
      if (!behaviour.delayMs) return answer();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer();
      }, behaviour.delayMs);
      timers.add(timer);
    };

  const api = createServer(
    handle((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const match = /^\/repos\/([^/]+)\/([^/]+)(?:\/commits\/(.+))?$/.exec(url.pathname);
      const repo = match ? repos[`${match[1]}/${match[2]}`] : undefined;
      if (!match || !repo) return sendJson(res, 404, { message: 'Not Found' });
      const endpoint: FakeEndpoint = match[3] === undefined ? 'repo' : 'commit';
      const forced = behaviour.status?.[endpoint];
      if (forced) return sendJson(res, forced, { message: `forced ${forced}` });
      if (endpoint === 'repo')
        return sendJson(res, 200, {
          full_name: `${match[1]}/${match[2]}`,
          default_branch: repo.defaultBranch,
        });
      const ref = decodeURIComponent(match[3]);
      const known = [repo.defaultBranch, repo.sha, ...(repo.refs ?? [])];
      if (!known.includes(ref)) return sendJson(res, 422, { message: `No commit found for SHA: ${ref}` });
      return sendJson(res, 200, { sha: repo.sha });
    }),
  );

  const codeload = createServer(
    handle((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const match = /^\/([^/]+)\/([^/]+)\/tar\.gz\/(.+)$/.exec(url.pathname);
      const fullName = match ? `${match[1]}/${match[2]}` : '';
      const repo = repos[fullName];
      const forced = behaviour.status?.tarball;
      if (forced) return sendJson(res, forced, { message: `forced ${forced}` });
      if (behaviour.redirectTarballTo) {
        const target = behaviour.redirectTarballTo;
        res.writeHead(302, { location: typeof target === 'string' ? target : target(urls) });
        return res.end();
      }
      if (behaviour.oversizeTarballBytes) return sendOversize(res, behaviour.oversizeTarballBytes);
      const ref = match ? decodeURIComponent(match[3]) : '';
      if (!repo || (ref !== repo.sha && ref !== repo.defaultBranch && !(repo.refs ?? []).includes(ref))) {
        res.writeHead(404).end('404: Not Found');
        return;
      }
      const body = tarballs.get(fullName) as Buffer;
      res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': body.length });
      res.end(body);
    }),
  );

  const [apiPort, codeloadPort] = await Promise.all([listen(api), listen(codeload)]);
  urls.apiUrl = `http://127.0.0.1:${apiPort}`;
  urls.codeloadUrl = `http://127.0.0.1:${codeloadPort}`;
  return {
    ...urls,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([stop(api), stop(codeload)]);
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendOversize(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/x-gzip' });
  let sent = 0;
  const pump = (): void => {
    while (sent < bytes && !res.destroyed) {
      const chunk = randomBytes(Math.min(64 * 1024, bytes - sent));
      if (sent === 0) chunk.set([0x1f, 0x8b]);
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('error', () => undefined);
  pump();
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
