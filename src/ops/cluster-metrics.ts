import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import {
  AggregatorRegistry,
  type MetricObjectWithValues,
  type MetricValue,
  type Registry,
} from 'prom-client';

/** worker → primary: the metrics of all workers, please; and the primary's answer. */
const ASK = 'skillgate:metrics';
/** primary → worker: your own metrics, please; and the worker's answer. */
const COLLECT = 'skillgate:collect';
const TIMEOUT_MS = 3000;

type WorkerMetrics = MetricObjectWithValues<MetricValue<string>>[];

interface Message {
  type: typeof ASK | typeof COLLECT;
  id: string;
  text?: string;
  error?: string;
  metrics?: WorkerMetrics;
}

const isMessage = (type: Message['type'], message: unknown): message is Message =>
  (message as Message | null)?.type === type;

/** One end of the IPC channel between the primary and a worker. */
interface Channel {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  send(message: Message): unknown;
}

/** A worker's or the primary's end (the process object and a Worker both emit 'message'). */
function channelTo(end: NodeJS.Process | Worker, send: (message: Message) => unknown): Channel {
  return {
    on: (event, listener) => end.on(event, listener),
    off: (event, listener) => end.off(event, listener),
    send,
  };
}

/** Sends `request` and waits for the reply with the same id (undefined after the timeout). */
function exchange(channel: Channel, request: Message): Promise<Message | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), TIMEOUT_MS);
    const onMessage = (message: unknown) => {
      if (isMessage(request.type, message) && message.id === request.id && message !== request) done(message);
    };
    const done = (reply: Message | undefined) => {
      clearTimeout(timer);
      channel.off('message', onMessage);
      resolve(reply);
    };
    channel.on('message', onMessage);
    channel.send(request);
  });
}

/** In a worker: hands this registry's metrics to the primary when it collects them. */
export function shareWithPrimary(registry: Registry): void {
  if (!cluster.isWorker) return;
  process.on('message', (message: unknown) => {
    if (!isMessage(COLLECT, message) || message.metrics) return;
    const reply = (metrics: WorkerMetrics) => process.send?.({ type: COLLECT, id: message.id, metrics });
    registry.getMetricsAsJSON().then(reply, () => reply([]));
  });
}

/** In a worker: the metrics of all workers, summed (counters, histograms) by the primary. */
export async function clusterMetrics(): Promise<string> {
  const primary = channelTo(process, (message) => process.send?.(message));
  const reply = await exchange(primary, { type: ASK, id: randomUUID() });
  if (reply?.text === undefined)
    throw new Error(reply?.error ?? 'the primary did not answer with the metrics');
  return reply.text;
}

/**
 * In the primary: collects the metrics of the workers that are listening (one still booting or
 * gone does not answer, so it is not asked) and answers a worker's /metrics with their sum.
 */
export class MetricsCollector {
  private readonly ready = new Set<Worker>();

  add(worker: Worker): void {
    this.ready.add(worker);
    worker.once('exit', () => this.ready.delete(worker));
    worker.on('message', (message: unknown) => {
      if (!isMessage(ASK, message) || message.text !== undefined || message.error !== undefined) return;
      this.collect().then(
        (text) => worker.send({ type: ASK, id: message.id, text }),
        (error: Error) => worker.send({ type: ASK, id: message.id, error: error.message }),
      );
    });
  }

  private async collect(): Promise<string> {
    const replies = await Promise.all(
      [...this.ready].map((worker) =>
        exchange(
          channelTo(worker, (message) => worker.send(message)),
          { type: COLLECT, id: randomUUID() },
        ),
      ),
    );
    const metrics = replies.flatMap((reply) => (reply?.metrics ? [reply.metrics] : []));
    return AggregatorRegistry.aggregate(metrics).metrics();
  }
}
