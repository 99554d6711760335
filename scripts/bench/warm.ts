/**
 * (a) Warm answer latency, side by side in one process: the full engine (wink-nlp, entities, search, re-rank,
 * highlight, citations) against a bare MiniSearch search with default options over the same passages.
 */
import MiniSearch from 'minisearch';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusDir } from '../../src/paths.js';
import { createEngine } from '../../src/search/engine.js';
import { evalQuestions, round, summarize, type Timing } from './stats.js';

export interface WarmReport {
  passages: number;
  questions: number;
  rounds: number;
  bareUs: Timing;
  engineUs: Timing;
  ratioP50: number;
  ratioP99: number;
}

/** Times `a` and `b` on each question in turn, alternating which goes first; microseconds per call. */
function timePair(questions: string[], rounds: number, a: (q: string) => unknown, b: (q: string) => unknown): [number[], number[]] {
  for (const q of questions) (a(q), b(q));
  const sa: number[] = [];
  const sb: number[] = [];
  const clock = (fn: (q: string) => unknown, q: string, into: number[]): void => {
    const start = process.hrtime.bigint();
    fn(q);
    into.push(Number(process.hrtime.bigint() - start) / 1000);
  };
  for (let r = 0; r < rounds; r += 1) {
    for (const q of questions) {
      if (r % 2 === 0) (clock(a, q, sa), clock(b, q, sb));
      else (clock(b, q, sb), clock(a, q, sa));
    }
  }
  return [sa, sb];
}

export function benchWarm(rounds: number): WarmReport {
  const questions = evalQuestions();
  const corpus = loadCorpus(corpusDir());
  const engine = createEngine(corpus);
  const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  bare.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  const [bareSamples, engineSamples] = timePair(questions, rounds, (q) => bare.search(q), (q) => engine.answer(q));
  const bareUs = summarize(bareSamples);
  const engineUs = summarize(engineSamples);
  return { passages: corpus.passages.length, questions: questions.length, rounds, bareUs, engineUs, ratioP50: round(engineUs.p50 / bareUs.p50, 2), ratioP99: round(engineUs.p99 / bareUs.p99, 2) };
}
