import { CorpusError } from '../corpus/errors.js';

/** Reports an error a person can act on, without a stack trace, and exits. */
export function exitWithError(error: unknown, code = 1): never {
  const message = error instanceof CorpusError ? `Cannot load the corpus: ${error.message}` : `Error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
