import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { indexCorpus, SEARCH_OPTIONS } from '../src/search/engine.js';
import { packPostings, Postings, unpackPostings } from '../src/search/postings.js';
import { generateNearCopies } from '../scripts/bench/generate.js';
import { committedCorpus } from './helpers/corpus.js';

const generated = mkdtempSync(join(tmpdir(), 'postings-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
generateNearCopies(generated, 6);

/** The index of a corpus folder, read both ways: by our postings, packed as the cache holds them, and by MiniSearch itself. */
function bothWays(dir: string) {
  const corpus = loadCorpus(dir);
  const { index, search } = indexCorpus(corpus, createAnalyzer(corpus.gazetteer, corpus.thesaurus));
  // Through JSON, as the cache writes and reads them.
  const postings = new Postings(unpackPostings(JSON.parse(JSON.stringify(index.postings)) as typeof index.postings, index.terms.length));
  return { corpus, terms: index.terms, postings, search };
}

// Each case: up to a dozen distinct terms of the corpus with boosts like the engine's, and how many hits to keep.
const queryOf = (termCount: number) =>
  fc.record({
    terms: fc.uniqueArray(fc.record({ term: fc.nat({ max: termCount - 1 }), boost: fc.constantFrom(0.4, 0.7, 1, 2.5) }), {
      minLength: 1,
      maxLength: 12,
      selector: (q) => q.term,
    }),
    limit: fc.integer({ min: 1, max: 40 }),
  });

describe.each([
  { name: 'the paper', dir: committedCorpus },
  { name: 'six near-copies of it, full of equal scores', dir: generated },
])('postings over $name', ({ dir }) => {
  const { corpus, terms, postings, search } = bothWays(dir);

  it('score and order the best hits exactly as MiniSearch’s own search does', () => {
    fc.assert(
      fc.property(queryOf(terms.length), ({ terms: query, limit }) => {
        const boosts = new Map(query.map(({ term, boost }) => [terms[term]!, boost]));
        const expected = search
          .search(query.map(({ term }) => terms[term]).join(' '), { boostTerm: (term) => boosts.get(term) ?? 1 })
          .slice(0, limit)
          .map((hit) => ({ id: hit.id as string, score: hit.score }));
        const actual = postings.best(query, limit).map((hit) => ({ id: corpus.passages[hit.passage]!.id, score: hit.score }));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('count the passages that hold each term as MiniSearch does', () => {
    for (let term = 0; term < terms.length; term += 1) {
      const holding = search.search(terms[term]!).length;
      expect(postings.frequency(term)).toBe(holding);
    }
    expect(postings.frequency(-1)).toBe(0);
    expect(postings.frequency(terms.length)).toBe(0);
  });
});

describe('postings', () => {
  it('find nothing for no terms and for terms no passage holds', () => {
    const { postings } = bothWays(committedCorpus);
    expect(postings.best([], 5)).toEqual([]);
    expect(postings.best([{ term: -1, boost: 1 }], 5)).toEqual([]);
  });

  it('refuse an index whose terms the dictionary lacks, or postings packed with another dictionary, rather than scoring wrongly', () => {
    const search = new MiniSearch(SEARCH_OPTIONS);
    search.add({ id: 'a', terms: 'uzbekistan refus' });
    expect(() => packPostings(search.toJSON(), new Map([['uzbekistan', 0]]), () => 0)).toThrow(/"refus"/);
    const packed = packPostings(search.toJSON(), new Map([['uzbekistan', 0], ['refus', 1]]), () => 0);
    expect(new Postings(unpackPostings(packed, 2)).frequency(1)).toBe(1);
    expect(() => unpackPostings(packed, 3)).toThrow(/do not fit/);
  });
});
