import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { SandboxService } from '../sandbox/sandbox.service.js';

/** How long a database probe may take before its indicator is `down`. */
export const CHECK_TIMEOUT_MS = 3000;

/** Skillgate's terminus health indicators: database, migrations, sandbox. */
@Injectable()
export class HealthIndicators {
  constructor(
    @Inject(HealthIndicatorService) private readonly health: HealthIndicatorService,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SandboxService) private readonly sandbox: SandboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** `up` when `SELECT 1` answers within the timeout. */
  database(): PromiseLike<HealthIndicatorResult<'database'>> {
    return this.health
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  /** `up` when every migration the code knows is recorded in the migrations table. */
  async migrations(): Promise<HealthIndicatorResult<'migrations'>> {
    const result = await this.health
      .check('migrations')
      .attempt(async () => ({ pending: await this.pendingMigrations() }))
      .withTimeout(CHECK_TIMEOUT_MS);
    const { status, pending, responseTime } = result.migrations as {
      status: string;
      pending?: string[];
      responseTime: number;
    };
    if (status !== 'up' || !pending?.length) return result;
    return this.health
      .check('migrations')
      .down({ message: `pending: ${pending.join(', ')}`, pending, responseTime });
  }

  /** The driver running code skills: `bwrap`/`docker`, or `disabled` by configuration, is `up`; `unavailable` is `down`. */
  sandboxDriver(): HealthIndicatorResult<'sandbox'> {
    const indicator = this.health.check('sandbox');
    const driver = this.sandbox.driverName;
    if (driver) return indicator.up({ driver });
    // `auto` without bubblewrap and `none` are deliberate: code skills get 503, the rest works.
    if (this.config.sandbox === 'none' || this.config.sandbox === 'auto')
      return indicator.up({ driver: 'disabled' });
    return indicator.down({
      driver: 'unavailable',
      message: `SKILLGATE_SANDBOX=${this.config.sandbox} failed its startup probe; the startup log says why`,
    });
  }

  /** Reads the migrations table instead of showMigrations(), which may CREATE TABLE on every probe. */
  private async pendingMigrations(): Promise<string[]> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    const rows = (await this.dataSource.query(`SELECT name FROM "${table}"`)) as { name: string }[];
    const applied = new Set(rows.map((row) => row.name));
    return this.dataSource.migrations
      .map((migration) => migration.name ?? migration.constructor.name)
      .filter((name) => !applied.has(name));
  }
}
