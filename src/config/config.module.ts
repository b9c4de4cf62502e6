import { Global, Module, type DynamicModule, type FactoryProvider } from '@nestjs/common';
import { AppConfig, configFromProcessEnv } from './app-config.js';

export interface AsyncConfigOptions {
  imports?: DynamicModule['imports'];
  inject?: FactoryProvider['inject'];
  useFactory: (...args: never[]) => Partial<AppConfig> | Promise<Partial<AppConfig>>;
}

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

  /** Options from the host's own providers (e.g. its config service), over the environment. */
  static forRootAsync(options: AsyncConfigOptions): DynamicModule {
    return {
      module: ConfigModule,
      imports: options.imports ?? [],
      providers: [
        {
          provide: AppConfig,
          inject: options.inject ?? [],
          useFactory: async (...args: never[]) => configFromProcessEnv(await options.useFactory(...args)),
        },
      ],
      exports: [AppConfig],
    };
  }
}
