import { SandboxLimitHit, SandboxRunResult } from './sandbox.types.js';

export interface RawOutcome {
  /** Exit code as the driver saw it; for a signal, 128 + signal number (bwrap and docker both do this). */
  exitCode: number | null;
  timedOut: boolean;
  outputExceeded: boolean;
  /** Docker reports an OOM kill explicitly; bwrap only through the interpreter's error text. */
  oomKilled?: boolean;
  stderr: string;
}

const SIGKILL_EXIT = 128 + 9;
const SIGXCPU_EXIT = 128 + 24;
const SIGXFSZ_EXIT = 128 + 25;

const MEMORY_TEXT = /MemoryError|out of memory|bad_alloc|Cannot allocate memory|xmalloc: cannot allocate/i;
const PROCESS_TEXT =
  /fork: retry|fork: Resource temporarily unavailable|can't start new thread|BlockingIOError: \[Errno 11\]/i;

function limitFromExit(raw: RawOutcome): SandboxLimitHit | null {
  if (raw.timedOut) return 'wall';
  if (raw.outputExceeded) return 'output';
  if (raw.oomKilled) return 'memory';
  if (raw.exitCode === SIGXCPU_EXIT) return 'cpu';
  if (raw.exitCode === SIGXFSZ_EXIT) return 'file_size';
  if (raw.exitCode === 0) return null;
  if (MEMORY_TEXT.test(raw.stderr)) return 'memory';
  if (PROCESS_TEXT.test(raw.stderr)) return 'processes';
  // RLIMIT_CPU's hard limit kills with SIGKILL one second after the soft one.
  if (raw.exitCode === SIGKILL_EXIT) return 'cpu';
  return null;
}

/** Turns what a driver observed into the status triple of a SandboxRunResult. */
export function classifyOutcome(
  raw: RawOutcome,
): Pick<SandboxRunResult, 'status' | 'exit_code' | 'limit_hit'> {
  const limit_hit = limitFromExit(raw);
  if (raw.timedOut) return { status: 'timeout', exit_code: null, limit_hit };
  if (raw.outputExceeded) return { status: 'failed', exit_code: null, limit_hit };
  const status = raw.exitCode === 0 ? 'succeeded' : 'failed';
  return { status, exit_code: raw.exitCode, limit_hit };
}
