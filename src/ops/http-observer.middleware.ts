import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { MetricsService } from './metrics.service.js';

type ObservedRequest = Request & { requestId?: string };

/** One JSON log line and one latency sample per request, labelled by route template (never raw URL). */
export function httpObserver(metrics: MetricsService, logger: Logger) {
  return (req: ObservedRequest, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req);
      metrics.observeHttp(req.method, route, res.statusCode, seconds);
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return; // req.ip parses forwarding headers: skip when not logged
      logger[level](
        {
          request_id: req.requestId,
          method: req.method,
          route,
          url: req.originalUrl,
          status: res.statusCode,
          duration_ms: Math.round(seconds * 10_000) / 10,
          remote: req.ip,
        },
        'request',
      );
    });
    next();
  };
}

function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : 'unmatched';
}
