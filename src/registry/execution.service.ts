import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../governance/audit.service.js';
import { GovernanceService } from '../governance/governance.service.js';
import type { Maturity } from '../governance/maturity.js';
import type { Principal } from '../governance/principal.js';
import { MetricsService } from '../ops/metrics.service.js';
import { sha256Hex } from '../parsing/bundle-digest.js';
import { detectSkillType } from '../parsing/skill-type.js';
import { SandboxInputError } from '../sandbox/sandbox-driver.js';
import { SandboxService } from '../sandbox/sandbox.service.js';
import type { ExecuteInputsDto } from './dto/execute-skill.dto.js';
import { ExecutionEntity } from './entities/execution.entity.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import type { SkillEntity } from './entities/skill.entity.js';
import { renderPrompt } from './prompt-render.js';
import { SkillQueries } from './skill-queries.js';
import { resolveEntry } from './skill-paths.js';

export interface ExecutionOutcome {
  execution: ExecutionEntity;
  truncated: boolean;
}

type RunResult = Pick<
  ExecutionEntity,
  'status' | 'exitCode' | 'durationMs' | 'limitHit' | 'driver' | 'stdout' | 'stderr'
> & {
  truncated: boolean;
};

/** Runs the active version of a skill: prompt skills render, code skills go to the sandbox. Recorded and audited. */
@Injectable()
export class ExecutionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SkillQueries) private readonly queries: SkillQueries,
    @Inject(GovernanceService) private readonly governance: GovernanceService,
    @Inject(SandboxService) private readonly sandbox: SandboxService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {}

  async execute(skillId: string, inputs: ExecuteInputsDto, principal: Principal): Promise<ExecutionOutcome> {
    const skill = await this.queries.findLive(skillId);
    await this.recheckGovernance(principal, skill);
    const files = await this.dataSource
      .getRepository(SkillFileEntity)
      .find({ where: { versionId: skill.activeVersionId ?? '' }, order: { path: 'ASC' } });
    const { skillType, scripts } = detectSkillType(files);
    if (skillType === 'prompt')
      return this.record(skill, principal, inputs, this.renderPromptSkill(files, inputs));
    try {
      return this.record(skill, principal, inputs, await this.runCode(files, scripts, inputs));
    } catch (error) {
      const reason = (error as Error).message;
      await this.audit.record({
        action: 'execute',
        outcome: 'failed',
        principal,
        skillId: skill.id,
        detail: { reason },
      });
      throw error instanceof SandboxInputError ? new BadRequestException(`inputs: ${reason}`) : error;
    }
  }

  /** The guard decided before the handler; the skill may have changed since, so decide again on what runs. */
  private async recheckGovernance(principal: Principal, skill: SkillEntity): Promise<void> {
    const decision = this.governance.decide(
      principal,
      { status: skill.status, skillType: skill.skillType, minMaturity: skill.minMaturity as Maturity },
      'execute',
    );
    if (decision.allow && skill.activeVersionId) return;
    const rule = decision.allow ? 'skill-not-active' : decision.rule;
    await this.governance.recordDenial(principal, rule, { action: 'execute', skill_id: skill.id }, skill.id);
    throw new ForbiddenException(`denied by rule ${rule}: the skill has no runnable version`);
  }

  private renderPromptSkill(files: SkillFileEntity[], inputs: ExecuteInputsDto): RunResult {
    const started = performance.now();
    const skillMd = files.find((f) => f.path === 'SKILL.md')?.content.toString('utf8') ?? '';
    const output = renderPrompt(skillMd, inputs.args ?? [], inputs.variables ?? {});
    return {
      status: 'succeeded',
      exitCode: 0,
      durationMs: Math.round(performance.now() - started),
      limitHit: null,
      driver: null,
      stdout: output,
      stderr: '',
      truncated: false,
    };
  }

  private async runCode(
    files: SkillFileEntity[],
    scripts: string[],
    inputs: ExecuteInputsDto,
  ): Promise<RunResult> {
    const entry = resolveEntry(scripts, inputs.script);
    const result = await this.sandbox.run({
      files: files.map((f) => ({ path: f.path, content: f.content })),
      entry,
      args: inputs.args ?? [],
      stdin: inputs.stdin ?? JSON.stringify(inputs),
    });
    return {
      status: result.status,
      exitCode: result.exit_code,
      durationMs: result.duration_ms,
      limitHit: result.limit_hit,
      driver: result.driver,
      stdout: result.stdout,
      stderr: result.stderr,
      truncated: result.truncated,
    };
  }

  private async record(
    skill: SkillEntity,
    principal: Principal,
    inputs: ExecuteInputsDto,
    result: RunResult,
  ): Promise<ExecutionOutcome> {
    const { truncated, ...columns } = result;
    const execution = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ExecutionEntity, {
          ...columns,
          skillId: skill.id,
          versionId: skill.activeVersionId ?? '',
          agentId: principal.id,
          inputsSha256: sha256Hex(JSON.stringify(inputs)),
        }),
      );
      const detail = {
        execution_id: saved.id,
        status: saved.status,
        exit_code: saved.exitCode,
        limit_hit: saved.limitHit,
        driver: saved.driver,
      };
      await this.audit.record(
        { action: 'execute', outcome: 'success', principal, skillId: skill.id, detail },
        manager,
      );
      return saved;
    });
    this.metrics.recordExecution(execution.status, execution.driver);
    return { execution, truncated };
  }
}
