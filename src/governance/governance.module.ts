import { Module } from '@nestjs/common';
import { AgentsService } from './agents.service.js';
import { AuditService } from './audit.service.js';
import { GovernanceService } from './governance.service.js';
import { LifecycleService } from './lifecycle.service.js';

/** Governance services: policy decisions, agents, lifecycle transitions, audit. No routes, no guard. */
@Module({
  providers: [AuditService, GovernanceService, AgentsService, LifecycleService],
  exports: [AuditService, GovernanceService, AgentsService, LifecycleService],
})
export class GovernanceModule {}
