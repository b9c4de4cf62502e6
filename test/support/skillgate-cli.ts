import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILT_CLI = join(ROOT, 'dist', 'cli', 'skillgate.js');
export const FIXTURES = 'test/fixtures/skills';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Builds dist/ when any source file is newer than the built CLI, so tests run what users run. */
export function ensureBuilt(): void {
  if (existsSync(BUILT_CLI) && newestMtime(join(ROOT, 'src')) <= statSync(BUILT_CLI).mtimeMs) return;
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // tsc still emits on type errors elsewhere in the project; only a missing CLI is fatal here.
    if (!existsSync(BUILT_CLI)) throw error;
  }
}

/** Runs the built `skillgate` as a child process from the project root, with a minimal environment. */
export function runSkillgate(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const childEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BUILT_CLI, ...args],
      { cwd: ROOT, env: childEnv },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}
