/**
 * The thesaurus is data, and checked like code. When an index is built, its entries are read with the analyzer's
 * normal forms (what a word becomes once lemmatised, folded and stemmed): an entry that reads as no word, or a
 * group that would merge with another, stops the load with the file, the entry and the fix, like a malformed
 * document. Entries that cannot fire on the corpus at hand (it lacks every word of a group, or has the word an
 * expansion stands in for) are listed by `unusedEntries`: a corpus that gains a document must not stop loading
 * for that, so `npm run thesaurus-review` and the tests report them instead.
 */
import { readFileSync } from 'node:fs';
import { CorpusError } from '../corpus/errors.js';
import type { Thesaurus } from '../corpus/types.js';

/** A word's terms as the analyzer reads them: "Militancy" -> ["milit"]; [] for a stop word. */
export type Terms = (text: string) => string[];

/** The 1-based line of the file where `word` first appears as a JSON string, or null. */
function lineOf(file: string, word: string): number | null {
  try {
    const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(JSON.stringify(word)));
    return index < 0 ? null : index + 1;
  } catch {
    return null;
  }
}

export function checkThesaurus(thesaurus: Thesaurus, terms: Terms): void {
  const file = thesaurus.file ?? 'thesaurus';
  const fail = (word: string, problem: string, fix: string): never => {
    throw new CorpusError(file, thesaurus.file ? lineOf(thesaurus.file, word) : null, problem, fix);
  };
  const form = (word: string): string => terms(word).join(' ');
  const groupOf = new Map<string, number>();
  thesaurus.synonyms.forEach((group, index) => {
    for (const word of group) {
      const normal = form(word);
      if (normal === '') fail(word, `"${word}" in synonym group ${index + 1} is read as no word (a stop word, or too short)`, `remove "${word}" from the group`);
      const other = groupOf.get(normal);
      if (other !== undefined && other !== index) {
        fail(word, `"${word}" in synonym group ${index + 1} reads as "${normal}", like a word of group ${other + 1} ("${thesaurus.synonyms[other]!.join('", "')}"): the two groups would merge`, 'keep the word in one group, or merge the groups');
      }
      groupOf.set(normal, index);
    }
  });
  for (const [word, targets] of Object.entries(thesaurus.expansions)) {
    const normal = form(word);
    if (normal === '') fail(word, `the expansion of "${word}" can never fire: "${word}" is read as no word (a stop word, or too short)`, `remove the entry "${word}"`);
    for (const target of targets) {
      if (terms(target).length === 0) fail(word, `"${target}", an expansion of "${word}", is read as no word (a stop word, or too short)`, `remove "${target}" from the entry "${word}"`);
    }
  }
}

/** Entries that cannot change an answer on a corpus (`corpusHas` tells the terms it has), one line each. */
export function unusedEntries(thesaurus: Thesaurus, terms: Terms, corpusHas: (term: string) => boolean): string[] {
  const unused: string[] = [];
  thesaurus.synonyms.forEach((group, index) => {
    if (!group.some((word) => terms(word).every(corpusHas))) unused.push(`synonym group ${index + 1} ("${group.join('", "')}") has no word the corpus uses, so it can never match`);
  });
  for (const [word, targets] of Object.entries(thesaurus.expansions)) {
    // A phrase's words may each be the corpus's ("armed", "forces"): it stands in for the phrase, read whole.
    if (terms(word).length === 1 && terms(word).every(corpusHas)) unused.push(`the expansion of "${word}" can never fire: the corpus has "${word}" itself, and expansions stand in only for words it lacks`);
    for (const target of targets) if (!terms(target).some(corpusHas)) unused.push(`"${target}", an expansion of "${word}", is no word of the corpus, so it can never match`);
  }
  return unused;
}
