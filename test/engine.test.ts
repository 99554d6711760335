import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { buildIndex, createEngine } from '../src/search/engine.js';
import { createLookup } from '../src/search/lookup.js';
import { evaluate, parseEvalFile } from '../scripts/eval.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const engine = createEngine(corpus);
const lookup = createLookup(corpus);
const evalFile = (name: string) => {
  const file = join(committedCorpus, '..', 'test', 'eval', name);
  return parseEvalFile(file, readFileSync(file, 'utf8'));
};

describe('retrieval on the evaluation sets', () => {
  it('meets the bar on the shared dev set', () => {
    const report = evaluate(engine, evalFile('dev.jsonl'));
    expect(report.misses).toEqual([]);
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.95);
    expect(report.hitAt3).toBe(1);
    expect(report.outOfScopeAbstained).toBe(report.outOfScope);
    expect(report.outOfScope).toBe(3);
    expect(report.falseAbstentions).toBe(0);
    expect(report.citationsCorrect).toBe(report.citationsExpected);
    expect(report.entitiesFound).toBe(report.entitiesExpected);
  });

  // Our own sets, each with the bar it meets; `npm run eval -- test/eval/FILE` lists the misses.
  it.each([
    { file: 'paraphrase.jsonl', what: 'paraphrases in other words and other names', hitAt1: 0.9, hitAt3: 1, outOfScopeMissed: 0 },
    { file: 'aliases.jsonl', what: 'other names for places, bodies and events', hitAt1: 0.9, hitAt3: 1, outOfScopeMissed: 0 },
    { file: 'short.jsonl', what: 'short keyword queries and chit-chat', hitAt1: 0.9, hitAt3: 1, outOfScopeMissed: 0 },
    { file: 'plain.jsonl', what: 'plain questions on every part of the paper', hitAt1: 0.95, hitAt3: 1, outOfScopeMissed: 0 },
    { file: 'probe.jsonl', what: 'broader questions written to find weak spots', hitAt1: 0.85, hitAt3: 0.85, outOfScopeMissed: 0 },
    // "China's population" meets "ethnic population"; "what did the Mongols eat" meets the Mongols passage.
    { file: 'extra.jsonl', what: 'plain questions', hitAt1: 0.95, hitAt3: 1, outOfScopeMissed: 2 },
    { file: 'typos.jsonl', what: 'misspelt names and words ("Tajikstan", "excercises")', hitAt1: 0.9, hitAt3: 1, outOfScopeMissed: 0 },
    // Written blind in the fourth session, then measured once (hit@1 0.806, 3 false abstentions) before one general
    // fix; "what new field has RATS moved into lately" and "why does China care about stability" still abstain.
    { file: 'fresh.jsonl', what: 'blind paraphrases of every section', hitAt1: 0.83, hitAt3: 0.94, outOfScopeMissed: 0, falseAbstentions: 2 },
    // Written blind after that fix, measured once (hit@1 0.769, 2 false abstentions) before the question-word and
    // short-name fixes; "how big were the SCO exercises and what does that show" still abstains.
    { file: 'fresh2.jsonl', what: 'blind student-style questions', hitAt1: 0.84, hitAt3: 0.88, outOfScopeMissed: 0, falseAbstentions: 1 },
    // Written blind in the style of the shared dev set, measured once (hit@1 0.929) before "take place" was read as
    // no word; "what is the population of Kyrgyzstan" meets the paper's Kyrgyzstan, "who founded the SCO" its formation.
    { file: 'fresh3.jsonl', what: 'blind questions in the dev set’s style', hitAt1: 1, hitAt3: 1, outOfScopeMissed: 2 },
    // Written blind last, on the passages the other sets ask least about; measured, and left as it scored.
    { file: 'fresh4.jsonl', what: 'blind questions on the less asked passages', hitAt1: 0.85, hitAt3: 0.95, outOfScopeMissed: 0 },
  ])('answers $what ($file)', ({ file, hitAt1, hitAt3, outOfScopeMissed, falseAbstentions = 0 }) => {
    const report = evaluate(engine, evalFile(file));
    expect(report.hitAt1).toBeGreaterThanOrEqual(hitAt1);
    expect(report.hitAt3).toBeGreaterThanOrEqual(hitAt3);
    expect(report.falseAbstentions).toBeLessThanOrEqual(falseAbstentions);
    expect(report.outOfScopeAbstained).toBeGreaterThanOrEqual(report.outOfScope - outOfScopeMissed);
    expect(report.entitiesFound).toBe(report.entitiesExpected);
  });
});

