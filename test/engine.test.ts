import { readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { askedFootnote, BRACKETED_FOOTNOTE, isDocumentCard, MARKER_ALONE, NAMED_FOOTNOTE, quotedFootnotes, quotedPhrases } from '../src/search/cards.js';
import { buildIndex, createEngine, type Engine, withoutPlacesAndBodies } from '../src/search/engine.js';
import type { Answer } from '../src/search/types.js';
import { createLookup } from '../src/search/lookup.js';
import { holdsSum } from '../src/nlp/intent.js';
import { plainQuestion } from '../src/nlp/unasked.js';
import { evalQuestions } from '../scripts/bench/stats.js';
import { evaluate, parseEvalFile } from '../scripts/eval.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const engine = createEngine(corpus);
const lookup = createLookup(corpus);
const evalFile = (name: string) => {
  const file = join(committedCorpus, '..', 'test', 'eval', name);
  return parseEvalFile(file, readFileSync(file, 'utf8'));
};

/** `use` given an engine over a scratch corpus of the given files (alone, or beside the committed corpus), removed after. */
function withEngineOver<T>(files: Record<string, string>, use: (engine: Engine) => T, { withCommitted = false } = {}): T {
  const { dir, cleanup } = scratchCorpus(files, { withCommitted });
  try {
    return use(createEngine(loadCorpus(dir)));
  } finally {
    cleanup();
  }
}

/** The files of a scratch corpus holding one second document, "Economy of Velmora", of the body given. */
const velmora = (body: string): Record<string, string> => ({ 'velmora.md': smallDocument({ front: 'id: velmora\ntitle: Economy of Velmora', body }) });

/** A document body of one section holding the passages given ("{#z1} …"). */
const oneSection = (...passages: string[]): string => ['## One', '', ...passages.flatMap((p) => [p, ''])].join('\n');

/** An engine over the committed corpus and "Economy of Velmora", one section of the passages given. */
const withVelmora = <T>(passages: string[], use: (engine: Engine) => T): T => withEngineOver(velmora(oneSection(...passages)), use, { withCommitted: true });

/** An engine over one document of one section holding the passages given, with no gazetteer of its own. */
const withPassages = <T>(passages: string[], use: (engine: Engine) => T): T => withEngineOver({ 'z.md': smallDocument({ body: oneSection(...passages) }) }, use);

/**
 * That passages `without` do not answer a question, and that `answering`, added to them, answers it first, with the
 * highlight given if one is.
 */
function answeredOnlyBy(question: string, without: string[], answering: string, highlight?: string): void {
  withPassages(without, (engine) => expect(engine.answer(question).results).toEqual([]));
  const id = /^\{#([^}]+)\}/.exec(answering)![1];
  withPassages([...without, answering], (engine) => expect(engine.answer(question).results[0]).toMatchObject({ id, ...(highlight ? { highlight } : {}) }));
}

/** The answer to a question over a scratch corpus of one small document with the given body. */
function answerOver(body: string, question: string): Answer {
  return withEngineOver({ 'doc.md': smallDocument({ body }) }, (engine) => engine.answer(question));
}

describe('retrieval on the evaluation sets', () => {
  // One bar per kind of set, the same for every set of that kind; `npm run eval -- FILE` lists the misses.
  it('reads a footnote to cite as [marker, word] or { marker, word }, and refuses other shapes', () => {
    const pair = parseEvalFile('a.jsonl', '{"q": "Who wrote it?", "gold": ["x"], "cite": ["iii", "Kucera"]}');
    const object = parseEvalFile('b.jsonl', '{"q": "Who wrote it?", "gold": ["x"], "cite": {"marker": "iii", "word": "Kucera"}}');
    expect(object).toEqual(pair);
    expect(() => parseEvalFile('c.jsonl', '{"q": "Who wrote it?", "gold": ["x"], "cite": {"marker": 3}}')).toThrow('c.jsonl:1: "cite" is [marker, word] or { "marker", "word" }');
  });

  it('scores whether the highlight holds the gold words, of questions whose first passage does', () => {
    const held = evaluate(engine, [{ q: 'Why does Uzbekistan skip SCO exercises?', gold: ['because it fears domination of external powers'] }]);
    expect([held.highlightsHeld, held.highlightsExpected, held.misses]).toEqual([1, 1, []]);
    // The right passage with another of its sentences shown: a hit, and a miss of the highlight.
    const other = evaluate(engine, [{ q: 'Why does Uzbekistan skip SCO exercises?', gold: ['The first multilateral exercise was held in 2003'] }]);
    expect([other.hitAt1, other.highlightsHeld, other.highlightsExpected]).toEqual([1, 0, 1]);
    expect(other.misses[0]!.problem).toMatch(/^highlight lacks the gold words/);
    // Not counted where the first result is not the gold passage, or is the document card.
    expect(evaluate(engine, [{ q: 'Who published this paper?', gold: ['publisher: Chennai Centre for China Studies (C3S)'] }]).highlightsExpected).toBe(0);
  });

  it('scores a question about the paper, whose gold is a line of its front matter, by the document card holding it', () => {
    const score = (gold: string): number => evaluate(engine, [{ q: 'Who published this paper?', gold: [gold] }]).hitAt1;
    expect(score('publisher: Chennai Centre for China Studies (C3S)')).toBe(1);
    // lines run together, each value on the card
    expect(evaluate(engine, [{ q: 'What is the series and number of this paper?', gold: ['series: C3S Paper number: 0108/2015'] }]).hitAt1).toBe(1);
    // a value the card does not hold is no hit, nor is a passage holding the value without the key
    expect(score('publisher: Oxford University Press')).toBe(0);
    expect(evaluate(engine, [{ q: 'Which Chinese ministry runs anti-terror exercises with Kazakhstan?', gold: ['ministry: Public Security Ministry'] }]).hitAt1).toBe(0);
  });

  it('meets the bar on the shared dev set', () => {
    const report = evaluate(engine, evalFile('dev.jsonl'));
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.hitAt3).toBe(1);
    expect(report.outOfScope).toBe(3);
    expect(report.outOfScopeAbstained).toBe(report.outOfScope);
    expect(report.falseAbstentions).toBe(0);
    expect(report.citationsCorrect).toBe(report.citationsExpected);
    expect(report.entitiesFound).toBe(report.entitiesExpected);
  });

  it('answers the dev set as well written in capitals or with every word capitalised as written as English is', () => {
    const items = evalFile('dev.jsonl');
    const asWritten = evaluate(engine, items);
    const titled = (q: string) => q.replace(/\p{L}+/gu, (word) => word[0]!.toUpperCase() + word.slice(1));
    for (const recased of [(q: string) => q.toUpperCase(), titled]) {
      const report = evaluate(engine, items.map((item) => ({ ...item, q: recased(item.q) })));
      expect(report.hitAt1).toBe(asWritten.hitAt1);
      expect(report.falseAbstentions).toBe(asWritten.falseAbstentions);
      expect(report.outOfScopeAbstained).toBe(asWritten.outOfScopeAbstained);
    }
    expect(plainQuestion('WHAT WAS INFLATION IN 2020')).toBe('what was inflation in 2020');
    expect(plainQuestion('Why did the SCO hold exercises in Kazakhstan?')).toBe('Why did the SCO hold exercises in Kazakhstan?');
    // Title case leaves only its small words in lower case: a verb in lower case says the capitals are names'.
    expect(plainQuestion('Why Does the SCO Hold Exercises?', undefined, (word) => word === 'sco')).toBe('why does the SCO hold exercises?');
    expect(plainQuestion("What is Russia's Rapid Reaction Force?")).toBe("What is Russia's Rapid Reaction Force?");
  });

  // The tuning sets: ours, used to find and check general fixes (test/eval/tuning/). The held-out sets in
  // test/eval/heldout/ are scored with `npm run eval`, never tuned on; the README has their figures.
  const tuningSets = readdirSync(join(committedCorpus, '..', 'test', 'eval', 'tuning')).filter((f) => f.endsWith('.jsonl'));
  const reports = new Map(tuningSets.map((file) => [file, evaluate(engine, evalFile(`tuning/${file}`))]));

  it.each(tuningSets)('meets the tuning sets’ bar on %s', (file) => {
    const report = reports.get(file)!;
    const answerable = report.questions - report.outOfScope;
    // A set of chatter only (chatter.jsonl) has no passage to find: its questions count in the test below.
    if (answerable > 0) {
      expect(report.hitAt1).toBeGreaterThanOrEqual(0.75);
      expect(report.hitAt3).toBeGreaterThanOrEqual(0.85);
    }
    expect(report.falseAbstentions).toBeLessThanOrEqual(Math.floor(0.15 * answerable));
    expect(report.entitiesFound).toBe(report.entitiesExpected);
  });

  it('abstains on four in five out-of-scope questions of the tuning sets together', () => {
    const outOfScope = [...reports.values()].reduce((sum, r) => sum + r.outOfScope, 0);
    const abstained = [...reports.values()].reduce((sum, r) => sum + r.outOfScopeAbstained, 0);
    expect(outOfScope).toBeGreaterThanOrEqual(50);
    expect(abstained / outOfScope).toBeGreaterThanOrEqual(0.8);
  });
});

describe('answers', () => {
  it('answer the Uzbekistan question with the passage, the sentence that answers it and no invented citation', () => {
    const answer = engine.answer('why does Uzbekistan skip SCO exercises?');
    const [top] = answer.results;
    expect(top!.id).toBe('p14');
    expect(top!.section).toBe('SCO and the Peace Initiatives');
    expect(top!.document).toBe('China-Central Asia Defence Relations');
    // a why question is answered by the sentence that gives a cause
    expect(top!.highlight).toMatch(/^But Uzbekistan has consistently refused to participate in the SCO exercises because/);
    expect(top!.citations).toEqual([]);
    expect(answer.entities.map((e) => e.canonical)).toEqual(expect.arrayContaining(['Uzbekistan', 'SCO']));
  });

  it('do not let a verb the paper lacks outweigh the words and names it has', () => {
    const question = 'Why does China play down its military links with Central Asia?';
    const { concepts } = engine.explain(question);
    // "play down" is one word, a phrasal verb WordNet knows ("downplay").
    const play = concepts.find((c) => c.terms[0] === 'play_down')!;
    expect(play.weight).toBeLessThanOrEqual(concepts.filter((c) => c !== play).reduce((sum, c) => sum + c.weight, 0));
    expect(engine.answer(question).results[0]?.id).toBe('p11');
    // A thing the paper lacks still counts in full: it does not name presidents.
    expect(engine.answer('Who is the president of Kazakhstan?').results).toEqual([]);
  });

  it('read everyday words as the paper’s, by the thesaurus’s entries WordNet or the word vectors support', () => {
    // Harm done as the paper's "affected", a clash as its "conflict".
    expect(engine.answer('Could all the instability hurt business ties?').results[0]?.highlight).toBe('Economic relations can be affected by these developments.');
    expect(engine.answer('Why could there be a clash among the powers in Tajikistan?').results[0]?.id).toBe('p7');
    // Armed forces as the paper's "military", though it writes "armed forces" once.
    expect(engine.answer('Why did China strengthen its armed forces long ago?').results[0]?.highlight).toMatch(/It drove the country to strengthen its military/);
    // Cash as the paper's "financial", business as its "economic".
    expect(engine.answer('What happens to India if it does not back its defence ties with Tajikistan with cash?').results[0]?.id).toBe('p19');
    expect(engine.answer("How good are India's business links with Tajikistan?").results[0]?.highlight).toMatch(/India’s economic co-operation with Tajikistan remains low/);
    // Handling as the paper's "addressing".
    expect(engine.answer('How does China handle its security worries in Central Asia?').results[0]?.highlight).toMatch(/^China is attempting to address these concerns/);
    // A slump as the paper's "setback", clout as its "influence", an overhaul as its "reform".
    expect(engine.answer('What caused the Russian economic slump in the region?').results[0]?.highlight).toMatch(/^Much of the Russian economic setback is due to/);
    expect(engine.answer('How much economic clout does Beijing wield across the region?').results[0]?.highlight).toMatch(/China enjoys high levels of economic influence in the region/);
    expect(engine.answer('Who is helping the Central Asian states overhaul their military?').results[0]?.highlight).toMatch(/^In order to combat threats, the Central Asian states have initiated several measures for military reform/);
    // War games as the paper's "exercises" (the Moby thesaurus lists "war game" under "maneuver"): asked a date, the
    // sentence giving it must speak of them.
    expect(engine.answer('Since what year have Beijing and Astana been holding war games together?').results[0]?.highlight).toMatch(/military exercises since 2002/);
    // Troops as the paper's "military" (the Moby thesaurus lists "troops" under "military"), which the paper never
    // calls troops.
    expect(engine.answer('Since what year have the Chinese and Kazakh troops been holding joint drills?').results[0]?.highlight).toMatch(/regular military exchanges since 1993/);
  });

  it('read a phrase the thesaurus expands as one word, though the corpus has each of its words', () => {
    const passages = ['{#z1} The river states have held joint exercises since 2002.', '{#z2} The war on the river ended in 1990.', '{#z3} The new bridge was a game changer for the farmers.'];
    const thesaurus = JSON.stringify({ synonyms: [], expansions: { 'war game': ['exercise'] } });
    withEngineOver({ 'z.md': smallDocument({ body: oneSection(...passages) }), 'thesaurus.json': thesaurus }, (river) => {
      expect(river.answer('Since when have the river states held war games?').results[0]?.id).toBe('z1');
      expect(river.answer('what was a game changer for the farmers').results[0]?.id).toBe('z3');
    });
  });

  it('read a word with another negative prefix as the corpus’s word (“instability”: “unstable”)', () => {
    const passages = ['{#z1} Most of the river states are insecure and unstable after the long war.', '{#z2} The river states trade grain and cotton with their neighbours every year.'];
    withPassages(passages, (engine) => expect(engine.answer('Why is there instability in the river states?').results[0]?.id).toBe('z1'));
  });

  it('read a satellite adjective as the head WordNet likens it to (“jobless”: “unemployed”, met by “unemployment”)', () => {
    const passages = ['{#z1} Unemployment in the river states rose to 18% after the long war.', '{#z2} The river states trade grain and cotton with their neighbours every year.'];
    withPassages(passages, (engine) => {
      expect(engine.explain('How many people were jobless in the river states?').concepts.find((c) => c.terms.includes('jobless'))?.terms).toContain('unemploy');
      expect(engine.answer('How many people were jobless in the river states?').results[0]?.id).toBe('z1');
    });
  });

  it('read an adjective the corpus has only negated as that word (“stable”: “unstable”): the passage saying it is not answers', () => {
    const passages = ['{#z1} Most of the river states are insecure and unstable after the long war.', '{#z2} The river states trade grain and cotton with their neighbours every year.'];
    withPassages(passages, (engine) => {
      expect(engine.explain('Are the river states stable?').concepts.find((c) => c.terms.includes('stabl'))?.terms).toContain('unstabl');
      expect(engine.answer('Are the river states stable?').results[0]?.id).toBe('z1');
    });
  });

  it('read words the paper does not use through the nearest of a passage’s own words', () => {
    // "shun" and "war games" are not the paper's words; "refused" and "exercises" are (word vectors and WordNet).
    const answer = engine.answer("Why does Uzbekistan shun the SCO's war games?");
    expect(answer.results[0]?.id).toBe('p14');
    expect(answer.results[0]?.highlight).toMatch(/refused to participate in the SCO exercises because/);
  });

  it('give a question that leans on near words the same answer whatever was asked before it', () => {
    // Each word's cosines with the paper's words are kept from one question to the next.
    const questions = ["Why does Uzbekistan shun the SCO's war games?", 'What clout does China have in Central Asia?', 'thanks, that was helpful', 'Which states shun joint drills?'];
    const first = questions.map((q) => createEngine(corpus).answer(q));
    const again = createEngine(corpus);
    for (const q of [...questions].reverse()) again.answer(q);
    expect(questions.map((q) => again.answer(q))).toEqual(first);
  });

  it('date when a body came to be only by a sentence telling it was founded, not by one dating what it does', () => {
    // The paper never says when the SCO was founded: "SCO conducts annual Peace Missions … since 2002" dates the missions.
    for (const question of ['When was the SCO created?', 'what year did the sco start', 'How old is the SCO?', 'When did the SCO come into being?']) {
      expect(engine.answer(question).results, question).toEqual([]);
    }
    expect(engine.answer('When did RATS start?').results[0]?.highlight).toMatch(/^RATS was established in 2004/);
    // What a body does is dated by when it began doing it.
    expect(engine.answer('When did SCO peace missions begin?').results[0]?.highlight).toMatch(/since 2002/);
    // So is a thing of the body's, written as its possessive: the SCO's exercises, not the SCO, began.
    expect(engine.answer("When did the SCO's exercises begin?").results[0]?.id).toBe('p14');
  });

  it('count what adjectives after a people’s name describe: “how many Chinese military advisors” counts advisors', () => {
    // A sum of money counts no advisors ("In 2004 China promised USD 16 million as military aid to Kyrgyzstan").
    expect(engine.answer('how many chinese military advisors are in kyrgyzstan').results).toEqual([]);
    // The people themselves are still counted so.
    expect(engine.answer('how many Uighur people live in Kazakhstan').results[0]?.highlight).toMatch(/180, 000 Uighurs reside in western Kazakhstan/);
  });

  it('say where something is based only by a sentence placing something somewhere', () => {
    // "China has come up with RATS as a subdivision of SCO" names countries, but places nothing.
    expect(engine.answer('where is rats based').results).toEqual([]);
    expect(engine.answer('where is RATS').results).toEqual([]);
    expect(engine.answer('Where is Osh?').results[0]?.highlight).toMatch(/via Osh in Kyrgyzstan/);
    expect(engine.answer('Where is Tajikistan located?').results[0]?.highlight).toMatch(/^Tajikistan is located at the cross roads/);
  });

  it('answer only from a passage holding some of the question’s own words, not only other wordings of them', () => {
    // "reading" and "understands" meet the paper only through WordNet ("study", "solve").
    expect(engine.answer('I finished reading, did you?').results).toEqual([]);
    expect(engine.answer('nobody understands this').results).toEqual([]);
    expect(engine.answer('my answer was wrong again').results).toEqual([]);
  });

  it('count near words only beside the question’s own: small talk and respelt names stay unanswered', () => {
    // "Paris" is read as the paper's "Maris"; that reading is the speller's, not the question's word, so "news" and
    // "today" may not lean on it.
    expect(engine.answer('Any news from Paris today?').results).toEqual([]);
    expect(engine.answer('Will it rain in Paris tomorrow?').results).toEqual([]);
    // One word of the paper's ("help", "game") and a word near one of its others is no question about it.
    expect(engine.answer('many thanks for the help').results).toEqual([]);
    expect(engine.answer('see you at the game on friday').results).toEqual([]);
  });

  it('answer "what is X?" only where the paper names X, in its words or by a name the gazetteer knows', () => {
    // "treaty" and "collective" meet the paper only through other wordings ("accordance"): it never names the CSTO.
    expect(engine.answer('What is the Collective Security Treaty Organization?').results).toEqual([]);
    expect(engine.answer('What is RATS?').results[0]?.id).toBe('p16');
    // Named in its words, with another hyphenation.
    expect(engine.answer('what is counter terrorism?').results.length).toBeGreaterThan(0);
  });

  it('answer a question that names a year only from a passage that has it, and say which year none has', () => {
    const answered = engine.answer('What did China promise Kyrgyzstan in 2004?');
    expect(answered.results[0]?.id).toBe('p5');
    expect(answered.missing).toBeUndefined();
    const unanswered = engine.answer('What did China promise Kyrgyzstan in 2019?');
    expect(unanswered.results).toEqual([]);
    expect(unanswered.missing).toEqual(['2019']);
  });

  it('answer everyday words the paper writes otherwise, by the thesaurus entries the Moby thesaurus backs', () => {
    // Each had been no answer: the paper writes "a resounding military success in 1279" ("victory", "triumph", "win"),
    // "militants" ("fighters" had been read as "combat", "fight"), "regular military exchanges" ("swap" as "trade" alone).
    for (const [question, id] of [
      ['In what year did the Mongols win their victory in China?', 'p1'],
      ['When did Khublai Khan\'s armies triumph in China?', 'p1'],
      ['Through which Kyrgyz city are fighters said to pass on their way into China?', 'p4'],
      ['Since what year have Chinese and Kazakh soldiers been swapping visits?', 'p10'],
    ]) expect(engine.answer(question!).results[0]?.id, question).toBe(id);
  });

  it('abstain on the size of a country\'s military, which the paper never gives ("military" a noun there)', () => {
    // India's gift of two helicopters to Tajikistan had been the answer: "military" had been read as no thing asked.
    expect(engine.answer('How large is Tajikistan\'s military?').results).toEqual([]);
  });

  it('answer a cause asked with an adverb of extent the paper never writes ("largely to blame") as the cause itself', () => {
    // "largely" had been a word a passage must hold, and the passage on China's preference came first.
    expect(engine.answer('What is largely to blame for Moscow losing economic ground in Central Asia?').results[0]?.id).toBe('p11');
  });

  it('answer a field of the card asked with any verb ("what number does the paper carry?") with the card first', () => {
    // "carry" had been a word the card must hold: the passage on the author's course ("required to carry out") came first.
    expect(engine.answer('What number does the paper carry in its series?').results[0]?.id).toBe('tresa2015');
    expect(engine.answer('What title does this study carry?').results[0]?.id).toBe('tresa2015');
    // The author asked of as a subject is no field asked: her passage answers.
    expect(engine.answer('who supervises the author\'s research').results[0]?.id).toBe('p22');
  });

  it('answer how the paper is made with its card and its outline, but not a question on how something it names is made', () => {
    for (const question of ['How many footnotes are there?', 'What are the sections of the paper?', 'How many passages are there?', 'What is the structure of the paper?', 'how is the paper organised?', 'How long is the paper?', 'table of contents']) {
      const answer = engine.answer(question);
      expect(answer.results.map((r) => r.id), question).toEqual(['tresa2015']);
      expect(answer.outline, question).toEqual({ sections: corpus.documents[0]!.sections, passages: 22, footnotes: ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'] });
    }
    expect(engine.answer('How many sections does the SCO have?').outline).toBeUndefined();
    // A list of the sources holds a few of them: the outline says how many there are.
    expect(engine.answer('List the sources').outline?.footnotes).toHaveLength(11);
    expect(engine.answer('Which sources does the paper rely on?').outline?.footnotes).toHaveLength(11);
    expect(engine.answer('What is RATS?').outline).toBeUndefined();
  });

  it('answer each part of a question of two parts, the first passage of each among the first results', () => {
    expect(engine.answer("what did india give tajikistan and why is india's economic cooperation low?").results.map((r) => r.id).slice(0, 2).sort()).toEqual(['p18', 'p19']);
    expect(engine.answer('How much military aid did China promise Kyrgyzstan and when was the first bilateral exercise with Kyrgyzstan?').results.map((r) => r.id).slice(0, 2)).toEqual(['p5', 'p14']);
    // "when and with whom" is one question
    expect(engine.answer('When and with whom did China hold its first bilateral exercise?').results[0]!.id).toBe('p14');
    // "when and with which country" dates the exercise: the sentence shown is the one dating it, which names the country
    // too (it had shown the first multilateral exercise's, "country" read as the thing dated).
    expect(engine.answer('When and with which country was the first bilateral exercise held?').results[0]).toMatchObject({ id: 'p14', highlight: 'The first bilateral exercise was held in 2002 with Kyrgyzstan.' });
    // Three on one line, as chat writes them too: each one's first passage, in the order asked (the SCO's had been
    // left out, the line answered whole).
    for (const line of ['rats? sco? tapi?', 'what is rats. what is sco. what is tapi.', 'What is RATS? What is the SCO? What is TAPI?']) {
      expect(engine.answer(line).results.map((r) => r.id).slice(0, 3), line).toEqual(['p16', 'p13', 'p17']);
    }
    // Words after a question mark that ask nothing of their own leave it whole.
    expect(engine.answer('anyone know what china actually gave kazakhstan militarily? like gear or training?').results[0]!.id).toBe(engine.answer('what china actually gave kazakhstan militarily like gear or training').results[0]!.id);
    // Two questions on one line, each answered, in the order asked, each with its own highlight.
    for (const [line, order] of [['What is RATS? What is TAPI?', ['p16', 'p17']], ['What is TAPI? what is RATS?', ['p17', 'p16']]] as const) {
      const results = engine.answer(line).results;
      expect(results.map((r) => r.id).slice(0, 2), line).toEqual(order);
      expect(results.find((r) => r.id === 'p16')!.highlight).toContain('Regional Anti-Terrorism Structure [RATS]');
    }
    // Two questions asked one after another, the line as one answering neither, or after a semicolon: each answered
    // (both had been refused); one the paper does not answer leaves the line unanswered, as it was.
    for (const line of ['How much aid did China give Kyrgyzstan? what is TAPI', 'How much aid did China give Kyrgyzstan; what is TAPI']) {
      expect(engine.answer(line).results.map((r) => r.id).slice(0, 2), line).toEqual(['p5', 'p17']);
    }
    // One question written as a list's item is that question ("1. what is the sco" had been refused: a second trial).
    // So is a question after Discord's shortcode of a flag, or after "eli5" (each had been refused).
    for (const [line, plain] of [[':flag_kz: kazakhstan', 'kazakhstan'], ['eli5 the sco', 'what is the sco']] as const) {
      expect(engine.answer(line).results[0]?.id, line).toBe(engine.answer(plain).results[0]!.id);
    }
    for (const line of ['1. what is the sco', '- what is RATS?']) expect(engine.answer(line).results[0]?.id, line).toBe(engine.answer(line.replace(/^\S+\s+/, '')).results[0]?.id ?? 'none');
    // A question of its own about the paper is answered by the card, among the first results.
    expect(engine.answer('What is RATS? Who wrote the paper?').results.map((r) => r.id).slice(0, 2)).toEqual(['p16', 'tresa2015']);
    expect(engine.answer('what is tapi; who wrote the paper; how many footnotes').results.map((r) => r.id).slice(0, 2)).toEqual(['p17', 'tresa2015']);
    // So is a second opening on "also" (only the second had been answered, then neither: a second trial).
    expect(engine.answer('What did India donate to Tajikistan? Also, what did China give Kyrgyzstan in 2004?').results.map((r) => r.id).slice(0, 2)).toEqual(['p18', 'p5']);
    // So are two joined by "and" (it had been refused: a study group's trial).
    expect(engine.answer('when was RATS set up and how many helicopters did india give?').results.map((r) => r.id).slice(0, 2)).toEqual(['p16', 'p18']);
    expect(engine.answer("How big is China's army? what is TAPI").results).toEqual([]);
    expect(engine.answer("what is TAPI and how big is China's army?").results).toEqual([]);
    // A part resting on a name the paper never mentions is said to be left out, the rest answered (the whole line had
    // been refused for Putin, the USD 16 million lost: a study group's trial); a part that is merely unanswered still
    // leaves the line unanswered, as near-topic questions asked as parts often read as answered alone.
    expect(engine.answer('how much did china give kyrgyzstan in 2004 and what did putin think')).toMatchObject({ results: [{ id: 'p5' }], unanswered: [{ question: 'what did putin think', missing: ['Putin'] }] });
    expect(engine.answer('when was rats established and what does karimov think of it')).toMatchObject({ results: [{ id: 'p16' }], unanswered: [{ question: 'what does karimov think of it', missing: ['Karimov'] }] });
    expect(engine.answer('What is RATS? What is TAPI?').unanswered).toBeUndefined();
    // "and since when …" opens a second question (the line had been declined whole: session 59's trial).
    expect(engine.answer('How many Uighurs live in western Kazakhstan and since when have the two countries held exercises?').results.slice(0, 2).map((r) => r.id)).toEqual(['p9', 'p10']);
    // Past four on one line, the first four are answered and the answer names the next, with how many are left (two
    // had been dropped without a word: session 54's trial).
    const five = engine.answer('What is RATS? What is TAPI? What is SCO? What are the three evils? What are CARs?');
    expect([five.results.map((r) => r.id).slice(0, 3), five.unanswered]).toEqual([['p16', 'p17', 'p13'], [{ question: 'What are CARs', later: 1 }]]);
    expect(engine.answer('rats? sco? tapi? cars? osh? sco? tapi?').unanswered).toEqual([{ question: 'osh', later: 1 }]);
    // Joined by "and", the first four stay four questions (they had been joined into one, TAPI's passage first and the
    // three evils' p13 not among the first three: session 55's review).
    const fiveJoined = engine.answer('what is rats and what is tapi and what is the sco and what are the three evils and what are cars');
    expect([fiveJoined.results.map((r) => r.id).slice(0, 3), fiveJoined.unanswered]).toEqual([['p16', 'p17', 'p13'], [{ question: 'what are cars', later: 1 }]]);
    // A question asked again in the line is asked once: none left for later (a line of one question typed 150 times had
    // been told "ask … and the 145 after it again": session 54's second trial).
    expect(engine.answer('rats? sco? tapi? cars? Rats? sco? tapi?').unanswered).toBeUndefined();
    const repeated = engine.answer('What is RATS? '.repeat(150));
    expect([repeated.results[0]?.id, repeated.unanswered]).toEqual(['p16', undefined]);
    // Asked again after "and", which is read away: the others stay questions of their own.
    expect(engine.answer('what is rats and what is tapi and what is rats').results.slice(0, 2).map((r) => r.id)).toEqual(['p16', 'p17']);
    // A later part speaking of the first's name by a pronoun is asked of that name, or not alone.
    expect(engine.answer('what does putin think of rats and when was it established')).toMatchObject({ results: [{ id: 'p16' }], unanswered: [{ missing: ['Putin'] }] });
    expect(engine.answer('what does putin think of china and kazakhstan and when did they start')).toMatchObject({ results: [], missing: ['Putin'] });
    // A numbered list of questions is those questions, in order (it had been read as one and found nothing).
    for (const line of ['1) what is RATS 2) what is TAPI 3) who wrote the paper', '(1) What is RATS? (2) What is TAPI?', '1. what is rats 2. what is tapi']) {
      expect(engine.answer(line).results.map((r) => r.id).slice(0, 2), line).toEqual(['p16', 'p17']);
    }
    // One passage answering both parts with a sentence each shows both, in its order (the donation had not been shown).
    const [both] = engine.answer('What did India donate to Tajikistan and when did they sign the defence agreement?').results;
    expect(both?.id).toBe('p18');
    expect(both?.highlight).toMatch(/signed a bilateral defence agreement in 2002\. … In addition to that India donated Tajikistan/);
    // Not figures in a sentence ("In 2004 China promised 16 million…").
    expect(engine.answer('In 2004 China promised 16 million to whom?').results[0]?.id).toBe('p5');
  });

  it('answer a passage id, typed alone or after /passage, with that passage', () => {
    for (const question of ['p14', ' /passage p14 ', 'p014', 'P14', 'passage 14', 'paragraph 14', 'p14?', 'passage 14!', 'what is p14?', "what's p14"]) expect(engine.answer(question).results.map((r) => r.id), question).toEqual(['p14']);
    expect(engine.answer('p99').results).toEqual([]);
  });

  it('answer a yes-or-no question that checks a year with the year the paper gives, and a choice of years by either', () => {
    for (const question of ['Was RATS set up in 2001?', 'Did RATS start in 2003?', 'My professor says RATS was set up in 2001, is that right?', 'Was RATS established in 2004 or 2005?']) {
      expect(engine.answer(question).results[0]?.id, question).toBe('p16');
    }
    expect(engine.answer('Did RATS start in 2003?')).toMatchObject({ question: 'Did RATS start in 2003?', results: [{ highlight: expect.stringMatching(/^RATS was established in 2004\./) }] });
    expect(engine.answer('Has China had military exchanges with Kazakhstan since 1990?').results[0]?.highlight).toMatch(/since 1993/);
    // A question that states a year is not answered from another year's, nor one a year only bounds.
    expect(engine.answer('What did China promise Kyrgyzstan in 2019?').missing).toEqual(['2019']);
    expect(engine.answer('did the TAPI pipeline ever actually get finished after 2015?').results).toEqual([]);
    // A count of one thing is none of what the sentence adds besides it ("two Mi-8 helicopters, along with trucks").
    expect(engine.answer('how many trucks did india give tajikistan').results).toEqual([]);
    expect(engine.answer('how many helicopters did india give tajikistan').results[0]?.highlight).toContain('two Mi-8 helicopters');
    // Which one of a series, by its number: the 6th meeting's place is no answer for the 5th's (a study group's trial).
    for (const line of ['where was the 5th SCO anti-drug meeting', 'where was the fifth SCO anti-drug meeting held']) expect(engine.answer(line).results, line).toEqual([]);
    expect(engine.answer('where was the sixth meeting of SCO anti-drug agency leaders held?').results[0]?.highlight).toContain('Moscow');
    // Asked when, a check of a year the paper does not date is not answered by a passage on something else of it.
    expect(engine.answer('Did India join the SCO as a full member in 2017?')).toMatchObject({ results: [], missing: ['2017'] });
  });

  it('answer nothing for a question about someone or something the paper never names, but read an acronym it may spell out as a word', () => {
    // "Putin" is no word of the paper's, and no word near one of its own ("Russia") stands in for him.
    expect(engine.answer("What did Putin think about Beijing's military aid to Bishkek?")).toMatchObject({ results: [], missing: ['Putin'] });
    expect(engine.answer('Why does Uzbekistan skip SCO exercises, says Putin?').results).toEqual([]);
    // So in lower case, as students type: a word English only writes as a name (it had been answered with five passages).
    expect(engine.answer('what does putin think about the sco?')).toMatchObject({ results: [], missing: ['Putin'] });
    expect(engine.answer('who is stalin')).toMatchObject({ results: [], missing: ['Stalin'] });
    // And a word English's lexicon lacks but its text knows, asked what it did ("modi", "karimov": WordNet has neither):
    // each had been answered with a passage on the SCO (a study group's trial).
    expect(engine.answer('what does modi think of the sco')).toMatchObject({ results: [], missing: ['Modi'] });
    // A name typed in lower case is said with its capital ("never mentions syria" had been the reply).
    expect(engine.answer('does china help syria')).toMatchObject({ results: [], missing: ['Syria'] });
    expect(engine.answer('what did karimov say about china')).toMatchObject({ results: [], missing: ['Karimov'] });
    // So is one neither the lexicon nor the vector table has, that no word of the corpus is near ("tokayev": it had
    // been answered with the SCO's founding, "mirziyoyev" with the author's college); a slip in that place is read as
    // the word it was meant to be.
    expect(engine.answer('what does tokayev think about the sco')).toMatchObject({ results: [], missing: ['Tokayev'] });
    // A word of a longer name never mentioned is not said apart ("never mentions North and International North-South…").
    expect(engine.answer('What is the International North-South Transport Corridor?').missing).toEqual(['International North-South Transport Corridor']);
    // Nor is a name after a possessive read as of the name before it, nor its capitals as title case's ("What is
    // Russia's Rapid Reaction Force?" had been answered with p5's Russia; "is" in lower case says they are names').
    expect(engine.answer("What is Russia's Rapid Reaction Force?")).toMatchObject({ results: [], missing: ['Rapid Reaction Force'] });
    // Nor is a name of its own named after one the gazetteer has ("East Turkestan" is Xinjiang's: the movement had been
    // answered with p4's route into Xinjiang).
    expect(engine.answer('What is the East Turkestan Islamic Movement?')).toMatchObject({ results: [], missing: ['East Turkestan Islamic Movement'] });
    expect(engine.answer('what does mirziyoyev think of china')).toMatchObject({ results: [], missing: ['Mirziyoyev'] });
    expect(engine.answer('how is chnia involved in rats').results[0]?.id).toBe('p16');
    // What China thinks of RATS the paper never says (session 58: an opinion is told by words of one).
    expect(engine.answer('what does chnia think of rats').results).toEqual([]);
    expect(engine.answer('what did china give kyrgyzstan').results[0]?.id).toBe('p5');
    // What a body or its officials said is told only by a passage reporting their words ("China claims that …"): one
    // naming Russia beside China's aid to Kyrgyzstan tells nothing Russia's government said (it had been the answer).
    for (const question of ["What did the Russian government say about China's military aid to Kyrgyzstan?", "What did Russia's president say about China's military aid to Kyrgyzstan?"]) {
      const answer = engine.answer(question);
      expect(answer.results, question).toEqual([]);
      expect(answer.nearest?.[0]?.id, question).toBe('p5');
    }
    expect(engine.answer('Who does Beijing say is backing the Uighur breakaway groups?').results[0]?.id).toBe('p4');
    // Not what a thing "says" about another, nor what the paper or a cited work's author says.
    expect(engine.answer('What does the small scale of the 2012 drill say about the SCO?').results[0]?.id).toBe('p14');
    expect(engine.answer('what did the author say about india').results[0]?.id).toMatch(/^p1[78]$/);
    expect(engine.answer("What does Kucera say about China's military aid?").results[0]?.id).toBe('p5');
    // A sentence leaving out the name asked of ("all SCO member states except Uzbekistan") gives no date of its doing
    // (June 2012 had been Uzbekistan's joining the SCO); it tells what that name did not do.
    for (const question of ['When did Uzbekistan join the SCO?', 'In what year did Tashkent sign up to the SCO?']) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('Which SCO member state did not take part in the June 2012 exercise in Tajikistan?').results[0]?.highlight).toContain('except Uzbekistan');
    // Joining and leaving are told in words of their own: "held in 2003 in east Kazakhstan" is no date of Kazakhstan
    // joining the SCO, though "hold" lies near "join" in the word vectors, nor "in 2015 Turkmenistan sought U.S.A's help
    // … the Afghanistan border issue" one of the US leaving Afghanistan (session 55's trial). A question with a thing of
    // its own still finds its date ("When did Kazakhstan join the first multilateral exercise?").
    for (const question of ['When did Kazakhstan join the SCO?', 'When did Tajikistan join the SCO?', 'When did the US leave Afghanistan?', 'In which year did the Americans withdraw from Afghanistan?']) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('When did Kazakhstan join the first multilateral exercise?').results[0]?.highlight).toContain('2003');
    // How a place is ("what is the weather like in Dushanbe?") is of a thing the paper never speaks of: no passage
    // naming Dushanbe answers it (p18 had, on India's base there: session 56's trial).
    for (const question of ['What is the weather like in Dushanbe?', 'What is the climate like in Tajikistan?']) expect(engine.answer(question).results, question).toEqual([]);
    // Whether a name has a thing is answered by a passage speaking of the thing: China's aid to Kazakhstan says
    // nothing of a base there (p10 had been the answer: session 56's trial); India's base in Tajikistan is told.
    for (const question of ['Does China have a military base in Kazakhstan?', 'Does Kazakhstan have nuclear weapons?']) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('Does India have a military base in Tajikistan?').results[0]?.id).toBe('p18');
    // The size of a place itself is told in figures of area, length or people: "about 180,000 Uighurs reside in western
    // Kazakhstan" counts Uighurs (p9 had been the answer: session 56's trial); the exercises' size is told in words.
    for (const question of ['How big is Kazakhstan?', 'How large is Tajikistan?']) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('How big are the exercises?').results[0]?.id).toBe('p14');
    // Who founded a body is told as when it was founded, in words of founding: the author's being an intern at C3S
    // says nothing of its founder (p22 had been the answer: session 56's trial); China's establishing RATS does.
    for (const question of ['Who founded C3S?', 'Who founded the Chennai Centre for China Studies?']) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('Who established RATS?').results[0]?.id).toBe('p16');
    // How much a party cares about a thing is told in words: "The oil and gas sector in the region attracts China's
    // security interests" (it had been declined, with p21 as nearest: session 56's trial).
    expect(engine.answer('how much does China care about the oil and gas over there?').results[0]?.id).toBe('p21');
    // What was done to one name is not told by a sentence doing it to another of its kind: India donated to Tajikistan,
    // not to Kazakhstan (p18 had been the answer: session 58's trial).
    expect(engine.answer('What did India donate to Kazakhstan?').results).toEqual([]);
    expect(engine.answer('What did India donate to Tajikistan?').results[0]?.id).toBe('p18');
    // "give" with whom it goes to after "the" ("the Tajiks") is giving, no light verb: the highlight is the gift
    // (it had been "These relations originate from 1990": session 58's trial).
    expect(engine.answer('what did New Delhi give the Tajiks?').results[0]).toMatchObject({ id: 'p18', highlight: expect.stringContaining('Mi-8') });
    // What one thinks of a thing is told by a sentence in which that one claims, fears or views something: nothing
    // the paper says is Russia's opinion of China's aid (p5 had been the answer: session 58's trial); China's claim
    // about the separatists is China's (p12, naming China and the Uighurs, had come first).
    for (const question of ['What does Russia think about China\u2019s military aid to Kyrgyzstan?', 'What do ordinary Chinese people think of the SCO?']) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('What does China think about the Uighur separatist movement?').results[0]?.id).toBe('p4');
    // A clause opened by "when" is no date asked, nor is a second question joined by "and" what the first asks of
    // (each had been declined: session 58's trial).
    expect(engine.answer('when NATO pulls out of Afghanistan what happens to tensions?').results[0]?.id).toBe('p11');
    expect(engine.answer('when was the first SCO multilateral drill and where did it go down?').results[0]?.id).toBe('p14');
    // "lean on" is "rely on" (a general idiom; WordNet has only its sense of resting on a thing).
    expect(engine.answer('why does Dushanbe lean on Moscow?').results[0]?.id).toBe('p7');
    // Nor is a figure of a sentence that never names the name asked of, opened by another of its kind doing it: "In
    // 2004 China promised USD 16 million…" is no sum Russia gave (it had been the answer: a study group's trial). Of
    // the one receiving it, named in the sentence, it is.
    for (const question of ['How much aid did Russia give Kyrgyzstan?', 'how many helicopters did china give tajikistan']) expect(engine.answer(question).results, question).toEqual([]);
    for (const question of ['How much aid did China give Kyrgyzstan?', 'How much did Kyrgyzstan get in 2004?']) expect(engine.answer(question).results[0]?.highlight, question).toContain('USD 16 million');
    // A passage given first that never names a name the question gives, its sentence shown naming another of its kind,
    // says so: it tells another's doing (Kyrgyzstan's aid for Turkmenistan's: a trial's false premise).
    expect(engine.answer('Why did China give Turkmenistan 16 million dollars?')).toMatchObject({ results: [{ id: 'p5' }], unmentioned: ['Turkmenistan'] });
    // Not where it names it in another form, in a longer name, or in its sources; nor a right answer naming it.
    for (const question of ['What did Beijing give Bishkek?', 'What could be hurt if local jihadists team up with Afghan insurgents?', "In which newspaper did Qin Jize's article appear?", 'Why does Uzbekistan skip SCO exercises?']) expect(engine.answer(question).unmentioned, question).toBeUndefined();
    // A year a question names is not of its names where each sentence giving it tells what another of their kind did:
    // "RATS was established in 2004" does not date the SCO's founding (a trial's false premise), nor "In 2005 Russia…"
    // anything China did.
    expect(engine.answer('Why was the SCO founded in 2004?').results).toEqual([]);
    expect(engine.answer('What did China do in 2005?')).toMatchObject({ results: [], missing: ['2005'] });
    expect(engine.answer('What did Russia do in 2005?').results[0]?.id).toBe('p11');
    expect(engine.answer('What did China promise Kyrgyzstan in 2004?').results[0]?.id).toBe('p5');
    // A count of a name is of what the question says it does: "180,000 Uighurs reside in western Kazakhstan" counts no
    // Uighurs detained, nor India's two Mi-8s the helicopters Tajikistan's air force operates (a study group's trial);
    // it counts those living there, in other words.
    for (const question of ['how many uighurs are detained', "How many Mi-8 helicopters does Tajikistan's air force operate today?"]) expect(engine.answer(question).results, question).toEqual([]);
    expect(engine.answer('How many Uighurs reside in Kazakhstan?').results[0]?.id).toBe('p9');
    // Not a name the gazetteer has, written in lower case ("kazakhstan").
    expect(engine.answer('what does kazakhstan get from china').results[0]?.id).toBe('p9');
    // Nor is a name WordNet gives another name for that the question names besides ("Taiwan": "China").
    expect(engine.answer("What is China's policy toward Taiwan?")).toMatchObject({ results: [], missing: ['Taiwan'] });
    // Not run on into a name the paper has: it does mention Kazakhstan.
    expect(engine.answer("What's the GDP of Kazakhstan?")).toMatchObject({ results: [], missing: ['GDP'] });
    expect(engine.answer('Who heads the Bank of England?')).toMatchObject({ results: [], missing: ['Bank of England'] });
    // So is an acronym no run of the paper's capitalised words spells out ("CSTO", "BBC"); one that may be ("NSC":
    // "National Security Commission") is weighed as a word the paper lacks, and says nothing the paper never mentions.
    expect(engine.answer('Why does Uzbekistan skip SCO exercises, says the BBC?')).toMatchObject({ results: [], missing: ['BBC'] });
    expect(engine.answer('Is Uzbekistan a member of the CSTO?')).toMatchObject({ results: [], missing: ['CSTO'] });
    expect(engine.answer('What exercises does the NSC run with China?').missing).toBeUndefined();
    // The word a question opens with has a capital whatever it is: no name is read from that ("¿Por qué…").
    expect(engine.answer('¿Por qué Uzbekistán no participa en los ejercicios de la OCS?').missing).toBeUndefined();
    // A capitalised word the speller cannot mend is a slip, not a name; a name the paper writes as one word is its.
    expect(engine.answer('What positve developments have there been between India and Centrl Asia?').results[0]?.id).toBe('p17');
    // A name English text knows is no slip for one of the paper's ("Andijan" is no "Indian"), and a word of English
    // capitalised as a sentence starts is no slip at all ("Compare" is no "Compared").
    expect(engine.answer('What happened in Andijan in 2005?')).toMatchObject({ results: [], missing: ['Andijan'] });
    expect(engine.answer("Compare China's ties with Kazakhstan and Kyrgyzstan").readAs).toBeUndefined();
    // Nor, in lower case, a word English only writes as a name ("kant" had been read as "wants"), nor a piece of a link
    // ("c3sindia" had been read as "c3india"): a second study-group trial.
    expect(engine.answer('what is the kant airbase')).toMatchObject({ results: [], missing: ['Kant'] });
    expect(engine.answer('https://www.c3sindia.org/ what is this paper about').readAs).toBeUndefined();
    // Nor a word of a name of the gazetteer's the question writes ("the Stans" had been read as "the stands": session
    // 55's trial).
    const stans = engine.answer('what happened between the stans and america after 9/11');
    expect([stans.readAs, stans.results[0]?.id]).toEqual([undefined, 'p15']);
    // Nor an inflection of an English word the lemmatizer misses ("cozying" had been read as "coming": a trial).
    expect(engine.answer('why is china cozying up to central asia').readAs).toBeUndefined();
    expect(engine.answer('WHY DID UZBEKISTAN REFUSE TO JOIN THE SCO EXERCISES?')).toMatchObject({ results: [{ id: 'p14' }] });
    expect(engine.answer('WHY DID UZBEKISTAN REFUSE TO JOIN THE SCO EXERCISES?').readAs).toBeUndefined();
    // A name of capitalised words is a name though English text does not know it, unless the speller can mend it.
    expect(engine.answer('Who is Xi Jinping?')).toMatchObject({ results: [], missing: ['Xi Jinping'] });
    expect(engine.answer('What did Shavkat Mirziyoyev say about the SCO exercises?')).toMatchObject({ results: [], missing: ['Shavkat Mirziyoyev'] });
    expect(engine.answer('Who wrote the China Daily article "China, Kyrgyzstan to boost relations"?').results[0]?.citations.map((c) => c.marker)).toContain('ii');
  });

  it('answer nothing for a question naming in several words something the paper never writes, though it has each word', () => {
    // "World" (of "war on terror"'s world), "trade" and "organisation" are all the paper's; "World Trade Organization" is not.
    expect(engine.answer('When did Kazakhstan join the World Trade Organization?')).toMatchObject({ results: [], missing: ['World Trade Organization'] });
    // Names side by side, each of which a passage writes in capitals, are search words, not one name it lacks.
    const khanate = '{#h1} In 1740, the Janid khanate was conquered by Nader Shah, the ruler of Persia.\n\n{#h2} The khanate later lost its northern lands.';
    expect(answerOver(khanate, 'Nader Shah Janid khanate 1740').results[0]?.id).toBe('h1');
    // Two of its words side by side are the paper's: another wording of one of its names, "National Security Commission".
    expect(engine.answer("What does Kazakhstan's National Security Committee do with China's Ministry of Public Security?").results[0]?.id).toBe('p9');
    // A possessive ends a name ("Tajikistan's" of "Tajikistan's Islamic identity"); a gazetteer's name is the paper's.
    expect(engine.answer("Which two countries want to strengthen Tajikistan's Islamic identity?").results[0]?.id).toBe('p7');
    expect(engine.answer("How much did the People's Republic promise the Kyrgyz in 2004?").results[0]?.id).toBe('p5');
    // A passage writing the name in the possessive writes it.
    const body = "{#t1} The Tang Chinese were defeated at the battle of Talas in 751, marking the end of the Tang Dynasty's western expansion.\n\n{#t2} Trade grew along the river.";
    expect(answerOver(body, "What happened in 751 that brought the Tang Dynasty's expansion to an end?")).toMatchObject({ results: [{ id: 't1' }] });
  });

  it('read a word with accents as written where a passage writes it so, though English has it without them', () => {
    // "liege" is an English word; "Liège", the city a passage names, is no misspelling of it.
    const body = '{#c1} Liège grew around the steel works the Cockerill family ran for a century.\n\n{#c2} Charleroi kept its glassworks and its coal pits open until the 1980s.';
    expect(answerOver(body, 'Tell me about Liège')).toMatchObject({ results: [{ id: 'c1' }] });
    expect(answerOver(body, 'Which family ran the works in Liège?')).toMatchObject({ results: [{ id: 'c1' }] });
  });

  it('read full-width letters as the letters they are, and a zero-width space or soft hyphen as nothing', () => {
    const plain = engine.answer('WHAT IS RATS?').results.map((r) => r.id);
    expect(plain[0]).toBe('p16');
    expect(engine.answer('ＷＨＡＴ ＩＳ ＲＡＴＳ？').results.map((r) => r.id)).toEqual(plain);
    expect(engine.answer('what is R\u200bATS?').results.map((r) => r.id)).toEqual(engine.answer('what is RATS?').results.map((r) => r.id));
    expect(engine.answer('Who funded the re\u00adfurbishment of the base?').results[0]?.id).toBe('p18');
  });

  it('read a phrase WordNet has and the paper lacks word for word as one word', () => {
    // "keep an eye on" is WordNet's "watch", the paper's word; "eye" alone is not what is asked.
    expect(engine.answer('what should new delhi keep an eye on in central asia?').results[0]?.id).toBe('p17');
    // An adverb of several words says where or how, not what, whatever other wordings of it the corpus has: "door" of
    // "next door" is no word of the question. "Former Soviet republics" are the Central Asian states.
    const { concepts } = engine.explain('Why does Beijing need closer army links with the former Soviet republics next door?');
    expect(concepts.map((c) => c.terms[0])).not.toContain('door');
    // Beijing is a place within China: its concept is found by either.
    expect(concepts.flatMap((c) => c.terms)).toEqual(expect.arrayContaining(['@beijing', '@china', '@central_asia']));
    expect(engine.answer('Why does Beijing need closer army links with the former Soviet republics next door?').results).not.toEqual([]);
  });

  it('read an adjective saying only how much a thing matters, which the paper never writes, as no word of the question', () => {
    // "big" powers are the powers; "real" money is money. The paper writes neither word, so each had counted against
    // every passage's share of the question.
    const words = (question: string): string[] => engine.explain(question).concepts.flatMap((c) => c.terms);
    expect(words('Which three big powers share an interest in fighting radical Islam?')).not.toContain('big');
    expect(words("What happens to India if it can't back up its defence ties with real money?")).not.toContain('real');
    expect(engine.answer("What happens to India if it can't back up its defence ties with Dushanbe with real money?").results[0]?.id).toBe('p19');
    // Not an adjective the paper writes ("significant"), nor one standing alone, which is all the question asks.
    expect(words('Which significant powers share an interest in fighting radical Islam?')).toContain(engine.analyzer.terms('significant')[0]);
    expect(engine.explain('big?').concepts.length).toBeGreaterThan(0);
  });

  it('read no word of one or two letters as another wording: WordNet lists such abbreviations of many things', () => {
    // WordNet's "security service" is also "MI", which the paper holds as "Mi-8": the question's own "security" is read.
    const { concepts } = engine.explain('What has Beijing handed over to the Kyrgyz security services?');
    expect(concepts.flatMap((c) => c.terms)).not.toContain('mi');
    expect(engine.answer('What has Beijing handed over to the Kyrgyz security services?').results[0]?.id).toBe('p5');
  });

  it('answer a question asking no fact from a passage meeting a little less of it than a question of fact needs', () => {
    // "welcome mat" is the paper's "welcomes Russia's partnership", in words of the asker's own.
    expect(engine.answer('Why does Beijing roll out the welcome mat for Moscow in Central Asia?').results[0]?.id).toBe('p21');
    // Asked as a fact, the same words meet too little of it: the paper dates no such thing.
    expect(engine.answer('When did Beijing roll out the welcome mat for Moscow in Central Asia?').results).toEqual([]);
    // "What language do the Uighurs speak?" names the kind of thing asked: a fact, with the full bar.
    expect(engine.answer('What language do the Uighurs speak and what script do they write it in?').results).toEqual([]);
  });

  it('read a noun the corpus lacks, of no wording it has, by what it is a kind of, only where the question asks no fact', () => {
    const body = '{#t1} The two states deepened their cooperation on border security after the floods of 1998.\n\n{#t2} Trade grew along the river, and new markets opened in the valley towns.';
    // WordNet: teamwork is a kind of cooperation.
    expect(answerOver(body, 'What did the teamwork on the border lead to?').results[0]?.id).toBe('t1');
    // A date of it the passage does not give: no near-topic question meets a passage through the broader word.
    expect(answerOver(body, 'When did the teamwork on the border begin?').results).toEqual([]);
  });

  it('read two words the paper writes apart as the one word English also writes, and a closed compound by its head', () => {
    // "spill over": "spillover"
    expect(engine.answer('What spillover worries China?').results[0]?.id).toBe('p21');
    // "Which city hosted…" asks where it was held.
    expect(engine.answer('which city hosted the 6th meeting of SCO anti-drug agencies?').results[0]?.highlight).toMatch(/held in Moscow/);
    expect(engine.answer('what are the 3 evils').results[0]?.id).toBe('p4');
    // Not a number after a slash: "the 9/11 attacks" had become "the 9/eleven attacks", no name of the attacks.
    expect(engine.answer('How did the Central Asian states react to the 9/11 attacks?').results[0]?.id).toBe('p15');
    // The gazetteer's other names of the attacks: "the twin towers" (p3 had come first, "Note: p3 never mentions USA":
    // session 56's trial).
    expect(engine.answer('what were the Yanks doing with Central Asia after the twin towers?').results[0]?.id).toBe('p15');
    // Nor written with a space, as chat does (the gazetteer's alias "9 11"; it had found nothing).
    expect(engine.answer('after 9 11 what happened').results[0]?.id).toBe('p15');
    // A noun of two words written as one that the corpus lacks is read as the last, what it is a kind of.
    expect(answerOver('## Bases\n\n{#a1} The army opened a new base near the border.\n\n{#a2} Trade grew along the river.', 'Why was the new airbase opened?').results[0]?.id).toBe('a1');
    // Each of its words one the language model knows: "planet" is no "pla" (an acronym among the commonest words) and "net".
    expect(answerOver('## Trade\n\n{#n1} The net gain from trade grew after the reform.', 'Why is the planet getting warmer?').results).toEqual([]);
  });

  it('answer a number or a date from a sentence that refers back to the time the one before it names', () => {
    const body = [
      '## Famines',
      '',
      '{#f1} From 1929 to 1934, when the party was trying to collectivize farming, the steppe endured repeated famines. During that period, 80 percent of the animals were lost.',
      '',
      '{#f2} Animals grazed the steppe in summer and the valleys in winter.',
    ].join('\n');
    const answer = answerOver(body, 'How many animals were lost when the party collectivized farming in the famines?');
    expect([answer.results[0]?.id, answer.results[0]?.highlight]).toEqual(['f1', expect.stringContaining('80 percent')]);
  });

  it('date from a sentence opening "These …", which refers back to the one before and its names', () => {
    const body = ['## Partners', '', '{#m1} The kingdom’s relation with the republic has long been warm. These relations originate from 1921. Relations between the kingdom and the republic grew closer when they signed a treaty in 1958.', '', '{#m2} The republic exports wool.'].join('\n');
    const answer = answerOver(body, 'When did the kingdom’s relations with the republic start?');
    expect([answer.results[0]?.id, answer.results[0]?.highlight]).toEqual(['m1', expect.stringContaining('1921')]);
  });

  it('count what a question counts with the words that say which: "how many nuclear weapons" is no count of weapons', () => {
    const body = ['## Arms', '', '{#w1} In 2004 the kingdom bought 300 weapons for its border guards.', '', '{#w2} The kingdom trains its guards in the mountains.'].join('\n');
    expect(answerOver(body, 'How many weapons did the kingdom buy?').results[0]?.id).toBe('w1');
    expect(answerOver(body, 'How many nuclear weapons did the kingdom buy?').results).toEqual([]);
  });

  it('measure what "how big", "how long" ask of from a sentence speaking of it, the figure wherever it stands in it', () => {
    const body = ['## Land', '', '{#m1} Large salt flats exist in many depressions, including the Garashor, which occupies 1,500 square kilometres in the northwest.', '', '{#m2} The kingdom trains its guards beside the salt flats.'].join('\n');
    // The figure measures the flat, though it stands by "Garashor" and "occupies", not by "salt flat".
    expect(answerOver(body, 'How big is the Garashor salt flat?').results[0]?.id).toBe('m1');
    // A count still stands by what it counts: no figure counts the salt flats.
    expect(answerOver(body, 'How many salt flats are there in the kingdom?').results).toEqual([]);
  });

  it('read an exam\'s instruction ("outline", "name", "list", "explain the phrase") as asking what a thing is, as "define" does', () => {
    // So do "explain", "describe" of a name alone, however politely asked (they had been answered by p8, which only names them).
    for (const line of ['Outline the three evils.', 'Name the three evils.', 'please list the three evils', 'Explain the phrase "three evils".', 'explain the three evils', 'can u explain the three evils thing', 'what is meant by three evils', 'what does "three evils" refer to']) {
      const { intent } = engine.explain(line);
      expect(intent?.kind, line).toBe('definition');
      expect(['p4', 'p20'], line).toContain(engine.answer(line).results[0]?.id);
    }
    // What an acronym stands for, asked as chat writes it, is the passage spelling it out.
    expect(engine.explain('whats SCO stand 4').intent?.kind).toBe('definition');
    // A term before "meaning", as a search box takes it ("three evils meaning"), is what is defined (it had been no
    // term at all, and answered by p8, which only names them).
    expect(engine.explain('three evils meaning').intent?.subject).toContain('three evils');
    expect(['p4', 'p20']).toContain(engine.answer('three evils meaning').results[0]?.id);
    // "explain" of anything but a term asks as it would without it.
    expect(engine.explain('Explain why Uzbekistan skips SCO exercises').intent?.kind).toBe('reason');
    expect(engine.explain("explain China's policy in Central Asia").intent?.kind).not.toBe('definition');
  });

  it('reads "what caused…", "what led to…", "what brought about…", "what drove…" as asking a cause, as "why" does', () => {
    for (const line of ['What caused much of Russia’s economic setback in Central Asia?', 'What led to the formation of the SCO?', 'what brought about the weakening of the Mongol empire?', 'What drove China to strengthen its military?', 'what made the mongol empire in china go downhill?']) {
      expect(engine.explain(line).intent?.kind, line).toBe('reason');
    }
    // The highlight is the sentence giving the cause (it had been "In 2005 Russia had initiated an aggressive strategy…").
    const [top] = engine.answer('What caused much of Russia’s economic setback in Central Asia?').results;
    expect([top?.id, top?.highlight]).toEqual(['p11', expect.stringContaining('due to high levels of competition from China')]);
    // Not a thing that a name causes, nor a verb of leading alone.
    expect(engine.explain('What did China cause?').intent?.kind).not.toBe('reason');
    expect(engine.explain('What led the SCO?').intent?.kind).not.toBe('reason');
    expect(engine.explain('What makes up the SCO?').intent?.kind).not.toBe('reason');
  });

  it('answer "how big" in words as well as figures: "mostly small-scale" says how big the exercises are', () => {
    const [top] = engine.answer('How big are the military exercises between China and Kazakhstan?').results;
    expect([top?.id, top?.highlight]).toEqual(['p10', expect.stringContaining('small-scale')]);
    // Not a size of what no sentence speaks of.
    expect(engine.answer('How large is the Chinese army?').results).toEqual([]);
  });

  it('puts first, of words typed as a search box takes them, the passage writing them side by side', () => {
    // p18 (India's "modern" equipment) had come before p21's "China's military modernisation"; p7 before p17's "Indo-Pak".
    expect(engine.answer('military modernisation').results[0]?.id).toBe('p21');
    expect(engine.answer('indo pak relations').results[0]?.id).toBe('p17');
    // Not a question, which is ranked as it asks.
    expect(engine.answer('What did India give Tajikistan?').results[0]?.id).toBe('p18');
  });

  it('meets a phrasal verb the paper lacks by the verb of its WordNet wording ("depend on": "rely on", "relies … on")', () => {
    // p18 ("India's relation with Tajikistan…") had come first: "depend on" had no wording the paper has.
    expect(engine.answer('who does tajikistan depend on more').results[0]?.highlight).toBe('Because of its isolation Tajikistan relies more on Russia than China.');
    // Not by a light verb ("hold" of "hold back"), which says little of what is done.
    expect(engine.answer("What's the biggest thing holding New Delhi back from getting into Central Asia?").results[0]?.id).toBe('p17');
  });

  it('reads "alone" as a word of the question, however it is said ("solo", "on its own")', () => {
    // Each had been refused: "alone" was no word, "solo" none the paper has.
    for (const question of ['can china handle a central asian crisis solo?', 'can china handle a central asia crisis on its own?']) expect(engine.answer(question).results[0]?.id, question).toBe('p21');
  });

  it('puts first, of a question asking what kinds of a thing there are, a passage listing them in a sentence of its words', () => {
    // p10's "significant amount of military assistance" had come before p9's equipment, training and intelligence.
    expect(engine.answer('what types of assistance has china given kazakhstan').results[0]?.highlight).toMatch(/^China has supplied Kazakhstan defence equipment, military training and intelligence/);
    // A best passage listing them already ("threats such as terrorism and drug trafficking") stays first; so does the
    // best where one leading kind is asked ("mainly").
    expect(engine.answer("what kinds of threats does china's engagement with kazakhstan target").results[0]?.id).toBe('p10');
    expect(engine.answer('what kind of assistance does china mainly give kazakhstan').results[0]?.id).toBe('p10');
    // A best passage's list of other things ("threats such as terrorism and drug trafficking") does not list the kinds of
    // help asked: the passage listing what was given comes first (session 60: six reworded questions of the readable sets).
    expect(engine.answer('What kinds of help has Beijing handed over to the Kazakh military?').results[0]?.highlight).toMatch(/^China has supplied Kazakhstan defence equipment/);
  });

  it('reads a sum asked with a verb of paying in two words, a currency in slang, or the currency it is asked in', () => {
    // Each had been "The paper doesn't answer that": "shell" was the thing asked of, "bucks" were counted, "dollars" a
    // word no passage has.
    for (const line of ['how much did beijing fork over to bishkek', 'How much did China chip in for Kyrgyz defence?', 'how many bucks did china throw at kyrgyzstan’s military', 'how much dough did china give kyrgyzstan', 'how much was the aid to kyrgyzstan in dollars']) {
      expect(engine.explain(line).intent, line).toMatchObject({ kind: 'quantity', money: true });
      expect(engine.answer(line).results[0]?.highlight, line).toContain('USD 16 million');
    }
    // A particle that makes no verb of paying ("give in") says no sum.
    expect(engine.explain('How much did Kyrgyzstan give in to China?').intent?.money).toBeUndefined();
    // "How much did China give…" asks a sum given: a count of people living there is none (it had been "about 180,000
    // Uighurs reside in western Kazakhstan"; the paper gives no sum of China's aid to Kazakhstan).
    expect(engine.answer('how much did china give kazakhstan').results).toEqual([]);
    expect(engine.answer('How much did China give Kyrgyzstan?').results[0]?.highlight).toContain('USD 16 million');
  });

  it('reads "how many million USD…" as asking a sum, counted in its units', () => {
    // It had been a count of promises: "The paper doesn't answer that", beside the very sentence.
    for (const line of ['how many million USD did china promise kyrgyzstan', 'how many billion dollars did china promise kyrgyzstan']) {
      expect(engine.explain(line).intent, line).toMatchObject({ kind: 'quantity', money: true });
      expect(engine.answer(line).results[0]?.highlight, line).toContain('USD 16 million');
    }
    // Not a count of people in millions.
    expect(engine.explain('How many million people live in Kazakhstan?').intent?.money).toBeUndefined();
  });

  it('count no things by a sum of money: "USD 16 million as military aid" says how much, not how many soldiers', () => {
    // "soldiers" lies near "military" in the word vectors, but the figure beside it is a sum.
    expect(engine.answer('How many soldiers does Kyrgyzstan have?').results).toEqual([]);
    expect(engine.answer('How many helicopters has China donated to Kyrgyzstan?').results).toEqual([]);
    // A sum is asked by "how much", and by "how many" of a currency.
    expect(engine.answer('How much military aid did China promise Kyrgyzstan?').results[0]?.id).toBe('p5');
    expect(engine.answer('How many dollars of military aid did China pledge to Kyrgyzstan in 2004?').results[0]?.id).toBe('p5');
  });

  it('answer what a name did not from a passage where another name does it: "India donated Tajikistan…" is no gift of China\'s', () => {
    // China is named by the paper's title, so every passage speaks of it; p18's donor is India.
    expect(engine.answer('What did China donate to Tajikistan?').results).toEqual([]);
    expect(engine.answer('Has China donated helicopters to Tajikistan?').results).toEqual([]);
    expect(engine.answer('What did India donate to Tajikistan?').results[0]?.id).toBe('p18');
    // Past an adverb ("Uzbekistan has consistently refused"), and whatever the sentence names after the verb.
    expect(engine.answer('Why did Kazakhstan refuse to take part in the SCO exercises?').results).toEqual([]);
    expect(engine.answer('Why did Russia refuse to join the 2012 exercise?').results).toEqual([]);
    expect(engine.answer('Why did Uzbekistan refuse to take part in the SCO exercises?').results[0]?.id).toBe('p14');
    // Another wording of the verb done by another ("China has also provided equipment") says less: still answered.
    expect(engine.answer('What did the Americans offer Central Asian governments?').results[0]?.id).toBe('p15');
  });

  it('date asked of a verb no passage speaks of with the names given is asked of what the verb acts on', () => {
    const body = ['## Ties', '', '{#d1} The kingdom and the republic have sent military delegations to each other since 1993.', '', '{#d2} In the mountain markets traders swap wool for salt.'].join('\n');
    const answer = answerOver(body, 'Since what year have the kingdom and the republic been swapping military delegations?');
    expect([answer.results[0]?.id, answer.results[0]?.highlight]).toEqual(['d1', expect.stringContaining('1993')]);
    // Not a date of something else the names do.
    expect(answerOver(body, 'Since what year have the kingdom and the republic been swapping ambassadors?').results).toEqual([]);
  });

  it('attribute of the kind the question says: "the official language" is not answered by a passage on the languages spoken', () => {
    const body = ['## People', '', '{#l1} Upstream the river is called the Red Water in Turkic languages, and the kingdom’s herders graze its banks.', '', '{#l2} The kingdom trains its guards in the mountains.'].join('\n');
    expect(answerOver(body, 'What languages is the river called the Red Water in?').results[0]?.id).toBe('l1');
    expect(answerOver(body, 'What is the official language of the kingdom?').results).toEqual([]);
  });

  it('count of what a number stands with, not of a word across "by" or "into": three mountain chains are no population', () => {
    const body = ['## Land', '', '{#c1} The lowlands of the kingdom are divided into northern and southern regions by a complex of three mountain chains.', '', '{#c2} The kingdom trains its guards in the mountains.'].join('\n');
    expect(answerOver(body, 'How many mountain chains divide the lowlands of the kingdom?').results[0]?.id).toBe('c1');
    // "population" lies near "regions" in the word vectors; the number counts the chains.
    expect(answerOver(body, 'What is the population of the northern and southern lowlands of the kingdom?').results).toEqual([]);
  });

  it('date of a person a passage calls by the last word of the name the question gives, not of a name ending in a common word', () => {
    const body = [
      '## Revolt',
      '',
      '{#k1} In 1928 Ismatullah Qarluki led the revolt of the northern valleys against the king.',
      '',
      '{#k2} The king weighed a pardon, but the loyal tribes pressed him to execute Qarluki on 1 November 1929.',
      '',
      '{#k3} Ismatullah Khan, the king’s cousin, kept the southern forts.',
    ].join('\n');
    expect(answerOver(body, 'When was Ismatullah Qarluki executed?').results[0]?.id).toBe('k2');
    // "Khan" ends many names: a passage naming a Khan does not name this one.
    expect(answerOver(body, 'When was Ismatullah Khan executed?').results).toEqual([]);
  });

  it('answer a number from a sentence opening "Since then", which refers back to the one before', () => {
    const body = ['## Navy', '', '{#n1} In 1905 the kingdom founded a navy on the northern lake with British help. Since then, the fleet has grown to 40 ships.', '', '{#n2} Ships of the southern coast carried grain.'].join('\n');
    const answer = answerOver(body, 'How many ships does the navy the kingdom founded on the northern lake have?');
    expect([answer.results[0]?.id, answer.results[0]?.highlight]).toEqual(['n1', expect.stringContaining('40 ships')]);
  });

  it('read a decade as any of its years: "in the 1990s" is answered by a passage of 1993, not one of 2005', () => {
    const body = ['## Patrols', '', '{#r1} In 2005 the two armies held a joint river patrol, their largest joint patrol on the river.', '', '{#r2} In 1993 the two armies held their first joint patrol.'].join('\n');
    expect(answerOver(body, 'Which joint patrol did the two armies hold in the 1990s?').results.map((r) => r.id)).toEqual(['r2']);
    // So is a decade in words or in two figures after "the", "early", "mid" or "late" (they had been read as no year).
    for (const decade of ['in the nineties', 'in the early 90s', 'in the mid-nineties']) expect(answerOver(body, `Which joint patrol did the two armies hold ${decade}?`).results.map((r) => r.id), decade).toEqual(['r2']);
  });

  it('explain how a question was read: the kind of answer asked, and the concepts each candidate holds', () => {
    const { intent, candidates } = engine.explain('How much money did China promise Kyrgyzstan in 2004?');
    expect(intent).toMatchObject({ kind: 'quantity', money: true });
    expect(candidates[0]).toMatchObject({ id: 'p5' });
    expect(candidates[0]!.matched).toEqual(expect.arrayContaining(['2004', '@kyrgyzstan']));
    // A count the paper never gives: the passages considered are shown, none of them a candidate answer.
    const troops = engine.explain('How many troops does Kazakhstan have?');
    expect(troops.candidates).toEqual([]);
    expect(troops.considered.map((c) => c.id)).toContain('p9');
  });

  it('read "what year" and "which date" as the kind of answer asked, not a word the passage must hold', () => {
    const question = "In what year did India and Tajikistan's defence ties begin?";
    expect(engine.explain(question).concepts.flatMap((c) => c.terms)).not.toContain('year');
    // The passage dates the ties ("originate from 1990") without the word "year": it holds the whole question.
    const [top] = engine.explain(question).candidates;
    expect(top).toMatchObject({ id: 'p18', coverage: 1 });
    // A question with nothing but the noun keeps it: "what year?" asks about years.
    expect(engine.explain('What year?').concepts.flatMap((c) => c.terms)).toContain('year');
  });

  it('hold a question of fact with a word of sources ("title", "publish") to a fact: "won six league titles" gives no year', () => {
    const champions = ['## Football', '', '{#r1} Dynamo won six league titles at the old stadium, more than any other team.'].join('\n');
    expect(answerOver(champions, 'In which year did Dynamo win its first league title?').results).toEqual([]);
    const won = ['## Football', '', '{#r1} Dynamo won its first league title in 1998, at the old stadium.'].join('\n');
    expect(answerOver(won, 'In which year did Dynamo win its first league title?').results.map((r) => r.id)).toEqual(['r1']);
  });

  it('answer a question whose every word the speller read again, unless one it read stands for a word English knows', () => {
    const exercises = engine.answer('militery excercises');
    expect(exercises.readAs).toBe('military exercises');
    expect(exercises.results).not.toEqual([]);
    expect(engine.answer('what is the pipline').results[0]?.id).toBe('p17');
    // A short word is read again too where a longer one was ("teh", which English text writes, read as "the").
    expect(engine.answer('what is teh pipline')).toMatchObject({ readAs: 'what is the pipeline', results: [{ id: 'p17' }] });
    // A short word no reading mends alone, by the word beside it: "thre" of "thre evils" is the gazetteer's "three evils"
    // (not "there"), "kan" of "kublai kan" its "Kublai Khan".
    // A word the corpus's words do not mend, as the one of English's commonest one slip from it, of the corpus's stem if
    // any ("suply": "supply", as the corpus's "supplied"); not a word with an ending put on ("codename", "codenamed").
    for (const [typed, read, id] of [['what happend in 2012', 'what happened in 2012', 'p14'], ['what did china suply to kazakhstan', 'what did china supply to kazakhstan', 'p9']] as const) {
      const answer = engine.answer(typed);
      expect([answer.readAs, answer.results[0]?.id]).toEqual([read, id]);
    }
    expect(engine.answer('what was the codename of the first exercise?').readAs).toBeUndefined();
    // A letter of a double typed once is the commonest slip: English's word so reached is read before the corpus's word
    // two edits away ("busines": "business", not "besides"), another slip away ("sufer": "suffer", not "super"), or
    // another of English's a slip away ("drils": "drills", not "dries").
    for (const [typed, read, id] of [
      ["how are india's busines links with tajikistan", "how are india's business links with tajikistan", 'p19'],
      ['why did russias economy sufer in central asia', 'why did russias economy suffer in central asia', 'p11'],
      ['Which countries did China hold military drils with in 2006?', 'Which countries did China hold military drills with in 2006?', 'p14'],
      // Of several of English's words a slip away, the one nearest another word of the question in the word vectors
      // ("wieght": "weight", near "carry"; not "wight" or "weigh").
      ["wich country's relations with india carry the most wieght among the cars", "which country's relations with india carry the most weight among the cars", 'p18'],
      // A word of English's the model lacks, two neighbouring letters swapped from the corpus's ("frist": "first").
      ['what was the frist bilateral exercise', 'what was the first bilateral exercise', 'p14'],
      // A word of four letters, only so ("smal": "small", "flet": "fleet").
      ['what became of the flet of the mongols', 'what became of the fleet of the mongols', 'p1'],
    ] as const) {
      const answer = engine.answer(typed);
      expect([answer.readAs, answer.results[0]?.id], typed).toEqual([read, id]);
    }
    expect(engine.answer('when did inda and tajikistan sign a defence agreement').readAs).toBe('when did india and tajikistan sign a defence agreement');
    for (const [typed, read, id] of [['what are the thre evils', 'what are the three evils', 'p4'], ['who was kublai kan', 'who was kublai khan', 'p1']] as const) {
      const answer = engine.answer(typed);
      expect([answer.readAs, answer.results[0]?.id]).toEqual([read, id]);
    }
    // "paris" is no slip for the corpus's "Maris", whatever the speller reads: nothing of the question is the paper's.
    expect(engine.answer('what is the weather in paris?').results).toEqual([]);
  });

  it('read no footnote marker as a word of the passage: "[xi]" does not answer "who is Xi?"', () => {
    expect(engine.answer('Who is Xi?').results).toEqual([]);
    expect(engine.answer('what is vi').results).toEqual([]);
    // The passage is found as before by its own words, its marker shown where it stands.
    expect(engine.answer('What did India donate to Tajikistan?').results[0]).toMatchObject({ id: 'p18', highlight: expect.stringMatching(/vehicles\s*\[xi\]/) });
  });

  it('count no word of the question twice: a figure beside the question\'s own "kilometres" gives no length of its "border"', () => {
    const body = ['## Rivers', '', '{#r1} The country has a long border with its southern neighbour. There are over 900 rivers in the country longer than 10 kilometres.'].join('\n');
    expect(answerOver(body, 'How long is the border in kilometres?').results).toEqual([]);
    expect(answerOver(body, 'How long are the rivers in kilometres?').results.map((r) => r.id)).toEqual(['r1']);
  });

  it('date what a verb the corpus has no wording of acts on: "ink a defence agreement" is the paper\'s "signed a … defence agreement"', () => {
    const [top] = engine.answer('In what year did India and Tajikistan ink a defence agreement?').results;
    expect(top).toMatchObject({ id: 'p18' });
    expect(top!.highlight).toContain('2002');
    // A verb with nothing after it to act on stays what is asked: the paper dates no death.
    expect(engine.answer('In what year did Kublai Khan die?').results).toEqual([]);
  });

  it('answer a number of what the question names only from a passage naming it in its own text, not only a source it cites', () => {
    const body = [
      '## Aid',
      '',
      '{#a1} In 2004 the republic promised USD 16 million as military aid to Kyrgyzstan[i].',
      '',
      '{#a2} Tajikistan and Kyrgyzstan share the upper valleys of the two rivers.',
      '',
      '## Footnotes',
      '',
      '[i]: J. Kucera, “Military aid to Kyrgyzstan and Tajikistan”, Eurasianet, 2014.',
    ].join('\n');
    expect(answerOver(body, 'How much military aid did the republic promise to Tajikistan?').results).toEqual([]);
    expect(answerOver(body, 'How much military aid did the republic promise to Kyrgyzstan?').results[0]?.id).toBe('a1');
  });

  it('answer "since what year" with the year a thing runs from before the year of a single event', () => {
    // p10: "military exercises since 2002"; p14: "In 2006 China conducted military exercises with both Tajikistan and Kazakhstan".
    expect(engine.answer('Since what year have China and Kazakhstan held military exercises?').results[0]?.id).toBe('p10');
    expect(engine.answer('In what year did China hold military exercises with both Tajikistan and Kazakhstan?').results[0]?.id).toBe('p14');
  });

  it('read a word opening on "counter" or "anti" written as one word as the paper\'s hyphenated one', () => {
    // The paper writes "counter-terrorism" and "counter-narcotics" only; one word had found nothing.
    for (const [joined, hyphened] of [['counterterrorism', 'counter-terrorism'], ['What does the paper say about counternarcotics?', 'What does the paper say about counter-narcotics?']] as const) {
      const ids = engine.answer(joined).results.map((r) => r.id);
      expect(ids.length, joined).toBeGreaterThan(0);
      expect(ids[0]).toBe(engine.answer(hyphened).results[0]?.id);
    }
    // Written apart too: p16 "counter-narcotics coordination", p18 "Anti-Taliban resistance forces"; p21 "help to
    // counter Islamic insurgency" holds "counter" as a verb, and p2 the Taliban alone.
    expect(engine.answer('counter narcotics').results[0]?.id).toBe('p16');
    expect(engine.answer('anti taliban').results[0]?.id).toBe('p18');
    expect(engine.answer('How does the SCO counter insurgency?').results.map((r) => r.id)).toContain('p21');
  });

  it('answer of a thing the question numbers by rank only from a passage numbering it so, or not at all', () => {
    // p21: "6th Meeting of Leaders of SCO Anti-Drug Agencies"; p14: "The first bilateral exercise …".
    expect(engine.answer('What happened at the 6th Meeting of Leaders of SCO Anti-Drug Agencies?').results[0]?.id).toBe('p21');
    expect(engine.answer('What happened at the 5th Meeting of Leaders of SCO Anti-Drug Agencies?').results).toEqual([]);
    expect(engine.answer('When was the first bilateral exercise?').results[0]?.id).toBe('p14');
    expect(engine.answer('When was the second bilateral exercise?').results.map((r) => r.id)).not.toContain('p14');
  });

  it('hold the other wordings of a word the paper lacks as the word itself, in a question asking no fact', () => {
    // p14: "The small size of the exercise reflects the lack of emphasis on the military component … within the SCO":
    // "modest" is WordNet's wording of "small": p14 holds it as the question's own word, where p20 and p15 hold less.
    expect(engine.answer("What does the modest scale of the war games say about the SCO's priorities?").results[0]).toMatchObject({ id: 'p14', highlight: expect.stringContaining('small size of the exercise') });
  });

  it('read a name the paper never uses within a gazetteer name the question gives as that name, not as missing', () => {
    // p15: "after the September 11, 2001 terrorist attack in U.S.A, the Central Asian countries supported U.S.A…";
    // "the attacks in New York" is the gazetteer's name of that event, though the paper never writes "New York".
    expect(engine.answer('After the 2001 attacks in New York, how did the region’s governments respond?').results[0]?.id).toBe('p15');
    // Where no gazetteer name holds it, it is what the paper never mentions.
    expect(engine.answer('Does the paper cite the New York Times?').missing).toEqual(['New York Times']);
  });

  it('put a passage that names what the question names before one that meets it as nearly through other words alone', () => {
    // p21 speaks of Russia and China and of security, not of the U.S.A; p11 names all three and their common interest.
    expect(engine.answer('Which shared worry unites Washington, Moscow and Beijing?').results[0]?.id).toBe('p11');
    // A why-question too: p6 speaks of armed forces and help, to Kyrgyzstan and Tajikistan; p10 of China's help to Kazakhstan.
    expect(engine.answer('Why is Beijing so generous with help for the armed forces of Kazakhstan?').results[0]?.id).toBe('p10');
  });

  it('put a short passage holding more of the question before a long one that holds some of its words many times', () => {
    // p18 speaks of India, Tajikistan and Dushanbe at length; p19 says the defence links should be matched with economic
    // co-operation (pair … with).
    expect(engine.answer('What should New Delhi pair its defence links with Dushanbe with?').results[0]?.id).toBe('p19');
  });

  it('answer a date of a name the gazetteer lacks only from a passage naming it', () => {
    const body = [
      '## Leaders',
      '',
      '{#h1} Askar Akayev led the republic after independence and was ousted in a revolt.',
      '',
      '{#h2} The annual congress held in 1944 elected a new leadership, and each member was born in the valley.',
    ].join('\n');
    // The congress's year is no date of Akayev's birth: the passage naming him gives none.
    expect(answerOver(body, 'In what year was Askar Akayev born?').results).toEqual([]);
  });

  it('answer "which country" with the country a passage names, whatever verb the question puts it with', () => {
    // The paper: "China accepts Russia as the primary actor for Central Asia’s security".
    expect(engine.answer('Which country does China treat as the principal actor for Central Asian security?').results[0]?.id).toBe('p11');
  });

  it('answer who held a role only from a passage naming that role in its words or WordNet’s, not a word near it', () => {
    const body = [
      '## The empire',
      '',
      '{#m1} In 1254 the Mongol leader Abaqa Khan sent a delegation to the council, and the khanate adopted Islam.',
      '',
      '{#m2} The steppe was home to herders, and trade crossed it from east to west.',
    ].join('\n');
    // "leader" lies 0.7 and more from "president" in the word vectors, as words used together do: no president's.
    expect(answerOver(body, 'Who was the Mongol president who sent a delegation?').results).toEqual([]);
    expect(answerOver(body, 'Who was the Mongol leader who sent a delegation?').results.map((r) => r.id)).toEqual(['m1']);
  });

  it('read "site" as a place, not a website: a question of fact about a test site asks a number the passage must give', () => {
    const body = ['## Tests', '', '{#t1} In 1991 the republic closed the nuclear test site at Semipalatinsk, and its last tunnels were sealed by 1995.'].join('\n');
    expect(answerOver(body, 'How many nuclear tests were carried out at the Semipalatinsk test site?').results).toEqual([]);
  });

  it('answer who holds a role, or what an attribute is, only from a passage with a noun near it, not a word used beside it', () => {
    // "promised" is near "president" in the word vectors only as words used together are.
    expect(engine.answer('Who was president of Kyrgyzstan when China pledged military aid in 2004?').results).toEqual([]);
    // A role asks for a noun nearer it than one of what leaders do ("support" of the passage on Turkmenistan).
    expect(engine.answer('Who was president of Turkmenistan when it pledged armed forces co-operation with China in 2013?').results).toEqual([]);
    // "purpose" is near the paper's "objective", a noun.
    expect(engine.answer("What is the main purpose of China's engagement with Central Asia?").results[0]?.id).toBe('p12');
  });

  it('give as entities the names a question shares with a document the gazetteer knows nothing of, as the corpus writes them', () => {
    const passages = [
      '{#n1} In 2022 the World Bank lent the republic 300 million dollars for its roads.',
      '{#n2} Exports of Artel, a maker of household appliances, grew fivefold; the Organized Crime and Corruption Reporting Project (OCCRP) followed its trade.',
      '{#n3} The United Nations Development Programme and the Government of the republic opened a school in 2019; the government pays its teachers.',
    ];
    withPassages(passages, (engine) => {
      const names = (question: string): string[] => engine.answer(question).entities.filter((e) => e.type === 'name').map((e) => e.canonical);
      expect(names('How much did the World Bank lend in 2022?')).toContain('World Bank');
      // Written alone and only in capitals; in brackets after the name it stands for.
      expect(names('How fast did exports of Artel grow?')).toContain('Artel');
      expect(names('What did OCCRP follow?')).toContain('OCCRP');
      // Not a word of a longer name ("United" of "United Nations"), nor one the corpus writes in lower case too, nor a month.
      expect(names('What did the United Kingdom open?')).not.toContain('United');
      expect(names('What did the Government open in June?')).toEqual([]);
      // A name the corpus never writes is no entity of it.
      expect(names('How much did the Asian Development Bank lend?')).not.toContain('Asian Development Bank');
    });
    // The gazetteer's names stay its own: the United States is the USA, "China Studies" is of the Chennai Centre's name.
    expect(engine.answer('What did the United States do after 2001?').entities.map((e) => e.canonical)).toEqual(['USA', '2001']);
    expect(engine.answer('What is the Chennai Centre for China Studies?').entities.map((e) => e.canonical)).not.toContain('China Studies');
  });

  it('read a figure in a sentence cut at its decimal point as one sentence, and the title place\'s people as the place', () => {
    const front = 'id: myx\ntitle: Economy of Malaysia\nyear: 2024';
    const body = oneSection(
      '{#m1} As of 2022, government expenditure on subsidies stood at RM70.3 billion (US$15.96 billion), or 3.9% of GDP. Fuel took most of it.',
      '{#m2} In 2014 the government ended all fuel subsidies and brought in a goods and services tax.',
      '{#m3} Malaysian exports of electronics grew in 2023.',
    );
    withEngineOver({ 'myx.md': smallDocument({ front, body }) }, (engine) => {
      // The splitter had cut "RM70." from "3 billion…", and "Malaysian" was no name the title gives (it had been refused).
      expect(engine.analyzer.sentences('It stood at RM70.3 billion in 2022. Then it fell.')).toEqual(['It stood at RM70.3 billion in 2022.', 'Then it fell.']);
      const answer = engine.answer('How much did the Malaysian government spend on subsidies as of 2022?');
      expect(answer.results[0]).toMatchObject({ id: 'm1', highlight: expect.stringContaining('RM70.3 billion (US$15.96 billion)') });
    });
  });

  it('read an adjective WordNet gives the title place that English does not make by rule ("Finnish" of Finland) as of that place', () => {
    const front = 'id: fin\ntitle: Economy of Finland\nyear: 2024';
    const body = oneSection(
      '{#f1} Barriers to grain imports stimulated a return to mixed farming, and by 1938 Finland\'s farmers were able to meet roughly 90% of the domestic demand for grain.',
      '{#f2} Finnish forests cover most of the land, and the Finnish paper industry is among the largest in Europe.',
      '{#f3} In 2006 there were 2.4 million households, and 74% of households had a car.',
    );
    withEngineOver({ 'fin.md': smallDocument({ front, body }) }, (engine) => {
      // "Finnish" is a word the document has, so no wording of its own; it had been read as a name the passage must
      // write (refused), as "Malaysian" would not be.
      expect(engine.answer('By 1938, how much of the domestic demand for grain could Finnish farmers meet?').results[0]).toMatchObject({ id: 'f1', highlight: expect.stringContaining('90%') });
      expect(engine.answer('What share of Finnish households had a car in 2006?').results[0]?.id).toBe('f3');
    });
  });
  it('give "the region" as the one region the title of the answering document names, where the question names none', () => {
    const canonical = (question: string): string[] => engine.answer(question).entities.map((e) => e.canonical);
    expect(canonical('Apart from security, what did Beijing concentrate on when building its ties with the region?')).toEqual(['Beijing', 'China', 'Central Asia']);
    expect(canonical('what does regional security depend on')).toContain('Central Asia');
    // Not twice where the question names it, nor where it speaks of no region.
    expect(canonical('How does China see the region of Central Asia?').filter((name) => name === 'Central Asia')).toHaveLength(1);
    expect(canonical('What did India donate to Tajikistan?')).not.toContain('Central Asia');
    // A document whose title names no region gives none.
    withPassages(['{#n1} The region around the port grew fast in 2022.'], (other) => expect(other.answer('how fast did the region grow?').entities.filter((e) => e.type === 'region')).toEqual([]));
  });

  it('answer who acted with or on the names a who-question gives from a passage naming them all', () => {
    const body = [
      '## Valley',
      '',
      '{#v1} Militias of the valley kept fighting beside the Taliban through the winter of 1999.',
      '',
      '{#v2} India and Iran armed the Northern Alliance against the Taliban in the valley in 1999.',
    ].join('\n');
    const { dir, cleanup } = scratchCorpus({ 'valley.md': smallDocument({ body }) });
    try {
      expect(createEngine(loadCorpus(dir)).answer('Who fought the Taliban alongside India in the valley in 1999?').results[0]?.id).toBe('v2');
    } finally {
      cleanup();
    }
  });

  it('read a capital as a place within its country: its own figures from passages naming it, its country for it where the corpus never names it', () => {
    const gazetteer = JSON.stringify([
      { canonical: 'Ruritania', type: 'country', aliases: ['Ruritanian'] },
      { canonical: 'Strelsau', type: 'place', aliases: [], within: 'Ruritania' },
      { canonical: 'Zenda', type: 'place', aliases: [], within: 'Ruritania' },
    ]);
    const body = [
      '## Land',
      '',
      '{#r1} Ruritania had a population of 2 million in 1900, most of them farmers in the hills.',
      '',
      '{#r2} Strelsau, on the river, had a population of 300,000 in 1900 and most of the trade.',
      '',
      '{#r3} Ruritania signed the river treaty because its boats needed the northern ports.',
    ].join('\n');
    withEngineOver({ 'land.md': smallDocument({ body }), 'land.gazetteer.json': gazetteer }, (land) => {
      // Only by a passage naming the city: its country's figure is not the city's.
      expect(land.answer('What was the population of Strelsau in 1900?').results.map((r) => r.id)).toEqual(['r2']);
      // The corpus never names Zenda: it stands for its country, as a capital names its government.
      expect(land.answer('Why did Zenda sign the river treaty?').results[0]?.id).toBe('r3');
      expect(land.answer('What about Zenda?').results.map((r) => r.id)).toEqual(expect.arrayContaining(['r1', 'r3']));
    });
  });

  it('read a capital’s possessive as its state’s, not as the city a passage names for what happened there', () => {
    const gazetteer = JSON.stringify([
      { canonical: 'Ruritania', type: 'country', aliases: ['Ruritanian'] },
      { canonical: 'Strelsau', type: 'place', aliases: [], within: 'Ruritania', capital: true },
    ]);
    const body = [
      '## Trade',
      '',
      '{#r1} Much of the Ruritanian trade setback is due to competition from the river ports of the south.',
      '',
      '{#r2} The trade ministers met in Strelsau in 1900 to talk of the setback, and the Ruritanian ports sent their traders there.',
      '',
      '{#r3} Ruritania grows wheat and barley in the hills.',
    ].join('\n');
    withEngineOver({ 'trade.md': smallDocument({ body }), 'trade.gazetteer.json': gazetteer }, (trade) => {
      expect(trade.answer("What is behind Strelsau's trade setback?").results[0]?.id).toBe('r1');
      // Written as a place, the city is still the city's.
      expect(trade.answer('Which traders met in Strelsau?').results[0]?.id).toBe('r2');
    });
  });

  it('answer when or how much of a body only from a sentence naming it, not one naming only another body', () => {
    const gazetteer = JSON.stringify([
      { canonical: 'Alliance', type: 'organisation', aliases: [] },
      { canonical: 'Bureau', type: 'organisation', aliases: ['Alliance Bureau'] },
      { canonical: 'Ruritania', type: 'country', aliases: [] },
    ]);
    const body = [
      '## Bodies',
      '',
      '{#b1} The Alliance grew in Ruritania. The Bureau was established in 2004 to fight terrorism.',
      '',
      '{#b2} Trade grew along the river of Ruritania in 1999, and the Alliance watched it.',
    ].join('\n');
    withEngineOver({ 'bodies.md': smallDocument({ body }), 'bodies.gazetteer.json': gazetteer }, (small) => {
      expect(small.answer('When was the Alliance established?').results).toEqual([]);
      expect(small.answer('When was the Bureau established?').results[0]?.highlight).toBe('The Bureau was established in 2004 to fight terrorism.');
      // a question holding a word of the other's name asks of that one too
      expect(small.answer('When was the Alliance bureau established?').results[0]?.id).toBe('b1');
    });
  });

  it('read a word of the same family the stemmer leaves apart as the paper’s', () => {
    // "west" is the paper's "western" ("180, 000 Uighurs reside in western Kazakhstan").
    expect(engine.answer('Roughly how many Uyghurs live over in the west of Kazakhstan?').results[0]?.id).toBe('p9');
    // "weight" is the paper's "weightage" ("India's relation with Tajikistan has more weightage than the other CARs").
    expect(engine.answer('which country has the most weight for india among CARs').results[0]?.id).toBe('p18');
    // A view and its holder are one family ("-ism", "-ist"): "breakaway" is WordNet's "separatist", and so the paper's
    // "separatism" ("China faces several security concerns … such as, Islamic radicalism and regional separatism").
    expect(engine.answer('How is Beijing trying to tackle its worries about radical Islam and breakaway movements?').results[0]?.id).toBe('p3');
  });

  it('let near words stand in for a rare word the paper lacks once the words it has are held', () => {
    // "priority" is not the paper's word; what it has of the question ("military", "China", "Central Asia") is
    // common, and the passage that says which states are "not primary for China" is found by words near "priority".
    expect(engine.answer('Which Central Asian states are less of a military priority for China?').results.map((r) => r.id)).toContain('p12');
    // Near words count once the passage holds a sixth of what the corpus has of the question in its own words:
    // "military", "region" of p21's "international military assistance will help to counter Islamic insurgency".
    expect(engine.answer('How will outside military help affect Islamist uprisings in the region?').results[0]?.id).toBe('p21');
  });

  it('read a plural noun the corpus lacks by its singular’s word vector as well as its own', () => {
    // "armies" alone lies 0.59 from "military" in the word vectors, "army" 0.87: the plural is read as both.
    const body = ['## One', '', '{#z1} The military of Zembla drills every spring beside the northern river.', '', '{#z2} The farmers of Zembla sow barley every spring beside the southern lake.'].join('\n');
    expect(answerOver(body, 'What do the armies of Zembla do every spring?').results.map((r) => r.id)).toEqual(['z1']);
  });

  it('read a season of a year as its months ("in spring 2025": "In April 2025"), not its other wordings', () => {
    const passages = ['{#z1} In April 2025, the river states secured $600 million from commercial banks to build roads.', '{#z2} The river states formed a customs union with their neighbours.'];
    withPassages(passages, (engine) => {
      const spring = engine.explain('How much did the river states borrow from banks in spring 2025?').concepts.find((c) => c.terms[0] === 'spring');
      expect(spring?.terms).toContain('april');
      expect(spring?.terms).not.toContain('form');
      // Without a year it may be the season's other sense.
      expect(engine.explain('Which spring feeds the river?').concepts.find((c) => c.terms[0] === 'spring')?.terms).not.toContain('april');
    });
  });

  it('answer how much electricity or oil by a figure in its units (GWh, barrels)', () => {
    const passages = ["{#z1} Most of the river states' electricity comes from dams. In 2017 about 4381 GWh were produced by the dams and 150 GWh by wind farms.", '{#z2} The river states trade grain and cotton with their neighbours every year.'];
    withPassages(passages, (engine) => {
      expect(engine.answer('How much electricity did the dams produce in 2017?').results[0]?.highlight).toMatch(/4381 GWh/);
      // a figure in watt-hours counts no oil
      expect(engine.answer('How much oil was produced in 2017?').results).toEqual([]);
    });
  });

  it('answer "what is the name of X?" only from a sentence that gives a name of X the question does not', () => {
    const body = [
      '## One',
      '',
      '{#z1} In 1820 the Khan of Zembla built a fort. The khan was feared by the nomads of the steppe.',
      '',
      '{#z2} Farther away on a hilltop stood a fire temple, called Sereshk, which the Zemblans kept burning all year.',
      '',
      '{#z3} The Zemblan army refurbished the old airbase in Dushanbe with foreign money.',
      '',
      "{#z4} Zembla's first ocean-going ship was launched in October 2023. The 1800-ton vessel, the MV Heron, will carry grain across the lake.",
      '',
      '{#z5} Foreign builders put up a bridge over the river and a stadium in the capital finished in 2001 for the regional games of 2002, named Stade du Nord.',
      '',
      '{#z6} The builders also laid a stadium road for the games, while the port, named Northhaven, got new cranes.',
    ].join('\n');
    // "called Sereshk" names the temple though the passage never says "name"
    expect(answerOver(body, 'What was the name of the fire temple on the hilltop?').results[0]?.id).toBe('z2');
    // the khan is spoken of, never by his name; the airbase's town is no name of it
    expect(answerOver(body, 'What was the name of the Khan of Zembla who built a fort?').results).toEqual([]);
    expect(answerOver(body, 'What is the name of the airbase the Zemblan army refurbished?').results).toEqual([]);
    // the sentence after the one on the ship calls it otherwise and names it (session 59's tuning documents)
    expect(answerOver(body, "What is the name of Zembla's first ocean-going ship?").results[0]?.highlight).toMatch(/the MV Heron/);
    // a naming word after the comma closing the thing's own phrase, however long, names it; not one after another thing
    expect(answerOver(body, 'What is the name of the stadium in the capital built for the 2002 regional games?').results[0]?.highlight).toMatch(/Stade du Nord/);
    expect(answerOver(body, 'What is the name of the stadium road laid for the games?').results).toEqual([]);
  });

  it('answer a question asked wholly in other words from a passage holding three of its concepts so, not one or two', () => {
    const plan = '{#z1} The plan excludes critical systems such as water, power, and heat facilities. These objects will remain under state ownership.';
    const ports = '{#z2} The ports of the north handle grain, timber and coal for the whole coast.';
    const body = ['## One', '', plan, '', ports].join('\n');
    // "utilities", "stay", "control": the passage's "heat", "remain", "ownership", none of the question's own words.
    expect(answerOver(body, 'Which utilities will stay under government control?').results[0]?.id).toBe('z1');
    // Two concepts in other words are no answer.
    expect(answerOver(body, 'Which utilities will stay cheap?').results).toEqual([]);
  });

  it('answer who holds a role only from a sentence that names someone the question does not', () => {
    const market = '{#z1} The mayor of Zembla City opened the new market beside the river in spring.';
    const elected = '{#z2} In 2010 Arno Vesk was elected mayor of Zembla City by the council.';
    expect(answerOver(['## One', '', market].join('\n'), 'Who is the mayor of Zembla City?').results).toEqual([]);
    expect(answerOver(['## One', '', market, '', elected].join('\n'), 'Who is the mayor of Zembla City?').results[0]?.id).toBe('z2');
    // A name the gazetteer has, opening the sentence, is named there too (it had been taken for any capitalised first word).
    expect(engine.answer('Who wants to be part of the Eastern international community?').results[0]?.id).toBe('p20');
  });

  it('answer who holds an office or heads a body only from a sentence naming a person, not a place, body or people', () => {
    const gazetteer = JSON.stringify([
      { canonical: 'Zembla', type: 'country', aliases: ['Zemblan'] },
      { canonical: 'River Guard', type: 'organisation', aliases: ['Guard'] },
      { canonical: 'Ostrava', type: 'place', aliases: [] },
      { canonical: 'Arno Vesk', type: 'person', aliases: ['Vesk'] },
    ]);
    const guard = '{#z1} The River Guard of Zembla, based in Ostrava in September, fights radical Islamist smugglers on the river.';
    const treaty = '{#z2} Zembla signed the river treaty with its neighbours in 2004.';
    const leader = '{#z3} Arno Vesk has headed the River Guard since 2010 and doubled its boats.';
    withEngineOver({ 'z.md': smallDocument({ body: oneSection(guard, treaty) }), 'z.gazetteer.json': gazetteer }, (zembla) => {
      // Names of a country, a body, a place, a month and a belief's adjective name no one who heads anything.
      expect(zembla.answer('Who heads the River Guard of Zembla?').results).toEqual([]);
      // "Which Zemblan minister signed…": a person in a role, whom no sentence names; the role is no word to find.
      expect(zembla.answer('Which Zemblan minister signed the river treaty?').results).toEqual([]);
      // Who did something, in no office: a country may.
      expect(zembla.answer('Who signed the river treaty with its neighbours?').results[0]?.id).toBe('z2');
    });
    withEngineOver({ 'z.md': smallDocument({ body: oneSection(guard, treaty, leader) }), 'z.gazetteer.json': gazetteer }, (zembla) => {
      expect(zembla.answer('Who heads the River Guard of Zembla?').results[0]?.id).toBe('z3');
    });
  });

  it('answer who headed or chaired something not from a sentence whose only role is the one asked, in other words', () => {
    // The paper's "6th Meeting of Leaders of SCO Anti-Drug Agencies was held in Moscow": "leaders" is "chair" and
    // "head" in other words (WordNet's "lead"), the role asked about, so the sentence names no one who chaired it.
    expect(engine.answer('Who chaired the 2015 Moscow meeting of the SCO anti-drug agencies?').results).toEqual([]);
    expect(engine.answer('Who headed the meeting of SCO anti-drug agencies in Moscow?').results).toEqual([]);
  });

  it('read names of places, bodies and events as naming no person where no gazetteer says what they are', () => {
    // No gazetteer: a run holding a head of a place's or a body's name, an acronym, or a name after "at" or "in".
    const navy = '{#z1} The Zemblan Naval Forces were founded in 2003. They sail on the Caspian Sea, based at Aktau, with the Coast Guard of the PDPA.';
    const chief = '{#z2} Admiral Jarek Osk commanded the Zemblan Naval Forces from 2003.';
    answeredOnlyBy('Who commanded the Zemblan Naval Forces when they were founded in 2003?', [navy], chief);
  });

  it('read an acronym’s plural ("SCBs") as naming no person, as an acronym names none', () => {
    // "Who is the current governor of Bangladesh Bank?" had been answered by "…consisted of 4 SCBs, 4 government-owned
    // specialized banks…", "SCBs" read as someone's name.
    expect(withoutPlacesAndBodies('As of date, the sector consisted of 4 SCBs and 39 private banks.')).toBe('As of date, the sector consisted of 4 scbs and 39 private banks.');
    expect(withoutPlacesAndBodies('Its chief, Mira Osk, met the PDPA.')).toBe('Its chief, Mira Osk, met the pdpa.');
  });

  it('answer who holds an office of a body the question names only from a sentence naming that body', () => {
    const body = [
      '## Finance',
      '',
      "{#z1} Odo Brant, the World Bank Vice President for Europe, visited the capital in January 2017. He praised the country's progress during its long partnership with the World Bank, and its rank among the countries of the region.",
      '',
      '{#z2} The harbour handles most of the grain trade.',
    ].join('\n');
    withEngineOver(
      { 'zembla.md': smallDocument({ front: 'id: zembla\ntitle: Economy of Zembla', body }) },
      (engine) => {
        // Another body's officer is no answer (it had been answered by the World Bank's vice president).
        expect(engine.answer('Who is the current chairman of the National Bank of Zembla?').results).toEqual([]);
        // Of the body the sentence names, it is.
        expect(engine.answer('Who is the World Bank Vice President for Europe?').results[0]?.id).toBe('z1');
      },
      { withCommitted: true },
    );
  });

  it('date or count what a question asks of by a sentence holding its verb, though the sentence calls the subject otherwise', () => {
    const body = [
      '## One',
      '',
      '{#z1} The Ostrava Naval Academy of the Ministry of Defence was the main school of the Zemblan navy and its coast guard. In 2011, the institute was deactivated.',
      '',
      '{#z2} The Zemblan navy keeps four patrol boats on the lake.',
    ].join('\n');
    expect(answerOver(body, 'When was the Ostrava Naval Academy deactivated?').results[0]).toMatchObject({ id: 'z1', highlight: 'In 2011, the institute was deactivated.' });
    // Not a date of something else the passage does.
    expect(answerOver(body, 'When was the Ostrava Naval Academy bombed?').results).toEqual([]);
  });

  it('read every passage of a document as speaking of the names its title gives, a name the gazetteer lacks too', () => {
    const front = 'id: war1928\ntitle: Zembla Civil War (1928–1929)\nauthor: A. Smith\nyear: 2020';
    const body = ['## Casualties', '', '{#w1} According to a data guide to wars, both sides suffered 7500 combat deaths.', '', '## Aftermath', '', '{#w2} After the civil war the old king of Zembla fled to the coast with his court.'].join('\n');
    withEngineOver({ 'war.md': smallDocument({ front, body }) }, (war) => {
      expect(war.answer('How many combat deaths did each side suffer in the Zembla Civil War?').results[0]?.id).toBe('w1');
      // Not a war the title does not give.
      expect(war.answer('How many combat deaths did each side suffer in the Zembla Border War?').results).toEqual([]);
    });
  });

  it('read "want" (and "would like") as what a party seeks, not as a light verb', () => {
    // "Iran and Pakistan want to reinforce the country's Islamic identity": "want" had been no word of either side.
    expect(engine.answer('Which big powers want to keep a lid on Islamic hardliners in Tajikistan?').results[0]?.id).toBe('p7');
    expect(engine.analyzer.terms('Which states would like to curb extremism?')).toEqual(engine.analyzer.terms('Which states want to curb extremism?'));
    // Small talk about who wants to do what in class is no question the paper answers.
    expect(engine.answer('who wants to present first tomorrow?').results).toEqual([]);
  });

  it('answer what one gave another from the sentence saying what it provided, supplied or donated', () => {
    expect(engine.answer('What did India give Tajikistan?').results[0]).toMatchObject({ id: 'p18', highlight: expect.stringContaining('Mi-8 helicopters') });
    expect(engine.answer('What has China given Kazakhstan?').results.slice(0, 2).map((r) => r.highlight)).toContainEqual(expect.stringContaining('supplied Kazakhstan defence equipment'));
  });

  it('read a figure that counts the plural after it as a count, not as a year the paper lacks', () => {
    const plea = engine.answer('i have to write 2000 words, why does uzbekistan skip the exercises?');
    expect(plea.missing).toBeUndefined();
    expect(plea.results.length).toBeGreaterThan(0);
    // A word of time before it, or a word naming an event, makes it a year.
    expect(engine.answer('What happened in 2000 elections?').missing).toEqual(['2000']);
    expect(engine.answer('Which country sat out the 2012 drills?').results[0]?.id).toBe('p14');
  });

  it('read "when this paper was written" as dating the question, not as asking about a cited work', () => {
    // p10 cites a source, which "written" had counted for in full; it names no president.
    expect(engine.answer('Who was the president of Kazakhstan when this paper was written?').results).toEqual([]);
  });

  it('find a passage by each name of a run of names joined by hyphens, not by a name within the name of a body', () => {
    // "the Turkmenistan-Afghanistan-Pakistan-India [TAPI] pipeline" names Turkmenistan (p6 had come first, on
    // Turkmenistan's army).
    expect(engine.answer('Which pipeline links Turkmenistan with India?').results[0]?.id).toBe('p17');
    // "the 6th Meeting of Leaders of SCO Anti-Drug Agencies … in Moscow" (p21) says nothing of where RATS sits.
    expect(engine.answer("In which city is the SCO's regional anti-terror structure based?").results).toEqual([]);
  });

  it('answer a yes-or-no question by its names, not by a capitalised common word such as "Islamist"', () => {
    // "Islamist" is an English word (the paper writes it once, in p16): the passage need not have it to answer (it had
    // been refused, p2 unshown).
    expect(engine.answer('Is it feared that Islamist fighters from Central Asia fight beside the Taliban?').results[0]?.id).toBe('p2');
  });

  it('answer a yes-or-no question naming several names only from a passage naming them all, and the one it opens on', () => {
    // p10 is China and Kazakhstan's exercises; p18 India's base in Tajikistan: neither says what the question checks.
    expect(engine.answer('Did India hold exercises with Kazakhstan?').results).toEqual([]);
    expect(engine.answer('Does India have a military base in Kazakhstan?').results).toEqual([]);
    expect(engine.answer('Is Kyrgyzstan moving closer to Russia?').results[0]?.id).toBe('p5');
    // The name it opens on is what it checks a fact of: a passage that never names it tells another's (India's base in
    // Dushanbe had been the answer), shown as where the paper comes nearest.
    const bases = engine.answer('Does China have military bases in Central Asia?');
    expect(bases.results).toEqual([]);
    expect(bases.nearest?.map((r) => r.id)).toContain('p18');
    // So does "is there a …" of the name after the article (it had been India's base: a second study-group trial).
    expect(engine.answer('is there a chinese military base in central asia').results).toEqual([]);
    expect(engine.answer('Is there an Indian military base in Tajikistan?').results[0]?.id).toBe('p18');
    // So does a date or a number asked of what a name did: India's gift and pact are no answer for China's.
    for (const question of ['how many helicopters did china give tajikistan', 'which year did china and tajikistan sign a defence pact']) {
      expect(engine.answer(question).results, question).toEqual([]);
    }
    expect(engine.answer('How many helicopters did India donate to Tajikistan?').results[0]?.id).toBe('p18');
    // So does any question asking what a name did: China's aid to Kyrgyzstan is no answer for India's.
    expect(engine.answer('What did the Indians give the Kyrgyz?').results).toEqual([]);
    expect(engine.answer('What did India give Tajikistan?').results[0]?.id).toBe('p18');
    // A name within a longer word counts: "Turkmenistan-Afghanistan-Pakistan-India" names Pakistan.
    expect(engine.answer('Could a pipeline through Kabul and Islamabad change things for India?').results[0]?.id).toBe('p17');
  });

  it('answer what something cost only from a sentence giving a sum of money, not a count', () => {
    const bought = '{#z1} In 2012 Zembla spent two years buying 20 helicopters for its navy.';
    const paid = '{#z2} Zembla spent USD 300 million on helicopters for its navy.';
    answeredOnlyBy('How much did Zembla spend on helicopters?', [bought], paid);
    // The count itself is still given.
    withPassages([bought], (zembla) => expect(zembla.answer('How many helicopters did Zembla buy?').results[0]?.id).toBe('z1'));
  });

  it('answer how many, or a number of what is measured, only from a sentence whose number stands near it', () => {
    const stake = '{#z1} Ostrava Motors bought a 50% stake in the old northern line to the coast from the national railway company of Zembla and its employees.';
    const staff = '{#z2} The national railway company of Zembla has some 12,000 employees.';
    answeredOnlyBy('How many employees does the national railway company of Zembla have?', [stake], staff);
    // Nor a number of what the question measures ("population"), by the number's own word ("million").
    const project = '{#z3} In 2002 Zembla began a US$10 million project to upgrade the old military base at Ostrava, a town of the north whose population works at the base.';
    withPassages([project], (zembla) => expect(zembla.answer('What is the population of Ostrava, the town of the north?').results).toEqual([]));
  });

  it('answer a figure far from the word it counts, by another word of the question it stands with, in a sentence speaking of the counted thing', () => {
    const share = "{#z1} Remittances from Zemblans working abroad, mostly in Ostrava and the northern ports, contribute significantly to Zembla's economy, making up 14% of GDP in 2018.";
    const banks = '{#z2} In 2018 most remittances reached Zembla through banks and post offices.';
    answeredOnlyBy('What share of GDP did remittances make up in 2018?', [banks], share, share.slice(6));
    // A figure standing by none of the question's other words counts something else.
    const tourism = "{#z3} In 2018 remittances from Zemblans working abroad made up a large part of GDP, mostly sent from Ostrava and the northern ports, as was the spending of 14% of the tourists who stayed a week.";
    withPassages([tourism], (zembla) => expect(zembla.answer('What share of GDP did remittances make up in 2018?').results).toEqual([]));
  });

  it('answer how much bigger something got from a sentence speaking of it that tells a change in figures, however far they stand', () => {
    const asked = 'How much bigger did the middle class of Zembla get after the revolution?';
    const grew = '{#z1} After the revolution, the makeup of the middle class of Zembla did not change much in all those long and quiet years, but its size doubled from about 15% of all households in 1979 to more than 32% in 2000.';
    const rich = '{#z2} The middle class of Zembla grew rich after the revolution on the trade of the northern ports.';
    answeredOnlyBy(asked, [rich], grew);
    // A figure as far from the word asked of, in a sentence that tells no change, counts something else.
    const ports = '{#z3} After the revolution, the makeup of the middle class of Zembla did not change much in all those long and quiet years, while about 15% of all households in 1979 lived by the northern ports.';
    withPassages([ports], (zembla) => expect(zembla.answer(asked).results).toEqual([]));
  });

  it('answer how much of something uncounted ("influence") from a sentence telling its degree in words beside it', () => {
    const levels = '{#z1} Despite the extent of its military ties, Zembla enjoys high levels of economic influence in Ostrava.';
    const ties = '{#z2} Zembla and Ostrava signed a treaty on economic influence and trade in 2004.';
    answeredOnlyBy('How much economic influence does Zembla have in Ostrava?', [ties], levels);
    // A word of degree standing by another thing tells no amount of the one asked of.
    const hub = '{#z3} Ostrava is a transit hub for heroin smuggled from Zembla, which may weaken its ties to an extent.';
    withPassages([hub], (zembla) => expect(zembla.answer('How much heroin is smuggled through Ostrava from Zembla each year?').results).toEqual([]));
  });

  it('read a name an ampersand joins ("BM&F") as one name, which the corpus writes or not', () => {
    // It had been "BM F", said to be missing though the passage writes "(BM&F)" (a tuning document).
    const merged = '{#z1} On 8 May 2008 the Zembla Stock Exchange and the Mercantile and Futures Exchange (BM&F) merged.';
    withPassages([merged], (zembla) => {
      expect(zembla.answer('When did the Zembla Stock Exchange merge with BM&F?').results[0]?.id).toBe('z1');
      expect(zembla.answer('When did AT&T merge with BM&F?').results).toEqual([]);
    });
  });

  it('answer a rate named after "what" by the sentence giving it, whatever verb the question does it with', () => {
    // The rate is asked, not "introduce" (the passage says "put in place"): it had been abstained on (a tuning document).
    const rate = '{#z2} In 2002 a business-friendly tax system was put in place in Zembla, with a 12.5% corporate tax rate.';
    const other = '{#z1} Zembla introduced a new currency in 2002.';
    answeredOnlyBy('What corporate tax rate did Zembla introduce in 2002?', [other], rate);
  });

  it('answer what a rate or level of something was from a sentence giving that thing a figure, whether it says "rate" or not', () => {
    // "1000%" is a figure, though "1000" alone reads as a year; and inflation's figure is its rate.
    const galloping = '{#z1} Zembla experienced galloping inflation of around 1000% per year immediately after independence.';
    const later = '{#z2} Zembla introduced its first currency immediately after independence, at an exchange rate set by the central bank.';
    answeredOnlyBy('What was the inflation rate in Zembla immediately after independence?', [later], galloping);
  });

  it('read a figure in brackets as of the words in them, not of those after: no rate of what follows', () => {
    // "88%" counts English speakers; "low corporate tax" after the bracket is given no figure (it had been the answer).
    const strengths = '{#z1} The strengths of Zembla are its location, a multilingual population (88% of its people speak English), low corporate tax and a skilled labour force.';
    const rate = '{#z2} Zembla cut its corporate tax rate to 15% in 2019.';
    answeredOnlyBy('What is the corporate tax rate in Zembla?', [strengths], rate);
  });

  it('ask of a role the question names in a phrase of two words ("chief executive") as of the role itself', () => {
    // The role is the phrase the analyzer reads as one: a passage listing the company among others names no one in it.
    const listed = '{#z1} Zembla aimed in 2017 to attract private investors to national companies. Such companies as Zembla Rail, Ostrava Energo and Kazmet are expected to be sold through IPO.';
    const visit = '{#z0} The president of Zembla visited Ostrava in 2016.';
    const chief = '{#z2} Jan Novak has been the chief executive of Kazmet since 2019.';
    answeredOnlyBy('Who is the chief executive of Kazmet?', [visit, listed], chief);
  });

  it('date what a name the gazetteer lacks names only from a sentence naming it, referring back to it or holding the verb asked', () => {
    const grid = '{#z1} Barqi Tojik runs the grid of Zembla. The Sangtuda plant of Zembla commenced operations in 2008 and was commissioned in 2009.';
    const own = '{#z2} Barqi Tojik was founded in 1995 by the government.';
    answeredOnlyBy('In what year was Barqi Tojik founded?', [grid], own, 'Barqi Tojik was founded in 1995 by the government.');
    // Or holding another verb of the question's than the one asked of: the rate at which it grants loans.
    const fund = '{#z3} The Ostrava Fund implements its own programmes across Zembla. Within regional programmes, loans are granted at a rate of up to 8.0%.';
    withPassages([fund], (zembla) => expect(zembla.answer('At what rate does the Ostrava Fund grant loans?').results[0]).toMatchObject({ id: 'z3', highlight: expect.stringContaining('8.0%') }));
    withPassages([fund], (zembla) => expect(zembla.answer('At what rate does the Ostrava Fund tax imports?').results).toEqual([]));
  });

  it('count what a question qualifies by another form of the qualifying word ("growth" rate, "grew")', () => {
    const trade = '{#z1} Trade with its neighbours saw steady growth in the 1990s.';
    const grew = '{#z2} The economy of Zembla grew quickly after the war: it expanded at an average rate of 9.6% a year from 2000 to 2007.';
    const inflation = '{#z3} Inflation ran at a rate of 12% a year from 2000 to 2007.';
    const body = ['## One', '', trade, '', grew, '', inflation].join('\n');
    expect(answerOver(body, 'What was the average annual growth rate of the economy of Zembla from 2000 to 2007?').results[0]?.id).toBe('z2');
    // another qualifier is no form of it: the inflation rate is no growth rate
    expect(answerOver(['## One', '', trade, '', inflation].join('\n'), 'What was the average growth rate of Zembla from 2000 to 2007?').results).toEqual([]);
  });

  it('give no opening-sentence credit to an opening sentence that lists what the passage touches', () => {
    const intro = '{#z1} The demographics of Zembla describe the features of its population, including population growth, population density, ethnicity, education level, health, economic status and religious affiliations.';
    const counts = '{#z2} Zembla has 6.3 million people. The average population density of Zembla is 32 people per square kilometre.';
    expect(answerOver(['## One', '', intro, '', counts].join('\n'), 'What is the population density of Zembla?').results[0]?.id).toBe('z2');
  });

  it('count what a verb asks of by a word near a word of its family ("grow": "growth" lies near "increased")', () => {
    const topics = '{#z1} The census of Zembla records population growth, density and ethnicity.';
    const counts = '{#z2} The population of Zembla increased from 2.1 million to 4.8 million between the censuses of 1959 and 1999.';
    const body = ['## One', '', topics, '', counts].join('\n');
    expect(answerOver(body, 'How much did the population of Zembla grow between 1959 and 1999?').results[0]?.id).toBe('z2');
    // a verb of another meaning is no wording of it
    expect(answerOver(body, 'How much did the population of Zembla shrink between 1959 and 1999?').results).toEqual([]);
  });

  it('answer which city only from a sentence naming a place, not a country, a region or a body', () => {
    const gazetteer = JSON.stringify([
      { canonical: 'Zembla', type: 'country', aliases: [] },
      { canonical: 'River Guard', type: 'organisation', aliases: [] },
      { canonical: 'Ostrava', type: 'place', aliases: [] },
      { canonical: 'Lower Vltava', type: 'region', aliases: [] },
      { canonical: 'Moravia', type: 'province', aliases: [] },
    ]);
    const founded = '{#z1} In 2004 Zembla set up the River Guard as a branch of its navy, to patrol the Lower Vltava and Moravia.';
    const based = '{#z2} The River Guard keeps its boats and its headquarters in Ostrava, by the old port.';
    withEngineOver({ 'z.md': smallDocument({ body: oneSection(founded) }), 'z.gazetteer.json': gazetteer }, (zembla) => {
      expect(zembla.answer('In which city is the River Guard headquartered?').results).toEqual([]);
      // Where: a country may say where.
      expect(zembla.answer('Where was the River Guard set up?').results[0]?.id).toBe('z1');
    });
    withEngineOver({ 'z.md': smallDocument({ body: oneSection(founded, based) }), 'z.gazetteer.json': gazetteer }, (zembla) => {
      expect(zembla.answer('In which city is the River Guard headquartered?').results[0]?.id).toBe('z2');
    });
    // Nor an acronym: "USD" is no town ("which town in Kyrgyzstan?" had been answered by the USD 16 million).
    expect(engine.answer('which town in kyrgyzstan?').results[0]?.highlight).toContain('Osh in Kyrgyzstan');
  });

  it('read a sentence that refers back ("since then") with either of the two sentences before it', () => {
    const body = [
      '## One',
      '',
      '{#z1} The first drill of Zembla was held near the lake in 2012. Its small size showed how little the generals cared. Since then drills have been held every year.',
      '',
      '{#z2} The farmers of Zembla sow barley beside the lake.',
    ].join('\n');
    // shown with the sentence it refers back to, and the one that refers back to in turn: where "then" is
    expect(answerOver(body, 'How often have drills been held since the 2012 drill?').results[0]?.highlight).toBe('The first drill of Zembla was held near the lake in 2012. Its small size showed how little the generals cared. Since then drills have been held every year.');
  });

  it('read a short word the model lacks as the question word it is a slip from', () => {
    const answer = engine.answer('how meny Uighurs live in western Kazakhstan?');
    expect(answer.readAs).toBe('how many Uighurs live in western Kazakhstan?');
    expect(answer.results[0]?.id).toBe('p9');
  });

  it('answer a question of fact only from a passage that speaks of what it asks about', () => {
    // The paper dates Khublai Khan's success, not his death; it counts India's helicopters.
    expect(engine.answer('When did Khublai Khan die?').results).toEqual([]);
    expect(engine.answer('Who was India’s prime minister in 2002?').results).toEqual([]);
    expect(engine.answer('What is the capital of Kyrgyzstan?').results).toEqual([]);
    // The paper dates China's aid to Kyrgyzstan, not its independence.
    expect(engine.answer('When did Kyrgyzstan become independent?').results).toEqual([]);
    // Nor by the passage dating China and Kazakhstan's exchanges, whose "country" lies near "independent" in the vectors.
    expect(engine.answer('When did Kazakhstan become independent?').results).toEqual([]);
    // "One unique factor…" opens the sentence naming the Kazakhs' ethnic population: no number of China's.
    expect(engine.answer("What is China's population?").results).toEqual([]);
    // A number of another country's ("Uighurs reside in western Kazakhstan") or in a quoted name (“three evils”).
    expect(engine.answer('How many Uighurs live in China?').results).toEqual([]);
    expect(engine.answer('How much military aid did China give Uzbekistan?').results).toEqual([]);
    // A role named by a common noun asks who held it, not what a name is.
    expect(engine.answer('Who was the Chinese president in 2013?').results).toEqual([]);
    // The year of a cited article dates no event of the passage citing it.
    expect(engine.answer('What did China and Russia agree at the 2014 SCO summit?').results).toEqual([]);
    // "How long" asks a length: "long" is no word of the question (nor WordNet's verb "long", "wish").
    expect(engine.explain('How long have China and Kazakhstan held exchanges?').concepts.flatMap((c) => c.terms)).not.toContain('long');
    // A light verb the paper lacks stands for itself, not for WordNet's other senses of it ("use" as "exercise").
    expect(engine.explain('What currency does Kyrgyzstan use?').concepts.find((c) => c.terms[0] === 'use')?.terms).toEqual(['use']);
    // How often is told by a rate, not by a count of exercises: "held every year", a sentence that refers back.
    expect(engine.answer('How often are military exercises held?').results[0]?.highlight).toMatch(/held every year/);
    const helicopters = engine.answer('How many helicopters did India donate to Tajikistan?').results[0];
    expect(helicopters?.id).toBe('p18');
    expect(helicopters?.highlight).toMatch(/two Mi-8 helicopters/);
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

  it('read a misspelt question whole once, corrected, and the rest of it as written', () => {
    const read: string[] = [];
    const spy = { ...engine.analyzer, analyze: (text: string) => (read.push(text), engine.analyzer.analyze(text)), read: (text: string) => (read.push(text), engine.analyzer.read(text)) };
    const spying = createEngine(corpus, {}, buildIndex(corpus, engine.analyzer), spy);
    // A document's title is read too, once for the engine's life, when a passage is first asked whether its title names something.
    const titles = new Set(corpus.documents.map((d) => d.meta.title));
    const questions = (): string[] => read.filter((text) => !titles.has(text));
    expect(spying.answer('What did India donate to Tajikstan?')).toEqual(engine.answer('What did India donate to Tajikstan?'));
    expect(questions()).toEqual(['What did India donate to Tajikistan?']);
    read.length = 0;
    expect(spying.answer('What is the weather in Tashkent?').results).toEqual([]);
    expect(questions()).toEqual(['What is the weather in Tashkent?']);
  });

  it('read a word of English the model lacks as a corpus word only one edit from it or of its family', () => {
    // "payouts" had been read as the corpus's "layout".
    withPassages(['{#z1} The layout of the old city is a grid.'], (zembla) => expect(zembla.answer('how many payouts were made?').readAs).toBeUndefined());
    withPassages(['{#z1} The government of Zembla raised taxes in 2010.'], (zembla) => expect(zembla.answer('why did the goverment raise taxes?').readAs).toBe('why did the government raise taxes?'));
    expect(engine.answer('What could be hurt if local jihadists team up with Afghan insurgents?').readAs).toContain('jihadis');
  });

  it('read a rare form the model knows as the corpus word one slip from it, when English’s commonest words lack it', () => {
    // The model's lexicon holds "uigur" and "chian"; a student means "Uighur" and "China".
    const uigur = engine.answer('uigur');
    expect(uigur.readAs).toBe('uighur');
    expect(uigur.results[0]?.id).toBe('p4');
    expect(engine.answer('what does chian fear?').readAs).toBe('what does china fear?');
    // A common word stays as it is ("rote" is no slip for "role"), and so does a rare one written with a capital (a name).
    expect(engine.answer('who learns by rote?')).not.toHaveProperty('readAs');
    expect(engine.answer('Who is Chian?')).not.toHaveProperty('readAs');
  });

  it('read no word the corpus writes with hyphens as a slip when a question writes it as one', () => {
    // "deemphasise" is the paper's "de-emphasise": it had been read as "emphasise", the opposite.
    const answer = engine.answer('why does china deemphasise military ties');
    expect(answer.readAs).toBeUndefined();
    expect(answer.results[0]?.highlight).toContain('de-emphasise military ties');
  });

  it('read again only the first words the model lacks, however many a question has', () => {
    // Eleven words the model lacks before "Tajikstan": the speller reads ten, so "Tajikstan" stays as written.
    const question = 'Qwzx Qwzy Qwzz Qwzw Qwzv Qwzu Qwzt Qwzs Qwzr Qwzq Qwzp and Tajikstan?';
    expect(engine.answer(question)).not.toHaveProperty('readAs');
    expect(engine.spell(question)).toBe(question);
    expect(engine.answer('Qwzx Qwzy and Tajikstan?').readAs).toBe('Qwzx Qwzy and Tajikistan?');
  });

  it('find a passage by the sources it cites: their authors, titles and publications, not when they were read', () => {
    expect(engine.answer('What did Joshua Kucera write about?').results[0]!.id).toBe('p5');
    expect(engine.answer('Which passages cite the Jamestown article?').results[0]!.id).toBe('p8');
    expect(engine.answer('Who is Dmitry Gorenburg?').results.map((r) => r.id).sort()).toEqual(['p11', 'p16']);
    // "footnote" finds no passage by its text (p11's "On a similar note"): both passages citing him
    expect(engine.answer('Which footnotes cite Gorenburg?').results.map((r) => r.id).sort()).toEqual(['p11', 'p16']);
    const index = buildIndex(corpus, engine.analyzer);
    const footnoteTerms = new Set([...index.footnotes.ids].map((id) => index.terms[id]));
    expect(footnoteTerms).toContain('kucera');
    expect([...footnoteTerms].filter((term) => /^access|^may$/.test(term!))).toEqual([]);
  });

  it('show for a why-question the sentence giving its cause only where that sentence meets nearly as much of it as the best', () => {
    // Not "Because of its isolation Tajikistan relies more on Russia than China", a cause of something else.
    expect(engine.answer('why could tajikistan become a place of conflict').results[0]!.highlight).toMatch(/This difference in approach gives room to conflict/);
    // Not "As Turkmenistan lacks a strong military, China and Turkmenistan both pledged…".
    expect(engine.answer('Why might China scale back the defence help it gives the Turkmens?').results[0]!.highlight).toMatch(/^Turkmenistan acts as a transit hub for drugs/);
    // A cause the best sentence gives itself is still shown.
    expect(engine.answer('Why does Uzbekistan skip SCO exercises?').results[0]!.highlight).toMatch(/because it fears domination of external powers/);
  });

  it('answer "what is the latest X?" with the passage naming it, not only one spelling out what an X is', () => {
    const latest = engine.answer('What is the latest multilateral exercise?').results[0]!;
    expect([latest.id, latest.highlight]).toEqual(['p14', expect.stringMatching(/^The most recent multilateral exercise took place in Tajikistan in June 2012/)]);
  });

  it('count a word only a cited footnote has toward no question but one about the source', () => {
    // p5 names Tajikistan only in the title of the source it cites ("China Boosts Military Aid To Kyrgyzstan,
    // Tajikistan"): the passage saying Tajikistan relies more on Russia than China answers.
    expect(engine.answer('is tajikistan closer to russia or china').results[0]!.id).toBe('p7');
    // Asked about the source, the footnote is the passage's in full.
    expect(engine.answer('Who wrote the source on China boosting military aid to Tajikistan?').results[0]!.id).toBe('p5');
  });

  it('write out exactly the footnotes the passage cites', () => {
    const top = engine.answer('What did China pledge to Kyrgyzstan in 2004?').results[0]!;
    expect(top.citations).toEqual([{ marker: 'iii', text: expect.stringMatching(/^Joshua Kucera, “China Boosts Military Aid To Kyrgyzstan, Tajikistan”/) }]);
  });

  it('are the same whether or not the candidates no re-ranking could raise enough to be listed are re-ranked', () => {
    const everyCandidate = createEngine(corpus, { rerankAll: true });
    // Every question of the evaluation sets, and each with two letters of its longest word swapped.
    const questions = evalQuestions().flatMap((q) => [q, q.replace(/\p{L}{7,}/u, (word) => word.slice(0, 3) + word[4] + word[3] + word.slice(5))]);
    const differ = questions.filter((q) => JSON.stringify(engine.answer(q)) !== JSON.stringify(everyCandidate.answer(q)));
    expect(differ).toEqual([]);
    // Some 10,700 questions, each answered twice: about 14 s alone, over 20 s in a loaded full run (it timed out so once).
  }, 60_000);

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

  it('answer which documents there are with every document’s card, not as a question the paper does not cover', () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument() });
    try {
      const both = createEngine(loadCorpus(dir));
      for (const question of ['how many documents do you have?', 'What papers can you answer questions about?', 'which documents are there']) {
        expect(both.answer(question).results.map((r) => r.id).sort(), question).toEqual(['smith2020', 'tresa2015']);
      }
      // Not the papers a document cites.
      expect(both.answer('how many papers did the author cite?').results.map((r) => r.id)).not.toEqual(['tresa2015', 'smith2020']);
    } finally {
      cleanup();
    }
  });

  it('answer questions about the paper itself with its card: title, author, series and number, publisher, year', () => {
    const card = { id: 'tresa2015', section: null, citations: [], text: 'China-Central Asia Defence Relations, by K. Jennie Tresa, C3S Paper No. 0108/2015, Chennai Centre for China Studies (C3S), 2015' };
    for (const question of ['Who wrote this paper?', 'Which think tank published it?', 'what series is this paper part of?', 'When was the paper published?', 'what is the title of the article', 'What organisation put this out?', 'What year did it come out?', 'When was it released?', 'what year is this from']) {
      expect(engine.answer(question).results[0], question).toMatchObject(card);
    }
    // A question about the author's view of a subject is about the subject.
    for (const question of ["What is the author's argument about China's military modernisation?", "According to the author, what will China's military modernisation do?"]) {
      expect(engine.answer(question).results[0]!.id, question).toBe('p21');
    }
    expect(engine.answer('What does the author think China\'s military modernisation will do to regional security?').results[0]!.id).toBe('p21');
    // and so is one asked "in this paper" or "according to the article", or what the paper says about something
    for (const question of ['What are CARs, according to the article?', 'Which countries does China aid in this paper?', 'What does the paper say about the Yangtze?']) {
      expect(isDocumentCard(engine.answer(question).results[0]!), question).toBe(false);
    }
  });

  it('answer a request for a summary with the card and the conclusion, the conclusion named with its passages, not a question about a subject', () => {
    for (const question of ['Summarize the paper', 'What does the paper conclude?', 'tl;dr?', "what's the main argument of this article", 'give me an overview', 'What is the paper about?', "what's it about?", 'What does the paper say?', 'how does the paper end?', "what's the bottom line?", 'give me a one sentence summary', 'sum it up in a few lines', 'tell me everything', "ok back to the paper, what's it about?", 'anyway, what does it conclude?', "what's the thesis statement"]) {
      const results = engine.answer(question).results;
      expect(isDocumentCard(results[0]!), question).toBe(true);
      expect(results.slice(1).map((r) => r.id), question).toEqual(['p20', 'p21']);
    }
    // "The conclusion" named asks what that part says, as "the introduction" does: its passages, no card first.
    for (const question of ['what does the conclusion say', "what's the conclusion", "what are the author's conclusions?"]) {
      expect(engine.answer(question).results.map((r) => r.id), question).toEqual(['p20', 'p21']);
    }
    // A summary of something the paper speaks of, or what a body concluded, is asked of the passages.
    expect(engine.answer("Summarize China's ties with Kazakhstan").results[0]!.id).toBe('p9');
    expect(isDocumentCard(engine.answer('What did the SCO conclude in 2012?').results[0]!)).toBe(false);
    expect(engine.answer('When did China release the funds?').results.every((r) => !isDocumentCard(r))).toBe(true);
    expect(engine.answer('What is RATS about?').results[0]!.id).toBe('p16');
    expect(engine.answer('How does China end its support?').results.every((r) => !isDocumentCard(r))).toBe(true);
  });

  it('answer a request for a section by its heading with that section, in order, and "part" of anything else as a word', () => {
    expect(engine.answer("What's in the section on India?").results.map((r) => r.id)).toEqual(['p17', 'p18', 'p19']);
    // Not a question naming two of a long heading's words and asking what it does not say ("China's Military Ties
    // with Central Asian States"): answered by what China wants, not that section's first five passages (p11: "China
    // wants to avoid Russia's influence and thus de-emphasise military ties in favour of economic and trade relations").
    expect(['p3', 'p11', 'p12', 'p21']).toContain(engine.answer('what does China want in Central Asia?').results[0]!.id);
    expect(engine.answer("China's military ties with Central Asian states").results.map((r) => r.id)).toEqual(['p4', 'p5', 'p6', 'p7', 'p8']);
    expect(engine.answer('show me the chapter about the SCO').results.map((r) => r.section)).toEqual(['SCO and the Peace Initiatives', 'SCO and the Peace Initiatives', 'SCO and the Peace Initiatives']);
    // A summary of a section is the section.
    expect(engine.answer('summarize the section on India').results.map((r) => r.id)).toEqual(['p17', 'p18', 'p19']);
    // By its place, as /about lists the sections: the third is the SCO's; the last is the conclusion, not "About the author".
    expect(engine.answer("what's in section 3?").results.map((r) => r.id)).toEqual(['p13', 'p14', 'p15']);
    expect(engine.answer('summarise the second chapter').results[0]!.section).toBe('China’s Military Ties with Central Asian States');
    expect(engine.answer('what does the last section say?').results.map((r) => r.id)).toEqual(['p20', 'p21']);
    // A part of a paper named as a section is that section, the author's too ("what is in the conclusion section?" had
    // given p20 alone, with its "in response to" sentence; the author's section, p9 and others).
    expect(engine.answer('what is in the conclusion section?').results.map((r) => r.id)).toEqual(['p20', 'p21']);
    expect(engine.answer('what does the about the author section say?').results.map((r) => r.id)).toEqual(['p22']);
    // A section the paper does not have is asked of the passages, which do not answer it.
    expect(engine.answer('section 12').results).toEqual([]);
    // No heading holds "Russia": the question is asked of the passages.
    expect(new Set(engine.answer('which section talks about Russia?').results.map((r) => r.section)).size).toBeGreaterThan(1);
    expect(engine.answer('What does India want to be part of?').results[0]!.id).not.toBe('p17');
    // A question that asks only what a heading says is asked for that section.
    expect(engine.answer('What are the implications for India?').results.map((r) => r.id)).toEqual(['p17', 'p18', 'p19']);
    expect(engine.answer('What did India donate to Tajikistan?').results[0]!.id).toBe('p18');
    // A question naming only a part of a paper ("intro" as chat clips it) is asked for that part, in order.
    // "What is in the introduction?" asks what it holds, not what an introduction is (it had listed p3, p2, p1).
    for (const question of ['what does the intro say?', 'Introduction', 'what is in the introduction?', "what's in the intro"]) expect(engine.answer(question).results.map((r) => r.id), question).toEqual(['p1', 'p2', 'p3']);
    // Not the author's: the card says who wrote the paper, and the passage about the author follows it.
    expect(engine.answer('author').results.map((r) => r.id)).toEqual(['tresa2015', 'p22']);
    // What the paper says of its author comes first where more than who she is is asked; the card gives only her name.
    for (const question of ['where does the author study', 'is the author a student', 'What think tank is the author with?']) expect(engine.answer(question).results.map((r) => r.id), question).toEqual(['p22', 'tresa2015']);
    for (const question of ['who is the author?', 'In which year did the author publish this?']) expect(engine.answer(question).results[0]?.id, question).toBe('tresa2015');
    // So where the author's work or standing is asked, before a passage with the word ("…can work together" of p5 had
    // been the answer); not the author of a cited work.
    for (const question of ['where does the author work', "what's the writer's job", 'is the writer a university student?']) expect(engine.answer(question).results[0]?.id, question).toBe('p22');
    // So where who wrote it is asked with what "she" is, as chat asks it (each had been refused or answered with p17).
    for (const question of ['yo who wrote this, is she a prof or smth', 'hey who wrote the paper, is she like a lecturer?', 'who is the author and what does she do']) expect(engine.answer(question).results[0]?.id, question).toBe('p22');
    expect(engine.answer('Who is the author of the source cited for the TAPI pipeline being a game changer?').results[0]?.id).toBe('p17');
    // After a question the card answers, "she" is the author and "it" the paper; what the paper says of her answers both.
    expect(engine.answer('Who wrote this paper and where does she work?').results.map((r) => r.id).slice(0, 2)).toEqual(['p22', 'tresa2015']);
    expect(engine.answer('what is the title of the paper and what is it about').results[0]?.id).toBe('tresa2015');
    // "the author's recommendations" are the paper's, as its conclusion gives them (not what it says of the author), and
    // "what does the paper recommend?" is asked so too (it had been "The paper doesn't cover that").
    for (const question of ["what are the author's recommendations", 'what does the paper recommend?']) expect(engine.answer(question).results.map((r) => r.id), question).toEqual(['tresa2015', 'p20', 'p21']);
    // After the card, no passage holding only another wording of the question's word ("Public Security Ministry" for "published").
    for (const question of ['When was the paper published?', 'who published this?']) expect(engine.answer(question).results.map((r) => r.id), question).toEqual(['tresa2015']);
    // Where its publisher is: the card, which names it ("based" had found India's base in Dushanbe: a study group's trial).
    for (const question of ['where is the publisher based', 'where is the publisher located']) expect(engine.answer(question).results[0]?.id, question).toBe('tresa2015');
    expect(engine.answer("Where is India's military base located?").results[0]?.id).toBe('p18');
    // "document" is a word for the paper, as "paper" is (it had been "The paper doesn't cover that"); how to cite "this"
    // asks for its details (it had been small talk).
    for (const question of ['what kind of document is this?', 'what is this document?', 'how should i cite this']) expect(engine.answer(question).results[0]?.id, question).toBe('tresa2015');
  });

  it('answer the question after a clause the asker says first, where the whole is unanswered and its answer names what that clause names', () => {
    for (const question of ['I got confused about the Kyrgyzstan part, which cities do militants pass through?', 'sorry im lost on the kyrgyzstan bit - which cities do militants pass through']) {
      const answer = engine.answer(question);
      expect(answer.results[0]?.id, question).toBe('p4');
      expect(answer.question).toBe(question);
    }
    // Not where the first clause names what the answer to the rest does not: "its" is the SCO's.
    expect(engine.answer('Regarding the SCO, who is its current secretary general?').results).toEqual([]);
    // "911" is the attacks of September 11, as chat writes them.
    expect(engine.answer('what did america do after 911').results[0]?.id).toBe('p15');
  });

  it("answer a term's name alone as what it is, first by the passage that spells it out; not a country's name", () => {
    for (const question of ['3 evils', 'three evils']) {
      const answer = engine.answer(question);
      expect(answer.results[0]?.id, question).toBe('p4');
      expect(answer.question).toBe(question);
    }
    // What the paper says of India (p17 and p18 each open on India's ties), not a passage naming it among others (p7).
    expect(engine.answer('India').results[0]?.id).toMatch(/^p1[78]$/);
    // "Whats", its apostrophe left out, is "what's", no part of the term read ("What is Whats the tapi pipeline?" had been shown).
    const tapi = engine.answer('Whats the tapi pipline?');
    expect([tapi.results[0]?.id, tapi.readAs]).toEqual(['p17', "what's the tapi pipeline?"]);
  });

  it('highlight, for a question about a source, the sentence citing it', () => {
    const gorenburg = engine.answer('Who is Dmitry Gorenburg?').results[0]!;
    expect(gorenburg.id).toBe('p16');
    expect(gorenburg.highlight).toContain('counter-narcotics coordination[ix]');
    expect(engine.answer("Which outlet published Kucera's article?").results[0]!.highlight).toContain('military sphere[iii]');
    // A link to a cited outlet asks of that source ("www.eurasianet.org" and the article's own link had been refused:
    // a second study-group trial).
    for (const line of ['www.eurasianet.org', 'check this https://eurasianet.org/china-boosts-military-aid who wrote it']) {
      expect(engine.answer(line).results[0]?.citations.map((c) => c.marker), line).toContain('iii');
    }
    expect(engine.answer('what does https://chinadaily.com.cn say').results[0]?.citations.map((c) => c.marker)).toContain('ii');
    // Footnotes named in a list are each answered (only the first had been: a second trial).
    expect(engine.answer('who wrote footnotes v and vi').results.map((r) => r.id)).toEqual(['p9', 'p10']);
    // A connective is no word of a passage: "for this reason" in p21 had put it first for why Moscow lost economic
    // ground (p11 says why), "On the other hand" in p3 for what China handed Kazakhstan.
    expect(engine.answer('Why did Moscow lose economic ground in Central Asia?').results[0]?.id).toBe('p11');
    expect(engine.answer('What sorts of defence help has Beijing handed to Kazakhstan?').results[0]?.id).toBe('p9');
    expect(engine.answer('compare footnote ii and footnote iii').results.map((r) => r.id)).toEqual(['p4', 'p5']);
  });

  it('answer whether the paper speaks of something with what it says of it, or that it never mentions it, not with its card', () => {
    for (const question of ['Does the paper discuss the Belt and Road Initiative?', 'Does the paper talk about Mongolia?']) {
      const answer = engine.answer(question);
      expect(answer.results, question).toEqual([]);
      expect(answer.missing, question).toHaveLength(1);
    }
    const discussed = engine.answer('Does the paper discuss Afghanistan?').results;
    expect(discussed.length).toBeGreaterThan(0);
    expect(discussed.some(isDocumentCard)).toBe(false);
    // Who wrote it is still the card's to say.
    expect(isDocumentCard(engine.answer('Did Kucera write the paper?').results[0]!)).toBe(true);
    // Whether it cites a source: the passage citing it, with the footnote.
    const cited = engine.answer('Does the paper cite Chinadaily?').results[0]!;
    expect([cited.id, cited.citations.map((c) => c.marker)]).toEqual(['p4', ['ii']]);
    expect(engine.answer('Does the paper cite the New York Times?').missing).toEqual(['New York Times']);
  });

  it('answer a yes-or-no question that checks who wrote or published the paper with its card, whatever name it puts', () => {
    for (const question of ['Was the paper written by Dmitry Gorenburg?', 'Did Kucera write the paper?', 'Was the paper published by Chatham House?']) {
      expect(isDocumentCard(engine.answer(question).results[0]!), question).toBe(true);
    }
    // What a source's author wrote is asked of the passages citing it.
    expect(isDocumentCard(engine.answer('What did Gorenburg write?').results[0]!)).toBe(false);
  });

  it('answer a request for the sources with the card and the passages that cite them, with their footnotes', () => {
    for (const question of ["What are the paper's sources?", 'references', 'bibliography', 'list the footnotes', 'Which sources did the author use?', 'When were the sources accessed?', 'tell me about the footnotes', 'what are the foot notes', 'Does the paper have a bibliography?', 'is there a bibliography', 'what are her sources?']) {
      const results = engine.answer(question).results;
      expect(isDocumentCard(results[0]!), question).toBe(true);
      expect(results.slice(1).map((r) => r.id), question).toEqual(['p1', 'p4', 'p5', 'p8']);
      expect(results[1]!.citations.map((c) => c.marker), question).toEqual(['i']);
      // and every footnote of the paper, in order, which the five results cannot hold
      expect(engine.answer(question).sources?.map((c) => c.marker), question).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi']);
    }
    expect(engine.answer('What did Gorenburg write?')).not.toHaveProperty('sources');
    // Sources on a subject are asked of the passages.
    expect(isDocumentCard(engine.answer('What sources does the paper cite on Uzbekistan?').results[0]!)).toBe(false);
  });

  it('tell a footnote named by its marker, in any case and wording', () => {
    const piece = fc.constantFrom('What does ', 'footnote', 'Foot note', 'NOTES', 'ſource', 'reference', 'ref', 'citation', 'fn', ' no. ', '#', '[', 'vi', 'XII', '12', ']', ' say', 'in the paper', '?', ' ', '-');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (question) => {
      // Named as a footnote first; else a marker in brackets; else a numeral alone.
      const marker = NAMED_FOOTNOTE.exec(question) ?? BRACKETED_FOOTNOTE.exec(question) ?? MARKER_ALONE.exec(question);
      const found = marker?.[1] || marker?.[2];
      expect(askedFootnote(question)).toBe(found ? found.toLowerCase() : null);
    }));
    expect(askedFootnote('what does ſource [iii] say?')).toBe('iii');
    // As answers show markers: in brackets, or copied alone with a question mark; or alone, of two letters or more.
    for (const [question, marker] of [['what does [iv] say?', 'iv'], ['what is [xi]?', 'xi'], ['iv?', 'iv'], ['XI ?', 'xi'], ['i?', null], ['why?', null], ['China [iv]', 'iv'], ['what is RATS?', null], ['is it [civil] war?', null], ['iii', 'iii'], ['xi', 'xi'], ['v', null], ['x', null], ['ref viii', 'viii'], ['what is ref 10', '10']] as const) {
      expect(askedFootnote(question), question).toBe(marker);
    }
  });

  it('answer a question about a footnote with the passages that cite it, the footnote among their citations', () => {
    const answer = engine.answer('What does footnote vii say?');
    expect(answer.results.map((r) => r.id)).toEqual(['p11']);
    // by its number too, where the paper marks footnotes in roman numerals
    expect(engine.answer('What does footnote 7 say?').results.map((r) => r.id)).toEqual(['p11']);
    expect(answer.results[0]!.citations.map((c) => c.marker)).toEqual(['vii']);
    // and a question about who wrote a cited work, by its subject
    expect(engine.answer('Who wrote the article cited on China\'s aid to Kyrgyzstan?').results[0]!.citations[0]!.text).toContain('Kucera');
  });

  it('read the SCO by the names the press gives it as well as its own', () => {
    for (const name of ['the Shanghai bloc', 'the Shanghai group', 'the Shanghai grouping', 'the Shanghai Cooperation Organization']) {
      expect(engine.analyzer.analyze(`What does ${name} do against terrorism?`).entities.map((e) => e.canonical)).toContain('SCO');
    }
  });

  it('read Xinjiang by the words the press describes it with', () => {
    for (const words of ["China's far-western province", 'the far western region', 'the Uighur-majority region', "China's far west"]) {
      expect(engine.analyzer.analyze(`What worries Beijing about ${words}?`).entities.map((e) => e.canonical), words).toContain('Xinjiang');
    }
  });

  it('read RATS, NATO and the Taliban by the words the press describes them with', () => {
    const named = (q: string): string[] => engine.analyzer.analyze(q).entities.map((e) => e.canonical);
    for (const words of ["the SCO's anti-terror body", "the bloc's counter-terror unit", 'the counter-terrorism structure']) expect(named(`What does ${words} go after?`), words).toContain('RATS');
    expect(named('What happens once Atlantic alliance troops pull out?')).toContain('NATO');
    expect(named('Could local militants join the Afghan insurgents?')).toContain('Taliban');
    // The SCO's anti-terror body is first the one that spells out what it goes after (the Uighurs' passage had come first).
    expect(engine.answer("What kind of groups does the SCO's anti-terror body mainly go after?").results[0]?.id).toBe('p16');
  });

  it('read a question naming what only a source has (its author, its outlet) as about that source', () => {
    const index = buildIndex(corpus, engine.analyzer);
    const only = new Set(index.sourceOnly.map((id) => index.terms[id]));
    expect(only).toContain('peyrous');
    expect(only).not.toContain('kazakhstan');
    // A gazetteer name only footnotes have (an outlet, an author) says a cited work is asked about, as a word does.
    expect(only).toContain('@tajikistan_monitor');
    const monitor = engine.answer("When did the Tajikistan monitor article on India's relation with Tajikistan come out?");
    expect(monitor.entities.map((e) => e.canonical)).toContain('Tajikistan monitor');
    expect([monitor.results[0]?.id, monitor.results[0]?.citations.map((c) => c.marker)]).toEqual(['p18', ['xi']]);
    // "where" asks for a place, "the name of" an attribute: of a cited work, they ask where it appeared, its title.
    const peyrouse = engine.answer("Where did Peyrouse's article appear?").results[0]!;
    expect([peyrouse.id, peyrouse.citations.map((c) => c.marker)]).toEqual(['p8', ['iv']]);
    expect(engine.answer("What's the name of Sodique's article?").results[0]!.id).toBe('p18');
    // A cited author's name alone, as a search box takes it, though English knows it as a word ("harrison" had been
    // refused where "david harrison" was not: a second study-group trial).
    for (const line of ['harrison', 'Harrison']) expect(engine.answer(line).results[0]?.citations.map((c) => c.marker), line).toEqual(['v']);
    // A word for a cited work ("story", "piece", "analysis") or for its appearing asks about the work, as "article" does:
    // Gorenburg's two works are cited by p11 and p16, the story on China and Kyrgyzstan boosting relations by p4.
    expect(engine.answer("Where did Gorenburg's analysis appear?").results.map((r) => r.id).sort()).toEqual(['p11', 'p16']);
    expect(engine.answer('which website ran the story about china and kyrgyzstan boosting relations').results[0]!.citations.map((c) => c.marker)).toEqual(['ii']);
    // A word of a cited title English knows is asked about in its own right ("Beginnings of Mongol collapse").
    expect(engine.answer('when did the soviet union collapse').results).toEqual([]);
    // A source's date is its footnote's: "date" or "year" is no word a passage must hold.
    for (const question of ['What date was the Harrison piece published?', 'In what month and year did Harrison publish his article?']) {
      expect(engine.answer(question).results[0]!.citations.map((c) => c.marker), question).toEqual(['v']);
    }
  });

  it('answer with a passage that meets enough of the question rather than abstain after one ranked first on a word', () => {
    // The passage on China and Kazakhstan's regular exchanges is first by score and meets less than half of it; the one
    // on their co-operation against drug trafficking meets more.
    expect(engine.answer('Do the Kazakhs and the Chinese also team up against drug running and gun running?').results.map((r) => r.id).slice(0, 2)).toEqual(['p9', 'p10']);
  });

  it('answer with a passage meeting three things a long question asks, though less than half its words; not two', () => {
    const passages = [
      '{#z1} The grobbet herders of the valley traded zelk with the merchants every spring.',
      '{#z2} Pellow drums and fassin horns were played at the harvest festival in the hills.',
      '{#z3} Tavish reeds grow by the lakes where the dorn birds nest each summer.',
      '{#z4} Murn cloth was dyed with quarn berries and sold in the lower towns.',
    ];
    withPassages(passages, (engine) => {
      // z1 meets three of eight (herders, grobbet, trade): no passing mention of one name.
      expect(engine.answer('Why did grobbet herders trade pellow drums, tavish reeds and murn?').results[0]?.id).toBe('z1');
      // Two of five is a larger share, but two things met together may be a coincidence: not covered, z1 shown as nearest.
      const two = engine.answer('Why did grobbet herders want pellow, tavish and murn?');
      expect([two.results, two.nearest?.[0]?.id]).toEqual([[], 'z1']);
    });
  });

  it('answer a question quoting a cited title with the passages citing it, not a quote of the paper', () => {
    for (const question of ['Who wrote "China\'s Central Asia problem"?', 'Who wrote “China’s Central Asia problem”?']) {
      const top = engine.answer(question).results;
      expect([top.map((r) => r.id), top[0]!.citations.map((c) => c.marker)]).toEqual([['p15'], ['viii']]);
    }
    expect(quotedPhrases('What is "Central Asia"? Or ‘the three evils’, or \'a\' or "one"')).toEqual(['central asia', 'the three evils']);
    expect(quotedFootnotes('What is "Central Asia"?', corpus.documents)).toEqual([]);
    // A title written in capitals in a question asking of a source, as titles are written: the passage citing it, its
    // citing sentence shown (session 53's trial: p21, which says "military reform", had come first without footnote ix).
    const blog = engine.answer('What is the Russian Military Reform blog cited for?').results[0];
    expect([blog?.id, blog?.citations.map((c) => c.marker), blog?.highlight]).toEqual(['p16', ['ix'], expect.stringMatching(/counter-narcotics coordination\[ix\]/)]);
    // Not words in capitals of a question asking of what the paper says ("China's Central Asia" is no title asked of).
    expect(quotedFootnotes("Why does Xinjiang matter to China's Central Asia policy?", corpus.documents)).toEqual([]);
  });

  it('answer a date or a quantity only from a sentence that speaks of what is counted or dated', () => {
    // The passage on the 2012 exercise speaks of the military, and gives a number of exercises: not of troops.
    expect(engine.answer('How many troops took part in the 2012 SCO exercise in Tajikistan?').results).toEqual([]);
    // Its year sentence names SCO members, not a founding.
    expect(engine.answer('What year was the SCO formed?').results).toEqual([]);
    // A town the paper names where something happened is not spoken of by a passage naming only its country: "Between
    // 2002-2010 … the first bilateral exercise was held in 2002 with Kyrgyzstan" tells nothing of Osh (session 59's trial).
    expect(engine.answer('What happened in the Osh riots of 2010?').results).toEqual([]);
    expect(engine.answer('What happened in Osh in 2010?').results).toEqual([]);
    // "more than 20 bilateral and multilateral exercises with the other SCO members" counts exercises, not members
    // (session 59's trial); the exercises are counted.
    expect(engine.answer('How many members does the SCO have?').results).toEqual([]);
    expect(engine.answer('How many exercises did China take part in between 2002 and 2010?').results[0]?.highlight).toMatch(/more than 20 bilateral/);
    // A town of a country named as its adjective is no town the passage names by naming the country ("…held in 2002
    // with Kyrgyzstan"); nor is a general named by "regular military exchanges since 1993" (session 59's trial).
    expect(engine.answer('Which Kyrgyz town hosted the first bilateral exercise in 2002?').results).toEqual([]);
    expect(engine.answer('Which Chinese general visited Kazakhstan in 1993?').results).toEqual([]);
    // Who leads a thing the question names is a person; "which president" asks a person, not the other role of "the 6th
    // Meeting of Leaders of SCO Anti-Drug Agencies was held in Moscow" (session 60's trial). Who leads in the region is
    // still told by a country.
    expect(engine.answer('Who leads the Taliban?').results).toEqual([]);
    expect(engine.answer('Which Russian president visited Beijing in 2015?').results).toEqual([]);
    expect(engine.answer('Who leads security in Central Asia?').results[0]?.highlight).toMatch(/leave the leading role to Russia/);
    // A date asked of a phrasal verb the paper does not use is of what it acts on ("kick off military exchanges":
    // "regular military exchanges since 1993"); "get together" is a verb of its own, not the "bosses" who do it
    // (session 60's trial: both had been declined).
    expect(engine.answer('When did the Chinese and Kazakhs kick off military exchanges?').results[0]).toMatchObject({ id: 'p10', highlight: expect.stringMatching(/since 1993/) });
    expect(engine.answer('Where did the SCO anti-drug bosses get together in April 2015?').results[0]).toMatchObject({ id: 'p21', highlight: expect.stringMatching(/held in Moscow/) });
    // A month dating what is asked of ("after the April 2016 earthquake") need not be written again in the sentence giving
    // the figure (a tuning document's question had been declined).
    const quake = "{#z1} In April 2016 a strong earthquake hit the coast of Zembla. Zembla's estimated reconstruction and humanitarian assistance served 720,000 people in the affected region.";
    withPassages([quake], (zembla) => expect(zembla.answer('For how many people was humanitarian assistance needed after the April 2016 earthquake?').results[0]?.highlight).toMatch(/720,000 people/));
    // When something that goes on started is the year it runs from, as "since what year" asks ("military exercises since
    // 2002"), not a year of one event ("In 2006 China conducted military exercises with … Kazakhstan": session 60's trial).
    expect(engine.answer('What year did Chinese-Kazakh military exercises start?').results[0]).toMatchObject({ id: 'p10', highlight: expect.stringMatching(/since 2002/) });
    expect(engine.answer('Which Kyrgyz city do militants pass through on their way into China?').results[0]?.highlight).toMatch(/Osh in Kyrgyzstan/);
    // "how far back" asks since when
    expect(engine.answer('How far back do India\'s ties with Tajikistan go?').results[0]!.id).toBe('p18');
  });

  it('show a question asking what follows if something is not so the passage stating what follows on a condition', () => {
    // p19: "… should be matched with economic co-operation and financial support. Without achieving that India can only
    // be a marginal player in Central Asia." p18, on what India funded in Tajikistan, had come first.
    const answer = engine.answer('What happens to New Delhi if it fails to back its defence links with the Tajiks with money and trade?');
    expect(answer.results[0]).toMatchObject({ id: 'p19', highlight: expect.stringMatching(/Without achieving that India can only be a marginal player/) });
    const funded = '{#z1} Zembla funded the harbour of Ostrava and trained its navy with money from its trade.';
    const condition = '{#z2} Zembla trades with Ostrava and funds its harbour. Without more trade Zembla will remain a small power in the north.';
    withPassages([funded, condition], (zembla) => expect(zembla.answer('What happens to Zembla if it fails to fund more trade with Ostrava?').results.map((r) => r.id)).toEqual(['z2', 'z1']));
    // So where the passage telling what follows holds a little less of the question's words, which spell the condition
    // out ("money and trade") where its sentence sums it up ("Without that"); not one holding much less.
    const spent = '{#z1} Zembla funded the harbour of Ostrava with money from its trade and its navy defends it.';
    const sums = '{#z2} Zembla defends Ostrava and trades with it, but funds little of its harbour. Without that Zembla will remain a small power in the north.';
    const little = '{#z3} Without that Zembla will remain small.';
    withPassages([spent, sums, little], (zembla) => expect(zembla.answer('What happens to Zembla if it does not back its defence of Ostrava with money and trade?').results.map((r) => r.id).slice(0, 2)).toEqual(['z2', 'z1']));
  });

  it('put first, for a question asking which one is most so, a passage comparing one with others, of those meeting as much', () => {
    // p13: "As a result, most multilateral security activities in this region involve China against counter-terrorism";
    // p12, on China's goal in Xinjiang, had come first.
    expect(engine.answer('What are most of the group security efforts in the region that involve Beijing aimed at?').results[0]?.id).toBe('p13');
  });

  it('show a question asking what is advised the sentence that advises, of those meeting it nearly as well', () => {
    // p17 opens on India's ties with the region; it advises "India needs to carefully watch …", "India should focus on …".
    expect(engine.answer('Does the author recommend anything for India?').results[0]).toMatchObject({ id: 'p17', highlight: expect.stringMatching(/\b(?:should|needs to)\b/) });
    // A passage that advises comes before one meeting as much of the question that does not.
    const done = '{#z1} Zembla funded a harbour.';
    const advice = '{#z2} Ostrava has long traded with its neighbours across the northern sea. Zembla should focus on trade with Ostrava rather than on its navy and its old harbours.';
    withPassages([done, advice], (zembla) => expect(zembla.answer('What should Zembla do?').results.map((r) => r.id)).toEqual(['z2', 'z1']));
  });

  it('read a sentence that opens on what the one before named ("The two countries", "It") as naming it too', () => {
    const since = engine.answer('Since when have China and Kazakhstan held military exercises?').results[0]!;
    // each shown after the sentence it refers back to, which names what it speaks of
    expect([since.id, since.highlight]).toEqual(['p10', expect.stringMatching(/^As Kazakhstan requires military up gradation[^.]*\. The two countries have had regular military exchanges since 1993/)]);
    expect(engine.answer('What does RATS coordinate?').results[0]!.highlight).toMatch(/^China responded by establishing[^.]*\. It coordinates the anti-terrorist activities/);
    // So does one with a pronoun after the time it opens on: "In recent years, it has expanded its activities …".
    expect(engine.answer('What has RATS expanded into?').results[0]!.highlight).toMatch(/^RATS was established in 2004\. In recent years, it has expanded its activities/);
    // The sentence a later one refers back to gives its number: "USD 16 million …. The fund was directed towards …"
    expect(engine.answer('how much did china give kyrgyzstan for weapons').results[0]!.highlight).toContain('USD 16 million');
    // and the highlight shows the sentence that refers back too
    expect(engine.answer('What route do militants take to enter China?').results[0]!.highlight).toBe('However militants enter China via a complex route. They are believed to travel from Kunduz in Afghanistan via Osh in Kyrgyzstan to Kashi in Xinjiang[ii].');
    expect(engine.answer('What was the 16 million dollar fund used for?').results[0]!.highlight).toMatch(/USD 16 million as military aid to Kyrgyzstan\. The fund was directed towards upgrading of weapons and equipment\.$/);
    // A sentence referring back to one that refers back in turn speaks of what the first names: "India's relation with
    // Tajikistan… These relations originate from 1990. Both the countries supported Anti-Taliban resistance forces."
    const both = engine.answer('Who did India and Tajikistan both support?').results[0]!;
    expect([both.id, both.highlight]).toEqual(['p18', expect.stringMatching(/^India’s relation with Tajikistan[^.]*\. These relations originate from 1990\. Both the countries supported Anti-Taliban resistance forces\.$/)]);
    // One that opens on the thing the sentence before named, in its words ("… military base in Dushanbe. The military
    // base has crucial implications for India’s strategic interest…") is shown with it.
    expect(engine.answer('How does the Dushanbe base serve India?').results[0]!.highlight).toBe('Most importantly India has funded for refurbishment of Tajikistan’s military base in Dushanbe. The military base has crucial implications for India’s strategic interest in this region.');
  });

  it('show an unanswered question on a passage holding two of its words, naming nothing, where the paper comes nearest', () => {
    const body = ['## One', '', '{#z1} The farmers of Zembla sow barley beside the lake every spring.', '', '{#z2} The guard of Zembla drills near the river port.'].join('\n');
    const bank = answerOver(body, 'Which bank lends the farmers money for barley?');
    expect(bank.results).toEqual([]);
    expect(bank.nearest?.map((r) => r.id)).toEqual(['z1']);
    // one word is not near enough
    expect(answerOver(body, 'Which bank lends the farmers money for rice?').nearest).toBeUndefined();
  });

  it('read a sentence opening on "the" and the words of the sentence before as speaking of that, not on a new thing of its kind', () => {
    const body = [
      '## One',
      '',
      '{#z1} Zembla built a river port at Osk in 1990. The river port ships barley to Vell every spring. The first drill of the guard was held in 2001. The first sea port opened in 2005.',
    ].join('\n');
    // "The river port" is Osk's: a question naming Osk is answered with both sentences
    expect(answerOver(body, 'Where does the port at Osk ship barley?').results[0]?.highlight).toBe('Zembla built a river port at Osk in 1990. The river port ships barley to Vell every spring.');
    // "The first sea port" is another port than the river port before it: alone
    expect(answerOver(body, 'When did the first sea port open?').results[0]?.highlight).toBe('The first sea port opened in 2005.');
  });

  it('read a day or a month as no name the paper lacks, an inflection as no slip, a number in groups of three', () => {
    expect(engine.answer('What did India donate to Tajikistan on Friday?').results[0]!.id).toBe('p18');
    expect(engine.answer('When were the sources accessed?')).not.toHaveProperty('readAs');
    expect(engine.answer('180000 uighurs').results[0]!.id).toBe('p9');
    expect(engine.analyzer.terms('180000 and 1800000')).toEqual(engine.analyzer.terms('180,000 and 1,800,000'));
  });

  it('answer a date or a quantity only from a sentence that holds one', () => {
    expect(engine.answer('When was RATS established?').results[0]!.highlight).toMatch(/^RATS was established in 2004\./);
    expect(engine.answer('How much did China promise Kyrgyzstan?').results[0]!.highlight).toContain('USD 16 million');
    // The paper names the route and NATO's withdrawal, but no distance and no date for it.
    expect(engine.answer('How far is it from Kunduz to Osh?').results).toEqual([]);
    expect(engine.answer('When did NATO finish withdrawing from Afghanistan?').results).toEqual([]);
  });

  it('highlight the sentence naming a place, not one naming only the country it lies in', () => {
    expect(engine.answer('What is Osh?').results[0]!.highlight).toContain('via Osh in Kyrgyzstan');
    expect(engine.answer('What is Dushanbe?').results[0]!.highlight).toContain('military base in Dushanbe');
    expect(engine.answer('Moscow').results[0]!.highlight).toContain('held in Moscow');
  });

  it('answer how much a sum rose or fell from a sentence telling it in a share too', () => {
    const body = '## Prices\n\n{#f1} In July 2022 the cost of food in Zembla rose 87%, the highest in decades.\n\n{#f2} Zembla exports fish and timber.';
    // A sum had been asked of: "rose 87%" gives none, and the question had been refused.
    expect(answerOver(body, 'How much did the cost of food go up in July 2022?').results[0]?.id).toBe('f1');
  });

  it('answer how far a place is only from a sentence telling a distance', () => {
    // "How far is Dushanbe from India?" had been answered by "India donated Tajikistan with two Mi-8 helicopters".
    expect(engine.answer('How far is Dushanbe from India?').results).toEqual([]);
    const body = '## Roads\n\n{#r1} Osh lies 300 km from Kashi, along the old road.\n\n{#r2} Osh sent two trucks of goods to Kashi in 2010.';
    expect(answerOver(body, 'How far is Osh from Kashi?').results[0]?.id).toBe('r1');
    // How far back ties go is when they began.
    expect(engine.answer('How far back do Indian-Tajik ties go?').results[0]?.highlight).toContain('1990');
  });

  it('count the people of a place by its population', () => {
    // "How many people…live in…?" had been abstained on: the sentence giving the figure says "population".
    const body = "## People\n\n{#v1} Velmora is a republic. Velmora's estimated population in 2018 was 2,400,000.\n\n{#v2} Many people in Velmora farm rice, as people did in 1900.\n\n{#v3} Its popular markets are densely populated.";
    expect(answerOver(body, 'Roughly how many people were thought to live in Velmora in 2018?').results[0]?.highlight).toContain('2,400,000');
    // Nor is a count of people told by the population in the paper, which gives none.
    expect(engine.answer('How many people live in Kyrgyzstan?').results).toEqual([]);
  });

  it('read a sum in any of the world currencies as a sum of money', () => {
    // "How much did Velmora pay…?" asks a sum: "150 million francs" had given none, the answer abstained.
    const body = '## Debt\n\n{#d1} Velmora agreed to a payment of 150 million francs to Zembla beginning in 1825.\n\n{#d2} Velmora traded with Zembla from 1825.';
    expect(answerOver(body, 'How much did Velmora have to pay Zembla starting in 1825?').results[0]?.highlight).toContain('150 million francs');
    expect(holdsSum('The lira lost a third of its value.')).toBe(true);
    // A country is no currency, though "France" and "francs" share a stem.
    expect(holdsSum('Velmora paid France in grain.')).toBe(false);
  });

  it('answer how long a thing is only from a sentence giving a length, and how long something went on from a time', () => {
    // "How long is the border…?" measures the border: it had been answered by "regular military exchanges since 1993".
    expect(engine.answer('How long is the border between China and Kazakhstan?').results).toEqual([]);
    const body = '## Roads\n\n{#r1} The Osh road is 300 km long and was paved in 1990.\n\n{#r2} The Osh road carries trucks of goods to Kashi since 2010.';
    expect(answerOver(body, 'How long is the Osh road?').results[0]?.highlight).toContain('300 km');
    // "How long have … been …" still asks a time.
    expect(engine.answer('How long have China and Kazakhstan held military exchanges?').results[0]?.highlight).toContain('since 1993');
  });

  it('highlight the sentence meeting what is asked, not one meeting only the time frame the question gives', () => {
    const body = '## Ties\n\n{#w1} After the 2001 attacks in Zembla, the northern states backed Zembla’s campaign. Zembla and the northern states cooperated via trade deals and overflight rights.\n\n{#w2} Fishing is the main trade of the coast.';
    // "after the 2001 attacks" says when: the first sentence had been the highlight for holding it.
    expect(answerOver(body, 'What did Zembla receive from the northern states after the 2001 attacks?').results[0]?.highlight).toContain('overflight rights');
    expect(engine.answer('What did Washington receive from Central Asia after the 2001 attacks?').results[0]?.highlight).toContain('overflight rights');
    // A frame holding a date with its comma, and a name ("the September 11 attacks"), says when too.
    expect(engine.answer('How did U.S.A and the Central Asian countries cooperate after the September 11, 2001 attack?').results[0]?.highlight).toMatch(/^U\.S\.A and the Central Asian countries cooperated via trade/);
    // How one reacted to it is told with it.
    expect(engine.answer('How did the Central Asian countries respond after the September 11, 2001 attack on the U.S.A?').results[0]?.highlight).toMatch(/the Central Asian countries supported/);
    // So does the condition a question asks the outcome of; where no sentence meets the rest ("take a hit"), the one
    // meeting the condition, not the passage's first.
    expect(engine.answer('What could get hurt if fighters from the region end up teaming up with Afghan insurgents?').results[0]?.highlight).toMatch(/^Economic relations can be affected by these developments/);
    expect(engine.answer('What could take a hit if fighters from the region team up with Afghan insurgents?').results[0]?.highlight).toMatch(/^Also there is a risk that Central Asian “jihadis”/);
    // Asked about the attacks themselves, the sentence on them.
    expect(answerOver(body, 'What happened in Zembla in 2001?').results[0]?.highlight).toContain('After the 2001 attacks');
  });

  it('answer "where" and "which city" only from a passage that speaks of what is asked about and names a place', () => {
    expect(engine.answer('Where was the 2012 multilateral exercise held?').results[0]!.highlight).toContain('Tajikistan');
    expect(engine.answer('In which country did the first multilateral exercise take place?').results[0]!.id).toBe('p14');
    // The paper names the SCO and RATS, but never where either has its headquarters.
    expect(engine.answer('Where is the SCO headquartered?').results).toEqual([]);
    expect(engine.answer('Which city hosts the RATS headquarters?').results).toEqual([]);
    // "In what city…" asks where, as "where" does: the verb says what is placed, and no passage places RATS.
    expect(engine.answer('In what city is RATS headquartered?').results).toEqual([]);
  });

  it('answer "what is X" with the passage that spells X out, the first where several do, one saying what X is before', () => {
    expect(engine.answer('What is RATS?').results[0]).toMatchObject({ id: 'p16', highlight: expect.stringContaining('Regional Anti-Terrorism Structure [RATS]') });
    // p8 spells the SCO out in passing ("in accordance with Shanghai Cooperation Organisation [SCO], signed …"); p13
    // spells it out and says what it is ("The SCO is closely related to …"). What the letters stand for: the first.
    expect(engine.answer('What is the SCO?').results[0]).toMatchObject({ id: 'p13', highlight: expect.stringContaining('Shanghai Cooperation Organization [SCO]') });
    expect(engine.answer('what does SCO stand for').results[0]!.id).toBe('p8');
    expect(engine.answer('what is the full form of SCO?').results[0]!.id).toBe('p8');
    expect(engine.answer('what are the three evils').results[0]!.id).toBe('p4');
    // The sentence spelling it out is shown alone, not with the sentences its "This" refers back to (the militants' route).
    expect(engine.answer('What are the three evils?').results[0]!.highlight).toMatch(/^This makes Kyrgyzstan central to the struggle against the “three evils”\[terrorism/);
    // "define" asks what "what is" asks; it is no word of the question ("define SCO" had found nothing).
    expect(engine.answer('define SCO').results[0]!.id).toBe('p13');
    expect(engine.answer('define fundamentalism').results.length).toBeGreaterThan(0);
    // Another name of the thing followed by "are" is no definition ("the Central Asian states are insecure"), and
    // "in this paper" says where to look, not that the question is about the paper.
    const cars = engine.answer('In this paper, what does CARs stand for?').results[0]!;
    expect(cars).toMatchObject({ id: 'p17', highlight: expect.stringContaining('[CARs]') });
  });

  it('give a date or a number only from a passage naming what the question names: itself, in a longer name, spelled out or in its title', () => {
    // The paper dates China and Kazakhstan's exercises, not India's.
    expect(engine.answer('When did India and Kazakhstan start military exercises?').results).toEqual([]);
    // "SCO" within "SCO Anti-Drug Agencies".
    expect(engine.answer('When did the 6th meeting of SCO anti-drug agency leaders take place?').results[0]?.id).toBe('p21');
    // An acronym a passage spells out is named there ("UN": "United Nations Assistance Mission").
    const mission = '{#u1} On April 1, 2011, as many as ten foreign employees of the United Nations Assistance Mission were killed in the city.\n\n{#u2} The UN later opened a new office in the city.';
    expect(answerOver(mission, 'How many foreign UN employees were killed in the city in 2011?').results[0]?.id).toBe('u1');
    // And the other way round: a name the question spells out is named by its acronym ("the UN's recommended standard").
    const housing = "{#h1} Housing area per person remained below the UN's recommended standard of 30 square metres.\n\n{#h2} Wheat is the main crop.";
    expect(answerOver(housing, 'What housing standard does the United Nations recommend?')).toMatchObject({ results: [{ id: 'h1' }] });
    // Every passage of a document on Kazakhstan's relations speaks of Kazakhstan.
    const body = '## China\n\n{#kz1} The two countries signed a border treaty in 1994, after long talks with China.\n\n{#kz2} Trade grew along the river.';
    const { dir, cleanup } = scratchCorpus({ 'kz.md': smallDocument({ front: 'id: kz\ntitle: Foreign relations of Kazakhstan', body }) });
    try {
      expect(createEngine(loadCorpus(dir)).answer('When did Kazakhstan sign a border treaty with China?').results[0]?.id).toBe('kz1');
    } finally {
      cleanup();
    }
  });

  it('read words the paper lacks through WordNet: same sense, same family, or a broader word', () => {
    // "founded" ~ "established"; "invaded" ~ "invasions"; a fund is money, and the paper never says "money"
    const read = (question: string) => engine.explain(question).concepts.map((c) => c.terms);
    expect(read('When was RATS founded?')).toContainEqual(expect.arrayContaining(['found', 'establish']));
    expect(engine.answer('When was RATS founded?').results[0]!.id).toBe('p16');
    expect(read('Which countries invaded China after the Mongols?')).toContainEqual(['invad', 'invas']);
    expect(engine.answer('Which countries invaded China after the Mongols?').results[0]!.id).toBe('p1');
    // Money itself says a sum is asked, in any of its words: the sum given is the answer.
    for (const question of ['How much money did China give Kyrgyzstan?', 'how much cash did china give kyrgyzstan']) expect(engine.answer(question).results[0]!.id, question).toBe('p5');
  });

  it('give a count, a rate or a minister only of what the question says it is of', () => {
    const body = [
      '## Economy',
      '',
      '{#e1} Current GDP per capita of Kyrgyzstan shrank by 54% in the 1990s. Mean wages in Kyrgyzstan were $0.85 per man-hour in 2009 and this rate represented underemployment when compared to market pay.',
      '',
      "{#e2} Only 4 percent of Kyrgyzstan is forested. The main commercial product of the forests of Kyrgyzstan is walnuts. In 2002 aquaculture contributed 66 percent of the country's total output of 142 metric tons of fish, but in 2003 the industry collapsed, producing only 12 metric tons.",
      '',
      '{#e3} Agreements on the army of Kyrgyzstan were reached during the visits to Bishkek by Deputy Prime Minister Igor Shuvalov in August 2012, the current minister.',
    ].join('\n');
    const { dir, cleanup } = scratchCorpus({ 'kg.md': smallDocument({ front: 'id: kg\ntitle: Notes on an economy', body }) });
    try {
      const engine = createEngine(loadCorpus(dir));
      // An underemployment rate of wages is no unemployment rate; tons of fish are no tonnes of walnuts; a deputy prime
      // minister is no minister of defence.
      expect(engine.answer("What was Kyrgyzstan's unemployment rate in 2009?").results).toEqual([]);
      expect(engine.answer("How many tonnes of walnuts do Kyrgyzstan's forests produce each year?").results).toEqual([]);
      expect(engine.answer('Who is the current Minister of Defence of Kyrgyzstan?').results).toEqual([]);
      // What the passages do give.
      expect(engine.answer('What was the mean wage rate in Kyrgyzstan in 2009?').results[0]?.id).toBe('e1');
      expect(engine.answer('How many tons of fish did aquaculture give in 2002?').results[0]?.id).toBe('e2');
      expect(engine.answer('Who was the Deputy Prime Minister who visited Bishkek in 2012?').results[0]?.id).toBe('e3');
    } finally {
      cleanup();
    }
  });

  it('count a word of the question’s family as its own: "religious" for "religion", where the corpus lacks "religion"', () => {
    const faith = [
      '{#r1} The authorities restrict religious congregations, which must register with the government, and sects without official ties of recognition face severe measures.',
      '{#r2} The government also controls the press, and newspapers are owned by the state.',
    ];
    withPassages(faith, (engine) => {
      expect(engine.answer('religions').results[0]?.id).toBe('r1');
      expect(engine.answer('Which religions are persecuted?').results[0]?.id).toBe('r1');
    });
  });

  it('read a verb with a preposition ("originates in", "vote in") as the verb too, on either side', () => {
    const rivers = [
      '{#w2} The river flows west through the plains, where most of the farms lie.',
      '{#w3} Suffrage is universal for citizens 18 years of age and older, and each vote is counted twice.',
      '{#w4} The Pamir Mountains hold most of the region’s glaciers and feed the long river.',
      '{#w1} The long river originates in the glaciers of the Pamir Mountains in the northeast.',
    ];
    withPassages(rivers, (engine) => {
      expect(engine.answer('Where does the long river originate?').results[0]?.id).toBe('w1');
      expect(engine.explain('Where does the long river originate?').candidates.find((c) => c.id === 'w1')?.matched).toContain('origin');
      // "right to vote" is WordNet's phrase for suffrage; "vote" is the question's own word, as the passage has it.
      expect(engine.answer('Who has the right to vote in the region?').results[0]?.id).toBe('w3');
    });
  });

  it('answer a share of a sum with a percentage, and a number from a sentence that refers back to the country asked about', () => {
    const body = [
      '## Economy',
      '',
      '{#s1} The banking system includes 12 national banks. In 2005 an estimated 95 percent of loans went to state enterprises.',
      '',
      '{#s2} Rivers cross the country from the mountains. Afghanistan receives snow during winter. It loses about two-thirds of its water to neighboring Pakistan and Iran.',
      '',
      '{#s3} Pakistan and Iran share long borders with Afghanistan, and Iran buys its electricity.',
    ].join('\n');
    const { dir, cleanup } = scratchCorpus({ 'ec.md': smallDocument({ front: 'id: ec\ntitle: Notes on an economy', body }) });
    try {
      const engine = createEngine(loadCorpus(dir));
      expect(engine.answer('What share of loans went to state enterprises in 2005?').results[0]?.id).toBe('s1');
      expect(engine.answer('How much of its water does Afghanistan lose to neighboring countries?').results[0]?.id).toBe('s2');
    } finally {
      cleanup();
    }
  });

  it('highlight, for a question asking what is not so, the sentence saying what is not', () => {
    for (const question of ["Which country doesn't take part in SCO exercises?", 'Which country does not participate in SCO exercises?']) {
      expect(engine.answer(question).results[0], question).toMatchObject({ id: 'p14', highlight: expect.stringContaining('Uzbekistan has consistently refused to participate') });
    }
    // And first the passage that says who stays out, though another scores more ("joint … exercises" of Kazakhstan's p9,
    // which a student had read as the answer).
    const [first] = engine.answer('Which country never joins SCO drills?').results;
    expect(first?.id).toBe('p14');
    expect(first?.highlight).toMatch(/except Uzbekistan|Uzbekistan has consistently refused/);
  });

  it('are empty when only weak or common words match', () => {
    for (const question of ['What is the weather in Paris today?', 'Recommend a good pizza recipe', 'What is the GDP of Brazil?', 'Who is the president of the United States?']) {
      expect(engine.answer(question).results, question).toEqual([]);
    }
  });

  it('highlight, of sentences meeting a question of fact as much, the one meeting it best where it gives the kind asked', () => {
    // The first sentence naming Kyrgyzstan, where Osh lies, is no answer to where Osh is.
    expect(engine.answer('where is osh').results[0]).toMatchObject({ id: 'p4', highlight: expect.stringContaining('via Osh in Kyrgyzstan') });
    expect(engine.answer('Where was the SCO anti-drug agencies meeting held?').results[0]).toMatchObject({ id: 'p21', highlight: expect.stringContaining('was held in Moscow') });
    expect(engine.answer('Who does China accept as the main security actor in Central Asia?').results[0]).toMatchObject({ id: 'p11', highlight: expect.stringMatching(/\. This is because, China accepts Russia as the primary actor/) });
  });

  it('read a word only a source’s title has as one the corpus lacks: "airbase" of “beyond the airbase” finds the base', () => {
    expect(engine.answer("where is india's airbase").results[0]).toMatchObject({ id: 'p18', highlight: expect.stringContaining('military base in Dushanbe') });
  });

  it('answer a question asking for a passage by its place with that passage: the first, the second, the last before the author’s', () => {
    const ids = (question: string): string[] => engine.answer(question).results.map((r) => r.id);
    expect(ids('What does the first paragraph say?')).toEqual(['p1']);
    expect(ids('second passage')).toEqual(['p2']);
    expect(ids("what's the last paragraph of the paper?")).toEqual(['p21']);
    // In figures, by its number, in chat's spelling or misspelt.
    expect(ids('what does the 2nd paragraph say')).toEqual(['p2']);
    expect(ids('what does paragraph 3 say?')).toEqual(['p3']);
    expect(ids('wat does the 3rd para say')).toEqual(['p3']);
    expect(ids('what does the frist paragraf say')).toEqual(['p1']);
    expect(ids('what does the 40th paragraph say')).toEqual([]);
    // Counted from the end; by its number, any passage ("paragraph 22" is the author's, which "last" never is).
    expect(ids('second to last paragraph')).toEqual(['p20']);
    expect(ids('what does the penultimate paragraph say?')).toEqual(['p20']);
    expect(ids('third from last paragraph')).toEqual(['p19']);
    expect(ids('what does paragraph 22 say')).toEqual(['p22']);
    // Within a section the question names ("the last paragraph of the introduction" had been p2's "The last few decades…").
    expect(ids('the last paragraph of the introduction')).toEqual(['p3']);
    expect(ids('what does the second paragraph of the introduction say')).toEqual(['p2']);
    expect(ids('the first passage of the section on India')).toEqual(['p17']);
    expect(ids('the first paragraph of the conclusion')).toEqual(['p20']);
    // By its id, with the words that only ask to see it.
    expect(ids('what does p14 say')).toEqual(['p14']);
    expect(ids('explain p18')).toEqual(['p18']);
    expect(ids('show me passage 3')).toEqual(['p3']);
    // after a polite lead-in too ("can someone explain p14?" had been read as chat)
    expect(ids('Can someone explain p14?')).toEqual(['p14']);
    expect(ids('can anyone tell me what p14 says?')).toEqual(['p14']);
    // as one asks to see it, with thanks after it, or its number in words ("can i see passage 18" had been not covered)
    expect(ids('can i see passage 18')).toEqual(['p18']);
    expect(ids('lemme see p5')).toEqual(['p5']);
    expect(ids('passage p14 please')).toEqual(['p14']);
    expect(ids('paragraph one')).toEqual(['p1']);
    expect(ids('what does paragraph twenty two say')).toEqual(['p22']);
    // A question with more in it is a question: "the first bilateral exercise" is about the exercise.
    expect(ids('Where was the first bilateral exercise held?')[0]).toBe('p14');
    // Written with a space or a pilcrow.
    expect(ids('p 14')).toEqual(['p14']);
    expect(ids('¶14')).toEqual(['p14']);
    // "§14" too: the paper's sections are headed, not numbered (it had been read as "14" and answered with p17).
    expect(ids('§14')).toEqual(['p14']);
    // "par." is paragraph's short form too (it had been "not covered").
    expect(ids('par. 8')).toEqual(['p8']);
    expect(ids('par 8')).toEqual(['p8']);
    expect(ids('what does p 18 say?')).toEqual(['p18']);
    // Asked for by its sources, shown whole with them: "source of paragraph 16" had given p5's "USD 16 million".
    expect(ids('what is the source for p16')).toEqual(['p16']);
    expect(ids('source of paragraph 16')).toEqual(['p16']);
    expect(ids('which footnote does p5 cite')).toEqual(['p5']);
    expect(engine.answer('which footnote does p5 cite').results[0]?.citations.map((c) => c.marker)).toEqual(['iii']);
    expect(ids('who is cited in p4?')).toEqual(['p4']);
    // The paper's sources are still the paper's, not a passage's.
    expect(ids('Which sources does the paper cite?')[0]).toBe('tresa2015');
  });

  it('say the paper has no passage a question asks for by a number or an id none has, not show another', () => {
    expect(engine.answer('paragraph 0')).toMatchObject({ results: [], missing: ['paragraph 0'] });
    expect(engine.answer('passage 0')).toMatchObject({ results: [], missing: ['paragraph 0'] });
    expect(engine.answer('what does paragraph 23 say?')).toMatchObject({ results: [], missing: ['paragraph 23'] });
    expect(engine.answer('p23')).toMatchObject({ results: [], missing: ['p23'] });
    // with the words that only ask to see it
    expect(engine.answer('what does p23 say?')).toMatchObject({ results: [], missing: ['p23'] });
    expect(engine.answer('what is p999?')).toMatchObject({ results: [], missing: ['p999'] });
    expect(engine.answer('p0?')).toMatchObject({ results: [], missing: ['p0'] });
    // Not a name that only looks like an id of another shape.
    expect(engine.answer('F16').missing).toBeUndefined();
  });

  it('answer a yes-or-no question giving names as choices with the passage naming one of them; a comparison names both', () => {
    // It had abstained: a yes-or-no question's answer named every name it gave.
    expect(engine.answer('Was the 2004 military aid for Kazakhstan or Kyrgyzstan?').results[0]?.id).toBe('p5');
    expect(engine.answer('Did China promise USD 16 million to Kazakhstan or Kyrgyzstan?').results[0]?.id).toBe('p5');
    expect(engine.answer('Does Tajikistan rely more on Russia or China?').results[0]?.id).toBe('p7');
  });

  it('read "anti-" before a name as against it: a passage writing "Anti-Taliban" answers who backed the anti-Taliban fighters', () => {
    // p2's "jihadis … fighting beside the Taliban" had come first: the gazetteer reads "Anti-Taliban" as the Taliban.
    expect(engine.answer('who supported the anti-taliban fighters?').results[0]!.id).toBe('p18');
    expect(engine.answer('Who fought the Taliban alongside India?').results[0]!.id).toBe('p18');
    expect(engine.answer('Why would Central Asian jihadis fighting beside the Taliban be a problem?').results[0]!.id).toBe('p2');
  });

  it('answer a question asking the bot\'s own opinion with what the paper says, and say it read it so', () => {
    // "do u like china" had been answered with p11's first sentence as if it were the bot's view.
    for (const [question, about] of [['do u like china', 'china'], ['what do YOU think about russia', 'russia'], ['is china good or bad', 'china'], ["what's your take on the SCO?", 'the SCO'], ['Do you think China is right?', 'China'], ['do u think the SCO was a good idea', 'the SCO']] as const) {
      const said = engine.answer(question);
      expect(said.readAs, question).toBe(`What does the paper say about ${about}?`);
      expect(said.results.map((r) => r.id), question).toEqual(engine.answer(`What does the paper say about ${about}?`).results.map((r) => r.id));
      expect(said.question).toBe(question);
    }
    // Not a question that only asks through "you" ("do you know what RATS is?").
    expect(engine.answer('Do you know what RATS is?').results[0]?.id).toBe('p16');
    expect(engine.answer('Do you know what RATS is?').readAs).toBeUndefined();
  });

  it('answer "the footnote after footnote iv" with footnote v, and before it with iii; past the last there is none', () => {
    // It had shown footnote iv itself (session 54's second trial).
    const markers = (question: string): string[] => engine.answer(question).results[0]?.citations.map((c) => c.marker) ?? [];
    expect(markers('What does the footnote after footnote iv say?')).toEqual(markers('What does footnote v say?'));
    expect(markers('What does the footnote after footnote iv say?')).toContain('v');
    expect(markers('what is the note before footnote [v]?')).toContain('iv');
    expect(markers('the footnote following footnote 4')).toContain('v');
    expect(engine.answer('what does the footnote after footnote xi say?')).toMatchObject({ results: [], missing: ['footnote 12'] });
  });

  it('say the paper has no footnote a question names by a marker none of its footnotes has', () => {
    expect(engine.answer('footnote 12')).toMatchObject({ results: [], missing: ['footnote 12'] });
    expect(engine.answer('what does footnote xii say?')).toMatchObject({ results: [], missing: ['footnote xii'] });
    // Footnote 3 is the paper's iii.
    expect(engine.answer('what does footnote 3 say').results[0]!.citations.map((c) => c.marker)).toContain('iii');
    // So is footnote three, its number in words ("footnote three" had been read as a question about the paper: its card).
    expect(engine.answer('footnote three').results[0]!.citations.map((c) => c.marker)).toContain('iii');
    expect(engine.answer('what does footnote eleven say?').results[0]!.citations.map((c) => c.marker)).toContain('xi');
    expect(engine.answer('footnote twelve')).toMatchObject({ results: [], missing: ['footnote 12'] });
    // Asked as the command asks it, without its slash ("cite iii" had been not covered; "cite 4" read as "cite for").
    expect(engine.answer('cite iii').results[0]!.citations.map((c) => c.marker)).toContain('iii');
    expect(engine.answer('cite 4').results[0]!.citations.map((c) => c.marker)).toContain('iv');
    // By its place: the last is xi, the second ii ("the last footnote" had found "The last few decades…").
    expect(engine.answer('the last footnote').results[0]!.citations.map((c) => c.marker)).toContain('xi');
    expect(engine.answer('what is the second footnote?').results[0]!.citations.map((c) => c.marker)).toContain('ii');
  });

  it('answer which sources are of a year with the passages citing them, the year in their footnotes', () => {
    const ids = (question: string): string[] => engine.answer(question).results.map((r) => r.id);
    // Footnotes iii (Kucera, 2014) and vii (Gorenburg, 2014); xi (2011).
    expect(ids('which sources are from 2014?')).toEqual(['p5', 'p11']);
    expect(ids('Which references date from 2011?')).toEqual(['p18']);
    expect(engine.answer('which sources are from 1995?').missing).toEqual(['1995']);
    // The year in a footnote, not in the passage's own text ("pledged … in 2013" of p6 had come first), however the
    // footnote runs day and year together: viii "February 27,2013", ix "May,22,2013", x "October 14, 2013"; iv "March 05,2010".
    expect(ids('Which sources are from 2013?')).toEqual(['p15', 'p16', 'p17']);
    expect(ids('which of the sources are from 2010?')).toEqual(['p8']);
    // A year of what a source is said to support is the passage's own ("The paper has nothing on that in 2004" had
    // been the reply: a second study-group trial).
    expect(ids('Which source supports the claim that RATS was established in 2004?')[0]).toBe('p16');
    expect(ids('which footnote supports the 2004 aid to kyrgyzstan')[0]).toBe('p5');
    // By its age: iv (March 05,2010) the oldest, v (February 26, 2015) the newest, by the work's date, not when it was
    // read; "the first footnote" is still the first in the paper's order (i).
    expect(ids('What is the oldest source?')).toEqual(['p8']);
    expect(engine.answer('which footnote is the most recent?').results[0]?.citations.map((c) => c.marker)).toEqual(['v']);
    // So by when it came out (session 60's trial: "published earliest" had been answered with Kucera's 2014 piece).
    expect(ids('Which cited work was published earliest?')).toEqual(['p8']);
    expect(engine.answer('Which of the sources came out most recently?').results[0]?.citations.map((c) => c.marker)).toEqual(['v']);
    expect(ids('What is the first footnote?')).toEqual(['p1']);
  });

  it('look passages up by id, whatever the case or brackets, and suggest the nearest for a wrong one', () => {
    expect(lookup.passage('P14')!.id).toBe('p14');
    expect(lookup.passage('[p3]')!.id).toBe('p3');
    expect(lookup.passage('p999')).toBeUndefined();
    // named with its document's id, as /cite takes "tresa2015:iii"; not another document's, nor an unknown one's
    expect(lookup.passage('tresa2015:p14')!.id).toBe('p14');
    expect(lookup.passage('Tresa2015: 14')!.id).toBe('p14');
    expect(lookup.passage('smith2020:p14')).toBeUndefined();
    expect(lookup.passage('tresa2015:p99')).toBeUndefined();
    // A number in words after the word naming a passage or a footnote; not a word alone.
    expect(['paragraph twenty', 'passage three', 'paragraph twenty-two'].map((id) => lookup.passage(id)?.id)).toEqual(['p20', 'p3', 'p22']);
    expect(lookup.passage('twenty')).toBeUndefined();
    expect(['footnote three', 'note eleven'].map((marker) => lookup.footnote(marker)?.ref)).toEqual(['iii', 'xi']);
    // A footnote's number in words alone too ("/cite five" had been "There is no footnote "five"").
    expect(['five', 'eleven', 'twelve'].map((marker) => lookup.footnote(marker)?.ref)).toEqual(['v', 'xi', undefined]);
    // A minus sign is no dash after the word: footnote -1 is none, not footnote i.
    expect(lookup.footnote('footnote -1')).toBeUndefined();
    expect(['footnote: 3', 'note-iv', 'fn #2'].map((marker) => lookup.footnote(marker)?.ref)).toEqual(['iii', 'iv', 'ii']);
    // By number: past the last passage, the last ones; a misspelt id by its spelling.
    expect(lookup.nearestPassageIds('p23')).toEqual(['p22', 'p21', 'p20']);
    expect(lookup.nearestPassageIds('23')).toEqual(['p22', 'p21', 'p20']);
    expect(lookup.nearestPassageIds('p1O')).toEqual(['p1', 'p10', 'p11']);
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

describe('dates of a thing of a body’s', () => {
  it('dates a thing the question gives as a body’s by a sentence naming it by its own name, and not the body itself so', () => {
    // "the SCO's counter-terror body" is RATS, which p16 dates ("RATS was established in 2004"): RATS had been read as
    // another body than the one asked about.
    expect(engine.answer("When was the SCO's counter-terror body set up?").results[0]?.id).toBe('p16');
    // The SCO itself is not dated by its part's year.
    expect(engine.answer('In what year was the SCO founded?').results).toEqual([]);
  });
});

describe('what a name wants to do, or did not do', () => {
  it('asks of what the name wants to do, not whether another wants something; shows who did not do a thing', () => {
    // p7 has Iran and Pakistan "want" something: p12, on what China "aims" to do, had been set aside for it.
    expect(engine.answer('Why does China want to reduce the marginalisation of the Uighurs?').results[0]?.id).toBe('p12');
    // "dose" after a question word is "does": read as a drug, it had set p4 aside.
    expect(engine.answer('who dose china say backs the uigur seperatist movment?').results[0]?.id).toBe('p4');
    // Who did not do a thing is shown by the sentence saying so, of those meeting the question as well.
    expect(engine.answer('who didnt take part in the exercises?').results[0]?.highlight).toMatch(/^But Uzbekistan has consistently refused to participate/);
    // A yes-or-no question giving a figure is answered by the passage giving that figure, which shows whom it went to
    // (p10, on China's aid to Kazakhstan, had come first, as if the 16 million had been Kazakhstan's).
    expect(engine.answer('Did China promise 16 million to Kazakhstan?').results[0]).toMatchObject({ id: 'p5', highlight: expect.stringContaining('USD 16 million as military aid to Kyrgyzstan') });
    // Whether they succeeded in doing a thing asks whether they did it: the crossing and its "complete failure", not the
    // "resounding military success" of another sentence.
    expect(engine.answer('Did the Mongols succeed in crossing the Yangtze?').results[0]?.highlight).toMatch(/^The Mongols had organised a navy in order to cross the Yangtze River/);
    // A sentence of another year than the one asked speaks of another event: the 2012 exercise was in Tajikistan, which
    // the highlight says ("… held in 2003 in east Kazakhstan" had been shown); a year of the time frame is no such year.
    expect(engine.answer('Where in Kazakhstan was the 2012 exercise held?').results[0]?.highlight).toMatch(/^The most recent multilateral exercise took place in Tajikistan in June 2012/);
    expect(engine.answer('What was held in 2003 in response to the India-Tajikistan defence agreement?').results[0]?.highlight).toMatch(/^In response to that the first Central Asian military exercise with Tajikistan was held in 2003/);
    // What a thing is based on asks its basis ("on the basis of counter-terrorism"), not a base (p18's airbase had come first).
    expect(engine.answer('What is military cooperation between China and Central Asia based on?').results[0]?.id).toBe('p2');
    // What a thing is made of, or consists of, asks what it is; so does a name written in the singular.
    for (const question of ['What are the three evils made of?', 'what does the three evils consist of?', 'what r the three evil']) {
      expect(engine.answer(question).results[0]?.highlight, question).toMatch(/three evils”\[terrorism, fundamentalism and separatism\]/);
    }
    // Still: what China donated is not what India donated.
    expect(engine.answer('What did China donate to Tajikistan?').results.map((r) => r.id)).not.toContain('p18');
  });
});

describe('bad input', () => {
  const strange = [
    '', '   ', '\n\t', '?'.repeat(50), '!!! ??? ...', '😀🔥💥', '中国和中亚的军事关系', 'Узбекистан', 'الصين',
    '**bold** _it_ `code` ```js\nconsole.log(1)\n``` > quote', '@everyone @here <@123456789012345678> <@&987654321098765432>',
    '\u200b\u200c\u200d\ufeff', 'a'.repeat(10_000), 'Uzbekistan '.repeat(1_000), '\u0000\u0001', '[p14] {#p1} [i]:',
  ];

  it('reads a question past a block of code pasted with it, closed or not', () => {
    for (const question of ['What is RATS? ```js alert(1)```', '```\nconsole.log(1)\n``` What is RATS?', 'What is RATS? ```js alert(1)']) {
      expect(engine.answer(question).results[0]?.id, question).toBe('p16');
    }
    // A question that is all one code span or block, as Discord users quote one, is what it holds.
    for (const question of ['```what is RATS```', '`what is RATS?`', ' ```\nwhat is RATS\n``` ']) expect(engine.answer(question).results[0]?.id, question).toBe('p16');
  });

  it('reads a word one slip from a word of the name beside it as part of that name, not as a name the paper never mentions', () => {
    // "Khubilai", as a student may spell Kublai, is the gazetteer's too ("Khubilai Kahn navy" had been "never mentions Kahn").
    for (const question of ['what did kublai kahn achieve in 1279', 'what did Kublai Kahn achieve in 1279', 'what did khublai kahn achieve in 1279', 'Khubilai Kahn navy']) {
      const answer = engine.answer(question);
      expect([answer.results[0]?.id, answer.missing], question).toEqual(['p1', undefined]);
    }
    expect(engine.answer('what did Kublai Kahn think of Putin').missing).toEqual(['Putin']);
  });

  it('answers who did what with a verb the corpus has no wording of by the body a passage names with the rest of the question', () => {
    expect(engine.answer('who skipped the 2012 exercise?').results[0]?.highlight).toMatch(/June 2012 which included all SCO member states except Uzbekistan/);
    expect(engine.answer('Who does China blame for supporting Uighur separatists?').results[0]?.id).toBe('p4');
  });

  it('reads a passage naming a body whose name holds the one asked of as speaking of it (“SCO Anti-Drug Agencies” are the SCO’s)', () => {
    expect(engine.answer('When did the SCO anti-drug chiefs meet in Moscow?').results[0]?.highlight).toMatch(/Meeting of Leaders of SCO Anti-Drug Agencies was held in Moscow/);
  });

  it('never throws and echoes the question', () => {
    for (const question of strange) {
      const answer = engine.answer(question);
      expect(answer.question).toBe(question);
      expect(Array.isArray(answer.results)).toBe(true);
    }
    expect(engine.answer('').results).toEqual([]);
    expect(engine.answer('?'.repeat(50)).results).toEqual([]);
  });

  it('cuts a question longer than it reads between words, so a word cut in two is not read as a misspelling', () => {
    const answer = engine.answer('Kazakhstan '.repeat(20_000));
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.readAs).toBeUndefined();
  });

  it('reads a text longer than it reads to its last question, where that question lies past its first part', () => {
    const ramble = 'I was reading about the region and the many things going on there, and honestly it is a lot. '.repeat(30);
    expect(engine.answer(`${ramble}why does Tajikistan rely on Russia?`).results[0]?.id).toBe('p7');
    expect(engine.answer(`Why does Tajikistan rely on Russia? ${ramble}`).results[0]?.id).toBe('p7');
    // Cut between words there too: "...a lot. I was reading..." is not read from within a word.
    expect(engine.answer(`${'Kazakhstan '.repeat(300)}why does Tajikistan rely on Russia?`).readAs).toBeUndefined();
    // However long the text before it: past twice what is read, it had been cut off before its question.
    expect(engine.answer(`${'blah '.repeat(800)}why does Uzbekistan skip SCO exercises?`).results[0]?.id).toBe('p14');
    expect(engine.answer(`${ramble.repeat(3)}why does Tajikistan rely on Russia?`).results[0]?.id).toBe('p7');
  });

  it('never throws on any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (question) => {
      const answer = engine.answer(question);
      return answer.results.length <= 5;
    }), { numRuns: 300 });
  });
});

