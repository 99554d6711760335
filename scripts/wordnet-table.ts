/**
 * Writes the general English vocabulary the analyzer reads other wordings through, from WordNet 3.1 (see
 * ./wordnet-db.ts and src/nlp/wordnet.ts):
 *
 *   npm run wordnet-table [-- DIR]      (default: src/nlp)
 *
 * - `phrasal-verbs.txt`: WordNet's verbs of two or three words ("count on", "play down"), one a line;
 * - `proper-names.txt`: WordNet's nouns of one word that only ever name one thing ("putin", "tashkent": each sense an
 *   instance, no verb, adjective or adverb of the same spelling), one a line, in lower case: a question's word in lower
 *   case the corpus lacks is then a name it never mentions ("what does putin think of the SCO?");
 * - `wordnet.tsv.gz`: one line per lemma and part of speech, `term<TAB>pos<TAB>related …<TAB>broader …`, in the
 *   analyzer's normal forms (so that building an index only looks terms up): the related words are those of the
 *   lemma's two most frequent senses (WordNet orders senses by how often they were met in tagged text) and those
 *   derived from it or it from them ("invade" ~ "invasion"); the broader ones are the words of what those senses are
 *   kinds of ("fund": "money").
 *
 * Nothing here is chosen for this paper: a new corpus is read through the same table. A test runs this script and
 * compares its output with the committed files.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { PHRASAL_VERBS_FILE, PROPER_NAMES_FILE, WORDNET_FILE } from '../src/nlp/wordnet.js';
import { PARTS_OF_SPEECH, type Pos, readWordnetDb } from './wordnet-db.js';

/** Senses of a lemma whose words are kept: the most frequent ones, where the everyday meaning is. */
const SENSES_KEPT = 2;

/** The three files' text: the table (to be gzipped), the phrasal verbs and the names. */
export function wordnetTable(): { table: string; phrases: string; names: string } {
  const db = readWordnetDb();
  // The analyzer's normal forms need no gazetteer, thesaurus or phrase list.
  const { lemmaTerm } = createAnalyzer([], { synonyms: [], expansions: {}, file: null }, { names: { asWritten: [], patterns: [] }, synonyms: [], expansions: [], phrases: [] });
  const terms = (words: Set<string>, own: string): string => [...new Set([...words].map(lemmaTerm))].filter((t) => t !== own && !t.includes(' ')).join(' ');
  const phrases = new Set<string>();
  const byTerm = new Map<string, { related: Set<string>; broader: Set<string>; similar: Set<string> }>();
  for (const pos of Object.keys(PARTS_OF_SPEECH) as Pos[]) {
    for (const lemma of db.lemmas(pos)) {
      if (pos === 'v' && /^[a-z]+( [a-z]+){1,2}$/.test(lemma)) phrases.add(lemma);
      const related = new Set<string>();
      const broader = new Set<string>();
      const similar = new Set<string>();
      db.senses(lemma, pos).forEach((synset, rank) => {
        if (rank < SENSES_KEPT) {
          for (const word of synset.words) related.add(word);
          for (const word of synset.similar.flatMap((head) => head.words)) similar.add(word);
          for (const word of synset.hypernyms.flatMap((general) => general.words)) broader.add(word);
        }
        for (const word of synset.derived.get(lemma) ?? []) related.add(word);
      });
      // Spellings that read alike ("organise", "organize") make one line.
      const key = `${lemmaTerm(lemma)}\t${pos}`;
      const entry = byTerm.get(key) ?? byTerm.set(key, { related: new Set(), broader: new Set(), similar: new Set() }).get(key)!;
      for (const word of related) entry.related.add(word);
      for (const word of broader) entry.broader.add(word);
      for (const word of similar) entry.similar.add(word);
    }
  }
  const lines: string[] = [];
  for (const [key, { related, broader, similar }] of byTerm) {
    const own = key.split('\t')[0]!;
    // A satellite adjective's head is a wording of it ("jobless": "unemployed"); not the other way, a head having many
    // satellites of other strengths ("large": "huge", "sizable"). Only of a term that is no noun or verb as well, which a
    // question may be read as the adjective of ("the capital of": "primary"; "drills": "drilled", "trained").
    if (!byTerm.has(`${own}\tn`) && !byTerm.has(`${own}\tv`)) for (const word of similar) related.add(word);
    const line = [key, terms(related, own), terms(broader, own)];
    if (line[1] !== '' || line[2] !== '') lines.push(line.join('\t'));
  }
  const others = new Set((['v', 'a', 'r'] as const).flatMap((pos) => db.lemmas(pos)));
  const names = db.lemmas('n').filter((lemma) => /^[a-z]+$/.test(lemma) && !others.has(lemma) && db.senses(lemma, 'n').every((synset) => synset.instance));
  return { table: `${lines.join('\n')}\n`, phrases: `${[...phrases].sort().join('\n')}\n`, names: `${names.sort().join('\n')}\n` };
}

function main(): void {
  const dir = process.argv[2];
  const { table, phrases, names } = wordnetTable();
  const tableFile = dir ? join(dir, basename(WORDNET_FILE)) : WORDNET_FILE;
  const phraseFile = dir ? join(dir, basename(PHRASAL_VERBS_FILE)) : PHRASAL_VERBS_FILE;
  const namesFile = dir ? join(dir, basename(PROPER_NAMES_FILE)) : PROPER_NAMES_FILE;
  writeFileSync(tableFile, gzipSync(table, { level: 9 }));
  writeFileSync(phraseFile, phrases);
  writeFileSync(namesFile, names);
  process.stdout.write(`wrote ${tableFile} (${table.split('\n').length - 1} terms), ${phraseFile} (${phrases.split('\n').length - 1} phrasal verbs) and ${namesFile} (${names.split('\n').length - 1} names)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
