import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../governance/audit.service.js';
import { actorName, type Principal } from '../governance/principal.js';
import { bundleDigestOfHashes } from '../parsing/bundle-digest.js';
import { isSafe } from '../scanning/risk.js';
import { maxSeverity, type Finding, type ScanResult } from '../scanning/scan.types.js';
import type { AcceptFindingDto, VerifyDto, VerifyResultDto } from './dto/version.dto.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity, type AcceptedFinding } from './entities/skill-version.entity.js';
import { SkillEntity } from './entities/skill.entity.js';
import { lockLiveSkill } from './live-skill.js';
import { SkillQueries } from './skill-queries.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Immutable versions: listing, one version, integrity checks and false-positive appeals. */
@Injectable()
export class VersionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SkillQueries) private readonly queries: SkillQueries,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(skillId: string): Promise<{ skill: SkillEntity; versions: SkillVersionEntity[] }> {
    const skill = await this.queries.findLive(skillId);
    const versions = await this.dataSource
      .getRepository(SkillVersionEntity)
      .find({ where: { skillId }, order: { createdAt: 'DESC' } });
    return { skill, versions };
  }

  async get(skillId: string, ref: string) {
    const skill = await this.queries.findLive(skillId);
    const version = await this.findVersion(skillId, ref);
    const files = await this.filesOf(version.id);
    return { skill, version, files };
  }

  async verify(skillId: string, request: VerifyDto): Promise<VerifyResultDto> {
    if (!request.bundle_sha256 && !request.files) {
      throw new BadRequestException('bundle_sha256 or files: give one of them');
    }
    const { versions } = await this.list(skillId);
    const candidates = request.version ? [await this.findVersion(skillId, request.version)] : versions;
    const wanted = request.bundle_sha256 ?? bundleDigestOfHashes(request.files ?? []);
    const exact = candidates.find((v) => v.bundleSha256 === wanted);
    if (exact)
      return {
        match: true,
        version: exact.version,
        version_id: exact.id,
        status: exact.status,
        mismatches: [],
      };
    const closest = candidates[0];
    const mismatches = closest && request.files ? await this.diff(closest.id, request.files) : [];
    return {
      match: false,
      version: closest?.version ?? null,
      version_id: closest?.id ?? null,
      status: null,
      mismatches,
    };
  }

  /** An accepted finding stops counting for that version only; the risk is recomputed without it. */
  async acceptFinding(skillId: string, request: AcceptFindingDto, principal: Principal): Promise<ScanResult> {
    return this.dataSource.transaction(async (manager) => {
      // Locked like promote and delete, so an appeal never lands on a skill being deleted.
      const skill = await lockLiveSkill(manager, skillId);
      const versionId = request.version_id ?? skill.latestVersionId ?? '';
      const version = await manager.findOne(SkillVersionEntity, {
        where: { id: versionId, skillId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!version) throw new BadRequestException(`version_id: ${versionId} is not a version of this skill`);
      const target = version.scanResult.findings.find(
        (f) => f.rule_id === request.rule_id && f.file === request.file && f.line === request.line,
      );
      if (!target)
        throw new NotFoundException(
          `finding ${request.rule_id} at ${request.file}:${request.line} not found in this version`,
        );
      const accepted: AcceptedFinding[] = [
        ...version.acceptedFindings,
        {
          rule_id: request.rule_id,
          file: request.file,
          line: request.line,
          reason: request.reason,
          accepted_by: actorName(principal),
          at: new Date().toISOString(),
        },
      ];
      const scanResult = applyAccepted(version.scanResult, accepted);
      await manager.update(SkillVersionEntity, version.id, { acceptedFindings: accepted, scanResult });
      if (skill.latestVersionId === version.id)
        await manager.update(SkillEntity, skill.id, { riskLevel: scanResult.risk_level });
      const detail = {
        version_id: version.id,
        rule_id: request.rule_id,
        file: request.file,
        line: request.line,
        reason: request.reason,
        risk_level: scanResult.risk_level,
      };
      await this.audit.record(
        { action: 'finding.accept', outcome: 'success', principal, skillId, detail },
        manager,
      );
      return scanResult;
    });
  }

  private async findVersion(skillId: string, ref: string): Promise<SkillVersionEntity> {
    const where = UUID.test(ref) ? { skillId, id: ref } : { skillId, version: ref };
    const version = await this.dataSource.getRepository(SkillVersionEntity).findOne({ where });
    if (!version) throw new NotFoundException(`version ${ref} of skill ${skillId} not found`);
    return version;
  }

  private filesOf(versionId: string) {
    return this.dataSource.getRepository(SkillFileEntity).find({
      select: { path: true, sha256: true, size: true },
      where: { versionId },
      order: { path: 'ASC' },
    });
  }

  private async diff(versionId: string, files: { path: string; sha256: string }[]): Promise<string[]> {
    const stored = new Map((await this.filesOf(versionId)).map((f) => [f.path, f.sha256]));
    const given = new Map(files.map((f) => [f.path, f.sha256]));
    const paths = new Set([...stored.keys(), ...given.keys()]);
    return [...paths].filter((p) => stored.get(p) !== given.get(p)).sort();
  }
}

/** Marks accepted findings and derives the risk from the rest (LLM-unknown stays unknown). */
export function applyAccepted(scan: ScanResult, accepted: AcceptedFinding[]): ScanResult {
  const isAccepted = (f: Finding) =>
    accepted.some((a) => a.rule_id === f.rule_id && a.file === f.file && a.line === f.line);
  const findings = scan.findings.map((f) => ({ ...f, accepted: isAccepted(f) }));
  const counted = maxSeverity(findings.filter((f) => !f.accepted).map((f) => f.severity));
  const riskLevel =
    scan.llm === 'failed' && counted !== 'HIGH' && counted !== 'CRITICAL' ? 'UNKNOWN' : counted;
  return { ...scan, findings, risk_level: riskLevel, safe: isSafe(riskLevel) };
}
