import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Operator } from '../governance/governance.decorators.js';
import type { AuthedRequest } from '../governance/governance.guard.js';
import { principalOf } from '../governance/principal-of.js';
import type { RescanJobEntity } from './entities/rescan-job.entity.js';
import { RescanService } from './rescan.service.js';

export class RescanJobDto {
  @ApiProperty({ format: 'uuid' }) job_id: string;
  @ApiProperty({ enum: ['running', 'completed', 'failed'] }) status: string;
  @ApiProperty() engine_version: string;
  @ApiProperty() total: number;
  @ApiProperty() done: number;
  @ApiProperty({ description: 'Active skills quarantined because they now scan HIGH or CRITICAL' })
  quarantined: number;
  @ApiProperty() created_at: string;
  @ApiProperty({ type: String, nullable: true }) finished_at: string | null;
}

@ApiTags('skills')
@ApiSecurity('api-key')
@Controller('api/skills/rescan')
@Operator()
export class RescanController {
  constructor(@Inject(RescanService) private readonly rescans: RescanService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Rescan every stored version with the current engine, in the background (resumable)',
  })
  @ApiOkResponse({ type: RescanJobDto })
  @ApiErrors(401, 403, 429)
  async start(@Req() req: AuthedRequest): Promise<RescanJobDto> {
    return toDto(await this.rescans.start(principalOf(req)));
  }

  @Get(':jobId')
  @ApiOperation({ summary: 'Progress of a rescan job' })
  @ApiOkResponse({ type: RescanJobDto })
  @ApiErrors(400, 401, 403, 404, 429)
  async get(@Param('jobId', new ParseUUIDPipe()) jobId: string): Promise<RescanJobDto> {
    return toDto(await this.rescans.get(jobId));
  }
}

function toDto(job: RescanJobEntity): RescanJobDto {
  return {
    job_id: job.id,
    status: job.status,
    engine_version: job.engineVersion,
    total: job.total,
    done: job.done,
    quarantined: job.quarantined,
    created_at: job.createdAt.toISOString(),
    finished_at: job.finishedAt?.toISOString() ?? null,
  };
}
