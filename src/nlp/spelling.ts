/**
 * Misspelt words of a question read as the corpus word they were meant to be: "Tajikstan" as "Tajikistan",
 * "coperation" as "cooperation". Only words the language model does not know are read again, so a real word the
 * corpus lacks ("weather", "pizza") stays as it is and the question can still be found off-topic.
 */
import { distance } from 'fastest-levenshtein';

/** Shortest word read again: shorter ones are too close to too many others. */
const MIN_LENGTH = 5;

/** Most words of one question read again: a text with more words the model lacks is not a misspelt question. */
const MAX_WORDS = 10;

/** How many edits a word of this length may be from the one meant. */
function allowedEdits(length: number): number {
  return length >= 7 ? 2 : 1;
}

export interface Speller {
  /** The text with each of `unknown` (words of it the model lacks) replaced by the one corpus word it is close to. */
  correct(text: string, unknown: readonly string[]): string;
}

/** A speller for a corpus, from every word it has (passage text, headings, the gazetteer's names). */
export function createSpeller(words: Iterable<string>): Speller {
  const known = new Set<string>();
  for (const word of words) if (/^\p{L}+$/u.test(word)) known.add(word.toLowerCase());
  const candidates = [...known].filter((word) => word.length >= MIN_LENGTH - 1).sort();

  /** The one word of the corpus closest to `word`, if it is close enough and no other is as close. */
  function meant(word: string): string | null {
    const lower = word.toLowerCase();
    if (lower.length < MIN_LENGTH || known.has(lower) || !/^\p{L}+$/u.test(lower)) return null;
    let best: string | null = null;
    let bestEdits = allowedEdits(lower.length) + 1;
    let tied = false;
    for (const candidate of candidates) {
      if (Math.abs(candidate.length - lower.length) >= bestEdits) continue;
      const edits = distance(lower, candidate);
      if (edits < bestEdits) [best, bestEdits, tied] = [candidate, edits, false];
      else if (edits === bestEdits) tied = true;
    }
    if (best === null || tied) return null;
    // Keep the writer's capital: "Tajikstan" is a name and is read as one.
    return /^\p{Lu}/u.test(word) ? best[0]!.toUpperCase() + best.slice(1) : best;
  }

  return {
    correct(text, unknown) {
      let corrected = text;
      for (const word of [...new Set(unknown)].slice(0, MAX_WORDS)) {
        const replacement = meant(word);
        if (replacement) corrected = corrected.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), replacement);
      }
      return corrected;
    },
  };
}
