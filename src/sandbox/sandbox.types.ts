/** Types of the sandbox: limits, one run request, its result, a driver. */
export interface SandboxLimits {
  memoryMb: number;
  cpuSeconds: number;
  maxProcesses: number;
  wallTimeoutMs: number;
  tmpfsMb: number;
  maxFileSizeMb: number;
  maxOpenFiles: number;
  /** Cap for stdout and for stderr, each. */
  maxOutputBytes: number;
}

export const DEFAULT_LIMITS: SandboxLimits = Object.freeze({
  memoryMb: 256,
  cpuSeconds: 15,
  maxProcesses: 64,
  wallTimeoutMs: 30_000,
  tmpfsMb: 16,
  maxFileSizeMb: 16,
  maxOpenFiles: 256,
  maxOutputBytes: 1024 * 1024,
});

export interface SandboxFile {
  path: string;
  content: Buffer;
  /** Unix mode from the source; a symlink (or any non-regular type) is never written. */
  mode?: number;
}

export interface SandboxRunRequest {
  files: SandboxFile[];
  /** Relative path of the script inside the skill, e.g. `scripts/run.py`. */
  entry: string;
  args: string[];
  stdin: string;
  limits: SandboxLimits;
}

export type SandboxLimitHit = 'wall' | 'memory' | 'output' | 'cpu' | 'file_size' | 'processes';

export interface SandboxRunResult {
  status: 'succeeded' | 'failed' | 'timeout';
  exit_code: number | null;
  stdout: string;
  stderr: string;
  duration_ms: number;
  limit_hit: SandboxLimitHit | null;
  truncated: boolean;
}

export interface SandboxDriver {
  readonly name: 'bwrap' | 'docker';
  available(): Promise<{ ok: boolean; reason?: string }>;
  run(req: SandboxRunRequest): Promise<SandboxRunResult>;
  /** Kills every sandbox still running. */
  shutdown?(): Promise<void>;
}

export type SandboxKind = 'auto' | 'bwrap' | 'docker' | 'none';

export interface SandboxDriverOptions {
  /** Socket path, `unix://…` or `tcp://host:port`; unset: dockerode's default (DOCKER_HOST). */
  dockerSocket?: string;
  dockerImage?: string;
  dockerRuntime?: string;
}

/** A request the sandbox refuses before running anything (bad path, unknown interpreter, …). */
export class SandboxInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxInputError';
  }
}
