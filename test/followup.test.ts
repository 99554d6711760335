import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/search/engine.js';
import { answerFollowUp, asksOfShown, asksOn, firstTurn, type Turn } from '../src/search/followup.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

const engine = createEngine(loadCorpus(committedCorpus));

/** Runs a conversation, turn by turn, as a thread would (over the committed corpus, or another engine's). */
function converse(questions: string[], over = engine) {
  const turns: Turn[] = [];
  return questions.map((question) => {
    const result = answerFollowUp(over, question, turns);
    turns.push(result.turn);
    return result;
  });
}

describe('follow-up questions', () => {
  it('read a pronoun of a question joined on to one asking on its own as of that one, not of the turn before', () => {
    // Session 60's trial: "they" had brought back the Kyrgyzstan of the question before, and "The first bilateral
    // exercise was held in 2002 with Kyrgyzstan" was the answer; a pronoun of the line's first question still refers back.
    const [, joined] = converse(['How much did China promise Kyrgyzstan?', 'Who runs the joint drills on the Kazakh border, and what else do they team up against?']);
    expect(joined!.answer.results.map((r) => r.highlight).join(' ')).not.toMatch(/Kyrgyzstan/);
    expect(converse(['What did China give Kazakhstan?', 'and why did they do it?'])[1]!.answer.results[0]?.id).toBe('p9');
  });

  it('read a turn to a footnote marker alone after a footnote asked of as that footnote, a letter alone too', () => {
    // Session 53's second trial: "and v?" had been read as small talk, where "and iv?" was footnote iv.
    const [, v, vi, seven] = converse(['what about footnote iv?', 'and v?', 'and vi?', 'and 7?']);
    expect([v, vi, seven].map((f) => [f!.answer.results[0]?.id, f!.answer.results[0]?.citations.map((c) => c.marker)])).toEqual([
      ['p9', ['v']],
      ['p10', ['vi']],
      ['p11', ['vii']],
    ]);
    // Not after a discussion of something else, where a letter alone asks nothing.
    expect(converse(['What did China pledge to Kyrgyzstan in 2004?', 'and v?'])[1]!.answer.results).toEqual([]);
  });

  it('read "the next footnote" and "the previous footnote" after a footnote asked of as the one after or before it', () => {
    // Session 54's trial: "what does the next footnote say?" after footnote v had shown the paper's card and every source.
    const [, cites, next, back] = converse(['What does footnote v say?', 'which paragraph cites it?', 'what does the next footnote say?', 'and the previous footnote?']);
    expect(cites!.answer.results[0]?.id).toBe('p9');
    expect([next, back].map((f) => [f!.effective, f!.answer.results[0]?.citations.map((c) => c.marker)])).toEqual([
      ['footnote vi', ['vi']],
      ['footnote v', ['v']],
    ]);
    // Past the last footnote: the one after it by number, which the answer says the paper lacks.
    const [, after] = converse(['What does footnote xi say?', 'what does the next footnote say?']);
    expect([after!.answer.results, after!.answer.missing]).toEqual([[], ['footnote 12']]);
    // "the next one?" after a footnote asked for by its number or marker is the footnote after it (it had read on to
    // the paragraph after the one shown: session 54's second trial); after anything else, still the next paragraph.
    expect(converse(['footnote 4', 'the next one?'])[1]!.effective).toBe('footnote v');
    expect(converse(['What does footnote iv say?', 'and the previous?'])[1]!.effective).toBe('footnote iii');
    expect(converse(['Why does Uzbekistan skip SCO exercises?', 'the next one?'])[1]!.effective).not.toMatch(/^footnote /);
    // Not after a discussion of no footnote.
    expect(converse(['Why does Uzbekistan skip SCO exercises?', 'what does the next footnote say?'])[1]!.effective).not.toMatch(/^footnote /);
  });

  it('read a turn to a name "there" as that name in the place the discussion is about, not the name alone', () => {
    // Session 53's trial: "what about Russia there?" after "tell me about Kyrgyzstan" had been read as "Russia" (p7).
    const [, russia] = converse(['tell me about Kyrgyzstan', 'what about Russia there?']);
    expect(russia!.turn.entities.map((e) => e.canonical)).toEqual(['Kyrgyzstan', 'Russia']);
    expect(russia!.answer.results[0]).toMatchObject({ id: 'p5', highlight: expect.stringMatching(/Kyrgyzstan seems to move closer to Russia/) });
  });

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

  it('replace, of two names of the kind, the one the new name is clearly nearest in the word vectors, else the last', () => {
    // Kyrgyzstan is a neighbour of Tajikistan's (0.88), not of Russia's (0.53): Kyrgyzstan relies on Russia (p5).
    const [, kyrgyzstan] = converse(['Why does Tajikistan rely on Russia?', 'what about Kyrgyzstan?']);
    expect(kyrgyzstan!.turn.entities.map((e) => e.canonical)).toEqual(['Kyrgyzstan', 'Russia']);
    expect(kyrgyzstan!.answer.results[0]!.id).toBe('p5');
    // India gave to Tajikistan: Kazakhstan is nearer Tajikistan, the last named, as before.
    const [, kazakhstan] = converse(['What did India donate to Tajikistan?', 'what about Kazakhstan?']);
    expect(kazakhstan!.turn.entities.map((e) => e.canonical)).toEqual(['India', 'Kazakhstan']);
  });

  it('check "was it China?" against the answer shown: the same answer, noting where its passage never names China', () => {
    const [given, china, india] = converse(['who gave tajikistan helicopters', 'or was it china?', 'was it india?']);
    expect(given!.answer.results[0]!.highlight).toMatch(/^In addition to that India donated Tajikistan with two Mi-8 helicopters/);
    expect(china!.answer.results[0]!.id).toBe(given!.answer.results[0]!.id);
    expect(china!.answer.unmentioned).toEqual(['China']);
    expect(india!.answer.results[0]!.id).toBe(given!.answer.results[0]!.id);
    expect(india!.answer.unmentioned).toBeUndefined();
  });

  it('note only a name the passage put first never mentions, not one the passage the engine chose lacked', () => {
    // Of the question the thread makes, the engine puts p9 first (Kazakhstan's), which never mentions Uzbekistan; the
    // thread shows p8, naming Uzbekistan, which it turned to: no note.
    const [, uzbekistan] = converse(['What does China supply to Kazakhstan?', 'what about Uzbekistan?']);
    expect(uzbekistan!.answer.results[0]!.text).toMatch(/Uzbekistan/);
    expect(uzbekistan!.answer.unmentioned).toBeUndefined();
    // p6 names Turkmenistan, which the thread turned to, not Russia, which it still asks of.
    const [, , turkmenistan] = converse(['Why does Tajikistan rely on Russia?', 'what about Kyrgyzstan?', 'and Turkmenistan?']);
    expect(turkmenistan!.answer.results[0]!.text).toMatch(/Turkmenistan/);
    expect(turkmenistan!.answer.unmentioned).toEqual(['Russia']);
  });

  it('read "it" after a question naming only a people as the one other name its answer gave', () => {
    const question = 'how many uighurs';
    const answer = engine.answer(question);
    expect(answer.results[0]!.highlight).toMatch(/Uighurs reside in western Kazakhstan/);
    const given = answerFollowUp(engine, 'what has china given it', [firstTurn(engine, question, answer)]);
    expect(given.effective).toMatch(/Kazakhstan/);
    expect(given.answer.results[0]!.text).toMatch(/Kazakhstan/);
  });

  it('turn to a capital as to its country: "what about Astana?" is answered by the passages naming Kazakhstan', () => {
    const [, astana, ashgabat, both] = converse(['what military help does Beijing give Bishkek?', 'what about Astana?', 'and Ashgabat?', 'what about New Delhi and Dushanbe?']);
    // Each had been "The paper doesn't cover that": its answers had to write the capital's own name.
    expect(astana!.answer.results[0]!.id).toBe('p10');
    expect(ashgabat!.answer.results[0]!.id).toBe('p6');
    expect(both!.answer.results[0]!.id).toBe('p18');
  });

  it('replace as many names of a kind as a follow-up brings', () => {
    const [, two] = converse(['What did China pledge to Kyrgyzstan in 2004?', 'what about India and Kazakhstan?']);
    expect(two!.turn.entities.map((e) => e.canonical).sort()).toEqual(['India', 'Kazakhstan']);
    // The paper says nothing of India and Kazakhstan together: no China-Kazakhstan passage stands for it.
    expect(two!.answer.results).toEqual([]);
    const [, same] = converse(['What did China pledge to Kyrgyzstan in 2004?', 'and what about China and Tajikistan?']);
    expect(same!.turn.entities.map((e) => e.canonical)).toEqual(['China', 'Tajikistan']);
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

  it('ask anew a question of its own that the paper does not answer, not with the discussion’s names and words', () => {
    for (const [before, asked] of [
      ['What is RATS?', "How big is Kazakhstan's army?"],
      ['Why does Uzbekistan skip SCO exercises?', 'When was the SCO founded?'],
      ['Why does Uzbekistan skip SCO exercises?', "What is China's defence budget?"],
      ['What did India donate to Tajikistan?', 'How long is the TAPI pipeline?'],
      // Nor one naming nothing the paper has, with a word it never has (each had been answered with the passage
      // before it again: a study group's trial).
      ['what is the tapi pipeline', 'what does modi think'],
      ['what is the tapi pipeline', 'tell me a joke'],
      ['what about nato', 'asdfghjkl'],
      ['what about nato', 'what is the csto'],
    ] as const) {
      const [, followed] = converse([before, asked]);
      expect(followed!.answer.results, `${before} → ${asked}`).toEqual([]);
    }
    // A line of its own that the paper does answer is answered as asked alone.
    const [, answered] = converse(['What is RATS?', 'What did India donate to Tajikistan?']);
    expect(answered!.answer.results[0]!.id).toBe('p18');
    // …whatever the discussion was about: its names and words do not pull the answer to their passages.
    for (const [before, asked] of [
      ['why does Uzbekistan skip SCO exercises?', 'what is RATS?'],
      ['What is the paper about?', 'what are the three evils?'],
    ] as const) {
      const [, followed] = converse([before, asked]);
      expect(followed!.answer.results[0]?.id, `${before} → ${asked}`).toBe(engine.answer(asked).results[0]?.id);
      expect(followed!.answer.results[0]?.highlight, `${before} → ${asked}`).toBe(engine.answer(asked).results[0]?.highlight);
    }
  });

  it('answer alone what does not follow on, small talk, a passage id, a question about the paper, and keep the discussion’s context', () => {
    const [, kazakhstan, thanks, id, author, spanish, when, source] = converse([
      'What did China pledge to Kyrgyzstan in 2004?',
      'what about Kazakhstan?',
      'thanks!',
      'p14',
      'who wrote the paper?',
      '¿Por qué Uzbekistán no participa en los ejercicios de la OCS?',
      'and when was that?',
      'source?',
    ]);
    expect(thanks!.answer).toMatchObject({ question: 'thanks!', results: [], unasked: 'chat' });
    // So is what is said of an answer (it had been read on from the answer before: p16 again).
    for (const said of ["thanks, that's helpful", 'ur answer was wrong', 'this bot sucks', 'bad bot']) {
      expect(converse(['What is RATS?', said])[1]!.answer, said).toMatchObject({ results: [], unasked: 'chat' });
    }
    expect(id!.answer.results.map((r) => r.id)).toEqual(['p14']);
    // A place picked after a paragraph asked for by its place is that paragraph ("and the second?" had been refused,
    // "and the last one?" the paragraph before: a second study-group trial).
    const [, second, last, third] = converse(['what does the first paragraph say?', 'and the second?', 'and the last one?', 'what about the third?']);
    expect([second, last, third].map((t) => t!.answer.results[0]?.id)).toEqual(['p2', 'p21', 'p3']);
    // So is a paragraph named by its place after another ("and the first paragraph?" had been read as turning to a
    // name: p14's "The first bilateral exercise…"; session 52's trial).
    const [, first, fourth] = converse(['what does the last paragraph say?', 'and the first paragraph?', 'ok what about the 4th paragraph']);
    expect([first, fourth].map((t) => t!.answer.results[0]?.id)).toEqual(['p1', 'p4']);
    // A line turning to another passage by its id asks for that one (it had been "The paper doesn't cover that").
    const [, six, seven] = converse(['what does paragraph 5 say', 'and paragraph 6?', 'what about p7?']);
    expect([six!.answer.results.map((r) => r.id), seven!.answer.results.map((r) => r.id)]).toEqual([['p6'], ['p7']]);
    expect(author!.answer.results[0]!.id).toBe('tresa2015');
    expect(spanish!.answer.unasked).toBe('foreign');
    for (const alone of [thanks, id, author, spanish]) expect(alone!.turn).toEqual({ ...kazakhstan!.turn, question: alone!.turn.question });
    // The discussion is still about China and Kazakhstan.
    expect(when!.turn.entities.map((e) => e.canonical)).toEqual(['China', 'Kazakhstan']);
    expect(when!.answer.results[0]!.id).toBe(kazakhstan!.answer.results[0]!.id);
    // "source?" asks for the sources of that answer, not the paper's card.
    expect(source!.answer.results[0]!.id).toBe(kazakhstan!.answer.results[0]!.id);
  });

  it('ask a line that only turns to a name with the question word before it; where that finds nothing, say so, with what the paper says of the name as nearest', () => {
    const [, kyrgyzstan, tajikistan, when] = converse(['When did China and Kazakhstan start military exchanges?', 'and with Kyrgyzstan?', 'what about Tajikistan?', 'and when?']);
    expect([kyrgyzstan!.answer.results[0]?.id, kyrgyzstan!.answer.results[0]?.highlight]).toEqual(['p14', expect.stringMatching(/first bilateral exercise was held in 2002 with Kyrgyzstan/)]);
    // The paper dates no "start" of China's exchanges with Tajikistan: not answered (it had been answered with what the
    // paper says of them, as if that dated a start); what it says of them is where it comes nearest.
    expect(tajikistan!.answer.results).toEqual([]);
    expect(tajikistan!.answer.nearest?.[0]?.highlight).toMatch(/^In 2006 China conducted military exercises with both Tajikistan/);
    expect(when!.answer.results).toEqual([]);
    // Nor is a sum: the paper gives China's aid to Kyrgyzstan, none to Tajikistan (p7, on the powers around it, had been
    // shown as the answer).
    const [aid, none] = converse(['How much military aid did China give Kyrgyzstan?', 'what about Tajikistan?']);
    expect(aid!.answer.results[0]?.id).toBe('p5');
    expect(none!.answer.results).toEqual([]);
    expect(none!.answer.nearest?.length).toBeGreaterThan(0);
  });

  it('ask a line picking one of the things out ("what about the most recent one?") of those things, not of its words alone', () => {
    const [, , recent] = converse(['Where was the first multilateral exercise held?', 'and when?', 'what about the most recent one?']);
    expect(recent!.turn.topic).toEqual(expect.arrayContaining(['multilateral', 'exercise', 'recent']));
    expect([recent!.answer.results[0]?.id, recent!.answer.results[0]?.highlight]).toEqual(['p14', expect.stringMatching(/^The most recent multilateral exercise took place in Tajikistan/)]);
  });

  it('read a line turning to another name after a passage asked for by its id with the names of its opening sentence', () => {
    // p9 opens on China and Kazakhstan: "what about Kyrgyzstan?" asks of China and Kyrgyzstan (p5), not of every word
    // of p9 with Kyrgyzstan, which no passage met.
    const [, kyrgyzstan] = converse(['p9', 'what about Kyrgyzstan?']);
    expect(kyrgyzstan!.answer.results[0]?.id).toBe('p5');
  });

  it('give no date of a doing the paper tells without one: "when?" after what China and Uzbekistan signed', () => {
    // p8 tells of the signing and dates it not; p14's June 2012 exercise, which a word near "sign" let speak of it, is no answer.
    const [signed, when] = converse(['what did China and Uzbekistan sign?', 'when?']);
    expect(signed!.answer.results[0]?.id).toBe('p8');
    expect(when!.answer.results).toEqual([]);
  });

  it('read "it" of a line whose words are the discussion’s as the thing they name, not the name "it" stood for', () => {
    const [, which] = converse(['Where was the SCO anti-drug meeting in 2015?', 'which meeting was it?']);
    expect(which!.answer.results[0]?.id).toBe('p21');
  });

  it('answer "why?" of a sentence shown again first by the passage’s sentence giving its reason, whatever is listed after it', () => {
    const [, why] = converse(["What does China think of Russia's role in Central Asia?", 'why?']);
    expect([why!.answer.results[0]?.id, why!.answer.results[0]?.highlight]).toEqual(['p21', expect.stringMatching(/for this reason it welcomes Russia’s partnership/)]);
  });

  it('add what a line referring back brings to what the discussion is about, rather than turn to it', () => {
    // "it" is Uzbekistan: China joins the names in play, and the passage on Uzbekistan's fears still answers.
    const [, scared] = converse(['why does uzbekistan not take part in SCO exercises?', 'is it scared of china?']);
    expect(scared!.turn.entities.map((e) => e.canonical)).toEqual(expect.arrayContaining(['Uzbekistan', 'China']));
    expect(scared!.answer.results[0]?.id).toBe('p14');
    // "that" is China's military modernisation: the passage saying it will endanger regional security is among the answers.
    const [, bad] = converse(['what does the author think about china military modernisation?', 'is that bad?']);
    expect(bad!.answer.results.slice(0, 3).map((r) => r.id)).toContain('p21');
  });

  it('ask a line with "it" or "they" as written, the pronoun replaced by the name it stands for', () => {
    // "how many" stays a count, which the paper does not give; the next line is about RATS, not about staff.
    const [, staff, created, does] = converse(['What is RATS?', 'how many staff does it have?', 'when was it created?', 'what does it do?']);
    expect(staff!.effective).toBe('how many staff does RATS have?');
    expect(staff!.answer.results).toEqual([]);
    expect(created!.effective).toBe('when was RATS created?');
    expect(created!.answer.results[0]!.id).toBe('p16');
    expect(created!.answer.results[0]!.highlight).toMatch(/2004/);
    expect(does!.effective).toBe('what does RATS do?');
    expect(does!.answer.results[0]!.id).toBe('p16');
    // "they" for two names; "it" for one of two is left to the discussion's words.
    const [, they] = converse(['What did China promise Kyrgyzstan?', 'why did they agree on it?']);
    expect(they!.effective).toBe('why did China and Kyrgyzstan agree on it?');
    const [, it] = converse(['What did China promise Kyrgyzstan?', 'when did it do that?']);
    expect(it!.effective).not.toMatch(/China's|Kyrgyzstan's|China and/);
    // "it" is what the line does not name itself, and stays what it stood for: the SCO, not India, in the third line.
    const [, belong, drugs] = converse(['what is the SCO?', 'does India belong to it?', 'what does it do about drugs?']);
    expect(belong!.effective).toBe('does India belong to SCO?');
    expect(drugs!.effective).toBe('what does SCO do about drugs?');
    expect(drugs!.answer.results[0]!.id).toBe('p16');
    // After a turn to one name, "it" is that name; a name the line gives itself is never what "it" stands for.
    const [, , started] = converse(['What did China pledge to Kyrgyzstan?', 'what about Kazakhstan?', 'when did it start exercises with China?']);
    expect(started!.effective).toBe('when did Kazakhstan start exercises with China?');
    expect(started!.answer.results[0]!.id).toBe('p10');
    // A name a line asked about as its object is not what "it" stands for next: "it" is Uzbekistan or China here, not the SCO.
    const [, , , closer] = converse(['What is the China-Uzbekistan relationship like?', 'what agreement did they sign?', 'why does it avoid SCO drills?', 'has it tried to get closer to China recently?']);
    expect(closer!.effective).not.toMatch(/\bSCO tried\b/);
    expect(closer!.answer.results.slice(0, 3).map((r) => r.id)).toContain('p11');
  });

  it('never read "it" as a people the discussion names ("did it work?" after the Mongols built a navy asks of the navy)', () => {
    const [, worked] = converse(['why did the mongols build a navy?', 'did it work?']);
    expect(worked!.effective).not.toMatch(/\bMongols work\b/);
    expect(worked!.answer.results[0]!.id).toBe('p1');
    // "they" still stands for them.
    const [, they] = converse(['where do the uighurs live?', 'why do they live there?']);
    expect(they!.effective).toMatch(/uighurs/i);
  });

  it('show the paragraph after or before the one shown, moving with each, and say so at the edge of the paper', () => {
    const [, next, before, previous] = converse(['p5', 'what does the next paragraph say?', 'and the one before?', 'previous paragraph']);
    expect([next!.asks, next!.answer.results.map((r) => r.id)]).toEqual(['question', ['p6']]);
    expect(before!.answer.results.map((r) => r.id)).toEqual(['p5']);
    expect(previous!.answer.results.map((r) => r.id)).toEqual(['p4']);
    expect(converse(['What is RATS?', 'next paragraph'])[1]!.answer.results.map((r) => r.id)).toEqual(['p17']);
    expect(converse(['p22', 'next paragraph'])[1]!.asks).toBe('last paragraph');
    expect(converse(['p1', 'the one before'])[1]!.asks).toBe('first paragraph');
    // Only a line that asks for no more than that: a question of its own is asked.
    expect(asksOn(engine, 'what does the next paragraph say about India?')).toBe(false);
  });

  it('ask "why?" and "when was that?" after a passage asked for by its id of what that passage says', () => {
    // They had nothing to ask of after "p5", and were taken for small talk.
    const [, why, when] = converse(['/passage p5', 'why?', 'when was that?']);
    expect(why!.answer.results[0]?.id).toBe('p5');
    expect([when!.answer.results[0]?.id, when!.answer.results[0]?.highlight]).toEqual(['p5', expect.stringMatching(/^In 2004 China promised/)]);
  });

  it('read "it" after a line speaking of a thing of its own as that thing, not the name "it" stood for before', () => {
    // "where was it?" had been asked as "where was Uzbekistan?", and answered with the China-Uzbekistan agreement.
    const [, , drill, where] = converse(["why doesn't uzbekistan join in?", "why doesn't it join the sco drills?", 'when did the last big drill happen?', 'where was it?']);
    expect(drill!.answer.results[0]?.id).toBe('p14');
    expect(where!.answer.results[0]?.id).toBe('p14');
    expect(where!.effective).not.toMatch(/^where was Uzbekistan/);
  });

  it('keep the topic for a line of adverbs only ("where exactly?")', () => {
    const [, where] = converse(['how many uighurs live in kazakhstan?', 'where exactly?']);
    // Its topic had become "exactly", and the Uighur separatists' passage came first.
    expect(where!.turn.topic).toEqual(['live']);
    expect(where!.answer.results[0]?.id).toBe('p9');
  });

  it('show for "tell me more" the passages not on the screen, never the answer before again', () => {
    // After "when was it set up?" (p16) and its source, more on RATS is p20, then nothing further.
    const [first, , , more, again] = converse(['What is RATS?', 'when was it set up?', 'source?', 'tell me more', 'tell me more']);
    expect(first!.answer.results.map((r) => r.id)).toEqual(['p16', 'p20']);
    expect([more!.asks, more!.answer.results.map((r) => r.id)]).toEqual(['question', ['p20']]);
    expect([again!.asks, again!.answer.results.map((r) => r.id)]).toEqual(['all shown', ['p20']]);
    // The three evils' first answer had been shown again after "who fights them?", two of its passages on the screen.
    const [evils, fights, further] = converse(['What are the three evils?', 'who fights them?', 'tell me more']);
    const shown = new Set(fights!.answer.results.map((r) => r.id));
    expect(further!.answer.results.map((r) => r.id)).not.toEqual(evils!.answer.results.map((r) => r.id));
    expect(further!.asks === 'all shown' || further!.answer.results.every((r) => !shown.has(r.id))).toBe(true);
  });

  it('page for "tell me more" only passages naming a name the discussion speaks of, but the title’s', () => {
    // Xinjiang, not China (every passage of the paper is about China): p6 on Turkmenistan's drug routes had come next.
    const [, more] = converse(['why does China care about Xinjiang?', 'tell me more']);
    expect(more!.asks === 'all shown' || more!.answer.results.every((r) => /Xinjiang/.test(r.text))).toBe(true);
  });

  it('read on for "tell me more" of a passage asked for by its id, a sentence further each time', () => {
    const [, more, again] = converse(['p14', 'tell me more', 'tell me more']);
    expect([more!.asks, more!.answer.results[0]?.id, more!.answer.results[0]?.highlight]).toEqual(['question', 'p15', expect.stringMatching(/^Earlier, SCO had not/)]);
    expect([again!.answer.results[0]?.id, again!.answer.results[0]?.highlight]).toEqual(['p15', expect.stringMatching(/^However, after the September 11/)]);
  });

  it('say a name the paper never mentions as the follow-up names it, with its capitals, and keep the discussion where it was', () => {
    const [, mongolia, korea, kazakhstan] = converse(['what about tajikistan?', 'what about mongolia?', 'What about North Korea?', 'what about kazakhstan?']);
    expect(mongolia!.answer).toMatchObject({ results: [], missing: ['Mongolia'] });
    expect(korea!.answer).toMatchObject({ results: [], missing: ['North Korea'] });
    expect(korea!.turn.entities).toEqual(mongolia!.turn.entities);
    // A line turning to something the paper has no word of, though no name the analyzer knows ("japan" in lower case),
    // says so; not the answer before it again, read with the discussion's words. One the paper has in other words
    // ("drills", its "exercises") is read with the discussion.
    const [tapi, japan, drills] = converse(['What is TAPI?', 'what about japan?', 'what about drills?']);
    expect(tapi!.answer.results[0]!.id).toBe('p17');
    expect(japan!.answer).toMatchObject({ results: [], missing: ['Japan'] });
    expect(drills!.answer.results.length).toBeGreaterThan(0);
    expect(kazakhstan!.answer.results[0]!.text).toMatch(/Kazakhstan/);
  });

  it('say what a follow-up asks of the answer shown before it: more where every passage is shown, or its sources', () => {
    const asked = (questions: string[]) => converse(questions).map((r) => [r.asks, r.answer.results.map((p) => p.id).join()]);
    // Every passage that answers is shown already: asking for more shows the passages matching it less closely, a few
    // at a time, then says nothing is left, and stays so ("go on" is not about going).
    const paged = asked(['Why does Uzbekistan skip SCO exercises?', 'tell me more', 'go on', 'anything else?', 'more']);
    expect(paged[0]).toEqual(['question', 'p14,p8']);
    const further = paged.slice(1, 3).flatMap(([, ids]) => ids!.split(','));
    expect(paged.slice(1, 3).map(([asks]) => asks)).toEqual(['question', 'question']);
    expect(new Set([...further, 'p14', 'p8']).size).toBe(further.length + 2);
    expect(further.length).toBeGreaterThan(3);
    expect(paged.slice(3).map(([asks]) => asks)).toEqual(['all shown', 'all shown']);
    // Turned to a name, more is more of that name, as its answer was.
    const [, , , kazakhMore] = converse(['How much military aid did China promise Kyrgyzstan?', 'and when was that?', 'what about Kazakhstan?', 'tell me more']);
    for (const r of kazakhMore!.answer.results) expect(r.text).toMatch(/Kazakh/);
    // A one-word question's answer is only its best passages: "more" shows others naming it.
    const [china, more] = asked(['china', 'more']);
    expect(more![0]).toBe('question');
    expect(more![1]!.split(',').some((id) => china![1]!.split(',').includes(id))).toBe(false);
    // "source?" and its kin are about the answer shown: its passages, first p14, which cites none.
    for (const source of ['source?', 'which outlet?', 'who wrote that?', 'footnotes?', 'which footnote is that from?', 'cite that', 'what footnote?', 'sauce?', 'sauce pls', 'which footnote says that?', 'what source backs this up?', 'which source says so?']) expect(asked(['Why does Uzbekistan skip SCO exercises?', source])[1], source).toEqual(['sources', 'p14,p8']);
    // "which footnote says that?" had been read as asking for every source, the card first (session 55's trial).
    // A footnote a line names by what it says is still asked of the whole paper.
    expect(asked(['which footnote says China supplied Kazakhstan?'])[0]![0]).toBe('question');
    // "who wrote this?" asks who wrote the paper, not the source of the claim shown.
    const [, wrote] = converse(['What did India donate to Tajikistan?', 'who wrote this?']);
    expect([wrote!.asks, wrote!.answer.results[0]?.id]).toEqual(['question', 'tresa2015']);
    const [, kazakhstan, source, when] = converse(['What did China pledge to Kyrgyzstan in 2004?', 'what about Kazakhstan?', 'where is that from?', 'and when was that?']);
    expect(source).toMatchObject({ asks: 'sources', answer: { question: 'where is that from?', results: kazakhstan!.answer.results }, turn: { ...kazakhstan!.turn, question: 'where is that from?' } });
    expect(when!.asks).toBe('question');
    // When or where the source shown was published is its footnote's to say, as a thread reads it (the line had been
    // answered with the paper's card); a line after that asking anew turns from the sources.
    const [, , published, year, rats] = converse(['What did China pledge to Kyrgyzstan in 2004?', 'source?', 'when was it published?', 'what year is it from?', 'What is RATS?']);
    for (const line of [published, year]) expect([line!.asks, line!.answer.results[0]?.id, line!.answer.results[0]?.citations.map((c) => c.marker)]).toEqual(['sources', 'p5', ['iii']]);
    expect([rats!.asks, rats!.answer.results[0]?.id, rats!.turn.sourced]).toEqual(['question', 'p16', undefined]);
    // After a footnote asked for by its marker, only that footnote.
    const [, cited] = converse(['What does footnote v say?', 'where was it published?']);
    expect([cited!.asks, cited!.answer.results[0]?.citations.map((c) => c.marker)]).toEqual(['sources', ['v']]);
    // After a question naming a cited work's author, that work's footnote (it had been the paper's card, "2015": a
    // second study-group trial).
    const [, rossabi] = converse(['who is rossabi?', 'when was that published?']);
    expect([rossabi!.asks, rossabi!.answer.results[0]?.citations.map((c) => c.marker)]).toEqual(['sources', ['i']]);
    // After a line no passage answered, of the answer before it.
    const [, , unanswered] = converse(['What did India donate to Tajikistan?', 'when?', 'who wrote that source?']);
    expect([unanswered!.asks, unanswered!.answer.results[0]?.id, unanswered!.answer.results[0]?.citations[0]?.marker]).toEqual(['sources', 'p18', 'xi']);
    // Of the paper's card, its sources are the paper's footnotes.
    const [, paper] = converse(["what's the main argument of this article?", 'what are the sources?']);
    expect([paper!.asks, paper!.answer.results[0]?.id]).toEqual(['sources', 'tresa2015']);
    expect(paper!.answer.sources?.map((c) => c.marker)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi']);
    // "why?" answered by the passages and the sentence shown asks for nothing new either; "when?" answered by the
    // sentence shown is answered by it (the date is in it).
    expect(asked(['Why does Uzbekistan skip SCO exercises?', 'why?'])[1]![0]).toBe('all shown');
    // "why?" of a sentence the passage goes on to explain is answered by the sentence after it; not by one that only
    // follows it ("In 2004 China promised …" after what China gave Kyrgyzstan).
    const [, because] = converse(['What is the key constraint India faces?', 'why?']);
    expect([because!.asks, because!.answer.results[0]?.id, because!.answer.results[0]?.highlight]).toEqual(['question', 'p17', expect.stringMatching(/^Besides the unstable situation in Afghanistan/)]);
    expect(asked(['What did China give Kyrgyzstan?', 'why?'])[1]![0]).toBe('all shown');
    expect(asked(['What did China promise Kyrgyzstan?', 'when?'])[1]).toEqual(['question', 'p5']);
    // "how much money?" asks with its words of amount ("how" alone had asked nothing of a sum).
    const [, money] = converse(['Tell me about China and Kyrgyzstan', 'how much money?']);
    expect([money!.effective, money!.answer.results[0]?.highlight]).toEqual(['how much money China Kyrgyzstan', expect.stringContaining('USD 16 million')]);
    expect(converse(['Tell me about China and Kyrgyzstan', 'what was it for?'])[1]!.effective).toBe('why China Kyrgyzstan');
    // "since when?" asks when, as "when?" does (it had been read as chat).
    const [, since] = converse(['What is RATS?', 'since when?']);
    expect([since!.answer.results[0]?.id, since!.answer.results[0]?.highlight]).toEqual(['p16', expect.stringContaining('2004')]);
    // So does "between when?" (small talk before).
    const [, between] = converse(['How many exercises did China take part in?', 'between when?']);
    expect([between!.answer.results[0]?.id, between!.answer.results[0]?.highlight]).toEqual(['p14', expect.stringContaining('2002-2010')]);
  });

  it('answer "how much?" alone, that the question it makes does not, by the sentence beside the one shown giving a figure', () => {
    const [, kyrgyzstan, much] = converse(['What did India donate to Tajikistan?', 'and kyrgyzstan?', 'how much?']);
    expect(kyrgyzstan!.answer.results[0]?.id).toBe('p5');
    // Asked on, "how much donate India Kyrgyzstan" finds nothing: the sum is in the passage shown, after its highlight.
    expect([much!.answer.results[0]?.id, much!.answer.results[0]?.highlight]).toEqual(['p5', expect.stringContaining('USD 16 million')]);
  });

  it('answer "where does it say that?" and "which paragraph is that?" with the answer shown, its passage and section', () => {
    for (const where of ['where does it say that?', 'which paragraph is that?', 'where is that in the paper?', 'ok which part of the paper is that in?', 'where does the paper say so']) {
      const [shown, said] = converse(['why does uzbekistan skip the sco drills', where]);
      // It had been asked on, and found "The paper doesn't answer that", contradicting the answer above.
      expect([said!.asks, said!.answer.results[0]?.id, said!.answer.results[0]?.highlight], where).toEqual(['question', 'p14', shown!.answer.results[0]!.highlight]);
    }
  });

  it('show who did not do a thing when asked so, and answer "why?" of a sentence giving its cause with that cause', () => {
    const [, not, why] = converse(['Which countries took part in the June 2012 exercise?', 'who didnt take part?', 'why?']);
    // The sentence of those that did not ("China participated in more than 20 …" had been shown).
    expect(not!.answer.results[0]?.highlight).toMatch(/^But Uzbekistan has consistently refused to participate/);
    // Its cause, on the screen already ("why?" had been asked on, and found the Conclusion's "wishes to be part of").
    expect([why!.asks, why!.answer.results[0]?.id, why!.answer.results[0]?.highlight]).toEqual(['all shown', 'p14', expect.stringContaining('because it fears domination')]);
  });

  it('read "they" after a question about things by a plural noun as those things, not the names in play', () => {
    const [, start, travel] = converse(['how do the militants get into China?', 'where do they start from?', 'how do they travel?']);
    expect([start!.effective, start!.answer.results[0]?.id]).toEqual(['where do the militants start from?', 'p4']);
    expect([travel!.effective, travel!.answer.results[0]?.id]).toEqual(['how do the militants travel?', 'p4']);
    // A country asked about by its name is what "they" stands for, as before.
    expect(converse(['why does uzbekistan skip SCO exercises?', 'who are they scared of?'])[1]!.effective).toMatch(/Uzbekistan/);
    // "them" after a line ending on things is those things (it had been left as it was, and p8 found: a study group's trial).
    const [, skipped] = converse(['i think uzbekistan joined all the exercises', 'nope it skipped them']);
    expect([skipped!.effective, skipped!.answer.results[0]?.id]).toEqual(['nope it skipped the exercises', 'p14']);
    // A plural noun without "the" too ("who supports them?" after "What route do militants take into China?" had asked
    // who supports China: session 54's trial).
    const [, supports] = converse(['What route do militants take into China?', 'who supports them?']);
    expect([supports!.effective, supports!.answer.results[0]?.id]).toEqual(['who supports militants?', 'p4']);
  });

  it('read "what was it about?" after a passage as asking of what it tells, and after the paper’s card as asking of the paper', () => {
    const [, about] = converse(['did uzbekistan sign anything with China?', 'what was it about?']);
    expect([about!.asks, about!.answer.results[0]?.id, about!.answer.question]).toEqual(['question', 'p8', 'what was it about?']);
    expect(converse(['who wrote this paper?', 'what is it about?'])[1]!.answer.results[0]?.id).toBe('tresa2015');
  });

  it('read a yes-or-no question of "it" in words too common to ask anything alone as asked of the discussion, not as small talk', () => {
    // "would it help?" alone, and "did it work?", are small talk; after an answer they ask of what it was about.
    expect(engine.answer('would it help?').unasked).toBe('chat');
    const [, help] = converse(["what's TAPI?", 'would it help?']);
    expect([help!.asks, help!.answer.results[0]?.id]).toEqual(['question', 'p17']);
    const [, work] = converse(['What is RATS?', 'did it work?']);
    expect([work!.asks, work!.answer.results[0]?.id]).toEqual(['question', 'p16']);
    // Feedback stays small talk.
    expect(converse(["what's TAPI?", 'that was helpful'])[1]!.answer.unasked).toBe('chat');
  });

  it('tell a line that asks on from one with words of its own', () => {
    for (const line of ['why?', 'and when was that?', 'since when?', 'between when?', 'tell me more', 'go on', 'what else?']) expect(asksOn(engine, line), line).toBe(true);
    for (const line of ['thanks!', 'good night everyone', 'why does Uzbekistan skip SCO exercises?', 'what about Kazakhstan?', 'p14']) expect(asksOn(engine, line), line).toBe(false);
  });

  it('read "she" after the paper’s card, and after what it says of its author, as the author', () => {
    const [card, who, job, country] = converse(['who wrote this paper?', 'who is she?', 'what is her job?', 'why does Uzbekistan skip SCO exercises?']);
    expect(card!.answer.results[0]!.id).toBe('tresa2015');
    // The card is on the screen: "she" is K. Jennie Tresa, of whom the section "About the author" speaks.
    expect(who!.effective).toBe('who is K. Jennie Tresa?');
    expect(who!.answer.results[0]!.id).toBe('p22');
    expect(who!.answer.question).toBe('who is she?');
    expect(job!.effective).toBe("what is K. Jennie Tresa's job?");
    expect(job!.answer.results[0]!.id).toBe('p22');
    // After a passage on Uzbekistan, "he" is no author.
    const [, scared] = converse(['why does Uzbekistan skip SCO exercises?', 'is he scared of Russia?']);
    expect(scared!.effective).not.toMatch(/Tresa/);
    expect(country!.answer.results[0]!.id).toBe('p14');
    // "her sources" are those of what she wrote: the paper's, listed with its card (they had been what it says of her).
    const [, sources] = converse(['who wrote this paper?', 'what are her sources?']);
    expect(sources!.answer.results[0]!.id).toBe('tresa2015');
    expect(sources!.answer.sources?.map((c) => c.marker)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi']);
  });

  it('read "tell me more" after the paper’s card as what the paper says as a whole, and "when?" as its date', () => {
    const [, more] = converse(['who wrote this paper?', 'tell me more']);
    expect(more!.asks).toBe('question');
    expect(more!.answer.results.map((r) => r.id)).toEqual(['p20', 'p21']);
    // The card holds no passage to have shown them all: it is shown again, with the paper's year.
    const [, when] = converse(['who wrote this paper?', 'when?']);
    expect(when!.asks).toBe('question');
    expect(when!.answer.results[0]!.text).toContain('2015');
  });

  it('title each answer with the line asked, whatever it reads on from', () => {
    const lines = ['What is RATS?', 'what happened next?', 'tell me more', 'why?', 'source?'];
    converse(lines).forEach((followed, i) => expect(followed.answer.question).toBe(lines[i]));
  });

  it('answer a question with no earlier turns as it is', () => {
    const [only] = converse(['why does Uzbekistan skip SCO exercises?']);
    expect(only!.effective).toBe('why does Uzbekistan skip SCO exercises?');
    expect(only!.answer.results[0]!.id).toBe('p14');
  });

  it('read on from the sentence shown for "what happened next?", turn after turn, into the next passage at a passage’s end', () => {
    const shown = (questions: string[]) => converse(questions).map((r) => `${r.answer.results[0]?.id}: ${r.answer.results[0]?.highlight.slice(0, 40)}`);
    expect(shown(['When did India sign a defence agreement with Tajikistan?', 'what happened next?', 'and then?'])).toEqual([
      'p18: Security ties between India and Tajikist',
      'p18: In response to that the first Central As',
      'p18: In addition to that India donated Tajiki',
    ]);
    // The last sentence of p18 read on is p19's first: the answer shows p18's last two ("… military base in Dushanbe.
    // The military base has crucial implications …"), the second opening on what the first named.
    const last = converse(['Where is the military base India refurbished?', 'what happened next?', 'what happened next?']);
    expect(last[0]!.answer.results[0]!.highlight).toMatch(/military base in Dushanbe\. The military base has crucial implications/);
    expect(last[1]!.answer.results[0]).toMatchObject({ id: 'p19', highlight: expect.stringMatching(/^Despite increasing close political and economic ties/) });
    expect(last[2]!.answer.results[0]).toMatchObject({ id: 'p19', highlight: expect.stringMatching(/^As India wants to be a strong player/) });
  });

  it('read "how many?" as counting what "they" stood for last, doing what the discussion speaks of', () => {
    const [, , where, many] = converse(['What is the primary goal of China in Central Asia?', 'what about the Uighurs?', 'where do they live?', 'how many?']);
    expect(where!.answer.results[0]?.id).toBe('p9');
    // p9: "An ethnic group of about 180, 000 Uighurs reside in western Kazakhstan"; the names in play before (China,
    // Central Asia) are no part of the count, which had been "not covered".
    expect(many!.answer.results[0]).toMatchObject({ id: 'p9', highlight: expect.stringContaining('180, 000 Uighurs') });
  });

  it('read "what year?" as "when?" of the question before, and alone as asking nothing', () => {
    const [, year] = converse(['What did China promise Kyrgyzstan?', 'which year?']);
    expect(year!.answer.results[0]!.id).toBe('p5');
    expect(year!.turn.topic).toEqual(converse(['What did China promise Kyrgyzstan?'])[0]!.turn.topic);
    expect(engine.answer('what year?')).toMatchObject({ results: [], unasked: 'chat' });
  });

  it('show, for a line turning to a name, a sentence of the passage naming it', () => {
    const [, kazakhstan] = converse(['Why does Uzbekistan refuse SCO exercises?', 'and Kazakhstan?']);
    expect(kazakhstan!.answer.results[0]).toMatchObject({ id: 'p14', highlight: 'The first multilateral exercise was held in 2003 in east Kazakhstan.' });
  });
});

/** `use` given an engine over a scratch corpus of the files given (beside the committed ones, or alone), removed after. */
function withEngineOver<T>(files: Record<string, string>, withCommitted: boolean, use: (over: typeof engine) => T): T {
  const { dir, cleanup } = scratchCorpus(files, { withCommitted });
  try {
    return use(createEngine(loadCorpus(dir)));
  } finally {
    cleanup();
  }
}

/** The ids each line of a conversation is answered with. */
const idsOf = (questions: string[], over: typeof engine): string[][] => converse(questions, over).map((turn) => turn.answer.results.map((r) => r.id));

describe('follow-ups with a second document', () => {
  it('answer "when was it published?" and "who wrote it?" after a passage of one document with that document’s card', () => {
    withEngineOver({ 'smith2020.md': smallDocument() }, true, (both) => {
      const [aral, published, wrote] = idsOf(['Why did the Aral Sea shrink?', 'when was it published?', 'who wrote it?'], both);
      expect(aral![0]).toBe('smith-p1');
      expect(published).toEqual(['smith2020']);
      expect(wrote).toEqual(['smith2020']);
      // Asked of no document in particular, the fullest one's card, as before.
      expect(both.answer('when was the paper published?').results[0]!.id).toBe('tresa2015');
    });
  });

  it('ask a line bringing a year only ("and in 2017?") the same as the line before, of that year', () => {
    const body = [
      '## Prices',
      '',
      '{#z1} Inflation in Zembla was 2.5 percent in 2018, up from 0.9 percent in 2017, after a 2.4 percent fall in 2016. The central bank kept its rate at four percent through the whole period, and food prices rose faster than the prices of fuel and rent.',
      '',
      '{#z2} In 2017 the economy grew by 7.5 percent.',
    ].join('\n');
    withEngineOver({ 'zembla.md': smallDocument({ front: 'id: zembla\ntitle: Zembla', body }) }, false, (zembla) => {
      const [inflation, year] = idsOf(['what was inflation in 2018', 'and in 2017?'], zembla);
      expect(inflation![0]).toBe('z1');
      // It had been asked as "2017" alone, and answered by the passage on growth in 2017.
      expect(year![0]).toBe('z1');
    });
  });
});

describe('a line asked of the answer shown itself', () => {
  it('is that answer, where its sentence names the thing ("is that Russia?")', () => {
    // Asked anew, "is that russia?" had found p7, which names Russia among Tajikistan's neighbours.
    const [, , russia] = converse(['which country refuses to join SCO exercises?', 'what does it fear?', 'is that russia?']);
    expect([russia!.answer.results[0]?.id, russia!.answer.results[0]?.highlight]).toEqual(['p14', expect.stringContaining('particularly Russia')]);
    expect(asksOfShown('is that russia?')).toBe(true);
    // Not whether the answer is right, which is checked otherwise.
    expect(asksOfShown('is that right?')).toBe(false);
  });

  it('is one of its results by its place ("what’s the second result about?"), whole', () => {
    const [rats, second] = converse(['what is RATS?', 'what’s the second result about?']);
    // It had been asked as a question of its own, and found "As a result, most multilateral security activities…".
    expect(second!.answer.results.map((r) => r.id)).toEqual([rats!.answer.results[1]!.id]);
    const [shown, last] = converse(['why does uzbekistan skip sco exercises?', 'show me the last result']);
    expect(last!.answer.results.map((r) => r.id)).toEqual([shown!.answer.results.at(-1)!.id]);
    // Not "the first one", which picks one of the things spoken of, nor "the 2nd paragraph", the paper's p2.
    for (const line of ['and the first one?', 'the 2nd paragraph']) expect(asksOfShown(line), line).toBe(false);
  });

  it('is asked in other words by "summarise it" after a passage, and is the paper’s summary after its card', () => {
    // After a passage, "summarise it" had been the paper's card and conclusion.
    const [, passage] = converse(['why does uzbekistan skip sco exercises?', 'summarise it']);
    expect([passage!.asks, passage!.answer.results[0]?.id]).toEqual(['in other words', 'p14']);
    const [, paper] = converse(['who wrote this paper?', 'summarise it']);
    expect(paper!.answer.results[0]?.id).toBe('tresa2015');
  });
});

describe('a date asked alone', () => {
  it('is the date of the sentence shown, where that sentence gives one', () => {
    // "when?" had found another passage's date: "The first bilateral exercise was held in 2002 with Kyrgyzstan".
    const [, , when] = converse(['What did China give Kyrgyzstan?', 'how much?', 'when?']);
    expect(when!.answer.results[0]!.highlight).toContain('In 2004 China promised USD 16 million');
    // Where the sentence shown gives none, the date is asked of what it says.
    const [, established] = converse(['What is RATS?', 'when?']);
    expect(established!.answer.results[0]!.highlight).toContain('RATS was established in 2004');
  });

  it('is the date beside the sentence shown, of the very thing it names, where asking on finds none', () => {
    // "China responded by establishing … [RATS] of the SCO" shown: "when?" had been "The paper doesn't cover that".
    const [response, when] = converse(['what did china do in response?', 'when?']);
    expect(response!.answer.results[0]?.id).toBe('p16');
    expect([when!.answer.results[0]?.id, when!.answer.results[0]?.highlight]).toEqual(['p16', 'RATS was established in 2004.']);
    // Not a date of another thing beside it: India's gift is not dated by "These relations originate from 1990".
    const [gift, date] = converse(['What did India donate to Tajikistan?', 'when?']);
    expect(date!.answer.results[0]?.highlight ?? '').not.toContain('1990');
    expect(gift!.answer.results[0]?.id).toBe('p18');
  });
});
