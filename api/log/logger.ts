import pino, { type DestinationStream, type Logger } from 'pino';
import { redactPaths, scrub } from './redact.ts';

/** LOG_LEVEL's values, quietest last. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/**
 * An error as a log line keeps it: its kind, code, and message and stack with addresses and
 * secrets scrubbed. Nothing else: a database error carries the row's values in `detail`, an
 * SMTP error the recipients in `rejected`.
 */
function loggedError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const { code } = error as { code?: unknown };
  return {
    type: error.constructor?.name ?? 'Error',
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: scrub(error.message),
    ...(error.stack ? { stack: scrub(error.stack) } : {}),
    ...(error.cause !== undefined ? { cause: loggedError(error.cause) } : {}),
  };
}

/** One JSON object a line: `level` as a word, `time` in ISO 8601 UTC. */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    level: 'info',
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: loggedError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The process's one logger (standard output), for the server, the pages and the mail sender.
 * Its level is LOG_LEVEL's once the runtime starts (api/runtime.ts).
 */
export const log = createLogger();
