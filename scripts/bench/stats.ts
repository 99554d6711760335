import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { type EvalItem, parseEvalFile } from '../eval.js';

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

/** The evaluation sets in test/eval and its folders (tuning/, heldout/): timed, never tuned on. */
function evalItems(): Array<EvalItem & { file: string }> {
  const dir = join(projectRoot, 'test', 'eval');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseEvalFile(name, readFileSync(join(dir, name), 'utf8')).map((item) => ({ ...item, file: name })));
}

/** Every question of the evaluation sets. */
export function evalQuestions(): string[] {
  return evalItems().map((item) => item.q);
}

/** The evaluation questions by what they cost: plain ones, misspelt ones (read twice), and ones the paper does not cover. */
export interface QuestionSets {
  typical: string[];
  /** typos.jsonl, and every typical question with two middle letters of its longest word swapped ("Tajiksitan"). */
  misspelt: string[];
  /** The questions the engine should abstain on ("What is the weather in Paris today?"). */
  outOfScope: string[];
}

/** A question with two middle letters of its longest word (seven letters or more) swapped; null when it has none. */
function misspell(question: string): string | null {
  const longest = question.match(/\p{L}{7,}/gu)?.reduce((a, b) => (b.length > a.length ? b : a));
  if (!longest) return null;
  const i = Math.floor(longest.length / 2);
  return question.replace(longest, longest.slice(0, i - 1) + longest[i] + longest[i - 1] + longest.slice(i + 1));
}

export function questionSets(): QuestionSets {
  const items = evalItems();
  const typos = (item: { file: string }): boolean => basename(item.file) === 'typos.jsonl';
  const typical = items.filter((item) => !item.abstain && !typos(item)).map((item) => item.q);
  return {
    typical,
    misspelt: [...items.filter((item) => !item.abstain && typos(item)).map((item) => item.q), ...typical.flatMap((q) => misspell(q) ?? [])],
    outOfScope: items.filter((item) => item.abstain).map((item) => item.q),
  };
}

/** How many times to go through `questions` for at least `samples` timings. */
export function roundsFor(questions: readonly unknown[], samples: number): number {
  return Math.max(1, Math.ceil(samples / Math.max(1, questions.length)));
}

/**
 * A process and its children (the ShardingManager's shards), from /proc: resident memory in MB, now and at its
 * peak, and CPU time used so far in ms.
 */
export function treeMemory(pid: number): { rssMB: number; peakRssMB: number; processes: number; cpuMs: number } {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // no children
  }
  const all = [pid, ...children];
  let [rssMB, peakRssMB, cpuMs] = [0, 0, 0];
  for (const p of all) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const field = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
      rssMB += field('VmRSS');
      peakRssMB += field('VmHWM');
      // utime and stime, in clock ticks of 10 ms (Linux's USER_HZ)
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpuMs += (Number(stat[11]) + Number(stat[12])) * 10;
    } catch {
      // gone already
    }
  }
  return { rssMB, peakRssMB, processes: all.length, cpuMs };
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** What a load run counts, however it was driven: every interaction answered once, timed from dispatch. */
export interface LoadOutcome {
  answered: number;
  lost: number;
  answeredTwice: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}
