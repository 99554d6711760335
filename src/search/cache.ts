/**
 * The index cached on disk, keyed by a hash of the corpus files (documents, gazetteers, thesaurus) and of
 * this engine's version: rebuilt only when one of them changes. A cache that cannot be read or written is
 * passed over; the engine is then built from the corpus as usual.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, read, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCorpusFile, isDocumentFile, SAME_TIME_MS } from '../corpus/files.js';
import { DEFAULT_MAX_FILE_MB, readCorpusFile } from '../corpus/read.js';
import type { Corpus, CorpusDocument, Passage } from '../corpus/types.js';
import { CachedFootnote, CachedPassage, CachedTexts } from './cache-texts.js';
import type { IndexData } from './engine.js';
import { EMBEDDINGS_FILE, readEmbeddingsHeader } from '../nlp/embeddings.js';
import { PHRASAL_VERBS_FILE, WORDNET_FILE } from '../nlp/wordnet.js';
import { makeDirectory } from '../paths.js';

/**
 * Change when what the index holds changes shape (engine-11: documents' `url`; engine-12: the corpus's words;
 * engine-13: the spelling index, and MiniSearch's postings packed; engine-14: word vectors; engine-21: decades and
 * ordinals as words; engine-22: a binary file, see `MAGIC`; engine-46: "want" a word of a text; engine-47: two
 * question words joined by "and"; engine-48: no other wording of one or two letters; engine-49: words joined by hyphens
 * among the speller's, written as one; engine-50: "succeed in" no word; engine-51: "based on" read as "basis";
 * engine-53: "alone" a word; engine-54: sentences not cut where the text has no space; engine-55: a phrasal verb's
 * wordings by their verb; engine-56: a capital's possessive names its state, Ayni its own place; engine-57: a word with
 * another negative prefix; engine-58: the thesaurus's phrases read as WordNet's; engine-61: a title place's adjectives
 * from WordNet; engine-62: "on one's way" opens no phrasal verb; engine-63: a capital's country by WordNet's other
 * names; engine-64: a sentence opening on a name holds a place; engine-65: "formerly" a word; engine-66: no verb of an
 * amount's change a general word of the corpus's verbs; engine-67: a verb of trade with "abroad" read as "export" or
 * "import"; engine-68: "two-nation", "one-on-one" read as "bilateral", "multi-country" as "multilateral"; engine-69:
 * "hand over" read as "provide"; engine-70: "side" a stop word again; engine-71: "growth" and
 * "expansion" among the words of an amount's change; engine-72: the bare verb after "did" and its subject read as a
 * verb however wink tags it; engine-73: "sales abroad", "overseas sales" read as "exports"): old caches then stop
 * matching.
 */
const ENGINE_VERSION = 'engine-73';

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

/** Documents by when they were written, earliest first, those written within two seconds of each other together. */
function writtenInTurn(dir: string, names: string[]): string[][] {
  const times = names.map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs })).sort((a, b) => a.at - b.at);
  const turns: Array<{ names: string[]; last: number }> = [];
  for (const { name, at } of times) {
    const turn = turns.at(-1);
    if (turn && at - turn.last <= SAME_TIME_MS) [turn.names, turn.last] = [[...turn.names, name], at];
    else turns.push({ names: [name], last: at });
  }
  return turns.map((turn) => turn.names.sort());
}

/**
 * A hash of every corpus file's name and bytes and of which documents were written after which, of the indexing code
 * and of the vocabulary tables; null when the
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
    const scratch = Buffer.allocUnsafe(1 << 20);
    const names = readdirSync(dir).filter(isCorpusFile).sort();
    for (const name of names) {
      hash.update(`\u0000${name}\u0000`).update(readCorpusFile(join(dir, name), maxFileMb, scratch));
    }
    // And which documents were written after which: of two numbering their passages alike, the later reads its ids
    // with its own id before them (see assembleCorpus), which touching a file may change. Files written within two
    // seconds of each other are of one time, as there: rewriting a file as it was keeps the key.
    hash.update(JSON.stringify(writtenInTurn(dir, names.filter(isDocumentFile))));
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

export function toCachedCorpus(corpus: Corpus): CachedCorpus {
  const { passages: _flat, ...rest } = corpus;
  return { ...rest, documents: corpus.documents.map((d) => ({ ...d, footnotes: [...d.footnotes] })) };
}

export function fromCachedCorpus(cached: CachedCorpus): Corpus {
  const documents = cached.documents.map((d) => ({ ...d, footnotes: new Map(d.footnotes) }));
  return { ...cached, documents, passages: documents.flatMap((d) => d.passages) };
}

/**
 * The cache file:
 *
 *   MAGIC (8 bytes) · the header's length in bytes (uint32, little-endian) · 4 bytes of zeros
 *   the header: JSON, as ASCII (see `CacheHeader`)
 *   the sections, each starting on a multiple of 8 bytes (zeros between), in the order of `sectionsOf`
 *
 * At 1,000 documents one JSON file of it all (37 MB, the typed arrays in base64) took most of a cached start: its
 * text was read into one string, parsed into an object for every passage, then decoded, all in fresh memory, which
 * this machine is slow to hand out (a few ms a MB), and the collector copied what the parse made. Here the index's
 * typed arrays are their bytes, read back as views of the file's memory with no decoding; the passages' and
 * footnotes' texts are made strings from the file's bytes one by one as they are first read (see ./cache-texts.ts);
 * and the header holds few objects (a passage's details are columns).
 */
