import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { buildConfig, type AppConfig } from '../../src/config/app-config.js';
import { openDataSource } from '../../src/database/data-source.factory.js';

export const ADMIN_KEY = 'test-operator-key-0123456789abcdef';

/** Set TEST_DATABASE_URL to run the suites against a PostgreSQL server instead of embedded PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const DATABASE_KIND = TEST_DATABASE_URL ? 'server' : 'embedded';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  truncate: () => Promise<void>;
  close: () => Promise<void>;
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return buildConfig(
    {},
    {
      adminKey: ADMIN_KEY,
      databaseUrl: TEST_DATABASE_URL,
      dataDir: 'memory://',
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      sandbox: 'none',
      ...overrides,
    },
  );
}

const TABLES =
  'audit_events, executions, skill_files, skill_versions, skills, scan_cache, agents, rescan_jobs, scan_jobs';

async function truncateAll(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
}

/** Starts from an empty server database, before the app boots (its background workers see no stale jobs). */
export async function resetServerDatabase(url: string): Promise<void> {
  const dataSource = await openDataSource({ databaseUrl: url, dataDir: '' });
  try {
    await truncateAll(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  { keepData = false }: { keepData?: boolean } = {},
): Promise<TestApp> {
  const config = testConfig(overrides);
  if (config.databaseUrl && !keepData) await resetServerDatabase(config.databaseUrl);
  const app = await createApp(config);
  await app.init();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer() as Server;
  const truncate = () => truncateAll(dataSource);
  return { app, config, dataSource, http: () => request(server), truncate, close: () => app.close() };
}

export function skillMd(
  name: string,
  description = 'A helpful test skill.',
  body = '# Usage\nSay hello politely.',
): string {
  return `---\nname: ${name}\ndescription: ${description}\n---\n${body}\n`;
}
