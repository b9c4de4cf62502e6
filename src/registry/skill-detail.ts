import { NotFoundException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query.js';
import type { ExecutionEntity } from './entities/execution.entity.js';
import type { SkillFileEntity } from './entities/skill-file.entity.js';
import type { SkillVersionEntity } from './entities/skill-version.entity.js';
import type { SkillEntity } from './entities/skill.entity.js';
import { SKILL_COLUMNS, skillOf, type SkillRow } from './skill-rows.js';

/** A skill with its latest version, that version's files and its last 50 executions (no output). */
export interface SkillDetail {
  skill: SkillEntity;
  version: Pick<
    SkillVersionEntity,
    'id' | 'version' | 'frontmatter' | 'provenance' | 'warnings' | 'scanResult'
  >;
  files: Pick<SkillFileEntity, 'path' | 'sha256' | 'size'>[];
  executions: ExecutionSummary[];
}

export type ExecutionSummary = Pick<
  ExecutionEntity,
  | 'id'
  | 'agentId'
  | 'status'
  | 'exitCode'
  | 'durationMs'
  | 'limitHit'
  | 'driver'
  | 'inputsSha256'
  | 'createdAt'
>;

type DetailRow = SkillRow & {
  version: string;
  version_id: string;
  frontmatter: SkillVersionEntity['frontmatter'];
  provenance: SkillVersionEntity['provenance'];
  warnings: string[];
  scan_result: SkillVersionEntity['scanResult'];
  files: SkillDetail['files'];
  executions: (Omit<ExecutionSummary, 'createdAt'> & { createdAt: string })[];
};

/**
 * One prepared statement, one round trip: the detail route read the skill, then its version, files
 * and executions (with their stdout and stderr, up to 1 MiB each, never shown) in four.
 */
const DETAIL = `SELECT ${SKILL_COLUMNS}, v.version, v.id AS version_id, v.frontmatter,
    v.provenance, v.warnings, v.scan_result,
    (SELECT coalesce(json_agg(json_build_object('path', f.path, 'sha256', f.sha256, 'size', f.size)
                              ORDER BY f.path), '[]')
       FROM skill_files f WHERE f.version_id = v.id) AS files,
    (SELECT coalesce(json_agg(e ORDER BY e."createdAt" DESC), '[]') FROM (
       SELECT x.id, x.agent_id AS "agentId", x.status, x.exit_code AS "exitCode",
              x.duration_ms AS "durationMs", x.limit_hit AS "limitHit", x.driver,
              x.inputs_sha256 AS "inputsSha256", x.created_at AS "createdAt"
       FROM executions x WHERE x.skill_id = s.id ORDER BY x.created_at DESC LIMIT 50) e) AS executions
  FROM skills s JOIN skill_versions v ON v.id = s.latest_version_id
  WHERE s.id = $1 AND s.deleted_at IS NULL`;

export async function readSkillDetail(dataSource: DataSource, skillId: string): Promise<SkillDetail> {
  const [row] = await preparedQuery<DetailRow>(dataSource, DETAIL, [skillId]);
  if (!row) throw new NotFoundException(`skill ${skillId} not found`);
  return {
    skill: skillOf(row),
    version: {
      id: row.version_id,
      version: row.version,
      frontmatter: row.frontmatter,
      provenance: row.provenance,
      warnings: row.warnings,
      scanResult: row.scan_result,
    },
    files: row.files,
    executions: row.executions.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
  };
}
