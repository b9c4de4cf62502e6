import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AgentsController } from './agents.controller.js';
import { AgentsService } from './agents.service.js';
import { ApiKeyService } from './api-key.service.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { GovernanceGuard } from './governance.guard.js';
import { GovernanceService } from './governance.service.js';
import { LifecycleController } from './lifecycle.controller.js';
import { LifecycleService } from './lifecycle.service.js';
import { RateLimitGuard } from './rate-limit.guard.js';

@Module({
  controllers: [AgentsController, AuditController, LifecycleController],
  providers: [
    AuditService,
    ApiKeyService,
    GovernanceService,
    AgentsService,
    LifecycleService,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: GovernanceGuard },
  ],
  exports: [AuditService, ApiKeyService, GovernanceService, AgentsService, LifecycleService],
})
export class GovernanceModule {}
