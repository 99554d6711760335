/**
 * (a) Warm answer latency in one process, each path timed in a block of its own (interleaving them slows the
 * bare search by a third): a bare MiniSearch search with default options over the same passages, the baseline;
 * `engine.answer`; and what a user waits for, the question answered, presented as a Discord reply and serialised
 * as the interaction callback's JSON body. Typical, misspelt and out-of-scope questions are timed apart.
 */
import MiniSearch from 'minisearch';
import { loadCorpus } from '../../src/corpus/load.js';
import { replyCallback } from '../../src/discord/respond.js';
import { corpusDir } from '../../src/paths.js';
import { presentAnswer, type ReplyPayload } from '../../src/present/discord.js';
import { createEngine } from '../../src/search/engine.js';
import { questionSets, round, roundsFor, summarize, type Timing } from './stats.js';

export interface WarmRow {
  questions: number;
  /** Timings per path: every question, `samples / questions` times. */
  samples: number;
  bareUs: Timing;
  answerUs: Timing;
  replyUs: Timing;
  /** Each path's p50 and p99 over the bare search's. */
  answerRatio: { p50: number; p99: number };
  replyRatio: { p50: number; p99: number };
  /** The reply's p99 in the first and second half of the run, to show it is stable. */
  replyP99Halves: [number, number];
}

export interface WarmReport {
  passages: number;
  typical: WarmRow;
  misspelt: WarmRow;
  outOfScope: WarmRow;
}

/** The body of the interaction callback a reply is sent as: what the bot serialises for each answer. */
export function callbackBody(payload: ReplyPayload): string {
  return JSON.stringify(replyCallback(payload));
}

/** Microseconds per call of `fn`, each question `rounds` times. */
function timeBlock(questions: string[], rounds: number, fn: (q: string) => unknown): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return samples;
}

export function benchWarm(samples: number): WarmReport {
  const corpus = loadCorpus(corpusDir());
  const engine = createEngine(corpus);
  const topics = engine.topics();
  const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  bare.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  const paths = {
    bare: (q: string) => bare.search(q),
    answer: (q: string) => engine.answer(q),
    reply: (q: string) => callbackBody(presentAnswer(engine.answer(q), topics, { page: 0, ephemeral: false })),
  };
  const sets = questionSets();
  // Every path compiled before any is timed.
  for (const questions of Object.values(sets)) for (const fn of Object.values(paths)) timeBlock(questions, 3, fn);

  const row = (questions: string[]): WarmRow => {
    const rounds = roundsFor(questions, samples);
    const half = Math.ceil(rounds / 2);
    // Two passes of three blocks, so a slow spell of the machine falls on every path alike.
    const first = { bare: timeBlock(questions, half, paths.bare), answer: timeBlock(questions, half, paths.answer), reply: timeBlock(questions, half, paths.reply) };
    const second = { bare: timeBlock(questions, half, paths.bare), answer: timeBlock(questions, half, paths.answer), reply: timeBlock(questions, half, paths.reply) };
    const bareUs = summarize([...first.bare, ...second.bare]);
    const answerUs = summarize([...first.answer, ...second.answer]);
    const replyUs = summarize([...first.reply, ...second.reply]);
    const ratio = (t: Timing) => ({ p50: round(t.p50 / bareUs.p50, 2), p99: round(t.p99 / bareUs.p99, 2) });
    return {
      questions: questions.length,
      samples: 2 * half * questions.length,
      bareUs,
      answerUs,
      replyUs,
      answerRatio: ratio(answerUs),
      replyRatio: ratio(replyUs),
      replyP99Halves: [round(summarize(first.reply).p99), round(summarize(second.reply).p99)],
    };
  };
  return { passages: corpus.passages.length, typical: row(sets.typical), misspelt: row(sets.misspelt), outOfScope: row(sets.outOfScope) };
}
