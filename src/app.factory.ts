import 'reflect-metadata';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { LevelWithSilent } from 'pino';
import { AppModule } from './app.module.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { JsonBodyInterceptor } from './common/json-body.interceptor.js';
import { requestIdMiddleware } from './common/request-id.middleware.js';
import type { AppConfig } from './config/app-config.js';
import { httpObserver } from './ops/http-observer.middleware.js';
import { MetricsService } from './ops/metrics.service.js';
import { createOpsLogger } from './ops/ops-logger.js';
import { PinoLoggerService } from './ops/pino-logger.service.js';

/** Builds the HTTP application exactly as `npm start` runs it; tests use the same function. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = createOpsLogger(config.logLevel as LevelWithSilent);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.withConfig(config), {
    bodyParser: false,
    logger: config.logLevel === 'silent' ? false : new PinoLoggerService(logger),
  });
  app.use(requestIdMiddleware);
  app.use(httpObserver(app.get(MetricsService), logger));
  app.useBodyParser('json', { limit: config.maxBodyBytes });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalInterceptors(new JsonBodyInterceptor());
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, then shut down sandbox and database; exit 0.
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  setupSwagger(app);
  return app;
}

function setupSwagger(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Skillgate')
      .setDescription('Import, scan, store, govern and sandbox agent skills.')
      .setVersion('0.1.0')
      .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
