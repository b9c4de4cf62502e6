import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { bundleDigest } from '../parsing/bundle-digest.js';
import type { SkillBundle } from '../parsing/skill-bundle.js';
import { MetricsService } from '../ops/metrics.service.js';
import { ScanCacheEntity } from '../registry/entities/scan-cache.entity.js';
import { ENGINE_VERSION, scanStatic } from './engine.js';
import { LlmReviewer } from './llm-review.js';
import { combineRisk, isSafe } from './risk.js';
import type { ScanResult } from './scan.types.js';

export interface ScanOutcome {
  result: ScanResult;
  bundleSha256: string;
  cached: boolean;
}

/** The engine behind the API: static rules + LLM review, cached by bundle SHA-256, engine version and model. */
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

  async scan(bundle: SkillBundle, frontmatter: Record<string, unknown> | null): Promise<ScanOutcome> {
    const bundleSha256 = bundleDigest(bundle.files);
    const key = `${bundleSha256}:${ENGINE_VERSION}:${this.modelKey}`;
    const cached = this.memory.get(key) ?? (await this.loadCached(bundleSha256));
    this.metrics.recordScanCache(cached !== undefined);
    if (cached) {
      this.memory.set(key, cached);
      return { result: cached, bundleSha256, cached: true };
    }
    const result = await this.scanUncached(bundle, frontmatter);
    if (result.llm !== 'failed') {
      this.memory.set(key, result);
      await this.storeCached(bundleSha256, result);
    }
    return { result, bundleSha256, cached: false };
  }

  async scanUncached(bundle: SkillBundle, frontmatter: Record<string, unknown> | null): Promise<ScanResult> {
    const files = bundle.files.map((f) => ({ path: f.path, content: f.content }));
    const staticResult = scanStatic({ files, frontmatter, notes: bundle.notes });
    const texts = files.map((f) => ({ path: f.path, text: f.content.toString('utf8') }));
    const llm = await this.reviewer.review(texts, staticResult.findings);
    const riskLevel = combineRisk(staticResult.risk_level, llm);
    this.metrics.recordScan(riskLevel, llm.outcome);
    return {
      safe: isSafe(riskLevel),
      risk_level: riskLevel,
      findings: [...staticResult.findings, ...llm.findings],
      scanned_at: new Date().toISOString(),
      engine_version: ENGINE_VERSION,
      llm: llm.outcome,
    };
  }

  private async loadCached(bundleSha256: string): Promise<ScanResult | undefined> {
    const row = await this.dataSource.getRepository(ScanCacheEntity).findOne({
      where: { bundleSha256, engineVersion: ENGINE_VERSION, model: this.modelKey },
    });
    return row?.result;
  }

  private async storeCached(bundleSha256: string, result: ScanResult): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ScanCacheEntity)
      .values({ bundleSha256, engineVersion: ENGINE_VERSION, model: this.modelKey, result })
      .orIgnore()
      .execute();
  }
}
