import { Module } from '@nestjs/common';
import { SandboxModule } from '../sandbox/sandbox.module.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsModule } from './metrics.module.js';
import { ReadinessController } from './readiness.controller.js';
import { ReadinessService } from './readiness.service.js';

/** Operations: readiness probe and Prometheus metrics. Logging is wired in createApp (it must exist before Nest). */
@Module({
  imports: [MetricsModule, SandboxModule],
  controllers: [ReadinessController, MetricsController],
  providers: [ReadinessService],
})
export class OpsModule {}
