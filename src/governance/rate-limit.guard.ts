import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config.js';
import { requestKeyHash } from './api-key.js';
import { PUBLIC_KEY } from './governance.decorators.js';

const WINDOW_MS = 60_000;

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed one-minute windows per API key (hashed) or per client address without a key, with a
 * stricter budget for import and execute. Counters are per process (see README, Operations).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new LRUCache<string, Window>({ max: 100_000 });

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<Request>();
    const { bucket, limit } = this.budget(request.path);
    const key = `${tracker(request)}:${bucket}`;
    const now = Date.now();
    const window = this.windows.get(key);
    const current = window && window.resetAt > now ? window : { count: 0, resetAt: now + WINDOW_MS };
    current.count += 1;
    this.windows.set(key, current);
    if (current.count <= limit) return true;
    const retryAfter = Math.ceil((current.resetAt - now) / 1000);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new HttpException(
      `rate limit of ${limit} ${bucket} requests per minute exceeded; retry in ${retryAfter} s`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  private budget(path: string): { bucket: string; limit: number } {
    if (path.startsWith('/api/skills/import'))
      return { bucket: 'import', limit: this.config.importRateLimitPerMinute };
    if (path === '/api/skills/execute')
      return { bucket: 'execute', limit: this.config.executeRateLimitPerMinute };
    return { bucket: 'api', limit: this.config.rateLimitPerMinute };
  }
}

function tracker(request: Request): string {
  const hash = requestKeyHash(request);
  return hash ? `key:${hash}` : `ip:${request.ip ?? 'unknown'}`;
}
