import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequestContext, runWithRequestContext } from '../common/request-context.js';
import { AppConfig } from '../config/app-config.js';
import { AuditService } from '../governance/audit.service.js';
import { MetricsService } from '../ops/metrics.service.js';
import type { Principal } from '../governance/principal.js';
import type { StaticScan } from '../scanning/reviewed-result.js';
import type { Finding } from '../scanning/scan.types.js';
import { ScanningService, type ReviewOutcome, type ScanFile } from '../scanning/scanning.service.js';
import { ScanJobEntity } from './entities/scan-job.entity.js';
import { SkillFileEntity } from './entities/skill-file.entity.js';
import { SkillVersionEntity } from './entities/skill-version.entity.js';
import { SkillEntity } from './entities/skill.entity.js';
import { finalScan, placeScannedVersion } from './first-scan.js';
import { lockSkill } from './live-skill.js';
import type { StoredImport } from './skill-store.js';

/** What a first scan's review needs besides the stored files. */
export interface ScanJobInput {
  staticScan: StaticScan;
  /** Findings about the skill in this registry (lookalike names), added to the final result. */
  registryFindings: Finding[];
}

export interface NewScanJob extends ScanJobInput {
  skillId: string;
  versionId: string;
  bundleSha256: string;
  principal: Principal;
}

interface Finished {
  skill: SkillEntity;
  version: SkillVersionEntity;
}

const RETRY_DELAY_CAP_SECONDS = 30;
const SETTLE_POLL_MS = 100;
const MAX_ERROR_CHARS = 1000;

/**
 * The PostgreSQL-backed queue of first scans (their LLM review and final verdict). An import
 * stores its job already leased to the importing process, which works it right away; a lease
 * that is not renewed (the process died) lets any process's poller claim the job
 * (`FOR UPDATE SKIP LOCKED`) and finish it. Attempts are bounded: a job that keeps failing ends
 * `failed`, the skill keeping its static verdict with `llm: "failed"`, Untrusted.
 */
