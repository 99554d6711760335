import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { parseEvalFile } from '../eval.js';

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: at(50), p99: at(99), mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length) };
}

export function median(values: number[]): number {
  return summarize(values).p50;
}

/** Every question of the evaluation sets in test/eval and its folders (tuning/, heldout/): timed, never tuned on. */
export function evalQuestions(): string[] {
  const dir = join(projectRoot, 'test', 'eval');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseEvalFile(name, readFileSync(join(dir, name), 'utf8')).map((item) => item.q));
}

/** Resident memory of a process and its children (the ShardingManager's shards), MB, from /proc: now and at its peak. */
export function treeMemory(pid: number): { rssMB: number; peakRssMB: number; processes: number } {
  const read = (p: number, field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // no children
  }
  const all = [pid, ...children];
  return { rssMB: all.reduce((sum, p) => sum + read(p, 'VmRSS'), 0), peakRssMB: all.reduce((sum, p) => sum + read(p, 'VmHWM'), 0), processes: all.length };
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
