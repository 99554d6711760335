/**
 * Re-indexing off the main thread: a worker thread reads, validates and indexes the corpus (./index-worker.ts) and
 * hands the index back, its postings already checked; this thread only parses the corpus and makes
 * the engine and look-ups, in steps with the event loop free between them, so answers go on while a large corpus
 * is indexed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_FILE_MB } from '../corpus/read.js';
import { indexCacheDir, projectRoot } from '../paths.js';
import { fromCachedCorpus, type CachedCorpus } from './cache.js';
import { createEngine, type Engine, type ReadIndexData } from './engine.js';
import type { LoadOptions } from './load.js';
import { createLookupInSteps, type Lookup } from './lookup.js';

export interface IndexRequest {
  id: number;
  dir: string;
  cacheDir: string | null;
  maxFileMb: number;
  /** Build from the corpus even when a cache exists (it did not hold a whole index). */
  fresh: boolean;
}

/** The corpus and its index, or why there are none. */
export type IndexReply =
  | {
      id: number;
      /** Whether it came from the cache. */
      cached: boolean;
      /** The corpus as cached (CachedCorpus), as JSON. */
      corpus: string;
      /** The index, its postings read into flat arrays. */
      index: ReadIndexData;
    }
  | { id: number; error: string };

export interface BackgroundIndexer {
  /** The engine and look-ups for the corpus in `dir`. Rejects with the reason (a CorpusError's message) when it cannot be built. */
  load(dir: string, options?: LoadOptions): Promise<{ engine: Engine; lookup: Lookup }>;
  /** Stops the worker; a later `load` starts another. */
  close(): Promise<void>;
}

export interface BackgroundIndexerOptions {
  /**
   * How long the worker is kept after its last job, in ms, ready for the next of a burst of edits; then it is let
   * go with all it holds (its own wink model, and what indexing a large corpus left on its heap). Default 10,000.
   */
  idleMs?: number;
}

/**
 * Lets the event loop take in what has come (answers to send) before going on. Two turns: code that runs as I/O
 * arrives (a worker's message) would get one setImmediate before the loop next polls for I/O.
 */
const letAnswersIn = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

/** The worker's script: beside this file once built; under the test runner, which runs the sources, the built one. */
function workerScript(): URL | string {
  const beside = new URL('./index-worker.js', import.meta.url);
  return existsSync(beside) ? beside : join(projectRoot, 'dist', 'src', 'search', 'index-worker.js');
}

export function createBackgroundIndexer({ idleMs = 10_000 }: BackgroundIndexerOptions = {}): BackgroundIndexer {
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | null = null;
  let lastId = 0;
  const pending = new Map<number, { resolve: (reply: IndexReply) => void; reject: (error: Error) => void }>();

  /** A worker that stopped (it threw, ran out of memory, or was closed) fails what it was doing; the next job starts another. */
  function stopped(stopping: Worker, error: Error): void {
    if (worker === stopping) worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  }

  function start(): Worker {
    const started = new Worker(workerScript());
    started.on('message', (reply: IndexReply) => {
      pending.get(reply.id)?.resolve(reply);
      pending.delete(reply.id);
    });
    started.on('error', (error) => stopped(started, new Error(`the indexing worker failed: ${error.message}`)));
    started.on('exit', (code) => stopped(started, new Error(`the indexing worker stopped (exit code ${code})`)));
    return started;
  }

  async function close(): Promise<void> {
    if (idle) clearTimeout(idle);
    const stopping = worker;
    worker = null;
    await stopping?.terminate();
  }

  async function request(job: Omit<IndexRequest, 'id'>): Promise<IndexReply> {
    if (idle) clearTimeout(idle);
    const current = (worker ??= start());
    current.ref();
    const id = (lastId += 1);
    try {
      return await new Promise<IndexReply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        current.postMessage({ ...job, id } satisfies IndexRequest);
      });
    } finally {
      if (pending.size === 0 && worker === current) {
        // An idle worker keeps no process alive, and is let go after a while.
        current.unref();
        idle = setTimeout(() => void close(), idleMs).unref();
      }
    }
  }

  async function load(dir: string, options: LoadOptions = {}): Promise<{ engine: Engine; lookup: Lookup }> {
    const { cacheDir = indexCacheDir(), maxFileMb = DEFAULT_MAX_FILE_MB, ...engineOptions } = options;
    let reply = await request({ dir, cacheDir, maxFileMb, fresh: false });
    for (;;) {
      if ('error' in reply) throw new Error(reply.error);
      // Each step below holds the event loop; answers are served between them.
      await letAnswersIn();
      let engine: Engine;
      try {
        const corpus = fromCachedCorpus(JSON.parse(reply.corpus) as CachedCorpus);
        await letAnswersIn();
        engine = createEngine(corpus, engineOptions, reply.index);
      } catch (error) {
        // A cache that does not hold a whole index (edited, or cut short) is passed over: built again from the corpus.
        if (!reply.cached) throw error;
        reply = await request({ dir, cacheDir, maxFileMb, fresh: true });
        continue;
      }
      return { engine, lookup: await createLookupInSteps(engine.corpus) };
    }
  }

  return { load, close };
}