describe('answers', () => {
  it('answer the Uzbekistan question with the passage, the sentence that answers it and no invented citation', () => {
    const answer = engine.answer('why does Uzbekistan skip SCO exercises?');
    const [top] = answer.results;
    expect(top!.id).toBe('p14');
    expect(top!.section).toBe('SCO and the Peace Initiatives');
    expect(top!.document).toBe('China-Central Asia Defence Relations');
    expect(top!.highlight).toMatch(/^But Uzbekistan has consistently refused to participate in the SCO exercises/);
    expect(top!.citations).toEqual([]);
    expect(answer.entities.map((e) => e.canonical)).toEqual(expect.arrayContaining(['Uzbekistan', 'SCO']));
  });

  it('do not let a verb the paper lacks outweigh the words and names it has', () => {
    const question = 'Why does China play down its military links with Central Asia?';
    const { concepts } = engine.explain(question);
    const play = concepts.find((c) => c.terms[0] === 'play')!;
    expect(play.weight).toBeLessThanOrEqual(concepts.filter((c) => c !== play).reduce((sum, c) => sum + c.weight, 0));
    expect(engine.answer(question).results[0]?.id).toBe('p11');
    // A thing the paper lacks still counts in full: it does not name presidents.
    expect(engine.answer('Who is the president of Kazakhstan?').results).toEqual([]);
  });

  it('read misspelt words as the paper’s, say so, and leave well-spelt questions as they are', () => {
    const misspelt = engine.answer('What did India donate to Tajikstan?');
    const spelt = engine.answer('What did India donate to Tajikistan?');
    expect(misspelt.readAs).toBe('What did India donate to Tajikistan?');
    expect(misspelt.results).toEqual(spelt.results);
    expect(misspelt.entities).toEqual(spelt.entities);
    expect(spelt).not.toHaveProperty('readAs');
    expect(engine.spell('Why does Uzbekstan skip SCO excercises?')).toBe('Why does Uzbekistan skip SCO exercises?');
    // "weather" is an English word the paper lacks, not a misspelling of one it has ("whether").
    expect(engine.answer('What is the weather in Tashkent?')).toMatchObject({ results: [] });
    expect(engine.answer('What is the weather in Tashkent?')).not.toHaveProperty('readAs');
  });

  it('find a passage by the sources it cites: their authors, titles and publications, not when they were read', () => {
    expect(engine.answer('What did Joshua Kucera write about?').results[0]!.id).toBe('p5');
    expect(engine.answer('Which passages cite the Jamestown article?').results[0]!.id).toBe('p8');
    expect(engine.answer('Who is Dmitry Gorenburg?').results.map((r) => r.id).sort()).toEqual(['p11', 'p16']);
    const index = buildIndex(corpus, engine.analyzer);
    const footnoteTerms = new Set(Object.values(index.footnotes).flat().map((id) => index.terms[id]));
    expect(footnoteTerms).toContain('kucera');
    expect([...footnoteTerms].filter((term) => /^access|^may$/.test(term!))).toEqual([]);
  });

  it('write out exactly the footnotes the passage cites', () => {
    const top = engine.answer('What did China pledge to Kyrgyzstan in 2004?').results[0]!;
    expect(top.citations).toEqual([{ marker: 'iii', text: expect.stringMatching(/^Joshua Kucera, “China Boosts Military Aid To Kyrgyzstan, Tajikistan”/) }]);
  });

  it('hold at most five passages, best first, each whole and scored', () => {
    const answer = engine.answer('China military cooperation Central Asia SCO exercises Russia India Tajikistan Kazakhstan');
    expect(answer.results.length).toBeGreaterThan(1);
    expect(answer.results.length).toBeLessThanOrEqual(5);
    const scores = answer.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const result of answer.results) {
      expect(lookup.passage(result.id)!.text).toBe(result.text);
      expect(result.text).toContain(result.highlight);
    }
  });

  it('answer who wrote the paper and who published it from the author’s note', () => {
    expect(engine.answer('Who wrote this paper?').results[0]!.section).toBe('About the author');
    expect(engine.answer('Which think tank published it?').results[0]!.text).toContain('Chennai Centre for China Studies');
  });

  it('are empty when only weak or common words match', () => {
    for (const question of ['What is the weather in Paris today?', 'Recommend a good pizza recipe', 'What is the GDP of Brazil?', 'Who is the president of the United States?']) {
      expect(engine.answer(question).results, question).toEqual([]);
    }
  });

  it('look passages up by id, whatever the case or brackets, and suggest the nearest for a wrong one', () => {
    expect(lookup.passage('P14')!.id).toBe('p14');
    expect(lookup.passage('[p3]')!.id).toBe('p3');
    expect(lookup.passage('p999')).toBeUndefined();
    expect(lookup.nearestPassageIds('p23')).toEqual(['p2', 'p3', 'p13']);
  });

  it('look footnotes up by marker, with the passages that cite them', () => {
    const ref = lookup.footnote('[iii]')!;
    expect(ref.footnote.text).toContain('Kucera');
    expect(ref.citedBy.map((p) => p.id)).toEqual(['p5']);
    expect(lookup.footnote('xiv')).toBeUndefined();
  });

  it('name topics the paper covers, not its generic sections', () => {
    expect(engine.topics()).toContain('SCO and the Peace Initiatives');
    expect(engine.topics()).not.toContain('Introduction');
  });
});

