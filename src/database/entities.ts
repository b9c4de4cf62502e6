import { AgentEntity } from '../governance/entities/agent.entity.js';
import { AuditEventEntity } from '../governance/entities/audit-event.entity.js';
import { ExecutionEntity } from '../registry/entities/execution.entity.js';
import { ScanCacheEntity } from '../registry/entities/scan-cache.entity.js';
import { SkillFileEntity } from '../registry/entities/skill-file.entity.js';
import { SkillVersionEntity } from '../registry/entities/skill-version.entity.js';
import { SkillEntity } from '../registry/entities/skill.entity.js';
import { InitialSchema1764086400000 } from './migrations/1764086400000-InitialSchema.js';
import { SearchRescanAppeals1764090000000 } from './migrations/1764090000000-SearchRescanAppeals.js';
import { RescanLeases1764093600000 } from './migrations/1764093600000-RescanLeases.js';
import { ListIndexes1764097200000 } from './migrations/1764097200000-ListIndexes.js';
import { SkillCounts1764100800000 } from './migrations/1764100800000-SkillCounts.js';
import { RescanJobEntity } from '../registry/entities/rescan-job.entity.js';
import { ScanJobEntity } from '../registry/entities/scan-job.entity.js';
import { ScanJobs1764104400000 } from './migrations/1764104400000-ScanJobs.js';
import { SearchGenerations1764108000000 } from './migrations/1764108000000-SearchGenerations.js';
import { SummaryGenerations1764111600000 } from './migrations/1764111600000-SummaryGenerations.js';

export const ENTITIES = [
  SkillEntity,
  SkillVersionEntity,
  SkillFileEntity,
  ScanCacheEntity,
  ExecutionEntity,
  AgentEntity,
  AuditEventEntity,
  RescanJobEntity,
  ScanJobEntity,
];

export const MIGRATIONS = [
  InitialSchema1764086400000,
  SearchRescanAppeals1764090000000,
  RescanLeases1764093600000,
  ListIndexes1764097200000,
  SkillCounts1764100800000,
  ScanJobs1764104400000,
  SearchGenerations1764108000000,
  SummaryGenerations1764111600000,
];
