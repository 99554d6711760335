import { corpusDir, indexCacheDir } from '../paths.js';
import { corpusFingerprint, readCache, writeCache } from './cache.js';
import { createAnalyzer } from '../nlp/analyzer.js';
import { readWordnet } from '../nlp/wordnet.js';
import { buildIndex, createEngine, type Engine, type EngineOptions } from './engine.js';

export interface LoadOptions extends EngineOptions {
  /** Folder of the on-disk index cache; null to build from the corpus every time. Default: INDEX_CACHE_DIR or .cache/. */
  cacheDir?: string | null;
}

/**
 * Loads the corpus folder and builds the engine once, from the on-disk cache when the corpus has not changed.
 * Throws a CorpusError when the corpus is malformed; a malformed corpus is never cached.
 */
export async function loadEngine(dir: string = corpusDir(), options: LoadOptions = {}): Promise<Engine> {
  const { cacheDir = indexCacheDir(), ...engineOptions } = options;
  const fingerprint = cacheDir === null ? null : corpusFingerprint(dir);
  const cached = cacheDir !== null && fingerprint !== null ? readCache(cacheDir, fingerprint) : null;
  if (cached) {
    try {
      return createEngine(cached.corpus, engineOptions, cached.index);
    } catch {
      // A cache that reads as JSON but does not hold a whole index (edited, or cut short) is passed over too.
    }
  }
  // The parsers (and YAML) load only when the corpus has to be read.
  const { loadCorpus } = await import('../corpus/load.js');
  const corpus = loadCorpus(dir);
  const wordnet = readWordnet();
  const analyzer = createAnalyzer(corpus.gazetteer, corpus.thesaurus, undefined, wordnet);
  const index = buildIndex(corpus, analyzer, wordnet);
  if (cacheDir !== null && fingerprint !== null) writeCache(cacheDir, fingerprint, corpus, index);
  return createEngine(corpus, engineOptions, index, analyzer);
}
