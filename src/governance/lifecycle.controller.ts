import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { LifecycleResultDto, PromoteSkillDto, QuarantineSkillDto } from './dto/lifecycle.dto.js';
import { Operator } from './governance.decorators.js';
import type { AuthedRequest } from './governance.guard.js';
import { LifecycleService } from './lifecycle.service.js';
import { principalOf } from './principal-of.js';

@ApiTags('skills')
@ApiSecurity('api-key')
@Controller('api/skills')
@Operator()
export class LifecycleController {
  constructor(@Inject(LifecycleService) private readonly lifecycle: LifecycleService) {}

  @Post('promote')
  @HttpCode(200)
  @ApiOperation({ summary: 'Promote a skill version to Active (HIGH/CRITICAL need force: true)' })
  @ApiOkResponse({ type: LifecycleResultDto })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  promote(@Body() body: PromoteSkillDto, @Req() req: AuthedRequest): Promise<LifecycleResultDto> {
    return this.lifecycle.promote(
      {
        skillId: body.skill_id,
        reason: body.reason,
        force: body.force,
        minMaturity: body.min_maturity,
        versionId: body.version_id,
      },
      principalOf(req),
    );
  }

  @Post('quarantine')
  @HttpCode(200)
  @ApiOperation({ summary: 'Quarantine a skill: it never runs until released' })
  @ApiOkResponse({ type: LifecycleResultDto })
  @ApiErrors(400, 401, 403, 404, 429)
  quarantine(@Body() body: QuarantineSkillDto, @Req() req: AuthedRequest): Promise<LifecycleResultDto> {
    return this.lifecycle.quarantine(body.skill_id, body.reason, principalOf(req));
  }

  @Post('unquarantine')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Release a skill from quarantine (Active if it has a promoted version, else Untrusted)',
  })
  @ApiOkResponse({ type: LifecycleResultDto })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  unquarantine(@Body() body: QuarantineSkillDto, @Req() req: AuthedRequest): Promise<LifecycleResultDto> {
    return this.lifecycle.release(body.skill_id, body.reason, principalOf(req));
  }
}
