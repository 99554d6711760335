import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';
import { redactInteractionTokens } from './discord/interaction-tokens.js';

export type { Logger };

/**
 * An error as pino logs it, less what must never reach a log: the request body a Discord REST error carries
 * (a whole reply, with what members asked), and interaction tokens in its URL.
 */
function loggedError(error: unknown): unknown {
  const serialized: unknown = pino.stdSerializers.err(error as Error);
  if (typeof serialized === 'string') return redactInteractionTokens(serialized);
  if (typeof serialized !== 'object' || serialized === null) return serialized;
  const { requestBody: _body, ...fields } = serialized as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) if (typeof value === 'string') fields[key] = redactInteractionTokens(value);
  return fields;
}

/** Structured logs on stdout. Tokens never reach a log line: the paths that could hold one are censored. */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      serializers: { err: loggedError },
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.token'], censor: '[redacted]' },
    },
    destination as pino.DestinationStream | undefined,
  );
}

/**
 * Errors nothing caught are logged as one line, and the process keeps serving. Safe for the bot: an event handler
 * that throws leaves nothing half-changed (an index is swapped in whole, store writes are transactions), and the
 * gateway client records each event before handing it out, so the next one is read as usual.
 */
export function keepServingThroughUncaughtErrors(logger: Logger): void {
  process.on('uncaughtException', (error, origin) => logger.error({ err: error, origin }, 'uncaught error; still serving'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason, origin: 'unhandledRejection' }, 'uncaught error; still serving'));
}
