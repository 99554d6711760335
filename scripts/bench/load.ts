/**
 * (d) Load: the real bot, started as `npm start` starts it, against the loopback Discord server; /ask
 * interactions dispatched in bursts from many users and channels; every callback counted and timed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { FakeDiscord } from '../../test/e2e/fake-discord.js';
import { evalQuestions, round, summarize, treeMemory } from './stats.js';

export interface LoadReport {
  shards: number;
  dispatched: number;
  answered: number;
  lost: number;
  answeredTwice: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  peakRssMB: number;
}

export async function waitForShards(server: FakeDiscord, shards: number): Promise<void> {
  await server.waitFor(() => server.connectedShards().length === shards && server.identifies.length >= shards, 60_000, 'the bot to connect');
  // READY and GUILD_CREATE are sent with the identify; give the client a moment to process them.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

export async function benchLoad(count: number, shards: number, burst = 100): Promise<LoadReport> {
  const server = await new FakeDiscord({ token: 'bench-token-0123456789abcdefghij' }).start(shards);
  const env = {
    PATH: process.env.PATH,
    DISCORD_TOKEN: server.token,
    DISCORD_API_URL: server.apiUrl,
    LOG_LEVEL: 'warn',
    COOLDOWN_QUESTIONS: '1000',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-data-')),
    ...(shards > 1 ? { SHARD_COUNT: String(shards) } : {}),
  };
  const bot: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []), join(projectRoot, 'dist', 'src', 'main.js')], { env, stdio: 'ignore' });
  try {
    await waitForShards(server, shards);
    const questions = evalQuestions();
    const users = Array.from({ length: 50 }, (_, i) => server.user(`student${i}`));
    const tokens: string[] = [];
    const latencies: number[] = [];
    const started = performance.now();
    for (let sent = 0; sent < count; sent += burst) {
      const wave: Array<Promise<unknown>> = [];
      for (let i = sent; i < Math.min(count, sent + burst); i += 1) {
        const guild = server.guildOfShard(i % shards);
        const { interaction, token } = server.chatInput('ask', { question: questions[i % questions.length]! }, users[i % users.length], { guildId: guild.id });
        tokens.push(token);
        wave.push(server.interact(interaction, guild.id).then((callback) => latencies.push(callback.latencyMs)));
      }
      await Promise.race([Promise.all(wave), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    const elapsed = (performance.now() - started) / 1000;
    // Late duplicates would arrive after the first callback: wait a little before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = tokens.map((t) => server.callbacksFor(t).length);
    const timing = summarize(latencies);
    return {
      shards,
      dispatched: count,
      answered: counts.filter((c) => c >= 1).length,
      lost: counts.filter((c) => c === 0).length,
      answeredTwice: counts.filter((c) => c > 1).length,
      p50Ms: round(timing.p50, 2),
      p99Ms: round(timing.p99, 2),
      perSecond: Math.round(count / elapsed),
      peakRssMB: round(treeMemory(bot.pid!).peakRssMB),
    };
  } finally {
    bot.kill('SIGTERM');
    await new Promise((resolve) => bot.once('exit', resolve));
    await server.stop();
  }
}
