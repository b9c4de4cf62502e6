import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditPageDto, AuditQueryDto } from './dto/audit-query.dto.js';
import { Operator } from './governance.decorators.js';

@ApiTags('audit')
@ApiSecurity('api-key')
@Controller('api/audit')
@Operator()
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit events, newest first, with filters and cursor pagination (read-only)' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors(400, 401, 403, 429)
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const page = await this.audit.query({
      skillId: query.skill_id,
      agentId: query.agent_id,
      action: query.action,
      since: query.since,
      until: query.until,
      limit: query.limit ?? 100,
      cursor: query.cursor,
    });
    return {
      events: page.events.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        action: e.action,
        actor: e.actor,
        agent_id: e.agentId,
        skill_id: e.skillId,
        outcome: e.outcome,
        detail: e.detail,
        request_id: e.requestId,
      })),
      next_cursor: page.next_cursor,
    };
  }
}
