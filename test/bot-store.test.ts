/** The store as the bot uses it, with another connection holding the database's lock. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { openBotStore, StoreUnavailable } from '../src/store/bot-store.js';
import { openStore } from '../src/store/store.js';

const KEY = 'test-pseudonym-key-0123456789abcdef';
const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const undo of cleanup.splice(0).reverse()) undo();
});

function setUp(prepare?: (dir: string) => void) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bot-store-'));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  prepare?.(dataDir);
  const logs: Array<Record<string, unknown>> = [];
  const waiting: Array<{ msg: string; resolve: () => void }> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).trim().split('\n')) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        for (const w of waiting.filter((x) => x.msg === entry.msg)) w.resolve();
      }
      done();
    },
  });
  const store = openBotStore({ dataDir, key: KEY, logger: createLogger('info', destination) });
  cleanup.push(() => store.close());
  /** Resolves once the store logs `msg`. */
  const logged = (msg: string): Promise<void> => (logs.some((l) => l.msg === msg) ? Promise.resolve() : new Promise((resolve) => waiting.push({ msg, resolve })));
  /** What is in the database, read through a connection of its own. */
  const saved = <T>(read: (s: ReturnType<typeof openStore>) => T): T => {
    const direct = openStore(dataDir, { key: KEY });
    try {
      return read(direct);
    } finally {
      direct.close();
    }
  };
  return { dataDir, store, logs, logged, saved };
}

/** Another connection holding the write lock, as another process would. */
function lock(dataDir: string): () => void {
  const other = new Database(join(dataDir, 'bot.sqlite'), { timeout: 0 });
  other.exec('BEGIN EXCLUSIVE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

describe('the bot’s store under a lock', () => {
  it('saves at once when the database is free', () => {
    const { store, saved } = setUp();
    expect(store.vote('111', 'What is RATS?', 'p16', 'up')).toBe('saved');
    // Before the answer is sent, so that another worker can answer its buttons.
    expect(store.rememberQuestion('key0123456', 'a long question')).toBe('saved');
    expect(saved((s) => s.question('key0123456'))).toBe('a long question');
    expect(store.answerQuiz('q1', 'chan', '111', true)).toBe('counted');
    expect(store.answerQuiz('q1', 'chan', '111', true)).toBe('again');
    expect(saved((s) => s.report().up)).toBe(1);
  });

  it('queues what a reply depends on, says so, shows it to reads, and saves it in order once the lock clears', async () => {
    const { dataDir, store, logs, logged, saved } = setUp();
    store.saveQuizQuestion('q1', 'chan', { correct: 0 }, 'fact');
    const unlock = lock(dataDir);
    expect(store.vote('111', 'What is RATS?', 'p16', 'up')).toBe('queued');
    expect(store.vote('111', 'What is RATS?', 'p16', 'down')).toBe('queued');
    expect(store.answerQuiz('q1', 'chan', '111', true)).toBe('queued');
    // A second press while the first is queued is a second answer, not a second chance.
    expect(store.answerQuiz('q1', 'chan', '111', false)).toBe('again');
    expect(store.saveQuizQuestion('q2', 'chan', { correct: 3 }, 'other fact')).toBe('queued');
    expect(store.quizQuestion('q2')).toEqual({ correct: 3 });
    expect(store.rememberQuestion('key0123456', 'a long question')).toBe('queued');
    expect(store.question('key0123456')).toBe('a long question');
    expect(store.addThreadTurn('900', '111', { question: 'first' })).toBe(true);
    expect(store.threadTurns('900')).toEqual([{ question: 'first' }]);
    expect(store.abstained('111', 'What is the weather?')).toBe(true);
    // Deleting is never queued: nothing is deleted, and the member is told so; nor is a count given that misses queued writes.
    expect(store.forget('111')).toBeNull();
    expect(() => store.holdings('111')).toThrow(expect.objectContaining({ busy: true }));
    expect(logs.map((l) => l.msg)).toContain('store busy: another process holds the database lock; writes are queued and retried');
    expect(saved((s) => s.report())).toMatchObject({ up: 0, down: 0 });

    unlock();
    await logged('store free again: queued writes saved');
    expect(saved((s) => [s.report().down, s.report().up, s.quizScores('chan'), s.quizQuestion('q2'), s.question('key0123456'), s.threadTurns('900'), s.report().unanswered.length])).toEqual([
      1,
      0,
      [{ userId: '111', right: 1, wrong: 0 }],
      { correct: 3 },
      'a long question',
      [{ question: 'first' }],
      1,
    ]);
    expect(store.forget('111')).toEqual({ votes: 1, unanswered: 1, threadTurns: 1, quizAnswers: 1, quizScores: 1 });
  });

  it('opens a database locked at start-up once it is free, keeping what was written meanwhile', async () => {
    let unlock = (): void => undefined;
    const { store, logs, logged, saved } = setUp((dir) => {
      // A database another process created and holds, not yet in write-ahead mode: nobody else may even read it.
      const other = new Database(join(dir, 'bot.sqlite'));
      other.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
      unlock = () => {
        other.exec('COMMIT');
        other.close();
      };
    });
    expect(store.available).toBe(false);
    expect(logs.map((l) => l.msg)).toContain('store locked by another process at start-up: answering meanwhile, and opening it once it is free');
    expect(store.vote('111', 'What is RATS?', 'p16', 'up')).toBe('queued');
    expect(() => store.quizScores('chan')).toThrow(StoreUnavailable);
    expect(() => store.quizScores('chan')).toThrow(expect.objectContaining({ busy: true }));
    expect(store.threadTurns('900')).toBeNull();
    unlock();
    await logged('store free again: queued writes saved');
    expect(store.available).toBe(true);
    expect(saved((s) => s.report().up)).toBe(1);
  });

  it('answers without a database it cannot use, and says the writes failed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-store-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'taken'), '');
    const store = openBotStore({ dataDir: join(dir, 'taken', 'data'), key: KEY, logger: createLogger('silent') });
    expect(store.available).toBe(false);
    expect(store.vote('111', 'q', 'p1', 'up')).toBe('failed');
    expect(store.abstained('111', 'q')).toBe(false);
    expect(store.forget('111')).toBeNull();
    expect(() => store.holdings('111')).toThrow(expect.objectContaining({ busy: false }));
    store.close();
  });
});
