/**
 * The worker thread of ./background.ts: reads and validates a corpus, builds its index (or takes it from the
 * cache), writes the cache and hands the index back as the cache's text, while the main thread goes on answering.
 */
import { parentPort } from 'node:worker_threads';
import type { IndexReply, IndexRequest } from './background.js';
import { corpusFingerprint, readCacheText, serializeIndex, writeCache } from './cache.js';
import { buildCorpusIndex } from './load.js';

async function indexCorpus({ id, dir, cacheDir, maxFileMb, fresh }: IndexRequest): Promise<IndexReply> {
  try {
    const fingerprint = cacheDir === null ? null : corpusFingerprint(dir, maxFileMb);
    const cached = cacheDir !== null && fingerprint !== null && !fresh ? readCacheText(cacheDir, fingerprint) : null;
    if (cached !== null) return { id, text: cached, cached: true };
    const { corpus, index } = await buildCorpusIndex(dir, maxFileMb);
    const text = serializeIndex(corpus, index);
    if (cacheDir !== null && fingerprint !== null) writeCache(cacheDir, fingerprint, text);
    return { id, text, cached: false };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', (request: IndexRequest) => {
  void indexCorpus(request).then((reply) => parentPort!.postMessage(reply));
});
