import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { decodeCustomId, encodeCustomId, passageNamed, questionKey, refersTo } from '../src/discord/custom-id.js';
import { askedOfShownText, choices, commandMentions, presentAbout, presentQuizResult, presentAnswer, presentFeedbackReport, presentFootnote, presentHelp, presentNotCovered, presentPassage, presentReload, presentSearch, type ReplyPayload, withDeleteButton } from '../src/present/discord.js';
import { embedLength, LIMITS, oneLine, truncate } from '../src/present/limits.js';
import { answerToText } from '../src/present/text.js';
import { createEngine } from '../src/search/engine.js';
import { createLookup } from '../src/search/lookup.js';
import type { Answer, Result } from '../src/search/types.js';
import { committedCorpus } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const engine = createEngine(corpus);
const lookup = createLookup(corpus);
const topics = engine.topics();

/** Every limit Discord sets on a message, checked on one payload. */
const labels = (payload: ReplyPayload) => payload.components.flatMap((row) => row.components).map((b) => ('label' in b ? b.label : ''));

function expectWithinLimits(payload: ReplyPayload): void {
  expect((payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(payload.embeds.length).toBeLessThanOrEqual(10);
  expect(payload.embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const embed of payload.embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      expect(field.value.length).toBeGreaterThan(0);
    }
  }
  expect(payload.components.length).toBeLessThanOrEqual(LIMITS.actionRows);
  for (const row of payload.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components) {
      if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      if ('label' in button) expect((button.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
  expect(payload.allowedMentions.parse).toEqual([]);
}

const huge = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const longResult: Result = {
  id: 'p-long',
  document: 'D'.repeat(400),
  section: 'S'.repeat(400),
  text: `${huge(2500)} *markdown* __under__ @everyone`,
  highlight: huge(600),
  score: 1,
  citations: Array.from({ length: 30 }, (_, i) => ({ marker: `${i + 1}`, text: huge(300) })),
};

describe('truncate', () => {
  it('cuts on a word boundary with an ellipsis, never mid-word when a boundary is near', () => {
    expect(truncate('the quick brown fox', 12)).toBe('the quick…');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('Discord payloads', () => {
  it('fit every limit for the longest passages, questions, sections and citations', () => {
    const answer: Answer = { question: `why ${huge(1500)}`, entities: [], results: [longResult, longResult, longResult] };
    for (const view of [{ page: 0, ephemeral: true }, { page: 2, ephemeral: false, mentionUserId: '123456789012345678', offerThread: true }, { page: 1, ephemeral: false, postedBy: '123456789012345678', offerThread: true }]) {
      expectWithinLimits(presentAnswer(answer, topics, view));
      expectWithinLimits(withDeleteButton(presentAnswer(answer, topics, view), '123456789012345678'));
    }
    expectWithinLimits(withDeleteButton(presentSearch(huge(2000), { answer, listed: Array.from({ length: 10 }, () => longResult), more: 12 }, topics), '123456789012345678'));
    expectWithinLimits(withDeleteButton(presentPassage(longResult), '123456789012345678'));
    expectWithinLimits(presentNotCovered(Array.from({ length: 50 }, () => huge(100))));
    const ref = lookup.footnotes()[0]!;
    expectWithinLimits(presentFootnote({ ...ref, footnote: { marker: 'i', text: huge(3000) }, citedBy: Array.from({ length: 40 }, () => corpus.passages[0]!) }));
    const url = `https://example.org/${'a'.repeat(1500)}`;
    const mention = commandMentions(new Map([['ask', '123456789012345678'], ['quiz', '223456789012345678']]));
    expectWithinLimits(presentAbout({ documents: Array.from({ length: 12 }, () => ({ title: huge(100), author: huge(100), publisher: null, series: null, number: null, year: 2015, url, sections: Array.from({ length: 60 }, () => huge(20)), passages: 9, footnotes: 9 })) }, mention));
    expectWithinLimits(presentHelp({ mention, botHere: true, answerMentions: true, answerChannels: Array.from({ length: 200 }, () => '123456789012345678'), sources: Array.from({ length: 20 }, () => ({ title: huge(200), url })) }));
    const many = Array.from({ length: 500 }, (_, i) => ({ question: huge(400), count: i, passageId: `p${i}`, down: i, up: 1 }));
    expectWithinLimits(presentFeedbackReport({ unanswered: many, disliked: many, up: 3, down: 1, upShare: 0.75 }));
    const ids = Array.from({ length: 5000 }, (_, i) => `passage-${i}`);
    const changes = { documentsAdded: [huge(300)], documentsRemoved: [huge(300)], frontMatterChanged: [huge(300)], passagesAdded: ids, passagesRemoved: ids, passagesChanged: ids, footnotesChanged: 9, namesOrWordsChanged: true, documents: 2, passages: 9, footnotes: 9 };
    expectWithinLimits(presentReload({ kind: 'reloaded', changes }));
    expectWithinLimits(presentReload({ kind: 'refused', reason: huge(5000) }));
  });

  it('fit every limit for every passage of the corpus', () => {
    for (const passage of corpus.passages) {
      const result = engine.present(passage);
      expectWithinLimits(presentPassage(result));
      expectWithinLimits(presentAnswer({ question: 'q', entities: [], results: [result] }, topics, { page: 0, ephemeral: true }));
    }
  });

  it('ping nobody but the user named, whatever the question holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '```', '**', '\u200b'), (text, hazard) => {
        const question = `${hazard} ${text} ${hazard} why does Uzbekistan skip SCO exercises?`;
        const payload = presentAnswer(engine.answer(question), topics, { page: 0, ephemeral: false });
        expectWithinLimits(payload);
        expect(payload.content ?? '').not.toContain(hazard === '@everyone' || hazard === '@here' ? hazard : '\u0000');
        const answer = engine.answer(question);
        const mention = presentAnswer(answer, topics, { page: 0, ephemeral: false, mentionUserId: '42424242424242424' });
        // A question the paper does not answer gets a private notice that names nobody.
        expect(mention.allowedMentions).toEqual(answer.results.length > 0 ? { parse: [], users: ['42424242424242424'] } : { parse: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('say "tell me more" of an answer with unseen pages is answered by its More passages, of one passage that it is all', () => {
    const mention = commandMentions(new Map());
    const several = engine.answer('What is RATS?');
    expect(several.results.length).toBeGreaterThan(1);
    expect(askedOfShownText('all shown', several, mention)).toMatch(new RegExp(`^The answer above has ${several.results.length} passages that answer it: \\*\\*More passages\\*\\* under it shows the others\\.`));
    const one = { ...several, results: several.results.slice(0, 1) };
    expect(askedOfShownText('all shown', one, mention)).toMatch(/^That is all the paper has on it: the answer above has every passage/);
    // Asked for in other words: the paper's own words are all there is, and where they are.
    expect(askedOfShownText('in other words', one, mention)).toMatch(/^I can only show what the paper says, in its own words; .* The answer above is `p16`: “China responded/);
    // Asked whether it is so: what the paper says, where, and on whose word.
    expect(askedOfShownText('checked', one, mention)).toMatch(/^I only report what the paper says; .* The paper says so in `p16`: “China responded[^”]*” It cites footnote \[ix\] for it/);
    // Asked whether it still holds: the paper tells what held when it was written.
    expect(askedOfShownText('checked', { ...one, question: 'is that still true today?' }, mention, 2015)).toMatch(/^The paper tells what held when it was written, in 2015; it can't say whether that is still so\. What it says, in `p16`: “China responded/);
    // "why?" of an answer all shown: the reason its sentence gives, or that the paper gives none.
    const refused = engine.answer('What did Uzbekistan refuse?');
    expect(askedOfShownText('all shown', { ...refused, question: 'why?' }, mention)).toMatch(/^`p14` gives the reason, in the passage above: “[^”]*because it fears domination/);
    expect(askedOfShownText('all shown', { ...one, question: 'so why?' }, mention)).toBe('The paper gives no reason for it beyond the passages above.');
  });

  it('quote in a quiz’s result the sentence the question was made of, not the passage’s first', () => {
    const p18 = engine.present(engine.corpus.passages.find((p) => p.id === 'p18')!);
    const sentence = 'These relations originate from 1990.';
    expect(p18.text).toContain(sentence);
    expect(p18.text.startsWith(sentence)).toBe(false);
    expect(presentQuizResult(true, '1990', p18, false, sentence).embeds[0]!.description).toMatch(/^> These relations originate from 1990\.\n/);
    // A sentence the passage does not hold quotes its first.
    expect(presentQuizResult(true, '1990', p18, false, 'Not in it.').embeds[0]!.description).toMatch(/^> India’s relation with Tajikistan/);
  });

  it('say a private answer points nobody to it, and ping nobody, when a member is mentioned', () => {
    const answer = engine.answer('What is RATS?');
    const payload = presentAnswer(answer, topics, { page: 0, ephemeral: true, mentionUserId: '42424242424242424' });
    expect(payload.content).toBe('Only you can see this answer, so it does not point <@42424242424242424> to it: post it to the channel, then mention them.');
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.ephemeral).toBe(true);
  });

  it('write a mass mention the question held as none where the reply reads the question back', () => {
    // Found by the property above: a word the speller reads otherwise ("LuAn" as "Yuan") shows the question as read.
    const answer = engine.answer('@everyone LuAn @here why does Uzbekistan skip SCO exercises?');
    expect(answer.readAs).toContain('@everyone');
    const content = presentAnswer(answer, topics, { page: 0, ephemeral: false }).content ?? '';
    expect(content).toContain('Read as');
    expect(content).not.toMatch(/@everyone|@here/);
  });

  it('carry the question key and the passage in button ids that survive a round trip and fit in 100 characters', () => {
    const key = questionKey('why does Uzbekistan skip SCO exercises?');
    expect(questionKey('why does  Uzbekistan\nskip SCO exercises? ')).toBe(key);
    const vote = encodeCustomId({ kind: 'answer', action: 'up', key, passage: 'p14' });
    expect(decodeCustomId(vote)).toEqual({ kind: 'answer', action: 'up', key, passage: 'p14' });
    const longId = `passage-${'x'.repeat(120)}`;
    const long = encodeCustomId({ kind: 'answer', action: 'thread', key, passage: longId });
    expect(long.length).toBeLessThanOrEqual(100);
    const ref = decodeCustomId(long) as { passage: string };
    expect(refersTo(ref.passage, longId)).toBe(true);
    expect(passageNamed(ref.passage, [{ id: 'p1' }, { id: longId }])).toBe(longId);
    expect(passageNamed(ref.passage, [{ id: 'p1' }])).toBeUndefined();
    expect(decodeCustomId(encodeCustomId({ kind: 'quiz', questionId: 'AbCdEfGhIj_', option: 2 }))).toEqual({ kind: 'quiz', questionId: 'AbCdEfGhIj_', option: 2 });
    expect(decodeCustomId(encodeCustomId({ kind: 'forget', confirm: true }))).toEqual({ kind: 'forget', confirm: true });
    for (const bad of ['answer:more:short:p1', 'ask:more:0123456789:2', 'answer:up:0123456789:~short', 'totally-unknown', 'quiz:short:1']) expect(decodeCustomId(bad)).toBeNull();
  });

  it('name in every answer button the passage it is about: the shown one, or for "More passages" the next', () => {
    const answer = engine.answer('Which exercises did China hold with Kazakhstan?');
    const ids = presentAnswer(answer, topics, { page: 0, ephemeral: true }).components!.flatMap((row) => row.components).map((b) => decodeCustomId((b as { custom_id: string }).custom_id) as { action: string; passage: string });
    expect(ids.map((id) => [id.action, id.passage])).toEqual([
      ['more', answer.results[1]!.id],
      ['up', answer.results[0]!.id],
      ['down', answer.results[0]!.id],
      ['post', answer.results[0]!.id],
    ]);
  });

  it('say which question of a line the answer leaves out, above the passages, in the terminal and on Discord', () => {
    const answer = engine.answer('how much did china give kyrgyzstan in 2004 and what did putin think');
    expect(answerToText(answer, topics)).toMatch(/^The paper doesn't answer “what did putin think” \(it never mentions Putin\)\. On the rest:\n\n1\. \[p5\]/);
    // Questions past the most a line is answered for are named, to be asked again.
    const many = engine.answer('What is RATS? What is TAPI? What is SCO? What are the three evils? What are CARs? What is Osh?');
    expect(answerToText(many, topics)).toMatch(/^I answer the first 4 questions of a line: ask “What are CARs” and the one after it\sagain\. On the rest:\n\n1\. \[p16\]/);
    expect(presentAnswer(many, topics, { page: 0, ephemeral: false }).content).toMatch(/I answer the first 4 questions of a line: ask “What are CARs” and the one after it again\./);
    // Written by a person, the question is quoted as typed, its markdown shown as it was, its mentions pinging nobody.
    const asked = engine.answer('how much did china give kyrgyzstan in 2004 and what did **putin** think <@123>');
    const payload = presentAnswer(asked, topics, { page: 0, ephemeral: false, postedBy: '42' });
    expect(payload.content).toMatch(/^Asked by <@42>\nThe paper doesn't answer “what did \\\*\\\*putin\\\*\\\* think/);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.embeds[0]!.footer!.text).toMatch(/^Passage p5/);
    expectWithinLimits(payload);
    expect(presentAnswer(engine.answer('What is RATS?'), topics, { page: 0, ephemeral: false }).content).toBeUndefined();
  });

  it('say above a first passage that it never mentions a name the question gives, in the terminal and on Discord', () => {
    const answer = engine.answer('Why did China give Turkmenistan 16 million dollars?');
    expect(answerToText(answer, topics)).toMatch(/^Note: p5 never mentions Turkmenistan\.\n\n1\. \[p5\]/);
    expect(presentAnswer(answer, topics, { page: 0, ephemeral: false }).content).toBe('Note: `p5` never mentions Turkmenistan.');
    // Said of the first passage only: not on the page of another.
    const two = { ...answer, results: [answer.results[0]!, engine.answer('What is RATS?').results[0]!] };
    expect(presentAnswer(two, topics, { page: 1, ephemeral: false }).content).toBeUndefined();
  });

  it('show how the paper is made under its card, in the terminal and on Discord', () => {
    const answer = engine.answer('How many footnotes are there?');
    expect(answerToText(answer, topics)).toMatch(/7 sections: Introduction; China’s Military Ties with Central Asian States;[^]*About the author\. 22 passages, 11 footnotes \(i–xi\)\.$/);
    const fields = presentAnswer(answer, topics, { page: 0, ephemeral: false }).embeds![0]!.fields!;
    expect(fields.at(-1)).toMatchObject({ name: 'Outline', value: expect.stringMatching(/^7 sections: Introduction;.* 22 passages, 11 footnotes \(i–xi\)\.$/) });
  });

  it('show a passage that is all answer once, not quoted above itself: one asked for by id, a footnote’s, the document card', () => {
    for (const question of ['p14', 'what does footnote 3 say?', 'who wrote this paper?']) {
      const answer = engine.answer(question);
      const result = answer.results[0]!;
      expect(result.highlight, question).toBe(result.text);
      const description = presentAnswer(answer, topics, { page: 0, ephemeral: false }).embeds[0]!.description!;
      expect(description, question).not.toMatch(/^> /);
      expect(description.split(result.text.slice(0, 60)), question).toHaveLength(2);
    }
    // An answer whose sentence is part of the passage still quotes it above the passage.
    expect(presentAnswer(engine.answer('What is RATS?'), topics, { page: 0, ephemeral: false }).embeds[0]!.description).toMatch(/^> China responded[^\n]*\n\nChina responded/);
  });

  it('print the first answer in full, and each after it by its highlight, with how to read it whole', () => {
    const answer = engine.answer('What is RATS?');
    const [first, second] = answerToText(answer, topics).split(/\n\n─+\n\n/);
    expect(first).toMatch(/^1\. \[p16\] [^\n]*\n  » China responded[^]*\n\n  China responded[^]*Sources:\n    \[ix\] Dmitry Gorenburg/);
    const { id, highlight, text } = answer.results[1]!;
    expect(second).toContain(`[${id}]`);
    expect(second!.replace(/\s+/g, ' ')).toContain(`» ${highlight}`);
    // "with its sources" only of a passage that cites some (p20 cites none).
    expect(answer.results[1]!.citations).toEqual([]);
    expect(second).toContain(`(/passage ${id} shows it whole)`);
    const [, , cited] = answerToText(engine.answer('Why does China want stability in Central Asia?'), topics).split(/\n\n─+\n\n/);
    expect(cited).toContain('(/passage p11 shows it whole, with its sources)');
    // Of one shown whole already (p8 is two sentences), its sources alone.
    const [, whole] = answerToText(engine.answer('Why does Uzbekistan skip SCO exercises?'), topics).split(/\n\n─+\n\n/);
    expect(whole).toContain('(/passage p8 shows its sources)');
    expect(text).not.toBe(highlight);
    expect(second!.replace(/\s+/g, ' ')).not.toContain(text);
    // A passage shown whole already ("summarise the paper") is not pointed to as if it were not.
    const summary = answerToText(engine.answer('summarise the paper'), topics).split(/\n\n─+\n\n/).slice(1);
    expect(summary.length).toBeGreaterThan(0);
    for (const shown of summary) expect(shown).not.toContain('shows it whole');
    // A question of sources writes out the footnotes of every passage listed, not of the first alone (two of three 2013
    // sources had gone unseen: session 55's trial).
    const sources = answerToText(engine.answer('which sources are from 2013?'), topics).split(/\n\n─+\n\n/);
    expect(sources.length).toBeGreaterThan(2);
    for (const [i, shown] of sources.entries()) {
      const result = engine.answer('which sources are from 2013?').results[i]!;
      for (const c of result.citations) expect(shown).toContain(`[${c.marker}] ${c.text.split(/\s+/).slice(0, 3).join(' ')}`);
    }
    expect(sources.join('').match(/\[(?:viii|ix|x)\] /g)).toHaveLength(3);
  });

  it('say how a misspelt question was read, after what the footer must keep', () => {
    const answer = engine.answer('What did India donate to Tajikstan?');
    const footer = presentAnswer(answer, topics, { page: 0, ephemeral: true }).embeds![0]!.footer!.text;
    expect(footer).toMatch(/^Passage p18 · answer 1 of \d+ · .* · read as “What did India donate to Tajikistan\?”$/);
    expect(answerToText(answer, topics)).toMatch(/^\(Read as: What did India donate to Tajikistan\?\)\n/);
    // A long question read otherwise is shown by its start.
    const long = answerToText(engine.answer('Kazakhsatn '.repeat(300)), topics);
    // (Capitalised word after word, it is read in lower case: see `caseless`.)
    expect(long.split('\n')[0]).toMatch(/^\(Read as: Kazakhstan Kazakhstan .{150,200}…\)$/i);
    expect(presentAnswer(engine.answer('What did India donate to Tajikistan?'), topics, { page: 0, ephemeral: true }).embeds![0]!.footer!.text).not.toContain('read as');
    // and when the paper does not cover the question as read
    const unanswered = engine.answer('Who is the president of Tajikstan?');
    expect(unanswered.results).toEqual([]);
    expect(answerToText(unanswered, topics)).toMatch(/^\(Read as: Who is the president of Tajikistan\?\)\n\nThe paper doesn't answer that\. Where it comes nearest:/);
    expect(presentAnswer(unanswered, topics, { page: 0, ephemeral: true }).content).toMatch(/^\(Read as “Who is the president of Tajikistan\?”\.\) The paper doesn't answer that\. Where it comes nearest:/);
  });

  it('say what the paper never mentions when that is why it has no answer, in the console and on Discord', () => {
    const putin = engine.answer("What did Putin think about Beijing's military aid to Bishkek?");
    expect(answerToText(putin, topics)).toMatch(/^The paper never mentions Putin, so it can't answer that\. It covers/);
    expect(presentAnswer(putin, topics, { page: 0, ephemeral: false }).content).toMatch(/^The paper never mentions Putin, so it can't answer that\./);
    // The whole name the unknown word is part of, as the question writes it.
    expect(answerToText(engine.answer('What is the Belt and Road Initiative?'), topics)).toMatch(/^The paper never mentions Belt and Road Initiative, so/);
    const year = engine.answer('What did China promise Kyrgyzstan in 2019?');
    // A year none of the passages on it has, which a footnote may (2014 dates two): nothing on that in it, not "never mentions".
    expect(answerToText(year, topics)).toMatch(/^The paper has nothing on that in 2019, so it can't answer it\./);
    expect(answerToText(engine.answer('Who won the 2014 world cup?'), topics)).not.toMatch(/never mentions 2014/);
    // A passage or footnote asked for that the paper lacks: it has none, not "never mentions paragraph 23".
    for (const [asked, said] of [['what does paragraph 23 say?', 'paragraph 23'], ['p23', 'p23'], ['what does footnote 12 say?', 'footnote 12']]) {
      expect(answerToText(engine.answer(asked!), topics)).toMatch(new RegExp(`^The paper has no ${said}\\.`));
      // and what it has instead, not the topics it covers (a second study-group trial)
      expect(answerToText(engine.answer(asked!), topics)).toBe(`The paper has no ${said}. It has 22 passages and 11 footnotes (i–xi).`);
      expect(presentNotCovered(topics, engine.answer(asked!)).content).toBe(`The paper has no ${said}. It has 22 passages and 11 footnotes (i–xi).`);
    }
    expect(presentNotCovered(topics, { missing: ['footnote 12'] }).content).toMatch(/^The paper has no footnote 12\./);
    // Words from a question are escaped like any text of the user's; several are listed as a person would.
    expect(presentNotCovered(topics, { missing: ['*Putin*', 'Karimov', '2019'] }).content).toMatch(/^The paper never mentions \\\*Putin\\\* and Karimov, and has nothing on that in 2019, so/);
    // A gazetteer name written carelessly ("usa") is no name the paper never mentions.
    expect(answerToText(engine.answer('Tell me about China, Russia, usa, India and the SCO in Central Asia'), topics)).not.toMatch(/never mentions/);
    // so is one with nothing else to search by
    expect(answerToText(engine.answer('What did Putin say?'), topics)).toMatch(/^The paper never mentions Putin, so/);
    // With nothing it never mentions, the reply is the plain one.
    expect(answerToText(engine.answer('what is the weather like today?'), topics)).toMatch(/^The paper doesn't cover that\./);
  });

  it('show an unanswered question the passages where the paper comes nearest to it, as where to look, not as the answer', () => {
    // The paper gives no size of Kyrgyzstan's forces; it does say what China gave them.
    const soldiers = engine.answer("How many soldiers serve in Kyrgyzstan's armed forces?");
    expect(soldiers.results).toEqual([]);
    expect(soldiers.nearest?.length).toBeGreaterThan(0);
    expect(soldiers.nearest!.length).toBeLessThanOrEqual(3);
    expect(soldiers.nearest![0]!.text).toContain('Kyrgyzstan');
    // A date asked of what a passage speaks of but never dates: that passage is where the paper comes nearest.
    const withdrawn = engine.answer('When did NATO withdraw from Afghanistan?');
    expect([withdrawn.results, withdrawn.nearest?.[0]?.id]).toEqual([[], 'p11']);
    const first = soldiers.nearest![0]!;
    const text = answerToText(soldiers, topics);
    expect(text.split('\n')[0]).toBe("The paper doesn't answer that. Where it comes nearest:");
    expect(text).toContain(`[${first.id}] ${first.section}`);
    expect(text).toContain(`/passage ${first.id} shows one whole.`);
    expect(text).not.toContain('It covers, among other things');
    const reply = presentAnswer(soldiers, topics, { page: 0, ephemeral: false });
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds).toEqual([]);
    expect(reply.content).toMatch(/^The paper doesn't answer that\. Where it comes nearest:\n`p\d+` \*\*/);
    expect(reply.content).toContain(`/passage id:${first.id} shows one whole.`);
    // Nothing is near a question on something the paper never mentions, on nothing it names, or on small talk.
    expect(engine.answer("What did Putin think about Beijing's military aid to Bishkek?").nearest).toBeUndefined();
    expect(engine.answer('how do vaccines work?').nearest).toBeUndefined();
    expect(engine.answer('see you all tomorrow at the game').nearest).toBeUndefined();
    // A passage's words are the corpus's, escaped and cut like any, within Discord's limits.
    const marked: Result = { ...first, id: 'p1', section: '**bold** '.repeat(40), highlight: '_x_ '.repeat(400) };
    const many = presentNotCovered(topics, { nearest: [marked, marked, marked], readAs: 'Kyrgyzstan '.repeat(100) });
    expectWithinLimits(many);
    expect(many.content).not.toMatch(/(?<!\\)\*\*bold/);
  });

  it('answer small talk and questions in another language with what the bot can be asked, not with what the paper lacks', () => {
    for (const line of ['hi everyone', 'great job team', 'when?', 'Bonjour', 'gracias', 'sup bot', 'merci beaucoup', 'help', '/help', 'are you a robot?', "you're useless", 'sorry', "what's your name?", 'who made you?', 'what can you do?', 'i dont get it', "I don't understand", 'huh?', 'Is this the right channel?', 'wrong server lol', 'is this the right chat?']) {
      const answer = engine.answer(line);
      expect(answer, line).toMatchObject({ results: [], unasked: 'chat' });
      expect(answerToText(answer, topics), line).toBe('Ask me something about the paper, for example: why does Uzbekistan skip SCO exercises?');
    }
    // Thanks and goodbyes are answered as such (they had been told to ask something).
    for (const line of ['thanks!', 'ok thx', 'thank u so much bro 🙏']) expect(answerToText(engine.answer(line), topics), line).toBe("You're welcome! Ask me anything else about the paper.");
    for (const line of ['bye', 'ok bye everyone']) expect(answerToText(engine.answer(line), topics), line).toBe('Bye! Come back with any question about the paper.');
    expect(presentNotCovered(topics, engine.answer('thanks!')).content).toBe("You're welcome! Ask me anything else about the paper.");
    for (const line of ["Perché l'Uzbekistan non partecipa?", '¿Por qué Uzbekistán no participa en los ejercicios de la OCS?', 'Warum nimmt Usbekistan nicht an den Übungen teil?', 'Warum nimmt Usbekistan nicht an den SCO-Übungen teil?', 'Kazakhstan mein kitne Uighur rehte hain?', '乌兹别克斯坦为什么不参加演习？', 'Почему Узбекистан не участвует?', 'was ist RATS?', 'Quanti uiguri vivono in Kazakistan?', 'Quantos uigures vivem no Cazaquistão?', "Combien d'Ouïghours vivent au Kazakhstan?", 'Kazakhstan ke baare mein batao', 'Qual é o papel da Rússia na Ásia Central?', "Cos'è il RATS?", 'apa itu RATS?', 'Kazakhstan askeri yardım nedir?']) {
      const answer = engine.answer(line);
      expect(answer, line).toMatchObject({ results: [], unasked: 'foreign' });
      const reply = presentAnswer(answer, topics, { page: 0, ephemeral: false });
      expect(reply.content, line).toMatch(/^I can only read questions in English\. Try, for example: why does Uzbekistan skip SCO exercises\?$/);
      expect(reply.ephemeral).toBe(true);
    }
    // A greeting before a question, and chat spellings of its small words, leave the question as it is.
    for (const line of ['wat is RATS', 'hey bot what is RATS', 'Hey guys, can u tell me abt RATS?', 'whta is RATS']) expect(engine.answer(line).results[0]!.id, line).toBe('p16');
    // A question with its own words is asked, however short, misspelt or out of scope; and only then.
    expect(engine.answer('ok so why does uzbekstan skp the sco exrcises').results[0]!.id).toBe('p14');
    for (const line of ['weather in Bishkek', 'What is the weather in Paris today?', 'why does Uzbekistan skip SCO exercises?']) expect(engine.answer(line).unasked, line).toBeUndefined();
    // Asked of the bot, a question with words of its own is asked of the paper.
    expect(engine.answer('what do you know about RATS?').results[0]!.id).toBe('p16');
  });

  it('offer a discussion thread on a public answer only where the caller says threads work', () => {
    const answer = engine.answer('why does Uzbekistan skip SCO exercises?');
    expect(labels(presentAnswer(answer, topics, { page: 0, ephemeral: false, offerThread: true }))).toContain('Discuss in thread');
    expect(labels(presentAnswer(answer, topics, { page: 0, ephemeral: false }))).not.toContain('Discuss in thread');
    expect(labels(presentAnswer(answer, topics, { page: 0, ephemeral: true, offerThread: true }))).not.toContain('Discuss in thread');
    expect(labels(presentAnswer(answer, topics, { page: 0, ephemeral: false }))).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
  });

  it('add a Delete button naming who asked to public replies only, in the row when it has room', () => {
    const answer = engine.answer('Which exercises did China hold with Kazakhstan?');
    const asker = '123456789012345678';
    const full = withDeleteButton(presentAnswer(answer, topics, { page: 0, ephemeral: false, offerThread: true }), asker);
    expect(full.components).toHaveLength(1);
    expect(labels(full)).toEqual(['More passages (2/' + answer.results.length + ')', 'Helpful', 'Not helpful', 'Discuss in thread', 'Delete']);
    expect(full.components[0]!.components.at(-1)).toMatchObject({ custom_id: `delete:${asker}`, style: 4 });
    expect(decodeCustomId(encodeCustomId({ kind: 'delete', askerId: asker }))).toEqual({ kind: 'delete', askerId: asker });
    expect(decodeCustomId('delete:not-an-id')).toBeNull();
    expect(labels(withDeleteButton(presentSearch('exercises', { answer, listed: answer.results, more: 0 }, topics), asker))).toEqual(['Delete']);
    const privately = presentAnswer(answer, topics, { page: 0, ephemeral: true });
    expect(withDeleteButton(privately, asker)).toBe(privately);
  });

  it('write commands as clickable mentions when their ids are known, in bold otherwise', () => {
    const mention = commandMentions(new Map([['ask', '123456789012345678'], ['quiz', '223456789012345678']]));
    expect(mention('ask')).toBe('</ask:123456789012345678>');
    expect(mention('quiz start')).toBe('</quiz start:223456789012345678>');
    expect(mention('cite')).toBe('**/cite**');
    const help = presentHelp({ mention, botHere: false, answerMentions: true, answerChannels: ['323456789012345678'], sources: [{ title: 'The Paper', url: 'https://example.org/paper' }] }).embeds[0]!.description!;
    expect(help).toContain('</ask:123456789012345678> `question`');
    expect(help).toContain('I am not a member of this server');
    expect(help).not.toContain('<#323456789012345678>');
    expect(help).toContain('[The Paper](https://example.org/paper)');
  });

  it('put a text on one line: every run of whitespace one space, none at either end', () => {
    const piece = fc.constantFrom('a', 'Tajikistan', '’', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (text) => {
      expect(oneLine(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }));
  });

  it('limit autocomplete to 25 distinct choices of at most 100 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `${i} ${huge(80)}`, value: `${i}-${'v'.repeat(150)}` }));
    const out = choices([...many, ...many]);
    expect(out).toHaveLength(25);
    expect(out.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(new Set(out.map((c) => c.value)).size).toBe(25);
  });

  it('cut a long suggestion’s value, which /ask sends as the question, on a word boundary as its name is', () => {
    const sentence = 'China and Uzbekistan, in accordance with Shanghai Cooperation Organisation [SCO], signed the China-Uzbekistan agreement on co-operation on combating the “three evils”.';
    const [choice] = choices([{ name: sentence, value: sentence }]);
    expect(choice!.value).toBe('China and Uzbekistan, in accordance with Shanghai Cooperation Organisation [SCO], signed the…');
    expect(choice!.value).toBe(choice!.name);
  });
});

describe('a request for the sources', () => {
  it('lists every footnote under the card, on the console and on Discord, within Discord’s limits', () => {
    const answer = engine.answer('list all the sources');
    const text = answerToText(answer, topics);
    expect(text).toMatch(/\nSources:\n {2}\[i\] Morris Rossabi[\s\S]*\n {2}\[xi\] Alexander sodique/);
    const reply = presentAnswer(answer, topics, { page: 0, ephemeral: false });
    expectWithinLimits(reply);
    expect(reply.embeds[1]!.title).toBe('Sources');
    expect(reply.embeds[1]!.description!.split('\n')).toHaveLength(11);
    // A document with more footnotes than fit: as many as fit, and how to see the rest.
    const many = { ...answer, sources: Array.from({ length: 60 }, (_, i) => ({ marker: String(i + 1), text: 'A long title of a cited work, '.repeat(8) })) };
    const crowded = presentAnswer(many, topics, { page: 0, ephemeral: false });
    expectWithinLimits(crowded);
    expect(crowded.embeds[1]!.description).toMatch(/…and \d+ more: \/cite shows each\.$/);
  });
});
