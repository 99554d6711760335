/**
 * A gazetteer's names found among the tokens of a text, as wink-nlp's custom entities found them when it was taught
 * the names (`learnCustomEntities`, matching normal forms): teaching wink tokenised every name again in each process
 * (about 10 ms of a cold `ask`) and made it look for them in every text it read, passages and word lists too.
 */

/** A name looked for: the entity term it stands for and its words, the normal forms of wink's tokens of it. */
export type NamePattern = [term: string, normals: string[]];

/** A name found: its entity term and the indexes of its first and last tokens. */
export interface FoundName {
  term: string;
  start: number;
  end: number;
}

/**
 * Finds names from left to right, at each token the name of most words that starts there, then on after it. A token
 * is its text as written when that is a word of some name, else its normal form (wink's `preserve`, which lets
 * "US" and "us" be told apart). Of names written alike, the last is found, as wink's automaton kept the last.
 */
export function nameFinder(patterns: readonly NamePattern[]): (values: readonly string[], normals: readonly string[]) => FoundName[] {
  const words = new Set(patterns.flatMap(([, normals]) => normals));
  const bySequence = new Map<string, NamePattern>();
  for (const pattern of patterns) if (pattern[1].length > 0) bySequence.set(pattern[1].join('\u0000'), pattern);
  // By first word, longest first.
  const byFirst = new Map<string, NamePattern[]>();
  for (const pattern of bySequence.values()) {
    const first = pattern[1][0]!;
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(pattern);
  }
  for (const same of byFirst.values()) same.sort((a, b) => b[1].length - a[1].length);

  return (values, normals) => {
    const found: FoundName[] = [];
    const word = (i: number): string => (words.has(values[i]!) ? values[i]! : normals[i]!);
    for (let i = 0; i < values.length; ) {
      const name = byFirst.get(word(i))?.find(([, sequence]) => i + sequence.length <= values.length && sequence.every((w, k) => k === 0 || word(i + k) === w));
      if (!name) {
        i += 1;
        continue;
      }
      found.push({ term: name[0], start: i, end: i + name[1].length - 1 });
      i += name[1].length;
    }
    return found;
  };
}
