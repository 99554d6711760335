/**
 * The store as the bot uses it: a locked database never holds up an answer. Statements wait at most
 * BUSY_TIMEOUT_MS for another connection's lock; a write that meets a lock is queued and retried off the reply
 * path, in order, until the lock clears, and reads see the writes still queued. A database locked at start-up
 * is opened as soon as it is free; one that cannot be used at all (an unwritable folder, a newer schema) is
 * reported once and the bot answers without it. Replies that depend on a write are told whether it was saved,
 * queued or failed, so they can say so truthfully.
 */
import type { Logger } from '../log.js';
import { isBusy, StoreError } from './errors.js';
import { pseudonymKey } from './secret.js';
import { type FeedbackReport, type Holdings, openStore, type PostClaim, type QuizScore, type Store, THREAD_TURNS_KEPT, type Vote } from './store.js';

/** How long one statement may wait for another process's lock: the most a lock can hold up the event loop. */
export const BUSY_TIMEOUT_MS = 5;
/** A locked database is tried again after this long, doubling up to RETRY_MAX_MS. */
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2_000;
/** Writes kept while the database is locked; past this, new ones fail (and say so). */
const MAX_QUEUED = 10_000;

/** Whether a write is in the database, waiting for a lock to clear, or lost. */
export type Saved = 'saved' | 'queued' | 'failed';
/** A member's quiz answer: counted now, counted once the database is free, a second answer, or not taken. */
export type QuizAnswer = 'counted' | 'queued' | 'again' | 'failed';

/** A read the database cannot serve now: busy (try again in a moment) or not available at all. */
export class StoreUnavailable extends Error {
  constructor(readonly busy: boolean) {
    super(busy ? 'the bot’s database is busy' : 'the bot’s database is not available');
  }
}

export interface BotStore {
  /** True while the database is open. */
  readonly available: boolean;

  // Writes whose reply depends on them: tried at once, queued if the database is busy.
  vote(userId: string, question: string, passageId: string, vote: Vote): Saved;
  saveQuizQuestion<T>(id: string, channelId: string, question: T, factKey: string): Saved;
  answerQuiz(questionId: string, channelId: string, userId: string, right: boolean): QuizAnswer;
  /** Deletes everything about a member now, or returns null and changes nothing (busy or unavailable). */
  forget(userId: string): Holdings | null;
  /**
   * The question behind an answer's buttons, when its title cannot hold it: saved before the answer is sent, so
   * another worker (HTTP mode) can answer the buttons.
   */
  rememberQuestion(key: string, question: string): Saved;
  /**
   * Claims posting a private answer to its channel, now or not at all (throws StoreUnavailable): a claim queued
   * behind a lock would prove nothing, and the answer could be posted twice.
   */
  claimPost(messageId: string): PostClaim;

  // Writes off the reply path: queued and saved after the reply; false if they will not be.
  abstained(userId: string, question: string): boolean;
  addThreadTurn<T>(threadId: string, userId: string, turn: T): boolean;
  resetAskedFacts(channelId: string): boolean;
  postedAs(messageId: string, postedId: string): boolean;
  releasePost(messageId: string): boolean;

  // Reads: throw StoreUnavailable when the database cannot be read now.
  question(key: string): string | null;
  quizQuestion<T>(id: string): T | null;
  askedFacts(channelId: string): Set<string>;
  quizScores(channelId: string): QuizScore[];
  holdings(userId: string): Holdings;
  /** What `npm run feedback-report` prints: the 👍 share, unanswered questions most asked first, the most 👎. */
  report(limit?: number): FeedbackReport;
  /** A thread's turns; null when the bot did not start it or it cannot be read now (a follow-up is then answered alone). */
  threadTurns<T>(threadId: string): T[] | null;

  /** Tries once more to save what is queued, then closes the database. */
  close(): void;
}

interface Queued {
  what: string;
  run: (store: Store) => void;
  /** What reads see until the write lands: a value under a key. */
  shows?: { key: string; value: unknown };
}

export interface BotStoreOptions {
  dataDir: string;
  /** PSEUDONYM_KEY, or null for DATA_DIR/secret.key. */
  key: string | null;
  logger: Logger;
  busyTimeoutMs?: number;
}

