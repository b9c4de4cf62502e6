import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './entities.js';

export interface DatabaseTarget {
  /** postgres://… for a server; absent for the embedded database. */
  databaseUrl?: string;
  /** Embedded database folder, or `memory://` for an in-memory instance. */
  dataDir: string;
}

const COMMON: Partial<DataSourceOptions> = {
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsRun: false,
  synchronize: false,
  // Failed queries surface as errors through the exception filter and its log; TypeORM's own console log would duplicate them.
  logging: false,
};

export function serverDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    ...COMMON,
    type: 'postgres',
    url: databaseUrl,
    poolSize: 10,
    connectTimeoutMS: 5000,
    // A new PostgreSQL backend pays page faults on every shared buffer it touches first (~80 ms
    // for a search counting 10k skills, against ~7 ms warm); pg closes idle clients after 10 s.
    extra: { idleTimeoutMillis: 300_000 },
  } as DataSourceOptions;
}

/** Embedded PostgreSQL: PGlite through its node-postgres adapter, one connection (see STACK.md). */
async function embeddedDataSourceOptions(
  dataDir: string,
): Promise<{ options: DataSourceOptions; pglite: PGlite }> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const options = {
    ...COMMON,
    type: 'postgres',
    poolSize: 1,
    extra: createPgConfig(pglite),
  } as DataSourceOptions;
  return { options, pglite };
}

/** Opens the database and applies pending migrations (schema changes only through migrations). */
export async function openDataSource(target: DatabaseTarget): Promise<DataSource> {
  if (target.databaseUrl) {
    return migrate(new DataSource(serverDataSourceOptions(target.databaseUrl)));
  }
  const { options, pglite } = await embeddedDataSourceOptions(target.dataDir);
  const dataSource = new DataSource(options);
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await pglite.close();
  };
  return migrate(dataSource);
}

async function migrate(dataSource: DataSource): Promise<DataSource> {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
