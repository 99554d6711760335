/**
 * One process of the scale bench: loads the engine for a corpus folder with an index cache folder, answers
 * the evaluation questions, and prints its figures as JSON. Started by scale.ts, twice per corpus: once to
 * build the index (and write the cache), once to start from the cache.
 */
import MiniSearch from 'minisearch';
import { loadEngine } from '../../src/search/load.js';
import { evalQuestions, summarize } from './stats.js';

const [dir, cacheDir, roundsArg = '20'] = process.argv.slice(2);
const loadStart = performance.now();
const engine = await loadEngine(dir!, { cacheDir: cacheDir! });
const ready = performance.now();
const questions = evalQuestions();
const samples: number[] = [];
for (let round = 0; round < Number(roundsArg); round += 1) {
  for (const q of questions) {
    const start = process.hrtime.bigint();
    engine.answer(q);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const query = summarize(samples);
const peakRssMB = process.resourceUsage().maxRSS / 1024;

// The baseline at the same size: a bare MiniSearch search with default options over the same passages.
const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
bare.addAll(engine.corpus.passages.map((p) => ({ id: p.id, text: p.text })));
const bareSamples: number[] = [];
for (let round = 0; round < Number(roundsArg); round += 1) {
  for (const q of questions) {
    const start = process.hrtime.bigint();
    bare.search(q);
    bareSamples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const bareQuery = summarize(bareSamples);
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
