import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../governance/audit.service.js';
import type { Principal } from '../governance/principal.js';
import type { SkillBundle } from '../parsing/skill-bundle.js';
import { SkillParseError } from '../parsing/skill-parse-error.js';
import { parseSkill } from '../parsing/skill-parser.js';
import { withFindings } from '../scanning/risk.js';
import { MetricsService } from '../ops/metrics.service.js';
import { ScanningService } from '../scanning/scanning.service.js';
import { SourcesService, type ImportSource } from '../sources/sources.service.js';
import { SkillEntity } from './entities/skill.entity.js';
import { lockLiveSkill } from './live-skill.js';
import { SkillQueries, type ListQuery, type SkillDetail } from './skill-queries.js';
import { ScanJobService } from './scan-jobs.service.js';
import { SkillStore, type StoredImport } from './skill-store.js';
import { versionLabel } from './skill-version-label.js';
import { TyposquatService } from './typosquat.service.js';

/** The registry's API: the import pipeline, reads and deletion. */
@Injectable()
export class RegistryService {
  constructor(
    @Inject(SourcesService) private readonly sources: SourcesService,
    @Inject(ScanningService) private readonly scanning: ScanningService,
    @Inject(SkillStore) private readonly store: SkillStore,
    @Inject(SkillQueries) private readonly queries: SkillQueries,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TyposquatService) private readonly typosquats: TyposquatService,
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(ScanJobService) private readonly scanJobs: ScanJobService,
  ) {}

  async importFromRequest(
    source: ImportSource,
    content: string,
    principal: Principal,
    labels?: Record<string, unknown>,
  ): Promise<StoredImport> {
    return this.counted(source, async () => {
      const bundle = await this.sources.fromRequest(source, content);
      if (labels) bundle.provenance.labels = labels;
      return this.importBundle(bundle, principal);
    });
  }

  async importUpload(filename: string, data: Buffer, principal: Principal): Promise<StoredImport> {
    return this.counted('upload', async () =>
      this.importBundle(await this.sources.fromUpload(filename, data), principal),
    );
  }

  private async counted(source: string, run: () => Promise<StoredImport>): Promise<StoredImport> {
    try {
      const stored = await run();
      this.metrics.recordImport(source, stored.created ? 'created' : 'existing');
      return stored;
    } catch (error) {
      const status = error instanceof SkillParseError ? 400 : (error as { status?: number }).status;
      this.metrics.recordImport(source, status !== undefined && status < 500 ? 'refused' : 'failed');
      throw error;
    }
  }

  /**
   * The pipeline, top to bottom: bundle → parse → static scan → store Untrusted with the static
   * verdict and a scan job (one transaction) → work that job here and now: LLM review or cache,
   * final risk, status by risk (one transaction). The answer carries the final verdict; a process
   * that dies in between leaves the job to another process (ScanJobService).
   */
  async importBundle(bundle: SkillBundle, principal: Principal): Promise<StoredImport> {
    const parsed = parseSkill(bundle);
    const { result: staticScan, bundleSha256 } = this.scanning.staticScan(bundle, parsed.frontmatter);
    const registryFindings = await this.typosquats.check(parsed.name, bundle.provenance);
    const version = versionLabel(parsed.metadata, bundleSha256);
    const stored = await this.store.saveImport({
      bundle,
      parsed,
      scan: withFindings(staticScan, registryFindings),
      bundleSha256,
      version,
      status: 'Untrusted',
      principal,
      review: { staticScan, registryFindings },
    });
    return this.scanJobs.finishImport(stored, bundle.files);
  }

  list(query: ListQuery) {
    return this.queries.list(query);
  }

  get(skillId: string): Promise<SkillDetail> {
    return this.queries.get(skillId);
  }

  /** Soft delete: the skill leaves the registry, its versions, executions and audit trail stay. */
  async delete(skillId: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const skill = await lockLiveSkill(manager, skillId);
      await manager.update(SkillEntity, skillId, { deletedAt: new Date(), updatedAt: new Date() });
      await this.audit.record(
        { action: 'delete', outcome: 'success', principal, skillId, detail: { name: skill.name } },
        manager,
      );
    });
  }
}
