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

/** JSON logs on stdout; every line written inside a request carries its request id. */
export function createOpsLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
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
