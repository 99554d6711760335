/**
 * Property runs and memory: arbitrary questions (unicode up to 6,000 characters, markdown, code blocks,
 * @everyone, @here, user and role mentions, zero-width characters), read as the adapters read them, through the
 * engine and every presenter;
 * and 10,000 questions through the engine with resident memory read before and after.
 */
import fc from 'fast-check';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusDir } from '../../src/paths.js';
import { presentAnswer, presentSearch } from '../../src/present/discord.js';
import { searchList } from '../../src/search/search-list.js';
import { payloadProblems } from '../../src/present/hazards.js';
import { cleanQuestion } from '../../src/question.js';
import { createEngine } from '../../src/search/engine.js';
import { evalQuestions, round } from './stats.js';

/** Questions a hostile or careless member might send. */
export const hostileQuestion = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '```js\nx()\n```', '**', '__', '||spoiler||', '> quote', '# heading', '[link](https://example.com)', '\u200b', '\u200d', '\ufeff', '\u202e'),
      fc.constantFrom('why does Uzbekistan skip SCO exercises?', 'What did India donate to Tajikistan?', 'RATS', 'Kashgar'),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(' ').slice(0, 6000));

export interface FuzzReport {
  cases: number;
  failures: number;
  firstFailure: string | null;
}

export function benchFuzz(cases: number): FuzzReport {
  const engine = createEngine(loadCorpus(corpusDir()));
  const topics = engine.topics();
  const pinged = '424242424242424242';
  const result = fc.check(
    fc.property(hostileQuestion, (typed) => {
      // As every adapter reads it.
      const question = cleanQuestion(typed);
      const answer = engine.answer(question);
      return [
        ...payloadProblems(presentAnswer(answer, topics, { page: 0, ephemeral: false })),
        ...payloadProblems(presentAnswer(answer, topics, { page: 0, ephemeral: true, mentionUserId: pinged }), [pinged]),
        ...payloadProblems(presentSearch(question, searchList(engine, question), topics)),
      ].length === 0;
    }),
    { numRuns: cases },
  );
  return { cases: result.numRuns, failures: result.failed ? 1 : 0, firstFailure: result.failed ? JSON.stringify(result.counterexample) : null };
}

export interface MemoryReport {
  questions: number;
  rssStartMB: number;
  rssEndMB: number;
  heapStartMB: number;
  heapEndMB: number;
}

export function benchMemory(count: number): MemoryReport {
  const engine = createEngine(loadCorpus(corpusDir()));
  const questions = evalQuestions();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  for (const q of questions) engine.answer(q);
  gc();
  const start = process.memoryUsage();
  for (let i = 0; i < count; i += 1) engine.answer(`${questions[i % questions.length]} ${i % 97}`);
  gc();
  const end = process.memoryUsage();
  const mb = (n: number): number => round(n / 2 ** 20);
  return { questions: count, rssStartMB: mb(start.rss), rssEndMB: mb(end.rss), heapStartMB: mb(start.heapUsed), heapEndMB: mb(end.heapUsed) };
}
