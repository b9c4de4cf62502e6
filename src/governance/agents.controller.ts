import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AgentsService } from './agents.service.js';
import { AgentDto, CreateAgentDto, CreatedAgentDto, UpdateAgentDto } from './dto/agent.dto.js';
import type { AgentEntity } from './entities/agent.entity.js';
import { Operator } from './governance.decorators.js';
import type { AuthedRequest } from './governance.guard.js';
import { principalOf } from './principal-of.js';

@ApiTags('agents')
@ApiSecurity('api-key')
@Controller('api/agents')
@Operator()
export class AgentsController {
  constructor(@Inject(AgentsService) private readonly agents: AgentsService) {}

  @Post()
  @ApiOperation({ summary: 'Create an agent with a maturity; its API key is returned once' })
  @ApiCreatedResponse({ type: CreatedAgentDto })
  @ApiErrors(400, 401, 403, 429)
  async create(@Body() body: CreateAgentDto, @Req() req: AuthedRequest): Promise<CreatedAgentDto> {
    const { agent, apiKey } = await this.agents.create(body.name, body.maturity, principalOf(req));
    return { ...toAgentDto(agent), api_key: apiKey };
  }

  @Get()
  @ApiOperation({ summary: 'List agents (keys are never shown again)' })
  @ApiOkResponse({ type: [AgentDto] })
  @ApiErrors(401, 403, 429)
  async list(): Promise<AgentDto[]> {
    return (await this.agents.list()).map(toAgentDto);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change an agent's maturity" })
  @ApiOkResponse({ type: AgentDto })
  @ApiErrors(400, 401, 403, 404, 429)
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateAgentDto,
    @Req() req: AuthedRequest,
  ) {
    return toAgentDto(await this.agents.setMaturity(id, body.maturity, principalOf(req)));
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: "Revoke an agent's key: it is refused (401) at once" })
  @ApiOkResponse({ type: AgentDto })
  @ApiErrors(400, 401, 403, 404, 429)
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: AuthedRequest) {
    return toAgentDto(await this.agents.revoke(id, principalOf(req)));
  }
}

function toAgentDto(agent: AgentEntity): AgentDto {
  return {
    agent_id: agent.id,
    name: agent.name,
    maturity: agent.maturity,
    created_at: agent.createdAt.toISOString(),
    revoked_at: agent.revokedAt?.toISOString() ?? null,
  };
}
