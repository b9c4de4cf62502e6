import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers to one request. */
export type FakeReply =
  | { kind: 'json'; body: unknown }
  | { kind: 'content'; content: string | null; finishReason?: string }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'slow'; delayMs: number; then: FakeReply };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: ChatRequestBody;
}

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: string }[];
  response_format?: { type: string };
  [key: string]: unknown;
}

export type FakeHandler = (request: RecordedRequest, index: number) => FakeReply;

/**
 * A local stand-in for an OpenAI-compatible endpoint, answering POST /v1/chat/completions in the
 * real wire format so the real `openai` client can be pointed at it with `baseURL`.
 */
export class FakeOpenAi {
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly queue: FakeReply[] = [];
  private handler: FakeHandler = () => ({ kind: 'json', body: { risk: 'LOW', findings: [] } });

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.baseURL;
  }

  get baseURL(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1`;
  }

  async stop(): Promise<void> {
    this.timers.forEach((t) => clearTimeout(t));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answer every request the same way (after any queued one-shot replies). */
  reply(reply: FakeReply | FakeHandler): void {
    this.handler = typeof reply === 'function' ? reply : () => reply;
  }

  replyOnce(reply: FakeReply): void {
    this.queue.push(reply);
  }

  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.reply({ kind: 'json', body: { risk: 'LOW', findings: [] } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return send(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
    }
    const request: RecordedRequest = {
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: JSON.parse(raw) as ChatRequestBody,
    };
    const index = this.requests.push(request) - 1;
    this.answer(res, this.queue.shift() ?? this.handler(request, index), request.body.model ?? 'fake');
  }

  private answer(res: ServerResponse, reply: FakeReply, model: string): void {
    switch (reply.kind) {
      case 'slow': {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!res.destroyed) this.answer(res, reply.then, model);
        }, reply.delayMs);
        this.timers.add(timer);
        return;
      }
      case 'status':
        return send(res, reply.status, reply.body ?? errorBody(reply.status), reply.headers);
      case 'json':
        return send(res, 200, completion(model, JSON.stringify(reply.body), 'stop'));
      case 'content':
        return send(res, 200, completion(model, reply.content, reply.finishReason ?? 'stop'));
    }
  }
}

function completion(model: string, content: string | null, finishReason: string): object {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function errorBody(status: number): object {
  const type = status === 429 ? 'rate_limit_exceeded' : 'server_error';
  return { error: { message: `fake ${status}`, type, param: null, code: type } };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
