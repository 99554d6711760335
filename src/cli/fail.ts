import { ConfigError } from '../config.js';
import { CorpusError } from '../corpus/errors.js';

/** Reports an error a person can act on, without a stack trace, and exits. */
export function exitWithError(error: unknown, code = 1): never {
  // Worded as `npm start` words them: a setting's error is a configuration error.
  const message =
    error instanceof CorpusError ? `Cannot load the corpus: ${error.message}` : error instanceof ConfigError ? `Configuration error: ${error.message}` : `Error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * Ends the process quietly when whatever reads its standard output has gone (`ask … | head -1`): nothing is left to
 * write to, and a stack trace for a broken pipe helps no one.
 */
export function quitWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    exitWithError(error);
  });
}
