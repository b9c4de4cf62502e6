import { Injectable } from '@nestjs/common';
import cluster from 'node:cluster';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { clusterMetrics, shareWithPrimary } from './cluster-metrics.js';

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Prometheus metrics of one application instance. Its own registry (not prom-client's global one)
 * so several apps in one process (tests, host applications) never collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'skillgate_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly imports = new Counter({
    name: 'skillgate_imports_total',
    help: 'Skill imports by source (raw_content, github_url, upload) and result',
    labelNames: ['source', 'result'] as const,
    registers: [this.registry],
  });

  private readonly scans = new Counter({
    name: 'skillgate_scans_total',
    help: 'Scans by aggregated risk level and LLM review outcome (ok, skipped, failed)',
    labelNames: ['risk_level', 'llm'] as const,
    registers: [this.registry],
  });

  private readonly executions = new Counter({
    name: 'skillgate_executions_total',
    help: 'Skill executions by status and sandbox driver (none for prompt skills)',
    labelNames: ['status', 'driver'] as const,
    registers: [this.registry],
  });

  private readonly scanCache = new Counter({
    name: 'skillgate_scan_cache_total',
    help: 'Scan cache lookups by result (hit, miss)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  private readonly scanJobs = new Counter({
    name: 'skillgate_scan_jobs_total',
    help: 'First-scan job events: done, failed (attempts exhausted), retried, taken_over (lease ran out)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private countOpenScanJobs?: () => Promise<number>;

  private readonly scanJobsOpen: Gauge = new Gauge({
    name: 'skillgate_scan_jobs_open',
    help: 'First-scan jobs not finished yet, in the whole database (queue depth)',
    registers: [this.registry],
    aggregator: 'max', // every worker reads the same database (SKILLGATE_WORKERS > 1)
    collect: async () => {
      // A scrape while the database is away keeps the last value instead of failing /metrics.
      const open = await this.countOpenScanJobs?.().catch(() => undefined);
      if (open !== undefined) this.scanJobsOpen.set(open);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'skillgate_' });
    shareWithPrimary(this.registry);
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  /** result: e.g. created, existing (byte-identical re-import), refused (4xx), failed (5xx). */
  recordImport(source: string, result: string): void {
    this.imports.inc({ source, result });
  }

  recordScan(riskLevel: string, llm: string): void {
    this.scans.inc({ risk_level: riskLevel, llm });
  }

  recordExecution(status: string, driver: string | null): void {
    this.executions.inc({ status, driver: driver ?? 'none' });
  }

  recordScanCache(hit: boolean): void {
    this.scanCache.inc({ result: hit ? 'hit' : 'miss' });
  }

  recordScanJob(outcome: 'done' | 'failed' | 'retried' | 'taken_over'): void {
    this.scanJobs.inc({ outcome });
  }

  /** How to read the queue depth at scrape time (the scan-job service knows the database). */
  watchOpenScanJobs(count: () => Promise<number>): void {
    this.countOpenScanJobs = count;
  }

  /** This process's metrics; under SKILLGATE_WORKERS > 1, those of all workers. */
  async render(): Promise<string> {
    return cluster.isWorker ? clusterMetrics() : this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
