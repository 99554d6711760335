/**
 * Re-indexing without a restart: when a file in the corpus folder changes, or an administrator runs
 * /admin reload, the new corpus is loaded, validated and indexed aside, in a worker thread, while the bot goes on
 * answering; only a whole, valid one replaces what the bot serves. A malformed one (or a file refused: too large,
 * not a regular file) is logged and refused, and the old index keeps serving. A folder replaced by another of the
 * same name (`mv new corpus`) is watched again and read.
 */
import { type FSWatcher, statSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { corpusChanges, type ReloadOutcome } from '../corpus/changes.js';
import { isCorpusFile } from '../corpus/files.js';
import { type BackgroundIndexer, createBackgroundIndexer } from '../search/background.js';
import type { BotContext } from './context.js';

/** Edits come as bursts of events (an editor writes, renames, touches): wait for the burst to end. */
const SETTLE_MS = 300;

/** Re-reads the corpus now. Reloads run one after another, so two never race to replace the index. */
export type Reload = () => Promise<ReloadOutcome>;

/** What a reload replaces, and what it reads and logs with. */
export type Served = Pick<BotContext, 'engine' | 'lookup' | 'logger' | 'config'>;

export interface ReloadOptions {
  /** Folder of the index cache, null for none. Default: INDEX_CACHE_DIR or .cache/. */
  cacheDir?: string | null;
  /** The worker that indexes. Default: one made here, let go when idle. */
  indexer?: BackgroundIndexer;
}

export function createReload(ctx: Served, dir: string, { cacheDir, indexer = createBackgroundIndexer() }: ReloadOptions = {}): Reload {
  async function reindex(): Promise<ReloadOutcome> {
    const started = performance.now();
    ctx.logger.info({ dir }, 'corpus changed; indexing it in the background');
    // How long answers could have waited at most meanwhile: the longest the event loop was held.
    const pauses = monitorEventLoopDelay({ resolution: 10 });
    pauses.enable();
    const timing = (): { ms: number; longestPauseMs: number } => {
      pauses.disable();
      return { ms: Math.round(performance.now() - started), longestPauseMs: Math.round(pauses.max / 1e6) };
    };
    try {
      const { engine, lookup } = await indexer.load(dir, { maxFileMb: ctx.config.corpusMaxFileMb, ...(cacheDir === undefined ? {} : { cacheDir }) });
      const changes = corpusChanges(ctx.engine.corpus, engine.corpus);
      ctx.engine = engine;
      ctx.lookup = lookup;
      const { documents, passages, passagesAdded, passagesRemoved, passagesChanged } = changes;
      ctx.logger.info({ documents, passages, added: passagesAdded.length, removed: passagesRemoved.length, changed: passagesChanged.length, ...timing() }, 'corpus reloaded');
      return { kind: 'reloaded', changes };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      ctx.logger.warn({ reason, ...timing() }, 'corpus reload refused; still serving the previous index');
      return { kind: 'refused', reason };
    }
  }
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(reindex);
    last = next;
    return next;
  };
}

/** The folder's identity: another folder put in its place has another. Null when it is not there. */
function identity(dir: string): string | null {
  try {
    const stats = statSync(dir);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

export interface CorpusWatcher {
  close(): void;
}

/** Reloads when a corpus file changes, or when the folder is replaced by another of its name. */
export function watchCorpus(ctx: Pick<BotContext, 'logger' | 'reload'>, dir: string): CorpusWatcher {
  let timer: NodeJS.Timeout | null = null;
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void ctx.reload(), SETTLE_MS);
  };

  let folder: FSWatcher | null = null;
  let watched: string | null = null;
  /** Watches whatever folder is at `dir` now; none while there is none (the parent's watcher sees one come). */
  function watchFolder(): void {
    folder?.close();
    folder = null;
    watched = identity(dir);
    if (watched === null) return;
    try {
      const current = watch(dir, (_event, name) => {
        if (name === null || isCorpusFile(String(name))) schedule();
      });
      current.on('error', (error) => {
        ctx.logger.warn({ err: error }, 'lost the watch on the corpus folder; it is watched again when a folder of that name is put back');
        current.close();
        if (folder === current) [folder, watched] = [null, null];
      });
      folder = current;
    } catch (error) {
      watched = null;
      ctx.logger.warn({ err: error }, 'cannot watch the corpus folder; restart the bot to pick up changes');
    }
  }

  // A folder renamed over this one, or removed and put back, is seen from its parent.
  let parent: FSWatcher | null = null;
  const cannotWatchParent = (error: unknown): void =>
    ctx.logger.warn({ err: error }, 'cannot watch the folder that holds the corpus; a corpus folder replaced by another is not picked up');
  try {
    parent = watch(dirname(dir), (_event, name) => {
      if (name !== null && String(name) !== basename(dir)) return;
      if (identity(dir) === watched) return;
      watchFolder();
      schedule();
    });
    parent.on('error', cannotWatchParent);
  } catch (error) {
    cannotWatchParent(error);
  }
  watchFolder();

  return {
    close() {
      if (timer) clearTimeout(timer);
      folder?.close();
      parent?.close();
    },
  };
}
