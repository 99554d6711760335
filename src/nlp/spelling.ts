/**
 * Misspelt words of a question read as the corpus word they were meant to be: "Tajikstan" as "Tajikistan",
 * "coperation" as "cooperation". Only words the language model does not know are read again, so a real word the
 * corpus lacks ("weather", "pizza") stays as it is and the question can still be found off-topic.
 *
 * The corpus's words are held in a symmetric-delete index (Wolf Garbe's SymSpell): every string made by deleting
 * up to two letters from the start of a corpus word points to that word. Two words within two edits share such a
 * string (a substitution is a deletion on both sides, an insertion a deletion on the other), so a misspelt word
 * finds every word it may stand for by looking up its own deletions: a few dozen look-ups whatever the size of the
 * vocabulary, where a scan compares it with every word. The index is built with the search index and cached with
 * it (see ../search/cache.ts), as typed arrays, so nothing is built when a question first needs it.
 */
import { createRequire } from 'node:module';
import { memoized } from '../memo.js';
import { FUNCTION_WORDS } from './unasked.js';

/**
 * The two edit distances, loaded when a word is first compared with the corpus's: most questions have no word that
 * needs it, and a cold `ask` should not load them for nothing.
 */
let measures: { levenshtein: typeof import('fastest-levenshtein').distance; damerau: typeof import('damerau-levenshtein') } | undefined;
function editDistances(): NonNullable<typeof measures> {
  if (!measures) {
    const require = createRequire(import.meta.url);
    measures = { levenshtein: (require('fastest-levenshtein') as typeof import('fastest-levenshtein')).distance, damerau: require('damerau-levenshtein') as typeof import('damerau-levenshtein') };
  }
  return measures;
}

/** Whether two words are one edit apart, two neighbouring letters swapped counting as one ("chian", "china"). */
export const oneSlipApart = (a: string, b: string): boolean => editDistances().damerau(a, b).steps <= 1;

/** English's endings of a word's forms and family, shortest first. */
const ENDINGS = ['s', 'ed', 'es', 'ing', 'ment', 'ion', 'ation'];
/** Shortest word read again: shorter ones are too close to too many others. */
const MIN_LENGTH = 5;


/** The words that ask. */
const ASKING = /^(?:what|who|when|where|why|which|how|whom|whose)$/;

/** Shortest word read as a question word. */
const MIN_SHORT_LENGTH = 3;

/** Every run of letters long enough to be read again, whole. */
const LETTER_RUNS = new RegExp(`\\p{L}{${MIN_LENGTH},}`, 'gu');
/** The same in a text of ASCII alone, whose letters are A-Z and a-z: a pattern without Unicode's classes, found faster. */
const ASCII_LETTER_RUNS = new RegExp(`[A-Za-z]{${MIN_LENGTH},}`, 'g');
const ASCII = /^[\x00-\x7f]*$/;

/** How many words' readings a speller keeps (see `createSpeller`). */
const READINGS_KEPT = 10_000;

/** Most words of one question read again: a text with more words the model lacks is not a misspelt question. */
export const MAX_WORDS = 10;
/** Endings a corpus word may have that a question's word of the same stem lacks ("welcomes", "refurbishment", "helped"). */
const FORM_ENDINGS = ['ments', 'ment', 'ings', 'ing', 'ies', 'es', 'ed', 'd', 's'];

/** Most edits between a misspelt word and the one meant (see `allowedEdits`). */
const MAX_EDITS = 2;

/**
 * How many letters of a word its deletions are taken from (SymSpell's prefix length). Two words within `d` edits
 * have prefixes of this length that share a string made by deleting at most `d` letters from each, so the index
 * misses no word; the prefix keeps a long word from bringing hundreds of deletions.
 */
const PREFIX = 7;

/** How many edits a word of this length may be from the one meant. */
function allowedEdits(length: number): number {
  return length >= 7 ? 2 : 1;
}

