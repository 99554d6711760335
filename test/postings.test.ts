import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/corpus/types.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { buildIndex, type IndexData } from '../src/search/engine.js';
import { Postings, PostingsBuilder, unpackPostings } from '../src/search/postings.js';
import { generateNearCopies } from '../scripts/bench/generate.js';
import { committedCorpus } from './helpers/corpus.js';

const generated = mkdtempSync(join(tmpdir(), 'postings-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
generateNearCopies(generated, 6);

/** How MiniSearch indexes what the engine indexes: one field of terms separated by spaces, each taken as it is. */
const SEARCH_OPTIONS = { fields: ['terms'], tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term || null };

/**
 * MiniSearch's own index of what the index holds of each passage: its sentences' terms, its heading's, and those of
 * the footnotes it cites (the order of a passage's terms counts for neither index).
 */
function miniSearchOf(corpus: Corpus, index: IndexData): MiniSearch {
  const search = new MiniSearch(SEARCH_OPTIONS);
  // Each footnote's term ids by document and marker: the index holds them in the corpus's order.
  const keys = corpus.documents.flatMap((d) => [...d.footnotes.keys()].map((marker) => `${d.meta.id} ${marker}`));
  const { offsets, ids: footnoteIds } = index.footnotes;
  const footnotes = new Map(keys.map((key, f) => [key, [...footnoteIds.subarray(offsets[f], offsets[f + 1])]]));
  corpus.passages.forEach((passage, position) => {
    // "start end id id …|…" for each sentence (see packSentences).
    const start = position === 0 ? 0 : index.passages.ends[position - 1]!;
    const packed = Buffer.from(index.passages.bytes.subarray(start, index.passages.ends[position])).toString('latin1');
    const sentences = packed.split('|').flatMap((sentence) => sentence.split(' ').slice(2).map(Number));
    const cited = passage.citations.flatMap((marker) => footnotes.get(`${passage.documentId} ${marker}`) ?? []);
    const ids = [...sentences, ...index.headings[passage.section ?? '']!, ...cited];
    search.add({ id: passage.id, terms: ids.map((id) => index.terms[id]).join(' ') });
  });
  return search;
}

/** The index of a corpus folder, read both ways: by our postings, packed as the cache holds them, and by MiniSearch itself. */
function bothWays(dir: string) {
  const corpus = loadCorpus(dir);
  const index = buildIndex(corpus, createAnalyzer(corpus.gazetteer, corpus.thesaurus));
  const postings = new Postings(unpackPostings(index.postings, index.terms.length));
  return { corpus, terms: index.terms, postings, search: miniSearchOf(corpus, index) };
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

  it('hold each term in the passages MiniSearch does, as often (each term alone scores every passage that has it)', () => {
    for (let term = 0; term < terms.length; term += 1) {
      const holding = search.search(terms[term]!).map((hit) => ({ id: hit.id as string, score: hit.score }));
      expect(postings.frequency(term)).toBe(holding.length);
      expect(postings.best([{ term, boost: 1 }], holding.length).map((hit) => ({ id: corpus.passages[hit.passage]!.id, score: hit.score }))).toEqual(holding);
    }
    expect(postings.frequency(-1)).toBe(0);
    expect(postings.frequency(terms.length)).toBe(0);
  });

  it('list the passages holding every one of some terms, in order, as many as asked', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: terms.length - 1 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 30 }), (query, limit) => {
        const expected = corpus.passages
          .map((passage, i) => ({ i, found: query.map((term) => search.search(terms[term]!).some((hit) => hit.id === passage.id)) }))
          .filter(({ found }) => found.every(Boolean))
          .map(({ i }) => i)
          .slice(0, limit);
        expect(postings.holdingAll(query, limit)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
    expect(postings.holdingAll([], 5)).toEqual([]);
    expect(postings.holdingAll([0, -1], 5)).toEqual([]);
  });
});

describe('postings', () => {
  it('find nothing for no terms and for terms no passage holds', () => {
    const { postings } = bothWays(committedCorpus);
    expect(postings.best([], 5)).toEqual([]);
    expect(postings.best([{ term: -1, boost: 1 }], 5)).toEqual([]);
  });

  it('refuse a passage with terms the dictionary lacks, or postings packed with another dictionary, rather than scoring wrongly', () => {
    expect(() => new PostingsBuilder(new Map([['uzbekistan', 0]])).add('uzbekistan refus')).toThrow(/"refus"/);
    const builder = new PostingsBuilder(new Map([['uzbekistan', 0], ['refus', 1]]));
    builder.add('uzbekistan refus');
    const packed = builder.pack();
    expect(new Postings(unpackPostings(packed, 2)).frequency(1)).toBe(1);
    expect(() => unpackPostings(packed, 3)).toThrow(/do not fit/);
  });
});
