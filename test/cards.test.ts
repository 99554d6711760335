import { describe, expect, it } from 'vitest';
import { asksAboutDocument } from '../src/search/cards.js';

describe('questions about the document itself', () => {
  it('speak of it by a word for it or by its publishing, in any case, also across a phrase about the paper', () => {
    for (const question of ['Who WROTE this?', 'what is the paper about?', 'who put this out', 'When did it first come out?', 'was it released in 2015?', 'Who Issued This?', 'What year is this from?']) {
      expect(asksAboutDocument(question), question).toBe(true);
    }
    // Taking "in the paper" out leaves "put it out".
    expect(asksAboutDocument('who put in the paper it out?')).toBe(true);
    for (const question of ['What does the paper say about the SCO?', 'What is RATS?', 'Why does Uzbekistan skip SCO exercises?', 'what came of it?', 'who put troops there?']) {
      expect(asksAboutDocument(question), question).toBe(false);
    }
  });
});
