import fc from 'fast-check';
import damerauLevenshtein from 'damerau-levenshtein';
import { describe, expect, it } from 'vitest';
import { buildSpellingIndex, createSpeller, replaceWord } from '../src/nlp/spelling.js';
import { FUNCTION_WORDS } from '../src/nlp/unasked.js';

const speller = (words: string[]) => createSpeller(buildSpellingIndex(words));

/**
 * What the speller must answer: the brute-force scan it replaced, comparing the word with every corpus word (two
 * neighbouring letters swapped count as one edit).
 */
function scanned(vocabulary: string[], word: string): string {
  const known = new Set<string>();
  for (const w of vocabulary) if (/^\p{L}+$/u.test(w)) known.add(w.toLowerCase());
  const candidates = [...known].filter((w) => w.length >= 4).sort();
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return word;
  const closestTo = (w: string, most = 2): string | null => {
    let best: string[] = [];
    let bestEdits = Math.min(w.length >= 7 ? 2 : 1, most) + 1;
    for (const candidate of candidates) {
      // A word whose length differs by as many letters as the best edits so far may still tie with it.
      if (Math.abs(candidate.length - w.length) > bestEdits) continue;
      const edits = damerauLevenshtein(w, candidate).steps;
      if (edits < bestEdits) [best, bestEdits] = [[candidate], edits];
      else if (edits === bestEdits && best.length > 0) best.push(candidate);
    }
    if (best.length === 0) return null;
    if (best.length === 1) return best[0]!;
    // Of words as close, the one beginning and ending as the word does, if one only; else none ('').
    const keeps = (candidate: string): number => Number(candidate[0] === w[0]) + Number(candidate.at(-1) === w.at(-1));
    const mostKept = Math.max(...best.map(keeps));
    const kept = best.filter((candidate) => keeps(candidate) === mostKept);
    return kept.length === 1 ? kept[0]! : '';
  };
  const questionWord = (): string | null => {
    if (lower.length < 3 || FUNCTION_WORDS.includes(lower) || candidates.includes(lower)) return null;
    const near = FUNCTION_WORDS.filter((w) => Math.abs(w.length - lower.length) <= 1 && damerauLevenshtein(lower, w).steps === 1);
    return near.length === 1 ? near[0]! : null;
  };
  const capital = lower !== word;
  // '' when two words are as close: neither is read.
  let found = lower.length >= 5 || (capital && lower.length === 4) ? (known.has(lower) ? null : closestTo(lower)) : capital ? null : questionWord();
  // A word the corpus has only with an ending, when none is close to it as it is, one edit at most; never a name.
  if (found === null && !capital && lower.length >= 4 && !known.has(lower)) {
    for (const ending of ['s', 'ed', 'es', 'ing', 'ment', 'ion', 'ation']) {
      found = known.has(lower + ending) ? lower + ending : closestTo(lower + ending, 1);
      if (found) break;
    }
  }
  if (!found) return word;
  return /^\p{Lu}/u.test(word) ? found[0]!.toUpperCase() + found.slice(1) : found;
}

