import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

/** Global so any module can record metrics by injecting MetricsService. */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
