import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module.js';
import { SandboxModule } from '../sandbox/sandbox.module.js';
import { ScanningModule } from '../scanning/scanning.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { ExecutionController } from './execution.controller.js';
import { ExecutionService } from './execution.service.js';
import { RegistryService } from './registry.service.js';
import { SkillQueries } from './skill-queries.js';
import { SkillStore } from './skill-store.js';
import { SkillsController } from './skills.controller.js';

@Module({
  imports: [SourcesModule, ScanningModule, GovernanceModule, SandboxModule],
  controllers: [SkillsController, ExecutionController],
  providers: [RegistryService, SkillStore, SkillQueries, ExecutionService],
  exports: [RegistryService, ExecutionService],
})
export class RegistryModule {}