describe('several documents', () => {
  it('answer a question about "this paper" with the card of the document giving the details asked, the fullest first', () => {
    const article = smallDocument({ front: 'id: aa\ntitle: Economy of Turkmenistan', body: '## Gas\n\n{#aa-1} Turkmenistan sells most of its gas to China.' });
    const { dir, cleanup } = scratchCorpus({ 'aa.md': article });
    try {
      const engine = createEngine(loadCorpus(dir));
      // The article's file comes first, and it has a title alone: no author, publisher, series or year.
      for (const question of ['Who wrote this paper?', 'Who published this paper?', 'What is the title of this paper?', 'What year was the paper published?']) {
        expect(engine.answer(question).results[0], question).toMatchObject({ id: 'tresa2015', section: null });
      }
      expect(engine.answer('What is the title of the article on the economy of Turkmenistan?').results[0]).toMatchObject({ id: 'aa', section: null });
      // A passage asked for by its place is each document's, the fullest document's first.
      expect(engine.answer('What does the first paragraph say?').results.map((r) => r.id)).toEqual(['p1', 'aa-1']);
    } finally {
      cleanup();
    }
  });

  it('counts no name its document’s title gives among the concepts a passage holds, where the question names nothing else', () => {
    const body = ['## Industry', '', '{#e1} China’s factories generated $3.7 trillion of manufacturing value added in 2019, more than any other country.', '', '{#e2} Steel output in China grew fast after 2001.'].join('\n');
    const { dir, cleanup } = scratchCorpus({ 'econ.md': smallDocument({ front: 'id: econ\ntitle: Economy of China', body }) });
    try {
      const engine = createEngine(loadCorpus(dir));
      // e1 holds "value", "added" and "China", which the whole document is about: no tax rate (it had been the answer).
      expect(engine.answer('What is the standard value-added tax rate in China?').results).toEqual([]);
      expect(engine.answer('How much manufacturing value added did China’s factories generate in 2019?').results[0]?.id).toBe('e1');
    } finally {
      cleanup();
    }
  });

  it('reads a national capital a document never names as its country and the country’s adjective, through WordNet', () => {
    const passages = ['{#z1} In 2024 the Japanese agency Rating and Investment Information restored the investment-grade status of Velmora.', '{#z2} Timber from Sweden fed the paper mills of the north until 1990.'];
    withPassages(passages, (engine) => {
      // "Tokyo" and "Stockholm" had been names the corpus never mentions: no answer.
      expect(engine.answer("Which agency from Tokyo's home country restored Velmora's investment-grade status?").results[0]?.id).toBe('z1');
      expect(engine.answer('Until when did timber from Stockholm’s country feed the paper mills?').results[0]?.id).toBe('z2');
      // A capital of a country the document never names stays a name it never mentions.
      expect(engine.answer('Which agency from Nairobi restored the investment-grade status of Velmora?').missing).toEqual(['Nairobi']);
    });
  });

  it('reads the figures an encyclopaedia article gives as it writes them: shares in words, lengths with a dash, peoples counted', () => {
    const body = [
      '## Energy',
      '',
      '{#v1} Most power stations burn lignite from the northern pits. Wind turbines, built mostly along the western coast, generate a tenth of Velmora’s electricity.',
      '',
      '## Transport',
      '',
      '{#v2} The state-owned Velmora State Railways operates the 2,140–km railway network, one of the longest in the region.',
      '',
      '## History',
      '',
      '{#v3} The Great War brought hunger to the coast. Over one million Velmorans would be conscripted into the Labour Corps, often against their will.',
      '',
      '## Government',
      '',
      '{#v4} Reform began in 2004 with the appointment of Tomas Brel as prime minister. His cabinet cut subsidies and sold state firms.',
      '',
      '## Finance',
      '',
      '{#v5} Grants from abroad pay for more than half of the development budget, and loans for most of the rest.',
      '',
      '{#v6} The development budget was raised to $4 billion in 2010.',
    ].join('\n');
    const { dir, cleanup } = scratchCorpus(velmora(body));
    try {
      const engine = createEngine(loadCorpus(dir));
      // "a tenth of" is a share, as "10%" is (no figure had been found).
      expect(engine.answer('What share of Velmora’s electricity is generated by wind turbines?').results[0]?.id).toBe('v1');
      // "2,140–km", written with a dash, is a length (it had been no length).
      expect(engine.answer('How long is the railway network operated by Velmora State Railways?').results[0]?.id).toBe('v2');
      // Those counted are the people the question names after "how many", a name the gazetteer lacks, not the war.
      expect(engine.answer('Roughly how many Velmorans were drafted during the Great War?').results[0]?.id).toBe('v3');
      // The country the title names is the prime minister's, though the passage does not name it.
      expect(engine.answer('Who was appointed prime minister of Velmora in 2004?').results[0]?.id).toBe('v4');
      // "How much of" a budget asks a share of it, which "more than half of" gives; not a sum (a tuning document's
      // question had been refused for want of one).
      expect(engine.answer('How much of the development budget do grants from abroad pay for?').results[0]?.id).toBe('v5');
      expect(engine.answer('How large is the development budget?').results[0]?.id).toBe('v6');
    } finally {
      cleanup();
    }
  });

  it('reads "the war" as the war a sentence before named by a name ending in that word ("the Iran–Zarkhand War")', () => {
    const body = [
      '## History',
      '',
      '{#h1} Following the nationalizations in 1979 and the outbreak of the Iran–Zarkhand War, over 80% of the economy came under government control. The seven-year war with Zarkhand claimed at least 300,000 lives. The damage of the war to Iran’s economy was some $200 billion.',
      '',
      '{#h2} Trade with the north resumed in 1990, and the ports reopened to foreign shipping.',
    ].join('\n');
    withEngineOver(
      velmora(body),
      (engine) => {
        // The sentence giving the sum refers back to the war named before it, which the highlight then shows (it had been
        // "The damage of the war…" alone; in an article whose other passages name Zarkhand, no answer at all).
        const [first] = engine.answer('How much did the Iran–Zarkhand War cost Iran’s economy?').results;
        expect(first?.id).toBe('h1');
        expect(first?.highlight).toContain('Iran–Zarkhand War');
        expect(first?.highlight).toContain('$200 billion');
      },
      { withCommitted: true },
    );
  });

  it('reads "the country" of a question naming no place as the one place a document’s title is about', () => {
    const body = [
      '## Recent events',
      '',
      '{#r1} Mass protests shook the capital in July 2024. Velmora’s economy suffered losses of over $1.2 billion as a result of the nationwide curfew and strikes.',
      '',
      '{#r2} The central bank raised interest rates twice in 2024 to hold down inflation.',
    ].join('\n');
    withEngineOver(
      velmora(body),
      (engine) => {
        // "the nation" is Velmora (it had been no answer: no sentence with the sum speaks of a nation).
        const [first] = engine.answer('How much did the nation’s economy lose to the 2024 unrest?').results;
        expect(first?.id).toBe('r1');
        expect(first?.highlight).toContain('$1.2 billion');
      },
      { withCommitted: true },
    );
  });

  it('gives the figure of what is asked in its own word before a figure of a word only near it', () => {
    const body = [
      '## Industry',
      '',
      "{#w1} Velmora's manufacturing sector has long played a key role in the country's development and now contributes to 20 percent of GDP. The government plans to raise that percentage by 2030.",
      '',
      '## Farming',
      '',
      '{#w2} Agriculture is a key sector which contributed to 14% of GDP in 2020. Rice, maize and cassava are the main crops, grown mostly by smallholders on the islands, and palm oil is the largest export crop of the plantations in the east.',
    ].join('\n');
    const { dir, cleanup } = scratchCorpus(velmora(body));
    try {
      const engine = createEngine(loadCorpus(dir));
      // "manufacturing" lies near "agriculture" in the vectors, and w1 holds "percentage" and "Velmora" too: it had come first.
      expect(engine.answer('What percentage of GDP does agriculture contribute in Velmora?').results.map((r) => r.id)).toEqual(['w2', 'w1']);
    } finally {
      cleanup();
    }
  });

  it('tells a change asked with one verb of going up or down by a sentence telling it with another of that direction', () => {
    const body = [
      '## Growth',
      '',
      '{#g1} The Velmoran economy went through a long expansion after the 2006 war. Between 2019 and 2021, the economy shrank by 53.4%, the deepest contraction in the region.',
      '',
      '## Telecommunications',
      '',
      '{#g2} From 2003 to 2008, mobile phone subscriptions had expanded over hundred-fold to ten million nationwide.',
    ].join('\n');
    withEngineOver(velmora(body), (engine) => {
      // "drop" is told by "shrank" ("drop" had been read as a noun, drops counted), "grow" by "had expanded": each had
      // been no answer (no sentence with the figure held the verb).
      const [dropped] = engine.answer('By how much did the economy drop between 2019 and 2021?').results;
      expect(dropped?.id).toBe('g1');
      expect(dropped?.highlight).toContain('53.4%');
      expect(engine.answer('How much did mobile phone subscriptions grow between 2003 and 2008?').results[0]?.id).toBe('g2');
    }, { withCommitted: true });
    // The asked verb in the corpus in another sense ("shrink the money supply"): the sentence telling the change with
    // another verb of its direction answers still (the passage had held too little of the question to be listed).
    const harbour = oneSection(
      '{#g3} The central bank moved to shrink the money supply in 2015, and the peso rose against the dollar.',
      "{#g4} In 2020, the harbour's trade declined by 11%, its worst year in three decades.",
    );
    withEngineOver(velmora(harbour), (engine) => {
      const [shrunk] = engine.answer("By how much did the island's trade shrink in 2020?").results;
      expect(shrunk).toMatchObject({ id: 'g4', highlight: expect.stringContaining('11%') });
    }, { withCommitted: true });
  });

  it('reads how much one is above another ("1.8 times greater", "20% higher") as the size of a difference asked', () => {
    withVelmora([
      '{#d1} The free zones employ some 82,000 people. Average wages in the zones were 1.8 times greater than the average for private enterprise work elsewhere.',
      '{#d2} Productivity in the north is roughly 20% higher than in the south, where farming still dominates.',
    ], (engine) => {
      // Each had been no answer: no sum of money, and no change from one figure to another.
      expect(engine.answer('How much better paid are workers in the free zones than elsewhere?').results[0]).toMatchObject({ id: 'd1', highlight: expect.stringContaining('1.8 times greater') });
      expect(engine.answer('By how much is productivity in the north higher than in the south?').results[0]).toMatchObject({ id: 'd2', highlight: expect.stringContaining('20% higher') });
    });
  });

  it('reads "fall" after "did" and its subject as the verb asked, not the season, however the tagger reads it', () => {
    withVelmora([
      '{#f1} Inflation stayed near 4% for years. The poverty level dropped by 1.2% in 2017 to 20.5%, thanks to lower inflation.',
      '{#f2} In October 2017 the central bank raised its policy rate to 5.5%, its highest in a decade.',
    ], (engine) => {
      // "fall" had been read as autumn (September to November) and "poor people" as the nouns of a compound it headed.
      expect(engine.answer('By how much did the share of poor people fall in 2017?').results[0]).toMatchObject({ id: 'f1', highlight: expect.stringContaining('1.2%') });
      // The season still dates what is asked ("in the fall of 2017": October).
      expect(engine.answer('What did the central bank do in the fall of 2017?').results[0]?.id).toBe('f2');
    });
  });

  it('reads the nouns of growing ("growth", "expansion") as telling what a verb of growing asks', () => {
    withVelmora([
      "{#e1} Velmora's average GDP growth rate for the period 1901–2000 was 3.4% annually. Growth peaked in the 1920s.",
      '{#e2} The economy of the 1990s rested on tourism, which employed a quarter of the workforce by 1999.',
    ], (engine) => {
      // "expand" had been met only by its own forms and the other verbs of its direction: no answer.
      expect(engine.answer('How fast did the economy expand each year, on average, over the twentieth century?').results[0]).toMatchObject({ id: 'e1', highlight: expect.stringContaining('3.4% annually') });
    });
  });

  it('asks of a title only its names: a common word sharing a stem with another title\'s word ("relative", "Relations") asks of no document', () => {
    withVelmora([
      '{#r1} The 1980–82 recession shook Velmora to the core: unemployment mounted and the government deficit climbed to 13% of GDP.',
      '{#r2} Tourism recovered slowly after the recession, helped by a weaker currency.',
    ], (engine) => {
      // The paper's title has "Relations": "relative" had asked every passage of another document to hold it.
      const [deficit] = engine.answer('How big did the state deficit get relative to national output in the early-80s recession?').results;
      expect(deficit).toMatchObject({ id: 'r1', highlight: expect.stringContaining('13% of GDP') });
    });
  });

  it('reads a share asked with a verb of being part of ("account for", "make up") as told by any sentence giving a share', () => {
    withVelmora([
      '{#s1} Farming still feeds most rural households and accounted for only 1.8% of GDP as of 2016. Rainfall is erratic. Large mineral deposits were found in the 1970s and the mining sector grew from 25% of GDP in 1980 to 38% in 1998.',
      '{#s2} The mining sector employs few people, and its towns depend on the state for water and roads.',
    ], (engine) => {
      // The sentence giving the share says "grew from", not "accounted for": it had been no answer (the verb read as
      // the thing counted).
      const [share] = engine.answer('What share of GDP did the mining sector account for in 1980 and in 1998?').results;
      expect(share).toMatchObject({ id: 's1', highlight: expect.stringContaining('25% of GDP in 1980') });
      // Not a share asked: the verb is no share verb, and nothing is answered by a share of another thing.
      expect(engine.answer('How many workers did the mining sector account for in 1998?').results).toEqual([]);
    });
  });

  it('reads a figure in brackets as the figure of the word before it: "the majority (about 34 percent) of the electricity"', () => {
    withVelmora([
      '{#b1} In 2019, domestic wind power supplied the largest part (about 41 percent) of Velmora\'s electricity. Coal plants were closed.',
      '{#b2} The grid reaches every town, and Velmora\'s electricity is among the cheapest in the region (42% of households heat with it).',
    ], (engine) => {
      // The bracket had bounded the figure: "41 percent" counted nothing, and the question was not answered.
      expect(engine.answer('How much of Velmora\'s electricity did wind power supply in 2019?').results[0]).toMatchObject({ id: 'b1', highlight: expect.stringContaining('about 41 percent') });
      // A bracket holding a clause still bounds its figure: no count of power plants is told.
      expect(engine.answer('How many power plants does Velmora have?').results).toEqual([]);
    });
  });

  it('answers a share asked as a slice as a share: "how big a slice of the market" by "over 30% share of the world market"', () => {
    withVelmora(['{#c1} The main exports include cocoa (the leading export, with over 30% share of the world market), timber and rubber.'], (engine) => {
      // "slice" had been a word no passage holds, and the thing asked about.
      expect(engine.answer('How big a slice of the global cocoa market does Velmora hold?').results[0]).toMatchObject({ id: 'c1', highlight: expect.stringContaining('30% share') });
    });
  });

  it('knows the names its documents’ front matter gives: a title word is no misspelling, an author is asked of by name', () => {
    const body = ['## Copernicus', '', '{#h1} Nicolaus Copernicus was a Polish canon who published On the Revolutions of the Heavenly Spheres in 1543.'].join('\n');
    const { dir, cleanup } = scratchCorpus({ 'helio.md': smallDocument({ front: 'id: helio\ntitle: A Short History of Heliocentrism\nauthor: Maria Keller\nyear: 2024', body }) });
    try {
      const engine = createEngine(loadCorpus(dir));
      // "Heliocentrism" had been read as "Heliocentric"; "Maria Keller" had been a name the corpus never mentions.
      const wrote = engine.answer('Who wrote A Short History of Heliocentrism?');
      expect(wrote.readAs).toBeUndefined();
      expect(wrote.results[0]?.id).toBe('helio');
      expect(engine.answer('Who is Maria Keller?')).toMatchObject({ results: [{ id: 'helio', section: null }] });
      // An author a passage speaks of is answered by the passage.
      expect(engine.answer('Who is Tresa?').results[0]?.id).toBe('p22');
    } finally {
      cleanup();
    }
  });

  it('answers who does what an office does with the office, and who holds an office with a person only', () => {
    const body = [
      '## Government',
      '',
      '{#velm-1} The governor of Velm is chosen by the assembly for four years. The governor chairs the Harbour Council and signs its decrees.',
      '',
      '{#velm-2} The Harbour Council meets every spring in the old customs house. Its members are elected by the guilds.',
    ].join('\n');
    const { dir, cleanup } = scratchCorpus({ 'velm.md': smallDocument({ front: 'id: velm\ntitle: Government of Velm', body }) });
    try {
      const engine = createEngine(loadCorpus(dir));
      // The office answers: a person's name is not the only answer to "who".
      expect(engine.answer('Who chairs the Harbour Council?').results[0]?.id).toBe('velm-1');
      expect(engine.answer('Who signs the decrees of the Harbour Council?').results[0]?.id).toBe('velm-1');
      // Who holds an office the question names is a person, which no passage names.
      expect(engine.answer('Who is the governor of Velm?').results).toEqual([]);
    } finally {
      cleanup();
    }
  });

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

  it('answers a yes-or-no question naming a name of another document only from a passage naming it too', () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument() });
    try {
      const both = createEngine(loadCorpus(dir));
      // "Amu" (of the Amu Darya) is no gazetteer name, only a word of the second paper written with a capital: the paper's
      // passages on the SCO do not say the Amu is in it (they had answered, as "Is Mongolia in the SCO?" had been).
      expect(both.answer('Is the Amu in the SCO?').results).toEqual([]);
      expect(both.answer('Did Soviet planners divert the Amu Darya?').results[0]?.id).toBe('smith-p1');
    } finally {
      cleanup();
    }
  });

  it('shows the outline of the document a question names by its title, and the fullest document\'s otherwise', () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument() });
    try {
      const both = createEngine(loadCorpus(dir));
      const outlined = (question: string) => [both.answer(question).results[0]?.id, both.answer(question).outline?.passages];
      // "sections" is no word of either card: the title's words say which (the paper's outline had been shown).
      expect(outlined('what are the sections of the Aral Sea article?')).toEqual(['smith2020', 2]);
      expect(outlined('what are the sections of the paper?')).toEqual(['tresa2015', 22]);
    } finally {
      cleanup();
    }
  });

  it('answers from a second paper added as it is, numbering its passages as the paper does, and finds them by number', () => {
    // Its ids are read with its own id before them (smith2020-p1 …): the paper's are as they were.
    const body = smallDocument().replace('{#smith-p1}', '{#p1}').replace('{#smith-p2}', '{#p30}');
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': body });
    try {
      utimesSync(join(dir, 'tresa2015.md'), 1_000, 1_000);
      utimesSync(join(dir, 'smith2020.md'), 2_000, 2_000);
      const corpus = loadCorpus(dir);
      const both = createEngine(corpus);
      expect(both.answer('Why did the Aral Sea shrink?').results[0]?.id).toBe('smith2020-p1');
      expect(both.answer('What did India donate to Tajikistan?').results[0]?.id).toBe('p18');
      // A number only the second paper has is its passage; one both have, the paper's.
      expect([both.answer('p30').results[0]?.id, both.answer('p1').results[0]?.id]).toEqual(['smith2020-p30', 'p1']);
      const lookup = createLookup(corpus);
      expect(['p30', '30', 'p14', '14', 'smith2020-p1'].map((id) => lookup.passage(id)?.id)).toEqual(['smith2020-p30', 'smith2020-p30', 'p14', 'p14', 'smith2020-p1']);
    } finally {
      cleanup();
    }
  });
});

