/**
 * Two HTTP-mode workers, each with a DATA_DIR of its own, sharing one PostgreSQL (DATABASE_URL) started for this
 * run: 1,000 /ask with a vote each and quiz answers, round-robin, one worker killed halfway.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_MIGRATIONS } from '../../src/store/pg-store.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { type BotProcess, freePort, runScript, startBot } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';
import { roundRobin } from './round-robin.js';

const KEY = 'postgres-e2e-key-0123456789abcdef0123';
let server: FakeDiscord;
let postgres: TestPostgres;
let url: string;
const workers: Array<{ bot: BotProcess; url: string }> = [];

beforeAll(async () => {
  [server, postgres] = await Promise.all([new FakeDiscord({ token: 'e2e-token-0123456789abcdefghij', keepBodies: true }).start(), startPostgres()]);
  url = await postgres.database();
  // Both at once: the migrations run once, under the advisory lock.
  const started = await Promise.all(
    [0, 1].map(async () => {
      const port = await freePort();
      const env = { INTERACTIONS_PORT: String(port), DISCORD_PUBLIC_KEY: server.publicKeyHex, DATABASE_URL: url, PSEUDONYM_KEY: KEY, DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-data-')), COOLDOWN_QUESTIONS: '5', WATCH_CORPUS: 'false' };
      const bot = startBot(server, env);
      await bot.waitForLog((l) => l.msg === 'interactions endpoint listening', 60_000);
      return { bot, url: `http://127.0.0.1:${port}/interactions` };
    }),
  );
  workers.push(...started);
}, 90_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.bot.stop()));
  await server?.stop();
  await postgres?.stop();
});

describe('workers sharing PostgreSQL', () => {
  it('migrate once, answer every interaction once, store every vote and quiz answer once, and lose only what was in flight to a killed worker', async () => {
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      expect((await db.query('SELECT version FROM schema_migrations ORDER BY version')).rows).toEqual(PG_MIGRATIONS.map((_, i) => ({ version: i + 1 })));
      expect(workers.filter((w) => w.bot.logs.some((l) => l.msg === 'database migrated'))).toHaveLength(1);

      const run = await roundRobin(server, [workers[0]!.url, workers[1]!.url], () => workers[1]!.bot.child.kill('SIGKILL'), { asks: 1000, quizEvery: 10 });
      for (const key of run.lost) expect(run.inFlightAtKill.has(key)).toBe(true);
      expect(run.lost.length).toBeLessThanOrEqual(run.inFlightAtKill.size);
      for (const [token, answer] of run.answers) {
        expect(answer.status).toBe(200);
        expect(server.callbacksFor(token)).toHaveLength(1);
      }
      // A server serialises the writers: nothing is queued in a worker's memory.
      expect(run.votesQueued).toBe(0);
      expect(run.votesSaved + run.votesLost).toBe(run.asks - run.asksLost);
      expect(run.quizCounted + run.quizLost).toBe(run.asks / 10);
      console.log(`HTTP workers, PostgreSQL: ${run.asks} /ask + votes + ${run.asks / 10} quiz answers, worker B killed halfway: ${run.inFlightAtKill.size} in flight to it, ${run.lost.length} lost, ${run.answers.size} answered`);

      // One row per vote and per quiz answer; a lost request may have been stored before its worker died.
      const stored = Number((await db.query('SELECT COUNT(*) AS n FROM feedback WHERE vote = 1')).rows[0].n);
      expect(stored).toBeGreaterThanOrEqual(run.votesSaved);
      expect(stored).toBeLessThanOrEqual(run.votesSaved + run.votesLost);
      // `npm run feedback-report` reads the same database.
      const report = await runScript('feedback-report', ['--json'], { DATABASE_URL: url, PSEUDONYM_KEY: KEY });
      expect(report.status).toBe(0);
      expect((JSON.parse(report.stdout) as { up: number }).up).toBe(stored);
      const quizAnswers = Number((await db.query('SELECT COUNT(*) AS n FROM quiz_answers')).rows[0].n);
      expect(quizAnswers).toBeGreaterThanOrEqual(run.quizCounted);
      expect(quizAnswers).toBeLessThanOrEqual(run.quizCounted + run.quizLost);
    } finally {
      await db.end();
    }
  }, 180_000);
});
