/**
 * npm run bench [-- --json] [-- --quick]
 *
 * Speed, scale, load, shards and hardening, measured in one run as ratios and figures side by side (these machines are
 * noisy, so every speed is compared with a baseline measured in the same run). --quick skips the 1,000-document
 * corpus and runs fewer property cases; --json prints the figures as one JSON object.
 */
import { benchCold } from './cold.js';
import { benchFuzz, benchMemory } from './fuzz.js';
import { benchHttp } from './http.js';
import { benchLoad } from './load.js';
import { benchScale } from './scale.js';
import { benchShards } from './shards.js';
import { benchCooldown, benchDistinctUsers } from './users.js';
import { benchWarm } from './warm.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const say = (line: string): void => {
  if (!json) process.stdout.write(`${line}\n`);
};
const mark = (ok: boolean): string => (ok ? 'yes' : 'NO');

say('(a) warm answer latency …');
const warm = benchWarm(quick ? 50 : 200);
say('(b) cold start …');
const cold = benchCold(quick ? 5 : 15);
say('(c) corpus scale …');
const scale = benchScale(quick ? [10, 100] : [10, 100, 1000]);
say('(d) load through the loopback Discord server …');
const load = [await benchLoad(1000, 1, 20), await benchLoad(1000, 2, 20)];
const http = [await benchHttp(1000, 1, 20), await benchHttp(1000, 2, 20)];
say('(e) memory at 1, 2 and 4 shards …');
const shards = await benchShards([1, 2, 4], quick ? 1 : 3);
say('property runs and memory …');
const fuzz = benchFuzz(quick ? 1000 : 10_000);
const memory = benchMemory(10_000);
say('distinct users …');
const cooldown = benchCooldown(100_000);
const users = await benchDistinctUsers(quick ? 20_000 : 100_000);

const report = { warm, cold, scale, load, http, shards, fuzz, memory, cooldown, users };
if (json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const us = (n: number): string => n.toFixed(1);
  const largest = scale.at(-1)!;
  say('');
  say(`(a) warm answer, µs, ${warm.questions} questions x ${warm.rounds} rounds over ${warm.passages} passages`);
  say('| | p50 | p99 | mean |');
  say('|---|---:|---:|---:|');
  say(`| bare MiniSearch search, default options | ${us(warm.bareUs.p50)} | ${us(warm.bareUs.p99)} | ${us(warm.bareUs.mean)} |`);
  say(`| engine.answer (full) | ${us(warm.engineUs.p50)} | ${us(warm.engineUs.p99)} | ${us(warm.engineUs.mean)} |`);
  say(`| ratio (target p50 <= 1.5: ${mark(warm.ratioP50 <= 1.5)}) | ${warm.ratioP50} | ${warm.ratioP99} | |`);
  say('');
  say(`(b) cold start, median of ${cold.runs} fresh processes: floor (node + wink-nlp + model) ${cold.floorMs} ms, ask --json ${cold.askMs} ms, ratio ${cold.ratio} (target <= 1.3: ${mark(cold.ratio <= 1.3)})`);
  say('');
  say('(c) corpus scale');
  say('| documents | passages | index build ms | build peak RSS MB | cached start-up ms | query p50 ms | query p99 ms | bare MiniSearch p50 / p99 ms | peak RSS MB |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of scale) say(`| ${row.documents} | ${row.passages} | ${row.buildMs} | ${row.buildPeakRssMB} | ${row.cachedStartupMs} | ${row.queryP50Ms} | ${row.queryP99Ms} | ${row.bareP50Ms} / ${row.bareP99Ms} | ${row.peakRssMB} |`);
  say(`targets at ${largest.documents} documents: cached start-up <= 1 s ${mark(largest.cachedStartupMs <= 1000)}, query p99 <= 10 ms ${mark(largest.queryP99Ms <= 10)}, RSS <= 600 MB ${mark(largest.peakRssMB <= 600)}`);
  say('');
  say('(d) load: 1,000 /ask interactions in bursts of 20 from 50 users');
  say('| shards | answered | lost | answered twice | p50 ms | p99 ms | per second | peak RSS MB |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of load) say(`| ${row.shards} | ${row.answered} | ${row.lost} | ${row.answeredTwice} | ${row.p50Ms} | ${row.p99Ms} | ${row.perSecond} | ${row.peakRssMB} |`);
  say(`targets: none lost, none twice, p99 <= 50 ms, >= 500/s: ${mark(load.every((r) => r.lost === 0 && r.answeredTwice === 0 && r.p99Ms <= 50 && r.perSecond >= 500))}`);
  say('(d) the same 1,000 /ask in HTTP mode: signed POSTs round-robin to the workers, timed from POST to response');
  say('| workers | answered | lost | answered twice | p50 ms | p99 ms | per second | peak RSS MB |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of http) say(`| ${row.workers} | ${row.answered} | ${row.lost} | ${row.answeredTwice} | ${row.p50Ms} | ${row.p99Ms} | ${row.perSecond} | ${row.peakRssMB} |`);
  say('');
  say(`(e) memory by shard count, after each shard answered 50 /ask (median of ${quick ? 1 : 3} runs)`);
  say('| SHARD_MODE | shards | processes | RSS MB | peak RSS MB | answered |');
  say('|---|---:|---:|---:|---:|---:|');
  for (const row of shards) say(`| ${row.mode} | ${row.shards} | ${row.processes} | ${row.rssMB} | ${row.peakRssMB} | ${row.answered} |`);
  say('');
  say(`property runs: ${fuzz.cases} hostile questions through the engine and presenters, ${fuzz.failures} failures${fuzz.firstFailure ? ` (first: ${fuzz.firstFailure})` : ''}`);
  say(`memory: ${memory.questions} questions; heap ${memory.heapStartMB} -> ${memory.heapEndMB} MB, RSS ${memory.rssStartMB} -> ${memory.rssEndMB} MB`);
  say('');
  say(`(f) cooldown: ${cooldown.users.toLocaleString('en')} distinct users in turn, 40,000 inside the 30 s window (before: ${cooldown.beforeNsPerQuestion.toLocaleString('en')} ns a question)`);
  say('| questions | ns per question | heap MB | users held |');
  say('|---:|---:|---:|---:|');
  for (const b of cooldown.blocks) say(`| ${b.questions.toLocaleString('en')} | ${b.nsPerQuestion} | ${b.heapMB} | ${b.usersHeld.toLocaleString('en')} |`);
  say('');
  say(`(f) the bot: one /ask from each of ${users.users.toLocaleString('en')} distinct users, ${users.answered.toLocaleString('en')} answered, ${users.perSecond} a second`);
  say('| users | heap after GC MB | RSS MB |');
  say('|---:|---:|---:|');
  for (const m of users.memory) say(`| ${m.users.toLocaleString('en')} | ${m.heapMB} | ${m.rssMB} |`);
}
