import { describe, expect, it } from 'vitest';
import { asksAboutAuthor, asksAboutDocument, authorAsSpeaker } from '../src/search/cards.js';
import { createEngine } from '../src/search/engine.js';
import { loadCorpus } from '../src/corpus/load.js';
import { committedCorpus } from './helpers/corpus.js';

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

  it('answer which think tank published "this" with the card first, not the passage saying "think tank"', () => {
    // Session 54's trial: p22 ("…research in a think tank…") had come first, the card with its publisher not at all.
    expect(asksAboutDocument('what is the name of the think tank that published this?')).toBe(true);
    expect(asksAboutDocument('when was it published?')).toBe(true);
    const engine = createEngine(loadCorpus(committedCorpus));
    for (const question of ['what is the name of the think tank that published this?', 'which think tank is behind this paper?']) expect(engine.answer(question).results[0]?.id, question).toBe('tresa2015');
  });

  it('ask about its author by an author word or the surname, not "according to the author" or "what does the writer say about"', () => {
    const meta = { author: 'K. Jennie Tresa' };
    for (const question of ['is the author a professor?', 'Who supervised the writer?', "What is Tresa's job?"]) expect(asksAboutAuthor(question, meta), question).toBe(true);
    for (const question of ['according to the author, why does Uzbekistan skip SCO exercises?', 'What does the author say about the SCO?', 'who wrote this paper?']) expect(asksAboutAuthor(question, meta), question).toBe(false);
    expect(asksAboutAuthor('what do the contributors say', { author: 'Wikipedia contributors' })).toBe(false);
  });

  it('read an author named as the one who says what the document says as "the author", not as a question about her', () => {
    const authors = ['K. Jennie Tresa'];
    expect(authorAsSpeaker('Why, according to Tresa, does China prefer trade?', authors)).toBe('Why, according to the author, does China prefer trade?');
    expect(authorAsSpeaker('What does Jennie Tresa say about RATS?', authors)).toBe('What does the author say about RATS?');
    expect(authorAsSpeaker("What is K. Jennie Tresa's argument about India?", authors)).toBe("What is the author's argument about India?");
    expect(authorAsSpeaker('Tresa argues that China prefers trade. Why?', authors)).toBe('the author argues that China prefers trade. Why?');
    for (const question of ['Where does Tresa study?', "What is Tresa's job?", 'Who is Jennie Tresa?']) expect(authorAsSpeaker(question, authors), question).toBe(question);
    const engine = createEngine(loadCorpus(committedCorpus));
    expect(engine.answer('Why, according to Tresa, does China prefer economic ties over military ties?').results[0]?.id).toBe('p11');
    expect(engine.answer('What does Tresa say about RATS?').results[0]?.id).toBe('p16');
  });

  it('answer what the paper does not say of its author with its passage "About the author", after the card when the card answers', () => {
    const engine = createEngine(loadCorpus(committedCorpus));
    const ids = (question: string): string[] => engine.answer(question).results.map((r) => r.id);
    expect(ids('is the author a professor?')).toEqual(['p22']);
    // The sentence naming her speaks of "the author", not only the one with the word ("The views expressed … of the author").
    expect(engine.answer('Is the author an intern?').results[0]?.highlight).toBe('K.Jennie Tresa is an intern with Chennai Centre for China Studies.');
    expect(ids('Who is the author’s supervisor?')).toEqual(['p22']);
    expect(ids('who is the author?')).toEqual(['tresa2015', 'p22']);
    // What the paper says of something else is answered as before.
    expect(ids('What does the author think about the SCO?')[0]).not.toBe('p22');
  });

  it('read a misspelt word of a question about the document as the word it was meant to be, though no passage has it', () => {
    const engine = createEngine(loadCorpus(committedCorpus));
    const footnotes = engine.answer('how many footnots are there');
    expect(footnotes.readAs).toBe('how many footnotes are there');
    expect(footnotes.outline?.footnotes.length).toBeGreaterThan(0);
    expect(engine.answer('what are the sectons of the paper').outline).toBeDefined();
    // Asked to count them (session 60's trial: the conclusion had been the answer).
    expect(engine.answer('Count the footnotes in this paper for me').outline?.footnotes.length).toBeGreaterThan(0);
    expect(engine.answer('list the sourcs').sources?.length).toBeGreaterThan(0);
    expect(engine.answer('who is the auther').results.map((r) => r.id)).toEqual(['tresa2015', 'p22']);
    // A word of four letters with a letter left out, read as that word of a question about a document (session 53's
    // trial: "Who wrote the papr?" had been told the paper does not cover that), or as the corpus's ("the trde").
    const paper = engine.answer('Who wrote the papr?');
    expect([paper.readAs, paper.results[0]?.id]).toEqual(['Who wrote the paper?', 'tresa2015']);
    expect(engine.answer('what about the trde with china?').readAs).toBe('what about the trade with china?');
  });

  it('count the sources or references as the footnotes are counted: the card and the outline', () => {
    const engine = createEngine(loadCorpus(committedCorpus));
    for (const question of ['how many sources does the paper use?', 'how many references does it have?']) {
      const answer = engine.answer(question);
      expect([answer.results.map((r) => r.id), answer.outline?.footnotes.length], question).toEqual([['tresa2015'], 11]);
    }
    // Not of a name's: "how many sources are cited about Kazakhstan?" is answered by the passages on it.
    expect(engine.answer('how many sources are cited about Kazakhstan?').outline).toBeUndefined();
    // "how many pages is it?" asks how long it is: the outline says (it had been asked of the passages).
    expect(engine.answer('how many pages is it?').outline?.passages).toBe(22);
  });

  it('answer what the paper is about, its topic, purpose or argument, with its card first', () => {
    const engine = createEngine(loadCorpus(committedCorpus));
    for (const question of ['what is the main topic of the paper?', 'what is the purpose of this paper?', 'what does the author argue?', "what's the paper's main topic?"]) {
      expect(engine.answer(question).results[0]?.id, question).toBe('tresa2015');
    }
    // Not the purpose or the argument of something the paper speaks of.
    expect(engine.answer('what is the purpose of RATS?').results[0]?.id).toBe('p16');
  });
});
