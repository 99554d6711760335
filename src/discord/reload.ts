/**
 * Re-indexing without a restart: when a file in the corpus folder changes, the new corpus is loaded and
 * validated aside; only a whole, valid one replaces what the bot serves. A malformed one is logged and the old
 * index keeps serving.
 */
import { type FSWatcher, watch } from 'node:fs';
import { isCorpusFile } from '../corpus/files.js';
import { loadEngine } from '../search/load.js';
import { createLookup } from '../search/lookup.js';
import type { BotContext } from './context.js';

/** Edits come as bursts of events (an editor writes, renames, touches): wait for the burst to end. */
const SETTLE_MS = 300;

export function watchCorpus(ctx: BotContext, dir: string): FSWatcher {
  let timer: NodeJS.Timeout | null = null;
  let reloading: Promise<void> = Promise.resolve();
  const reload = (): void => {
    reloading = reloading.then(async () => {
      try {
        const engine = await loadEngine(dir);
        ctx.engine = engine;
        ctx.lookup = createLookup(engine.corpus);
        ctx.logger.info({ documents: engine.corpus.documents.length, passages: engine.corpus.passages.length }, 'corpus reloaded');
      } catch (error) {
        ctx.logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'corpus reload refused; still serving the previous index');
      }
    });
  };
  const watcher = watch(dir, (_event, name) => {
    if (name !== null && !isCorpusFile(String(name))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
  });
  watcher.on('error', (error) => ctx.logger.warn({ err: error }, 'cannot watch the corpus folder; restart the bot to pick up changes'));
  return watcher;
}
