import { lstatSync, readlinkSync } from 'node:fs';

import { SANDBOX_ENV, SKILL_MOUNT } from './interpreters.js';
import { SandboxLimits } from './sandbox.types.js';

const MIB = 1024 * 1024;
/** `nobody`: RLIMIT_NPROC does not bind uid 0, so the sandbox never runs as root, even inside. */
export const SANDBOX_UID = 65534;

const TOP_LEVEL_LINKS = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'];
/** Harmless parts of /etc the interpreters need; never the whole /etc (shadow, credentials). */
const ETC_FILES = ['/etc/alternatives', '/etc/ld.so.cache', '/etc/localtime'];

/** Mirrors the host's /bin, /lib* … as symlinks into /usr (merged /usr) or read-only binds. */
export function rootfsArgs(): string[] {
  const args = ['--ro-bind', '/usr', '/usr'];
  for (const name of TOP_LEVEL_LINKS) {
    const path = `/${name}`;
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(path), path);
      else if (stat.isDirectory()) args.push('--ro-bind', path, path);
    } catch {
      // absent on this host
    }
  }
  for (const path of ETC_FILES) args.push('--ro-bind-try', path, path);
  return args;
}

/** prlimit in front of the interpreter, inside the sandbox, so NPROC counts this sandbox's user namespace only. */
export function prlimitArgv(limits: SandboxLimits): string[] {
  const cpuHard = limits.cpuSeconds + 1; // soft limit first: SIGXCPU is reported as 'cpu'
  return [
    '/usr/bin/prlimit',
    `--as=${limits.memoryMb * MIB}`,
    `--cpu=${limits.cpuSeconds}:${cpuHard}`,
    `--nproc=${limits.maxProcesses}`,
    `--fsize=${limits.maxFileSizeMb * MIB}`,
    `--nofile=${limits.maxOpenFiles}`,
    '--core=0',
    '--',
  ];
}

/**
 * bwrap's argv: … prlimit … interpreter script args. When the server runs as root, the caller starts bwrap
 * as uid/gid SANDBOX_UID (spawn's uid/gid): the kernel does not enforce RLIMIT_NPROC for root.
 */
export function bwrapArgs(
  skillDir: string,
  programArgv: string[],
  limits: SandboxLimits,
  rootfs: string[],
): string[] {
  const env = Object.entries(SANDBOX_ENV).flatMap(([key, value]) => ['--setenv', key, value]);
  return [
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--uid',
    String(SANDBOX_UID),
    '--gid',
    String(SANDBOX_UID),
    '--hostname',
    'sandbox',
    ...rootfs,
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(limits.tmpfsMb * MIB),
    '--perms',
    '1777',
    '--tmpfs',
    '/tmp',
    '--ro-bind',
    skillDir,
    SKILL_MOUNT,
    // Nothing but /tmp stays writable: bwrap's own root and /dev are unbounded tmpfs otherwise.
    '--remount-ro',
    '/dev',
    '--remount-ro',
    '/',
    '--chdir',
    '/tmp',
    '--clearenv',
    ...env,
    '--',
    ...prlimitArgv(limits),
    ...programArgv,
  ];
}
