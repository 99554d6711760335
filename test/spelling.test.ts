import { describe, expect, it } from 'vitest';
import { createSpeller } from '../src/nlp/spelling.js';

describe('reading misspelt words', () => {
  const speller = createSpeller('Tajikistan Kyrgyzstan Uzbekistan cooperation exercises pipeline whether weapons trade trader'.split(' '));

  it('reads a word the model lacks as the one corpus word it is a letter or two from, keeping its capital', () => {
    expect(speller.correct('What did India give Tajikstan?', ['Tajikstan'])).toBe('What did India give Tajikistan?');
    expect(speller.correct('why does uzbekstan skip sco excercises', ['uzbekstan', 'excercises'])).toBe('why does uzbekistan skip sco exercises');
    expect(speller.correct('Kyrgzystan and Kyrgzystan again', ['Kyrgzystan'])).toBe('Kyrgyzstan and Kyrgyzstan again');
  });

  it('leaves alone words the model knows, words too far from any, short words and words two corpus words fit as well', () => {
    // Only words the model lacks are passed in: "weather" is a word, so it never reaches the speller.
    expect(speller.correct('what is the weather', [])).toBe('what is the weather');
    expect(speller.correct('what is a zxqwvbnm', ['zxqwvbnm'])).toBe('what is a zxqwvbnm');
    expect(speller.correct('the trde', ['trde'])).toBe('the trde');
    // "trades" is one edit from both "trade" and "trader".
    expect(speller.correct('the trades', ['trades'])).toBe('the trades');
  });

  it('replaces whole words only', () => {
    expect(speller.correct('Tajikstanis and Tajikstan', ['Tajikstan'])).toBe('Tajikstanis and Tajikistan');
  });
});
