import { MetricsService } from './metrics.service.js';

describe('MetricsService', () => {
  it('should count imports, scans, executions and cache lookups with their labels', async () => {
    const metrics = new MetricsService();
    metrics.recordImport('raw_content', 'created');
    metrics.recordImport('raw_content', 'created');
    metrics.recordScan('HIGH', 'skipped');
    metrics.recordExecution('succeeded', 'bwrap');
    metrics.recordExecution('succeeded', null);
    metrics.recordScanCache(true);
    metrics.recordScanCache(false);
    const text = await metrics.render();
    expect(text).toContain('skillgate_imports_total{source="raw_content",result="created"} 2');
    expect(text).toContain('skillgate_scans_total{risk_level="HIGH",llm="skipped"} 1');
    expect(text).toContain('skillgate_executions_total{status="succeeded",driver="bwrap"} 1');
    expect(text).toContain('skillgate_executions_total{status="succeeded",driver="none"} 1');
    expect(text).toContain('skillgate_scan_cache_total{result="hit"} 1');
    expect(text).toContain('skillgate_scan_cache_total{result="miss"} 1');
  });

  it('should keep separate registries per instance so several apps in one process never collide', async () => {
    const a = new MetricsService();
    const b = new MetricsService();
    a.recordImport('upload', 'refused');
    expect(await b.render()).not.toContain('source="upload"');
  });
});
