import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { HealthController } from './health.controller.js';
import { SkillsModule } from './skills.module.js';

@Module({})
export class AppModule {
  static withConfig(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [SkillsModule.withConfig(config)], controllers: [HealthController] };
  }
}