@Injectable()
export class ScanJobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ScanJobs');
  private readonly owner = randomUUID();
  private readonly working = new Set<Promise<unknown>>();
  private draining: Promise<void> | null = null;
  private stopping = false;
  private poller?: NodeJS.Timeout;
  private readonly leaseSeconds: number;
  private readonly maxAttempts: number;
  private readonly pollMs: number;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ScanningService) private readonly scanning: ScanningService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.leaseSeconds = config.scanJobLeaseSeconds;
    this.maxAttempts = config.scanJobMaxAttempts;
    this.pollMs = config.scanJobPollMs;
    metrics.watchOpenScanJobs(async () => {
      const [{ open }]: { open: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS open FROM scan_jobs WHERE status = 'pending'`,
      );
      return open;
    });
  }

  onApplicationBootstrap(): void {
    void this.drain();
    this.poller = setInterval(() => void this.drain(), this.pollMs);
    this.poller.unref();
  }

  /** Stops looking for work and waits for the jobs this process is running. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.poller);
    await this.settle();
  }

  /** Waits until this process runs no job (tests, shutdown). */
  async settle(): Promise<void> {
    await this.draining;
    await Promise.allSettled([...this.working]);
  }

  /** Stores the job of a new version inside the import's transaction, leased to this process. */
  async enqueue(manager: EntityManager, job: NewScanJob): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO scan_jobs (skill_id, version_id, bundle_sha256, static_result, registry_findings,
                              principal, request_id, lease_owner, lease_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(secs => $9))
       RETURNING id`,
      [
        job.skillId,
        job.versionId,
        job.bundleSha256,
        JSON.stringify(job.staticScan),
        JSON.stringify(job.registryFindings),
        JSON.stringify(job.principal),
        currentRequestContext()?.requestId ?? null,
        this.owner,
        this.leaseSeconds,
      ],
    );
    return rows[0].id;
  }

  /**
   * The import's answer: the importing process works the job it just stored (the files are the
   * bytes it stored), so the answer carries the final verdict. A re-import of stored content waits
   * for that version's open job, for one lease at most.
   */
  async finishImport(stored: StoredImport, files?: ScanFile[]): Promise<StoredImport> {
    if (stored.scanJobId) {
      const finished = await this.track(this.work(stored.scanJobId, files));
      if (finished) return { ...finished, created: stored.created };
    }
    return this.settled(stored);
  }

  /**
   * One attempt at a job this process holds the lease of: review (cache or LLM), then the
   * finishing writes in one transaction. Null when another process holds the job now.
   */
  private async work(jobId: string, files?: ScanFile[]): Promise<Finished | null> {
    const job = await this.dataSource.getRepository(ScanJobEntity).findOneByOrFail({ id: jobId });
    if (job.status !== 'pending') return null;
    if (job.attempts > this.maxAttempts) {
      return this.giveUp(job, job.lastError ?? 'the lease ran out on every attempt (process died?)');
    }
    try {
      return await this.keepingLease(job.id, async () => {
        const review = await this.scanning.review(
          job.bundleSha256,
          files ?? (await this.filesOf(job.versionId)),
          job.staticResult,
        );
        return this.finish(job, review);
      });
    } catch (error) {
      return this.attemptFailed(job, error);
    }
  }

  /** Records the error; retries later (any process), or gives up after the last attempt. */
  private async attemptFailed(job: ScanJobEntity, error: unknown): Promise<Finished | null> {
    const message = describe(error);
    this.logger.warn(`scan job ${job.id} attempt ${job.attempts}/${this.maxAttempts} failed: ${message}`);
    if (job.attempts >= this.maxAttempts) return this.giveUp(job, message);
    this.metrics.recordScanJob('retried');
    await this.dataSource
      .query(
        `UPDATE scan_jobs SET last_error = $3, updated_at = now(),
                lease_until = now() + make_interval(secs => $4)
         WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`,
        [job.id, this.owner, message, Math.min(job.attempts, RETRY_DELAY_CAP_SECONDS)],
      )
      .catch((cause: unknown) => this.logger.warn(`could not record it: ${describe(cause)}`));
    throw error;
  }

  /** The last attempt failed: the static verdict stands, the review counts as failed. */
  private giveUp(job: ScanJobEntity, error: string): Promise<Finished | null> {
    this.logger.error(`scan job ${job.id} failed after ${this.maxAttempts} attempts: ${error}`);
    const review = { result: this.scanning.withoutReview(job.staticResult), cached: false };
    return this.finish(job, review, error);
  }

  /** The finishing writes, one transaction: version result and status, skill, cache, audit, job. */
  private async finish(
    job: ScanJobEntity,
    review: ReviewOutcome,
    failure?: string,
  ): Promise<Finished | null> {
    const finished = await this.finishWrites(job, review, failure);
    if (finished) this.metrics.recordScanJob(failure ? 'failed' : 'done');
    return finished;
  }

  private finishWrites(
    job: ScanJobEntity,
    review: ReviewOutcome,
    failure?: string,
  ): Promise<Finished | null> {
    return this.dataSource.transaction(async (manager) => {
      const held: unknown[] = await manager.query(
        `SELECT id FROM scan_jobs WHERE id = $1 AND status = 'pending' AND lease_owner = $2 FOR UPDATE`,
        [job.id, this.owner],
      );
      if (held.length === 0) return null; // our lease ran out and another process took the job
      // Skill before version: the order every other writer locks them in.
      const skill = await lockSkill(manager, job.skillId);
      if (!skill) throw new Error(`skill ${job.skillId} of scan job ${job.id} is gone`);
      const version = await manager
        .createQueryBuilder(SkillVersionEntity, 'v')
        .setLock('pessimistic_write')
        .where('v.id = :id', { id: job.versionId })
        .getOneOrFail();
      const active = skill.activeVersionId
        ? await manager.findOneBy(SkillVersionEntity, { id: skill.activeVersionId })
        : null;
      const scan = finalScan(review.result, job.registryFindings, version.acceptedFindings);
      const placement = placeScannedVersion(scan.risk_level, version, {
        status: skill.status,
        activeVersionId: skill.activeVersionId,
        latestVersionId: skill.latestVersionId,
        deleted: skill.deletedAt !== null,
        activeCreatedAt: active?.createdAt ?? null,
      });
      await manager.update(SkillVersionEntity, version.id, {
        scanResult: scan,
        status: placement.versionStatus,
      });
      if (placement.skill) {
        await manager.update(SkillEntity, skill.id, { ...placement.skill, updatedAt: new Date() });
      }
      if (!review.cached) await this.scanning.keep(job.bundleSha256, review.result, manager);
      await this.audit.record(
        {
          action: 'scan',
          outcome: failure ? 'failed' : 'success',
          principal: job.principal,
          skillId: skill.id,
          detail: {
            risk_level: scan.risk_level,
            llm: scan.llm,
            findings: scan.findings.length,
            version_id: version.id,
            job_id: job.id,
            attempt: job.attempts,
            cached: review.cached,
            ...(review.llmError ? { llm_error: review.llmError } : {}),
            ...(failure ? { error: failure } : {}),
          },
        },
        manager,
      );
      await manager.update(ScanJobEntity, job.id, {
        status: failure ? 'failed' : 'done',
        lastError: failure ?? job.lastError,
        leaseUntil: null,
        finishedAt: new Date(),
        updatedAt: new Date(),
      });
      return {
        skill: await manager.findOneByOrFail(SkillEntity, { id: skill.id }),
        version: await manager.findOneByOrFail(SkillVersionEntity, { id: version.id }),
      };
    });
  }

  /** Renews the lease while `run` works (an LLM review may outlast one lease). */
  private async keepingLease<T>(jobId: string, run: () => Promise<T>): Promise<T> {
    const renew = () =>
      this.dataSource
        .query(
          `UPDATE scan_jobs SET lease_until = now() + make_interval(secs => $3)
           WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`,
          [jobId, this.owner, this.leaseSeconds],
        )
        .catch((error: unknown) => this.logger.warn(`could not renew scan job ${jobId}: ${describe(error)}`));
    const heartbeat = setInterval(() => void renew(), (this.leaseSeconds * 1000) / 3);
    heartbeat.unref();
    try {
      return await run();
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Claims and works jobs whose lease ran out, one at a time, until there are none. */
  private drain(): Promise<void> {
    if (!this.draining && !this.stopping) {
      this.draining = this.workExpired()
        .catch((error: unknown) => this.logger.warn(`could not look for scan jobs: ${describe(error)}`))
        .finally(() => {
          this.draining = null;
        });
    }
    return this.draining ?? Promise.resolve();
  }

  private async workExpired(): Promise<void> {
    while (!this.stopping) {
      const claimed = await this.claim();
      if (!claimed) return;
      this.metrics.recordScanJob('taken_over');
      this.logger.log(`working scan job ${claimed.id} (attempt ${claimed.attempts}): its lease ran out`);
      // The scan event keeps the import's request id, whichever process finishes the job.
      const run = () => this.work(claimed.id);
      const work = claimed.request_id ? runWithRequestContext({ requestId: claimed.request_id }, run) : run();
      await this.track(work).catch(() => undefined); // logged by attemptFailed; retried later
    }
  }

  private async claim(): Promise<{ id: string; attempts: number; request_id: string | null } | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ id: string; attempts: number; request_id: string | null }[], number] =
      await this.dataSource.query(
        `UPDATE scan_jobs SET lease_owner = $1, lease_until = now() + make_interval(secs => $2),
                attempts = attempts + 1, updated_at = now()
         WHERE id = (SELECT id FROM scan_jobs
                     WHERE status = 'pending' AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY lease_until LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING id, attempts, request_id`,
        [this.owner, this.leaseSeconds],
      );
    return rows[0] ?? null;
  }

  /** Waits (one lease at most) for the open job of a version this import did not create, then rereads it. */
  private async settled(stored: StoredImport): Promise<StoredImport> {
    const jobs = this.dataSource.getRepository(ScanJobEntity);
    const deadline = Date.now() + this.leaseSeconds * 1000;
    while (
      Date.now() < deadline &&
      (await jobs.exists({ where: { versionId: stored.version.id, status: 'pending' } }))
    ) {
      await sleep(SETTLE_POLL_MS);
    }
    return {
      skill: await this.dataSource.manager.findOneByOrFail(SkillEntity, { id: stored.skill.id }),
      version: await this.dataSource.manager.findOneByOrFail(SkillVersionEntity, { id: stored.version.id }),
      created: stored.created,
    };
  }

  private filesOf(versionId: string): Promise<ScanFile[]> {
    return this.dataSource
      .getRepository(SkillFileEntity)
      .find({ select: { path: true, content: true }, where: { versionId }, order: { path: 'ASC' } });
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.working.add(work);
    const done = () => this.working.delete(work);
    void work.then(done, done);
    return work;
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}
