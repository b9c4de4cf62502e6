import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, configFromProcessEnv } from './app-config.js';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useFactory: () => config ?? configFromProcessEnv() }],
      exports: [AppConfig],
    };
  }
}
