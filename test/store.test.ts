import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../src/store/store.js';
import { feedbackToEval } from '../scripts/eval.js';

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the feedback store', () => {
  it('creates its schema on first open and opens again at the same version', () => {
    const dir = fresh();
    openStore(dir).close();
    const db = new Database(join(dir, 'bot.sqlite'));
    const version = db.pragma('user_version', { simple: true });
    db.close();
    expect(version).toBe(3);
    const again = openStore(dir);
    expect(again.available).toBe(true);
    again.close();
  });

  it('keeps one vote per user and answer, changed not doubled, under a hash of the user id', () => {
    const dir = fresh();
    const store = openStore(dir);
    expect(store.vote('111111111111111111', 'What is RATS?', 'p16', 'up')).toBe(true);
    store.vote('111111111111111111', 'What is RATS?', 'p16', 'down');
    store.vote('222222222222222222', 'What is RATS?', 'p16', 'down');
    store.vote('222222222222222222', 'Who wrote this paper?', 'p22', 'up');
    const report = store.report();
    expect(report).toMatchObject({ up: 1, down: 2, upShare: 1 / 3, disliked: [{ passageId: 'p16', down: 2, up: 0 }] });
    store.close();
    expect(readFileSync(join(dir, 'bot.sqlite')).includes('111111111111111111')).toBe(false);
  });

  it('counts the questions it could not answer, the most asked first', () => {
    const store = openStore(fresh());
    store.abstained('What is the weather?');
    store.abstained('what is the WEATHER');
    store.abstained('Recommend a pizza');
    expect(store.report().unanswered).toEqual([
      { question: expect.stringMatching(/weather/i), count: 2 },
      { question: 'Recommend a pizza', count: 1 },
    ]);
    store.close();
  });

  it('turns 👍 answers into evaluation lines whose gold is in the passage', () => {
    const store = openStore(fresh());
    store.vote('1', 'What did India donate to Tajikistan?', 'p18', 'up');
    store.vote('2', 'What is RATS?', 'p16', 'down');
    const text = 'India’s relation with Tajikistan has more weightage than the other CARs.';
    expect(feedbackToEval(store.upvoted(), (id) => (id === 'p18' ? text : undefined))).toEqual([
      { q: 'What did India donate to Tajikistan?', gold: ['india’s relation with tajikistan has more weightage than'] },
    ]);
    store.close();
  });

  it('keeps thread context and quiz state across a restart', () => {
    const dir = fresh();
    const store = openStore(dir);
    store.saveThreadTurns('900', [{ question: 'What did India donate to Tajikistan?' }]);
    store.saveQuizQuestion('q1', 'chan', { correct: 2 }, 'p18:5:India');
    store.answerQuiz('q1', 'chan', 'alice', true);
    store.close();
    const reopened = openStore(dir);
    expect(reopened.threadTurns('900')).toEqual([{ question: 'What did India donate to Tajikistan?' }]);
    expect(reopened.threadTurns('901')).toBeNull();
    expect(reopened.quizQuestion('q1')).toEqual({ correct: 2 });
    expect(reopened.askedFacts('chan')).toEqual(new Set(['p18:5:India']));
    expect(reopened.answerQuiz('q1', 'chan', 'alice', false)).toBe(false);
    expect(reopened.quizScores('chan')).toEqual([{ userId: 'alice', right: 1, wrong: 0 }]);
    reopened.resetAskedFacts('chan');
    expect(reopened.askedFacts('chan').size).toBe(0);
    reopened.close();
  });

  it('reports a folder it cannot write with what to do', () => {
    const dir = fresh();
    // a file where the data folder should be: no user, root included, can make a folder inside it
    writeFileSync(join(dir, 'taken'), '');
    expect(() => openStore(join(dir, 'taken', 'data'))).toThrow(StoreError);
    expect(() => openStore(join(dir, 'taken', 'data'))).toThrow(/cannot be opened for writing \(ENOTDIR\); set DATA_DIR to a folder this user can write/);
  });

  it('answers false, and reports, when the database is locked by another process, then works again', () => {
    const dir = fresh();
    const errors: unknown[] = [];
    const store = openStore(dir, (error) => errors.push(error));
    const other = new Database(join(dir, 'bot.sqlite'), { timeout: 0 });
    other.exec('BEGIN EXCLUSIVE');
    const started = Date.now();
    expect(store.vote('1', 'q', 'p1', 'up')).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(errors).toHaveLength(1);
    other.exec('ROLLBACK');
    other.close();
    expect(store.vote('1', 'q', 'p1', 'up')).toBe(true);
    store.close();
  });
});
