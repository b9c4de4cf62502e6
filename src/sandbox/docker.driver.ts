import Docker from 'dockerode';
import { PassThrough } from 'node:stream';

import { containerOptions } from './docker-options.js';
import { interpreterArgv } from './interpreters.js';
import { CappedOutput } from './output-capture.js';
import { classifyOutcome } from './run-outcome.js';
import { SandboxDriver, SandboxLimits, SandboxRunRequest, SandboxRunResult } from './sandbox.types.js';
import { createSkillWorkdir } from './skill-workdir.js';

export const DEFAULT_DOCKER_IMAGE = 'skillgate-sandbox:latest';

export interface DockerDriverOptions {
  /** Socket path, `unix:///path` or `tcp://host:port`; unset: dockerode's default (DOCKER_HOST). */
  socket?: string;
  image?: string;
  runtime?: string;
  /** Where skill folders are written on the host (bind-mounted, so the engine must run on this host). */
  workBaseDir?: string;
}

export function dockerClient(socket: string | undefined): Docker {
  if (!socket) return new Docker();
  if (socket.startsWith('tcp://') || socket.startsWith('http://')) {
    const url = new URL(socket.replace(/^tcp:/, 'http:'));
    return new Docker({ host: url.hostname, port: Number(url.port || 2375) });
  }
  return new Docker({ socketPath: socket.replace(/^unix:\/\//, '') });
}

/**
 * stdin goes in as a read-only file redirected by the image's sh: docker-modem's hijacked attach sends
 * its options as a JSON body that the engine then reads as the container's stdin.
 */
const STDIN_MOUNT = '/run/skillgate-stdin';
const STDIN_WRAPPER = ['/bin/sh', '-c', `exec "$0" "$@" < ${STDIN_MOUNT}`];

interface Capture {
  stdout: CappedOutput;
  stderr: CappedOutput;
  exceeded: boolean;
  /** Resolves when the attach stream ended (the last output can arrive after the exit), or after a grace period. */
  drained: Promise<void>;
}

const DRAIN_GRACE_MS = 2000;

const SIGKILL_EXIT = 128 + 9;

/**
 * Podman on cgroup v1 never sets State.OOMKilled. A SIGKILL we did not send, before RLIMIT_CPU's hard
 * limit could be reached (CpuQuota allows one CPU, so CPU time <= wall time), is the memory cgroup.
 */
function killedBeforeCpuLimit(
  raw: { exitCode: number; timedOut: boolean; outputExceeded: boolean },
  durationMs: number,
  limits: SandboxLimits,
): boolean {
  const ourKill = raw.timedOut || raw.outputExceeded;
  return raw.exitCode === SIGKILL_EXIT && !ourKill && durationMs < (limits.cpuSeconds + 1) * 1000;
}

/** Runs a skill script in a throwaway container through the Docker Engine API (Docker or Podman). */
export class DockerDriver implements SandboxDriver {
  readonly name = 'docker' as const;
  private readonly docker: Docker;
  private readonly image: string;
  private readonly running = new Set<Docker.Container>();

  constructor(private readonly options: DockerDriverOptions = {}) {
    this.docker = dockerClient(options.socket);
    this.image = options.image ?? DEFAULT_DOCKER_IMAGE;
  }

  async available(): Promise<{ ok: boolean; reason?: string }> {
    try {
      await this.docker.ping();
    } catch (err) {
      return { ok: false, reason: `docker API not reachable: ${(err as Error).message}` };
    }
    try {
      await this.docker.getImage(this.image).inspect();
      return { ok: true };
    } catch {
      return { ok: false, reason: `image ${this.image} missing (run scripts/sandbox/build-image.sh)` };
    }
  }

  async run(req: SandboxRunRequest): Promise<SandboxRunResult> {
    const command = [...STDIN_WRAPPER, ...interpreterArgv(req.entry), ...req.args];
    const workdir = await createSkillWorkdir(req.files, req.entry, this.options.workBaseDir);
    let container: Docker.Container | undefined;
    try {
      const stdinFile = await workdir.writeAside('stdin', req.stdin);
      const binds = [`${stdinFile}:${STDIN_MOUNT}:ro`];
      const spec = {
        image: this.image,
        runtime: this.options.runtime,
        skillDir: workdir.dir,
        binds,
        command,
      };
      container = await this.docker.createContainer(containerOptions({ ...spec, limits: req.limits }));
      this.running.add(container);
      return await this.execute(container, req);
    } finally {
      if (container) {
        this.running.delete(container);
        await container.remove({ force: true }).catch(() => undefined);
      }
      await workdir.remove();
    }
  }

  async shutdown(): Promise<void> {
    const containers = [...this.running];
    this.running.clear();
    await Promise.all(containers.map((c) => c.kill().catch(() => undefined)));
  }

  private async execute(container: Docker.Container, req: SandboxRunRequest): Promise<SandboxRunResult> {
    const { limits } = req;
    const stream = await container.attach({ stream: true, stdout: true, stderr: true });
    const capture = this.capture(
      stream,
      limits.maxOutputBytes,
      () => void container.kill().catch(() => undefined),
    );
    const exited: Promise<{ StatusCode: number }> = container.wait({ condition: 'next-exit' });
    exited.catch(() => undefined); // if start() throws, this rejects later with nobody awaiting it
    const started = performance.now();
    await container.start();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void container.kill().catch(() => undefined);
    }, limits.wallTimeoutMs);
    try {
      const { StatusCode } = await exited;
      const durationMs = Math.round(performance.now() - started);
      await capture.drained;
      const state = (await container.inspect()).State;
      const stderr = capture.stderr.text();
      const raw = { exitCode: StatusCode, timedOut, outputExceeded: capture.exceeded, stderr };
      return {
        ...classifyOutcome({
          ...raw,
          oomKilled: state.OOMKilled || killedBeforeCpuLimit(raw, durationMs, limits),
        }),
        stdout: capture.stdout.text(),
        stderr,
        duration_ms: durationMs,
        truncated: capture.stdout.truncated || capture.stderr.truncated,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private capture(stream: NodeJS.ReadWriteStream, limit: number, stop: () => void): Capture {
    const drained = new Promise<void>((resolve) => {
      stream
        .on('end', resolve)
        .on('close', resolve)
        .on('error', () => resolve());
      setTimeout(resolve, DRAIN_GRACE_MS).unref();
    });
    const result: Capture = {
      stdout: new CappedOutput(limit),
      stderr: new CappedOutput(limit),
      exceeded: false,
      drained,
    };
    const sink = (out: CappedOutput) =>
      new PassThrough().on('data', (chunk: Buffer) => {
        if (out.push(chunk) || result.exceeded) return;
        result.exceeded = true;
        stop();
      });
    this.docker.modem.demuxStream(stream, sink(result.stdout), sink(result.stderr));
    return result;
  }
}
