/**
 * Sandbox overhead: median wall time of one run per available driver vs a bare spawn of the same
 * script. Targets: bwrap < 2x bare, docker < 500 ms per run.
 * Usage: npx tsx bench/sandbox.ts [runs=20]   (DOCKER_HOST or /run/podman.sock for the docker driver)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { BwrapDriver } from '../src/sandbox/bwrap.driver.js';
import { DockerDriver } from '../src/sandbox/docker.driver.js';
import { DEFAULT_LIMITS, SandboxDriver } from '../src/sandbox/sandbox-driver.js';

const RUNS = Number(process.argv[2] ?? 20);
const SCRIPTS = [
  { entry: 'hello.py', interpreter: '/usr/bin/python3', source: 'import sys\nprint("hi", sys.argv[1:])' },
  { entry: 'hello.sh', interpreter: '/usr/bin/bash', source: 'echo hi "$@"' },
  { entry: 'hello.js', interpreter: '/usr/bin/node', source: 'console.log("hi", process.argv.slice(2))' },
  {
    entry: 'work.py',
    interpreter: '/usr/bin/python3',
    source:
      'import json, re, hashlib\nprint(hashlib.sha256(json.dumps(list(range(100000))).encode()).hexdigest())',
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function bareRun(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: tmpdir(), LANG: 'C.UTF-8' };
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    child.stdin.on('error', () => undefined);
    child.stdin.end('');
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

function driverRun(driver: SandboxDriver, entry: string, source: string): () => Promise<number> {
  return async () => {
    const started = performance.now();
    const result = await driver.run({
      files: [{ path: entry, content: Buffer.from(source) }],
      entry,
      args: ['x'],
      stdin: '',
      limits: DEFAULT_LIMITS,
    });
    if (result.status !== 'succeeded') throw new Error(`${driver.name} run failed: ${result.stderr}`);
    return performance.now() - started;
  };
}

/** Interleaves the contenders run by run, so load changes on the machine hit them all alike. */
async function medians(contenders: (() => Promise<number>)[]): Promise<number[]> {
  for (const run of contenders) await run(); // warm-up
  const times = contenders.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, run] of contenders.entries()) times[k].push(await run());
  }
  return times.map(median);
}

export async function main(): Promise<void> {
  const socket =
    process.env.DOCKER_HOST ?? (existsSync('/run/podman.sock') ? 'unix:///run/podman.sock' : undefined);
  const drivers: SandboxDriver[] = [new BwrapDriver(), new DockerDriver({ socket })];
  const available: SandboxDriver[] = [];
  const rows: string[] = [];
  for (const driver of drivers) {
    const { ok, reason } = await driver.available();
    if (ok) available.push(driver);
    else rows.push(`| ${driver.name} | all | unavailable: ${reason} | | | | |`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'skillgate-bench-'));
  try {
    for (const script of SCRIPTS) {
      const path = join(dir, script.entry);
      writeFileSync(path, script.source);
      const [bare, ...times] = await medians([
        () => bareRun(script.interpreter, [path, 'x']),
        ...available.map((driver) => driverRun(driver, script.entry, script.source)),
      ]);
      rows.push(`| bare spawn | ${script.entry} | ${bare.toFixed(1)} | | 1.00x | | |`);
      for (const [k, driver] of available.entries()) {
        const ms = times[k];
        const ratio = ms / bare;
        const [target, pass] = driver.name === 'bwrap' ? ['< 2x bare', ratio < 2] : ['< 500 ms', ms < 500];
        const cells = [
          driver.name,
          script.entry,
          ms.toFixed(1),
          `+${(ms - bare).toFixed(1)}`,
          `${ratio.toFixed(2)}x`,
        ];
        rows.push(`| ${[...cells, target, pass ? 'ok' : 'MISSED'].join(' | ')} |`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Sandbox overhead, median of ${RUNS} runs (ms, wall time of one whole run)\n`);
  console.log('| driver | script | median ms | overhead ms | vs bare | target | result |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
