import { UnauthorizedException } from '@nestjs/common';
import type { AuthedRequest } from './governance.guard.js';
import type { Principal } from './principal.js';

/** The principal the guard attached; handlers only run after the guard, so absence is a wiring bug. */
export function principalOf(request: AuthedRequest): Principal {
  if (!request.principal) throw new UnauthorizedException('a valid X-API-Key header is required');
  return request.principal;
}
