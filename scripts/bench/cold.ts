/**
 * (b) Cold start: a fresh process answering one question with `ask --json` (the built script `npm run ask`
 * runs, with its index cache warm) against a fresh process that only loads wink-nlp and its model.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { median, round } from './stats.js';

export interface ColdReport {
  runs: number;
  floorMs: number;
  askMs: number;
  ratio: number;
}

function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchCold(runs: number): ColdReport {
  const ask = [join(projectRoot, 'dist', 'src', 'cli', 'ask.js'), '--json', 'why does Uzbekistan skip SCO exercises?'];
  const floor = [join(projectRoot, 'dist', 'scripts', 'bench', 'floor.js')];
  timeProcess(ask); // builds the index cache if it is missing
  const askMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    floorMs.push(timeProcess(floor));
    askMs.push(timeProcess(ask));
  }
  return { runs, floorMs: round(median(floorMs)), askMs: round(median(askMs)), ratio: round(median(askMs) / median(floorMs), 2) };
}
