import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { buildConfig, type AppConfig } from '../../src/config/app-config.js';

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

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config);
  await app.init();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer() as Server;
  const truncate = async () => {
    await dataSource.query(
      'TRUNCATE audit_events, executions, skill_files, skill_versions, skills, scan_cache, agents RESTART IDENTITY CASCADE',
    );
  };
  if (TEST_DATABASE_URL) await truncate();
  return { app, config, dataSource, http: () => request(server), truncate, close: () => app.close() };
}

export function skillMd(
  name: string,
  description = 'A helpful test skill.',
  body = '# Usage\nSay hello politely.',
): string {
  return `---\nname: ${name}\ndescription: ${description}\n---\n${body}\n`;
}
