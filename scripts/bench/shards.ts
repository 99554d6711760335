/**
 * (e) Shards: the real bot against the loopback Discord server with 1, 2 and 4 gateway shards, all in one
 * process (SHARD_MODE=internal, the default: one index) and one process per shard (SHARD_MODE=process, an index
 * each). Each shard answers some /ask interactions before the memory of the process tree is read.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardMode } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';
import { FakeDiscord } from '../../test/e2e/fake-discord.js';
import { waitForShards } from './load.js';
import { evalQuestions, median, round, treeMemory } from './stats.js';

export interface ShardMemory {
  shards: number;
  mode: ShardMode;
  processes: number;
  /** Resident memory of the bot's processes together, MB, after every shard has answered. */
  rssMB: number;
  peakRssMB: number;
  answered: number;
}

export async function benchShardMemory(shards: number, mode: ShardMode, questionsPerShard = 50): Promise<ShardMemory> {
  const server = await new FakeDiscord({ token: 'bench-token-0123456789abcdefghij' }).start(shards);
  const env = {
    PATH: process.env.PATH,
    DISCORD_TOKEN: server.token,
    DISCORD_API_URL: server.apiUrl,
    LOG_LEVEL: 'warn',
    COOLDOWN_QUESTIONS: '1000',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-data-')),
    SHARD_COUNT: String(shards),
    SHARD_MODE: mode,
  };
  const bot: ChildProcess = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], { env, stdio: 'ignore' });
  try {
    await waitForShards(server, shards);
    const questions = evalQuestions();
    let answered = 0;
    for (let shard = 0; shard < shards; shard += 1) {
      const guild = server.guildOfShard(shard);
      const callbacks = await Promise.all(
        Array.from({ length: questionsPerShard }, (_, i) => server.interact(server.chatInput('ask', { question: questions[(shard * questionsPerShard + i) % questions.length]! }, server.user(), { guildId: guild.id }).interaction, guild.id)),
      );
      answered += callbacks.filter((c) => c.type === 4).length;
    }
    const memory = treeMemory(bot.pid!);
    return { shards, mode, processes: memory.processes, rssMB: round(memory.rssMB), peakRssMB: round(memory.peakRssMB), answered };
  } finally {
    bot.kill('SIGTERM');
    await new Promise((resolve) => bot.once('exit', resolve));
    await server.stop();
  }
}

/** Each count in each mode, `runs` times: resident memory moves with when the collector last ran, so the median is kept. */
export async function benchShards(counts: number[] = [1, 2, 4], runs = 3): Promise<ShardMemory[]> {
  const rows: ShardMemory[] = [];
  for (const mode of ['internal', 'process'] as const) {
    for (const shards of counts) {
      const samples: ShardMemory[] = [];
      for (let run = 0; run < runs; run += 1) samples.push(await benchShardMemory(shards, mode));
      rows.push({ ...samples[0]!, rssMB: median(samples.map((s) => s.rssMB)), peakRssMB: median(samples.map((s) => s.peakRssMB)), answered: Math.min(...samples.map((s) => s.answered)) });
    }
  }
  return rows;
}
