import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module.js';
import { SandboxModule } from '../sandbox/sandbox.module.js';
import { ScanningModule } from '../scanning/scanning.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { ExecutionService } from './execution.service.js';
import { RegistryService } from './registry.service.js';
import { RescanService } from './rescan.service.js';
import { ScanJobService } from './scan-jobs.service.js';
import { SkillGenerations } from './skill-generation.js';
import { SkillQueries } from './skill-queries.js';
import { SkillSearch } from './skill-search.js';
import { SkillStore } from './skill-store.js';
import { TyposquatService } from './typosquat.service.js';
import { VersionsService } from './versions.service.js';

/** Registry services: the import pipeline, queries, versions, execution, rescans, the first-scan queue. No routes. */
@Module({
  imports: [SourcesModule, ScanningModule, GovernanceModule, SandboxModule],
  providers: [
    RegistryService,
    SkillStore,
    SkillGenerations,
    SkillQueries,
    SkillSearch,
    ExecutionService,
    VersionsService,
    TyposquatService,
    RescanService,
    ScanJobService,
  ],
  exports: [RegistryService, ExecutionService, VersionsService, RescanService, ScanJobService],
})
export class RegistryModule {}
