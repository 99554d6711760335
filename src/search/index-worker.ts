/**
 * The worker thread of ./background.ts: reads and validates a corpus, builds its index (or takes it from the
 * cache), writes the cache, and hands back what the main thread needs to make an engine, read as far as can be
 * done here: the corpus as JSON text, the index as it is with its postings checked, every typed array moved, not
 * copied.
 */
import { parentPort } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.js';
import type { IndexReply, IndexRequest } from './background.js';
import { corpusFingerprint, readCache, toCachedCorpus, writeCache } from './cache.js';
import { type IndexData, postingsOf, type ReadIndexData } from './engine.js';
import { buildCorpusIndex } from './load.js';

function handOver(id: number, cached: boolean, corpus: Corpus, index: IndexData): IndexReply {
  return { id, cached, corpus: JSON.stringify(toCachedCorpus(corpus)), index: { ...index, postings: postingsOf(index) } };
}

async function indexCorpus({ id, dir, cacheDir, maxFileMb, fresh }: IndexRequest): Promise<IndexReply> {
  try {
    const fingerprint = cacheDir === null ? null : corpusFingerprint(dir, maxFileMb);
    const cached = cacheDir !== null && fingerprint !== null && !fresh ? readCache(cacheDir, fingerprint) : null;
    if (cached) {
      try {
        return handOver(id, true, cached.corpus, cached.index);
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

/** The memory of the index's typed arrays, each once: moved to the main thread, not copied. */
function transferable({ passages, postings, spelling, vectors, footnotes, related }: ReadIndexData): ArrayBuffer[] {
  const arrays = [passages.bytes, passages.ends, postings.offsets, postings.passages, postings.frequencies, postings.norms, spelling.offsets, spelling.ids, vectors.ids, vectors.data, vectors.pos, footnotes.offsets, footnotes.ids, related.offsets, related.terms];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

parentPort!.on('message', (request: IndexRequest) => {
  void indexCorpus(request).then((reply) => {
    const transfer = 'index' in reply ? transferable(reply.index) : [];
    parentPort!.postMessage(reply, transfer);
  });
});
