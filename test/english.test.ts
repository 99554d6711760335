/**
 * Real English through the analyzer and the engine: every word of wink's own lexicon, and sentences made of its
 * words, as questions and as corpus text. Random strings (test/hardening.test.ts) never reach the words wink
 * gives no lemma for ("cannot" before a full stop or a comma, "iam"), which once crashed both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleCorpus, loadCorpus } from '../src/corpus/load.js';
import { parseDocument } from '../src/corpus/parse.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { createEngine } from '../src/search/engine.js';
import { committedCorpus } from './helpers/corpus.js';
import { englishSentence, lexiconWords } from './helpers/english.js';

const corpus = loadCorpus(committedCorpus);
const analyzer = createAnalyzer(corpus.gazetteer, corpus.thesaurus);
const engine = createEngine(corpus, {}, undefined, analyzer);

describe('every word of wink’s lexicon', () => {
  it.each([
    ['at the end of a sentence', (word: string) => `It ${word}.`],
    ['before a comma', (word: string) => `${word}, they said`],
    ['alone, in lower case', (word: string) => word.toLowerCase()],
  ])('is read %s, into terms that are all text', (_where, place) => {
    const analysis = analyzer.analyze(lexiconWords.map(place).join(' '));
    expect(analysis.words.length).toBeGreaterThan(lexiconWords.length / 2);
    expect(analysis.words.every((word) => typeof word === 'string' && word.length > 0)).toBe(true);
  });

  it('words wink gives no lemma ("cannot" before a full stop or a comma, "iam") are read as written', () => {
    expect(analyzer.analyze('It cannot.').words).toEqual([]);
    expect(analyzer.analyze('It cannot, he said, iam.').words).toEqual(['iam']);
    expect(engine.answer('It cannot.')).toEqual({ question: 'It cannot.', entities: [], results: [], unasked: 'chat' });
    expect(analyzer.analyze('Kazakhstan cannot.').entities.map((e) => e.canonical)).toEqual(['Kazakhstan']);
  });
});

describe('flags', () => {
  it('name their countries in a question, as the names would', () => {
    const flagged = engine.answer('🇨🇳🇰🇿 relations?');
    expect(flagged.entities.map((e) => e.canonical).sort()).toEqual(['China', 'Kazakhstan']);
    expect(flagged.results[0]!.id).toBe(engine.answer('China Kazakhstan relations?').results[0]!.id);
    expect(engine.answer('why does 🇺🇿 skip SCO exercises?').results[0]!.id).toBe('p14');
  });
});

describe('sentences of lexicon words', () => {
  it('as questions, never make the engine throw', () => {
    fc.assert(
      fc.property(englishSentence, (question) => {
        const answer = engine.answer(question);
        expect(answer.question).toBe(question);
        expect(answer.results.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 400 },
    );
  });

  it('as the passages and footnotes of a document, are indexed and answered from', () => {
    const sentences = fc.array(englishSentence, { minLength: 1, maxLength: 3 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.array(sentences, { minLength: 1, maxLength: 6 }), sentences, (paragraphs, footnote) => {
        const body = paragraphs.map((text, i) => `{#e${i + 1}} ${text}${i === 0 ? '[i]' : ''}`).join('\n\n');
        const source = `---\nid: english\ntitle: Plain English\n---\n\n## Words\n\n${body}\n\n## Footnotes\n\n[i]: ${footnote}\n`;
        const document = parseDocument('english.md', source);
        const built = createEngine(assembleCorpus([document], corpus.gazetteer, corpus.thesaurus));
        expect(built.corpus.passages).toHaveLength(paragraphs.length);
        for (const paragraph of paragraphs) expect(built.answer(paragraph).question).toBe(paragraph);
      }),
      { numRuns: 40 },
    );
    // Forty indexes built, about 0.3 s each on an idle machine: twice the default time under a full parallel run.
  }, 60_000);
});
