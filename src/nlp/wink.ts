/**
 * The wink-nlp instances of a process (a worker thread has its own): two at most. Making an instance re-encodes the
 * model module's state (its custom-entity model is stringified again on each call, so it doubles): after about twenty
 * instances one takes seconds and the next throws "Invalid string length". So each is made once, when first needed.
 * One reads words alone (their parts of speech and lemmas), which is what most texts are read for; the other
 * sentences and wink's own entities too, which takes half as long again (a question without a figure or a month needs
 * neither). A corpus's gazetteer names are found by the analyzer (see ./names.ts), so one reader serves every corpus.
 */
import winkNLP, { type Document, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { memoized } from '../memo.js';

/** The process's wink instance. */
export interface WinkReader {
  readonly its: WinkMethods['its'];
  /** The text read: its tokens, sentences, parts of speech and entities. */
  read(text: string): Document;
  /**
   * The text's words read as `read` reads them, tokens, parts of speech and lemmas alike, and nothing else: the whole
   * text is one sentence and `entities()` is empty. A third faster.
   */
  readWords(text: string): Document;
  /**
   * Makes the instance `read` reads with now, not when a text first needs it (a quarter of a second): for a warm-up,
   * so that nobody who asks waits for it.
   */
  prepareRead(): void;
  /** Whether wink's lexicon lacks a word, by the id wink gives its token (`its.uniqueId`), of either reading. */
  isUnknownId(id: number): boolean;
  /** Whether wink's lexicon has a word, as it is written, or the word it inflects ("accessed", "access"). */
  knows(word: string): boolean;
  /**
   * The word a piece of text between spaces is, when wink always makes one word token of it, whatever it has read
   * before: a word of letters alone or before one stop its tokenizer always splits off ("Tajikstan", "Tajikstan?").
   * Null for any other piece, which only reading it tells.
   */
  plainWord(piece: string): string | null;
}

/**
 * The words a word may be an inflection of by English's regular endings: "cozying" and "cozied" of "cozy", "tipped"
 * of "tip", "hoped" of "hope"; none shorter than three letters.
 */
export function inflectedFrom(word: string): string[] {
  const match = /^([a-z]{2,}?)(ying|ied|ies|ing|ed|es|s)$/.exec(word);
  if (!match) return [];
  const [, stem, ending] = match as unknown as [string, string, string];
  if (ending === 'ying') return [`${stem}y`];
  if (ending === 'ied' || ending === 'ies') return [`${stem}y`];
  if (ending === 's' || ending === 'es') return [stem];
  const bases = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases.filter((base) => base.length >= 3);
}

/** How many words' answers `knows` keeps: questions can bring any number of new words. */
const KNOWN_KEPT = 10_000;

/**
 * A piece wink's tokenizer cuts the same way whatever it has read: letters of its word class, and one of the stops
 * its recursive tokenizer splits from anything, so that no token it has met can hold one (not "." or ",", which
 * abbreviations and pieces it kept whole may hold).
 */
const PLAIN_PIECE = /^([a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+)[?!;)"”\]}…]?$/i;

/**
 * The longest run of characters between spaces wink is given. Its tokenizer tests each new token against patterns
 * whose time grows with the square of its length: a question pasted with 40,000 letters unbroken took five seconds.
 * No word or address is so long.
 */
const LONGEST_RUN = 200;
const LONG_RUN = new RegExp(`\\S{${LONGEST_RUN + 1},}`);
const LONG_RUNS = new RegExp(LONG_RUN.source, 'g');

/** The text with each run of characters between spaces cut to LONGEST_RUN. */
function withinRuns(text: string): string {
  return LONG_RUN.test(text) ? text.replace(LONG_RUNS, (run) => run.slice(0, LONGEST_RUN)) : text;
}

let instance: WinkReader | undefined;

/**
 * The id wink gives the first word its lexicon lacks: it numbers the words of its lexicon first and words it meets
 * later after them, so it is the id of a nonsense word read before anything else.
 */
const firstUnknownIdOf = (nlp: WinkMethods): number => nlp.readDoc('qzxjvwkq').tokens().out(nlp.its.uniqueId)[0] as number;

/** The process's wink reader, made on first use. */
export function winkReader(): WinkReader {
  if (!instance) {
    // Parts of speech need no sentences: wink tags the whole text at once.
    const nlp = winkNLP(model, ['pos']);
    const firstUnknownId = firstUnknownIdOf(nlp);
    let whole: WinkMethods | undefined;
    const wholeReader = (): WinkMethods => {
      if (!whole) {
        whole = winkNLP(model, ['sbd', 'pos', 'ner']);
        // Both number the same lexicon: `isUnknownId` holds for the ids of either.
        if (firstUnknownIdOf(whole) !== firstUnknownId) throw new Error('wink-nlp numbered its lexicon differently in two instances: read with one instance only (src/nlp/wink.ts)');
      }
      return whole;
    };
    const known = (word: string): boolean => (nlp.readDoc(word).tokens().out(nlp.its.uniqueId)[0] as number) < firstUnknownId;
    instance = {
      its: nlp.its,
      read: (text) => wholeReader().readDoc(withinRuns(text)),
      readWords: (text) => nlp.readDoc(withinRuns(text)),
      prepareRead: () => void wholeReader(),
      isUnknownId: (id) => id >= firstUnknownId,
      // Whether the lexicon has a word never changes. An inflection of a word the lexicon has is a word too, though the
      // lexicon leaves it out ("accessed" of "access").
      knows: memoized(KNOWN_KEPT, (word) => {
        if (known(word)) return true;
        const lemma: unknown = (nlp.readDoc(word).tokens().out(nlp.its.lemma as never) as unknown[])[0];
        if (typeof lemma === 'string' && lemma !== word && /^\p{Ll}+$/u.test(lemma) && known(lemma)) return true;
        // One the lemmatizer misses ("cozying": "cozy", which a speller had read as "coming").
        return inflectedFrom(word).some(known);
      }),
      plainWord: (piece) => PLAIN_PIECE.exec(piece)?.[1] ?? null,
    };
  }
  return instance;
}
