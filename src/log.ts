import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Structured logs on stdout. Tokens never reach a log line: the paths that could hold one are censored. */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.token'], censor: '[redacted]' },
    },
    destination as pino.DestinationStream | undefined,
  );
}
