/**
 * The worker thread of ./background.ts: reads and validates a corpus, builds its index (or takes it from the
 * cache), writes the cache, and hands back what the main thread needs to make an engine, read as far as can be
 * done here: the postings as flat arrays (moved, not copied), the rest as JSON texts.
 */
import { parentPort } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.js';
import type { IndexReply, IndexRequest } from './background.js';
import { corpusFingerprint, parseIndex, readCacheText, toCachedCorpus, writeCache } from './cache.js';
import { type IndexData, postingsOf } from './engine.js';
import { buildCorpusIndex } from './load.js';

function handOver(id: number, cached: boolean, corpus: Corpus, index: IndexData): IndexReply {
  const { postings: _read, ...rest } = index;
  return { id, cached, corpus: JSON.stringify(toCachedCorpus(corpus)), index: JSON.stringify(rest), postings: postingsOf(index) };
}

async function indexCorpus({ id, dir, cacheDir, maxFileMb, fresh }: IndexRequest): Promise<IndexReply> {
  try {
    const fingerprint = cacheDir === null ? null : corpusFingerprint(dir, maxFileMb);
    const text = cacheDir !== null && fingerprint !== null && !fresh ? readCacheText(cacheDir, fingerprint) : null;
    if (text !== null) {
      try {
        const { corpus, index } = parseIndex(text);
        return handOver(id, true, corpus, index);
      } catch {
        // A cache that does not hold a whole index is passed over: built again below.
      }
    }
    const { corpus, index } = await buildCorpusIndex(dir, maxFileMb);
    if (cacheDir !== null && fingerprint !== null) writeCache(cacheDir, fingerprint, corpus, index);
    return handOver(id, false, corpus, index);
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', (request: IndexRequest) => {
  void indexCorpus(request).then((reply) => {
    const transfer = 'postings' in reply ? [reply.postings.offsets, reply.postings.passages, reply.postings.weights].map((array) => array.buffer as ArrayBuffer) : [];
    parentPort!.postMessage(reply, transfer);
  });
});