export function openBotStore({ dataDir, key, logger, busyTimeoutMs = BUSY_TIMEOUT_MS }: BotStoreOptions): BotStore {
  let store: Store | null = null;
  /** Why the database cannot be used at all; null while it is open or only locked. */
  let unusable: string | null = null;
  const queue: Queued[] = [];
  const pending = new Map<string, unknown[]>();
  let retry: NodeJS.Timeout | null = null;
  let retryMs = RETRY_MIN_MS;
  let flushScheduled = false;
  let busySince: number | null = null;
  let savedSinceBusy = 0;

  const giveUp = (reason: string): void => {
    unusable = reason;
    logger.warn({ reason, lost: queue.length }, 'feedback store unavailable: answering without feedback, threads or quiz scores');
    process.stderr.write(`Feedback store unavailable: ${reason}. The bot answers without saving feedback.\n`);
    queue.length = 0;
    pending.clear();
  };

  /** Opens the database if it is not open yet; false while it is locked or unusable. */
  const open = (): boolean => {
    if (store) return true;
    if (unusable !== null) return false;
    try {
      store = openStore(dataDir, { key: pseudonymKey(dataDir, key), busyTimeoutMs, onNotice: (message) => logger.warn({ dataDir }, message) });
      logger.info({ dataDir }, 'store opened');
      return true;
    } catch (error) {
      if (isBusy(error)) return false;
      giveUp(error instanceof StoreError ? error.message : String(error));
      return false;
    }
  };

  const busy = (): void => {
    if (busySince === null) {
      busySince = Date.now();
      savedSinceBusy = 0;
      logger.warn({ queued: queue.length }, 'store busy: another process holds the database lock; writes are queued and retried');
    }
    retry = setTimeout(() => {
      retry = null;
      flush();
    }, retryMs).unref();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const landed = (write: Queued): void => {
    if (!write.shows) return;
    const values = pending.get(write.shows.key)!;
    values.shift();
    if (values.length === 0) pending.delete(write.shows.key);
  };

  /** Saves the queue in order until it is empty or the database is busy. */
  const flush = (): void => {
    flushScheduled = false;
    if (!open()) {
      if (unusable === null) busy();
      return;
    }
    while (queue.length > 0) {
      const write = queue[0]!;
      try {
        write.run(store!);
        savedSinceBusy += 1;
      } catch (error) {
        if (isBusy(error)) return busy();
        logger.warn({ err: error, write: write.what }, 'a queued write failed and was dropped');
      }
      queue.shift();
      landed(write);
    }
    if (busySince !== null) {
      logger.info({ saved: savedSinceBusy, waitedMs: Date.now() - busySince }, 'store free again: queued writes saved');
      busySince = null;
    }
    retryMs = RETRY_MIN_MS;
  };

  const enqueue = (write: Queued): boolean => {
    if (unusable !== null) return false;
    if (queue.length >= MAX_QUEUED) {
      logger.warn({ write: write.what, queued: queue.length }, 'store busy too long: a write was not kept');
      return false;
    }
    queue.push(write);
    if (write.shows) pending.set(write.shows.key, [...(pending.get(write.shows.key) ?? []), write.shows.value]);
    return true;
  };

  /** A write off the reply path: saved once the current reply is on its way. */
  const later = (write: Queued): boolean => {
    if (!enqueue(write)) return false;
    if (!retry && !flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
    return true;
  };

  /** A write the reply depends on: saved now if the database lets it, else queued behind the others. */
  const now = <R>(write: Omit<Queued, 'run'> & { run: (store: Store) => R }): { saved: Saved; result?: R } => {
    if (unusable !== null) return { saved: 'failed' };
    // While a lock holds, the retry timer tries; a reply does not wait for it.
    if (queue.length > 0 && !retry) flush();
    if (store && queue.length === 0) {
      try {
        return { saved: 'saved', result: write.run(store) };
      } catch (error) {
        if (!isBusy(error)) {
          logger.warn({ err: error, write: write.what }, 'could not write to the store');
          return { saved: 'failed' };
        }
      }
    }
    if (!enqueue(write)) return { saved: 'failed' };
    if (!retry) busy();
    return { saved: 'queued' };
  };

  const read = <T>(run: (store: Store) => T): T => {
    // While the database is locked at start-up, the retry timer opens it; a read does not wait for it.
    if (!store) throw new StoreUnavailable(unusable === null);
    try {
      return run(store);
    } catch (error) {
      if (isBusy(error)) throw new StoreUnavailable(true);
      throw error;
    }
  };
  const shown = <T>(key: string): T[] => (pending.get(key) ?? []) as T[];

  if (!open() && unusable === null) {
    logger.warn({ dataDir }, 'store locked by another process at start-up: answering meanwhile, and opening it once it is free');
    busy();
  }

  return {
    get available() {
      return store !== null;
    },
    vote: (userId, question, passageId, vote) => now({ what: 'vote', run: (s) => s.vote(userId, question, passageId, vote) }).saved,
    saveQuizQuestion: (id, channelId, question, factKey) =>
      now({ what: 'quiz question', run: (s) => s.saveQuizQuestion(id, channelId, question, factKey), shows: { key: `quiz:${id}`, value: question } }).saved,
    answerQuiz(questionId, channelId, userId, right) {
      const key = `answered:${questionId}:${userId}`;
      if (pending.has(key) || read((s) => s.hasAnsweredQuiz(questionId, userId))) return 'again';
      const { saved, result } = now({ what: 'quiz answer', run: (s) => s.answerQuiz(questionId, channelId, userId, right), shows: { key, value: true } });
      if (saved === 'saved') return result ? 'counted' : 'again';
      return saved;
    },
    forget(userId) {
      if (queue.length > 0 && !retry) flush();
      // Not queued: a member told "deleted" must find nothing left, even after a restart.
      if (!store || queue.length > 0) return null;
      try {
        return store.forget(userId);
      } catch (error) {
        if (!isBusy(error)) logger.warn({ err: error }, 'could not delete a member’s data');
        return null;
      }
    },
    claimPost(messageId) {
      if (queue.length > 0 && !retry) flush();
      const claim = read((s) => s.claimPost(messageId));
      return claim.kind === 'posted' ? { kind: 'posted', postedId: shown<string>(`posted:${messageId}`).at(-1) ?? claim.postedId } : claim;
    },
    postedAs: (messageId, postedId) => later({ what: 'posted answer', run: (s) => s.postedAs(messageId, postedId), shows: { key: `posted:${messageId}`, value: postedId } }),
    releasePost: (messageId) => later({ what: 'post not made', run: (s) => s.releasePost(messageId) }),
    abstained: (userId, question) => later({ what: 'unanswered question', run: (s) => s.abstained(userId, question) }),
    rememberQuestion: (key, question) => now({ what: 'question', run: (s) => s.rememberQuestion(key, question), shows: { key: `question:${key}`, value: question } }).saved,
    addThreadTurn: (threadId, userId, turn) => later({ what: 'thread turn', run: (s) => s.addThreadTurn(threadId, userId, turn), shows: { key: `turns:${threadId}`, value: turn } }),
    resetAskedFacts: (channelId) => later({ what: 'quiz pool reset', run: (s) => s.resetAskedFacts(channelId) }),
    question: (key) => shown<string>(`question:${key}`).at(-1) ?? read((s) => s.question(key)),
    quizQuestion: <T>(id: string) => shown<T>(`quiz:${id}`).at(-1) ?? read((s) => s.quizQuestion<T>(id)),
    askedFacts: (channelId) => read((s) => s.askedFacts(channelId)),
    quizScores: (channelId) => read((s) => s.quizScores(channelId)),
    // Writes still queued may be about this member: no count is given that leaves them out.
    holdings: (userId) => read((s) => {
      if (queue.length > 0) throw new StoreUnavailable(true);
      return s.holdings(userId);
    }),
    report: (limit) => read((s) => s.report(limit)),
    threadTurns<T>(threadId: string) {
      let saved: T[] | null;
      try {
        saved = read((s) => s.threadTurns<T>(threadId));
      } catch (error) {
        if (!(error instanceof StoreUnavailable)) throw error;
        saved = null;
      }
      const queued = shown<T>(`turns:${threadId}`);
      if (saved === null && queued.length === 0) return null;
      return [...(saved ?? []), ...queued].slice(-THREAD_TURNS_KEPT);
    },
    close() {
      if (retry) clearTimeout(retry);
      retry = null;
      flush();
      if (retry) clearTimeout(retry);
      if (queue.length > 0) logger.warn({ lost: queue.length }, 'store still busy at shutdown: queued writes not saved');
      store?.close();
      store = null;
      unusable = 'closed';
    },
  };
}
