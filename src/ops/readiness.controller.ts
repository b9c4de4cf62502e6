import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Public } from '../governance/governance.decorators.js';
import { ReadinessService, type Readiness } from './readiness.service.js';

@ApiTags('health')
@Controller('health')
export class ReadinessController {
  constructor(@Inject(ReadinessService) private readonly readiness: ReadinessService) {}

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Readiness: database answering, no pending migration, sandbox driver as configured',
  })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ready',
        database: 'up',
        migrations: 'applied',
        pending_migrations: [],
        sandbox: 'bwrap',
      },
    },
  })
  @ApiErrors(503)
  async ready(): Promise<Omit<Readiness, 'ready'> & { status: 'ready' }> {
    const { ready, ...checks } = await this.readiness.check();
    if (!ready) throw new ServiceUnavailableException(`not ready: ${describe(checks)}`);
    return { status: 'ready', ...checks };
  }
}

function describe(checks: Omit<Readiness, 'ready'>): string {
  const pending = checks.pending_migrations.length ? ` (${checks.pending_migrations.join(', ')})` : '';
  return `database ${checks.database}, migrations ${checks.migrations}${pending}, sandbox ${checks.sandbox}`;
}
