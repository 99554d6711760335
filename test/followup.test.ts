import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/search/engine.js';
import { answerFollowUp, type Turn } from '../src/search/followup.js';
import { committedCorpus } from './helpers/corpus.js';

const engine = createEngine(loadCorpus(committedCorpus));

/** Runs a conversation, turn by turn, as a thread would. */
function converse(questions: string[]) {
  const turns: Turn[] = [];
  return questions.map((question) => {
    const result = answerFollowUp(engine, question, turns);
    turns.push(result.turn);
    return result;
  });
}

describe('follow-up questions', () => {
  it('carry the names and topic over when a follow-up names none, and replace a name of the same kind', () => {
    const [first, kazakhstan, when] = converse(['What did China pledge to Kyrgyzstan in 2004?', 'what about Kazakhstan?', 'and when was that?']);
    expect(first!.answer.results[0]!.id).toBe('p5');
    expect(kazakhstan!.turn.entities.map((e) => e.canonical)).toEqual(['China', 'Kazakhstan']);
    // The year was the Kyrgyzstan question's: what the paper says China gave Kazakhstan is dated otherwise.
    expect(kazakhstan!.turn.topic).toEqual(['pledge']);
    expect(kazakhstan!.answer.results[0]!.text).toMatch(/Kazakhstan/);
    expect(kazakhstan!.answer.question).toBe('what about Kazakhstan?');
    expect(when!.turn).toMatchObject({ entities: kazakhstan!.turn.entities, topic: kazakhstan!.turn.topic });
    expect(when!.answer.results[0]!.id).toBe(kazakhstan!.answer.results[0]!.id);
  });

  it('read a misspelt name in a follow-up as the name meant', () => {
    const [, kazakhstan] = converse(['What did China pledge to Kyrgyzstan in 2004?', 'what about Kazakstan?']);
    expect(kazakhstan!.turn.entities.map((e) => e.canonical)).toEqual(['China', 'Kazakhstan']);
    expect(kazakhstan!.answer.results[0]!.text).toMatch(/Kazakhstan/);
    expect(kazakhstan!.answer.readAs).toBeUndefined();
  });

  it('take the follow-up’s own topic and keep the names in play', () => {
    const [donate, paid, kyrgyzstan] = converse(['What did India donate to Tajikistan?', 'and who paid for the base?', 'what about Kyrgyzstan?']);
    expect(donate!.answer.results[0]!.id).toBe('p18');
    expect(paid!.turn).toMatchObject({ topic: ['paid', 'base'], entities: [{ canonical: 'India' }, { canonical: 'Tajikistan' }] });
    expect(paid!.answer.results[0]!.highlight).toMatch(/India has funded for refurbishment of Tajikistan’s military base/);
    expect(kyrgyzstan!.turn.entities.map((e) => e.canonical)).toEqual(['India', 'Kyrgyzstan']);
    expect(kyrgyzstan!.answer.results.some((r) => r.text.includes('Kyrgyzstan'))).toBe(true);
  });

  it('answer a question with no earlier turns as it is', () => {
    const [only] = converse(['why does Uzbekistan skip SCO exercises?']);
    expect(only!.effective).toBe('why does Uzbekistan skip SCO exercises?');
    expect(only!.answer.results[0]!.id).toBe('p14');
  });
});
