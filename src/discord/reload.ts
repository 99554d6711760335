/**
 * Re-indexing without a restart: when a file in the corpus folder changes, or an administrator runs
 * /admin reload, the new corpus is loaded and validated aside; only a whole, valid one replaces what the bot
 * serves. A malformed one is logged and refused, and the old index keeps serving.
 */
import { type FSWatcher, watch } from 'node:fs';
import { corpusChanges, type ReloadOutcome } from '../corpus/changes.js';
import { isCorpusFile } from '../corpus/files.js';
import { loadEngine } from '../search/load.js';
import { createLookup } from '../search/lookup.js';
import type { BotContext } from './context.js';

/** Edits come as bursts of events (an editor writes, renames, touches): wait for the burst to end. */
const SETTLE_MS = 300;

/** Re-reads the corpus now. Reloads run one after another, so two never race to replace the index. */
export type Reload = () => Promise<ReloadOutcome>;

export function createReload(ctx: Omit<BotContext, 'reload'>, dir: string): Reload {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(async (): Promise<ReloadOutcome> => {
      try {
        const engine = await loadEngine(dir);
        const changes = corpusChanges(ctx.engine.corpus, engine.corpus);
        ctx.engine = engine;
        ctx.lookup = createLookup(engine.corpus);
        ctx.logger.info({ documents: changes.documents, passages: changes.passages, added: changes.passagesAdded.length, removed: changes.passagesRemoved.length, changed: changes.passagesChanged.length }, 'corpus reloaded');
        return { kind: 'reloaded', changes };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        ctx.logger.warn({ reason }, 'corpus reload refused; still serving the previous index');
        return { kind: 'refused', reason };
      }
    });
    last = next;
    return next;
  };
}

/** Reloads when a corpus file changes. */
export function watchCorpus(ctx: BotContext, dir: string): FSWatcher {
  let timer: NodeJS.Timeout | null = null;
  const watcher = watch(dir, (_event, name) => {
    if (name !== null && !isCorpusFile(String(name))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void ctx.reload(), SETTLE_MS);
  });
  watcher.on('error', (error) => ctx.logger.warn({ err: error }, 'cannot watch the corpus folder; restart the bot to pick up changes'));
  return watcher;
}
