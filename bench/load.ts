/**
 * HTTP load on list / get / search with 100k skills on the PostgreSQL server: starts `node dist/main.js`
 * (run `npm run build` first), seeds, then drives it over loopback for a bounded time with wrk when it is
 * installed (Debian package `wrk`; far cheaper per request on the shared cores), else autocannon.
 * Prints p50/p99 latency, req/s and the server's CPU per request (a steadier figure than req/s on a
 * shared machine) as a markdown table, plus the server's idle and busy RSS.
 * Like a real deployment: default LOG_LEVEL (info) with stdout drained through a pipe, and the
 * requests carry an agent's key (what agents, the API's clients, send; `--key operator` for the
 * configured operator key, which needs no database lookup).
 * Usage: npx tsx bench/load.ts [--url postgres://…/skillgate_bench] [--skills 100000] [--seconds 10]
 *                              [--connections 16] [--log-level info] [--key agent|operator]
 *                              [--driver wrk|autocannon] [--replicas 1] [--workers 1] [--reuse-seed]
 *                              [--warmup 2] [--only <text in a scenario's name>]
 * `--replicas 2` runs two server processes on the same database (the documented scale-out), each
 * driven by its own load generator with half the connections; req/s add up, p50/p99 are the worse
 * of the two, CPU per request is both processes' CPU over all requests, RSS is per process.
 * `--warmup N`: each scenario first runs N seconds unmeasured (its p99 is printed in the last column).
 * `--workers 2` runs one server with SKILLGATE_WORKERS=2 (node cluster on one port); CPU counts the
 * primary and its workers, RSS is the largest worker's.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort } from '../test/support/free-port.js';
import { ensureDatabase, seedSkills } from './seed.js';
import { runWrk, wrkAvailable } from './wrk.js';

const KEY = 'bench-operator-key-0123456789abcdef';
const WORDS = ['pdf', 'docker', 'git tasks', 'invoice', 'kubernetes', 'translate', 'slack variant', 'emial'];

interface Options {
  url: string;
  skills: number;
  seconds: number;
  connections: number;
  logLevel: string;
  key: 'agent' | 'operator';
  driver: 'wrk' | 'autocannon';
  replicas: number;
  workers: number;
  /** The database already holds the seed of a previous run: skip seeding. */
  reuseSeed: boolean;
  /** Seconds each scenario runs unmeasured first (its p99 is printed apart). */
  warmup: number;
  /** Run only the scenarios whose name contains this text (all when empty). */
  only: string;
}

interface Row {
  scenario: string;
  p50: number;
  p99: number;
  rps: number;
  cpuUs: number;
  errors: number;
  /** p99 of the scenario's unmeasured first seconds. */
  warmupP99?: number;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    url: value('url', 'postgres://postgres@127.0.0.1:5432/skillgate_bench'),
    skills: Number(value('skills', '100000')),
    seconds: Number(value('seconds', '10')),
    connections: Number(value('connections', '16')),
    logLevel: value('log-level', 'info'),
    key: value('key', 'agent') === 'operator' ? 'operator' : 'agent',
    driver: value('driver', wrkAvailable() ? 'wrk' : 'autocannon') === 'wrk' ? 'wrk' : 'autocannon',
    replicas: Math.max(1, Number(value('replicas', '1'))),
    workers: Math.max(1, Number(value('workers', '1'))),
    reuseSeed: argv.includes('--reuse-seed'),
    warmup: Number(value('warmup', '2')),
    only: value('only', ''),
  };
}

async function startServer(opts: Options, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      DATABASE_URL: opts.url,
      SKILLGATE_ADMIN_KEY: KEY,
      SKILLGATE_SANDBOX: 'none',
      SKILLGATE_RATE_LIMIT_PER_MINUTE: '100000000',
      SKILLGATE_WORKERS: String(opts.workers),
      LOG_LEVEL: opts.logLevel,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.resume(); // drained, like a log shipper reading the pipe
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start (run `npm run build` first?)');
}