describe('bad input', () => {
  const strange = [
    '', '   ', '\n\t', '?'.repeat(50), '!!! ??? ...', '😀🔥💥', '中国和中亚的军事关系', 'Узбекистан', 'الصين',
    '**bold** _it_ `code` ```js\nconsole.log(1)\n``` > quote', '@everyone @here <@123456789012345678> <@&987654321098765432>',
    '\u200b\u200c\u200d\ufeff', 'a'.repeat(10_000), 'Uzbekistan '.repeat(1_000), '\u0000\u0001', '[p14] {#p1} [i]:',
  ];

  it('never throws and echoes the question', () => {
    for (const question of strange) {
      const answer = engine.answer(question);
      expect(answer.question).toBe(question);
      expect(Array.isArray(answer.results)).toBe(true);
    }
    expect(engine.answer('').results).toEqual([]);
    expect(engine.answer('?'.repeat(50)).results).toEqual([]);
  });

  it('never throws on any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (question) => {
      const answer = engine.answer(question);
      return answer.results.length <= 5;
    }), { numRuns: 300 });
  });
});

describe('several documents', () => {
  it('answers from a second paper in the same format and cites it by its own title', () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument() });
    try {
      const both = createEngine(loadCorpus(dir));
      const answer = both.answer('Why did the Aral Sea shrink?');
      expect(answer.results[0]).toMatchObject({
        id: 'smith-p1',
        document: 'Water Politics in the Aral Sea Basin',
        citations: [{ marker: 'i', text: 'B. Jones, “The Aral Sea catastrophe”, Journal of Water History, 2011.' }],
      });
      const paper = both.answer('What did India donate to Tajikistan?').results[0]!;
      expect(paper).toMatchObject({ id: 'p18', document: 'China-Central Asia Defence Relations' });
      expect(paper.citations.map((c) => c.marker)).toEqual(['xi']);
    } finally {
      cleanup();
    }
  });
});
