/**
 * General English vocabulary from WordNet 3.1, derived by scripts/wordnet-table.ts and committed as data:
 *
 * - `phrasal-verbs.txt`: verbs of several words ("count on", "play down", "keep tabs on"), which the analyzer reads
 *   as one word;
 * - `proper-names.txt`: nouns of one word that only ever name one thing ("putin", "tashkent"), which a question may
 *   write in lower case;
 * - `wordnet.tsv.gz`: for each lemma and part of speech, as the analyzer's terms, the words of its two most frequent
 *   senses and of its family (`related`), and the words of what those senses are kinds of (`broader`).
 *
 * The table is read only when an index is built; what a corpus needs of it is cached with the index.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/** WordNet's parts of speech: noun, verb, adjective, adverb. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

export interface WordnetEntry {
  /** The lemma as the analyzer's term: "establish", "count_on". */
  term: string;
  pos: WordnetPos;
  /** Terms of the words of its everyday senses and of its family ("founded": "establish"). */
  related: string[];
  /** Terms of the words of what those senses are kinds of ("fund": "money"). */
  broader: string[];
}

export const WORDNET_FILE = join(projectRoot, 'src', 'nlp', 'wordnet.tsv.gz');
export const PHRASAL_VERBS_FILE = join(projectRoot, 'src', 'nlp', 'phrasal-verbs.txt');
export const PROPER_NAMES_FILE = join(projectRoot, 'src', 'nlp', 'proper-names.txt');

const isPos = (pos: string | undefined): pos is WordnetPos => pos === 'n' || pos === 'v' || pos === 'a' || pos === 'r';

/** The last table read, kept while memory allows: builds that follow one another (reloads) read it once. */
let lastRead: { file: string; entries: WeakRef<WordnetEntry[]> } | null = null;

export function readWordnet(file: string = WORDNET_FILE): WordnetEntry[] {
  const kept = lastRead?.file === file ? lastRead.entries.deref() : undefined;
  if (kept) return kept;
  const entries: WordnetEntry[] = [];
  const list = (field: string | undefined): string[] => (field ? field.split(' ') : []);
  // zlib is loaded only here: a start from the index cache reads no table.
  const { gunzipSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const [term, pos, related, broader] = line.split('\t');
    if (term && isPos(pos)) entries.push({ term, pos, related: list(related), broader: list(broader) });
  }
  lastRead = { file, entries: new WeakRef(entries) };
  return entries;
}

export function readPhrasalVerbs(file: string = PHRASAL_VERBS_FILE): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
}

/** The words of `proper-names.txt` (see scripts/wordnet-table.ts), read when first asked of. */
let properNames: Set<string> | undefined;
/** Whether a word in lower case is one English only ever writes as a name ("putin", "tashkent"). */
export function onlyAName(word: string): boolean {
  properNames ??= new Set(readFileSync(PROPER_NAMES_FILE, 'utf8').split('\n'));
  return word !== '' && properNames.has(word);
}

/** wink's part-of-speech tags as WordNet's. */
export function wordnetPos(tag: string): WordnetPos | null {
  if (tag === 'NOUN' || tag === 'PROPN') return 'n';
  if (tag === 'VERB' || tag === 'AUX') return 'v';
  if (tag === 'ADJ') return 'a';
  if (tag === 'ADV') return 'r';
  return null;
}
