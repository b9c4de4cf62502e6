import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { GovernedSkillAction } from '../governance/governance.decorators.js';
import type { AuthedRequest } from '../governance/governance.guard.js';
import { principalOf } from '../governance/principal-of.js';
import { ExecuteSkillDto, ExecutionResultDto } from './dto/execute-skill.dto.js';
import { ExecutionService } from './execution.service.js';

@ApiTags('skills')
@ApiSecurity('api-key')
@Controller('api/skills')
export class ExecutionController {
  constructor(@Inject(ExecutionService) private readonly executions: ExecutionService) {}

  @Post('execute')
  @HttpCode(200)
  @GovernedSkillAction('execute')
  @ApiOperation({
    summary:
      'Run an Active skill: prompt skills return rendered instructions, code skills run in the sandbox',
  })
  @ApiOkResponse({ type: ExecutionResultDto })
  @ApiErrors(400, 401, 403, 404, 429, 503)
  async execute(@Body() body: ExecuteSkillDto, @Req() req: AuthedRequest): Promise<ExecutionResultDto> {
    const { execution, truncated } = await this.executions.execute(
      body.skill_id,
      body.inputs ?? {},
      principalOf(req),
    );
    return {
      execution_id: execution.id,
      status: execution.status,
      output: execution.stdout,
      stderr: execution.stderr,
      exit_code: execution.exitCode,
      duration_ms: execution.durationMs,
      limit_hit: execution.limitHit,
      truncated,
      driver: execution.driver,
    };
  }
}
