import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { FreshReads } from '../database/fresh-reads.js';
import { preparedQuery } from '../database/prepared-query.js';
import { generateApiKey, hashApiKey, sameHash } from './api-key.js';
import { AuditService } from './audit.service.js';
import { AgentEntity } from './entities/agent.entity.js';
import type { Maturity } from './maturity.js';
import type { Principal } from './principal.js';

const OPERATOR_NAME = 'admin';

type AgentKeyRow = { id: string; name: string; maturity: string; key_hash: string; is_operator: boolean };

/** Turns an X-API-Key into a Principal; bootstraps the operator key on first start. */
@Injectable()
export class ApiKeyService implements OnModuleInit {
  private readonly logger = new Logger('ApiKeys');
  private configuredOperatorHash?: string;
  private readonly lookups = new FreshReads<AgentKeyRow | undefined>();

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.adminKey) {
      this.configuredOperatorHash = hashApiKey(this.config.adminKey);
      return;
    }
    await this.ensureGeneratedOperatorKey();
  }

  /** `hash`: the key's hash when the caller already has it (see requestKeyHash). */
  async resolve(key: string | undefined, hash?: string): Promise<Principal | null> {
    if (!key || key.length > 256) return null;
    hash ??= hashApiKey(key);
    if (this.configuredOperatorHash && sameHash(hash, this.configuredOperatorHash)) {
      return { kind: 'operator', id: 'operator', name: OPERATOR_NAME };
    }
    // Every authenticated request with an agent key reads its agent: a prepared statement, no
    // entity hydration, shared only with requests of the same key that arrived before it started.
    // Never cached, so a revocation takes effect on the next request.
    const row = await this.lookups.read(hash, () => this.agentOfKey(hash));
    if (!row || !sameHash(hash, row.key_hash)) return null;
    if (row.is_operator) {
      return this.configuredOperatorHash ? null : { kind: 'operator', id: row.id, name: row.name };
    }
    return { kind: 'agent', id: row.id, name: row.name, maturity: row.maturity as Maturity };
  }

  private async agentOfKey(hash: string): Promise<AgentKeyRow | undefined> {
    const [row] = await preparedQuery<AgentKeyRow>(
      this.dataSource,
      'SELECT id, name, maturity, key_hash, is_operator FROM agents WHERE key_hash = $1 AND revoked_at IS NULL',
      [hash],
    );
    return row;
  }

  /** The first start without SKILLGATE_ADMIN_KEY prints a generated key once and keeps only its hash. */
  private async ensureGeneratedOperatorKey(): Promise<void> {
    const agents = this.dataSource.getRepository(AgentEntity);
    const existing = await agents.findOne({ where: { isOperator: true, revokedAt: IsNull() } });
    if (existing) return;
    const key = generateApiKey();
    await agents.insert({
      name: OPERATOR_NAME,
      maturity: 'AUTONOMOUS',
      keyHash: hashApiKey(key),
      isOperator: true,
    });
    await this.audit.record({ action: 'operator.key_generated', outcome: 'success' });
    this.logger.warn(
      `No SKILLGATE_ADMIN_KEY set: generated operator API key (shown only now, store it safely): ${key}`,
    );
  }
}
