/**
 * One process of the scale bench, started by scale.ts, printing its figures as JSON:
 *
 *   build <corpus> <cache>   builds the index and writes the cache (what a start after a corpus change does)
 *   first <corpus> <cache>   starts from the cache and answers one question with words the model lacks
 *   serve <corpus> <cache> <samples>   the same, then warms up as the bot does and times typical and misspelt questions, then a bare
 *                                      MiniSearch search over the same passages (once through the typical
 *                                      questions), the baseline at that size
 */
import MiniSearch from 'minisearch';
import { loadEngine } from '../../src/search/load.js';
import { warmUp } from '../../src/search/warm-up.js';
import { questionSets, roundsFor, summarize, type Timing } from './stats.js';

/** A first question as people ask them: "SCO" and "Tashkent" are no words of the language model's lexicon. */
export const FIRST_QUESTION = 'What did the SCO do in Tashkent?';

export interface ChildReport {
  passages: number;
  /** Milliseconds from the process's start (node's own start and every import included) to the engine loaded. */
  loadedMs: number;
  /** ... and to the first answer. */
  firstAnswerMs: number;
  /** Peak resident memory so far, MB: after building in `build`, after answering in `serve`. */
  peakRssMB: number;
  typicalMs?: Timing;
  misspeltMs?: Timing;
  bareMs?: Timing;
}

const [mode, dir, cacheDir, samplesArg = '0'] = process.argv.slice(2);
const engine = await loadEngine(dir!, { cacheDir: cacheDir! });
const loadedMs = performance.now();
engine.answer(FIRST_QUESTION);
const report: ChildReport = { passages: engine.corpus.passages.length, loadedMs, firstAnswerMs: performance.now(), peakRssMB: 0 };

/** Milliseconds per call of `fn`, each question often enough for `samples` timings. */
function time(questions: string[], fn: (question: string) => unknown, samples = Number(samplesArg)): Timing {
  const timings: number[] = [];
  for (let round = roundsFor(questions, samples); round > 0; round -= 1) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      fn(q);
      timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return summarize(timings);
}

if (mode === 'serve') {
  const { typical, misspelt } = questionSets();
  // As the bot does before it connects: the figures are those of a bot serving, not of one starting.
  warmUp(engine);
  report.typicalMs = time(typical, (q) => engine.answer(q));
  report.misspeltMs = time(misspelt, (q) => engine.answer(q));
}
report.peakRssMB = process.resourceUsage().maxRSS / 1024;
if (mode === 'serve') {
  const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  bare.addAll(engine.corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  // Once through: at 22,000 passages a bare search takes tens of milliseconds.
  report.bareMs = time(questionSets().typical, (q) => bare.search(q), 1);
}
process.stdout.write(`${JSON.stringify(report)}\n`);