/** The server process and its cluster workers, if any. */
async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return [pid, ...children.trim().split(/\s+/).filter(Boolean).map(Number)];
}

/** The largest resident set among the server's processes (per process, as the target is stated). */
async function rssMb(pid: number): Promise<number> {
  const sizes = await Promise.all(
    (await processTree(pid)).map(async (p) => {
      const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }),
  );
  return Math.max(...sizes);
}

/** User + system CPU time of the server's processes in microseconds (clock ticks of 10 ms). */
async function cpuUs(pid: number): Promise<number> {
  let total = 0;
  for (const p of await processTree(pid)) {
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    const fields = stat.split(') ')[1]?.split(' ') ?? [];
    total += (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10_000;
  }
  return total;
}

/** An INTERN agent's key, created through the API like any client's. */
async function agentKey(base: string): Promise<string> {
  const res = await fetch(`${base}/api/agents`, {
    method: 'POST',
    headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench-agent', maturity: 'INTERN' }),
  });
  if (res.status !== 201) throw new Error(`creating the bench agent answered ${res.status}`);
  return ((await res.json()) as { api_key: string }).api_key;
}

async function sampleIds(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM skills WHERE deleted_at IS NULL ORDER BY random() LIMIT 1000',
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

interface Target {
  base: string;
  key: string;
  pid: number;
}

/** Paths a load generator cycles through: `paths` called this many times (wrk reads a fixed list). */
const DISTINCT_PATHS = 2000;

async function drive(
  targets: Target[],
  opts: Options,
  scenario: string,
  paths: () => string,
  distinct = DISTINCT_PATHS,
): Promise<Row> {
  const cpu = async () => (await Promise.all(targets.map((t) => cpuUs(t.pid)))).reduce((a, b) => a + b, 0);
  const cpuBefore = await cpu();
  const each = { ...opts, connections: Math.max(1, Math.round(opts.connections / targets.length)) };
  const loads = await Promise.all(
    targets.map((target) =>
      opts.driver === 'wrk' ? withWrk(target, each, paths, distinct) : withAutocannon(target, each, paths),
    ),
  );
  const total = loads.reduce((sum, load) => sum + load.total, 0);
  return {
    scenario,
    p50: Math.max(...loads.map((load) => load.p50)),
    p99: Math.max(...loads.map((load) => load.p99)),
    rps: loads.reduce((sum, load) => sum + load.rps, 0),
    errors: loads.reduce((sum, load) => sum + load.errors, 0),
    cpuUs: ((await cpu()) - cpuBefore) / Math.max(1, total),
  };
}

/**
 * A scenario's first seconds are run apart, on the same requests as the measured run: each fresh
 * PostgreSQL backend pays page faults on the shared buffers it first touches, and a search's first
 * ask counts all its matches; the measured run is the steady state after that, and the first
 * seconds' p99 is printed beside it. `everyAskNew` scenarios draw new requests for the measured run.
 */
async function scenario(
  targets: Target[],
  opts: Options,
  name: string,
  paths: () => string,
  { distinct = DISTINCT_PATHS, everyAskNew = false } = {},
): Promise<Row | null> {
  if (!name.includes(opts.only)) return null;
  const requests = Array.from({ length: distinct }, paths);
  const replay = () => {
    let next = 0;
    return () => requests[next++ % requests.length];
  };
  const first =
    opts.warmup > 0
      ? await drive(targets, { ...opts, seconds: opts.warmup }, name, replay(), distinct)
      : null;
  const measured = await drive(targets, opts, name, everyAskNew ? paths : replay(), distinct);
  return { ...measured, warmupP99: first?.p99 };
}

type Load = Omit<Row, 'scenario' | 'cpuUs' | 'warmupP99'> & { total: number };

async function withWrk(target: Target, opts: Options, paths: () => string, distinct: number): Promise<Load> {
  const list = Array.from({ length: distinct }, paths);
  return runWrk(target.base, target.key, list, opts.seconds, opts.connections);
}

async function withAutocannon(target: Target, opts: Options, paths: () => string): Promise<Load> {
  const result = await autocannon({
    url: target.base,
    connections: opts.connections,
    duration: opts.seconds,
    headers: { 'x-api-key': target.key },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths() }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    total: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

/** Search paths for the numbers 1..n in random order, each once (then again from the start). */
function unasked(n: number): () => string {
  const numbers = Array.from({ length: n }, (_, i) => i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
  }
  let next = 0;
  return () => `/api/skills/list?limit=20&q=${numbers[next++ % n]}`;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const opts = options(argv);
  await ensureDatabase(opts.url);
  const ports = await Promise.all(Array.from({ length: opts.replicas }, () => freePort()));
  const first = await startServer(opts, ports[0]); // runs the migrations
  if (!opts.reuseSeed) await seedSkills(opts.url, opts.skills);
  first.kill('SIGTERM');
  await new Promise((resolve) => first.once('exit', resolve));
  const servers: ChildProcess[] = [];
  try {
    for (const port of ports) servers.push(await startServer(opts, port));
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    const key = opts.key === 'agent' ? await agentKey(bases[0]) : KEY;
    const targets = servers.map((server, i) => ({ base: bases[i], key, pid: server.pid ?? 0 }));
    const ids = await sampleIds(opts.url);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rss = async () => Math.max(...(await Promise.all(targets.map((t) => rssMb(t.pid)))));
    const idle = await rss();
    let busy = idle;
    const sampler = setInterval(() => void rss().then((mb) => (busy = Math.max(busy, mb))), 250);
    await drive(targets, { ...opts, seconds: 2 }, 'warm-up', () => '/api/skills/list?limit=20');
    const rows = [
      await scenario(targets, opts, 'list (limit 20)', () => '/api/skills/list?limit=20'),
      await scenario(
        targets,
        opts,
        'list Active prompt (limit 50)',
        () => '/api/skills/list?status=Active&skill_type=prompt&limit=50',
      ),
      await scenario(targets, opts, 'get by id', () => `/api/skills/${pick(ids)}`),
      await scenario(
        targets,
        opts,
        'search, broad: 10% of rows match, 8 terms asked again (limit 20)',
        () => `/api/skills/list?limit=20&q=${encodeURIComponent(pick(WORDS))}`,
      ),
      await scenario(
        targets,
        opts,
        `search, narrow: ${DISTINCT_PATHS} random numbers asked in turn (the 1st ask of each counts its ~1–20 matches) (limit 20)`,
        () => `/api/skills/list?limit=20&q=${1 + Math.floor(Math.random() * opts.skills)}`,
      ),
      await scenario(
        targets,
        opts,
        'search, narrow, every request a number not asked before (all counted from scratch) (limit 20)',
        unasked(opts.skills),
        // LuaJIT caps a function at 65,536 constants: wrk's path table stays below.
        { distinct: Math.min(opts.skills, 60_000), everyAskNew: true },
      ),
    ].filter((row): row is Row => row !== null);
    clearInterval(sampler);
    print(opts, rows, idle, busy);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
  }
}

function print(opts: Options, rows: Row[], idle: number, busy: number): void {
  console.log(
    `\n${opts.skills} skills on PostgreSQL, ${opts.connections} connections, ${opts.seconds} s per scenario, ` +
      `LOG_LEVEL=${opts.logLevel}, ${opts.key} key, ${opts.driver} on the same machine, ` +
      `${opts.replicas} server process(es) × ${opts.workers} worker(s)\n`,
  );
  console.log(
    `| scenario | p50 ms | p99 ms | req/s | server CPU µs/req | errors | p99 ms, first ${opts.warmup} s |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.scenario} | ${r.p50} | ${r.p99} | ${Math.round(r.rps)} | ${Math.round(r.cpuUs)} | ${r.errors} | ${r.warmupP99 ?? '–'} |`,
    );
  console.log(`\nserver RSS per process: idle ${idle.toFixed(0)} MB, busy (max) ${busy.toFixed(0)} MB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
