/**
 * Many distinct users. (1) The cooldown, in process: 100,000 users asking in turn, 40,000 of them inside the
 * window at any time; time per question and heap, block by block, must stay flat. The cooldown as it was before
 * (a scan of every user once past 10,000) runs a few thousand questions beside it for comparison.
 * (2) The real bot through the loopback server: one /ask from each of 100,000 distinct users; its heap after a
 * full collection is read after every block, to show discord.js keeps no user or member it is not told to.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCooldown } from '../../src/discord/cooldown.js';
import { projectRoot } from '../../src/paths.js';
import { FakeDiscord } from '../../test/e2e/fake-discord.js';
import { waitForShards } from './load.js';
import { evalQuestions, round } from './stats.js';

export interface CooldownBlock {
  questions: number;
  nsPerQuestion: number;
  heapMB: number;
  usersHeld: number;
}

export interface CooldownReport {
  users: number;
  blocks: CooldownBlock[];
  /** The scan-everything cooldown at the same load: ns per question over a few thousand questions. */
  beforeNsPerQuestion: number;
}

/** The cooldown before issue 10, for comparison only: every question past 10,000 users scanned them all. */
function scanningCooldown(questions: number, windowMs: number) {
  const asked = new Map<string, number[]>();
  return (userId: string, now: number): number => {
    const recent = (asked.get(userId) ?? []).filter((time) => now - time < windowMs);
    if (recent.length >= questions) return 1;
    recent.push(now);
    asked.set(userId, recent);
    if (asked.size > 10_000) for (const [id, times] of asked) if (now - times[times.length - 1]! >= windowMs) asked.delete(id);
    return 0;
  };
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export function benchCooldown(users = 100_000, blocks = 10): CooldownReport {
  const windowMs = 30_000;
  // 40,000 questions per 30-second window: 40,000 users inside the window at any time.
  const stepMs = windowMs / 40_000;
  const ids = Array.from({ length: users }, (_, i) => `user${i}`);
  const cooldown = createCooldown(5, 30);
  const perBlock = users;
  const report: CooldownBlock[] = [];
  let asked = 0;
  for (let block = 0; block < blocks; block += 1) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < perBlock; i += 1, asked += 1) cooldown.take(ids[asked % users]!, asked * stepMs);
    const ns = Number(process.hrtime.bigint() - started) / perBlock;
    gc();
    report.push({ questions: asked, nsPerQuestion: round(ns), heapMB: round(process.memoryUsage().heapUsed / 2 ** 20), usersHeld: cooldown.size });
  }
  const before = scanningCooldown(5, windowMs);
  for (let i = 0; i < 40_000; i += 1) before(ids[i]!, i * stepMs);
  const started = process.hrtime.bigint();
  const sample = 2_000;
  for (let i = 40_000; i < 40_000 + sample; i += 1) before(ids[i % users]!, i * stepMs);
  return { users, blocks: report, beforeNsPerQuestion: round(Number(process.hrtime.bigint() - started) / sample) };
}

export interface DistinctUsersReport {
  users: number;
  answered: number;
  perSecond: number;
  /** The bot's heap after a full garbage collection, and its resident memory, after each block of users. */
  memory: Array<{ users: number; heapMB: number; rssMB: number }>;
}

/** The bot's memory, read by the heap probe preloaded into it. */
async function probe(bot: ChildProcess, file: string): Promise<{ heapMB: number; rssMB: number }> {
  const lines = (): string[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []);
  const before = lines().length;
  bot.kill('SIGUSR2');
  while (lines().length === before) await new Promise((resolve) => setTimeout(resolve, 50));
  const { heapMB, rssMB } = JSON.parse(lines().at(-1)!) as { heapMB: number; rssMB: number };
  return { heapMB: round(heapMB), rssMB: round(rssMB) };
}

export async function benchDistinctUsers(count = 100_000, blocks = 5, burst = 100): Promise<DistinctUsersReport> {
  const server = await new FakeDiscord({ token: 'bench-token-0123456789abcdefghij', keepBodies: false }).start();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-users-'));
  const file = join(scratch, 'heap.jsonl');
  // A one-second cooldown window, so that what the cooldown holds (measured on its own above) does not hide
  // what the client keeps per user.
  const env = { PATH: process.env.PATH, DISCORD_TOKEN: server.token, DISCORD_API_URL: server.apiUrl, LOG_LEVEL: 'warn', DATA_DIR: join(scratch, 'data'), HEAP_PROBE_FILE: file, COOLDOWN_SECONDS: '1' };
  const heapProbe = join(projectRoot, 'dist', 'scripts', 'bench', 'heap-probe.js');
  const bot: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', pathToFileURL(heapProbe).href, join(projectRoot, 'dist', 'src', 'main.js')], { env, stdio: 'ignore' });
  try {
    await waitForShards(server, 1);
    const questions = evalQuestions();
    const memory = [{ users: 0, ...(await probe(bot, file)) }];
    let answered = 0;
    let elapsed = 0;
    for (let sent = 0; sent < count; sent += burst) {
      const started = performance.now();
      // Each chatInput comes from a new member, with a user id of its own.
      const wave = Array.from({ length: Math.min(burst, count - sent) }, (_, i) =>
        server.interact(server.chatInput('ask', { question: questions[(sent + i) % questions.length]! }).interaction).then(() => (answered += 1)),
      );
      await Promise.race([Promise.all(wave), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      elapsed += performance.now() - started;
      if ((sent + burst) % (count / blocks) === 0) memory.push({ users: sent + burst, ...(await probe(bot, file)) });
    }
    return { users: count, answered, perSecond: Math.round(count / (elapsed / 1000)), memory };
  } finally {
    bot.kill('SIGTERM');
    await new Promise((resolve) => bot.once('exit', resolve));
    await server.stop();
  }
}
