import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import {
  PRIVATE_ADDRESS_ERROR_CODE,
  guardedLookup,
  isIpLiteral,
  isPublicAddress,
  stripBrackets,
} from './address-policy.js';
import { formatBytes } from './bundle-collector.js';
import { SourceError } from './source-error.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 3;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export interface SafeHttpClientOptions {
  /** Origins (`https://api.github.com`) requests and redirects may go to; anything else is refused. */
  allowedOrigins: readonly string[];
  /** Tests only: lets the client reach 127.0.0.1 where the fake upstream listens. */
  allowPrivateAddresses?: boolean;
  /** Deadline for everything this client does, from its creation. */
  timeoutMs: number;
  connectTimeoutMs?: number;
  maxRedirects?: number;
  /** Names the upstream in messages (e.g. "GitHub"). */
  upstreamName?: string;
}

export interface SafeGetOptions {
  maxBytes: number;
  headers?: Record<string, string>;
  /** Sent only to the origin of the first request, never after a redirect to another origin. */
  credentials?: Record<string, string>;
}

export interface SafeResponse {
  status: number;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Outbound HTTP for fetching skills: fixed hosts, manual re-checked redirects, public addresses only
 * (checked when connecting), one overall deadline, and a body cap enforced while streaming.
 */
export class SafeHttpClient {
  private readonly agent: Agent;
  private readonly deadline: AbortSignal;
  private readonly allowed: Set<string>;
  private readonly upstream: string;

  constructor(private readonly options: SafeHttpClientOptions) {
    this.allowed = new Set(options.allowedOrigins.map((origin) => new URL(origin).origin));
    this.upstream = options.upstreamName ?? 'the upstream server';
    this.deadline = AbortSignal.timeout(options.timeoutMs);
    this.agent = new Agent({
      connect: {
        lookup: guardedLookup(options.allowPrivateAddresses ?? false),
        timeout: Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, options.timeoutMs),
      },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  async get(url: string, options: SafeGetOptions): Promise<SafeResponse> {
    const firstOrigin = new URL(url).origin;
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const target = this.checkTarget(current, redirects > 0);
      const sameOrigin = target.origin === firstOrigin;
      const headers = { ...options.headers, ...(sameOrigin ? options.credentials : {}) };
      const response = await this.send(target, headers);
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.statusCode) || typeof location !== 'string') {
        return {
          status: response.statusCode,
          url: target.href,
          headers: response.headers,
          body: await this.readBody(response, options.maxBytes),
        };
      }
      discard(response);
      if (redirects >= (this.options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) {
        throw new SourceError(502, `${this.upstream} redirected too many times; giving up.`);
      }
      current = this.redirectTarget(location, target);
    }
  }

  async close(): Promise<void> {
    await this.agent.destroy();
  }

  private redirectTarget(location: string, from: URL): string {
    try {
      return new URL(location, from).href;
    } catch {
      throw new SourceError(502, `${this.upstream} redirected to an invalid location.`);
    }
  }

  private checkTarget(url: string, isRedirect: boolean): URL {
    const target = new URL(url);
    if (!this.allowed.has(target.origin)) {
      const why = isRedirect
        ? `${this.upstream} redirected to ${target.origin}`
        : `${target.origin} was requested`;
      throw new SourceError(502, `${why}, which is not an allowed host; refusing to follow.`);
    }
    const host = stripBrackets(target.hostname);
    if (!this.options.allowPrivateAddresses && isIpLiteral(host) && !isPublicAddress(host)) {
      throw new SourceError(
        502,
        `Refusing to connect to ${host}: it is a private, loopback or link-local address.`,
      );
    }
    return target;
  }

  private async send(
    target: URL,
    headers: Record<string, string>,
  ): Promise<Awaited<ReturnType<typeof request>>> {
    try {
      return await request(target, { method: 'GET', headers, dispatcher: this.agent, signal: this.deadline });
    } catch (error) {
      throw this.networkError(error, target);
    }
  }

  private async readBody(response: Awaited<ReturnType<typeof request>>, maxBytes: number): Promise<Buffer> {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      discard(response);
      throw this.tooLarge(maxBytes);
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    try {
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > maxBytes) throw this.tooLarge(maxBytes);
        chunks.push(chunk);
      }
    } catch (error) {
      throw error instanceof SourceError ? error : this.networkError(error);
    } finally {
      discard(response);
    }
    return Buffer.concat(chunks, bytes);
  }

  private tooLarge(maxBytes: number): SourceError {
    return new SourceError(
      413,
      `The download from ${this.upstream} is larger than ${formatBytes(maxBytes)}.`,
    );
  }

  private networkError(error: unknown, target?: URL): SourceError {
    const where = target ? `${this.upstream} (${target.host})` : this.upstream;
    const code = errorCode(error);
    if (this.deadline.aborted || (code !== undefined && TIMEOUT_CODES.has(code))) {
      return new SourceError(504, `${where} did not answer within ${this.options.timeoutMs} ms.`);
    }
    if (code === PRIVATE_ADDRESS_ERROR_CODE) {
      return new SourceError(
        502,
        `Refusing to connect to ${where}: ${(errorCause(error) as Error).message}.`,
      );
    }
    const detail = code ?? (error instanceof Error ? error.message : String(error));
    return new SourceError(502, `Could not reach ${where}: ${detail}.`);
  }
}

/** Drops a body we will not read; destroying it emits an abort error that nobody needs. */
function discard(response: Awaited<ReturnType<typeof request>>): void {
  response.body.on('error', () => undefined);
  response.body.destroy();
}

/** undici may wrap the socket error; the useful code is on the error or its cause. */
function errorCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && !hasCode(current) && current.cause) current = current.cause;
  return current;
}

function errorCode(error: unknown): string | undefined {
  const cause = errorCause(error);
  return hasCode(cause) ? cause.code : undefined;
}

function hasCode(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}
