import {
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../governance/audit.service.js';
import { actorName, type Principal } from '../governance/principal.js';
import { ScanningService } from '../scanning/scanning.service.js';
import { severityRank } from '../scanning/scan.types.js';
import { RescanJobEntity } from './entities/rescan-job.entity.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity } from './entities/skill-version.entity.js';
import { SkillEntity } from './entities/skill.entity.js';
import { lockSkill } from './live-skill.js';
import { applyAccepted } from './versions.service.js';

const BATCH = 25;
const LEASE_SECONDS = 30;
const POLL_MS = 5_000;
const SYSTEM: Principal = { kind: 'operator', id: 'system', name: 'rescan' };

/**
 * Rescans every stored version with the current engine, in the background, with its progress in
 * the database. Whichever process holds the job's lease works it; a lease that is not renewed
 * (crash, restart) lets any process, this one after a restart included, resume where it stopped.
 * An Active version that now scans HIGH or CRITICAL puts its skill in quarantine.
 */
@Injectable()
export class RescanService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Rescan');
  private running: Promise<void> | null = null;
  private stopping = false;
  private poller?: NodeJS.Timeout;
  private readonly owner = randomUUID();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ScanningService) private readonly scanning: ScanningService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    void this.claimAndWork();
    this.poller = setInterval(() => void this.claimAndWork(), POLL_MS);
    this.poller.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.poller);
    await this.running;
  }

  async start(principal: Principal): Promise<RescanJobEntity> {
    const jobs = this.dataSource.getRepository(RescanJobEntity);
    const current = await jobs.findOne({ where: { status: 'running' } });
    if (current) return current;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM skill_versions v JOIN skills s ON s.id = v.skill_id WHERE s.deleted_at IS NULL`,
    );
    let job: RescanJobEntity;
    try {
      job = await jobs.save(
        jobs.create({
          status: 'running',
          engineVersion: this.scanning.engineVersion,
          total,
          done: 0,
          quarantined: 0,
          failed: 0,
          requestedBy: actorName(principal),
          updatedAt: new Date(),
        }),
      );
    } catch (error) {
      // Another process started one at the same moment: at most one runs (unique index).
      if (error instanceof QueryFailedError) return jobs.findOneOrFail({ where: { status: 'running' } });
      throw error;
    }
    await this.audit.record({
      action: 'rescan',
      outcome: 'success',
      principal,
      detail: { job_id: job.id, total },
    });
    await this.claimAndWork();
    return job;
  }

  async get(jobId: string): Promise<RescanJobEntity> {
    const job = await this.dataSource.getRepository(RescanJobEntity).findOne({ where: { id: jobId } });
    if (!job) throw new NotFoundException(`rescan job ${jobId} not found`);
    return job;
  }

  /** Waits for the job this process is running (tests, shutdown). */
  async settle(): Promise<void> {
    await this.running;
  }

  /** Takes the running job if nobody holds a live lease on it, and works it in the background. */
  private async claimAndWork(): Promise<void> {
    if (this.running || this.stopping) return;
    let jobId: string | null;
    try {
      jobId = await this.claim();
    } catch (error) {
      // The database may be briefly away; the next poll tries again.
      this.logger.warn(`could not look for rescan work: ${(error as Error).message}`);
      return;
    }
    if (!jobId) return;
    this.logger.log(`working rescan ${jobId}`);
    this.running = this.work(jobId)
      .catch(async (error: unknown) => {
        this.logger.error(`rescan ${jobId} failed: ${(error as Error).message}`);
        await this.dataSource
          .getRepository(RescanJobEntity)
          .update(jobId, { status: 'failed', finishedAt: new Date() });
      })
      .finally(() => {
        this.running = null;
      });
  }

  private async claim(): Promise<string | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE rescan_jobs SET lease_owner = $1, lease_until = now() + make_interval(secs => $2)
       WHERE id = (SELECT id FROM rescan_jobs
                   WHERE status = 'running' AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $1)
                   LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [this.owner, LEASE_SECONDS],
    );
    return rows[0]?.id ?? null;
  }

  private async work(jobId: string): Promise<void> {
    for (;;) {
      if (this.stopping) return;
      const job = await this.get(jobId);
      const batch = await this.nextBatch(job.lastVersionId);
      if (batch.length === 0) {
        await this.dataSource
          .getRepository(RescanJobEntity)
          .update(jobId, { status: 'completed', finishedAt: new Date(), updatedAt: new Date() });
        return;
      }
      for (const version of batch) await this.rescanVersion(jobId, version);
    }
  }

  private nextBatch(after: string | null): Promise<SkillVersionEntity[]> {
    const qb = this.dataSource
      .getRepository(SkillVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(SkillEntity, 's', 's.id = v.skill_id AND s.deleted_at IS NULL')
      .orderBy('v.id', 'ASC')
      .limit(BATCH);
    if (after) qb.where('v.id > :after', { after });
    return qb.getMany();
  }

  private async rescanVersion(jobId: string, version: SkillVersionEntity): Promise<void> {
    const files = await this.dataSource
      .getRepository(SkillFileEntity)
      .find({ where: { versionId: version.id } });
    const bundle = {
      files: files.map((f) => ({ path: f.path, content: f.content })),
      provenance: version.provenance,
    };
    const { result } = await this.scanning.scan(bundle, version.frontmatter);
    const scan = applyAccepted(result, version.acceptedFindings);
    await this.dataSource.transaction(async (manager) => {
      // Skill before version: the order promote, appeals and first-scan jobs lock them in.
      const skill = await lockSkill(manager, version.skillId);
      await manager.update(SkillVersionEntity, version.id, { scanResult: scan });
      const quarantined = skill
        ? await this.quarantineIfActive(manager, skill, version, scan.risk_level)
        : false;
      const detail = {
        job_id: jobId,
        version_id: version.id,
        from: version.scanResult.risk_level,
        to: scan.risk_level,
      };
      await this.audit.record(
        { action: 'scan', outcome: 'success', principal: SYSTEM, skillId: version.skillId, detail },
        manager,
      );
      await manager
        .createQueryBuilder()
        .update(RescanJobEntity)
        .set({
          done: () => 'done + 1',
          quarantined: () => `quarantined + ${quarantined ? 1 : 0}`,
          lastVersionId: version.id,
          updatedAt: new Date(),
          leaseUntil: () => `now() + interval '${LEASE_SECONDS} seconds'`,
        })
        .where('id = :jobId AND lease_owner = :owner', { jobId, owner: this.owner })
        .execute();
    });
  }

  private async quarantineIfActive(
    manager: EntityManager,
    skill: SkillEntity,
    version: SkillVersionEntity,
    risk: string,
  ): Promise<boolean> {
    if (severityRank(risk as 'LOW') < severityRank('HIGH')) return false;
    if (skill.activeVersionId !== version.id || skill.status !== 'Active') return false;
    await manager.update(SkillEntity, skill.id, {
      status: 'Quarantined',
      riskLevel: risk,
      updatedAt: new Date(),
    });
    const detail = {
      reason: `rescan with engine ${this.scanning.engineVersion} found ${risk}`,
      version_id: version.id,
    };
    await this.audit.record(
      { action: 'quarantine', outcome: 'success', principal: SYSTEM, skillId: skill.id, detail },
      manager,
    );
    return true;
  }
}
