import {
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { createSandboxDriver } from './sandbox-factory.js';
import {
  DEFAULT_LIMITS,
  type SandboxDriver,
  type SandboxLimits,
  type SandboxRunRequest,
  type SandboxRunResult,
} from './sandbox-driver.js';

const HOW_TO_ENABLE =
  'code skills need a sandbox: install bubblewrap (apt-get install bubblewrap) and set SKILLGATE_SANDBOX=auto or bwrap, or set SKILLGATE_SANDBOX=docker with a Docker/Podman API';

/** The sandbox as the rest of Skillgate sees it: one driver chosen at boot, never an unsandboxed fallback. */
@Injectable()
export class SandboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Sandbox');
  private driver: SandboxDriver | null = null;
  private unavailableReason = HOW_TO_ENABLE;
  readonly limits: SandboxLimits;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.limits = {
      ...DEFAULT_LIMITS,
      memoryMb: config.sandboxMemoryMb,
      cpuSeconds: config.sandboxCpuSeconds,
      maxProcesses: config.sandboxMaxProcesses,
      wallTimeoutMs: config.sandboxWallTimeoutMs,
      tmpfsMb: config.sandboxTmpfsMb,
      maxOutputBytes: config.sandboxMaxOutputBytes,
    };
  }

  async onModuleInit(): Promise<void> {
    try {
      this.driver = await createSandboxDriver(this.config.sandbox, {
        dockerSocket: this.config.dockerSocket,
        dockerImage: this.config.dockerImage,
        dockerRuntime: this.config.dockerRuntime,
      });
    } catch (error) {
      this.unavailableReason = `sandbox ${this.config.sandbox} is not usable (${(error as Error).message}); ${HOW_TO_ENABLE}`;
      this.logger.error(this.unavailableReason);
    }
    this.logger.log(
      this.driver ? `code skills run in the ${this.driver.name} sandbox` : this.unavailableReason,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver?.shutdown?.();
  }

  get driverName(): string | null {
    return this.driver?.name ?? null;
  }

  async run(request: Omit<SandboxRunRequest, 'limits'>): Promise<SandboxRunResult & { driver: string }> {
    if (!this.driver) throw new ServiceUnavailableException(this.unavailableReason);
    const result = await this.driver.run({ ...request, limits: this.limits });
    return { ...result, driver: this.driver.name };
  }
}
