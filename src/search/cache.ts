/**
 * The index cached on disk, keyed by a hash of the corpus files (documents, gazetteers, thesaurus) and of
 * this engine's version: rebuilt only when one of them changes. A cache that cannot be read or written is
 * passed over; the engine is then built from the corpus as usual.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCorpusFile } from '../corpus/files.js';
import { DEFAULT_MAX_FILE_MB, readCorpusFile } from '../corpus/read.js';
import type { Corpus, CorpusDocument } from '../corpus/types.js';
import type { IndexData } from './engine.js';
import { EMBEDDINGS_FILE, readEmbeddingsHeader } from '../nlp/embeddings.js';
import { PHRASAL_VERBS_FILE, WORDNET_FILE } from '../nlp/wordnet.js';

/**
 * Change when what the index holds changes shape (engine-11: documents' `url`; engine-12: the corpus's words;
 * engine-13: the spelling index, and MiniSearch's postings packed; engine-14: word vectors): old caches then stop
 * matching.
 */
const ENGINE_VERSION = 'engine-21';

/**
 * The code that turns text into index terms: a change to it makes old caches stale, so its text is part of
 * the key. Found beside this file, built (.js) or as source (.ts, under the test runner).
 */
const INDEXING_CODE = ['../nlp/analyzer', '../nlp/wink', '../nlp/wordnet', '../nlp/embeddings', '../nlp/spelling', './engine', './postings'].map((name) => {
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

/** The vocabulary tables an index is built with: indexing data, so part of the cache's key. */
export interface IndexingTables {
  wordnet: string;
  phrasalVerbs: string;
  embeddings: string;
}

const TABLES: IndexingTables = { wordnet: WORDNET_FILE, phrasalVerbs: PHRASAL_VERBS_FILE, embeddings: EMBEDDINGS_FILE };

/**
 * A hash of every corpus file's name and bytes, of the indexing code and of the vocabulary tables; null when the
 * folder or a file cannot be read (or is refused).
 */
export function corpusFingerprint(dir: string, maxFileMb = DEFAULT_MAX_FILE_MB, tables: IndexingTables = TABLES): string | null {
  try {
    const hash = createHash('sha256').update(ENGINE_VERSION);
    for (const code of INDEXING_CODE) hash.update(code);
    // WordNet's table by what gzip checks its text by, the word vectors by their header, which holds their
    // checksum: neither is read whole.
    hash.update(gzipContentKey(tables.wordnet));
    hash.update(readFileSync(tables.phrasalVerbs));
    hash.update(JSON.stringify(readEmbeddingsHeader(tables.embeddings)));
    for (const name of readdirSync(dir).filter(isCorpusFile).sort()) {
      hash.update(`\u0000${name}\u0000`).update(readCorpusFile(join(dir, name), maxFileMb));
    }
    return hash.digest('hex').slice(0, 32);
  } catch {
    return null;
  }
}

/**
 * What a gzip file's text is known by without reading it: the CRC-32 and length of the text, which its last eight
 * bytes hold and which gunzip checks the text against (a table is written as one gzip member, so these are of all
 * of it). Throws when the file cannot be read.
 */
function gzipContentKey(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const trailer = Buffer.alloc(8);
    const size = fstatSync(fd).size;
    if (size < 18 || readSync(fd, trailer, 0, 8, size - 8) !== 8) throw new Error(`${file}: not a gzip file`);
    return trailer;
  } finally {
    closeSync(fd);
  }
}

/** The corpus as cached: each passage once (under its document), footnotes as pairs. */
export type CachedCorpus = Omit<Corpus, 'documents' | 'passages'> & {
  documents: Array<Omit<CorpusDocument, 'footnotes'> & { footnotes: Array<[string, { marker: string; text: string }]> }>;
};

interface CacheFile {
  corpus: CachedCorpus;
  index: IndexData;
}

export function toCachedCorpus(corpus: Corpus): CachedCorpus {
  const { passages: _flat, ...rest } = corpus;
  return { ...rest, documents: corpus.documents.map((d) => ({ ...d, footnotes: [...d.footnotes] })) };
}

export function fromCachedCorpus(cached: CachedCorpus): Corpus {
  const documents = cached.documents.map((d) => ({ ...d, footnotes: new Map(d.footnotes) }));
  return { ...cached, documents, passages: documents.flatMap((d) => d.passages) };
}

/** The corpus and index of a cache file's text (see `writeCache`); throws when it is not JSON. */
export function parseIndex(text: string): { corpus: Corpus; index: IndexData } {
  const cached = JSON.parse(text) as CacheFile;
  return { corpus: fromCachedCorpus(cached.corpus), index: cached.index };
}

/** The cached text for a fingerprint, or null when there is none or it cannot be read. */
export function readCacheText(cacheDir: string, fingerprint: string): string | null {
  try {
    // Written as ASCII (see `writeCache`), so read byte for byte: much faster than decoding UTF-8 for a large corpus.
    return readFileSync(join(cacheDir, `${PREFIX}${fingerprint}.json`), 'latin1');
  } catch {
    return null;
  }
}

export function readCache(cacheDir: string, fingerprint: string): { corpus: Corpus; index: IndexData } | null {
  try {
    const text = readCacheText(cacheDir, fingerprint);
    return text === null ? null : parseIndex(text);
  } catch {
    return null;
  }
}

/** JSON text as ASCII: other characters as \u escapes, so the file is read back byte for byte (see `readCacheText`). */
const ascii = (json: string): string => json.replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Writes `value` as JSON to a file, object by object down to `depth` levels, so that no string of the whole
 * file is made: at 1,000 documents that string and its ASCII copy took 200 MB more than the index itself.
 */
function writeJson(fd: number, value: unknown, depth: number): void {
  let chunks: string[] = [];
  let size = 0;
  const flush = (): void => {
    writeSync(fd, ascii(chunks.join('')), null, 'latin1');
    [chunks, size] = [[], 0];
  };
  const write = (text: string): void => {
    chunks.push(text);
    size += text.length;
    if (size > 1 << 20) flush();
  };
  const walk = (item: unknown, levels: number): void => {
    if (levels === 0 || item === null || typeof item !== 'object') return write(JSON.stringify(item) ?? 'null');
    if (Array.isArray(item)) {
      write('[');
      item.forEach((element, i) => (i > 0 && write(','), walk(element === undefined ? null : element, levels - 1)));
      return write(']');
    }
    write('{');
    let first = true;
    for (const [key, element] of Object.entries(item)) {
      if (element === undefined) continue;
      write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      walk(element, levels - 1);
    }
    write('}');
  };
  walk(value, depth);
  flush();
}

/** Writes the cache atomically and removes older ones; any failure leaves no half-written file behind. */
export function writeCache(cacheDir: string, fingerprint: string, corpus: Corpus, index: IndexData): boolean {
  const target = join(cacheDir, `${PREFIX}${fingerprint}.json`);
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      // file → corpus → documents → each document; file → index → passages → each passage
      writeJson(fd, { corpus: toCachedCorpus(corpus), index } satisfies CacheFile, 4);
    } finally {
      closeSync(fd);
    }
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
