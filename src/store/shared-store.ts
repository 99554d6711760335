/**
 * The store as the handlers see it, whichever database holds it: asynchronous, so a database server
 * (PostgreSQL, ./pg-store.ts) serves it as well as the SQLite file (./bot-store.ts). The outcomes are the same:
 * a write the reply depends on says whether it was saved, queued or failed; a read the database cannot serve
 * throws StoreUnavailable.
 */
import type { BotStore, QuizAnswer, Saved } from './bot-store.js';
import type { FeedbackReport, Holdings, PostClaim, QuizScore, Vote } from './store.js';

export interface SharedStore {
  /** True while the database can be used. */
  readonly available: boolean;

  vote(userId: string, question: string, passageId: string, vote: Vote): Promise<Saved>;
  saveQuizQuestion<T>(id: string, channelId: string, question: T, factKey: string): Promise<Saved>;
  answerQuiz(questionId: string, channelId: string, userId: string, right: boolean): Promise<QuizAnswer>;
  /** Deletes everything about a member now, or returns null and changes nothing. */
  forget(userId: string): Promise<Holdings | null>;
  /** The question behind an answer's buttons, saved before the answer is sent so any worker can answer them. */
  rememberQuestion(key: string, question: string): Promise<Saved>;
  /**
   * Claims posting the private answer in message `messageId` to its channel: the first claim of any worker wins,
   * for good; later ones learn the message it was posted as, once known. Throws StoreUnavailable rather than guess.
   */
  claimPost(messageId: string): Promise<PostClaim>;

  /** Writes off the reply path: resolve once saved (or queued behind a lock); false if they will not be. They never reject. */
  abstained(userId: string, question: string): Promise<boolean>;
  addThreadTurn<T>(threadId: string, userId: string, turn: T): Promise<boolean>;
  resetAskedFacts(channelId: string): Promise<boolean>;
  /** Records the message a claimed answer was posted as. */
  postedAs(messageId: string, postedId: string): Promise<boolean>;
  /** Gives a claim up when its post failed, so another press can post the answer. */
  releasePost(messageId: string): Promise<boolean>;

  question(key: string): Promise<string | null>;
  quizQuestion<T>(id: string): Promise<T | null>;
  askedFacts(channelId: string): Promise<Set<string>>;
  quizScores(channelId: string): Promise<QuizScore[]>;
  holdings(userId: string): Promise<Holdings>;
  report(limit?: number): Promise<FeedbackReport>;
  /** A thread's turns; null when the bot did not start it or it cannot be read now. */
  threadTurns<T>(threadId: string): Promise<T[] | null>;

  close(): Promise<void>;
}

/** The SQLite store saves writes off the reply path in the next turn of the event loop: this waits for that turn. */
const saving = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A write the SQLite store queues off the reply path, as a promise of whether it will be kept, settled once it is saved. */
const afterSaving =
  <A extends unknown[]>(write: (...args: A) => boolean) =>
  async (...args: A): Promise<boolean> => {
    const kept = write(...args);
    await saving();
    return kept;
  };

/** The SQLite store (one machine): its synchronous calls, answered as promises. */
export function sharedFromLocal(store: BotStore): SharedStore {
  return {
    get available() {
      return store.available;
    },
    vote: async (...args) => store.vote(...args),
    saveQuizQuestion: async (...args) => store.saveQuizQuestion(...args),
    answerQuiz: async (...args) => store.answerQuiz(...args),
    forget: async (userId) => store.forget(userId),
    rememberQuestion: async (key, question) => store.rememberQuestion(key, question),
    claimPost: async (messageId) => store.claimPost(messageId),
    postedAs: afterSaving((messageId: string, postedId: string) => store.postedAs(messageId, postedId)),
    releasePost: afterSaving((messageId: string) => store.releasePost(messageId)),
    abstained: afterSaving((userId: string, question: string) => store.abstained(userId, question)),
    addThreadTurn: afterSaving(<T>(threadId: string, userId: string, turn: T) => store.addThreadTurn(threadId, userId, turn)),
    resetAskedFacts: afterSaving((channelId: string) => store.resetAskedFacts(channelId)),
    question: async (key) => store.question(key),
    quizQuestion: async <T>(id: string) => store.quizQuestion<T>(id),
    askedFacts: async (channelId) => store.askedFacts(channelId),
    quizScores: async (channelId) => store.quizScores(channelId),
    holdings: async (userId) => store.holdings(userId),
    report: async (limit) => store.report(limit),
    threadTurns: async <T>(threadId: string) => store.threadTurns<T>(threadId),
    close: async () => store.close(),
  };
}
