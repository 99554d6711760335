import { loadCorpus } from '../corpus/load.js';
import { corpusDir } from '../paths.js';
import { createEngine, type Engine, type EngineOptions } from './engine.js';

/** Loads the corpus folder and builds the engine once; throws a CorpusError when the corpus is malformed. */
export function loadEngine(dir: string = corpusDir(), options?: EngineOptions): Engine {
  return createEngine(loadCorpus(dir), options);
}
