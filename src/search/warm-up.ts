/**
 * Warming the engine up before people ask: V8 compiles the analysis and ranking code only after it has run a
 * while, and until then (about the first thousand answers after a start) answers come two to four times slower.
 * The bot answers questions made of the corpus's own words before it connects; the console and `ask`, which may
 * give one answer only, start without it.
 */
import { winkReader } from '../nlp/wink.js';
import type { Engine } from './engine.js';

export interface WarmUpOptions {
  /** Most questions answered. Default 1,000. */
  answers?: number;
  /** Most time spent, in milliseconds, whatever the count. Default 300. */
  budgetMs?: number;
}

/** Words per warm-up question: about a question's length. */
const WINDOW = 9;

/** Questions of the corpus's own words: each passage cut into runs of a question's length. */
function practiceQuestions(engine: Engine): string[] {
  const questions: string[] = [];
  for (const passage of engine.corpus.passages) {
    const words = passage.text.split(/\s+/).filter(Boolean);
    for (let start = 0; start < words.length; start += WINDOW) questions.push(`${words.slice(start, start + WINDOW).join(' ')}?`);
  }
  return questions;
}

/** Answers practice questions until the count or the time budget is spent; returns how many it answered. */
export function warmUp(engine: Engine, options: WarmUpOptions = {}): number {
  const { answers = 1000, budgetMs = 300 } = options;
  const questions = practiceQuestions(engine);
  if (questions.length === 0) return 0;
  // Made before the budget runs, as the first question with a date would make it: the practice needs its time.
  winkReader().prepareRead();
  const deadline = performance.now() + budgetMs;
  let answered = 0;
  while (answered < answers && performance.now() < deadline) {
    engine.answer(questions[answered % questions.length]!);
    answered += 1;
  }
  return answered;
}