/** The spelling index in plain, serialisable form: what the index cache holds. */
export interface SpellingIndex {
  /** Every letters-only word of the corpus of four letters or more, lower-cased, sorted. */
  words: string[];
  /**
   * `buckets + 1` offsets: the words with a deletion string that hashes to bucket `b` are
   * `ids[offsets[b]..offsets[b + 1])`.
   */
  offsets: Uint32Array;
  /** Indexes into `words`, bucket by bucket. */
  ids: Uint32Array;
}

export interface Speller {
  /** The text with each of `unknown` (words of it the model lacks) replaced by the one corpus word it is close to. */
  correct(text: string, unknown: readonly string[]): string;
  /**
   * The words of a text (runs of letters) that `correct` would replace were they among the words the model lacks,
   * each once, in order: a question with none reads as it is written, whatever the model knows.
   */
  suspects(text: string): string[];
  /** Whether a word the corpus lacks is within the edits allowed of one it has, read as it or not ("Centrl": "central", "centre"). */
  isNear(word: string): boolean;
}

/**
 * FNV-1a hashes of the strings made by deleting up to `edits` (at most two) code units from the first `PREFIX`
 * of `word`, that prefix included: where those strings lie among the buckets. Hashed in place, without making the
 * strings; a string made two ways is hashed twice.
 */
function deletionHashes(word: string, edits: number): number[] {
  const length = Math.min(word.length, PREFIX);
  const skipping = (a: number, b: number): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < length; i += 1) if (i !== a && i !== b) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const hashes = [skipping(-1, -1)];
  for (let a = 0; edits >= 1 && a < length; a += 1) hashes.push(skipping(a, -1));
  for (let a = 0; edits >= 2 && a < length; a += 1) for (let b = a + 1; b < length; b += 1) hashes.push(skipping(a, b));
  return hashes;
}

/** Every word a speller can read a misspelt word as: the letters-only words, four letters or more, lower-cased. */
function vocabulary(words: Iterable<string>): string[] {
  const known = new Set<string>();
  for (const word of words) if (/^\p{L}+$/u.test(word)) known.add(word.toLowerCase());
  return [...known].filter((word) => word.length >= MIN_LENGTH - 1).sort();
}

export interface SpellingIndexOptions {
  /**
   * About how many entries (a word and one of its deletion strings) share a bucket. Default 2: a look-up reads few
   * words that merely share a bucket, and the index takes about six bytes an entry. Fewer takes more memory.
   */
  bucketLoad?: number;
}

/** The spelling index of a corpus, from every word it has (passage text, headings, the gazetteer's names). */
export function buildSpellingIndex(corpusWords: Iterable<string>, { bucketLoad = 2 }: SpellingIndexOptions = {}): SpellingIndex {
  const words = vocabulary(corpusWords);
  // A word of four letters is met only by words of five and six letters, which are allowed one edit.
  const keys = words.map((word) => new Set(deletionHashes(word, word.length >= MIN_LENGTH ? MAX_EDITS : 1)));
  const entries = keys.reduce((sum, set) => sum + set.size, 0);
  const buckets = 2 ** Math.max(4, Math.ceil(Math.log2(entries / bucketLoad)));
  const bucketsOf = keys.map((set) => [...new Set([...set].map((h) => h & (buckets - 1)))]);
  const offsets = new Uint32Array(buckets + 1);
  for (const list of bucketsOf) for (const bucket of list) offsets[bucket + 1]! += 1;
  for (let b = 0; b < buckets; b += 1) offsets[b + 1]! += offsets[b]!;
  const ids = new Uint32Array(offsets[buckets]!);
  const filled = offsets.slice(0, buckets);
  bucketsOf.forEach((list, id) => {
    for (const bucket of list) ids[filled[bucket]!++] = id;
  });
  return { words, offsets, ids };
}

/**
 * A speller over a spelling index: nothing is made per word. `used` says how much the corpus uses a word (in how many
 * passages, say): of words equally close to a misspelt one, the one used most is meant, as SymSpell ranks its
 * suggestions by count ("centrl" is the paper's "central", not its "centre"); without it, or where they are used
 * alike, none is. `named` gives the thing a word names (a gazetteer name's): equally close words naming one thing are
 * one ("uyghers": "uyghurs" or "uighers", both the Uighurs).
 *
 * `together`: whether the corpus holds two words in one passage. A short word in lower case that no reading mends
 * ("thre" is "three", "there" or "threw") is read as the one corpus word a slip from it that the corpus holds together
 * with a word beside it ("thre evils": "three", of "the three evils").
 */
