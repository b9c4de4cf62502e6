import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, configFromProcessEnv } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { GovernanceModule } from './governance/governance.module.js';
import { RegistryModule } from './registry/registry.module.js';
import { SandboxModule } from './sandbox/sandbox.module.js';
import { ScanningModule } from './scanning/scanning.module.js';

/** The public module for host applications: registry, scanning and governance services in-process. */
@Module({})
export class SkillsModule {
  static forRoot(options: Partial<AppConfig> = {}): DynamicModule {
    return SkillsModule.withConfig(configFromProcessEnv(options));
  }

  static withConfig(config: AppConfig): DynamicModule {
    return {
      module: SkillsModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        GovernanceModule,
        ScanningModule,
        SandboxModule,
        RegistryModule,
      ],
      exports: [GovernanceModule, ScanningModule, RegistryModule, SandboxModule],
    };
  }
}
