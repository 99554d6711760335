import { corpusDir, indexCacheDir } from '../paths.js';
import { DEFAULT_MAX_FILE_MB } from '../corpus/read.js';
import type { Corpus } from '../corpus/types.js';
import { corpusFingerprint, decodeCache, readCacheBytes, writeCache } from './cache.js';
import { winkReader } from '../nlp/wink.js';
import { createAnalyzer, type Analyzer } from '../nlp/analyzer.js';
import { buildIndex, createEngine, type Engine, type EngineOptions, type IndexData } from './engine.js';

export interface IndexOptions {
  /** Folder of the on-disk index cache; null to build from the corpus every time. Default: INDEX_CACHE_DIR or .cache/. */
  cacheDir?: string | null;
  /** Largest corpus file read, in MB; a larger one fails the load. Default 20 (CORPUS_MAX_FILE_MB). */
  maxFileMb?: number;
}

export interface LoadOptions extends EngineOptions, IndexOptions {}

/** Reads and validates the corpus and indexes it: the slow part, which the cache saves. Throws a CorpusError. */
export async function buildCorpusIndex(dir: string, maxFileMb: number): Promise<{ corpus: Corpus; analyzer: Analyzer; index: IndexData }> {
  // The parsers (and YAML) load only when the corpus has to be read.
  const { loadCorpus } = await import('../corpus/load.js');
  const corpus = loadCorpus(dir, { maxFileMb });
  const analyzer = createAnalyzer(corpus.gazetteer, corpus.thesaurus);
  return { corpus, analyzer, index: buildIndex(corpus, analyzer) };
}

/**
 * Loads the corpus folder and builds the engine once, in this thread, from the on-disk cache when the corpus has
 * not changed: for start-up and the command line, where nothing is served until it is done (the bot re-indexes in
 * a worker instead, see ./background.ts). Throws a CorpusError when the corpus is malformed; a malformed corpus is
 * never cached.
 */
export async function loadEngine(dir: string = corpusDir(), options: LoadOptions = {}): Promise<Engine> {
  const { cacheDir = indexCacheDir(), maxFileMb = DEFAULT_MAX_FILE_MB, ...engineOptions } = options;
  const fingerprint = cacheDir === null ? null : corpusFingerprint(dir, maxFileMb);
  const reading = cacheDir !== null && fingerprint !== null ? readCacheBytes(cacheDir, fingerprint) : null;
  if (reading) {
    // The language model loads (a quarter of a second) while the thread pool reads the cache: tens of MB at 1,000 documents.
    winkReader();
    const bytes = await reading;
    if (bytes) {
      try {
        const cached = decodeCache(bytes);
        return createEngine(cached.corpus, engineOptions, cached.index);
      } catch {
        // A cache that cannot be decoded, or does not hold a whole index (edited, or cut short), is passed over.
      }
    }
  }
  const { corpus, analyzer, index } = await buildCorpusIndex(dir, maxFileMb);
  if (cacheDir !== null && fingerprint !== null) writeCache(cacheDir, fingerprint, corpus, index);
  return createEngine(corpus, engineOptions, index, analyzer);
}
