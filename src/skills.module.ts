import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, configFromProcessEnv } from './config/app-config.js';
import { ConfigModule, type AsyncConfigOptions } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { GovernanceModule } from './governance/governance.module.js';
import { MetricsModule } from './ops/metrics.module.js';
import { RegistryModule } from './registry/registry.module.js';
import { SandboxModule } from './sandbox/sandbox.module.js';
import { ScanningModule } from './scanning/scanning.module.js';

const SERVICE_MODULES = [
  MetricsModule,
  DatabaseModule,
  GovernanceModule,
  ScanningModule,
  SandboxModule,
  RegistryModule,
];
const EXPORTED = [GovernanceModule, ScanningModule, RegistryModule, SandboxModule];

/**
 * The public module for host applications: registry, scanning, governance and sandbox services
 * in-process, without Skillgate's routes or its global guards (AppModule adds those).
 */
@Module({})
export class SkillsModule {
  static forRoot(options: Partial<AppConfig> = {}): DynamicModule {
    return SkillsModule.withConfig(configFromProcessEnv(options));
  }

  static forRootAsync(options: AsyncConfigOptions): DynamicModule {
    return {
      module: SkillsModule,
      imports: [ConfigModule.forRootAsync(options), ...SERVICE_MODULES],
      exports: EXPORTED,
    };
  }

  static withConfig(config: AppConfig): DynamicModule {
    return {
      module: SkillsModule,
      imports: [ConfigModule.forRoot(config), ...SERVICE_MODULES],
      exports: EXPORTED,
    };
  }
}
