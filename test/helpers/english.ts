/**
 * Real English for property tests: the words of wink's own lexicon (wink-eng-lite-web-model ships it as the
 * `lexeme` list of its core model), not random strings. Questions and passages made of them reach what random
 * strings never do: "cannot" before a full stop, "iam", "dont", for which wink gives no lemma.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';

interface CoreModel {
  features: { lexeme: { list: string[] } };
}

const require = createRequire(import.meta.url);
const core = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModel;

/** Every entry of wink's lexicon that is a word or a number (not whitespace or punctuation): about 87,000. */
export const lexiconWords: readonly string[] = core.features.lexeme.list.filter((entry) => /[\p{L}\p{N}]/u.test(entry));

const word = fc.constantFrom(...lexiconWords);
const punctuation = fc.constantFrom('', '', '', ',', ';', ':', ' -', "'s");

/** A sentence of lexicon words, some followed by punctuation, capitalised and ended as a statement or a question. */
export const englishSentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(word, punctuation), { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '?', '!', '', '...'))
  .map(([words, end]) => {
    const text = words.map(([w, p]) => `${w}${p}`).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
  });
