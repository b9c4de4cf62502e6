/**
 * Import latency (LLM off) and list latency with 10k stored skills, on the embedded database and,
 * when BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) answers, on a server.
 * Loopback HTTP only, bounded request counts. Run: npm run bench -- import
 */
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { buildConfig } from '../src/config/app-config.js';
import { ms, percentile, timeEach } from './stats.js';

const KEY = 'bench-operator-key-0123456789abcdef';
const IMPORTS = 300;
const LISTS = 500;
const STORED = 10_000;

interface Row {
  database: string;
  importP50: number;
  importP95: number;
  listP50: number;
  listP99: number;
  searchP99: number;
}

function skill(i: number): string {
  return `---\nname: bench-skill-${i}\ndescription: Benchmark skill number ${i} that formats text.\n---\n# Use\nFormat the text the user gives, politely. Item ${i}.\n`;
}

async function seed(dataSource: DataSource, count: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO skills (name, description, status, skill_type, min_maturity, risk_level, created_at)
     SELECT 'seeded-' || g, 'Seeded skill ' || g || ' for list benchmarks', 'Active', 'prompt', 'INTERN', 'LOW',
            now() - (g || ' seconds')::interval
     FROM generate_series(1, $1) AS g`,
    [count],
  );
}

async function measure(database: string, databaseUrl: string | undefined): Promise<Row> {
  const config = buildConfig(
    {},
    {
      adminKey: KEY,
      databaseUrl,
      dataDir: 'memory://',
      logLevel: 'silent',
      sandbox: 'none',
      importRateLimitPerMinute: 1e6,
      rateLimitPerMinute: 1e6,
    },
  );
  const app: INestApplication = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const dataSource = app.get(DataSource);
  try {
    if (databaseUrl)
      await dataSource.query(
        'TRUNCATE audit_events, executions, skill_files, skill_versions, skills, scan_cache RESTART IDENTITY CASCADE',
      );
    const headers = { 'X-API-Key': KEY, 'Content-Type': 'application/json' };
    const imports = await timeEach(IMPORTS, async (i) => {
      const res = await fetch(`${base}/api/skills/import`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ source: 'raw_content', content: skill(i) }),
      });
      if (res.status !== 201) throw new Error(`import answered ${res.status}`);
    });
    await seed(dataSource, STORED - IMPORTS);
    const get = (path: string) => async () => {
      const res = await fetch(`${base}${path}`, { headers });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    };
    const lists = await timeEach(LISTS, get('/api/skills/list?limit=50'));
    const searches = await timeEach(LISTS / 5, get('/api/skills/list?q=formats%20text&limit=20'));
    return {
      database,
      importP50: percentile(imports, 50),
      importP95: percentile(imports, 95),
      listP50: percentile(lists, 50),
      listP99: percentile(lists, 99),
      searchP99: percentile(searches, 99),
    };
  } finally {
    await app.close();
  }
}

async function serverAnswers(url: string): Promise<boolean> {
  const probe = new DataSource({ type: 'postgres', url, connectTimeoutMS: 2000 });
  try {
    await probe.initialize();
    await probe.destroy();
    return true;
  } catch {
    return false;
  }
}

export async function main(): Promise<void> {
  const rows = [await measure('embedded (PGlite)', undefined)];
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  if (await serverAnswers(serverUrl)) rows.push(await measure('PostgreSQL server', serverUrl));
  else console.log(`(server pass skipped: ${serverUrl} does not answer)`);
  console.log(`\n### Import and list (${IMPORTS} imports, LLM off; list over ${STORED} stored skills)\n`);
  console.log('| database | import p50 ms | import p95 ms | list p50 ms | list p99 ms | search p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${ms(r.importP50)} | ${ms(r.importP95)} | ${ms(r.listP50)} | ${ms(r.listP99)} | ${ms(r.searchP99)} |`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
