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
 * A token as names are matched by: an abbreviation's closing full stop left out ("u.s.a." as "u.s.a"). wink's
 * tokenizer cuts such a word by what it has read before in the process: "U.S.A." is one token until it has met
 * "U.S.A" (in "U.S.A's", say), then "U.S.A" and "."; so a process that indexed the paper and one that loaded the index
 * from the cache read "the U.S.A. in Central Asia" apart, and only the first found the country in it.
 */
export function bare(token: string): string {
  return token.length > 2 && token.endsWith('.') && token.indexOf('.') < token.length - 1 ? token.slice(0, -1) : token;
}

/** A name's tokens as matched: each bare, without hyphens and a full stop after the last, which is the text's punctuation. */
function bareName(tokens: readonly string[]): string[] {
  // A hyphen is no word of a name: names are matched over a text's tokens without hyphens between words.
  const words = tokens.filter((token, i) => token !== '-' || i === 0 || i === tokens.length - 1).map(bare);
  return words.length > 1 && words[words.length - 1] === '.' ? words.slice(0, -1) : words;
}

/**
 * Finds names from left to right, at each token the name of most words that starts there, then on after it. A token
 * is its text as written when that is a word of some name, else its normal form (wink's `preserve`, which lets
 * "US" and "us" be told apart). Of names written alike, the last is found, as wink's automaton kept the last.
 */
export function nameFinder(patterns: readonly NamePattern[]): (values: readonly string[], normals: readonly string[]) => FoundName[] {
  const bared = patterns.map(([term, normals]): NamePattern => [term, bareName(normals)]);
  const words = new Set(bared.flatMap(([, normals]) => normals));
  const bySequence = new Map<string, NamePattern>();
  for (const pattern of bared) if (pattern[1].length > 0) bySequence.set(pattern[1].join('\u0000'), pattern);
  // By first word, longest first.
  const byFirst = new Map<string, NamePattern[]>();
  for (const pattern of bySequence.values()) {
    const first = pattern[1][0]!;
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(pattern);
  }
  for (const same of byFirst.values()) same.sort((a, b) => b[1].length - a[1].length);
  // "indias", "chinas": a one-word name with a possessive's "s" and no apostrophe, as chat writes it; by that word.
  const possessives = new Map<string, NamePattern>();
  for (const [key, pattern] of bySequence) if (pattern[1].length === 1) possessives.set(`${key}s`, pattern);

  return (values, normals) => {
    const found: FoundName[] = [];
    // Each token's word, worked out once (a name's later words are compared with the tokens after its first); null for
    // one that is no word of any name, which no name starts with or holds.
    const tokenWords = new Array<string | null>(values.length);
    for (let i = 0; i < values.length; i += 1) {
      const value = bare(values[i]!);
      if (words.has(value)) {
        tokenWords[i] = value;
        continue;
      }
      const normal = bare(normals[i]!);
      tokenWords[i] = normal !== value && words.has(normal) ? normal : null;
    }
    // A name's words may be joined by hyphens ("Shanghai-bloc states"), which wink reads as tokens of their own: names
    // are matched over the tokens without them, and found where their words are.
    const at: number[] = [];
    for (let i = 0; i < values.length; i += 1) if (values[i] !== '-' || i === 0 || i === values.length - 1) at.push(i);
    for (let j = 0; j < at.length; ) {
      const i = at[j]!;
      const first = tokenWords[i];
      const name = typeof first !== 'string' ? undefined : byFirst.get(first)?.find(([, sequence]) => j + sequence.length <= at.length && sequence.every((w, k) => k === 0 || tokenWords[at[j + k]!] === w));
      if (!name) {
        const normal = bare(normals[i]!);
        const owner = normal.length > 3 && normal.endsWith('s') ? possessives.get(normal) : undefined;
        if (owner) found.push({ term: owner[0], start: i, end: i });
        j += 1;
        continue;
      }
      found.push({ term: name[0], start: i, end: at[j + name[1].length - 1]! });
      j += name[1].length;
    }
    return found;
  };
}

/** A name typed all in lower case with its capitals ("syria": "Syria", "north korea": "North Korea"); any other as typed. */
export const withCapitals = (name: string): string => (/\p{Lu}/u.test(name) ? name : name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()));
