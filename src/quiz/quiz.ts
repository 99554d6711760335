/**
 * Study questions from the paper's own facts: a sentence with one fact blanked (a date, a number, an amount of
 * money, a country or an organisation that wink-nlp finds in it) and four options, the right one and three of
 * the same kind drawn from elsewhere in the corpus. Pure: corpus in, questions out.
 */
import { withoutMarkers } from '../corpus/parse.js';
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from '../nlp/analyzer.js';

/** The kinds of fact a question can ask for: wink's own entities and the gazetteer's types. */
const QUIZ_TYPES = new Set(['DATE', 'CARDINAL', 'MONEY', 'country', 'organisation']);
export const BLANK = '_____';
const OPTIONS = 4;

/** One fact a question can be made of: where it is, what it is, and its kind. */
export interface QuizFact {
  /** Stable across restarts: passage, sentence and answer. */
  key: string;
  passageId: string;
  sentence: string;
  answer: string;
  type: string;
  /** Other names of the same thing, which must not show in the blanked sentence. */
  aliases: string[];
}

export interface QuizQuestion {
  factKey: string;
  passageId: string;
  /** The sentence with the fact blanked. */
  prompt: string;
  options: string[];
  /** Index of the right option. */
  correct: number;
  type: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Kinds of fact whose options must be written alike: dates and numbers. */
const NUMBERED_TYPES = new Set(['DATE', 'CARDINAL', 'MONEY']);
/** How a date or number is written: its runs of letters and of figures ("June 2012": "a 9", "2004": "9"). */
const shapeOf = (value: string): string => value.replace(/\p{L}+/gu, 'a').replace(/\d+(?:[.,]\d+)*/g, '9').replace(/\s+/g, ' ');
const mentions = (text: string, name: string): boolean => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

/** Every fact of the corpus a question can be made of. */
export function buildQuizPool(corpus: Corpus, analyzer: Analyzer): QuizFact[] {
  const aliasesOf = new Map(corpus.gazetteer.map((e) => [e.canonical, [e.canonical, ...e.aliases]]));
  const facts: QuizFact[] = [];
  for (const passage of corpus.passages) {
    analyzer.sentences(passage.text).forEach((sentence, index) => {
      const seen = new Set<string>();
      for (const entity of analyzer.analyze(sentence).entities) {
        // The answer is the name as the sentence writes it, and as the gazetteer calls it.
        if (!QUIZ_TYPES.has(entity.type) || entity.text !== entity.canonical || seen.has(entity.text) || !/\p{L}|\d/u.test(entity.text)) continue;
        seen.add(entity.text);
        facts.push({
          key: `${passage.id}:${index}:${entity.text}`,
          passageId: passage.id,
          sentence,
          answer: entity.text,
          type: entity.type,
          aliases: aliasesOf.get(entity.canonical) ?? [entity.text],
        });
      }
    });
  }
  return facts;
}

/** A small seeded generator, so a question's options come out the same for the same seed. */
function random(seed: number): () => number {
  let state = Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  // Nearby seeds start alike: stir before use.
  for (let i = 0; i < 8; i += 1) next();
  return next;
}

/** The sentence with every mention of the answer blanked, or null if the answer would still show through. */
export function blankOut(fact: QuizFact): string | null {
  const prompt = withoutMarkers(fact.sentence).replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fact.answer)}(?![\\p{L}\\p{N}])`, 'giu'), BLANK);
  if (!prompt.includes(BLANK)) return null;
  if (fact.aliases.some((alias) => mentions(prompt, alias))) return null;
  if (prompt.toLowerCase().includes(fact.answer.toLowerCase())) return null;
  return prompt;
}

/**
 * A question from the pool: from the given passages when a topic narrowed them, never a fact in `asked`.
 * Null when no fact is left that makes a fair question.
 */
export function makeQuizQuestion(pool: QuizFact[], options: { passageIds?: Set<string>; asked: Set<string>; seed: number }): QuizQuestion | null {
  const next = random(options.seed);
  const candidates = pool.filter((f) => !options.asked.has(f.key) && (!options.passageIds || options.passageIds.has(f.passageId)));
  // Try candidates in a seeded order until one has a clean blank and three distractors of its kind.
  const order = candidates.map((fact) => ({ fact, at: next() })).sort((a, b) => a.at - b.at).map((c) => c.fact);
  for (const fact of order) {
    const prompt = blankOut(fact);
    if (prompt === null) continue;
    // Distractors of the same kind, none of them the answer under another name or already in the sentence; none
    // holding the answer or held by it ("June 2012" and "2012" are both right of "… in _____"); a date or a number
    // written as the answer is ("April" among years gives the year away).
    const others = [...new Set(pool.filter((f) => f.type === fact.type).map((f) => f.answer))].filter(
      (value) =>
        value.toLowerCase() !== fact.answer.toLowerCase() &&
        !fact.aliases.some((alias) => alias.toLowerCase() === value.toLowerCase()) &&
        !mentions(prompt, value) &&
        !mentions(value, fact.answer) &&
        !mentions(fact.answer, value) &&
        (!NUMBERED_TYPES.has(fact.type) || shapeOf(value) === shapeOf(fact.answer)),
    );
    if (others.length < OPTIONS - 1) continue;
    const distractors = others.map((value) => ({ value, at: next() })).sort((a, b) => a.at - b.at).slice(0, OPTIONS - 1).map((d) => d.value);
    const shuffled = [fact.answer, ...distractors].map((value) => ({ value, at: next() })).sort((a, b) => a.at - b.at).map((o) => o.value);
    return { factKey: fact.key, passageId: fact.passageId, prompt, options: shuffled, correct: shuffled.indexOf(fact.answer), type: fact.type };
  }
  return null;
}
