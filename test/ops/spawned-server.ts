import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/build.js';
import { freePort } from '../support/free-port.js';
import { ADMIN_KEY } from '../support/test-app.js';

const MAIN = join(ROOT, 'dist', 'main.js');

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the real server process on an on-disk embedded database and waits until /health answers. */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      PORT: String(port),
      SKILLGATE_DATA_DIR: dataDir,
      SKILLGATE_ADMIN_KEY: ADMIN_KEY,
      SKILLGATE_SANDBOX: 'none',
      SKILLGATE_IMPORT_RATE_LIMIT_PER_MINUTE: '1000000',
      SKILLGATE_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, exited, () => output);
  return { url, child, output: () => output, exited };
}

async function waitForHealth(url: string, exited: Promise<unknown>, output: () => string): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !done) {
    const ok = await fetch(`${url}/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

export async function stopServer(server: SpawnedServer, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}
