import { Logger } from '@nestjs/common';
import cluster from 'node:cluster';
import { createApp } from './app.factory.js';
import { ConfigError, configFromProcessEnv } from './config/app-config.js';
import { runPrimary } from './ops/cluster.js';

async function bootstrap(): Promise<void> {
  const config = configFromProcessEnv();
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config);
  const app = await createApp(config);
  await app.listen(config.port);
  Logger.log(`Skillgate listening on http://localhost:${config.port} (API docs at /docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
