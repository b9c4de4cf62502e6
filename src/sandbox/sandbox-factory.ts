import { BwrapDriver } from './bwrap.driver.js';
import { DockerDriver } from './docker.driver.js';
import { SandboxDriver, SandboxDriverOptions, SandboxKind } from './sandbox.types.js';

/** Thrown for an explicitly chosen sandbox that does not work here; the message says why. */
export class SandboxUnavailableError extends Error {
  constructor(kind: string, reason: string | undefined) {
    super(`${kind} sandbox unavailable: ${reason ?? 'unknown reason'}`);
    this.name = 'SandboxUnavailableError';
  }
}

function driverFor(kind: 'bwrap' | 'docker', opts: SandboxDriverOptions): SandboxDriver {
  if (kind === 'bwrap') return new BwrapDriver();
  return new DockerDriver({
    socket: opts.dockerSocket,
    image: opts.dockerImage,
    runtime: opts.dockerRuntime,
  });
}

/**
 * `none`: null. `auto`: bwrap when its probe passes, else null. `bwrap`/`docker`: that driver after a
 * probe, or a SandboxUnavailableError with the reason. Never an unsandboxed fallback.
 */
export async function createSandboxDriver(
  kind: SandboxKind,
  opts: SandboxDriverOptions = {},
): Promise<SandboxDriver | null> {
  if (kind === 'none') return null;
  const driver = driverFor(kind === 'auto' ? 'bwrap' : kind, opts);
  const { ok, reason } = await driver.available();
  if (ok) return driver;
  if (kind === 'auto') return null;
  throw new SandboxUnavailableError(kind, reason);
}
