/**
 * Warm answer latency, measured side by side in one process so the machine's noise cancels out:
 * the full engine (wink-nlp, entities, search, ranking, highlight, citations) against a bare MiniSearch
 * search with default options over the same passages, on every question of the evaluation sets, repeated.
 *
 *   npm run bench [-- --json] [-- --rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { createEngine } from '../src/search/engine.js';
import { parseEvalFile } from './eval.js';

interface Timing {
  p50: number;
  p99: number;
  mean: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times each call of `fn` over the questions, `rounds` times, after one warm-up round; microseconds. */
function time(questions: string[], rounds: number, fn: (q: string) => unknown): Timing {
  for (const q of questions) fn(q);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const roundsArg = args.indexOf('--rounds');
  const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 200;

  const evalDir = join(projectRoot, 'test', 'eval');
  const questions = readdirSync(evalDir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => parseEvalFile(name, readFileSync(join(evalDir, name), 'utf8')).map((item) => item.q));

  const buildStart = process.hrtime.bigint();
  const corpus = loadCorpus(corpusDir());
  const engine = createEngine(corpus);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

  const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  bare.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text })));

  // Interleave the two so that drift in the machine's speed touches both alike.
  const halves = Math.max(1, Math.floor(rounds / 2));
  const bareA = time(questions, halves, (q) => bare.search(q));
  const engineA = time(questions, halves, (q) => engine.answer(q));
  const bareB = time(questions, halves, (q) => bare.search(q));
  const engineB = time(questions, halves, (q) => engine.answer(q));
  const avg = (a: Timing, b: Timing): Timing => ({ p50: (a.p50 + b.p50) / 2, p99: (a.p99 + b.p99) / 2, mean: (a.mean + b.mean) / 2 });
  const bareT = avg(bareA, bareB);
  const engineT = avg(engineA, engineB);
  const report = {
    passages: corpus.passages.length,
    questions: questions.length,
    samplesEach: questions.length * halves * 2,
    engineBuildMs: Math.round(buildMs),
    bareSearchUs: bareT,
    engineUs: engineT,
    ratio: { p50: engineT.p50 / bareT.p50, p99: engineT.p99 / bareT.p99 },
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const f = (n: number): string => n.toFixed(1).padStart(8);
  process.stdout.write(
    [
      `${report.questions} questions x ${halves * 2} rounds over ${report.passages} passages; engine built in ${report.engineBuildMs} ms; RSS ${report.rssMB} MB`,
      '',
      '| warm answer, µs              |      p50 |      p99 |     mean |',
      '|-------------------------------|---------:|---------:|---------:|',
      `| bare MiniSearch search        | ${f(bareT.p50)} | ${f(bareT.p99)} | ${f(bareT.mean)} |`,
      `| engine.answer (full)          | ${f(engineT.p50)} | ${f(engineT.p99)} | ${f(engineT.mean)} |`,
      `| ratio engine / bare           | ${f(report.ratio.p50)} | ${f(report.ratio.p99)} | ${f(engineT.mean / bareT.mean)} |`,
      '',
    ].join('\n'),
  );
}

main();
