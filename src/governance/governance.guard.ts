import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { currentRequestContext } from '../common/request-context.js';
import { requestKeyHash } from './api-key.js';
import { ApiKeyService } from './api-key.service.js';
import { GOVERNED_ID_PATTERN } from './governed-id.js';
import { MATURITY_KEY, OPERATOR_KEY, PUBLIC_KEY, SKILL_ACTION_KEY } from './governance.decorators.js';
import { GovernanceService } from './governance.service.js';
import { isAtLeast, type Maturity } from './maturity.js';
import type { Principal } from './principal.js';

export type AuthedRequest = Request & { principal?: Principal };

/** One guard before every handler: authentication, then the route's governance metadata. */
@Injectable()
export class GovernanceGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiKeyService) private readonly apiKeys: ApiKeyService,
    @Inject(GovernanceService) private readonly governance: GovernanceService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.apiKeys.resolve(request.header('x-api-key'), requestKeyHash(request));
    if (!principal) {
      await this.governance.recordDenial(undefined, 'unauthenticated', {
        route: `${request.method} ${request.path}`,
      });
      throw new UnauthorizedException('a valid X-API-Key header is required');
    }
    request.principal = principal;
    const store = currentRequestContext();
    if (store) store.principal = principal;
    const route = `${request.method} ${request.route?.path ?? request.path}`;

    if (this.reflector.getAllAndOverride<boolean>(OPERATOR_KEY, targets) && principal.kind !== 'operator') {
      return this.deny(principal, 'operator-only', 'this action needs the operator key', { route });
    }
    const minimum = this.reflector.getAllAndOverride<Maturity | undefined>(MATURITY_KEY, targets);
    if (minimum && principal.kind === 'agent' && !isAtLeast(principal.maturity, minimum)) {
      return this.deny(
        principal,
        'maturity-below-minimum',
        `this action needs maturity ${minimum} or above`,
        {
          route,
        },
      );
    }
    const action = this.reflector.getAllAndOverride<'execute' | undefined>(SKILL_ACTION_KEY, targets);
    const skillId: unknown = (request.body as Record<string, unknown> | undefined)?.skill_id;
    if (action && typeof skillId === 'string' && GOVERNED_ID_PATTERN.test(skillId)) {
      const decision = await this.governance.checkSkillAction(principal, skillId, action);
      if (!decision.allow)
        throw new ForbiddenException(`denied by rule ${decision.rule}: ${decision.message}`);
    }
    return true;
  }

  private async deny(
    principal: Principal,
    rule: string,
    message: string,
    detail: Record<string, unknown>,
  ): Promise<never> {
    await this.governance.recordDenial(principal, rule, detail);
    throw new ForbiddenException(`denied by rule ${rule}: ${message}`);
  }
}
