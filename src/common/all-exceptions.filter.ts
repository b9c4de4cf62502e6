import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { SkillParseError } from '../parsing/skill-parse-error.js';
import type { ErrorBody } from './error-body.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Errors that carry an HTTP status of their own (sources, body-parser, sandbox). */
interface StatusError {
  status?: number;
  statusCode?: number;
  message: string;
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { requestId?: string }>();
    const response = http.getResponse<Response>();
    const { status, message } = this.describe(exception);
    if (status >= 500)
      this.logger.error(`${request.method} ${request.url} -> ${status}`, (exception as Error)?.stack);
    const body: ErrorBody = {
      statusCode: status,
      error: REASONS[status] ?? 'Error',
      message,
      request_id: request.requestId ?? '',
    };
    if (!response.headersSent) response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; message: string } {
    if (exception instanceof HttpException)
      return { status: exception.getStatus(), message: httpMessage(exception) };
    if (exception instanceof SkillParseError) return { status: 400, message: exception.message };
    if (exception instanceof QueryFailedError && isConnectionLoss(exception)) {
      return { status: 503, message: 'the database is unavailable; retry shortly' };
    }
    const statusError = exception as StatusError;
    const status = statusError?.status ?? statusError?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) {
      return { status, message: statusError.message };
    }
    if (isConnectionError(exception))
      return { status: 503, message: 'the database is unavailable; retry shortly' };
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      message: 'internal error; see the server log for this request id',
    };
  }
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const health = healthCheckMessage(response);
  if (health) return health;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** A failed @nestjs/terminus check: its HealthCheckResult (`status`, `details` per indicator) is the exception body. */
interface HealthCheckBody {
  status: string;
  details: Record<string, IndicatorDetail>;
}

interface IndicatorDetail {
  status: string;
  message?: unknown;
}

/** Names each indicator that is down and why, then those that are up: the details in the one error shape. */
function healthCheckMessage(response: object): string | null {
  const body = response as Partial<HealthCheckBody>;
  if (typeof body.status !== 'string' || typeof body.details !== 'object' || body.details === null)
    return null;
  const entries = Object.entries(body.details);
  const down = entries
    .filter(([, detail]) => detail.status === 'down')
    .map(([key, detail]) => `${key} down${typeof detail.message === 'string' ? ` (${detail.message})` : ''}`);
  const up = entries.filter(([, detail]) => detail.status !== 'down').map(([key]) => key);
  const parts = body.status === 'shutting_down' ? ['shutting down', ...down] : down;
  return `health check failed: ${parts.join('; ') || body.status}${up.length ? `; up: ${up.join(', ')}` : ''}`;
}

function isConnectionLoss(error: QueryFailedError): boolean {
  return /terminat|connection|ECONNREFUSED/i.test(error.message);
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03';
}
