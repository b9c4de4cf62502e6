import { spawn } from 'node:child_process';

import { CappedOutput } from './output-capture.js';

export interface ProcessRunOptions {
  command: string;
  args: string[];
  stdin: string;
  wallTimeoutMs: number;
  maxOutputBytes: number;
  /** Start the command as this uid/gid (supplementary groups cleared); needs root. */
  uid?: number;
  gid?: number;
  /** Called with a kill function while the process runs, and with null once it is gone. */
  track?: (kill: (() => void) | null) => void;
}

export interface ProcessRunResult {
  exitCode: number | null;
  timedOut: boolean;
  outputExceeded: boolean;
  stdout: CappedOutput;
  stderr: CappedOutput;
  durationMs: number;
}

const HOST_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Grace period for pipes to close after a SIGKILL before the result is returned anyway. */
const CLOSE_GRACE_MS = 2000;

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Spawns `command` as the leader of its own process group, feeds stdin, caps both outputs and kills
 * the group on wall timeout or output flood. Killing bwrap's outer process tears down the whole
 * sandbox (its pid namespace init dies with it, and the kernel kills every process in the namespace).
 */
export function runProcess(opts: ProcessRunOptions): Promise<ProcessRunResult> {
  const started = performance.now();
  // The host environment (secrets included) never reaches the helpers; bwrap --clearenv does the rest.
  const child = spawn(opts.command, opts.args, {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: HOST_PATH },
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.gid ?? opts.uid }),
  });
  const stdout = new CappedOutput(opts.maxOutputBytes);
  const stderr = new CappedOutput(opts.maxOutputBytes);
  let timedOut = false;
  let outputExceeded = false;
  const kill = () => killGroup(child.pid);
  opts.track?.(kill);

  return new Promise((resolve, reject) => {
    let graceTimer: NodeJS.Timeout | undefined;
    let done = false;
    const stopFor = (reason: 'wall' | 'output') => {
      if (timedOut || outputExceeded) return;
      if (reason === 'wall') timedOut = true;
      else outputExceeded = true;
      kill();
      graceTimer = setTimeout(() => finish(null), CLOSE_GRACE_MS);
    };
    const wallTimer = setTimeout(() => stopFor('wall'), opts.wallTimeoutMs);
    const finish = (exitCode: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(wallTimer);
      clearTimeout(graceTimer);
      kill(); // nothing of the group may outlive the run
      opts.track?.(null);
      const durationMs = Math.round(performance.now() - started);
      resolve({ exitCode, timedOut, outputExceeded, stdout, stderr, durationMs });
    };

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk) || stopFor('output'));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk) || stopFor('output'));
    child.stdin.on('error', () => undefined); // the script may exit without reading stdin (EPIPE)
    child.stdin.end(opts.stdin);
    child.on('error', (err) => {
      clearTimeout(wallTimer);
      opts.track?.(null);
      reject(err);
    });
    child.on('close', (code) => finish(code));
  });
}
