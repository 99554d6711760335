/** Property tests: hostile questions and damaged corpus files never crash anything or break a limit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { parseDocument } from '../src/corpus/parse.js';
import { presentAnswer, presentSearch } from '../src/present/discord.js';
import { searchList } from '../src/search/search-list.js';
import { payloadProblems } from '../src/present/hazards.js';
import { cleanQuestion } from '../src/question.js';
import { createEngine } from '../src/search/engine.js';
import { hostileQuestion } from '../scripts/bench/fuzz.js';
import { committedCorpus, scratchCorpus } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const engine = createEngine(corpus);
const topics = engine.topics();
const paper = readFileSync(join(committedCorpus, 'tresa2015.md'), 'utf8');

describe('hostile questions (the bench runs 10,000 of these)', () => {
  it('never make the engine throw, and every reply fits Discord, echoes nothing unfit and pings nobody unnamed', () => {
    fc.assert(
      fc.property(hostileQuestion, (typed) => {
        expect(() => engine.answer(typed)).not.toThrow();
        // As every adapter reads it.
        const question = cleanQuestion(typed);
        const answer = engine.answer(question);
        expect(answer.results.length).toBeLessThanOrEqual(5);
        expect(payloadProblems(presentAnswer(answer, topics, { page: 0, ephemeral: false }))).toEqual([]);
        expect(payloadProblems(presentAnswer(answer, topics, { page: 0, ephemeral: true, mentionUserId: '77' }), ['77'])).toEqual([]);
        expect(payloadProblems(presentSearch(question, searchList(engine, question), topics))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** A damaged copy of the paper: lines cut, dropped, duplicated or mangled. */
const damaged = fc
  .tuple(
    fc.nat({ max: paper.length }),
    fc.array(fc.tuple(fc.nat({ max: 400 }), fc.constantFrom('drop', 'duplicate', 'mangle', 'brackets', 'binary')), { maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  )
  .map(([cut, edits, junk]) => {
    const lines = paper.slice(0, Math.max(cut, 1)).split('\n');
    for (const [at, edit] of edits) {
      if (lines.length === 0) lines.push('');
      const i = at % lines.length;
      if (edit === 'drop') lines.splice(i, 1);
      else if (edit === 'duplicate') lines.splice(i, 0, lines[i]!);
      else if (edit === 'mangle') lines[i] = `${lines[i]!.slice(0, 5)}${junk}${lines[i]!.slice(5)}`;
      else if (edit === 'brackets') lines[i] = `${lines[i]} [vii] {#p1} ---`;
      else lines[i] = junk;
    }
    return lines.join('\n');
  });

describe('damaged corpus files', () => {
  it('name an id they cannot use escaped, on one line (a carriage return inside it found by the property below)', () => {
    expect(() => parseDocument('corpus/damaged.md', '---\nid: t\rresa2015\ntitle: T\n---\n\n{#p1} Text.\n')).toThrow('corpus/damaged.md:2: document id "t\\rresa2015" is not usable. Fix:');
    expect(() => parseDocument('corpus/damaged.md', '---\nid: t\ntitle: T\n---\n\n{#p\u00011} Text.\n')).toThrow(/passage id "p\\u00011" is not usable/);
  });

  it('either load whole or fail with a CorpusError that names the file, never anything else', () => {
    fc.assert(
      fc.property(damaged, (source) => {
        try {
          const document = parseDocument('corpus/damaged.md', source);
          expect(document.passages.length).toBeGreaterThan(0);
          for (const passage of document.passages) for (const marker of passage.citations) expect(document.footnotes.has(marker)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(CorpusError);
          expect((error as Error).message).toMatch(/^corpus\/damaged\.md(:\d+)?: .+\. Fix: .+/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leave nothing half-loaded: a folder with one damaged file is refused as a whole', () => {
    const { dir, cleanup } = scratchCorpus({ 'zz-damaged.md': paper.replace('[xi]: ', '[xii]: ').replace(/^id: tresa2015$/m, 'id: other') });
    try {
      expect(() => loadCorpus(dir)).toThrow(CorpusError);
    } finally {
      cleanup();
    }
  });
});