const MAGIC = Buffer.from('ccadr-ix', 'latin1');
const PREFIX_BYTES = 16;

type CachedDocument = CachedCorpus['documents'][number];

/** What the cache file's header holds: everything but the sections. */
interface CacheHeader {
  /** The corpus, each document with the number of its passages and its footnotes' markers in their place. */
  corpus: Omit<CachedCorpus, 'documents'> & { documents: Array<Omit<CachedDocument, 'passages' | 'footnotes'> & { passages: number; footnotes: string[] }> };
  /**
   * The passages' details but their texts, in the corpus's order (their documents' ids are those of the documents
   * they are listed under): their ids, "\n" between; the headings they stand under, each once (see the `headings`
   * section); the footnotes they cite.
   */
  passages: { ids: string; headings: string[]; citations: string[][] };
  /** The index without its typed arrays and its passages' sentences (sections); the keys of its other wordings with "\n" between. */
  index: Omit<IndexData, 'postings' | 'spelling' | 'vectors' | 'passages' | 'footnotes' | 'related'> & { postings: { passageCount: number }; spelling: { words: string[] }; related: { keys: string } };
  /** Each section's length in bytes, in file order. */
  sections: number[];
}

type TypedArray = Uint8Array | Int8Array | Int32Array | Uint32Array | Float64Array;

const aligned = (position: number): number => Math.ceil(position / 8) * 8;
/** The bytes of a typed array, which is what the file holds of it. */
const bytesOf = (array: TypedArray): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
/** A Buffer over the same memory as `bytes`, not a copy. */
const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The header and sections of a corpus and its index. The sections, in file order (`decodeCache` reads them in the
 * same order): the texts of the passages, then of the footnotes (document by document), one after another, those of
 * Latin-1 characters alone as Latin-1 and the others as UTF-16, which of the two each is (1 for UTF-16) and where it
 * ends among them (in characters); each passage's heading (an index into the header's list, -1 for none) and line;
 * then the index's typed arrays, the passages' packed sentences first. Throws when a passage's document id is not its
 * document's, or a footnote is filed under another marker than its own, which the header does not hold.
 */
function encode(corpus: Corpus, index: IndexData): { header: CacheHeader; sections: TypedArray[] } {
  const { documents, ...rest } = toCachedCorpus(corpus);
  const headings = [...new Set(corpus.passages.flatMap((p) => (p.section === null ? [] : [p.section])))];
  const headingAt = new Map(headings.map((heading, at) => [heading, at]));
  // Texts of Latin-1 characters alone, one byte a character, and the others, two bytes (UTF-16): each read back with
  // a copy, not decoded (decoding 10 MB of UTF-8 took a tenth of a cached start at 1,000 documents), nor parsed
  // from JSON with escapes (the footnotes were half the header).
  const texts = [...corpus.passages.map((p) => p.text), ...corpus.documents.flatMap((d) => [...d.footnotes.values()].map((f) => f.text))];
  const wide = Uint8Array.from(texts, (text) => (/[^\x00-\xff]/.test(text) ? 1 : 0));
  const ends = [0, 0];
  const textEnds = Uint32Array.from(texts, (text, at) => (ends[wide[at]!]! += text.length));
  for (const d of corpus.documents) {
    if (d.passages.some((p) => p.documentId !== d.meta.id)) throw new Error(`a passage of ${d.file} has another document's id`);
    if ([...d.footnotes].some(([marker, footnote]) => footnote.marker !== marker)) throw new Error(`a footnote of ${d.file} is filed under another marker`);
  }
  const { postings, spelling, vectors, footnotes, related, passages: sentences, ...plain } = index;
  const header: CacheHeader = {
    corpus: { ...rest, documents: documents.map((d) => ({ ...d, passages: d.passages.length, footnotes: d.footnotes.map(([marker]) => marker) })) },
    passages: { ids: corpus.passages.map((p) => p.id).join('\n'), headings, citations: corpus.passages.map((p) => p.citations) },
    index: { ...plain, postings: { passageCount: postings.passageCount }, spelling: { words: spelling.words }, related: { keys: related.keys.join('\n') } },
    sections: [],
  };
  const sections = [
    Buffer.from(texts.filter((_, at) => !wide[at]).join(''), 'latin1'),
    Buffer.from(texts.filter((_, at) => wide[at]).join(''), 'utf16le'),
    wide,
    textEnds,
    Int32Array.from(corpus.passages, (p) => (p.section === null ? -1 : headingAt.get(p.section)!)),
    Int32Array.from(corpus.passages, (p) => p.line),
    sentences.bytes,
    sentences.ends,
    postings.offsets,
    postings.passages,
    postings.frequencies,
    postings.norms,
    spelling.offsets,
    spelling.ids,
    vectors.ids,
    vectors.data,
    vectors.pos,
    footnotes.offsets,
    footnotes.ids,
    related.offsets,
    related.terms,
  ];
  header.sections = sections.map((section) => section.byteLength);
  return { header, sections };
}

