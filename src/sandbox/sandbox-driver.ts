/** The sandbox's public surface: types, default limits and the driver factory. */
export * from './sandbox.types.js';
export { createSandboxDriver, SandboxUnavailableError } from './sandbox-factory.js';
