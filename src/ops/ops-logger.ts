import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { currentRequestContext } from '../common/request-context.js';

/** Keys that may carry secrets wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'req.headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers["x-api-key"]',
  'headers.authorization',
  'api_key',
  'apiKey',
  'token',
  'password',
  'authorization',
  '*.api_key',
  '*.apiKey',
  '*.token',
  '*.password',
  '*.authorization',
];

/** pino's sonic-boom stream: `flush()`, `flushSync()`, `end()`. */
export type LogDestination = ReturnType<typeof pino.destination>;

export interface LogDestinationOptions {
  /** File descriptor or path; default stdout. */
  dest?: number | string;
  /** Bytes buffered before a write; default 4 KiB (about a dozen request lines). */
  minLength?: number;
  /** A partly filled buffer is written at least this often; default 1 s. */
  periodicFlushMs?: number;
}

/**
 * Buffered, asynchronous log output (pino's sonic-boom): one write per ~4 KiB or per second instead
 * of one synchronous write per line, which cost the request path a system call per request.
 * The buffer is written synchronously when the process exits (pino registers that on `exit`, and
 * SIGTERM ends with process.exit), so a graceful shutdown or a crash loses nothing; a SIGKILL can
 * lose up to the last second of lines.
 */
export function createLogDestination(options: LogDestinationOptions = {}): LogDestination {
  return pino.destination({
    dest: options.dest ?? 1,
    sync: false,
    minLength: options.minLength ?? 4096,
    periodicFlush: options.periodicFlushMs ?? 1000,
  });
}

/** JSON logs (default: buffered on stdout); every line written inside a request carries its request id. */
export function createOpsLogger(
  level: LevelWithSilent,
  destination: DestinationStream | undefined = level === 'silent' ? undefined : createLogDestination(),
): Logger {
  return pino(
    {
      level,
      base: { service: 'skillgate' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestContext()?.requestId;
        return requestId ? { request_id: requestId } : {};
      },
    },
    destination,
  );
}
