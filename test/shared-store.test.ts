/**
 * One suite, both backends: the SQLite file (one machine) and PostgreSQL (several), through the asynchronous
 * interface the handlers use. PostgreSQL is a real server started for this run (test/helpers/postgres.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { openBotStore } from '../src/store/bot-store.js';
import { migrate, openPgStore, PG_MIGRATIONS } from '../src/store/pg-store.js';
import { type SharedStore, sharedFromLocal } from '../src/store/shared-store.js';
import { THREAD_TURNS_KEPT } from '../src/store/store.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';

const KEY = 'shared-suite-key-0123456789abcdef0123';
const logger = createLogger('silent');
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

const backends: Array<[string, () => Promise<SharedStore>]> = [
  ['SQLite', async () => sharedFromLocal(openBotStore({ dataDir: mkdtempSync(join(tmpdir(), 'shared-')), key: KEY, logger }))],
  ['PostgreSQL', async () => openPgStore({ url: await postgres.database(), key: KEY, logger })],
];

describe.each(backends)('the store in %s', (_name, open) => {
  it('keeps one vote per member, question and passage, and reports them', async () => {
    const store = await open();
    expect(await store.vote('111', 'What is RATS?', 'p16', 'up')).toBe('saved');
    expect(await store.vote('111', 'What is RATS?', 'p16', 'down')).toBe('saved');
    expect(await store.vote('222', 'What is RATS?', 'p16', 'down')).toBe('saved');
    expect(await store.vote('333', 'What is RATS?', 'p2', 'up')).toBe('saved');
    expect(await store.abstained('111', 'What is the weather?')).toBe(true);
    expect(await store.abstained('222', 'what is the WEATHER')).toBe(true);
    const report = await store.report(10);
    expect(report).toMatchObject({ up: 1, down: 2, disliked: [{ passageId: 'p16', down: 2, up: 0 }] });
    expect(report.unanswered).toEqual([{ question: expect.stringMatching(/weather/i), count: 2 }]);
    await store.close();
  });

  it('keeps the question behind a key, quiz questions, and one answer per member', async () => {
    const store = await open();
    expect(await store.question('key0123456')).toBeNull();
    expect(await store.rememberQuestion('key0123456', 'a long question')).toBe('saved');
    expect(await store.question('key0123456')).toBe('a long question');
    expect(await store.saveQuizQuestion('q1', 'chan', { correct: 2 }, 'fact-a')).toBe('saved');
    expect(await store.quizQuestion('q1')).toEqual({ correct: 2 });
    expect(await store.quizQuestion('nope')).toBeNull();
    expect(await store.askedFacts('chan')).toEqual(new Set(['fact-a']));
    expect(await store.answerQuiz('q1', 'chan', '111', true)).toBe('counted');
    expect(await store.answerQuiz('q1', 'chan', '111', false)).toBe('again');
    expect(await store.answerQuiz('q1', 'chan', '222', false)).toBe('counted');
    expect(await store.quizScores('chan')).toEqual([
      { userId: '111', right: 1, wrong: 0 },
      { userId: '222', right: 0, wrong: 1 },
    ]);
    expect(await store.resetAskedFacts('chan')).toBe(true);
    expect(await store.askedFacts('chan')).toEqual(new Set());
    await store.close();
  });

  it('lets one claim post a private answer, for good once posted, and tells the others the post', async () => {
    const store = await open();
    // Claimed at once (PostgreSQL on two connections), one wins, whichever it is.
    const claims = await Promise.all([store.claimPost('700'), store.claimPost('700')]);
    expect(claims).toEqual(expect.arrayContaining([{ kind: 'claimed' }, { kind: 'posted', postedId: null }]));
    expect(await store.postedAs('700', '701')).toBe(true);
    expect(await store.claimPost('700')).toEqual({ kind: 'posted', postedId: '701' });
    expect(await store.releasePost('700')).toBe(true);
    expect(await store.claimPost('700')).toEqual({ kind: 'posted', postedId: '701' });
    // A post that failed gives its claim up: the next press may post the answer.
    expect(await store.claimPost('800')).toEqual({ kind: 'claimed' });
    expect(await store.releasePost('800')).toBe(true);
    expect(await store.claimPost('800')).toEqual({ kind: 'claimed' });
    await store.close();
  });

  it('keeps a thread’s last turns in order, and none for a thread it did not start', async () => {
    const store = await open();
    expect(await store.threadTurns('900')).toBeNull();
    for (let i = 0; i < THREAD_TURNS_KEPT + 3; i += 1) expect(await store.addThreadTurn('900', '111', { question: `q${i}` })).toBe(true);
    const turns = (await store.threadTurns<{ question: string }>('900'))!;
    expect(turns).toHaveLength(THREAD_TURNS_KEPT);
    expect(turns[0]!.question).toBe('q3');
    expect(turns.at(-1)!.question).toBe(`q${THREAD_TURNS_KEPT + 2}`);
    await store.close();
  });

  it('says what it keeps about a member, and forgets all of it', async () => {
    const store = await open();
    await store.vote('555', 'What is RATS?', 'p16', 'up');
    await store.abstained('555', 'What is the weather?');
    await store.addThreadTurn('901', '555', { question: 'first' });
    await store.saveQuizQuestion('q9', 'chan', { correct: 0 }, 'fact-b');
    await store.answerQuiz('q9', 'chan', '555', true);
    const held = { votes: 1, unanswered: 1, threadTurns: 1, quizAnswers: 1, quizScores: 1 };
    expect(await store.holdings('555')).toEqual(held);
    expect(await store.forget('555')).toEqual(held);
    expect(await store.holdings('555')).toEqual({ votes: 0, unanswered: 0, threadTurns: 0, quizAnswers: 0, quizScores: 0 });
    await store.close();
  });
});

describe('PostgreSQL migrations', () => {
  it('run once when several workers start together, under the advisory lock', async () => {
    const url = await postgres.database();
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: url }));
    const applied = await Promise.all(pools.map((pool) => migrate(pool)));
    expect(applied.flat()).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    const versions = (await pools[0]!.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r: { version: number }) => r.version);
    expect(versions).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    await Promise.all(pools.map((pool) => pool.end()));
  });

  it('refuse a database a newer version made, and a server that is not there, saying what to do', async () => {
    const url = await postgres.database();
    const pool = new pg.Pool({ connectionString: url });
    await migrate(pool);
    await pool.query('INSERT INTO schema_migrations (version) VALUES ($1)', [PG_MIGRATIONS.length + 1]);
    await pool.end();
    await expect(openPgStore({ url, key: KEY, logger })).rejects.toThrow(/made by a newer version of the bot .*point DATABASE_URL at another database/);
    const nowhere = 'postgres://bot:secret-password@127.0.0.1:9/none';
    const refused = openPgStore({ url: nowhere, key: KEY, logger });
    await expect(refused).rejects.toThrow(/cannot be used \(ECONNREFUSED\); check that the server is running/);
    await expect(refused).rejects.not.toThrow(/secret-password/);
  });
});
