import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Public } from '../governance/governance.decorators.js';
import { HealthIndicators } from './health.indicators.js';

const database = { responseTime: 1, status: 'up' };
const migrations = { pending: [], responseTime: 2, status: 'up' };
const sandbox = { driver: 'bwrap', status: 'up' };

/**
 * Liveness and readiness through @nestjs/terminus. A failing check throws terminus's
 * ServiceUnavailableException; AllExceptionsFilter answers it as a 503 in the error shape whose
 * message names each indicator that is down and why.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicators) private readonly indicators: HealthIndicators,
  ) {}

  @Get()
  @Public()
  // Our own Swagger examples: terminus documents through a CommonJS require of @nestjs/swagger,
  // which works in Node but not under ESM jest, so the document would differ between the two.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness: 200 when the database answers' })
  @ApiOkResponse({
    schema: { example: { status: 'ok', info: { database }, error: {}, details: { database } } },
  })
  @ApiErrors(503)
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.indicators.database()]);
  }

  @Get('ready')
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Readiness: database answering, no pending migration, sandbox driver as configured',
  })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ok',
        info: { database, migrations, sandbox },
        error: {},
        details: { database, migrations, sandbox },
      },
    },
  })
  @ApiErrors(503)
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.indicators.database(),
      () => this.indicators.migrations(),
      () => this.indicators.sandboxDriver(),
    ]);
  }
}
