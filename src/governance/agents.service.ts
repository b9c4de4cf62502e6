import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { generateApiKey, hashApiKey } from './api-key.js';
import { AuditService } from './audit.service.js';
import { AgentEntity } from './entities/agent.entity.js';
import type { Maturity } from './maturity.js';
import type { Principal } from './principal.js';

/** Agents and their keys. A key is shown once at creation; only its hash is stored. */
@Injectable()
export class AgentsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(
    name: string,
    maturity: Maturity,
    principal: Principal,
  ): Promise<{ agent: AgentEntity; apiKey: string }> {
    const apiKey = generateApiKey();
    const agent = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(AgentEntity, { name, maturity, keyHash: hashApiKey(apiKey), isOperator: false }),
      );
      await this.audit.record(
        {
          action: 'agent.create',
          outcome: 'success',
          principal,
          detail: { agent_id: saved.id, name, maturity },
        },
        manager,
      );
      return saved;
    });
    return { agent, apiKey };
  }

  list(): Promise<AgentEntity[]> {
    return this.dataSource
      .getRepository(AgentEntity)
      .find({ where: { isOperator: false }, order: { createdAt: 'ASC' } });
  }

  async setMaturity(agentId: string, maturity: Maturity, principal: Principal): Promise<AgentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const agent = await manager.findOne(AgentEntity, { where: { id: agentId, isOperator: false } });
      if (!agent) throw new NotFoundException(`agent ${agentId} not found`);
      await manager.update(AgentEntity, agentId, { maturity });
      const detail = { agent_id: agentId, from: agent.maturity, to: maturity };
      await this.audit.record({ action: 'agent.update', outcome: 'success', principal, detail }, manager);
      return { ...agent, maturity };
    });
  }

  async revoke(agentId: string, principal: Principal): Promise<AgentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const agent = await manager.findOne(AgentEntity, { where: { id: agentId, isOperator: false } });
      if (!agent) throw new NotFoundException(`agent ${agentId} not found`);
      const revokedAt = agent.revokedAt ?? new Date();
      await manager.update(AgentEntity, agentId, { revokedAt });
      await this.audit.record(
        { action: 'agent.revoke', outcome: 'success', principal, detail: { agent_id: agentId } },
        manager,
      );
      return { ...agent, revokedAt };
    });
  }
}
