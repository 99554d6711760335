/**
 * (c) Corpus scale: generated corpora (see ./generate.ts), each in fresh processes (see ./scale-child.ts): one
 * builds the index and writes the cache; three start from the cache and answer a first question with words the
 * model lacks (the start-up figure is their median, since one start on these machines varies by a quarter either
 * way); the first of them then times typical and misspelt questions and reads its peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { type GeneratedCorpus, generateNearCopies, generateVaried, machineProse } from './generate.js';
import type { ChildReport } from './scale-child.js';
import { median, round } from './stats.js';

export type CorpusKind = 'varied' | 'near copies';

export interface ScaleRow extends GeneratedCorpus {
  kind: CorpusKind;
  /** Building the index and writing the cache, from the process's start. */
  buildMs: number;
  buildPeakRssMB: number;
  /** Median of three fresh processes: from the process's start to the first answer, from the cache. */
  firstAnswerMs: number;
  /** Peak RSS of the process that started from the cache and answered every question. */
  servingPeakRssMB: number;
  typicalP50Ms: number;
  typicalP99Ms: number;
  misspeltP50Ms: number;
  misspeltP99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
}

function child(mode: 'build' | 'first' | 'serve', dir: string, cacheDir: string, samples = 0): ChildReport {
  const result = spawnSync(process.execPath, [join(projectRoot, 'dist', 'scripts', 'bench', 'scale-child.js'), mode, dir, cacheDir, String(samples)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`scale bench child (${mode}) failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildReport;
}

function measure(kind: CorpusKind, documents: number, generate: (dir: string) => GeneratedCorpus, samples: number): ScaleRow {
  const root = mkdtempSync(join(tmpdir(), `scale-${documents}-`));
  try {
    const dir = join(root, 'corpus');
    const cache = join(root, 'cache');
    const generated = generate(dir);
    const build = child('build', dir, cache);
    const served = child('serve', dir, cache, samples);
    const starts = [served, child('first', dir, cache), child('first', dir, cache)].map((run) => run.firstAnswerMs);
    const ms = (n: number | undefined): number => round(n ?? 0, 2);
    return {
      kind,
      ...generated,
      buildMs: round(build.loadedMs),
      buildPeakRssMB: round(build.peakRssMB),
      firstAnswerMs: round(median(starts)),
      servingPeakRssMB: round(served.peakRssMB),
      typicalP50Ms: ms(served.typicalMs?.p50),
      typicalP99Ms: ms(served.typicalMs?.p99),
      misspeltP50Ms: ms(served.misspeltMs?.p50),
      misspeltP99Ms: ms(served.misspeltMs?.p99),
      bareP50Ms: ms(served.bareMs?.p50),
      bareP99Ms: ms(served.bareMs?.p99),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Varied corpora of each size, then the near copies at the largest size. */
export function benchScale(sizes: number[], samples: number): ScaleRow[] {
  const prose = machineProse();
  const largest = Math.max(...sizes);
  return [
    ...sizes.map((documents) => measure('varied', documents, (dir) => generateVaried(dir, documents, prose), samples)),
    measure('near copies', largest, (dir) => generateNearCopies(dir, largest), samples),
  ];
}
