import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config.js';
import { ExecutionController } from './execution.controller.js';
import { RegistryModule } from './registry.module.js';
import { RescanController } from './rescan.controller.js';
import { SkillVersionsController } from './skill-versions.controller.js';
import { SkillsController } from './skills.controller.js';

/** The `/api/skills` routes. */
@Module({
  imports: [
    RegistryModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxArchiveBytes, files: 1, fields: 8, parts: 10 },
      }),
    }),
  ],
  controllers: [RescanController, SkillsController, ExecutionController, SkillVersionsController],
})
export class RegistryApiModule {}
