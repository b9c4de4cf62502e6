import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { bundleDigest } from '../parsing/bundle-digest.js';
import type { SkillBundle } from '../parsing/skill-bundle.js';
import { MetricsService } from '../ops/metrics.service.js';
import { ScanCacheEntity } from '../registry/entities/scan-cache.entity.js';
import { decodeFileText } from './analyzers/text-decoding.js';
import { ENGINE_VERSION, scanStatic } from './engine.js';
import { LlmReviewer } from './llm-review.js';
import { isSafe } from './risk.js';
import { reviewedResult, type StaticScan } from './reviewed-result.js';
import type { ScanResult } from './scan.types.js';

export type { StaticScan } from './reviewed-result.js';

export interface ScanOutcome {
  result: ScanResult;
  bundleSha256: string;
  cached: boolean;
}

export interface ReviewOutcome {
  result: ScanResult;
  cached: boolean;
  /** Why the LLM review failed, when it did. */
  llmError?: string;
}

export interface ScanFile {
  path: string;
  content: Buffer;
}

/**
 * The engine behind the API, in two parts: the static part (rules, fast and deterministic) and the
 * review part (the cached verdict for the bundle, engine version and model, or an LLM review
 * combined with the static result). `scan()` runs both for callers that want one call.
 */
@Injectable()
export class ScanningService {
  private readonly reviewer: LlmReviewer;
  private readonly memory = new LRUCache<string, ScanResult>({ max: 2000 });

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    this.reviewer = new LlmReviewer({
      apiKey: config.openaiApiKey,
      baseURL: config.openaiBaseUrl,
      model: config.llmModel,
      timeoutMs: config.llmTimeoutMs,
      maxRetries: config.llmMaxRetries,
      maxChunkChars: config.llmMaxChunkChars,
    });
  }

  get engineVersion(): string {
    return ENGINE_VERSION;
  }

  /** The model part of the cache key: results without an LLM review are not results of a model. */
  get modelKey(): string {
    return this.config.openaiApiKey ? this.config.llmModel : 'static-only';
  }

  /** Static rules only. `llm` is `pending` when a review will follow, `skipped` when none is configured. */
  staticScan(
    bundle: SkillBundle,
    frontmatter: Record<string, unknown> | null,
  ): { result: StaticScan; bundleSha256: string } {
    const files = bundle.files.map((f) => ({ path: f.path, content: f.content }));
    const found = scanStatic({ files, frontmatter, notes: bundle.notes });
    const result: StaticScan = {
      safe: isSafe(found.risk_level),
      risk_level: found.risk_level,
      findings: found.findings,
      scanned_at: new Date().toISOString(),
      engine_version: ENGINE_VERSION,
      llm: this.reviewer.enabled ? 'pending' : 'skipped',
    };
    return { result, bundleSha256: bundleDigest(bundle.files) };
  }

  /** The review part: the cached verdict, or the LLM's (never throws for the LLM's sake). Writes nothing. */
  async review(bundleSha256: string, files: ScanFile[], staticScan: StaticScan): Promise<ReviewOutcome> {
    const cached = await this.lookup(bundleSha256, staticScan.engine_version);
    this.metrics.recordScanCache(cached !== undefined);
    if (cached) return { result: cached, cached: true };
    return { ...(await this.reviewUncached(files, staticScan)), cached: false };
  }

  /** A scan that ends without a review (its job gave up): the static findings, `llm: "failed"`. */
  withoutReview(staticScan: StaticScan): ScanResult {
    const result = reviewedResult(staticScan, { outcome: 'failed', findings: [] });
    this.metrics.recordScan(result.risk_level, result.llm);
    return result;
  }

  /** Keeps a review for the next import of the same bundle; failed reviews are not kept. */
  async keep(bundleSha256: string, result: ScanResult, manager: EntityManager = this.dataSource.manager) {
    if (result.llm === 'failed' || result.llm === 'pending') return;
    this.memory.set(this.key(bundleSha256, result.engine_version), result);
    await manager
      .createQueryBuilder()
      .insert()
      .into(ScanCacheEntity)
      .values({ bundleSha256, engineVersion: result.engine_version, model: this.modelKey, result })
      .orIgnore()
      .execute();
  }

  /** Both parts in one call, cached (rescans). */
  async scan(bundle: SkillBundle, frontmatter: Record<string, unknown> | null): Promise<ScanOutcome> {
    const bundleSha256 = bundleDigest(bundle.files);
    const cached = await this.lookup(bundleSha256, ENGINE_VERSION);
    this.metrics.recordScanCache(cached !== undefined);
    if (cached) return { result: cached, bundleSha256, cached: true };
    const { result } = await this.reviewUncached(bundle.files, this.staticScan(bundle, frontmatter).result);
    await this.keep(bundleSha256, result);
    return { result, bundleSha256, cached: false };
  }

  /** Both parts, no cache (host applications). */
  async scanUncached(bundle: SkillBundle, frontmatter: Record<string, unknown> | null): Promise<ScanResult> {
    return (await this.reviewUncached(bundle.files, this.staticScan(bundle, frontmatter).result)).result;
  }

  private async reviewUncached(
    files: ScanFile[],
    staticScan: StaticScan,
  ): Promise<{ result: ScanResult; llmError?: string }> {
    // UTF-16 files read as the static engine reads them; binaries as before.
    const texts = files.map((f) => ({
      path: f.path,
      text: decodeFileText(f.content, f.content.length) ?? f.content.toString('utf8'),
    }));
    const llm = await this.reviewer.review(texts, staticScan.findings);
    const result = reviewedResult(staticScan, llm);
    this.metrics.recordScan(result.risk_level, llm.outcome);
    return { result, llmError: llm.error };
  }

  private key(bundleSha256: string, engineVersion: string): string {
    return `${bundleSha256}:${engineVersion}:${this.modelKey}`;
  }

  private async lookup(bundleSha256: string, engineVersion: string): Promise<ScanResult | undefined> {
    const key = this.key(bundleSha256, engineVersion);
    const remembered = this.memory.get(key);
    if (remembered) return remembered;
    const row = await this.dataSource.getRepository(ScanCacheEntity).findOne({
      where: { bundleSha256, engineVersion, model: this.modelKey },
    });
    if (row) this.memory.set(key, row.result);
    return row?.result;
  }
}
