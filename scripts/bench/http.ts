/**
 * (d) in HTTP mode: one or two workers (INTERACTIONS_PORT, one DATA_DIR), started as `npm start` starts them; the
 * loopback Discord signs /ask interactions and POSTs them round-robin in bursts, each answer timed from POST to
 * response. Next to the gateway figures of ./load.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { freePort } from '../../test/e2e/bot-process.js';
import { FakeDiscord } from '../../test/e2e/fake-discord.js';
import { evalQuestions, type LoadOutcome, round, summarize, treeMemory } from './stats.js';

export interface HttpLoadReport extends LoadOutcome {
  workers: number;
  dispatched: number;
  /** Resident memory of all workers together, MB. */
  peakRssMB: number;
}

async function healthy(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`no worker answered ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function benchHttp(count: number, workers: number, burst = 20): Promise<HttpLoadReport> {
  const server = await new FakeDiscord({ token: 'bench-token-0123456789abcdefghij', keepBodies: false }).start();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const bots: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < workers; i += 1) {
      const port = await freePort();
      const env = { PATH: process.env.PATH, DISCORD_TOKEN: server.token, DISCORD_API_URL: server.apiUrl, LOG_LEVEL: 'warn', COOLDOWN_QUESTIONS: '1000', DATA_DIR: dataDir, INTERACTIONS_PORT: String(port), DISCORD_PUBLIC_KEY: server.publicKeyHex, WATCH_CORPUS: 'false' };
      bots.push(spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], { env, stdio: 'ignore' }));
      await healthy(`http://127.0.0.1:${port}/healthz`);
      urls.push(`http://127.0.0.1:${port}/interactions`);
    }
    const questions = evalQuestions();
    const users = Array.from({ length: 50 }, (_, i) => server.user(`student${i}`));
    const tokens: string[] = [];
    const latencies: number[] = [];
    let answered = 0;
    const started = performance.now();
    for (let sent = 0; sent < count; sent += burst) {
      const wave: Array<Promise<void>> = [];
      for (let i = sent; i < Math.min(count, sent + burst); i += 1) {
        const { interaction, token } = server.chatInput('ask', { question: questions[i % questions.length]! }, users[i % users.length]);
        tokens.push(token);
        const at = performance.now();
        wave.push(
          server.postInteraction(urls[i % urls.length]!, interaction).then(
            (answer) => {
              latencies.push(performance.now() - at);
              if (answer.status === 200 && answer.body.type === 4) answered += 1;
            },
            () => {},
          ),
        );
      }
      await Promise.all(wave);
    }
    const elapsed = (performance.now() - started) / 1000;
    // A late follow-up would come by webhook after the response: wait a little before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const twice = tokens.filter((t) => server.callbacksFor(t).length + server.webhookMessagesFor(t).length > 1).length;
    const timing = summarize(latencies);
    return {
      workers,
      dispatched: count,
      answered,
      lost: count - answered,
      answeredTwice: twice,
      p50Ms: round(timing.p50, 2),
      p99Ms: round(timing.p99, 2),
      perSecond: Math.round(count / elapsed),
      peakRssMB: round(bots.reduce((sum, bot) => sum + treeMemory(bot.pid!).peakRssMB, 0)),
    };
  } finally {
    for (const bot of bots) bot.kill('SIGTERM');
    await Promise.all(bots.map((bot) => (bot.exitCode === null ? new Promise((resolve) => bot.once('exit', resolve)) : null)));
    await server.stop();
  }
}
