import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../governance/audit.service.js';
import { DEFAULT_MIN_MATURITY } from '../governance/maturity.js';
import type { Principal } from '../governance/principal.js';
import { actorName } from '../governance/principal.js';
import { fileSha256 } from '../parsing/bundle-digest.js';
import type { ParsedSkill } from '../parsing/parsed-skill.js';
import type { SkillBundle } from '../parsing/skill-bundle.js';
import type { ScanResult } from '../scanning/scan.types.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity } from './entities/skill-version.entity.js';
import { SkillEntity, type SkillStatus } from './entities/skill.entity.js';
import { ScanJobService, type ScanJobInput } from './scan-jobs.service.js';

export interface ImportRecord {
  bundle: SkillBundle;
  parsed: ParsedSkill;
  /** The result stored now (static verdict, `llm: "pending"` while a review is configured). */
  scan: ScanResult;
  bundleSha256: string;
  version: string;
  status: SkillStatus;
  principal: Principal;
  /** The rest of the scan, queued with the version. */
  review: ScanJobInput;
}

export interface StoredImport {
  skill: SkillEntity;
  version: SkillVersionEntity;
  created: boolean;
  /** The new version's scan job, leased to this process. */
  scanJobId?: string;
}

/** Writes an import in one transaction: skill, version, files, the version's scan job and the import event, or nothing. */
@Injectable()
export class SkillStore {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ScanJobService) private readonly scanJobs: ScanJobService,
  ) {}

  saveImport(record: ImportRecord): Promise<StoredImport> {
    return this.dataSource.transaction(async (manager) => {
      const skill = await this.lockOrCreateSkill(manager, record);
      const existing = await manager.findOne(SkillVersionEntity, {
        where: { skillId: skill.id, bundleSha256: record.bundleSha256 },
      });
      if (existing) {
        await this.auditImport(manager, record, skill.id, existing, 'unchanged');
        return { skill, version: existing, created: false };
      }
      await this.refuseReusedVersion(manager, skill, record.version);
      const version = await this.insertVersion(manager, skill.id, record);
      const scanJobId = await this.scanJobs.enqueue(manager, {
        ...record.review,
        skillId: skill.id,
        versionId: version.id,
        bundleSha256: record.bundleSha256,
        principal: record.principal,
      });
      const updated = await this.pointSkillAt(manager, skill, version, record);
      await this.auditImport(manager, record, skill.id, version, 'success');
      return { skill: updated, version, created: true, scanJobId };
    });
  }

  private async lockOrCreateSkill(manager: EntityManager, record: ImportRecord): Promise<SkillEntity> {
    const { parsed, scan, status } = record;
    // Concurrent imports of one name meet here: the partial unique index lets one insert win.
    await manager.query(
      `INSERT INTO skills (name, description, status, skill_type, min_maturity, risk_level)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (name) WHERE deleted_at IS NULL DO NOTHING`,
      [parsed.name, parsed.description, status, parsed.skillType, DEFAULT_MIN_MATURITY, scan.risk_level],
    );
    const skill = await manager
      .createQueryBuilder(SkillEntity, 's')
      .setLock('pessimistic_write')
      .where('s.name = :name AND s.deleted_at IS NULL', { name: parsed.name })
      .getOne();
    if (!skill) throw new Error(`skill ${parsed.name} vanished during import`);
    return skill;
  }

  private async refuseReusedVersion(
    manager: EntityManager,
    skill: SkillEntity,
    version: string,
  ): Promise<void> {
    const clash = await manager.findOne(SkillVersionEntity, { where: { skillId: skill.id, version } });
    if (clash) {
      throw new ConflictException(
        `skill ${skill.name} already has version ${version} with different content; versions are immutable, bump metadata.version`,
      );
    }
  }

  private async insertVersion(
    manager: EntityManager,
    skillId: string,
    record: ImportRecord,
  ): Promise<SkillVersionEntity> {
    const version = manager.create(SkillVersionEntity, {
      skillId,
      version: record.version,
      bundleSha256: record.bundleSha256,
      status: record.status,
      skillType: record.parsed.skillType,
      description: record.parsed.description,
      frontmatter: record.parsed.frontmatter,
      warnings: record.parsed.warnings,
      provenance: record.bundle.provenance,
      scanResult: record.scan,
      importedBy: actorName(record.principal),
    });
    const saved = await manager.save(version);
    const files = record.bundle.files.map((file) =>
      manager.create(SkillFileEntity, {
        versionId: saved.id,
        path: file.path,
        sha256: fileSha256(file.content),
        size: file.content.length,
        content: file.content,
      }),
    );
    await manager.insert(SkillFileEntity, files);
    return saved;
  }

  /** The newest version describes the skill; a LOW one becomes the active (runnable) version. */
  private async pointSkillAt(
    manager: EntityManager,
    skill: SkillEntity,
    version: SkillVersionEntity,
    record: ImportRecord,
  ): Promise<SkillEntity> {
    const activeVersionId = version.status === 'Active' ? version.id : skill.activeVersionId;
    const status: SkillStatus =
      skill.status === 'Quarantined' ? 'Quarantined' : activeVersionId ? 'Active' : version.status;
    await manager.update(SkillEntity, skill.id, {
      description: record.parsed.description,
      skillType: record.parsed.skillType,
      riskLevel: record.scan.risk_level,
      latestVersionId: version.id,
      activeVersionId,
      status,
      updatedAt: new Date(),
    });
    return manager.findOneOrFail(SkillEntity, { where: { id: skill.id } });
  }

  private async auditImport(
    manager: EntityManager,
    record: ImportRecord,
    skillId: string,
    version: SkillVersionEntity,
    outcome: 'success' | 'unchanged',
  ): Promise<void> {
    const detail = {
      name: record.parsed.name,
      version: version.version,
      version_id: version.id,
      bundle_sha256: record.bundleSha256,
      source: record.bundle.provenance.source,
    };
    // The scan event follows when the version's scan job finishes.
    await this.audit.record(
      { action: 'import', outcome, principal: record.principal, skillId, detail },
      manager,
    );
  }
}