/**
 * The corpus and index a cache file's bytes hold (see `MAGIC`); throws when they are not one, or not whole. The
 * index's typed arrays are views of the bytes, not copies, and the texts are made from them when read, so the bytes
 * are kept as long as the corpus and index are.
 */
export function decodeCache(file: Buffer): { corpus: Corpus; index: IndexData } {
  // Memory of its own (a small file's may lie in Buffer's shared pool): aligned for the views, and free to be moved to another thread.
  const bytes = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : Buffer.from(new Uint8Array(file).buffer);
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an index cache file');
  const headerEnd = PREFIX_BYTES + bytes.readUInt32LE(MAGIC.length);
  if (headerEnd > bytes.length) throw new Error('the cache file is cut short');
  const header = JSON.parse(bytes.toString('latin1', PREFIX_BYTES, headerEnd)) as CacheHeader;
  let position = headerEnd;
  let section = 0;
  const next = <T extends TypedArray>(Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
    const length = header.sections[section++];
    position = aligned(position);
    if (!Number.isInteger(length) || length! < 0 || length! % Type.BYTES_PER_ELEMENT !== 0 || position + length! > bytes.length) throw new Error('the cache file does not hold its sections');
    const array = new Type(bytes.buffer, position, length! / Type.BYTES_PER_ELEMENT);
    position += length!;
    return array;
  };
  const narrowTexts = bufferOf(next(Uint8Array));
  const wideTexts = bufferOf(next(Uint8Array));
  const wide = next(Uint8Array);
  const textEnds = next(Uint32Array);
  const headingOf = next(Int32Array);
  const lines = next(Int32Array);
  const sentences = { bytes: next(Uint8Array), ends: next(Uint32Array) };
  const postings = { passageCount: header.index.postings.passageCount, offsets: next(Int32Array), passages: next(Int32Array), frequencies: next(Uint32Array), norms: next(Float64Array) };
  const spelling = { words: header.index.spelling.words, offsets: next(Uint32Array), ids: next(Uint32Array) };
  const vectors = { ids: next(Int32Array), data: next(Int8Array), pos: next(Uint8Array) };
  const footnotes = { offsets: next(Uint32Array), ids: next(Int32Array) };
  const { keys } = header.index.related;
  const related = { keys: keys === '' ? [] : keys.split('\n'), offsets: next(Uint32Array), terms: next(Int32Array) };
  if (section !== header.sections.length || aligned(position) < bytes.length) throw new Error('the cache file holds more than its sections');
  if (vectors.pos.length !== vectors.ids.length || (vectors.ids.length === 0 ? vectors.data.length !== 0 : vectors.data.length % vectors.ids.length !== 0)) {
    throw new Error('the word vectors do not fit together');
  }

  const count = header.corpus.documents.reduce((sum, d) => sum + d.passages, 0);
  const footnoteCount = header.corpus.documents.reduce((sum, d) => sum + d.footnotes.length, 0);
  const ids = count === 0 ? [] : header.passages.ids.split('\n');
  const { headings, citations } = header.passages;
  const whole = [ids, headingOf, lines, citations, sentences.ends].every((column) => column.length === count) && [wide, textEnds].every((column) => column.length === count + footnoteCount);
  if (!whole) throw new Error('the cache file does not hold every passage');
  // Where each text starts among those of its kind: they lie one after another, passages' then footnotes'.
  const textStarts = new Uint32Array(textEnds.length);
  const lengths = [narrowTexts.length, wideTexts.length / 2];
  const starts = [0, 0];
  for (let at = 0; at < textEnds.length; at += 1) {
    const [kind, end] = [wide[at]!, textEnds[at]!];
    if (kind > 1 || end < starts[kind]! || end > lengths[kind]!) throw new Error('the cache file does not hold every text');
    textStarts[at] = starts[kind]!;
    starts[kind] = end;
  }
  if (starts[0] !== lengths[0] || starts[1] !== lengths[1]) throw new Error('the cache file does not hold every text');
  const texts = new CachedTexts(narrowTexts, wideTexts, wide, textStarts, textEnds);
  let at = 0;
  const passagesOf = header.corpus.documents.map((d): Passage[] =>
    Array.from({ length: d.passages }, () => {
      const passage = at++;
      const heading = headingOf[passage]!;
      if (heading >= headings.length) throw new Error('the cache file does not hold every passage');
      return new CachedPassage(ids[passage]!, d.meta.id, heading < 0 ? null : headings[heading]!, texts, passage, citations[passage]!, lines[passage]!);
    }),
  );
  const documents = header.corpus.documents.map((d, i): CachedDocument => ({
    ...d,
    passages: passagesOf[i]!,
    footnotes: d.footnotes.map((marker) => [marker, new CachedFootnote(marker, texts, at++)]),
  }));
  return {
    corpus: fromCachedCorpus({ ...header.corpus, documents }),
    index: { ...header.index, passages: sentences, postings, spelling, vectors, footnotes, related },
  };
}

