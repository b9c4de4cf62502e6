import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequestContext } from '../common/request-context.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';
import { actorName, type Principal } from './principal.js';

export const AUDIT_ACTIONS = [
  'import',
  'scan',
  'promote',
  'quarantine',
  'unquarantine',
  'execute',
  'deny',
  'delete',
  'agent.create',
  'agent.update',
  'agent.revoke',
  'operator.key_generated',
  'finding.accept',
  'rescan',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  action: AuditAction;
  outcome: 'success' | 'denied' | 'failed' | 'unchanged';
  principal?: Principal;
  skillId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditQuery {
  skillId?: string;
  agentId?: string;
  action?: string;
  since?: Date;
  until?: Date;
  limit: number;
  cursor?: string;
}

/** Append-only audit trail. Pass the transaction's manager when the event belongs to a transaction. */
@Injectable()
export class AuditService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const context = currentRequestContext();
    const principal = record.principal ?? context?.principal;
    const event = manager.create(AuditEventEntity, {
      action: record.action,
      outcome: record.outcome,
      actor: actorName(principal),
      agentId: principal?.kind === 'agent' ? principal.id : null,
      skillId: record.skillId ?? null,
      detail: record.detail ?? {},
      requestId: context?.requestId ?? null,
    });
    await manager.save(AuditEventEntity, event);
  }

  async query(query: AuditQuery): Promise<{ events: AuditEventEntity[]; next_cursor: string | null }> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (query.skillId) qb.andWhere('e.skill_id = :skillId', { skillId: query.skillId });
    if (query.agentId) qb.andWhere('e.agent_id = :agentId', { agentId: query.agentId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.since) qb.andWhere('e.at >= :since', { since: query.since });
    if (query.until) qb.andWhere('e.at < :until', { until: query.until });
    if (query.cursor) qb.andWhere('e.id < :cursor', { cursor: query.cursor });
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const events = rows.slice(0, query.limit);
    return { events, next_cursor: rows.length > query.limit ? events[events.length - 1].id : null };
  }
}
