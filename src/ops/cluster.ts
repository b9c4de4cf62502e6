import cluster, { type Worker } from 'node:cluster';
import type { Readable, Writable } from 'node:stream';
import pino, { type LevelWithSilent, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { MetricsCollector } from './cluster-metrics.js';
import { createOpsLogger } from './ops-logger.js';

const RESTART_DELAY_MS = 1000;
/** Workers still running this long after SIGTERM are killed (a shutdown must not hang forever). */
const SHUTDOWN_DEADLINE_MS = 30_000;

/**
 * The primary process of `SKILLGATE_WORKERS` > 1: forks the HTTP workers (the first alone, since it
 * runs the migrations), relays their logs line by line, restarts a worker that dies, answers their
 * /metrics with the sum over all of them, and on SIGTERM/SIGINT lets every worker shut down
 * gracefully before exiting. Workers share the port (node cluster hands out connections).
 */
export async function runPrimary({ workers, logLevel }: AppConfig): Promise<void> {
  // A log reader that goes away (a closed pipe) must not take the primary, and so its workers' orderly
  // shutdown, down with it: those lines are lost, nothing else.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  // Written at once: the primary's few lines must not wait in a buffer when it exits.
  const logger = createOpsLogger(logLevel as LevelWithSilent, pino.destination({ dest: 1, sync: true }));
  const metrics = new MetricsCollector();
  let stopping = false;
  let booting = true;
  const listening = new WeakSet<Worker>();
  cluster.setupPrimary({ silent: true });
  // Never a worker started after a stop was asked for: it would outlive the primary.
  const fork = () =>
    stopping
      ? Promise.reject(new Error('stopping'))
      : startWorker(metrics).then((worker) => {
          listening.add(worker);
          return worker;
        });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    if (booting && !listening.has(worker)) return; // a boot failure: fatal below
    logger.error({ worker_pid: worker.process.pid, code, signal }, 'worker exited; starting another');
    // A replacement that fails to boot (say, the database is away) exits too and comes back here.
    setTimeout(() => void (stopping || fork().catch(() => undefined)), RESTART_DELAY_MS);
  });
  // Handled from the start: a SIGTERM while workers boot stops those already forked, then exits.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(0);
    for (const worker of running) worker?.process.kill('SIGTERM');
    setTimeout(() => forceStop(logger), SHUTDOWN_DEADLINE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const boot = async () => {
    await fork();
    await Promise.all(Array.from({ length: workers - 1 }, fork));
  };
  await boot().catch((error: Error) => stopping || fatal(logger, error));
  if (stopping) return;
  booting = false;
  logger.info({ workers }, 'skillgate workers listening');
}

/** Forks one worker; resolves once it listens, rejects if it exits first (a boot failure). */
function startWorker(metrics: MetricsCollector): Promise<Worker> {
  const worker = cluster.fork();
  relayLines(worker.process.stdout, process.stdout);
  relayLines(worker.process.stderr, process.stderr);
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`a worker exited (${code}) before listening`));
    worker.once('exit', failed);
    worker.once('listening', () => {
      worker.off('exit', failed);
      metrics.add(worker);
      resolve(worker);
    });
  });
}

/** Copies whole lines only, so that JSON log lines of different workers never interleave. */
function relayLines(from: Readable | null, to: Writable): void {
  if (!from) return;
  let pending = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const text = pending + chunk;
    const end = text.lastIndexOf('\n') + 1;
    pending = text.slice(end);
    if (end > 0) to.write(text.slice(0, end));
  });
  from.on('end', () => {
    if (pending) to.write(`${pending}\n`);
  });
}

function forceStop(logger: Logger): void {
  const stuck = Object.values(cluster.workers ?? {}).flatMap((worker) => (worker ? [worker] : []));
  logger.error({ workers: stuck.map((w) => w.process.pid) }, 'workers did not stop in time; killed');
  for (const worker of stuck) worker.process.kill('SIGKILL');
  process.exitCode = 1;
}

function fatal(logger: Logger, error: Error): never {
  logger.fatal({ err: error }, 'stopping: a worker could not start');
  process.exit(1);
}
