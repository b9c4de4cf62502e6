import { posix } from 'node:path';

import { SandboxInputError } from './sandbox.types.js';

/** Mount point of the skill folder inside every sandbox. */
export const SKILL_MOUNT = '/skill';

export const SANDBOX_ENV: Readonly<Record<string, string>> = Object.freeze({
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/tmp',
  LANG: 'C.UTF-8',
});

export interface InterpreterFlags {
  /** Extra node flags; bwrap needs `--jitless` because V8's JIT reserves more address space than RLIMIT_AS allows. */
  node?: string[];
}

const BY_EXTENSION: Record<string, 'python' | 'bash' | 'node'> = {
  '.py': 'python',
  '.sh': 'bash',
  '.bash': 'bash',
  '.js': 'node',
  '.mjs': 'node',
  '.cjs': 'node',
};

/** argv that runs `entry` (relative to the skill root) inside the sandbox, before the user's args. */
export function interpreterArgv(entry: string, flags: InterpreterFlags = {}): string[] {
  const kind = BY_EXTENSION[posix.extname(entry).toLowerCase()];
  if (!kind)
    throw new SandboxInputError(`no interpreter for ${entry} (supported: .py, .sh, .bash, .js, .mjs, .cjs)`);
  const script = posix.join(SKILL_MOUNT, entry);
  switch (kind) {
    case 'python':
      return ['/usr/bin/python3', '-B', script];
    case 'node':
      return ['/usr/bin/node', ...(flags.node ?? []), script];
    default:
      return ['/usr/bin/bash', script];
  }
}

export function sandboxEnvList(): string[] {
  return Object.entries(SANDBOX_ENV).map(([key, value]) => `${key}=${value}`);
}
