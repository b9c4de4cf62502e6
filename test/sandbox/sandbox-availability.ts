import { createSandboxDriver } from '../../src/sandbox/sandbox-factory.js';

let cached: Promise<boolean> | undefined;

/** Whether bubblewrap really runs here (installed and allowed to make namespaces). */
export function bwrapAvailable(): Promise<boolean> {
  cached ??= createSandboxDriver('bwrap', {})
    .then((driver) => driver !== null)
    .catch(() => false);
  return cached;
}
