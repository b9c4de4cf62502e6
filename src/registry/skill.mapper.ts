import type { ImportResultDto } from './dto/import-skill.dto.js';
import type { SkillListDto, SkillSummaryDto } from './dto/list-skills.dto.js';
import type { ExecutionSummaryDto, SkillDetailDto } from './dto/skill-detail.dto.js';
import type { ExecutionSummary, SkillDetail } from './skill-detail.js';
import type { ListedSkill, SkillPage } from './skill-rows.js';
import type { StoredImport } from './skill-store.js';

export function toImportResult({ skill, version, created }: StoredImport): ImportResultDto {
  return {
    skill_id: skill.id,
    name: skill.name,
    version: version.version,
    version_id: version.id,
    status: version.status,
    skill_type: version.skillType,
    created,
    warnings: version.warnings,
    scan_result: version.scanResult,
  };
}

const lists = new WeakMap<SkillPage, SkillListDto>();

/** A remembered page (PageMemory) is handed out again as the same object: mapped once. */
export function toList(page: SkillPage): SkillListDto {
  const known = lists.get(page);
  if (known) return known;
  const list = { skills: page.skills.map(toSummary), total: page.total, next_cursor: page.next_cursor };
  lists.set(page, list);
  return list;
}

export function toSummary(skill: ListedSkill): SkillSummaryDto {
  return {
    skill_id: skill.id,
    name: skill.name,
    description: skill.description,
    status: skill.status,
    skill_type: skill.skillType,
    risk_level: skill.riskLevel,
    min_maturity: skill.minMaturity,
    created_at: skill.createdAt.toISOString(),
    updated_at: skill.updatedAt.toISOString(),
  };
}

export function toExecutionSummary(execution: ExecutionSummary): ExecutionSummaryDto {
  return {
    execution_id: execution.id,
    agent_id: execution.agentId,
    status: execution.status,
    exit_code: execution.exitCode,
    duration_ms: execution.durationMs,
    limit_hit: execution.limitHit,
    driver: execution.driver,
    inputs_sha256: execution.inputsSha256,
    at: execution.createdAt.toISOString(),
  };
}

export function toDetail({ skill, version, files, executions }: SkillDetail): SkillDetailDto {
  return {
    ...toSummary(skill),
    version: version.version,
    version_id: version.id,
    active_version_id: skill.activeVersionId,
    frontmatter: version.frontmatter,
    provenance: { ...version.provenance },
    warnings: version.warnings,
    files: files.map(({ path, sha256, size }) => ({ path, sha256, size })),
    scan_result: version.scanResult,
    executions: executions.map(toExecutionSummary),
  };
}
