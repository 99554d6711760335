import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/search/engine.js';
import { warmUp } from '../src/search/warm-up.js';
import { committedCorpus } from './helpers/corpus.js';

describe('warming the engine up', () => {
  const engine = createEngine(loadCorpus(committedCorpus));
  const question = 'why does Uzbekistan skip SCO exercises?';

  it('answers as many practice questions as asked, and leaves answers as they were', () => {
    const before = engine.answer(question);
    expect(warmUp(engine, { answers: 250, budgetMs: 60_000 })).toBe(250);
    expect(engine.answer(question)).toEqual(before);
  });

  it('stops when its time is spent', () => {
    expect(warmUp(engine, { answers: 1_000_000, budgetMs: 0 })).toBe(0);
  });
});
