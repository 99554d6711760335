import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { blankOut, buildQuizPool, makeQuizQuestion } from '../src/quiz/quiz.js';
import { committedCorpus } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const analyzer = createAnalyzer(corpus.gazetteer, corpus.thesaurus);
const pool = buildQuizPool(corpus, analyzer);
const typeOf = new Map(pool.map((f) => [f.answer, f.type]));

describe('quiz questions', () => {
  it('are made of dates, numbers, money, countries and organisations the paper names', () => {
    expect(new Set(pool.map((f) => f.type))).toEqual(new Set(['DATE', 'CARDINAL', 'MONEY', 'country', 'organisation']));
    expect(pool.find((f) => f.answer === 'Uzbekistan' && f.sentence.includes('consistently refused'))).toBeDefined();
  });

  it('have four distinct options of one kind, exactly one right, and a blank that never gives the answer away', () => {
    fc.assert(
      fc.property(fc.nat(), fc.subarray(pool.map((f) => f.key), { maxLength: 60 }), (seed, asked) => {
        const question = makeQuizQuestion(pool, { asked: new Set(asked), seed });
        if (question === null) return;
        expect(asked).not.toContain(question.factKey);
        expect(question.options).toHaveLength(4);
        expect(new Set(question.options.map((o) => o.toLowerCase())).size).toBe(4);
        const answer = question.options[question.correct]!;
        expect(question.factKey.endsWith(`:${answer}`)).toBe(true);
        expect(question.options.filter((o) => o === answer)).toHaveLength(1);
        expect(question.options.every((o) => typeOf.get(o) === question.type || pool.some((f) => f.answer === o && f.type === question.type))).toBe(true);
        expect(question.prompt).toContain('_____');
        expect(question.prompt.toLowerCase()).not.toContain(answer.toLowerCase());
        for (const option of question.options) if (option !== answer) expect(question.prompt.toLowerCase()).not.toMatch(new RegExp(`\\b${option.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      }),
      { numRuns: 300 },
    );
  });

  it('never offer a second right answer: no option holds the answer or is held by it, and dates and numbers are written alike', () => {
    // "…took place in Tajikistan in _____" of "June 2012": "2012" would be right too; "April" among years gives them away.
    const whole = (text: string, part: string): boolean => new RegExp(`(^|[^\\p{L}\\p{N}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
    const shape = (value: string): string => value.replace(/\p{L}+/gu, 'a').replace(/\d+(?:[.,]\d+)*/g, '9');
    let checked = 0;
    for (let seed = 0; seed < 3000; seed += 1) {
      const question = makeQuizQuestion(pool, { asked: new Set(), seed });
      if (question === null) continue;
      checked += 1;
      const answer = question.options[question.correct]!;
      for (const option of question.options.filter((o) => o !== answer)) {
        expect(whole(option, answer) || whole(answer, option), `${question.prompt}: ${option} / ${answer}`).toBe(false);
        if (['DATE', 'CARDINAL', 'MONEY'].includes(question.type)) expect(shape(option)).toBe(shape(answer));
      }
    }
    expect(checked).toBe(3000);
  });

  it('keep to the passages of a topic, and run out only when every fact was asked', () => {
    const kazakh = new Set(['p9', 'p10']);
    const question = makeQuizQuestion(pool, { passageIds: kazakh, asked: new Set(), seed: 7 })!;
    expect(kazakh.has(question.passageId)).toBe(true);
    expect(makeQuizQuestion(pool, { asked: new Set(pool.map((f) => f.key)), seed: 7 })).toBeNull();
  });

  it('refuse a fact whose other names would still show in the sentence', () => {
    const fact = { key: 'k', passageId: 'p8', sentence: 'China signed the China-Uzbekistan agreement with Uzbek officials.', answer: 'Uzbekistan', type: 'country', aliases: ['Uzbekistan', 'Uzbek'] };
    expect(blankOut(fact)).toBeNull();
  });
});
