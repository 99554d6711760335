/**
 * One process of the scale bench: loads the engine for a corpus folder with an index cache folder, answers
 * the evaluation questions, and prints its figures as JSON; then does the same with a bare MiniSearch search
 * over the same passages, the baseline at that size. Started by scale.ts for each corpus: once to build the
 * index (and write the cache), then from the cache: once to answer, twice more (0 rounds) to time start-up only.
 */
import MiniSearch from 'minisearch';
import { loadEngine } from '../../src/search/load.js';
import { evalQuestions, summarize, type Timing } from './stats.js';

const [dir, cacheDir, roundsArg = '20'] = process.argv.slice(2);
const loadStart = performance.now();
const engine = await loadEngine(dir!, { cacheDir: cacheDir! });
const ready = performance.now();
const questions = evalQuestions();

/** Milliseconds per call of `fn` over every question, `roundsArg` times. */
function timeQuestions(fn: (question: string) => unknown): Timing {
  const samples: number[] = [];
  for (let round = 0; round < Number(roundsArg); round += 1) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return summarize(samples);
}

const query = timeQuestions((q) => engine.answer(q));
const peakRssMB = process.resourceUsage().maxRSS / 1024;
// With no rounds asked, only the start-up counts: the bare index is not built.
const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
if (Number(roundsArg) > 0) bare.addAll(engine.corpus.passages.map((p) => ({ id: p.id, text: p.text })));
const bareQuery = timeQuestions((q) => bare.search(q));
process.stdout.write(
  `${JSON.stringify({
    passages: engine.corpus.passages.length,
    loadMs: ready - loadStart,
    // from the moment the process began, so node's own start and every import count
    readyMs: ready,
    queryP50Ms: query.p50,
    queryP99Ms: query.p99,
    peakRssMB,
    bareP50Ms: bareQuery.p50,
    bareP99Ms: bareQuery.p99,
  })}\n`,
);
