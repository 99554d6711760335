/**
 * The bot's memory on disk (SQLite through better-sqlite3): votes on answers, questions it could not answer,
 * the questions behind answers whose title cannot hold them, the context of discussion threads, and quiz
 * questions and scores. The schema is created on first open and migrated by version number.
 *
 * Members appear only as pseudonyms, HMAC-SHA-256 of their id under a key kept outside the database
 * (`./secret.ts`), except on the quiz table, which names them in public anyway. Every call here runs at once
 * and throws what SQLite throws; the bot reaches the store through `./bot-store.ts`, which never lets a locked
 * database hold up an answer.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isBusy, StoreError } from './errors.js';
import { pseudonymizer, pseudonymKey } from './secret.js';
import { makeDirectory } from '../paths.js';

export { StoreError } from './errors.js';

type Migration = string | ((db: Database.Database, pseudonym: (userId: string) => string) => string | null);

/** Each entry moves the schema one version on; never edit one that has shipped, add another. */
const MIGRATIONS: Migration[] = [
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
  // Pseudonyms keyed outside the database; who asked what, so /forget-me can find it; long questions behind buttons.
  (db, pseudonym) => {
    db.exec(`CREATE TABLE questions (key TEXT PRIMARY KEY, question TEXT NOT NULL, at INTEGER NOT NULL);
      ALTER TABLE abstentions ADD COLUMN user_hash TEXT;
      CREATE INDEX abstentions_user ON abstentions (user_hash);
      CREATE TABLE thread_turns (thread_id TEXT NOT NULL, seq INTEGER NOT NULL, user_hash TEXT, turn TEXT NOT NULL, PRIMARY KEY (thread_id, seq));
      CREATE INDEX thread_turns_user ON thread_turns (user_hash);
      ALTER TABLE quiz_answers RENAME COLUMN user_id TO user_hash;
      CREATE INDEX quiz_answers_user ON quiz_answers (user_hash);`);
    // Turns saved before now name nobody: they stay as thread context, unattributed.
    const insertTurn = db.prepare('INSERT INTO thread_turns (thread_id, seq, user_hash, turn) VALUES (?, ?, NULL, ?)');
    for (const row of db.prepare('SELECT thread_id AS threadId, turns FROM threads').all() as Array<{ threadId: string; turns: string }>) {
      (JSON.parse(row.turns) as unknown[]).forEach((turn, seq) => insertTurn.run(row.threadId, seq, JSON.stringify(turn)));
    }
    db.exec('ALTER TABLE threads DROP COLUMN turns');
    // Quiz answers held raw ids: re-keyed. Votes held sha256(salt:id) with the salt beside them: the salt goes,
    // which leaves those votes counted but belonging to no one (nobody can recompute or invert the old hashes).
    db.function('pseudonym', { deterministic: true }, (id) => pseudonym(String(id)));
    db.exec('UPDATE quiz_answers SET user_hash = pseudonym(user_hash)');
    const salted = (db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n;
    db.prepare("DELETE FROM meta WHERE key = 'salt'").run();
    return salted > 0 ? `${salted} votes from before pseudonyms were keyed outside the database are kept anonymously: they count in reports, but /forget-me cannot find them` : null;
  },
  // Private answers posted to their channel, so each is posted once: the private message's id, and the post's.
  `CREATE TABLE posts (message_id TEXT PRIMARY KEY, posted_id TEXT, at INTEGER NOT NULL);`,
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

/** What the store keeps about one member, row counts by kind. */
export interface Holdings {
  votes: number;
  unanswered: number;
  threadTurns: number;
  quizAnswers: number;
  /** Channels whose quiz table lists them. */
  quizScores: number;
}

/** Whether a private answer may be posted to its channel now: it is this press's to post, or was posted as `postedId` (null until known). */
export type PostClaim = { kind: 'claimed' } | { kind: 'posted'; postedId: string | null };

/** A thread remembers this many turns: enough for its context, bounded so a long thread stays small. */
export const THREAD_TURNS_KEPT = 20;

/**
 * Every table that refers to a member, and how: by pseudonym, or (the public quiz table) by id; the rows as SQL
 * with the backend's placeholder for the member ("?" in SQLite, "$1" in PostgreSQL).
 */
export const MEMBER_ROWS: ReadonlyArray<readonly [keyof Holdings, (placeholder: string) => string, 'pseudonym' | 'id']> = [
  ['votes', (p) => `feedback WHERE user_hash = ${p}`, 'pseudonym'],
  ['unanswered', (p) => `abstentions WHERE user_hash = ${p}`, 'pseudonym'],
  ['threadTurns', (p) => `thread_turns WHERE user_hash = ${p}`, 'pseudonym'],
  ['quizAnswers', (p) => `quiz_answers WHERE user_hash = ${p}`, 'pseudonym'],
  ['quizScores', (p) => `quiz_scores WHERE user_id = ${p}`, 'id'],
];

export interface Store {
  /** Records a vote; the same member voting again on the same answer changes their vote. */
  vote(userId: string, question: string, passageId: string, vote: Vote): void;
  /** Records a question the bot could not answer, and who asked it. */
  abstained(userId: string, question: string): void;
  /** Keeps the question behind an answer's buttons under its key. */
  rememberQuestion(key: string, question: string): void;
  question(key: string): string | null;
  /** A discussion thread's turns, oldest first; null when the bot did not start the thread. */
  threadTurns<T>(threadId: string): T[] | null;
  /** Adds a turn to a thread (starting it), asked by `userId`, keeping the last THREAD_TURNS_KEPT. */
  addThreadTurn<T>(threadId: string, userId: string, turn: T): void;
  /** Claims posting the private answer in message `messageId` to its channel: the first claim wins, once for good. */
  claimPost(messageId: string): PostClaim;
  /** Records the message a claimed answer was posted as. */
  postedAs(messageId: string, postedId: string): void;
  /** Gives a claim up when its post failed, so the answer can be posted by another press. */
  releasePost(messageId: string): void;
  saveQuizQuestion<T>(id: string, channelId: string, question: T, factKey: string): void;
  quizQuestion<T>(id: string): T | null;
  /** Fact keys already asked in a channel since its pool was last spent. */
  askedFacts(channelId: string): Set<string>;
  /** Starts a channel's pool afresh once every fact has been asked. */
  resetAskedFacts(channelId: string): void;
  hasAnsweredQuiz(questionId: string, userId: string): boolean;
  /** Records one member's answer to a quiz question; false if they had answered it already. */
  answerQuiz(questionId: string, channelId: string, userId: string, right: boolean): boolean;
  quizScores(channelId: string): QuizScore[];
  holdings(userId: string): Holdings;
  /** Deletes every row about a member, quiz table included; returns what was deleted. */
  forget(userId: string): Holdings;
  report(limit?: number): FeedbackReport;
  /** Every 👍 answer: the question and the passage it was given, for growing the evaluation set. */
  upvoted(): Array<{ question: string; passageId: string }>;
  close(): void;
}

export interface StoreOptions {
  /** The pseudonym key; default the one in `dataDir/secret.key`, made if there is none. */
  key?: string;
  /** How long a statement waits for another connection's lock before it fails busy, ms. Default 2,000. */
  busyTimeoutMs?: number;
  /** Told what a migration did, or that the key is not the one the store was made with. */
  onNotice?: (message: string) => void;
}

export const normalizeQuestion = (question: string): string => question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Opens (creating and migrating) `DATA_DIR/bot.sqlite`. Throws a StoreError that says what to do, or, when
 * another connection holds the lock it needs, SQLite's own busy error, so the caller can try again.
 */
export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  const file = join(dataDir, 'bot.sqlite');
  const key = options.key ?? pseudonymKey(dataDir, null);
  const pseudonym = pseudonymizer(key);
  let db: Database.Database | undefined;
  try {
    makeDirectory(dataDir);
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 2_000 });
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps every commit safe from a crash of the bot without an fsync per vote.
    db.pragma('synchronous = NORMAL');
    // Deleted rows (a member's, by /forget-me) are overwritten, not left in free pages of the file.
    db.pragma('secure_delete = ON');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > MIGRATIONS.length) throw new StoreError(`${file} was made by a newer version of the bot (schema ${version})`);
    if (version < MIGRATIONS.length) {
      const database = db;
      const notes = database.transaction(() => {
        const said: string[] = [];
        for (let v = version; v < MIGRATIONS.length; v += 1) {
          const migration = MIGRATIONS[v]!;
          const note = typeof migration === 'string' ? (database.exec(migration), null) : migration(database, pseudonym);
          if (note) said.push(note);
        }
        database.pragma(`user_version = ${MIGRATIONS.length}`);
        return said;
      })();
      // What the migration removed (the old salt, raw ids) leaves the write-ahead log too.
      database.pragma('wal_checkpoint(TRUNCATE)');
      for (const note of notes) options.onNotice?.(note);
    }
    // A short check value, so a changed key is noticed rather than silently orphaning every pseudonym.
    const check = pseudonym('pseudonym key check').slice(0, 16);
    const known = (db.prepare("SELECT value FROM meta WHERE key = 'key_check'").get() as { value: string } | undefined)?.value;
    if (known === undefined) db.prepare("INSERT INTO meta (key, value) VALUES ('key_check', ?)").run(check);
    else if (known !== check) options.onNotice?.('the pseudonym key is not the one this store was made with: earlier votes, questions and quiz answers can no longer be matched to members (restore the old PSEUDONYM_KEY or DATA_DIR/secret.key to match them again)');
  } catch (error) {
    db?.close();
    if (isBusy(error)) throw error;
    const reason = error instanceof StoreError ? error.message : `${file} cannot be opened for writing (${(error as { code?: string }).code ?? (error as Error).message})`;
    throw new StoreError(`${reason}; set DATA_DIR to a folder this user can write, or free the database if another process holds it`);
  }
  const database = db;

  const statements = {
    vote: db.prepare(`INSERT INTO feedback (user_hash, question, passage_id, vote, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (user_hash, question, passage_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`),
    abstained: db.prepare('INSERT INTO abstentions (question, normalized, at, user_hash) VALUES (?, ?, ?, ?)'),
    remember: db.prepare('INSERT INTO questions (key, question, at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET at = excluded.at'),
    question: db.prepare('SELECT question FROM questions WHERE key = ?'),
    unanswered: db.prepare(`SELECT MIN(question) AS question, COUNT(*) AS count FROM abstentions GROUP BY normalized ORDER BY count DESC, MAX(at) DESC LIMIT ?`),
    disliked: db.prepare(`SELECT passage_id AS passageId, SUM(vote = -1) AS down, SUM(vote = 1) AS up FROM feedback GROUP BY passage_id HAVING down > 0 ORDER BY down DESC, up ASC LIMIT ?`),
    totals: db.prepare('SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down FROM feedback'),
    upvoted: db.prepare('SELECT DISTINCT question, passage_id AS passageId FROM feedback WHERE vote = 1 ORDER BY question'),
    thread: db.prepare('SELECT 1 FROM threads WHERE thread_id = ?'),
    threadTurns: db.prepare('SELECT turn FROM thread_turns WHERE thread_id = ? ORDER BY seq'),
    touchThread: db.prepare('INSERT INTO threads (thread_id, updated_at) VALUES (?, ?) ON CONFLICT (thread_id) DO UPDATE SET updated_at = excluded.updated_at'),
    addTurn: db.prepare('INSERT INTO thread_turns (thread_id, seq, user_hash, turn) SELECT @thread, COALESCE(MAX(seq), -1) + 1, @user, @turn FROM thread_turns WHERE thread_id = @thread'),
    trimTurns: db.prepare('DELETE FROM thread_turns WHERE thread_id = @thread AND seq <= (SELECT MAX(seq) FROM thread_turns WHERE thread_id = @thread) - @keep'),
    claimPost: db.prepare('INSERT OR IGNORE INTO posts (message_id, at) VALUES (?, ?)'),
    post: db.prepare('SELECT posted_id AS postedId FROM posts WHERE message_id = ?'),
    postedAs: db.prepare('UPDATE posts SET posted_id = ? WHERE message_id = ?'),
    releasePost: db.prepare('DELETE FROM posts WHERE message_id = ? AND posted_id IS NULL'),
    saveQuiz: db.prepare('INSERT INTO quiz_questions (id, channel_id, data, at) VALUES (?, ?, ?, ?)'),
    markAsked: db.prepare('INSERT OR IGNORE INTO quiz_asked (channel_id, fact_key) VALUES (?, ?)'),
    quiz: db.prepare('SELECT data FROM quiz_questions WHERE id = ?'),
    asked: db.prepare('SELECT fact_key AS factKey FROM quiz_asked WHERE channel_id = ?'),
    resetAsked: db.prepare('DELETE FROM quiz_asked WHERE channel_id = ?'),
    hasAnswered: db.prepare('SELECT 1 FROM quiz_answers WHERE question_id = ? AND user_hash = ?'),
    answered: db.prepare('INSERT OR IGNORE INTO quiz_answers (question_id, user_hash) VALUES (?, ?)'),
    score: db.prepare(`INSERT INTO quiz_scores (channel_id, user_id, right, wrong) VALUES (?, ?, ?, ?)
      ON CONFLICT (channel_id, user_id) DO UPDATE SET right = right + excluded.right, wrong = wrong + excluded.wrong`),
    scores: db.prepare('SELECT user_id AS userId, right, wrong FROM quiz_scores WHERE channel_id = ? ORDER BY right DESC, wrong ASC LIMIT 25'),
  };
  const counting = MEMBER_ROWS.map(([kind, rows, by]) => [kind, db.prepare(`SELECT COUNT(*) AS n FROM ${rows('?')}`), by] as const);
  const deleting = MEMBER_ROWS.map(([kind, rows, by]) => [kind, db.prepare(`DELETE FROM ${rows('?')}`), by] as const);
  const who = (userId: string, by: 'pseudonym' | 'id'): string => (by === 'id' ? userId : pseudonym(userId));

  return {
    vote: (userId, question, passageId, vote) => void statements.vote.run(pseudonym(userId), question, passageId, vote === 'up' ? 1 : -1, Date.now()),
    abstained: (userId, question) => void statements.abstained.run(question, normalizeQuestion(question), Date.now(), pseudonym(userId)),
    rememberQuestion: (key, question) => void statements.remember.run(key, question, Date.now()),
    question: (key) => (statements.question.get(key) as { question: string } | undefined)?.question ?? null,
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
      if (!statements.thread.get(threadId)) return null;
      return (statements.threadTurns.all(threadId) as Array<{ turn: string }>).map((row) => JSON.parse(row.turn) as T);
    },
    addThreadTurn: (threadId, userId, turn) =>
      database.transaction(() => {
        statements.touchThread.run(threadId, Date.now());
        statements.addTurn.run({ thread: threadId, user: pseudonym(userId), turn: JSON.stringify(turn) });
        statements.trimTurns.run({ thread: threadId, keep: THREAD_TURNS_KEPT });
      })(),
    claimPost(messageId) {
      if (statements.claimPost.run(messageId, Date.now()).changes === 1) return { kind: 'claimed' };
      return { kind: 'posted', postedId: (statements.post.get(messageId) as { postedId: string | null }).postedId };
    },
    postedAs: (messageId, postedId) => void statements.postedAs.run(postedId, messageId),
    releasePost: (messageId) => void statements.releasePost.run(messageId),
    saveQuizQuestion: (id, channelId, question, factKey) =>
      database.transaction(() => {
        statements.saveQuiz.run(id, channelId, JSON.stringify(question), Date.now());
        statements.markAsked.run(channelId, factKey);
      })(),
    quizQuestion<T>(id: string) {
      const row = statements.quiz.get(id) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as T) : null;
    },
    askedFacts: (channelId) => new Set((statements.asked.all(channelId) as Array<{ factKey: string }>).map((r) => r.factKey)),
    resetAskedFacts: (channelId) => void statements.resetAsked.run(channelId),
    hasAnsweredQuiz: (questionId, userId) => statements.hasAnswered.get(questionId, pseudonym(userId)) !== undefined,
    answerQuiz: (questionId, channelId, userId, right) =>
      database.transaction(() => {
        const first = statements.answered.run(questionId, pseudonym(userId)).changes === 1;
        // The quiz table names members in public: it is the one place that keeps their id.
        if (first) statements.score.run(channelId, userId, right ? 1 : 0, right ? 0 : 1);
        return first;
      })(),
    quizScores: (channelId) => statements.scores.all(channelId) as QuizScore[],
    holdings(userId) {
      const counts = counting.map(([kind, statement, by]) => [kind, (statement.get(who(userId, by)) as { n: number }).n]);
      return Object.fromEntries(counts) as Holdings;
    },
    forget(userId) {
      const counts = database.transaction(() => deleting.map(([kind, statement, by]) => [kind, statement.run(who(userId, by)).changes]))();
      // The deleted rows leave the write-ahead log too (when no reader holds it; else at the next checkpoint).
      database.pragma('wal_checkpoint(TRUNCATE)');
      return Object.fromEntries(counts) as Holdings;
    },
    close: () => database.close(),
  };
}
