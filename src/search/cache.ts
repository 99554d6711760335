/**
 * The index cached on disk, keyed by a hash of the corpus files (documents, gazetteers, thesaurus) and of
 * this engine's version: rebuilt only when one of them changes. A cache that cannot be read or written is
 * passed over; the engine is then built from the corpus as usual.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCorpusFile } from '../corpus/files.js';
import type { Corpus, CorpusDocument } from '../corpus/types.js';
import type { IndexData } from './engine.js';

/** Change when what the index holds changes shape (engine-11: documents' `url`): old caches then stop matching. */
const ENGINE_VERSION = 'engine-11';

/**
 * The code that turns text into index terms: a change to it makes old caches stale, so its text is part of
 * the key. Found beside this file, built (.js) or as source (.ts, under the test runner).
 */
const INDEXING_CODE = ['../nlp/analyzer', '../nlp/wink', './engine'].map((name) => {
  for (const extension of ['.js', '.ts']) {
    try {
      return readFileSync(fileURLToPath(new URL(`${name}${extension}`, import.meta.url)));
    } catch {
      // try the next extension
    }
  }
  return Buffer.alloc(0);
});
const PREFIX = 'index-';

/** A hash of every corpus file's name and bytes; null when the folder cannot be read. */
export function corpusFingerprint(dir: string): string | null {
  try {
    const hash = createHash('sha256').update(ENGINE_VERSION);
    for (const code of INDEXING_CODE) hash.update(code);
    for (const name of readdirSync(dir).filter(isCorpusFile).sort()) {
      hash.update(`\u0000${name}\u0000`).update(readFileSync(join(dir, name)));
    }
    return hash.digest('hex').slice(0, 32);
  } catch {
    return null;
  }
}

/** The corpus as cached: each passage once (under its document), footnotes as pairs. */
interface CacheFile {
  corpus: Omit<Corpus, 'documents' | 'passages'> & { documents: Array<Omit<CorpusDocument, 'footnotes'> & { footnotes: Array<[string, { marker: string; text: string }]> }> };
  index: IndexData;
}

export function readCache(cacheDir: string, fingerprint: string): { corpus: Corpus; index: IndexData } | null {
  try {
    // Written as ASCII (below), so read byte for byte: much faster than decoding UTF-8 for a large corpus.
    const cached = JSON.parse(readFileSync(join(cacheDir, `${PREFIX}${fingerprint}.json`), 'latin1')) as CacheFile;
    const documents = cached.corpus.documents.map((d) => ({ ...d, footnotes: new Map(d.footnotes) }));
    return { corpus: { ...cached.corpus, documents, passages: documents.flatMap((d) => d.passages) }, index: cached.index };
  } catch {
    return null;
  }
}

/** Writes the cache atomically and removes older ones; any failure leaves no half-written file behind. */
export function writeCache(cacheDir: string, fingerprint: string, corpus: Corpus, index: IndexData): boolean {
  const target = join(cacheDir, `${PREFIX}${fingerprint}.json`);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const { passages: _flat, ...rest } = corpus;
    const file: CacheFile = { corpus: { ...rest, documents: corpus.documents.map((d) => ({ ...d, footnotes: [...d.footnotes] })) }, index };
    writeFileSync(temporary, JSON.stringify(file).replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    renameSync(temporary, target);
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith(PREFIX) && name !== `${PREFIX}${fingerprint}.json` && !name.endsWith('.tmp')) rmSync(join(cacheDir, name), { force: true });
    }
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}
