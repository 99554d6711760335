import type { Logger } from '../log.js';
import { disabledStore, openStore, type Store, StoreError } from './store.js';

/** The bot's store, or the disabled one with a clear warning when the database cannot be used. */
export function openBotStore(dataDir: string, logger: Logger): Store {
  try {
    const store = openStore(dataDir, (error) => logger.warn({ err: error }, 'could not write to the store; answering without saving'));
    logger.info({ dataDir }, 'store opened');
    return store;
  } catch (error) {
    const reason = error instanceof StoreError ? error.message : String(error);
    logger.warn({ reason }, 'feedback store unavailable: answering without feedback, threads or quiz scores');
    process.stderr.write(`Feedback store unavailable: ${reason}. The bot answers without saving feedback.\n`);
    return disabledStore;
  }
}
