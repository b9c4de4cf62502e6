/**
 * Drives a server with wrk (a C load generator, Debian package `wrk`), which costs the shared cores
 * far less per request than autocannon in node: ~35 µs against several hundred here.
 */
import { execFile, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface WrkResult {
  p50: number;
  p99: number;
  rps: number;
  total: number;
  errors: number;
}

export function wrkAvailable(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { status?: number }).status !== undefined; // wrk --version exits 1
  }
}

/** Runs wrk for `seconds` over `connections` keep-alive connections, cycling through `paths`. */
export async function runWrk(
  base: string,
  key: string,
  paths: string[],
  seconds: number,
  connections: number,
): Promise<WrkResult> {
  const script = join(tmpdir(), `skillgate-wrk-${process.pid}.lua`);
  await writeFile(script, luaScript(paths));
  const { stdout } = await promisify(execFile)('wrk', [
    ...['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-H', `x-api-key: ${key}`],
    ...['-s', script, base],
  ]);
  return parseWrk(stdout);
}

function luaScript(paths: string[]): string {
  const list = paths.map((path) => JSON.stringify(path)).join(',\n');
  return `local paths = {\n${list}\n}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n`;
}

export function parseWrk(out: string): WrkResult {
  const number = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? NaN);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    p50: latencyMs(/^\s+50%\s+(\S+)$/m.exec(out)?.[1]),
    p99: latencyMs(/^\s+99%\s+(\S+)$/m.exec(out)?.[1]),
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    total: number(/(\d+) requests in/),
    errors:
      (Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) || 0) +
      (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  };
}

function latencyMs(text: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text ?? '');
  if (!match) return NaN;
  const scale = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
  return Math.round(Number(match[1]) * scale * 100) / 100;
}
