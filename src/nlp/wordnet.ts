/**
 * General English vocabulary from WordNet 3.1 (see scripts/wordnet-table.ts): for each lemma and part of speech,
 * the words of its two most frequent senses and the words derived from it. Read only when an index is built —
 * what a corpus needs of it is cached with the index — so a cached start never reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../paths.js';

/** WordNet's parts of speech: noun, verb, adjective, adverb. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

export interface Wordnet {
  /** Lemmas of several words that are verbs: phrasal verbs and idioms ("count on", "play down", "keep tabs on"). */
  phrases: string[];
  /**
   * Every lemma and part of speech: the words of its everyday senses and family (`related`), and of what it is a
   * kind of (`broader`).
   */
  entries: Array<{ lemma: string; pos: WordnetPos; related: string[]; broader: string[] }>;
}

export const WORDNET_FILE = join(projectRoot, 'src', 'nlp', 'wordnet.tsv.gz');

export function readWordnet(file: string = WORDNET_FILE): Wordnet {
  const entries: Wordnet['entries'] = [];
  const phrases: string[] = [];
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const [lemma, pos, related = '', broader = ''] = line.split('\t');
    if (!lemma || !(pos === 'n' || pos === 'v' || pos === 'a' || pos === 'r')) continue;
    const list = (field: string): string[] => (field === '' ? [] : field.split(','));
    entries.push({ lemma, pos, related: list(related), broader: list(broader) });
    if (pos === 'v' && lemma.includes(' ') && /^[a-z]+( [a-z]+){1,2}$/.test(lemma)) phrases.push(lemma);
  }
  return { phrases, entries };
}

/** wink's part-of-speech tags as WordNet's. */
export function wordnetPos(tag: string): WordnetPos | null {
  if (tag === 'NOUN' || tag === 'PROPN') return 'n';
  if (tag === 'VERB' || tag === 'AUX') return 'v';
  if (tag === 'ADJ') return 'a';
  if (tag === 'ADV') return 'r';
  return null;
}
