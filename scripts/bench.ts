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

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/**
 * Times `a` and `b` on each question in turn, `rounds` times after a warm-up round, so both see the same
 * moments of the machine; microseconds per call.
 */
function timePair(questions: string[], rounds: number, a: (q: string) => unknown, b: (q: string) => unknown): [Timing, Timing] {
  for (const q of questions) (a(q), b(q));
  const sa: number[] = [];
  const sb: number[] = [];
  const clock = (fn: (q: string) => unknown, q: string, into: number[]): void => {
    const start = process.hrtime.bigint();
    fn(q);
    into.push(Number(process.hrtime.bigint() - start) / 1000);
  };
  for (let round = 0; round < rounds; round += 1) {
    for (const q of questions) {
      // Alternate which goes first, so neither always runs on a warmer cache.
      if (round % 2 === 0) (clock(a, q, sa), clock(b, q, sb));
      else (clock(b, q, sb), clock(a, q, sa));
    }
  }
  return [summarize(sa), summarize(sb)];
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

  const [bareT, engineT] = timePair(questions, rounds, (q) => bare.search(q), (q) => engine.answer(q));
  const report = {
    passages: corpus.passages.length,
    questions: questions.length,
    samplesEach: questions.length * rounds,
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
      `${report.questions} questions x ${rounds} rounds over ${report.passages} passages; engine built in ${report.engineBuildMs} ms; RSS ${report.rssMB} MB`,
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
