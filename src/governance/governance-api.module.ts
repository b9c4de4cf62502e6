import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AgentsController } from './agents.controller.js';
import { ApiKeyService } from './api-key.service.js';
import { AuditController } from './audit.controller.js';
import { GovernanceGuard } from './governance.guard.js';
import { GovernanceModule } from './governance.module.js';
import { LifecycleController } from './lifecycle.controller.js';
import { RateLimitGuard } from './rate-limit.guard.js';

/** The HTTP side of governance: API keys, the global rate-limit and governance guards, agent/audit/lifecycle routes. */
@Module({
  imports: [GovernanceModule],
  controllers: [AgentsController, AuditController, LifecycleController],
  providers: [
    ApiKeyService,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: GovernanceGuard },
  ],
  exports: [ApiKeyService],
})
export class GovernanceApiModule {}