describe('reading misspelt words', () => {
  const corpus = speller('Tajikistan Kyrgyzstan Uzbekistan cooperation exercises pipeline whether weapons trade trader'.split(' '));

  it('reads a word the model lacks as the one corpus word it is a letter or two from, keeping its capital', () => {
    expect(corpus.correct('What did India give Tajikstan?', ['Tajikstan'])).toBe('What did India give Tajikistan?');
    expect(corpus.correct('why does uzbekstan skip sco excercises', ['uzbekstan', 'excercises'])).toBe('why does uzbekistan skip sco exercises');
    expect(corpus.correct('Kyrgzystan and Kyrgzystan again', ['Kyrgzystan'])).toBe('Kyrgyzstan and Kyrgyzstan again');
    // The edits may fall anywhere: at the start, past the first seven letters, or both.
    expect(corpus.correct('xtajikistanx', ['xtajikistanx'])).toBe('tajikistan');
    expect(corpus.correct('Tjikistn', ['Tjikistn'])).toBe('Tajikistan');
    expect(corpus.correct('cooperatoin', ['cooperatoin'])).toBe('cooperation');
    // Two letters swapped are one slip, as one letter wrong is: a word of five or six letters allows one.
    expect(speller(['India', 'trade']).correct('Inida and Pakistan', ['Inida'])).toBe('India and Pakistan');
    expect(speller(['India', 'trade']).correct('tarde', ['tarde'])).toBe('trade');
    // a word of parts joined by hyphens, part by part; a part already right stays
    expect(corpus.correct('the anti-cooperatoin pipline', ['anti-cooperatoin', 'pipline'])).toBe('the anti-cooperation pipeline');
    expect(corpus.correct('the Kyrgzystan-Tajikistan border', ['Kyrgzystan-Tajikistan'])).toBe('the Kyrgyzstan-Tajikistan border');
  });

  it('leaves alone words the model knows, words too far from any, short words and words two corpus words fit as well', () => {
    // Only words the model lacks are passed in: "weather" is a word, so it never reaches the speller.
    expect(corpus.correct('what is the weather', [])).toBe('what is the weather');
    expect(corpus.correct('what is a zxqwvbnm', ['zxqwvbnm'])).toBe('what is a zxqwvbnm');
    expect(corpus.correct('the trde', ['trde'])).toBe('the trde');
    // "trades" is one edit from both "trade" and "trader".
    expect(corpus.correct('the trades', ['trades'])).toBe('the trades');
    // ... but a word that only adds or drops letters to be as close as the first in alphabetical order is passed
    // over, as the scan did: "coperation" is "cooperation", though the "operation" of "co-operation" is as close.
    expect(speller(['co', 'operation', 'cooperation']).correct('coperation', ['coperation'])).toBe('cooperation');
    // A word the corpus has is no misspelling, whatever lies a letter from it.
    expect(corpus.correct('the Trader', ['Trader'])).toBe('the Trader');
  });

  it('reads a word the corpus has only with an ending as that word, and a name of four letters as a longer name is read', () => {
    const words = speller('refurbishment occurs China changed'.split(' '));
    expect(words.correct('where did India refurbsh a base?', ['refurbsh'])).toBe('where did India refurbishment a base?');
    expect(words.correct('where does it ocur', ['ocur'])).toBe('where does it occurs');
    expect(words.correct('ties with Chna', ['Chna'])).toBe('ties with China');
    // A name takes no ending: "Chng" is not "changed".
    expect(words.correct('ties with Chng', ['Chng'])).toBe('ties with Chng');
    // Nor is a word an ending and two edits from a corpus word that word: "lorem", "amet" are no "formation", "meeting".
    const more = speller('formation meeting issues refurbishment'.split(' '));
    expect(more.correct('lorem ipsum dolor sit amet', ['lorem', 'ipsum', 'dolor', 'amet'])).toBe('lorem ipsum dolor sit amet');
    expect(more.correct('where did India refurbsh a base?', ['refurbsh'])).toBe('where did India refurbishment a base?');
  });

  it('writes a word read as a corpus word in the form of its stem closest to what was typed, where told which forms are one word', () => {
    // English's forms of a stem, as the engine's analyzer would say (here: a word and the word with its ending cut).
    const forms = new Map([['refurbish', 'refurbishment'], ['welcome', 'welcomes'], ['help', 'helped']]);
    const sameWord = (form: string, word: string): boolean => forms.get(form) === word;
    const words = createSpeller(buildSpellingIndex(['refurbishment', 'welcomes', 'helped', 'occurs']), undefined, undefined, sameWord);
    expect(words.correct('where did India refurbsh a base?', ['refurbsh'])).toBe('where did India refurbish a base?');
    expect(words.correct('why does China welcom Russia', ['welcom'])).toBe('why does China welcome Russia');
    expect(words.correct('who sought US halp', ['halp'])).toBe('who sought US help');
    // No form told: the corpus's ("occur" is no word the speller is told of).
    expect(words.correct('where does it ocur', ['ocur'])).toBe('where does it occurs');
  });

  it('reads a word equally close to two as the one ending as it does, if one only; else the one the corpus uses more, or either where both name one thing, if told', () => {
    expect(speller(['played', 'plays']).correct('how is it playd', ['playd'])).toBe('how is it played');
    expect(createSpeller(buildSpellingIndex(['central', 'centre'])).correct('centrl asia', ['centrl'])).toBe('central asia');
    // "xrand" is one slip from "brand" and from "grand", both ending as it does.
    const index = buildSpellingIndex(['brand', 'grand']);
    expect(createSpeller(index).correct('xrand', ['xrand'])).toBe('xrand');
    const uses = new Map([['grand', 9], ['brand', 2]]);
    expect(createSpeller(index, (word) => uses.get(word) ?? 0).correct('xrand', ['xrand'])).toBe('grand');
    // Used alike, neither is meant; unless both name one thing, when either is.
    expect(createSpeller(index, () => 3).correct('xrand', ['xrand'])).toBe('xrand');
    const spellings = buildSpellingIndex(['uyghurs', 'uighers']);
    expect(createSpeller(spellings, () => 0).correct('how many uyghers', ['uyghers'])).toBe('how many uyghers');
    expect(createSpeller(spellings, () => 0, (word) => (['uyghurs', 'uighers'].includes(word) ? 'Uighurs' : undefined)).correct('how many uyghers', ['uyghers'])).toMatch(/^how many (uyghurs|uighers)$/);
    // Beginning as the word does counts as ending as it does, whichever comes first in the alphabet.
    expect(speller(['durand', 'durrani']).correct('Durani won at Panipat', ['Durani'])).toBe('Durrani won at Panipat');
    expect(speller(['cooperation', 'operation']).correct('military coperation', ['coperation'])).toBe('military cooperation');
  });

  it('reads a short word in lower case as the one question word it is a slip from, and no other short word', () => {
    expect(corpus.correct('how meny troops', ['meny'])).toBe('how many troops');
    expect(corpus.correct('whta did india give', ['whta'])).toBe('what did india give');
    // "wich" is one slip from "which" and from "with": the word that asks, a question's likeliest slip; never a corpus
    // word with an ending ("wishes", as it had been read). "thay" is "they" or "that", neither asking: read as neither.
    expect(corpus.correct('wich college is the author from', ['wich'])).toBe('which college is the author from');
    expect(corpus.correct('thay framework', ['thay'])).toBe('thay framework');
    expect(corpus.correct('Meny', ['Meny'])).toBe('Meny');
    expect(corpus.correct('trde', ['trde'])).toBe('trde');
  });

  it('reads a word as equally close forms of one word, and a name of four letters typed in lower case as the name', () => {
    // "fundd" is one slip from "fund" and from "funded": forms of one word, either is meant.
    const forms = createSpeller(buildSpellingIndex(['fund', 'funded', 'base']), () => 1, undefined, (a, b) => [a, b].sort().join() === 'fund,funded');
    expect(forms.correct('who fundd the base', ['fundd'])).toMatch(/^who fund(?:ed)? the base$/);
    // "inda" and "chna", names in lower case: the corpus's names one slip from them, as "Inda" and "Chna" are read.
    const names = createSpeller(buildSpellingIndex(['india', 'china', 'trade']), undefined, (word) => ({ india: 'India', china: 'China' })[word]);
    expect(names.correct('when did inda and chna sign', ['inda', 'chna'])).toBe('when did india and china sign');
    // A word four letters long that is no name stays as typed ("trde"), as before.
    expect(names.correct('the trde', ['trde'])).toBe('the trde');
  });

  it('reads a short word no reading mends as the one corpus word a slip from it held together with a word beside it', () => {
    const index = buildSpellingIndex(['three', 'there', 'threat', 'evils', 'khan']);
    const pairs = new Set(['three evils', 'kublai khan']);
    const together = (a: string, b: string): boolean => pairs.has(`${a} ${b}`) || pairs.has(`${b} ${a}`);
    const beside = createSpeller(index, undefined, undefined, undefined, together);
    expect(beside.correct('what are the thre evils', ['thre'])).toBe('what are the three evils');
    expect(beside.correct('who was kublai kan', ['kan'])).toBe('who was kublai khan');
    // Beside no word the corpus holds it with, or where two fit, it is left as typed; and without `together`, as before.
    expect(beside.correct('the thre', ['thre'])).toBe('the thre');
    expect(beside.correct('thre threats', ['thre'])).toBe('thre threats');
    expect(createSpeller(index).correct('what are the thre evils', ['thre'])).toBe('what are the thre evils');
    const both = createSpeller(index, undefined, undefined, undefined, () => true);
    expect(both.correct('thre evils', ['thre'])).toBe('thre evils');
  });

  it('names the words of a text it would read as others, whatever the model knows of them', () => {
    // "weather" is one: a word of the model's, but two edits from the corpus's "whether" (the analyzer then learns
    // that the model has it). Words of the corpus, short words and words near none are not.
    expect(corpus.suspects('Why does Uzbekstan skip the weather excercises of Tajikstan? Tajikstan’s, Uzbekistan, trde, zxqwvbnm')).toEqual(['Uzbekstan', 'weather', 'excercises', 'Tajikstan']);
    expect(corpus.suspects('Why does Uzbekistan skip exercises?')).toEqual([]);
  });

  it('names as suspects exactly the words of a text it would change, on random texts', () => {
    const piece = fc.constantFrom('Tajikstan', 'tajikstan', 'Kyrgzystan', 'cooperatoin', 'Uzbekistan', 'whether', 'weather', 'trde', 'trades', 'xtajikistanx', 'é', 'ab');
    const gap = fc.constantFrom(' ', '-', "'s ", '’', '.', '?', '2', '', '\n', '(');
    const text = fc.array(fc.tuple(piece, gap), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        const changing = [...new Set(t.match(/\p{L}+/gu) ?? [])].filter((w) => corpus.correct(t, [w]) !== t);
        expect(corpus.suspects(t)).toEqual(changing);
      }),
      { numRuns: 500 },
    );
  });

  it('replaces whole words only', () => {
    expect(corpus.correct('Tajikstanis and Tajikstan', ['Tajikstan'])).toBe('Tajikstanis and Tajikistan');
  });

  it('replaces a word where the pattern of a whole word would, in any text', () => {
    // Letters, non-letters, and both halves of surrogate pairs (letters and not), whole and alone.
    const unit = fc.constantFrom('a', 'b', 'ab', 'A', ' ', '-', "'", 'é', '1', '𝐀', '😀', '\ud835', '\udc00', '\ud83d');
    const text = fc.array(unit, { maxLength: 24 }).map((units) => units.join(''));
    const word = fc.constantFrom('a', 'ab', 'b', 'aa', '𝐀', 'é', 'a𝐀');
    fc.assert(
      fc.property(text, word, (t, w) => {
        expect(replaceWord(t, w, 'X')).toBe(t.replace(new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'gu'), 'X'));
      }),
      { numRuns: 2000 },
    );
  });

  it('survives the hand-over from the indexing worker: built once, copied to another thread, it reads words the same', () => {
    const index = buildSpellingIndex('Tajikistan Kyrgyzstan Uzbekistan cooperation'.split(' '));
    const read = createSpeller(structuredClone(index));
    expect(read.correct('Kyrgystan', ['Kyrgystan'])).toBe('Kyrgyzstan');
  });

  it('passes over what a damaged index holds past its words, rather than failing on a question', () => {
    const index = buildSpellingIndex('Tajikistan Kyrgyzstan Uzbekistan cooperation'.split(' '));
    const damaged = createSpeller({ ...index, words: index.words.slice(0, 1) });
    expect(() => damaged.correct('Kyrgystan coperation', ['Kyrgystan', 'coperation'])).not.toThrow();
    expect(damaged.correct('Kyrgystan', ['Kyrgystan'])).toBe('Kyrgystan');
  });

  it('gives the answers a scan of every corpus word gives, on random vocabularies', () => {
    // Few letters, so that words often lie one or two edits from several others; some capitals and non-ASCII.
    const letter = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'r', 's', 't', 'A', 'T', 'é', 'ü', 'ğ', 'İ');
    const word = fc.array(letter, { minLength: 1, maxLength: 13 }).map((letters) => letters.join(''));
    const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace', 'swap'), fc.nat(), letter);
    /** A word of the vocabulary with up to three random edits: near, but not always near enough. */
    const misspelt = (vocabulary: string[]) =>
      fc.tuple(fc.constantFrom(...vocabulary), fc.array(edit, { maxLength: 3 })).map(([start, edits]) =>
        edits.reduce((w, [kind, at, c]) => {
          const i = w.length === 0 ? 0 : at % w.length;
          if (kind === 'insert') return w.slice(0, i) + c + w.slice(i);
          if (kind === 'delete') return w.slice(0, i) + w.slice(i + 1);
          if (kind === 'replace') return w.slice(0, i) + c + w.slice(i + 1);
          return w.slice(0, i) + w.slice(i + 1, i + 2) + w[i] + w.slice(i + 2);
        }, start),
      );
    const vocabularyAndWords = fc
      .array(fc.oneof(word, fc.constantFrom('x-ray', "can't", '42', '')), { minLength: 1, maxLength: 200 })
      .chain((vocabulary) => fc.tuple(fc.constant(vocabulary), fc.array(fc.oneof(misspelt(vocabulary), word), { minLength: 1, maxLength: 30 })));
    fc.assert(
      fc.property(vocabularyAndWords, ([vocabulary, words]) => {
        const read = speller(vocabulary);
        // With far more buckets than entries, words seldom share one by chance: each is found by its own deletions.
        const sparse = createSpeller(buildSpellingIndex(vocabulary, { bucketLoad: 1 / 256 }));
        for (const w of words) {
          expect(read.correct(w, [w])).toBe(scanned(vocabulary, w));
          expect(sparse.correct(w, [w])).toBe(scanned(vocabulary, w));
        }
      }),
      { numRuns: 300 },
    );
  });
});
