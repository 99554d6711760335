/**
 * The store in PostgreSQL (DATABASE_URL), for workers on several machines: the same tables as the SQLite file,
 * migrated by version at start-up under an advisory lock, so workers starting together migrate once. Members are
 * kept by pseudonym with the same key (PSEUDONYM_KEY) as the SQLite store. The server serialises writers itself:
 * a write is saved or, if the server cannot be reached, failed — never queued in a worker's memory.
 */
import pg from 'pg';
import type { Logger } from '../log.js';
import type { QuizAnswer, Saved } from './bot-store.js';
import { StoreUnavailable } from './bot-store.js';
import { StoreError } from './errors.js';
import { pseudonymizer } from './secret.js';
import type { SharedStore } from './shared-store.js';
import { type FeedbackReport, type Holdings, MEMBER_ROWS, normalizeQuestion, type PostClaim, type QuizScore, THREAD_TURNS_KEPT, type Vote } from './store.js';

/** Each entry moves the schema one version on; never edit one that has shipped, add another. */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE feedback (user_hash TEXT NOT NULL, question TEXT NOT NULL, passage_id TEXT NOT NULL,
     vote SMALLINT NOT NULL CHECK (vote IN (-1, 1)), at BIGINT NOT NULL, PRIMARY KEY (user_hash, question, passage_id));
   CREATE TABLE abstentions (id BIGSERIAL PRIMARY KEY, question TEXT NOT NULL, normalized TEXT NOT NULL, at BIGINT NOT NULL, user_hash TEXT);
   CREATE INDEX abstentions_normalized ON abstentions (normalized);
   CREATE INDEX abstentions_user ON abstentions (user_hash);
   CREATE TABLE questions (key TEXT PRIMARY KEY, question TEXT NOT NULL, at BIGINT NOT NULL);
   CREATE TABLE threads (thread_id TEXT PRIMARY KEY, updated_at BIGINT NOT NULL);
   CREATE TABLE thread_turns (thread_id TEXT NOT NULL, seq INTEGER NOT NULL, user_hash TEXT, turn TEXT NOT NULL, PRIMARY KEY (thread_id, seq));
   CREATE INDEX thread_turns_user ON thread_turns (user_hash);
   CREATE TABLE quiz_questions (id TEXT PRIMARY KEY, channel_id TEXT NOT NULL, data TEXT NOT NULL, at BIGINT NOT NULL);
   CREATE TABLE quiz_asked (channel_id TEXT NOT NULL, fact_key TEXT NOT NULL, PRIMARY KEY (channel_id, fact_key));
   CREATE TABLE quiz_scores (channel_id TEXT NOT NULL, user_id TEXT NOT NULL, "right" INTEGER NOT NULL DEFAULT 0, wrong INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (channel_id, user_id));
   CREATE TABLE quiz_answers (question_id TEXT NOT NULL, user_hash TEXT NOT NULL, PRIMARY KEY (question_id, user_hash));
   CREATE INDEX quiz_answers_user ON quiz_answers (user_hash);`,
  // Private answers posted to their channel, so each is posted once: the private message's id, and the post's.
  `CREATE TABLE posts (message_id TEXT PRIMARY KEY, posted_id TEXT, at BIGINT NOT NULL);`,
];

/** The advisory lock the migrations run under: any fixed number, the same in every worker. */
const MIGRATION_LOCK = 4_212_001;

/** Brings the schema to the latest version, once, whichever worker gets the lock first. Returns the versions applied. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const current = Number((await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0].v);
    if (current > PG_MIGRATIONS.length) throw new StoreError(`the database was made by a newer version of the bot (schema ${current})`);
    const applied: number[] = [];
    for (let version = current + 1; version <= PG_MIGRATIONS.length; version += 1) {
      await client.query('BEGIN');
      try {
        await client.query(PG_MIGRATIONS[version - 1]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

export interface PgStoreOptions {
  url: string;
  /** PSEUDONYM_KEY: with several machines there is no shared DATA_DIR/secret.key to fall back on. */
  key: string;
  logger: Logger;
}

/** Connects, migrates and checks the pseudonym key; throws a StoreError that says what to do. */
export async function openPgStore({ url, key, logger }: PgStoreOptions): Promise<SharedStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5_000 });
  // An idle connection the server dropped is replaced at the next query; without a listener it would crash the worker.
  pool.on('error', (error) => logger.warn({ err: error }, 'a database connection was lost; reconnecting on the next query'));
  const pseudonym = pseudonymizer(key);
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) logger.info({ versions: applied }, 'database migrated');
    const check = pseudonym('pseudonym key check').slice(0, 16);
    await pool.query("INSERT INTO meta (key, value) VALUES ('key_check', $1) ON CONFLICT (key) DO NOTHING", [check]);
    const known = (await pool.query("SELECT value FROM meta WHERE key = 'key_check'")).rows[0]?.value as string | undefined;
    if (known !== check) logger.warn('the pseudonym key is not the one this database was made with: earlier votes, questions and quiz answers can no longer be matched to members (restore the old PSEUDONYM_KEY to match them again)');
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw new StoreError(`${error.message}; update the bot, or point DATABASE_URL at another database`);
    // The server's message names the host, database and user that failed, never the password.
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    throw new StoreError(`the database in DATABASE_URL cannot be used (${reason}); check that the server is running and that the URL's host, port, database, user and password are right`);
  }
  logger.info('store opened (PostgreSQL)');
  let closed = false;

  const write = async (what: string, run: () => Promise<unknown>): Promise<Saved> => {
    try {
      await run();
      return 'saved';
    } catch (error) {
      logger.warn({ err: error, write: what }, 'could not write to the store');
      return 'failed';
    }
  };
  const read = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      logger.warn({ err: error }, 'could not read the store');
      throw new StoreUnavailable(false);
    }
  };
  /** Runs `body` in one transaction on one connection. */
  const transaction = async <T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const who = (userId: string, by: 'pseudonym' | 'id'): string => (by === 'id' ? userId : pseudonym(userId));
  const totals = (vote: 1 | -1): string => `COALESCE(SUM(CASE WHEN vote = ${vote} THEN 1 ELSE 0 END), 0)::int`;

  return {
    get available() {
      return !closed;
    },
    vote: (userId: string, question: string, passageId: string, vote: Vote) =>
      write('vote', () =>
        pool.query(
          `INSERT INTO feedback (user_hash, question, passage_id, vote, at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (user_hash, question, passage_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
          [pseudonym(userId), question, passageId, vote === 'up' ? 1 : -1, Date.now()],
        ),
      ),
    saveQuizQuestion: (id, channelId, question, factKey) =>
      write('quiz question', () =>
        transaction(async (client) => {
          await client.query('INSERT INTO quiz_questions (id, channel_id, data, at) VALUES ($1, $2, $3, $4)', [id, channelId, JSON.stringify(question), Date.now()]);
          await client.query('INSERT INTO quiz_asked (channel_id, fact_key) VALUES ($1, $2) ON CONFLICT DO NOTHING', [channelId, factKey]);
        }),
      ),
    async answerQuiz(questionId, channelId, userId, right): Promise<QuizAnswer> {
      try {
        return await transaction(async (client) => {
          const first = (await client.query('INSERT INTO quiz_answers (question_id, user_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING', [questionId, pseudonym(userId)])).rowCount === 1;
          if (!first) return 'again';
          // The quiz table names members in public: it is the one place that keeps their id.
          await client.query(
            `INSERT INTO quiz_scores (channel_id, user_id, "right", wrong) VALUES ($1, $2, $3, $4)
             ON CONFLICT (channel_id, user_id) DO UPDATE SET "right" = quiz_scores."right" + excluded."right", wrong = quiz_scores.wrong + excluded.wrong`,
            [channelId, userId, right ? 1 : 0, right ? 0 : 1],
          );
          return 'counted';
        });
      } catch (error) {
        logger.warn({ err: error, write: 'quiz answer' }, 'could not write to the store');
        return 'failed';
      }
    },
    async forget(userId) {
      try {
        return await transaction(async (client) => {
          const counts: Array<[keyof Holdings, number]> = [];
          for (const [kind, rows, by] of MEMBER_ROWS) counts.push([kind, (await client.query(`DELETE FROM ${rows('$1')}`, [who(userId, by)])).rowCount ?? 0]);
          return Object.fromEntries(counts) as unknown as Holdings;
        });
      } catch (error) {
        logger.warn({ err: error }, 'could not delete a member’s data');
        return null;
      }
    },
    rememberQuestion: (key, question) =>
      write('question', () => pool.query('INSERT INTO questions (key, question, at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET at = excluded.at', [key, question, Date.now()])),
    claimPost: (messageId) =>
      read(async (): Promise<PostClaim> => {
        // The primary key decides between workers: one insert wins, the others find its row.
        if ((await pool.query('INSERT INTO posts (message_id, at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [messageId, Date.now()])).rowCount === 1) return { kind: 'claimed' };
        return { kind: 'posted', postedId: ((await pool.query('SELECT posted_id FROM posts WHERE message_id = $1', [messageId])).rows[0]?.posted_id as string | null | undefined) ?? null };
      }),
    postedAs: async (messageId, postedId) => (await write('posted answer', () => pool.query('UPDATE posts SET posted_id = $1 WHERE message_id = $2', [postedId, messageId]))) === 'saved',
    releasePost: async (messageId) => (await write('post not made', () => pool.query('DELETE FROM posts WHERE message_id = $1 AND posted_id IS NULL', [messageId]))) === 'saved',
    abstained: async (userId, question) =>
      (await write('unanswered question', () => pool.query('INSERT INTO abstentions (question, normalized, at, user_hash) VALUES ($1, $2, $3, $4)', [question, normalizeQuestion(question), Date.now(), pseudonym(userId)]))) === 'saved',
    addThreadTurn: async (threadId, userId, turn) =>
      (await write('thread turn', () =>
        transaction(async (client) => {
          // The upsert locks the thread's row: two workers adding turns at once take turns.
          await client.query('INSERT INTO threads (thread_id, updated_at) VALUES ($1, $2) ON CONFLICT (thread_id) DO UPDATE SET updated_at = excluded.updated_at', [threadId, Date.now()]);
          await client.query('INSERT INTO thread_turns (thread_id, seq, user_hash, turn) SELECT $1, COALESCE(MAX(seq), -1) + 1, $2, $3 FROM thread_turns WHERE thread_id = $1', [threadId, pseudonym(userId), JSON.stringify(turn)]);
          await client.query('DELETE FROM thread_turns WHERE thread_id = $1 AND seq <= (SELECT MAX(seq) FROM thread_turns WHERE thread_id = $1) - $2', [threadId, THREAD_TURNS_KEPT]);
        }),
      )) === 'saved',
    resetAskedFacts: async (channelId) => (await write('quiz pool reset', () => pool.query('DELETE FROM quiz_asked WHERE channel_id = $1', [channelId]))) === 'saved',
    question: (key) => read(async () => ((await pool.query('SELECT question FROM questions WHERE key = $1', [key])).rows[0]?.question as string | undefined) ?? null),
    quizQuestion: <T>(id: string) =>
      read(async () => {
        const row = (await pool.query('SELECT data FROM quiz_questions WHERE id = $1', [id])).rows[0] as { data: string } | undefined;
        return row ? (JSON.parse(row.data) as T) : null;
      }),
    askedFacts: (channelId) => read(async () => new Set((await pool.query('SELECT fact_key FROM quiz_asked WHERE channel_id = $1', [channelId])).rows.map((r: { fact_key: string }) => r.fact_key))),
    quizScores: (channelId) =>
      read(async () => (await pool.query('SELECT user_id AS "userId", "right", wrong FROM quiz_scores WHERE channel_id = $1 ORDER BY "right" DESC, wrong ASC LIMIT 25', [channelId])).rows as QuizScore[]),
    holdings: (userId) =>
      read(async () => {
        const counts: Array<[keyof Holdings, number]> = [];
        for (const [kind, rows, by] of MEMBER_ROWS) counts.push([kind, Number((await pool.query(`SELECT COUNT(*) AS n FROM ${rows('$1')}`, [who(userId, by)])).rows[0].n)]);
        return Object.fromEntries(counts) as unknown as Holdings;
      }),
    report: (limit = 10) =>
      read(async (): Promise<FeedbackReport> => {
        const sums = (await pool.query(`SELECT ${totals(1)} AS up, ${totals(-1)} AS down FROM feedback`)).rows[0] as { up: number; down: number };
        const unanswered = (await pool.query('SELECT MIN(question) AS question, COUNT(*)::int AS count FROM abstentions GROUP BY normalized ORDER BY count DESC, MAX(at) DESC LIMIT $1', [limit])).rows;
        const disliked = (
          await pool.query(`SELECT passage_id AS "passageId", ${totals(-1)} AS down, ${totals(1)} AS up FROM feedback GROUP BY passage_id HAVING ${totals(-1)} > 0 ORDER BY down DESC, up ASC LIMIT $1`, [limit])
        ).rows;
        return { unanswered, disliked, up: sums.up, down: sums.down, upShare: sums.up + sums.down === 0 ? null : sums.up / (sums.up + sums.down) };
      }),
    async threadTurns<T>(threadId: string) {
      try {
        if ((await pool.query('SELECT 1 FROM threads WHERE thread_id = $1', [threadId])).rowCount === 0) return null;
        return (await pool.query('SELECT turn FROM thread_turns WHERE thread_id = $1 ORDER BY seq', [threadId])).rows.map((row: { turn: string }) => JSON.parse(row.turn) as T);
      } catch (error) {
        logger.warn({ err: error }, 'could not read a thread’s turns');
        return null;
      }
    },
    async close() {
      closed = true;
      await pool.end();
    },
  };
}
