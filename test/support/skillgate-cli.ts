import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build.js';

export const BUILT_CLI = join(ROOT, 'dist', 'cli', 'skillgate.js');
export const FIXTURES = 'test/fixtures/skills';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
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