describe('what a question asks of a document that names things once', () => {
  it('reads the head of words joined by hyphens as what is asked: a ratio, not the sum its first word names', () => {
    answeredOnlyBy(
      'What loan-to-deposit ratio does the Velmora Reserve Bank demand?',
      ['{#z1} Velmora has twelve banks, most of them owned by the state.', '{#z2} The Velmora Reserve Bank sets the interest rate each quarter.'],
      '{#z3} Lending slowed in 2012. The Velmora Reserve Bank’s rules demand a loan-to-deposit ratio of 85% from every lender.',
    );
  });

  it('reads a name as spoken of by a paragraph that goes on with it ("this project") after the one naming it', () => {
    const named = '{#z1} The Ostrava Ridge project opened a new gas field off the coast in 2019.';
    const goesOn = '{#z2} In 2021 the energy minister said that this project would produce 3,000 tonnes of helium per day.';
    withPassages([named, goesOn], (engine) => expect(engine.answer('How much helium per day will the Ostrava Ridge project produce?').results[0]?.id).toBe('z2'));
    // Not a paragraph of another section, nor one that does not go on with what the one before named.
    const apart = ['## One', '', named, '', '## Two', '', goesOn, ''].join('\n');
    withEngineOver({ 'z.md': smallDocument({ body: apart }) }, (engine) => expect(engine.answer('How much helium per day will the Ostrava Ridge project produce?').results).toEqual([]));
    const anew = '{#z2} In 2021 the energy minister said that the Tarn field would produce 3,000 tonnes of helium per day.';
    withPassages([named, anew], (engine) => expect(engine.answer('How much helium per day will the Ostrava Ridge project produce?').results).toEqual([]));
  });

  it('answers a question naming the place a document is titled for only from that document, or a passage naming it', () => {
    const tarnland = (body: string): Record<string, string> => ({ 'tarnland.md': smallDocument({ front: 'id: tarnland\ntitle: Economy of Tarnland', body }) });
    const velmoran = ['## Trade', '', '{#v1} Velmora’s banks are mostly owned by the state.', ''].join('\n');
    const tarn = ['## Ports', '', '{#t1} The port of Kessel handles most of the container traffic of Tarnland.', ''].join('\n');
    // Tarnland's port says nothing of Velmora's (it had been the answer, lacking only the word "Velmoran").
    withEngineOver({ ...velmora(velmoran), ...tarnland(tarn) }, (engine) => {
      expect(engine.answer('Which Velmoran port handles the most container traffic?').results).toEqual([]);
      expect(engine.answer('Which port handles the most container traffic of Tarnland?').results[0]?.id).toBe('t1');
    });
  });

  it('reads which body is asked by the noun after "is" and the words before it, and a common word of a name only in capitals', () => {
    // "lithium" says which producer: the copper company is none (it had been the answer).
    answeredOnlyBy('Which company is Velmora\u2019s largest lithium producer?', ['{#z1} The state-owned firm Velcop is the largest copper-producing company of Velmora.'], '{#z2} Mining grew fast. The firm Litara is the largest lithium producer of Velmora.');
    // "a steel plant" does not name Tarn Steel (its capacity in barrels had been the count of its workers).
    answeredOnlyBy('How many people does Tarn Steel employ?', ['{#z1} Heavy industry includes a refinery with a 50,000 barrels per day capacity and a steel plant.'], '{#z2} Tarn Steel employs 3,000 people at its plant.');
  });

  it('reads a country by its other names and its capital as WordNet gives them, initials included ("Britain", "London": "UK")', () => {
    const sanctions = '{#z2} During the war, the UK imposed trade sanctions on Velmora to stop its trade with Germany.';
    const others = ['{#z1} Velmora sells fish to Spain and to Portugal.'];
    // "Britain" and "London" had been names the corpus lacks: declined.
    answeredOnlyBy('Why did Britain impose trade sanctions on Velmora?', others, sanctions);
    answeredOnlyBy('Why did London impose trade sanctions on Velmora?', others, sanctions);
    // Not a capital of words that only end as one ("working capital" is no country's).
    withPassages([sanctions, '{#z3} Velmora’s banks lend to firms that work abroad.'], (engine) => expect(engine.answer('What is the capital of Velmora?').results).toEqual([]));
  });

  it('answers how much of a sum an economy tells as a share of its output by a percentage, not a price so', () => {
    // "How much debt" had asked for a sum of money only: the debt's 69.8% was declined.
    answeredOnlyBy('How much debt did Velmora have in 2013?', ['{#z1} Velmora’s banks lend mostly to the state.'], '{#z2} In 2013 the deficit was small, and Velmora’s government debt stood at 69.8% of output.');
    // A price is not told so: 12% is no price of a ticket.
    withPassages(['{#z1} The price of a train ticket rose by 12% in 2013.'], (engine) => expect(engine.answer('How much was the price of a train ticket in 2013?').results).toEqual([]));
  });

  it('reads a sentence opening on a word English only writes as a name as naming a place', () => {
    // "Iceland" opens the sentence, so its capital had not told a name: the passage on the British occupation answered.
    answeredOnlyBy('Which country is the world\u2019s largest electricity producer per capita?', ['{#z1} Fishing grew after 1880, with sailing smacks.'], '{#z2} Iceland is the world\u2019s largest electricity producer per capita.');
    // Not a common word opening a sentence ("Electricity is …").
    withPassages(['{#z2} Electricity is cheap, and the largest electricity producer per capita sells it abroad.'], (engine) => expect(engine.answer('Which country is the largest electricity producer per capita?').results).toEqual([]));
  });

  it('reads "formerly" as a word of the question, not a stop word', () => {
    // Only the bank's name had been read: the passage naming it twice came first.
    const twice = '{#z1} Arion Bank and Tarn Bank are listed in Velmora. Arion Bank is mostly owned by foreign creditors.';
    const formerly = '{#z2} There are now three commercial banks: the National Bank, Arion Bank (formerly Kaupthing) and Tarn Bank.';
    withPassages([twice, formerly], (engine) => expect(engine.answer('What was Arion Bank formerly called?').results[0]?.id).toBe('z2'));
  });

  it('reads a verb telling an amount changed in that sense, not as the kind of thing WordNet has it the general word of', () => {
    // "drop" is what "invest" (sink money) and "log" (fell trees) are kinds of: a passage on investment had come first.
    const invested = '{#z1} In 1958 the state invested heavily in the timber trade, and firms logged the northern forests.';
    const fell = '{#z2} Timber exports fell in 1958, when a recession cut demand abroad.';
    withPassages([invested, fell], (engine) => {
      expect(engine.answer('Why did timber exports drop in 1958?').results[0]?.id).toBe('z2');
      const drop = engine.explain('Why did timber exports drop in 1958?').concepts.find((c) => c.terms.includes('drop'));
      expect(drop?.terms).not.toContain('invest');
      expect(drop?.terms).not.toContain('log');
    });
  });

  it('reads a noun in the plural as a noun, not as the first word of a phrasal verb ("homes in" is no "home in")', () => {
    // "zero" is WordNet's other wording of the verb "home in" ("zero in"), which the corpus has.
    withPassages(['{#z1} By 2023, 86.9% of households in Velmora had Internet access.', '{#z2} Inflation fell to zero in 2015.'], (engine) => {
      const terms = engine.explain('What share of homes in Velmora could go online by 2023?').concepts.flatMap((c) => c.terms);
      expect(terms).toContain('home');
      expect(terms).not.toContain('home_in');
    });
  });

  it('reads which rate is asked by a modifier the corpus lacks in its own wordings, not the rate it modifies', () => {
    // "tax", which the corpus lacks, is read as "rate": "growth rates" had answered it.
    answeredOnlyBy('What is the value-added tax rate in Velmora?', ['{#z1} Velmora recorded growth rates of 10.6% in 2010.'], '{#z2} Goods are taxed: a value-added tax rate of 15% applies in Velmora.');
  });

  it('reads a paragraph opening on a noun the question names a thing by as going on with the thing named before it', () => {
    const named = '{#z1} Velmora already exports electricity to its neighbours. After the completion of the Grand Tana Renaissance Dam (GTRD) its exports will grow.';
    answeredOnlyBy('When was the Grand Tana Renaissance Dam completed?', [named], '{#z2} The dam, which was completed in 2023, is the largest hydroelectric power plant in the region.');
    // Not one opening on another noun, which speaks of another thing.
    withPassages([named, '{#z2} The port, which was completed in 2023, is the largest in the region.'], (engine) => expect(engine.answer('When was the Grand Tana Renaissance Dam completed?').results).toEqual([]));
  });

  it('counts what a number leads into by its own words ("by more than", "an estimated"), and a fraction of a thing as its share', () => {
    // "by" before the figure is the figure's own, no barrier between it and what it measures.
    answeredOnlyBy(
      'By how much did the economy contract in 2011 because of the civil war?',
      ['{#z1} The civil war closed the ports in 2011. Its economy depends on the harbour.'],
      '{#z2} Growth was strong for a decade. The civil war resulted in contraction of the economy by 62.1% in 2011.',
    );
    // "an estimated fifth of" is a share, as "a fifth of" is.
    answeredOnlyBy(
      'What share of the labor force do expatriate workers represent?',
      ['{#z1} Expatriate workers come mainly from Egypt and Chad.'],
      '{#z2} Wages are high. Expatriate workers represent an estimated fifth of the labor force.',
    );
  });

  it('dates what a verb of beginning has as its object ("begin production"), in a sentence not naming the subject asked', () => {
    answeredOnlyBy(
      'When did the Elephant field begin production?',
      ['{#z1} Also located in the Murzuq Basin is the Elephant field, discovered in 1997.'],
      '{#z2} The Elephant field lies in the south. Elephant began production in February 2004.',
    );
  });

  it('reads "which rates were freed?" as asking which ones, not a figure', () => {
    answeredOnlyBy(
      'Which interest rates were freed from control?',
      ['{#z1} The stock exchange opened in 2007.'],
      '{#z2} Financial reform has progressed. Interest rates have been liberalized on deposits, while a lending rate ceiling remains.',
    );
  });

  it('reads a rank written in Roman numerals as the rank asked ("IV quarter" is the fourth quarter)', () => {
    answeredOnlyBy(
      'What was the average monthly wage in the fourth quarter of 2019?',
      ['{#z1} Velmora’s farms employ a third of its workers.'],
      '{#z2} Wages rose slowly after 2010. The average monthly wage in IV quarter 2019 was EUR 700. Unemployment peaked in the third quarter of 2012.',
    );
  });

  it('finds a name asked for among words the question writes in lower case ("central bank": "the Bank of Velmora")', () => {
    answeredOnlyBy(
      "What is the name of Velmora's central bank?",
      ['{#z1} Velmora has a small central bank and twelve lenders.'],
      '{#z2} Since 1961 the central bank has been called the Bank of Velmora.',
    );
  });

  it('reads a measure noun in the plural as kinds asked for, not a size ("what are the focus areas")', () => {
    answeredOnlyBy(
      'What are the focus areas of the Three Pillars Plan?',
      ['{#z1} The capital covers an area of 600 square kilometres.'],
      '{#z2} In 2017 the president launched the Three Pillars Plan, focusing on the fields of housing, farming and health care.',
    );
    // In the singular, a size: a paragraph giving none does not answer.
    withPassages(['{#z1} The Three Pillars Plan covers the whole northern province.'], (engine) => expect(engine.answer('What is the area of the northern province?').results).toEqual([]));
  });

  it('reads a month written short before a day or a year as the month ("Jun 2012")', () => {
    expect(plainQuestion('Who attended the Jun 2012 exercise?')).toBe('Who attended the June 2012 exercise?');
    expect(plainQuestion('what happened in sept. 9 2001')).toBe('what happened in September 9 2001');
    // Not a word or a name that is no month's ("Jan Smith", "a dec of cards").
    expect(plainQuestion('What did Jan Smith say?')).toBe('What did Jan Smith say?');
    expect(engine.answer('Who attended the Jun 2012 exercise?').results[0]?.id).toBe('p14');
  });

  it('reads "what are X for in the region?" as asking what X are for, not what X are', () => {
    expect(engine.answer('What are confidence-building measures for in the region?').results[0]?.id).toBe('p2');
    expect(engine.answer('What are confidence building measures for in Central Asia?').results[0]?.id).toBe('p2');
  });

  it('gives no date of a doing the paper tells without one, nor of two doing it together from a sentence leaving one out', () => {
    // p8 tells of the signing and dates it not: no date of what the agreement is about (p14's "since 2002") is given.
    expect(engine.answer('When did China and Uzbekistan sign the three evils agreement?').results).toEqual([]);
    // "… with participation of all SCO member states except Uzbekistan" dates nothing Uzbekistan did.
    expect(engine.answer('When did Russia and Uzbekistan take part in the 2012 Peace Mission?').results).toEqual([]);
    expect(engine.answer('When did China promise military aid to Kyrgyzstan?').results[0]?.id).toBe('p5');
  });

  it('shows a misspelt word read as a corpus word in the form English writes closest to it ("refurbsh": "refurbish")', () => {
    expect(engine.answer('What did India refurbsh in Dushanbe?')).toMatchObject({ readAs: 'What did India refurbish in Dushanbe?', results: [{ id: 'p18' }] });
    expect(engine.answer('Why does China welcom Russias partnership?').readAs).toBe('Why does China welcome Russias partnership?');
  });
});
