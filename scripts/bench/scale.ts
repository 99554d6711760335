/**
 * (c) Corpus scale: generated corpora of 10, 100 and 1,000 documents; index build time, start-up from the
 * cached index, query p50/p99 and peak RSS, each corpus in fresh processes. Start-up from the cache is the
 * median of three fresh processes, since one start on these machines varies by a quarter either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { generateCorpus } from './generate.js';
import { median, round } from './stats.js';

export interface ScaleRow {
  documents: number;
  passages: number;
  buildMs: number;
  /** Median of three fresh processes started from the cache. */
  cachedStartupMs: number;
  queryP50Ms: number;
  queryP99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
  /** Peak RSS of the process that started from the cache and answered. */
  peakRssMB: number;
  /** Peak RSS of the process that built the index (once per corpus change). */
  buildPeakRssMB: number;
}

interface ChildReport {
  passages: number;
  loadMs: number;
  readyMs: number;
  queryP50Ms: number;
  queryP99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
  peakRssMB: number;
}

function child(dir: string, cacheDir: string, rounds: number): ChildReport {
  const result = spawnSync(process.execPath, [join(projectRoot, 'dist', 'scripts', 'bench', 'scale-child.js'), dir, cacheDir, String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`scale bench child failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildReport;
}

export function benchScale(sizes: number[]): ScaleRow[] {
  return sizes.map((documents) => {
    const root = mkdtempSync(join(tmpdir(), `scale-${documents}-`));
    try {
      const dir = join(root, 'corpus');
      generateCorpus(dir, documents);
      const build = child(dir, join(root, 'cache'), 1);
      const cached = child(dir, join(root, 'cache'), documents >= 1000 ? 5 : 20);
      const startups = [cached, child(dir, join(root, 'cache'), 0), child(dir, join(root, 'cache'), 0)].map((run) => run.readyMs);
      return {
        documents,
        passages: cached.passages,
        buildMs: round(build.loadMs),
        cachedStartupMs: round(median(startups)),
        queryP50Ms: round(cached.queryP50Ms, 2),
        queryP99Ms: round(cached.queryP99Ms, 2),
        bareP50Ms: round(cached.bareP50Ms, 2),
        bareP99Ms: round(cached.bareP99Ms, 2),
        peakRssMB: round(cached.peakRssMB),
        buildPeakRssMB: round(build.peakRssMB),
      };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}
