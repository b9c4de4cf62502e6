import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SandboxModule } from '../sandbox/sandbox.module.js';
import { HealthController } from './health.controller.js';
import { HealthIndicators } from './health.indicators.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsModule } from './metrics.module.js';

/** Operations: liveness and readiness (terminus) and Prometheus metrics. Logging is wired in createApp (it must exist before Nest). */
@Module({
  imports: [TerminusModule, MetricsModule, SandboxModule],
  controllers: [HealthController, MetricsController],
  providers: [HealthIndicators],
})
export class OpsModule {}
