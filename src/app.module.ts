import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { GovernanceApiModule } from './governance/governance-api.module.js';
import { OpsModule } from './ops/ops.module.js';
import { RegistryApiModule } from './registry/registry-api.module.js';
import { SkillsModule } from './skills.module.js';

/** The Skillgate service: the SkillsModule services plus their HTTP API, guards and operations endpoints. */
@Module({})
export class AppModule {
  static withConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [SkillsModule.withConfig(config), GovernanceApiModule, RegistryApiModule, OpsModule],
    };
  }
}
