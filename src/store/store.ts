/**
 * The bot's memory on disk (SQLite through better-sqlite3): votes on answers, questions it could not answer,
 * the context of discussion threads, and quiz questions and scores. The schema is created on first open and
 * migrated by version number. A store that cannot be opened or written is reported in one clear line; the
 * bot then keeps answering with the disabled store, which remembers nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Each entry moves the schema one version on; never edit one that has shipped, add another. */
const MIGRATIONS: string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE feedback (
     user_hash TEXT NOT NULL, question TEXT NOT NULL, passage_id TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), at INTEGER NOT NULL,
     PRIMARY KEY (user_hash, question, passage_id));
   CREATE TABLE abstentions (id INTEGER PRIMARY KEY, question TEXT NOT NULL, normalized TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE INDEX abstentions_normalized ON abstentions (normalized);`,
  `CREATE TABLE threads (thread_id TEXT PRIMARY KEY, turns TEXT NOT NULL, updated_at INTEGER NOT NULL);`,
  `CREATE TABLE quiz_questions (id TEXT PRIMARY KEY, channel_id TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE TABLE quiz_asked (channel_id TEXT NOT NULL, fact_key TEXT NOT NULL, PRIMARY KEY (channel_id, fact_key));
   CREATE TABLE quiz_scores (channel_id TEXT NOT NULL, user_id TEXT NOT NULL, right INTEGER NOT NULL DEFAULT 0, wrong INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (channel_id, user_id));
   CREATE TABLE quiz_answers (question_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (question_id, user_id));`,
];

export type Vote = 'up' | 'down';

export interface FeedbackReport {
  /** Questions the bot could not answer, most asked first. */
  unanswered: Array<{ question: string; count: number }>;
  /** Passages with the most 👎. */
  disliked: Array<{ passageId: string; down: number; up: number }>;
  up: number;
  down: number;
  /** Share of votes that were 👍, or null with no votes. */
  upShare: number | null;
}

export interface QuizScore {
  userId: string;
  right: number;
  wrong: number;
}

export interface Store {
  /** False for the disabled store: nothing is remembered. */
  readonly available: boolean;
  /** Records a vote; the same user voting again on the same answer changes their vote. False if not saved. */
  vote(userId: string, question: string, passageId: string, vote: Vote): boolean;
  abstained(question: string): boolean;
  report(limit?: number): FeedbackReport;
  /** Every 👍 answer: the question and the passage it was given, for growing the evaluation set. */
  upvoted(): Array<{ question: string; passageId: string }>;
  threadTurns<T>(threadId: string): T[] | null;
  saveThreadTurns<T>(threadId: string, turns: T[]): boolean;
  saveQuizQuestion<T>(id: string, channelId: string, question: T, factKey: string): boolean;
  quizQuestion<T>(id: string): T | null;
  /** Fact keys already asked in a channel since its pool was last spent. */
  askedFacts(channelId: string): Set<string>;
  /** Starts a channel's pool afresh once every fact has been asked. */
  resetAskedFacts(channelId: string): void;
  /** Records one member's answer to a quiz question; false if they had answered it already. */
  answerQuiz(questionId: string, channelId: string, userId: string, right: boolean): boolean;
  quizScores(channelId: string): QuizScore[];
  close(): void;
}

export class StoreError extends Error {}

const normalizeQuestion = (question: string): string => question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A store that remembers nothing, for when the database cannot be used. */
export const disabledStore: Store = {
  available: false,
  vote: () => false,
  abstained: () => false,
  report: () => ({ unanswered: [], disliked: [], up: 0, down: 0, upShare: null }),
  upvoted: () => [],
  threadTurns: () => null,
  saveThreadTurns: () => false,
  saveQuizQuestion: () => false,
  quizQuestion: () => null,
  askedFacts: () => new Set(),
  resetAskedFacts: () => undefined,
  answerQuiz: () => false,
  quizScores: () => [],
  close: () => undefined,
};

/** Opens (creating and migrating) `DATA_DIR/bot.sqlite`. Throws a StoreError that says what to do. */
export function openStore(dataDir: string, onWriteError: (error: unknown) => void = () => undefined): Store {
  const file = join(dataDir, 'bot.sqlite');
  let db: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(file, { timeout: 2_000 });
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps every commit safe from a crash of the bot without an fsync per vote.
    db.pragma('synchronous = NORMAL');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > MIGRATIONS.length) throw new StoreError(`${file} was made by a newer version of the bot (schema ${version})`);
    db.transaction(() => {
      for (let v = version; v < MIGRATIONS.length; v += 1) db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${MIGRATIONS.length}`);
    })();
  } catch (error) {
    const reason = error instanceof StoreError ? error.message : `${file} cannot be opened for writing (${(error as { code?: string }).code ?? (error as Error).message})`;
    throw new StoreError(`${reason}; set DATA_DIR to a folder this user can write, or free the database if another process holds it`);
  }

  const salt = (db.prepare('SELECT value FROM meta WHERE key = ?').get('salt') as { value: string } | undefined)?.value ?? (() => {
    const fresh = randomBytes(16).toString('hex');
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('salt', fresh);
    return fresh;
  })();
  /** Votes are kept by a salted hash of the user id, never the id itself. */
  const userHash = (userId: string): string => createHash('sha256').update(`${salt}:${userId}`).digest('hex');

  /** A write that fails (a locked or read-only database) is reported and answered with false. */
  const write = (run: () => void): boolean => {
    try {
      run();
      return true;
    } catch (error) {
      onWriteError(error);
      return false;
    }
  };

  const statements = {
    vote: db.prepare(`INSERT INTO feedback (user_hash, question, passage_id, vote, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (user_hash, question, passage_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`),
    abstained: db.prepare('INSERT INTO abstentions (question, normalized, at) VALUES (?, ?, ?)'),
    unanswered: db.prepare(`SELECT MIN(question) AS question, COUNT(*) AS count FROM abstentions GROUP BY normalized ORDER BY count DESC, MAX(at) DESC LIMIT ?`),
    disliked: db.prepare(`SELECT passage_id AS passageId, SUM(vote = -1) AS down, SUM(vote = 1) AS up FROM feedback GROUP BY passage_id HAVING down > 0 ORDER BY down DESC, up ASC LIMIT ?`),
    totals: db.prepare('SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down FROM feedback'),
    upvoted: db.prepare('SELECT DISTINCT question, passage_id AS passageId FROM feedback WHERE vote = 1 ORDER BY question'),
    threadTurns: db.prepare('SELECT turns FROM threads WHERE thread_id = ?'),
    saveThread: db.prepare(`INSERT INTO threads (thread_id, turns, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (thread_id) DO UPDATE SET turns = excluded.turns, updated_at = excluded.updated_at`),
    saveQuiz: db.prepare('INSERT INTO quiz_questions (id, channel_id, data, at) VALUES (?, ?, ?, ?)'),
    markAsked: db.prepare('INSERT OR IGNORE INTO quiz_asked (channel_id, fact_key) VALUES (?, ?)'),
    quiz: db.prepare('SELECT data FROM quiz_questions WHERE id = ?'),
    asked: db.prepare('SELECT fact_key AS factKey FROM quiz_asked WHERE channel_id = ?'),
    resetAsked: db.prepare('DELETE FROM quiz_asked WHERE channel_id = ?'),
    answered: db.prepare('INSERT OR IGNORE INTO quiz_answers (question_id, user_id) VALUES (?, ?)'),
    score: db.prepare(`INSERT INTO quiz_scores (channel_id, user_id, right, wrong) VALUES (?, ?, ?, ?)
      ON CONFLICT (channel_id, user_id) DO UPDATE SET right = right + excluded.right, wrong = wrong + excluded.wrong`),
    scores: db.prepare('SELECT user_id AS userId, right, wrong FROM quiz_scores WHERE channel_id = ? ORDER BY right DESC, wrong ASC LIMIT 25'),
  };

  return {
    available: true,
    vote: (userId, question, passageId, vote) => write(() => statements.vote.run(userHash(userId), question, passageId, vote === 'up' ? 1 : -1, Date.now())),
    abstained: (question) => write(() => statements.abstained.run(question, normalizeQuestion(question), Date.now())),
    report(limit = 10) {
      const totals = statements.totals.get() as { up: number; down: number };
      return {
        unanswered: statements.unanswered.all(limit) as FeedbackReport['unanswered'],
        disliked: statements.disliked.all(limit) as FeedbackReport['disliked'],
        up: totals.up,
        down: totals.down,
        upShare: totals.up + totals.down === 0 ? null : totals.up / (totals.up + totals.down),
      };
    },
    upvoted: () => statements.upvoted.all() as Array<{ question: string; passageId: string }>,
    threadTurns<T>(threadId: string) {
      const row = statements.threadTurns.get(threadId) as { turns: string } | undefined;
      return row ? (JSON.parse(row.turns) as T[]) : null;
    },
    saveThreadTurns: (threadId, turns) => write(() => statements.saveThread.run(threadId, JSON.stringify(turns), Date.now())),
    saveQuizQuestion: (id, channelId, question, factKey) =>
      write(() =>
        db.transaction(() => {
          statements.saveQuiz.run(id, channelId, JSON.stringify(question), Date.now());
          statements.markAsked.run(channelId, factKey);
        })(),
      ),
    quizQuestion<T>(id: string) {
      const row = statements.quiz.get(id) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as T) : null;
    },
    askedFacts: (channelId) => new Set((statements.asked.all(channelId) as Array<{ factKey: string }>).map((r) => r.factKey)),
    resetAskedFacts: (channelId) => void write(() => statements.resetAsked.run(channelId)),
    answerQuiz(questionId, channelId, userId, right) {
      let first = false;
      write(() =>
        db.transaction(() => {
          first = statements.answered.run(questionId, userId).changes === 1;
          if (first) statements.score.run(channelId, userId, right ? 1 : 0, right ? 0 : 1);
        })(),
      );
      return first;
    },
    quizScores: (channelId) => statements.scores.all(channelId) as QuizScore[],
    close: () => db.close(),
  };
}
