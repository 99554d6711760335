import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddingsTable, principalAxes, type SourceVectors } from '../scripts/embeddings-table.js';
import { cosine, EMBEDDINGS_FILE, parseEmbeddings, readEmbeddings, readEmbeddingsHeader, unitFloats } from '../src/nlp/embeddings.js';

const near = (a: string, b: string): number => {
  const table = readEmbeddings();
  return cosine(unitFloats(table.vector(a)!), unitFloats(table.vector(b)!));
};

describe('the committed word-vector table', () => {
  it('is whole: its header describes it and its checksum is that of what follows', () => {
    const bytes = readFileSync(EMBEDDINGS_FILE);
    const header = readEmbeddingsHeader();
    expect(header).toMatchObject({ format: 'word-vectors-2', dims: 48, count: 40_000 });
    const body = bytes.subarray(bytes.indexOf(10) + 1);
    expect(createHash('sha256').update(body).digest('hex')).toBe(header.checksum);
  });

  it('puts words of one meaning nearer than words of another', () => {
    expect(near('troops', 'soldiers')).toBeGreaterThan(0.8);
    expect(near('drills', 'exercises')).toBeGreaterThan(near('drills', 'pipeline'));
    expect(near('cash', 'money')).toBeGreaterThan(near('cash', 'mountain'));
    expect(readEmbeddings().vector('no-such-word-here')).toBeUndefined();
  });
});

describe('scripts/embeddings-table.ts', () => {
  // Words by frequency, the four kept along two directions; each vector has two numbers more than its dimensions.
  const source: SourceVectors = {
    dimensions: 3,
    words: ['north', ',', 'south', 'Capital', 'east', '2015', 'west', 'the'],
    vectors: {
      the: [1, 1, 0, 9, 9],
      ',': [0, 0, 1, 9, 9],
      north: [3, 0, 0.1, 9, 9],
      south: [-3, 0, 0.1, 9, 9],
      Capital: [0, 0, 5, 9, 9],
      east: [0, 1, 0.1, 9, 9],
      west: [0, -1, 0.1, 9, 9],
      '2015': [1, 2, 3, 9, 9],
    },
  };

  it('keeps the most frequent lower-case words, sorted, each a unit vector along the principal axes', () => {
    const table = parseEmbeddings('test', embeddingsTable(source, 4, 2, 'test'));
    // "," and "2015" are no words; "Capital" is not lower case; "the" is past the first four kept.
    for (const word of ['north', 'south', 'east', 'west']) expect(table.vector(word), word).toBeDefined();
    for (const word of [',', 'Capital', '2015', 'the']) expect(table.vector(word), word).toBeUndefined();
    expect(table.dims).toBe(2);
    const v = (word: string) => unitFloats(table.vector(word)!);
    expect(cosine(v('north'), v('south'))).toBeLessThan(-0.9);
    expect(Math.hypot(...v('east'))).toBeCloseTo(1, 1);
  });

  it('finds the directions data varies most in', () => {
    const rows = [
      [3, 0],
      [-3, 0],
      [0, 1],
      [0, -1],
    ];
    const { mean, vectors } = principalAxes(rows, 2);
    expect(mean).toEqual([0, 0]);
    expect(Math.abs(vectors[0]![0]!)).toBeCloseTo(1);
    expect(Math.abs(vectors[1]![1]!)).toBeCloseTo(1);
  });

  it('writes a table that is refused whole when it is cut short', () => {
    const bytes = embeddingsTable(source, 4, 2, 'test');
    expect(() => parseEmbeddings('cut.bin', bytes.subarray(0, bytes.length - 1))).toThrow(/cut\.bin: .* bytes, the header says/);
    expect(() => parseEmbeddings('junk.bin', Buffer.from('not a table\n'))).toThrow();
    // where the words start, not fitting the words: the last start is not one past them
    const header = bytes.subarray(0, bytes.indexOf(10) + 1);
    const { wordBytes, count } = JSON.parse(header.toString('utf8')) as { wordBytes: number; count: number };
    const misplaced = Buffer.from(bytes);
    misplaced.writeUInt32LE(wordBytes + 2, header.length + wordBytes + 4 * count);
    expect(() => parseEmbeddings('misplaced.bin', misplaced)).toThrow(/misplaced\.bin: the words do not fit the header's count \(4\)/);
  });

  it('reads from a file the vectors it reads in memory, a word at a time', () => {
    const bytes = embeddingsTable(source, 4, 2, 'test');
    const dir = mkdtempSync(join(tmpdir(), 'embeddings-'));
    try {
      const file = join(dir, 'table.bin');
      writeFileSync(file, bytes);
      const [inFile, inMemory] = [readEmbeddings(file), parseEmbeddings('test', bytes)];
      for (const word of ['north', 'south', 'east', 'west', 'the', 'nort', 'westward', '']) expect(inFile.vector(word), word).toEqual(inMemory.vector(word));
      expect(inFile.vector('north')).toBeDefined();
      expect(() => readEmbeddings(join(dir, 'missing.bin'))).toThrow(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
