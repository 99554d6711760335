/**
 * Reviews a corpus's thesaurus against two general resources: a word stays in a synonym group, and an expansion
 * stays, only where WordNet relates it to another word of the entry (a sense they share, one family, "stable" ~
 * "stability", or one a kind of the other, "pledge" is a kind of "promise"), or where the word vectors the engine
 * reads near words by (src/nlp/embeddings.ts) put the two as near as the engine starts counting a near word
 * (`NEAR_WORDS`: "clout" ~ "influence", "slump" ~ "setback"). Words that only point a question at one passage have
 * no such support ("wedged" ~ "cross roads"). With `--moby=WORDS` a third: the Moby thesaurus (public domain), its
 * `words.txt` (one headword a line, then its synonyms, comma-separated; e.g. from `npm pack moby@1.1.2`), which
 * supports two words where either lists the other, or an expansion where its word is listed with a word of its
 * target's synonym group ("war game" under "maneuver", grouped with "exercise").
 *
 *   npm run thesaurus-review [-- --write] [-- --moby=WORDS] [-- FILE]
 *
 * Prints what WordNet does not support, and the entries that cannot fire on the corpus beside the file (see
 * src/nlp/thesaurus.ts); --write keeps only the rest (groups left with one word are dropped).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { unusedEntries } from '../src/nlp/thesaurus.js';
import { projectRoot } from '../src/paths.js';
import { cosine, readEmbeddings, unitFloats } from '../src/nlp/embeddings.js';
import { buildIndex, NEAR_WORDS } from '../src/search/engine.js';
import { PARTS_OF_SPEECH, type Pos, readWordnetDb } from './wordnet-db.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? join(projectRoot, 'corpus', 'thesaurus.json');
const mobyFile = args.find((a) => a.startsWith('--moby='))?.slice('--moby='.length);
const thesaurus = JSON.parse(readFileSync(file, 'utf8')) as { synonyms: string[][]; expansions: Record<string, string[]> };
const db = readWordnetDb();

/** Every word WordNet relates to a word, in any sense and part of speech: its synonyms, family and broader words. */
function related(word: string): Set<string> {
  const found = new Set<string>();
  const lemma = word.toLowerCase();
  for (const pos of Object.keys(PARTS_OF_SPEECH) as Pos[]) {
    for (const synset of db.senses(lemma, pos)) {
      for (const w of synset.words) found.add(w);
      for (const w of synset.derived.get(lemma) ?? []) found.add(w);
      for (const w of synset.hypernyms.flatMap((general) => general.words)) found.add(w);
    }
  }
  return found;
}
const relatedCache = new Map<string, Set<string>>();
const relatedOf = (word: string): Set<string> => relatedCache.get(word) ?? relatedCache.set(word, related(word)).get(word)!;
/** Small words of a phrase that say nothing of its meaning ("call the shots"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'at', 'for']);
const vectors = readEmbeddings();
/** The mean of the vectors of a word's or phrase's words, of length 1; null if the table has none of them. */
function meaning(text: string): Float32Array | null {
  const found = text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '' && !SMALL_WORDS.has(word)).flatMap((word) => vectors.vector(word) ?? []);
  if (found.length === 0) return null;
  const mean = new Float32Array(found[0]!.length);
  for (const vector of found) unitFloats(vector).forEach((value, i) => (mean[i] = mean[i]! + value));
  const length = Math.hypot(...mean);
  return length === 0 ? null : mean.map((value) => value / length);
}
const near = (a: string, b: string): boolean => {
  const [x, y] = [meaning(a), meaning(b)];
  return x !== null && y !== null && cosine(x, y) >= NEAR_WORDS[0];
};
/** Moby's synonyms by headword, in lower case; empty without `--moby`. */
const moby = new Map<string, Set<string>>();
if (mobyFile) {
  for (const line of readFileSync(mobyFile, 'utf8').split('\n')) {
    const [head, ...words] = line.toLowerCase().split(',');
    if (head && words.length > 0) moby.set(head, new Set(words.map((word) => word.trim())));
  }
}
const mobyRelates = (a: string, b: string): boolean => moby.get(a.toLowerCase())?.has(b.toLowerCase()) === true || moby.get(b.toLowerCase())?.has(a.toLowerCase()) === true;
const supports = (a: string, b: string): boolean => relatedOf(a).has(b.toLowerCase()) || relatedOf(b).has(a.toLowerCase()) || near(a, b) || mobyRelates(a, b);
/** An expansion's target with the other words of its synonym group. */
const groupOf = (word: string): string[] => thesaurus.synonyms.find((group) => group.includes(word)) ?? [word];
const resources = mobyFile ? 'neither WordNet, the word vectors nor Moby relate' : 'neither WordNet nor the word vectors relate';

const synonyms: string[][] = [];
for (const group of thesaurus.synonyms) {
  const kept = group.filter((word) => group.some((other) => other !== word && supports(word, other)));
  const dropped = group.filter((word) => !kept.includes(word));
  if (dropped.length > 0) process.stdout.write(`synonyms [${group.join(', ')}]: ${resources} ${dropped.join(', ')}\n`);
  if (kept.length >= 2) synonyms.push(kept);
}
const expansions: Record<string, string[]> = {};
for (const [word, targets] of Object.entries(thesaurus.expansions)) {
  const kept = targets.filter((target) => supports(word, target) || groupOf(target).some((other) => mobyRelates(word, other)));
  if (kept.length < targets.length) process.stdout.write(`expansion ${word} -> ${targets.join(', ')}: ${resources} ${targets.filter((t) => !kept.includes(t)).join(', ')}\n`);
  if (kept.length > 0) expansions[word] = kept;
}
// What cannot fire on this corpus: a group none of whose words it uses, an expansion of a word it has.
const corpus = loadCorpus(dirname(file));
const reviewed = { synonyms, expansions, file };
const analyzer = createAnalyzer(corpus.gazetteer, reviewed);
const terms = new Set(buildIndex({ ...corpus, thesaurus: reviewed }, analyzer).terms);
const has = (term: string): boolean => terms.has(term);
for (const line of unusedEntries(reviewed, analyzer.terms, has)) process.stdout.write(`${line}\n`);
for (let i = synonyms.length - 1; i >= 0; i -= 1) if (!synonyms[i]!.some((word) => analyzer.terms(word).every(has))) synonyms.splice(i, 1);
for (const [word, targets] of Object.entries(expansions)) {
  const firing = targets.filter((target) => analyzer.terms(target).some(has));
  // A phrase whose words the corpus has each stands in for the phrase (see `unusedEntries`).
  if ((analyzer.terms(word).length === 1 && analyzer.terms(word).every(has)) || firing.length === 0) delete expansions[word];
  else expansions[word] = firing;
}
if (args.includes('--write')) {
  writeFileSync(file, `${JSON.stringify({ synonyms, expansions }, null, 1).replace(/\[\n\s+"/g, '["').replace(/",\n\s+"/g, '", "').replace(/"\n\s+\]/g, '"]')}\n`);
  process.stdout.write(`${file}: ${synonyms.length} synonym groups, ${Object.keys(expansions).length} expansions kept\n`);
}
