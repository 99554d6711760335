import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleReply, consoleTurn } from '../src/cli/commands.js';
import { PROMPT, runConsole } from '../src/cli/console.js';
import type { Turn } from '../src/search/followup.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine } from '../src/search/engine.js';
import { createLookup } from '../src/search/lookup.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const engine = createEngine(corpus);
const lookup = createLookup(corpus);
const reply = (line: string) => consoleReply(line, engine, lookup);

describe('the console', () => {
  it('reads "is that Russia?" as asked of the answer above, where its sentence names Russia', () => {
    let turns = consoleTurn('which country refuses to join SCO exercises?', engine, lookup).turns;
    turns = consoleTurn('what does it fear?', engine, lookup, turns).turns;
    // It had been asked anew, and answered with p7, which names Russia among Tajikistan's neighbours.
    expect(consoleTurn('is that russia?', engine, lookup, turns).reply).toMatch(/^1\. \[p14\][^]*particularly Russia/);
  });

  it('answers "what does the next footnote say?" after a footnote with the next one, and past the last says there is none', () => {
    let turns = consoleTurn('What does footnote v say?', engine, lookup).turns;
    turns = consoleTurn('which paragraph cites it?', engine, lookup, turns).turns;
    expect(consoleTurn('what does the next footnote say?', engine, lookup, turns).reply).toMatch(/^1\. \[p10\][^]*\[vi\]/);
    // It had said the paper does not cover that.
    // After the sources of an answer were shown, the one after (or before) the first of them (the answer had been shown
    // again: session 54's second trial).
    for (const [first, step, marker] of [['Who supports the Uighur separatist movement?', 'the next footnote?', 'iii'], ['tell me about TAPI', 'the previous footnote?', 'ix']] as const) {
      let sourced = consoleTurn(first, engine, lookup).turns;
      sourced = consoleTurn('which footnote?', engine, lookup, sourced).turns;
      expect(consoleTurn(step, engine, lookup, sourced).reply, first).toMatch(new RegExp(`^1\\. \\[p\\d+\\][^]*\\[${marker}\\]`));
    }
    const last = consoleTurn('What does footnote xi say?', engine, lookup).turns;
    expect(consoleTurn('what does the next footnote say?', engine, lookup, last).reply).toMatch(/^The paper has no footnote 12\. It has 22 passages and 11 footnotes \(i–xi\)/);
  });

  it('goes on from the questions of a line it answered, not one it said it leaves out', () => {
    const turns = consoleTurn('how much did china give kyrgyzstan in 2004 and what did putin think', engine, lookup).turns;
    // It had been asked with Putin again, and refused for him.
    expect(consoleTurn('what was it for', engine, lookup, turns).reply).toMatch(/^1\. \[p5\]/);
  });

  it('reads a line that asks on with no word of its own ("why?", "tell me more") as about the question before it', () => {
    const before = 'What did India donate to Tajikistan?';
    expect(consoleReply('when?', engine, lookup, 'What did China promise Kyrgyzstan?')).toMatch(/^1\. \[p5\] China’s Military Ties/);
    // The paper does not date India's gift: a sentence dating another thing of the passage is no answer.
    expect(consoleReply('when?', engine, lookup, before)).toMatch(/^The paper doesn't answer that\. Where it comes nearest:\n\s*\[p18\]/);
    // Asked for more where every passage that answers it is shown already, it shows others matching it less closely
    // rather than print them again; and says so once none is left.
    // (Noting where the first of them never mentions a name asked of: "Note: p5 never mentions India.")
    for (const more of ['tell me more', 'go on', 'anything else?']) expect(consoleReply(more, engine, lookup, before)).toMatch(/^(?:Note: \[?p\d+\]? never mentions \w+\.\n\n)?1\. \[p(?!18\])\d+\]/);
    let turns = consoleTurn(before, engine, lookup).turns;
    const replies = ['more', 'more', 'more', 'more'].map((line) => {
      const turn = consoleTurn(line, engine, lookup, turns);
      turns = turn.turns;
      return turn.reply;
    });
    expect(replies.at(-1)).toMatch(/^That is all the paper has on it/);
    // "source?" asks for the sources of the answer before it.
    for (const source of ['source?', 'what is the source for that?', 'where is that from?', "what's the source", 'reference please', 'who wrote that?', 'which outlet?', 'src?', 'refs', 'who cites that?', 'what is that based on?', 'what does it cite?', 'what sources does that use?', 'whats it cite', 'what it cites', '**source?**', '_source?_', 'who wrote the source for that?']) {
      expect(consoleReply(source, engine, lookup, 'What did China pledge to Kyrgyzstan in 2004?'), source).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    }
    for (const source of ['source?', 'which outlet?', 'what does it cite?']) expect(consoleReply(source, engine, lookup, 'Why does Uzbekistan skip SCO exercises?')).toMatch(/^\[p14\] cites no source of its own: the paper says it without a footnote\./);
    // Another passage's footnote is never given as the first one's source: it is said to be the other's.
    expect(consoleReply('who said that', engine, lookup, 'what about turkmenistan?')).toMatch(/^\[p6\] cites no source of its own: the paper says it without a footnote\.\nThe other passages above cite these, for what they say:\n\[p\d+\] cites:\n {2}\[/);
    // After the paper's card, the paper's own footnotes: not "cites no source of its own".
    const paper = consoleReply('what are the sources?', engine, lookup, "what's the main argument of this article?");
    expect(paper).toMatch(/^\[tresa2015\] cites:\n {2}\[i\] /);
    expect(paper).toMatch(/\n {2}\[xi\] Alexander sodique/);
    // The other passages on the screen are given with theirs: "What does SCO stand for?" shows p8, citing [iv], and p9, citing [v].
    const sources = consoleReply('source?', engine, lookup, 'What does SCO stand for?');
    expect(sources).toMatch(/^\[p8\] cites:\n {2}\[iv\] Sebastien Peyrouse/);
    expect(sources).toMatch(/\n\[p9\] cites:\n {2}\[v\] David Harrison/);
    // With words of its own, a line is its own question.
    expect(consoleReply('why does Uzbekistan skip SCO exercises?', engine, lookup, before)).toMatch(/^1\. \[p14\]/);
  });

  it('reads a conversation as a discussion thread does: "source?" of the answer shown, a name turned to, nothing after "not covered"', () => {
    const talk = (...lines: string[]): string[] => {
      let turns: Turn[] = [];
      return lines.map((line) => {
        const turn = consoleTurn(line, engine, lookup, turns);
        turns = turn.turns;
        return turn.reply;
      });
    };
    // A question the paper does not answer alone is read with the conversation, as a thread reads it: "the money" is
    // the aid just shown; one the paper does not answer either way is still not covered.
    const [, money, population] = talk('What did China promise Kyrgyzstan in 2004?', 'what was the money for?', 'What is the population of Kyrgyzstan?');
    // The sentence it refers back to is shown with it.
    expect(money).toMatch(/^1\. \[p5\][^\n]*\n {2}» In 2004 China promised USD 16 million[\s\S]*The fund was directed/);
    expect(population).toMatch(/^The paper doesn't answer that\. Where it comes nearest:/);
    // "it" doing something with another name the line gives is what the discussion is about: Turkmenistan, not the U.S.
    // (it had been asked alone, and answered with India's passage).
    expect(talk('tell me about turkmenistan', 'what did it ask the US for?')[1]).toMatch(/^1\. \[p6\]/);
    // "there" ending a line is the place the discussion is about (it had been asked alone: p2's "jihadis").
    expect(talk('tell me about turkmenistan', 'what is the drug problem there?')[1]).toMatch(/^1\. \[p6\]/);
    // Not "it" standing for nothing.
    expect(talk('tell me about turkmenistan', 'how long did it take China to set up RATS?')[1]).not.toMatch(/^1\. \[p6\]/);
    // "source?" is of the answer just shown (p14's), not of the last question asked in its own words (p8's)
    const [uzbekistan, when, source] = talk('what about Uzbekistan?', 'and when?', 'source?');
    expect([uzbekistan, when, source]).toEqual([expect.stringMatching(/^1\. \[p8\]/), expect.stringMatching(/^1\. \[p14\]/), expect.stringMatching(/^\[p14\] cites no source of its own/)]);
    // a name turned to replaces the one of its kind, with the question's topic and the question word asked with
    expect(talk('What did China pledge to Kyrgyzstan in 2004?', 'what about Kazakhstan?', 'when?').slice(1)).toEqual([expect.stringMatching(/^1\. \[p10\]/), expect.stringMatching(/^1\. \[p10\] .*\n {2}» As Kazakhstan requires military up gradation[\s\S]*The two countries have had regular military\s+exchanges since 1993/)]);
    expect(talk('How much aid did China promise Kyrgyzstan?', 'who wrote that source?')[1]).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    // so do "and the source?", "ok and the sources", "whats the source" (they had listed all eleven, or been small talk)
    for (const source of ['and the source?', 'ok and the sources', 'whats the source']) expect(talk('How much aid did China promise Kyrgyzstan?', source)[1], source).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    // a country's two-letter code is the country ("KG" Kyrgyzstan), as the gazetteer lists it; "kg" in lower case is not
    expect(talk('did china give KG money?')[0]).toMatch(/^1\. \[p5\]/);
    // asked for the answer above in other words, the bot says it has only the paper's and shows where they are, and
    // the conversation stays where it was
    const [, meaning, example, simple, sourceAfter] = talk('What is the SCO?', 'what does that mean?', 'give me an example', 'in simple words?', 'source?');
    for (const reply of [meaning, example, simple]) expect(reply).toMatch(/^I can only show what the paper says, in its own words; I don't put it in other words or\s+add examples of my own\. The answer above is \[p13\]: “However China and Central Asia/);
    // so do "explain like im 5" and "dumb it down" (they had been "Ask me something about the paper")
    for (const line of ['explain like im 5', 'dumb it down']) expect(talk('What is the SCO?', line)[1], line).toMatch(/^I can only show what the paper says, in its own words/);
    expect(sourceAfter).toMatch(/^\[p13\] cites/);
    // asked whether the answer above is so, the bot says it only reports the paper, where it says it and on whose word,
    // and the conversation stays where it was ("is that true?" had been answered as a first line)
    // ("is that a lot?" too, which the paper gives no judgement of: it had been "Ask me something about the paper")
    const [, truth, sure, lot, why, sources] = talk('How much aid did China promise Kyrgyzstan?', 'is that true?', 'are you sure?', 'is that a lot?', 'why?', 'source?');
    for (const reply of [truth, sure, lot]) expect((reply ?? '').replace(/\s+/g, ' ')).toMatch(/^I only report what the paper says; I can't check it against anything else\. The paper says so in \[p5\]: “In 2004 China promised USD 16 million[^”]*” It cites footnote \[iii\] for it/);
    expect(why).toMatch(/\[p5\]/);
    expect(sources).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    expect(talk('Who wrote this paper?', 'really?')[1]).toMatch(/^That is what the paper itself states \(\[tresa2015\]\)/);
    // Whether it still holds: what held when the paper was written, in its year (it had been asked anew, with "true").
    for (const line of ['is that still true?', 'is it still there', 'still the case today?']) expect((talk('What did India donate to Tajikistan?', line)[1] ?? '').replace(/\s+/g, ' '), line).toMatch(/^The paper tells what held when it was written, in 2015; it can't say whether that is still so\. What it says, in \[p18\]/);
    // Disputed ("that's wrong") likewise: it had been "Ask me something about the paper".
    for (const line of ["that's wrong", 'not true', 'incorrect']) expect(talk('How much aid did China promise Kyrgyzstan?', line)[1], line).toMatch(/^I only report what the paper says/);
    // Chat's "y" asks why, as "why?" does.
    expect(talk('which SCO member skipped the 2012 exercise?', 'y')[1]).toBe(talk('which SCO member skipped the 2012 exercise?', 'why?')[1]);
    // "who is that author?" after the sources: the cited work's, whom its footnote names; "who is the author?" the paper's
    const [, , cited, paper] = talk('What did India donate to Tajikistan?', 'source?', 'who is that author?', 'who is the author?');
    expect([cited, paper]).toEqual([expect.stringMatching(/^\[p18\] cites:\n {2}\[xi\] Alexander sodique/), expect.stringMatching(/^1\. \[tresa2015\]/)]);
    // a footnote named by its marker, a letter alone ("[x]"), is the paper's, not small talk nor the answer above again
    expect(talk('what does [x] refer to?')[0]).toMatch(/^1\. \[p17\]/);
    expect(talk('What is RATS?', 'what does [x] refer to?')[1]).toMatch(/^1\. \[p17\]/);
    // a first line with no word of its own is answered where the paper answers it or says it lacks it ("nothing above
    // to go on from" had been the reply); "tell me more" first still has nothing to go on from
    expect(talk('What is the source for p14?')[0]).toMatch(/^1\. \[p14\]/);
    expect(talk('how many sources are there?')[0]).toMatch(/^1\. \[tresa2015\]/);
    expect(talk('what does p23 say?')[0]).toMatch(/^The paper has no p23\./);
    expect(talk('tell me more')[0]).toMatch(/^There is no answer above to go on from\./);
    // "what is the paper about?" first is the paper's card, not "nothing above to go on from"; "who wrote it?" after the
    // card asks who wrote the paper (it had listed the paper's footnotes)
    const [about, wrote] = talk('what is the paper about', 'who wrote it');
    for (const reply of [about, wrote]) expect(reply).toMatch(/^1\. \[tresa2015\] The paper itself\n {2}» China-Central Asia Defence Relations, by K\. Jennie Tresa/);
    expect(talk('What did China promise Kyrgyzstan?', 'who wrote it')[1]).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    // a question word after a preposition asks on ("to whom?" had been read as asking nothing)
    expect(talk('What did India donate?', 'to whom?')[1]).toMatch(/^1\. \[p18\] .*\n {2}» In addition to that India donated Tajikistan/);
    // so do "by how much?" and "out of how many?" (they had been told to ask something): the second, of a sum of money,
    // finds no count, and says where the paper comes nearest
    for (const line of ['by how much?', 'and by how much?']) expect(talk('How much aid did China promise Kyrgyzstan?', line)[1], line).toMatch(/^1\. \[p5\]/);
    expect(talk('How much aid did China promise Kyrgyzstan?', 'out of how many?')[1]).toMatch(/^The paper doesn't answer that\. Where it comes nearest:\n {2}\[p5\]/);
    // "them" in a line naming one thing is the others the discussion named: Kazakhstan (it had asked alone: p11, Uzbekistan)
    // (p9, "China has supplied Kazakhstan defence equipment…", and p10, "China provides significant amount of military
    // assistance to the country", both tell what China gave it)
    expect(talk('tell me about kazakhstan', 'what has china given them?')[1]).toMatch(/^1\. \[p(?:9|10)\]/);
    // so is "it" after a verb or a preposition: the object is not the one thing the line names (it had asked alone: p11)
    expect(talk('tell me about kazakhstan', 'what does china give it?')[1]).toMatch(/^1\. \[p(?:9|10)\]/);
    expect(talk('tell me about the SCO', 'is uzbekistan part of it?')[1]).toMatch(/^1\. \[p14\]/);
    // so is one picking one of the things out ("the most recent one"), which the earlier question's years do not date
    // (it had been answered with p11, "recently")
    const [, recent, first] = talk('how many exercises did china take part in between 2002 and 2010?', 'where was the most recent one?', 'and the first one?');
    expect(recent).toMatch(/^1\. \[p14\] .*\n {2}» The most recent multilateral exercise took place in Tajikistan/);
    expect(first).toMatch(/^1\. \[p14\] .*\n {2}» The first bilateral exercise was held in 2002/);
    // and "the most recent?" without "one", picking another out than the line before did (it had asked of "recent" alone)
    const [, , latest] = talk('how many exercises did china take part in between 2002 and 2010?', 'where was the first one?', 'and the most recent?');
    expect(latest).toMatch(/^1\. \[p14\] .*\n {2}» The most recent multilateral exercise took place in Tajikistan/);
    // a line that refers back with a pronoun and names nothing is read with the discussion, as a thread reads it
    expect(talk('What is RATS?', 'when was it set up?')[1]).toMatch(/^1\. \[p16\] .*\n {2}» RATS was established in 2004\./);
    // nothing to ask on after a question the paper does not cover
    expect(talk('what is the capital of Kazakhstan?', 'why?')[1]).toBe('There is no answer above to go on from. Ask me something about the paper, for example: why does Uzbekistan skip SCO exercises?');
    // but a line correcting it asks it again with the correction, as a thread reads it (session 54's trial: "no, I
    // meant India" had been asked alone, and answered with p17)
    const [, corrected, whyThen] = talk('What did China donate to Tajikistan?', 'no, I meant India', 'why?');
    expect(corrected).toMatch(/^1\. \[p18\] .*\n {2}» In addition to that India donated Tajikistan with two Mi-8 helicopters/);
    expect(whyThen).not.toMatch(/^There is no answer above/);
    for (const more of ['elaborate pls', 'explain']) expect(talk('what is the tapi pipeline', more)[1], more).toMatch(/^That is all the paper has on it/);
    // "why?" answered by the passage and sentence on the screen says so rather than print them again
    // — the reason the sentence shown gives, quoted, or that the paper gives none — rather than "that is all it has"
    expect(talk('Is Kyrgyzstan moving closer to Russia?', 'why?')[1]).toBe('The paper gives no reason for it beyond the passages above.');
    // The reason a sentence of the passage shown gives, further on or before the sentence shown, is quoted (it had been
    // "the paper gives no reason"); "what's the reason?", "how come?" ask why as "why?" does (they had been answered
    // with a passage holding the word "reason").
    for (const why of ['why?', "what's the reason", 'how come?']) expect(talk('which SCO member skipped the 2012 exercise?', why)[1], why).toMatch(/^\[p14\] gives the reason, in the passage above: “But Uzbekistan has consistently refused[^”]*because it fears domination/);
    expect(talk('does china want to lead security in central asia?', 'why not?')[1]).toMatch(/^\[p21\] gives the reason, in the passage above: “China can’t solve alone any future crisis/);
    // Nor only of the first passage's highlight: a passage shown after it giving one is quoted (it had been "the paper
    // gives no reason": session 55's trial).
    expect(talk('what did china do with kazakhstan', 'y?')[1]).toMatch(/^\[p10\] gives a reason, in the passage above: “As Kazakhstan requires military up\s+gradation/);
    // Not another thing's cause: the Russian economic setback's had been quoted as why China favours multilateral initiatives.
    for (const first of ['Why does China prefer multilateral initiatives?', 'does china prefer trade to military ties']) expect(talk(first, 'why?')[1], first).not.toMatch(/Russian economic setback/);
    // "does the paper mention Japan?" asks of the paper, not of what the discussion is about.
    expect(talk('what about Iran?', 'does the paper mention japan?')[1]).toMatch(/^The paper doesn't cover that\./);
    // "examples?" asks for the answer in other words, which the bot has not.
    expect(talk('what are non-traditional threats?', 'examples?')[1]).toMatch(/^I can only show what the paper says/);
    // After a passage shown whole, the sentence of it giving a reason, not the whole passage again.
    expect(talk('/passage p14', 'why?')[1]).toMatch(/^\[p14\] gives the reason, in the passage above: “But Uzbekistan has consistently refused[^”]*because it fears domination[^”]*” The paper says\s+no more of why\.$/);
    expect(talk('What did Uzbekistan refuse?', 'why?')[1]).toMatch(/^\[p14\] gives the reason, in the passage above: “But Uzbekistan has consistently refused[^”]*because it fears domination[^”]*” The paper says\s+no more of why\.$/);
    // "source?" after a passage looked up is of that passage
    expect(talk('What is RATS?', '/passage p18', 'source?')[2]).toMatch(/^\[p18\] cites:\n {2}\[xi\] Alexander sodique/);
    // After "/search", the first passage it lists.
    expect(talk('What is RATS?', '/search India base Dushanbe', 'source?')[2]).toMatch(/^\[p18\] cites:/);
    // After a footnote shown, its author: the passage citing it is what the conversation is about.
    expect(talk('/cite v', 'who wrote it?')[1]).toMatch(/^\[p9\] cites:\n {2}\[v\] David Harrison/);
    // A line turning to another name the paper does not answer for turns the discussion all the same: "and when?" after
    // it asks of Tajikistan (it had asked of Kyrgyzstan, the name before, and shown its 2002 exercise).
    const [, , tajikistan, whenThere] = talk('When did China and Kazakhstan start military exchanges?', 'and with Kyrgyzstan?', 'what about Tajikistan?', 'and when?');
    expect(tajikistan).toMatch(/^The paper doesn't answer that\. Where it comes nearest:/);
    expect(whenThere).not.toMatch(/with Kyrgyzstan/);
    // "tell me more" after a footnote shows the passage citing it (it had read on from it, to the next one), then reads on.
    const [, citing, after] = talk('/cite iii', 'tell me more', 'tell me more');
    expect(citing).toMatch(/^1\. \[p5\]/);
    expect(after).toMatch(/^1\. \[p6\]/);
    // When and where a source on the screen was published, its footnote says ("when was it published?" had been read
    // as asking about the paper): after "source?", after a footnote asked for by its marker, after a question about a
    // source, after "/cite"; and the discussion goes on as it was after them.
    const footnoteOnly = (marker: string) => new RegExp(`^\\[p\\d+\\] cites:\\n {2}\\[${marker}\\] [^[]*$`);
    const [, , published, where, afterSources] = talk('What is the TAPI pipeline?', 'source?', 'when was it published?', 'where did it appear?', 'why?');
    for (const reply of [published, where]) expect(reply).toMatch(/^\[p17\] cites:\n {2}\[x\] Arvind gupta/);
    expect(afterSources).not.toMatch(/cites:/);
    expect(talk('Who wrote footnote iii?', 'what year is it from?')[1]).toMatch(footnoteOnly('iii'));
    expect(talk('Who wrote footnote iii?', 'when was it published?', 'which paragraph cites it?')[2]).toMatch(/^1\. \[p5\]/);
    expect(talk('What is the source for the claim that militants travel from Kunduz to Kashi?', 'when was it published?')[1]).toMatch(/^\[p4\] cites:\n {2}\[ii\] Qin Jize/);
    expect(talk('/cite v', 'who published it?')[1]).toMatch(/^\[p9\] cites:\n {2}\[v\] David Harrison/);
    expect(talk('What did China promise Kyrgyzstan?', 'source for that?', 'when was that source published?')[2]).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    // Not of a question about something else: "when was it published?" of the paper after an answer with no source asked.
    expect(talk('What is RATS?', 'when was it published?')[1]).not.toMatch(/cites:/);
    // "who says so?" asks for the source as "source?" does.
    for (const says of ['who says so?', 'who said that?', 'says who?']) expect(talk('What did China pledge to Kyrgyzstan in 2004?', says)[1], says).toMatch(/^\[p5\] cites:\n {2}\[iii\] Joshua Kucera/);
    expect(talk('/passage p16', 'who wrote that source?')[1]).toMatch(/^\[p16\] cites:\n {2}\[ix\] Dmitry Gorenburg/);
  });

  it('answers a question pasted with a run of 300,000 letters after it, as it answers the question', () => {
    // wink's tokenizer takes time with the square of a run's length (minutes for this one): runs are cut to a word's length.
    const pasted = consoleTurn(`what is RATS ${'x'.repeat(300_000)}`, engine, lookup);
    expect(pasted.reply).toContain('[p16]');
  });

  it('read from a pipe, echoes each line before its answer: cut with "…" where it goes on, as typed where markup is all it holds', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const done = runConsole(engine, input, output);
    const long = `What is RATS? ${'and more '.repeat(40)}`;
    input.end(`${long}\n<script>alert(1)</script>\n`);
    await done;
    // Session 53's trial: a long line had been cut without a mark, and the markup line echoed as an empty prompt.
    expect(written).toContain(`${PROMPT}${long.trim().slice(0, 200)}…\n`);
    expect(written).toContain(`${PROMPT}<script>alert(1)</script>\n`);
  });

  it('at a terminal, redraws its own prompt before a line recalled with the up arrow (it had been "> ")', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const done = runConsole(engine, input, output);
    input.write('hi\r');
    await new Promise((resolve) => setTimeout(resolve, 50));
    input.write('\u001b[A');
    await new Promise((resolve) => setTimeout(resolve, 50));
    input.end();
    await done;
    // The recalled line, redrawn after the cursor goes back to the line's start and the line is cleared.
    expect(written).toContain(`\u001b[0J${PROMPT}hi`);
  });

  it('at a terminal, clears the line being typed on Ctrl-C, and leaves on a second Ctrl-C on an empty line', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    let left = false;
    const done = runConsole(engine, input, output).then(() => (left = true));
    const typed = async (keys: string): Promise<void> => {
      input.write(keys);
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    // Half a question, then Ctrl-C: cleared; the next line is read alone.
    await typed('what is RA');
    await typed('\u0003');
    await typed('What did India donate to Tajikistan?\r');
    expect(written).toContain('[p18]');
    expect(written).not.toContain('what is RAWhat');
    // Ctrl-C on an empty line says how to leave; a second one leaves.
    await typed('\u0003');
    expect(left).toBe(false);
    expect(written).toContain('Ctrl-C again');
    await typed('\u0003');
    await done;
    expect(left).toBe(true);
  });

  it('answers greetings and thanks, and a bare "when?" with nothing before it, with what it can be asked', () => {
    const prompt = 'Ask me something about the paper, for example: why does Uzbekistan skip SCO exercises?';
    for (const line of ['hi', 'good evening everyone', 'lol', 'tbh idk', 'hmm', 'nvm']) expect(consoleReply(line, engine, lookup, 'What is RATS?'), line).toBe(prompt);
    for (const line of ['thanks!', 'Thank you so much!', 'thank u so much bro 🙏🙏', 'srsly thx', 'tysm']) expect(consoleReply(line, engine, lookup, 'What is RATS?'), line).toBe("You're welcome! Ask me anything else about the paper.");
    // With nothing above to go on from, said so.
    const nothingAbove = `There is no answer above to go on from. ${prompt}`;
    expect(consoleReply('when?', engine, lookup)).toBe(nothingAbove);
    for (const more of ['tell me more', 'go on']) expect(consoleReply(more, engine, lookup), more).toBe(nothingAbove);
    // nor after a greeting, which asked nothing
    expect(consoleTurn('hi', engine, lookup).turns).toEqual([]);
    // Thanks leave the conversation as it was: "when was that?" asks of the answer before them.
    const asked = consoleTurn('What did China and Turkmenistan pledge?', engine, lookup);
    const thanked = consoleTurn('thanks!', engine, lookup, asked.turns);
    expect(thanked.turns).toEqual(asked.turns);
    expect(consoleTurn('when was that?', engine, lookup, thanked.turns).reply).toMatch(/^1\. \[p6\][\s\S]*2013/);
    // A word the paper could be asked about is a question, however short.
    expect(consoleReply('weather in Bishkek', engine, lookup)).not.toBe(prompt);
  });

  it('answers a line that is not a command as a question', () => {
    expect(reply('What did India donate to Tajikistan?')).toMatch(/^1\. \[p18\] Implications for India/);
    expect(reply('<@&123456789012345678> What did India\u0000 donate to Tajikistan? 123456789012345678')).toMatch(/^1\. \[p18\] Implications for India/);
  });

  it('reads /ask as Discord’s command, the rest of the line the question, in the conversation; names the commands that are Discord’s only', () => {
    expect(reply('/ask What did India donate to Tajikistan?')).toBe(reply('What did India donate to Tajikistan?'));
    expect(reply('/ask question: What did India donate to Tajikistan?')).toBe(reply('What did India donate to Tajikistan?'));
    expect(consoleReply('/ask source?', engine, lookup, 'What did China pledge to Kyrgyzstan in 2004?')).toMatch(/^\[p5\] cites:/);
    expect(reply('/ask')).toBe(reply(''));
    for (const command of ['quiz start', 'forget-me', 'admin reload']) expect(reply(`/${command}`), command).toMatch(new RegExp(`^/${command.split(' ')[0]} works on Discord only\\.\nType a question, or one of:`));
  });

  it('shows a passage by id once, with its footnotes, and the nearest ids for one that does not exist', () => {
    const passage = reply('/passage p8');
    expect(passage).toMatch(/^\[p8\] China’s Military Ties/);
    expect(passage.replace(/\s+/g, ' ').match(/signed the China-Uzbekistan agreement/g)).toHaveLength(1);
    expect(passage).toContain('[iv] Sebastien Peyrouse');
    expect(reply('/passage p99')).toBe('There is no passage "p99". The nearest ids are p22, p21, p20.');
    // A line that is one code span, as copied from the help or a chat, is what it holds.
    expect(reply('`/passage p8`')).toBe(passage);
    // An id typed as people type it: the number alone, a full stop after it, a space inside it.
    for (const typed of ['14', 'p14.', 'p 14', '[P14]', '`p14`', 'passage 14', 'par. 14']) expect(reply(`/passage ${typed}`)).toMatch(/^\[p14\] SCO and the Peace Initiatives/);
    // A footnote by its number where the markers are Roman numerals.
    expect(reply('/cite 3')).toMatch(/^\[iii\] Joshua Kucera/);
    // "pls" after the marker asks nothing of it (it had been 'There is no footnote "ix pls"').
    expect(reply('/cite ix pls')).toBe(reply('/cite ix'));
    expect(reply('/passage p14 please')).toBe(reply('/passage p14'));
    expect(reply('/cite 14')).toBe('There is no footnote "14". The nearest markers are xi, x, ix.');
    // A search with no word to search by says so, rather than that no passage matches.
    expect(reply('/search the')).toBe('"the" has no word to search by (too common a word): try a word of the topic, as in /search exercises.');
    expect(reply('/search ***')).toBe('"***" has no word to search by (no letters or digits): try a word of the topic, as in /search exercises.');
    // Words of another script are no English ones, a letter alone too short a word (both had been "too common a word").
    expect(reply('/search 中国')).toBe('"中国" has no word to search by (no English word): try a word of the topic, as in /search exercises.');
    expect(reply('/search x')).toBe('"x" has no word to search by (too short a word): try a word of the topic, as in /search exercises.');
    // A huge argument is named back cut short, as the Discord commands do (it had been echoed whole).
    for (const huge of [`/cite ${'i'.repeat(3000)}`, `/passage p${'9'.repeat(400)}`, `/search ${'zzqx '.repeat(300)}`]) expect(reply(huge).length).toBeLessThan(160);
    // The document's own id is the paper, not a passage.
    expect(reply('/passage tresa2015')).toBe('"tresa2015" is the paper itself, not one of its passages: /about shows it.');
    // Two ids at once are two, not one id run together ("i ii" had shown footnote iii).
    expect(reply('/cite i ii')).toBe('One at a time: /cite i, /cite ii.');
    expect(reply('/passage p14 p15')).toBe('One at a time: /passage p14, /passage p15.');
    // Each once, however often typed.
    expect(reply(`/passage ${'p14 '.repeat(100)}p15`)).toBe('One at a time: /passage p14, /passage p15.');
    // Nothing is near words or signs no marker or id is written as: the span there is; words a passage has, that passage.
    expect(reply('/cite i zz')).toBe('There is no footnote "i zz". Footnotes run i to xi.');
    expect(reply('/cite 🤔')).toBe('There is no footnote "🤔". Footnotes run i to xi.');
    expect(reply('/passage zzqx')).toBe('There is no passage "zzqx". Passages run p1 to p22.');
    expect(reply('/passage about the author')).toMatch(/^There is no passage "about the author"\. The nearest ids are p22\b/);
  });

  it('says "source?" with no answer above it has nothing to give the source of, and lists the paper’s own', () => {
    let turns = consoleTurn('Who heads RATS today?', engine, lookup).turns;
    const sources = consoleTurn('source?', engine, lookup, turns).reply;
    expect(sources).toMatch(/^There is no answer above to give the source of; these are the paper's own sources\.\n\n1\. \[tresa2015\]/);
    expect(sources).toContain('[xi] Alexander sodique');
    turns = consoleTurn('What did China pledge to Kyrgyzstan in 2004?', engine, lookup).turns;
    expect(consoleTurn('source?', engine, lookup, turns).reply).toMatch(/^\[p5\] cites:/);
    // A follow-up the paper does not answer leaves the conversation where it was: "when?" after it asks of p5.
    const money = consoleTurn('what was the money for?', engine, lookup, consoleTurn('What did China promise Kyrgyzstan in 2004?', engine, lookup).turns);
    const refused = consoleTurn('what did it cost in rupees?', engine, lookup, money.turns);
    expect(refused.reply).toMatch(/^The paper doesn't cover that/);
    expect(consoleTurn('when?', engine, lookup, refused.turns).reply).toMatch(/^1\. \[p5\]/);
    // "who wrote it?" first asks who wrote the paper: its card, an answer to go on from ("when?": its year).
    const wrote = consoleTurn('who wrote it', engine, lookup);
    expect(wrote.reply).toMatch(/^1\. \[tresa2015\]/);
    expect(consoleTurn('when', engine, lookup, wrote.turns).reply).toMatch(/^1\. \[tresa2015\][^]*2015/);
  });

  it('shows a footnote with the passages that cite it, and the nearest markers for an unknown one', () => {
    expect(reply('/cite iv')).toMatch(/^\[iv\] Sebastien Peyrouse[^]*\n {2}China-Central Asia Defence Relations · cited by p8$/);
    // Long lines are broken as a terminal shows them.
    for (const line of [...reply('/cite iv').split('\n'), ...reply('/about').split('\n')]) expect(line.length, line).toBeLessThanOrEqual(90);
    expect(reply('/cite xx')).toBe('There is no footnote "xx". The nearest markers are xi, x, ix.');
    expect(reply('/cite p5')).toBe('"p5" is a passage\'s id: /passage p5 shows it, with its footnotes.');
    // A source's name for its marker: the one footnote naming it, or the markers of those that do.
    expect(reply('/cite Kucera')).toMatch(/^\[iii\] Joshua Kucera/);
    expect(reply('/cite Gorenburg')).toBe('Footnotes vii, ix name "Gorenburg": /cite vii shows the first.');
  });

  it('lists matching passages, describes the paper, and explains itself', () => {
    expect(reply('/search Peace Missions')).toMatch(/^\[p14\] SCO and the Peace Initiatives — /);
    // A word the paper lacks, of a synonym group whose word it has: "drills" finds the exercises as a question does.
    const drills = reply('/search drills').split('\n').filter((line) => line.startsWith('['));
    expect(drills.map((line) => line.slice(0, line.indexOf(']') + 1))).toEqual(reply('/search exercises').split('\n').filter((line) => line.startsWith('[')).map((line) => line.slice(0, line.indexOf(']') + 1)));
    expect(drills.length).toBeGreaterThan(2);
    // Every passage matching the words, not only the best few: those on Kazakhstan as well as on Kyrgyzstan.
    const both = reply('/search Kazakhstan Kyrgyzstan');
    for (const id of ['p4', 'p5', 'p9', 'p10']) expect(both).toContain(`[${id}]`);
    // At most ten, the rest counted.
    const china = reply('/search China').split('\n').filter((line) => line.startsWith('['));
    expect(china).toHaveLength(10);
    expect(reply('/search China')).toMatch(/…and \d+ more passages? match(?:es)?: add words to narrow the search\.$/);
    // Wrapped as every other reply is: no line past the terminal's width.
    expect(Math.max(...reply('/search terrorism').split('\n').map((line) => line.length))).toBeLessThanOrEqual(90);
    expect(reply('/about').replace(/\s+/g, ' ')).toContain('K. Jennie Tresa · Chennai Centre for China Studies (C3S) · C3S Paper No. 0108/2015 · 2015');
    expect(reply('/help')).toContain('/passage ID');
    // A space typed after the slash is no other command.
    expect(reply('/ help')).toBe(reply('/help'));
    expect(reply('/quizz')).toMatch(/^There is no command \/quizz\.\nType a question/);
    expect(reply('/passage')).toBe('Give a passage id: /passage p14');
    // "help" without its slash is the list of commands, not a question about the paper's "help".
    expect(reply('help')).toBe(reply('/help'));
    // So are questions to the bot about itself, after an answer too (they had repeated its passages, as "go on" does),
    // while a question about the paper's help stays one.
    for (const line of ['what can you do?', 'who are you?', 'who made you?', 'are you a bot?', 'how do I use this?', 'hey, how does this bot work?', 'quiz me', 'can you quiz me on this?', 'give me 3 quiz questions on this paper', 'make flashcards', 'start a quiz', 'give me a question', 'ask me something about the paper']) {
      expect(reply(line), line).toBe(reply('/help'));
      const afterAnswer = consoleTurn(line, engine, lookup, consoleTurn('what are the three evils?', engine, lookup).turns);
      expect(afterAnswer.reply, line).toBe(reply('/help'));
    }
    expect(reply('how did the super powers help?')).toContain('[p21]');
    expect(reply('quiz me')).toContain('/quiz start');
    expect(reply('what did the quiz of the SCO exercises show?')).not.toBe(reply('/help'));
  });

  it('names each document’s footnote where two documents have a footnote of the marker asked for', () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument() });
    try {
      const two = loadCorpus(dir);
      const ask = (line: string) => consoleReply(line, createEngine(two), createLookup(two));
      expect(ask('/cite i')).toBe('Footnotes smith2020:i, tresa2015:i are marked "i", one in each document: /cite smith2020:i shows the first.');
      expect(ask('/cite footnote 1')).toMatch(/^Footnotes smith2020:i, tresa2015:i are marked/);
      expect(ask('/cite tresa2015:i')).toMatch(/^\[i\] Morris Rossabi/);
    } finally {
      cleanup();
    }
  });

  it('gives a document’s source under its byline when the front matter has a url', () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument({ front: 'id: smith2020\ntitle: Water Politics\nauthor: A. Smith\nurl: https://example.org/aral' }) });
    try {
      const withUrl = loadCorpus(dir);
      expect(consoleReply('/about', createEngine(withUrl), createLookup(withUrl))).toContain('Water Politics\n  A. Smith\n  https://example.org/aral\n  Sections: Water');
    } finally {
      cleanup();
    }
  });
});
