import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { pseudonymizer, pseudonymKey } from '../src/store/secret.js';
import { openStore, StoreError } from '../src/store/store.js';
import { feedbackToEval } from '../scripts/eval.js';
import { fileBytes, rowsMentioning } from './helpers/store.js';

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ALICE = '111111111111111111';
const BOB = '222222222222222222';
const CAROL = '333333333333333333';

let quizzes = 0;
/** Everything a member does that the store keeps. */
function useAsMember(store: ReturnType<typeof openStore>, userId: string): void {
  store.vote(userId, 'What is RATS?', 'p16', 'up');
  store.abstained(userId, 'What is the weather in Paris?');
  store.addThreadTurn('900', userId, { question: 'What did India donate to Tajikistan?' });
  quizzes += 1;
  store.saveQuizQuestion(`q${quizzes}`, 'chan', { correct: 1 }, `p18:${quizzes}`);
  store.answerQuiz(`q${quizzes}`, 'chan', userId, true);
}

describe('the feedback store', () => {
  it('creates its schema on first open and opens again at the same version', () => {
    const dir = fresh();
    openStore(dir).close();
    const db = new Database(join(dir, 'bot.sqlite'));
    const version = db.pragma('user_version', { simple: true });
    db.close();
    expect(version).toBe(5);
    openStore(dir).close();
  });

  it('keeps one vote per member and answer, changed not doubled', () => {
    const store = openStore(fresh());
    store.vote(ALICE, 'What is RATS?', 'p16', 'up');
    store.vote(ALICE, 'What is RATS?', 'p16', 'down');
    store.vote(BOB, 'What is RATS?', 'p16', 'down');
    store.vote(BOB, 'Who wrote this paper?', 'p22', 'up');
    expect(store.report()).toMatchObject({ up: 1, down: 2, upShare: 1 / 3, disliked: [{ passageId: 'p16', down: 2, up: 0 }] });
    store.close();
  });

  it('counts the questions it could not answer, the most asked first', () => {
    const store = openStore(fresh());
    store.abstained(ALICE, 'What is the weather?');
    store.abstained(BOB, 'what is the WEATHER');
    store.abstained(ALICE, 'Recommend a pizza');
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

  it('keeps thread context, the questions behind buttons and quiz state across a restart', () => {
    const dir = fresh();
    const store = openStore(dir);
    store.addThreadTurn('900', ALICE, { question: 'What did India donate to Tajikistan?' });
    store.addThreadTurn('900', BOB, { question: 'and when?' });
    store.rememberQuestion('key0123456', 'a long question');
    store.saveQuizQuestion('q1', 'chan', { correct: 2 }, 'p18:5:India');
    expect(store.answerQuiz('q1', 'chan', 'alice', true)).toBe(true);
    store.close();
    const reopened = openStore(dir);
    expect(reopened.threadTurns('900')).toEqual([{ question: 'What did India donate to Tajikistan?' }, { question: 'and when?' }]);
    expect(reopened.threadTurns('901')).toBeNull();
    expect(reopened.question('key0123456')).toBe('a long question');
    expect(reopened.quizQuestion('q1')).toEqual({ correct: 2 });
    expect(reopened.askedFacts('chan')).toEqual(new Set(['p18:5:India']));
    expect(reopened.hasAnsweredQuiz('q1', 'alice')).toBe(true);
    expect(reopened.answerQuiz('q1', 'chan', 'alice', false)).toBe(false);
    expect(reopened.quizScores('chan')).toEqual([{ userId: 'alice', right: 1, wrong: 0 }]);
    reopened.resetAskedFacts('chan');
    expect(reopened.askedFacts('chan').size).toBe(0);
    reopened.close();
  });

  it('keeps the last 20 turns of a thread', () => {
    const store = openStore(fresh());
    for (let i = 0; i < 25; i += 1) store.addThreadTurn('900', ALICE, { question: `q${i}` });
    const turns = store.threadTurns<{ question: string }>('900')!;
    expect(turns).toHaveLength(20);
    expect(turns[0]!.question).toBe('q5');
    expect(turns.at(-1)!.question).toBe('q24');
    store.close();
  });

  it('reports a folder it cannot write with what to do', () => {
    const dir = fresh();
    // a file where the data folder should be: no user, root included, can make a folder inside it
    writeFileSync(join(dir, 'taken'), '');
    expect(() => openStore(join(dir, 'taken', 'data'), { key: 'k'.repeat(32) })).toThrow(StoreError);
    expect(() => openStore(join(dir, 'taken', 'data'), { key: 'k'.repeat(32) })).toThrow(/cannot be opened for writing \(ENOTDIR\); set DATA_DIR to a folder this user can write/);
    expect(() => openStore(join(dir, 'taken', 'data'))).toThrow(/secret\.key cannot be read \(ENOTDIR\); set DATA_DIR to a folder this user can write, or set PSEUDONYM_KEY/);
  });

  it('fails busy at once, not after seconds, when another process holds the lock, then works again', () => {
    const dir = fresh();
    const store = openStore(dir, { busyTimeoutMs: 5 });
    const other = new Database(join(dir, 'bot.sqlite'), { timeout: 0 });
    other.exec('BEGIN EXCLUSIVE');
    expect(() => store.vote('1', 'q', 'p1', 'up')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    // Readers are not held up by a writer's lock (write-ahead log).
    expect(store.report().up).toBe(0);
    other.exec('ROLLBACK');
    other.close();
    store.vote('1', 'q', 'p1', 'up');
    expect(store.report().up).toBe(1);
    store.close();
  });
});

describe('pseudonyms', () => {
  it('make a key of their own on first start, 0600, outside the database, and keep it', () => {
    const dir = fresh();
    openStore(dir).close();
    const file = join(dir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = readFileSync(file, 'utf8').trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymKey(dir, null)).toBe(key);
    expect(pseudonymKey(dir, 'from-the-environment-0123456789abcdef')).toBe('from-the-environment-0123456789abcdef');
  });

  it('leave no raw member id outside the quiz table, and no key, in the database file', () => {
    const dir = fresh();
    const store = openStore(dir);
    useAsMember(store, ALICE);
    store.vote(BOB, 'What is RATS?', 'p16', 'down');
    store.abstained(BOB, 'Recommend a pizza');
    store.addThreadTurn('901', BOB, { question: 'What is RATS?' });
    store.close();
    expect(rowsMentioning(dir, ALICE)).toEqual({ quiz_scores: 1 });
    expect(rowsMentioning(dir, BOB)).toEqual({});
    const bytes = fileBytes(dir);
    expect(bytes).not.toContain(BOB);
    expect(bytes).not.toContain(readFileSync(join(dir, 'secret.key'), 'utf8').trim());
  });

  it('are stable across restarts, and differ under another key', () => {
    const dir = fresh();
    const first = openStore(dir);
    first.vote(ALICE, 'What is RATS?', 'p16', 'up');
    first.close();
    const again = openStore(dir);
    // The same member voting again after a restart changes their vote: the same pseudonym.
    again.vote(ALICE, 'What is RATS?', 'p16', 'down');
    expect(again.report()).toMatchObject({ up: 0, down: 1 });
    expect(again.holdings(ALICE).votes).toBe(1);
    again.close();
    const key = pseudonymKey(dir, null);
    expect(rowsMentioning(dir, pseudonymizer(key)(ALICE))).toEqual({ feedback: 1 });

    const notices: string[] = [];
    const other = openStore(dir, { key: 'another-key-0123456789abcdef0123456789', onNotice: (n) => notices.push(n) });
    expect(notices).toEqual([expect.stringMatching(/^the pseudonym key is not the one this store was made with/)]);
    expect(other.holdings(ALICE).votes).toBe(0);
    other.vote(ALICE, 'What is RATS?', 'p16', 'up');
    other.close();
    expect(pseudonymizer('another-key-0123456789abcdef0123456789')(ALICE)).not.toBe(pseudonymizer(key)(ALICE));
    expect(rowsMentioning(dir, pseudonymizer('another-key-0123456789abcdef0123456789')(ALICE))).toEqual({ feedback: 1 });
  });

  it('are migrated from the salted hashes: quiz answers re-keyed, old votes kept but no one’s, the salt gone', () => {
    const dir = fresh();
    // The store as the previous version left it: schema 3, a salt beside sha256(salt:id), raw ids in quiz answers.
    const old = new Database(join(dir, 'bot.sqlite'));
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE feedback (user_hash TEXT NOT NULL, question TEXT NOT NULL, passage_id TEXT NOT NULL, vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), at INTEGER NOT NULL, PRIMARY KEY (user_hash, question, passage_id));
      CREATE TABLE abstentions (id INTEGER PRIMARY KEY, question TEXT NOT NULL, normalized TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX abstentions_normalized ON abstentions (normalized);
      CREATE TABLE threads (thread_id TEXT PRIMARY KEY, turns TEXT NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE quiz_questions (id TEXT PRIMARY KEY, channel_id TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE TABLE quiz_asked (channel_id TEXT NOT NULL, fact_key TEXT NOT NULL, PRIMARY KEY (channel_id, fact_key));
      CREATE TABLE quiz_scores (channel_id TEXT NOT NULL, user_id TEXT NOT NULL, right INTEGER NOT NULL DEFAULT 0, wrong INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (channel_id, user_id));
      CREATE TABLE quiz_answers (question_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (question_id, user_id));
      PRAGMA user_version = 3;`);
    const salt = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const salted = (id: string) => createHash('sha256').update(`${salt}:${id}`).digest('hex');
    old.prepare("INSERT INTO meta VALUES ('salt', ?)").run(salt);
    old.prepare('INSERT INTO feedback VALUES (?, ?, ?, ?, ?)').run(salted(BOB), 'What is RATS?', 'p16', 1, 1);
    old.prepare('INSERT INTO abstentions (question, normalized, at) VALUES (?, ?, ?)').run('Recommend a pizza', 'recommend a pizza', 1);
    old.prepare('INSERT INTO threads VALUES (?, ?, ?)').run('900', JSON.stringify([{ question: 'first' }, { question: 'second' }]), 1);
    old.prepare('INSERT INTO quiz_questions VALUES (?, ?, ?, ?)').run('q1', 'chan', '{"correct":0}', 1);
    old.prepare('INSERT INTO quiz_answers VALUES (?, ?)').run('q1', CAROL);
    old.prepare('INSERT INTO quiz_scores VALUES (?, ?, ?, ?)').run('chan', CAROL, 1, 0);
    old.close();

    const notices: string[] = [];
    const store = openStore(dir, { onNotice: (n) => notices.push(n) });
    expect(notices).toEqual(['1 votes from before pseudonyms were keyed outside the database are kept anonymously: they count in reports, but /forget-me cannot find them']);
    expect(store.report()).toMatchObject({ up: 1, unanswered: [{ question: 'Recommend a pizza', count: 1 }] });
    expect(store.threadTurns('900')).toEqual([{ question: 'first' }, { question: 'second' }]);
    expect(store.hasAnsweredQuiz('q1', CAROL)).toBe(true);
    expect(store.answerQuiz('q1', 'chan', CAROL, true)).toBe(false);
    expect(store.holdings(CAROL)).toEqual({ votes: 0, unanswered: 0, threadTurns: 0, quizAnswers: 1, quizScores: 1 });
    store.close();
    expect(rowsMentioning(dir, CAROL)).toEqual({ quiz_scores: 1 });
    expect(fileBytes(dir)).not.toContain(salt);
    expect(fileBytes(dir)).not.toContain(BOB);
  });
});

describe('forgetting a member', () => {
  it('deletes every row about them, the quiz table included, and nobody else’s', () => {
    const dir = fresh();
    const store = openStore(dir);
    useAsMember(store, ALICE);
    useAsMember(store, BOB);
    store.addThreadTurn('900', ALICE, { question: 'and what about Kazakhstan?' });
    expect(store.holdings(ALICE)).toEqual({ votes: 1, unanswered: 1, threadTurns: 2, quizAnswers: 1, quizScores: 1 });
    expect(store.forget(ALICE)).toEqual({ votes: 1, unanswered: 1, threadTurns: 2, quizAnswers: 1, quizScores: 1 });
    expect(store.holdings(ALICE)).toEqual({ votes: 0, unanswered: 0, threadTurns: 0, quizAnswers: 0, quizScores: 0 });
    expect(store.holdings(BOB)).toEqual({ votes: 1, unanswered: 1, threadTurns: 1, quizAnswers: 1, quizScores: 1 });
    // The thread goes on with the turns of those who stay.
    expect(store.threadTurns('900')).toEqual([{ question: 'What did India donate to Tajikistan?' }]);
    const pseudonym = pseudonymizer(pseudonymKey(dir, null))(ALICE);
    store.close();
    expect(rowsMentioning(dir, ALICE)).toEqual({});
    expect(rowsMentioning(dir, pseudonym)).toEqual({});
    expect(fileBytes(dir)).not.toContain(pseudonym);
  });
});
