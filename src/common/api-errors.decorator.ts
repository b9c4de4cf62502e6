import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBody } from './error-body.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad input; the message names the field and the rule',
  401: 'Missing, unknown or revoked X-API-Key',
  403: 'Denied by a governance rule (named in the message)',
  404: 'Unknown skill',
  409: 'Conflicts with stored state',
  413: 'Body, file or archive over a limit',
  415: 'Unsupported file type',
  422: 'Understood but not importable (e.g. no SKILL.md, several skills)',
  429: 'Rate limit; see Retry-After',
  502: 'Upstream (GitHub) answered badly',
  503: 'Sandbox or database unavailable',
  504: 'Upstream timed out',
};

/** Documents error responses, all in the one error shape. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorBody })),
  );
}
