import type { ContainerCreateOptions } from 'dockerode';

import { SKILL_MOUNT, sandboxEnvList } from './interpreters.js';
import { SandboxLimits } from './sandbox.types.js';

const MIB = 1024 * 1024;
const CPU_PERIOD_US = 100_000;
/**
 * RLIMIT_NPROC counts every process of the host uid 65534 (all containers together), so it is only a
 * backstop; PidsLimit (the pids cgroup) is the per-container process limit.
 */
const NPROC_BACKSTOP = 4096;

export interface DockerRunSpec {
  image: string;
  runtime?: string;
  skillDir: string;
  /** Extra read-only binds (`host:container:ro`). */
  binds?: string[];
  command: string[];
  limits: SandboxLimits;
}

/** Container create options: no network, read-only root, tmpfs /tmp, nobody, no capabilities, cgroup limits. */
export function containerOptions(spec: DockerRunSpec): ContainerCreateOptions {
  const { limits } = spec;
  const memory = limits.memoryMb * MIB;
  const fsize = limits.maxFileSizeMb * MIB;
  return {
    Image: spec.image,
    Cmd: spec.command,
    Entrypoint: [],
    User: '65534:65534',
    WorkingDir: '/tmp',
    Env: sandboxEnvList(),
    Hostname: 'sandbox',
    NetworkDisabled: true,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: false,
    Tty: false,
    HostConfig: {
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      Binds: [`${spec.skillDir}:${SKILL_MOUNT}:ro`, ...(spec.binds ?? [])],
      Tmpfs: { '/tmp': `rw,nosuid,nodev,size=${limits.tmpfsMb}m,mode=1777` },
      Memory: memory,
      MemorySwap: memory,
      CpuPeriod: CPU_PERIOD_US,
      CpuQuota: CPU_PERIOD_US,
      PidsLimit: limits.maxProcesses,
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      IpcMode: 'private',
      Ulimits: [
        { Name: 'nofile', Soft: limits.maxOpenFiles, Hard: limits.maxOpenFiles },
        { Name: 'nproc', Soft: NPROC_BACKSTOP, Hard: NPROC_BACKSTOP },
        { Name: 'fsize', Soft: fsize, Hard: fsize },
        { Name: 'cpu', Soft: limits.cpuSeconds, Hard: limits.cpuSeconds + 1 },
        { Name: 'core', Soft: 0, Hard: 0 },
      ],
      ...(spec.runtime ? { Runtime: spec.runtime } : {}),
    },
  };
}
