import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config.js';
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
import { SkillVersionsController } from './skill-versions.controller.js';
import { VersionsService } from './versions.service.js';
import { TyposquatService } from './typosquat.service.js';
import { RescanController } from './rescan.controller.js';
import { RescanService } from './rescan.service.js';

@Module({
  imports: [
    SourcesModule,
    ScanningModule,
    GovernanceModule,
    SandboxModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxArchiveBytes, files: 1, fields: 8, parts: 10 },
      }),
    }),
  ],
  controllers: [RescanController, SkillsController, ExecutionController, SkillVersionsController],
  providers: [
    RegistryService,
    SkillStore,
    SkillQueries,
    ExecutionService,
    VersionsService,
    TyposquatService,
    RescanService,
  ],
  exports: [RegistryService, ExecutionService, VersionsService, TyposquatService, RescanService],
})
export class RegistryModule {}
