import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, configFromProcessEnv } from './config/app-config.js';

async function bootstrap(): Promise<void> {
  const config = configFromProcessEnv();
  const app = await createApp(config);
  await app.listen(config.port);
  Logger.log(`Skillgate listening on http://localhost:${config.port} (API docs at /docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
