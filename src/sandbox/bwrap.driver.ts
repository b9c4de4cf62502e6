import { bwrapArgs, rootfsArgs, SANDBOX_UID } from './bwrap-argv.js';
import { interpreterArgv } from './interpreters.js';
import { runProcess } from './run-process.js';
import { classifyOutcome } from './run-outcome.js';
import { DEFAULT_LIMITS, SandboxDriver, SandboxRunRequest, SandboxRunResult } from './sandbox.types.js';
import { createSkillWorkdir } from './skill-workdir.js';

/** V8's JIT reserves more address space than a 256 MiB RLIMIT_AS; without it node runs fine. */
const NODE_FLAGS = ['--jitless', '--no-expose-wasm'];

export interface BwrapDriverOptions {
  /** Where skill folders are written on the host; default os.tmpdir(). */
  workBaseDir?: string;
}

/** Runs a skill script under bubblewrap: no network, read-only host /usr, tmpfs /tmp, uid nobody, rlimits. */
export class BwrapDriver implements SandboxDriver {
  readonly name = 'bwrap' as const;
  private readonly running = new Set<() => void>();
  private readonly rootfs = rootfsArgs();
  private readonly asRoot = process.getuid?.() === 0;

  constructor(private readonly options: BwrapDriverOptions = {}) {}

  async available(): Promise<{ ok: boolean; reason?: string }> {
    try {
      const result = await this.run({
        files: [{ path: 'probe.sh', content: Buffer.from('echo ok') }],
        entry: 'probe.sh',
        args: [],
        stdin: '',
        limits: { ...DEFAULT_LIMITS, wallTimeoutMs: 10_000 },
      });
      if (result.status === 'succeeded' && result.stdout.trim() === 'ok') return { ok: true };
      return { ok: false, reason: `bwrap probe failed: ${result.stderr.trim() || result.status}` };
    } catch (err) {
      return { ok: false, reason: `bwrap not usable: ${(err as Error).message}` };
    }
  }

  async run(req: SandboxRunRequest): Promise<SandboxRunResult> {
    const program = [...interpreterArgv(req.entry, { node: NODE_FLAGS }), ...req.args];
    const workdir = await createSkillWorkdir(req.files, req.entry, this.options.workBaseDir);
    try {
      const raw = await runProcess({
        command: 'bwrap',
        args: bwrapArgs(workdir.dir, program, req.limits, this.rootfs),
        uid: this.asRoot ? SANDBOX_UID : undefined,
        stdin: req.stdin,
        wallTimeoutMs: req.limits.wallTimeoutMs,
        maxOutputBytes: req.limits.maxOutputBytes,
        track: this.tracker(),
      });
      const stderr = raw.stderr.text();
      return {
        ...classifyOutcome({ ...raw, stderr }),
        stdout: raw.stdout.text(),
        stderr,
        duration_ms: raw.durationMs,
        truncated: raw.stdout.truncated || raw.stderr.truncated,
      };
    } finally {
      await workdir.remove();
    }
  }

  async shutdown(): Promise<void> {
    for (const kill of this.running) kill();
    this.running.clear();
  }

  private tracker(): (kill: (() => void) | null) => void {
    let current: (() => void) | null = null;
    return (kill) => {
      if (current) this.running.delete(current);
      current = kill;
      if (kill) this.running.add(kill);
    };
  }
}