/** Writes the cache file (see `MAGIC`) of a corpus and its index. */
function writeIndexFile(fd: number, corpus: Corpus, index: IndexData): void {
  const { header, sections } = encode(corpus, index);
  const headerBytes = Buffer.from(ascii(JSON.stringify(header)), 'latin1');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix);
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  let position = 0;
  const writeAll = (bytes: Uint8Array): void => {
    // writeSync may write less than it is given
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    position += bytes.length;
  };
  const write = (array: TypedArray): void => {
    writeAll(Buffer.alloc(aligned(position) - position));
    writeAll(bytesOf(array));
  };
  write(prefix);
  write(headerBytes);
  for (const bytes of sections) write(bytes);
}

/** JSON text as ASCII: other characters as \u escapes, so the header is read back byte for byte (see `readIndexFile`). */
const ascii = (json: string): string => json.replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The cache file of a fingerprint. */
export const cacheFileName = (fingerprint: string): string => `${PREFIX}${fingerprint}.bin`;

/** The cached corpus and index for a fingerprint, or null when there is none or it cannot be read whole. */
export function readCache(cacheDir: string, fingerprint: string): { corpus: Corpus; index: IndexData } | null {
  try {
    return decodeCache(readFileSync(join(cacheDir, cacheFileName(fingerprint))));
  } catch {
    return null;
  }
}

/**
 * The cache file's bytes for a fingerprint, read in libuv's thread pool (see `decodeCache`), or null when there is
 * none: a cached start reads them while this thread loads the language model. One read of the whole file, opened
 * here: a read in pieces needs this thread between them, and it is busy.
 */
export async function readCacheBytes(cacheDir: string, fingerprint: string): Promise<Buffer | null> {
  let fd: number;
  try {
    fd = openSync(join(cacheDir, cacheFileName(fingerprint)), 'r');
  } catch {
    return null;
  }
  try {
    // Memory of its own, not zeroed: it is first touched by the read, in the pool's thread.
    const bytes = Buffer.allocUnsafeSlow(fstatSync(fd).size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await promisify(read)(fd, bytes, length, bytes.length - length, length);
      if (bytesRead === 0) return null;
      length += bytesRead;
    }
    return bytes;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Writes the cache atomically and removes older ones; any failure leaves no half-written file behind. */
export function writeCache(cacheDir: string, fingerprint: string, corpus: Corpus, index: IndexData): boolean {
  const target = join(cacheDir, cacheFileName(fingerprint));
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    makeDirectory(cacheDir);
    const fd = openSync(temporary, 'w');
    try {
      writeIndexFile(fd, corpus, index);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith(PREFIX) && name !== cacheFileName(fingerprint) && !name.endsWith('.tmp')) rmSync(join(cacheDir, name), { force: true });
    }
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be removed ("…/a-file/index.bin.tmp": ENOTDIR).
    }
    return false;
  }
}
