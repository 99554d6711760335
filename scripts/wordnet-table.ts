/**
 * Writes src/nlp/wordnet.tsv.gz, the general English vocabulary the analyzer reads other wordings through, from
 * WordNet 3.1 (see ./wordnet-db.ts):
 *
 *   npm run wordnet-table
 *
 * One line per lemma and part of speech: `lemma<TAB>pos<TAB>related,…<TAB>broader,…`, where the
 * related lemmas are the other words of the lemma's two most frequent senses (WordNet orders senses by how often
 * they were met in tagged text) and the words derived from it or it from them ("invade" ~ "invasion", "cooperate"
 * ~ "cooperative"), and the broader ones the words of what those senses are kinds of ("helicopter": "heavier-than-air
 * craft"; "aid": "support"), so that a question may name a thing more or less generally than the paper. Phrasal verbs and idioms are lemmas like any other, written with spaces ("count on", "play
 * down"). Nothing here is chosen for this paper: a new corpus is read through the same table.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { WORDNET_FILE } from '../src/nlp/wordnet.js';
import { PARTS_OF_SPEECH, type Pos, readWordnetDb } from './wordnet-db.js';

/** Senses of a lemma whose words are kept: the most frequent ones, where the everyday meaning is. */
const SENSES_KEPT = 2;

const db = readWordnetDb();
const lines: string[] = [];
for (const pos of Object.keys(PARTS_OF_SPEECH) as Pos[]) {
  for (const lemma of db.lemmas(pos)) {
    const related = new Set<string>();
    const broader = new Set<string>();
    db.senses(lemma, pos).forEach((synset, rank) => {
      if (rank < SENSES_KEPT) {
        for (const word of synset.words) related.add(word);
        for (const word of synset.hypernyms.flatMap((general) => general.words)) broader.add(word);
      }
      for (const word of synset.derived.get(lemma) ?? []) related.add(word);
    });
    for (const set of [related, broader]) set.delete(lemma);
    if (related.size + broader.size > 0) lines.push([lemma, pos, ...[related, broader].map((set) => [...set].join(','))].join('\t'));
  }
}
writeFileSync(WORDNET_FILE, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
process.stdout.write(`${lines.length} lemmas written to ${WORDNET_FILE}\n`);