export function createSpeller(index: SpellingIndex, used?: (word: string) => number, named?: (word: string) => string | undefined, sameWord?: (a: string, b: string) => boolean, together?: (a: string, b: string) => boolean): Speller {
  const { words, offsets, ids } = index;
  const mask = offsets.length - 2;
  if (offsets.length < 2 || (mask & (mask + 1)) !== 0 || offsets[0] !== 0 || offsets.at(-1) !== ids.length) throw new Error('the spelling index does not fit together');
  // The words one look-up has compared already, marked with the look-up's number: nothing to clear between look-ups.
  const seen = new Uint32Array(words.length);
  let lookup = 0;
  // What each word met last is read as.
  const readingOf = memoized(READINGS_KEPT, (word) => meant(word));

  /** Whether the corpus has the word: it is then among the words of its own prefix's bucket. */
  function isKnown(lower: string): boolean {
    const bucket = deletionHashes(lower, 0)[0]! & mask;
    for (let at = offsets[bucket]!; at < offsets[bucket + 1]!; at += 1) if (words[ids[at]!] === lower) return true;
    return false;
  }

  /** The corpus's words within the edits allowed of a word the corpus lacks (lower case), with their edits. */
  function closeWords(lower: string, most = MAX_EDITS): Array<{ id: number; edits: number }> {
    const allowed = Math.min(allowedEdits(lower.length), most);
    lookup += 1;
    const close: Array<{ id: number; edits: number }> = [];
    let distances: NonNullable<typeof measures> | undefined;
    for (const key of deletionHashes(lower, allowed)) {
      const bucket = key & mask;
      for (let at = offsets[bucket]!; at < offsets[bucket + 1]!; at += 1) {
        const id = ids[at]!;
        if (seen[id] === lookup) continue;
        seen[id] = lookup;
        const candidate = words[id];
        // An id past the words (a damaged cache; checking every id at start-up took tens of ms at 1,000 documents) is passed over.
        if (candidate === undefined || Math.abs(candidate.length - lower.length) > allowed) continue;
        // Two letters swapped ("Inida") is one slip of the fingers, as one letter wrong is. Swaps make the count
        // smaller than Levenshtein's by at most half, so that slower measure is taken only where it can matter.
        distances ??= editDistances();
        const plain = distances.levenshtein(lower, candidate);
        if (plain > 2 * allowed) continue;
        const edits = plain <= 1 ? plain : distances.damerau(lower, candidate).steps;
        if (edits <= allowed) close.push({ id, edits });
      }
    }
    return close;
  }

  /**
   * The one word of the corpus closest to `word`, if it is close enough and no other is as close; else, for a word the
   * corpus has only with an ending ("refurbsh": "refurbishment", "ocur": "occurs"), that word.
   */
  function meant(word: string): string | null {
    const lower = word.toLowerCase();
    if (!/^\p{L}+$/u.test(lower)) return null;
    const found = lower === word ? wordMeant(lower) : nameMeant(lower);
    if (found === null) return null;
    const read = lower === word ? writtenAs(lower, found) : found;
    // Keep the writer's capital: "Tajikstan" is a name and is read as one.
    return /^\p{Lu}/u.test(word) ? read[0]!.toUpperCase() + read.slice(1) : read;
  }

  /**
   * The form of the corpus word found that is closest to what was typed, of those `sameWord` takes for the same word
   * (English's words of its stem): "welcom" is read as "welcome", not the corpus's "welcomes"; "refurbsh" as
   * "refurbish", not "refurbishment"; the question reads on as written.
   */
  function writtenAs(typed: string, found: string): string {
    if (!sameWord) return found;
    const damerau = editDistances().damerau;
    let best = found;
    let bestSteps = damerau(typed, found).steps;
    for (const ending of FORM_ENDINGS) {
      if (!found.endsWith(ending) || found.length - ending.length < MIN_LENGTH - 1) continue;
      const stem = found.slice(0, -ending.length);
      for (const form of [stem, `${stem}e`]) {
        const steps = damerau(typed, form).steps;
        if (steps < bestSteps && sameWord(form, found)) [best, bestSteps] = [form, steps];
      }
    }
    return best;
  }

  /** A word written with a capital: a name, read as a longer word is from four letters on ("Chna"); it takes no ending. */
  function nameMeant(lower: string): string | null {
    return lower.length < MIN_LENGTH - 1 || isKnown(lower) ? null : (closest(lower) ?? null);
  }

  /**
   * A word in lower case: a short one as a question's small word; else the corpus word close to it; and, when none is
   * (nor a small word), the corpus word it is with an ending.
   */
  function wordMeant(lower: string): string | null {
    if (lower.length < MIN_LENGTH) {
      // "wich" is "which" or "with": the question word, a question's likeliest slip; never a corpus word with an
      // ending ("wishes"). "wat" is "what", "was" or "at": none.
      const near = questionWords(lower);
      const asking = near.filter((w) => ASKING.test(w));
      if (near.length > 0) return near.length === 1 ? near[0]! : asking.length === 1 ? asking[0]! : null;
      if (lower.length !== MIN_LENGTH - 1 || isKnown(lower)) return null;
      // A name typed in lower case, one slip from one of the corpus's, as a capitalised one is ("inda": "india").
      const names = named ? closeWords(lower, 1).map(({ id }) => words[id]!).filter((candidate) => named(candidate) !== undefined) : [];
      if (names.length > 0 && names.every((name) => named!(name) === named!(names[0]!))) return names[0]!;
      return withEnding(lower);
    }
    if (isKnown(lower)) return null;
    const found = closest(lower);
    return found === undefined ? withEnding(lower) : found;
  }

  /**
   * The corpus word a word the corpus lacks is, with one of English's endings added, if one only: that word, or one a
   * single edit from it ("refurbsh": "refurbishment"). Not two: an ending and two edits make of any word another
   * ("lorem" read as "formation", "amet" as "meeting").
   */
  function withEnding(lower: string): string | null {
    for (const ending of ENDINGS) {
      const longer = lower + ending;
      const found = isKnown(longer) ? longer : closest(longer, 1);
      if (found) return found;
    }
    return null;
  }

  /**
   * The one word of the corpus closest to a word it lacks (lower case), if it is close enough and no other is as
   * close: null when two are, undefined when none is close.
   */
  function closest(lower: string, edits = MAX_EDITS): string | null | undefined {
    const close = closeWords(lower, edits);
    let best: string | null = null;
    let bestEdits = Number.POSITIVE_INFINITY;
    let tied: string[] = [];
    for (const { id, edits } of close) {
      const candidate = words[id]!;
      if (edits < bestEdits) [best, bestEdits, tied] = [candidate, edits, []];
      else if (edits === bestEdits) tied.push(candidate);
    }
    if (best === null) return undefined;
    if (tied.length === 0) return best;
    // A slip seldom falls on a word's first or last letter: of equally close words, the one beginning and ending as the
    // word does is meant, if one only ("playd": "played", not "plays"; "coperation": "cooperation", not the "operation"
    // of "co-operation"; "Durani": "Durrani", not "Durand"); else the one of those the corpus uses most.
    const keeps = (candidate: string): number => Number(candidate[0] === lower[0]) + Number(candidate.at(-1) === lower.at(-1));
    const most = Math.max(keeps(best), ...tied.map(keeps));
    const kept = [best, ...tied].filter((candidate) => keeps(candidate) === most);
    const thing = named?.(kept[0]!);
    // Forms of one word are one reading ("fundd": "fund" or "funded", the corpus's both).
    const oneWord = sameWord !== undefined && kept.every((candidate) => candidate === kept[0] || sameWord(candidate, kept[0]!) || sameWord(kept[0]!, candidate));
    return kept.length === 1 || oneWord || (thing !== undefined && kept.every((candidate) => named!(candidate) === thing)) ? kept[0]! : mostUsed(kept);
  }

  /** The one of equally close words the corpus uses most, if one is used more than every other. */
  function mostUsed(candidates: string[]): string | null {
    if (!used) return null;
    const counts = candidates.map(used);
    const most = Math.max(...counts);
    return counts.filter((count) => count === most).length === 1 ? candidates[counts.indexOf(most)]! : null;
  }

  /**
   * The small words of questions (FUNCTION_WORDS) a shorter word written in lower case is one slip from, when it is
   * no word of the corpus: "meny" is "many"; "wich" is "which" or "with". A corpus need not hold such words, so the
   * corpus's words cannot mend them.
   */
  function questionWords(lower: string): string[] {
    if (lower.length < MIN_SHORT_LENGTH || !/^\p{L}+$/u.test(lower) || FUNCTION_WORDS.includes(lower) || isKnown(lower)) return [];
    const damerau = editDistances().damerau;
    return FUNCTION_WORDS.filter((w) => Math.abs(w.length - lower.length) <= 1 && damerau(lower, w).steps === 1);
  }

  /**
   * A short word in lower case no reading mends, as the one corpus word a slip from it that the corpus holds together
   * with a word beside it in `text` (see `together`); null if none or several are.
   */
  function besideMeant(word: string, text: string): string | null {
    if (!together || word.length < MIN_SHORT_LENGTH || word.length >= MIN_LENGTH || !/^\p{Ll}+$/u.test(word)) return null;
    const runs: string[] = text.match(/\p{L}+/gu) ?? [];
    const at = runs.indexOf(word);
    if (at < 0) return null;
    const beside = [runs[at - 1], runs[at + 1]].filter((w): w is string => w !== undefined && w.length >= MIN_SHORT_LENGTH && !FUNCTION_WORDS.includes(w.toLowerCase()));
    if (beside.length === 0) return null;
    const fits = closeWords(word, 1).map(({ id }) => words[id]!).filter((candidate) => beside.some((other) => together(candidate, other)));
    return fits.length === 1 ? fits[0]! : null;
  }

  return {
    correct(text, unknown) {
      let corrected = text;
      for (const word of [...new Set(unknown)].slice(0, MAX_WORDS)) {
        // A word of parts joined by hyphens ("anti-terorism") is read again part by part: its long parts, no short one
        // as a question word ("x-ary" is not "x-are").
        const replacement = word.includes('-') ? word.split('-').map((part) => (part.length >= MIN_LENGTH ? (readingOf(part) ?? part) : part)).join('-') : (readingOf(word) ?? besideMeant(word, text));
        if (replacement && replacement !== word) corrected = replaceWord(corrected, word, replacement);
      }
      return corrected;
    },
    isNear(word) {
      const lower = word.toLowerCase();
      return lower.length >= MIN_LENGTH && /^\p{L}+$/u.test(lower) && !isKnown(lower) && closeWords(lower).length > 0;
    },
    suspects(text) {
      const found: string[] = [];
      // Every maximal run of MIN_LENGTH letters or more: `meant` reads no other word but a short one in lower case,
      // which is only read again when the model lacks it (see `questionWord`).
      for (const word of text.match(ASCII.test(text) ? ASCII_LETTER_RUNS : LETTER_RUNS) ?? []) if (!found.includes(word) && readingOf(word) !== null) found.push(word);
      return found;
    },
  };
}

const LETTER = /\p{L}/u;

/**
 * `text` with every whole-word `word` (one not within a longer run of letters) replaced: what
 * `text.replace(/(?<!\p{L})word(?!\p{L})/gu, replacement)` does, without making a pattern for each word.
 */
export function replaceWord(text: string, word: string, replacement: string): string {
  if (word === '') return text;
  let result = '';
  let copied = 0;
  let at = text.indexOf(word);
  while (at >= 0) {
    const end = at + word.length;
    // The code point before, a surrogate pair whole.
    const before = at === 0 ? '' : at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!) ? text.slice(at - 2, at) : text[at - 1]!;
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (!LETTER.test(before) && !LETTER.test(after)) {
      result += text.slice(copied, at) + replacement;
      copied = end;
      at = text.indexOf(word, end);
    } else {
      at = text.indexOf(word, at + 1);
    }
  }
  return copied === 0 ? text : result + text.slice(copied);
}
