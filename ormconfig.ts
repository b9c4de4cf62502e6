/**
 * TypeORM CLI data source for a PostgreSQL server (DATABASE_URL), e.g.
 *   npx typeorm-ts-node-esm migration:show -d ormconfig.ts
 * The app itself runs migrations on start, on the embedded database and on a server alike.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { configFromProcessEnv } from './src/config/app-config.js';
import { serverDataSourceOptions } from './src/database/data-source.factory.js';

const config = configFromProcessEnv();
if (!config.databaseUrl) throw new Error('ormconfig.ts drives a PostgreSQL server: set DATABASE_URL');

export default new DataSource(serverDataSourceOptions(config.databaseUrl));
