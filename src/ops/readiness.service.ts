import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { SandboxService } from '../sandbox/sandbox.service.js';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  migrations: 'applied' | 'pending' | 'unknown';
  pending_migrations: string[];
  /** The driver running code skills, `disabled` when configured off, `unavailable` when it failed. */
  sandbox: string;
}

const CHECK_TIMEOUT_MS = 3000;

/** Can this instance serve traffic: database answering, schema current, sandbox as configured. */
@Injectable()
export class ReadinessService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SandboxService) private readonly sandbox: SandboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async check(): Promise<Readiness> {
    const pending = await withTimeout(this.pendingMigrations()).catch(() => null);
    const sandbox = this.sandboxState();
    return {
      ready: pending !== null && pending.length === 0 && sandbox !== 'unavailable',
      database: pending === null ? 'down' : 'up',
      migrations: pending === null ? 'unknown' : pending.length === 0 ? 'applied' : 'pending',
      pending_migrations: pending ?? [],
      sandbox,
    };
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

  private sandboxState(): string {
    const driver = this.sandbox.driverName;
    if (driver) return driver;
    // `auto` without bubblewrap and `none` are deliberate: code skills get 503, the rest works.
    return this.config.sandbox === 'none' || this.config.sandbox === 'auto' ? 'disabled' : 'unavailable';
  }
}

async function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
