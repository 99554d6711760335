/**
 * The console's own commands, so that without Discord the bot's look-ups work too: `/passage p14`, `/cite iii`,
 * `/search exercises`, `/about`, `/help`; `/ask` as on Discord. Any other line is a question. Pure: a line in, the text to print out.
 */
import { answerToText, byline, nearestOrSpan, noWordReason, resultToText, unaskedText, wrap } from '../present/text.js';
import { asksHowToUse } from '../nlp/unasked.js';
import { cleanQuestion } from '../question.js';
import type { Engine } from '../search/engine.js';
import { answerFollowUp, type Asks, asksInOtherWords, asksOfShown, asksOn, asksSourceOfThat, asksWhoWrote, checkedText, checksAnswer, corrects, edgeText, firstTurn, inOtherWordsText, refersBack, stepsFootnote, turnsTo, type Turn, whyShownText, yearShown } from '../search/followup.js';
import type { Answer, Result } from '../search/types.js';
import { isDocumentCard } from '../search/cards.js';
import { shapedLikePassageId, type Lookup } from '../search/lookup.js';
import { moreMatching, searchList } from '../search/search-list.js';
import { truncate } from '../present/limits.js';

/** An argument as a reply names it back: at most so long, as the Discord commands show one ("/cite" with 3,000 "i"s). */
const namedBack = (argument: string): string => truncate(argument, 40);

const HELP = [
  'Type a question, or one of:',
  '  /passage ID    one passage in full, with its footnotes (ids like p14)',
  '  /cite MARKER   a footnote and the passages that cite it (markers like iii)',
  '  /search WORDS  the passages that match, ten at most',
  '  /about         the paper, its sections and counts',
  '  /help          this list',
  '  /quit          leave (so does Ctrl-D)',
  'On Discord, /quiz start asks a question from the paper with four answers to choose from.',
].join('\n');

const list = (items: string[]): string => items.join(', ');

/** "/cite i ii", "/passage p14 p15": ids that each name one, asked together, are shown one at a time. */
function oneAtATime(command: string, argument: string, known: (id: string) => boolean): string | undefined {
  const ids = argument.split(/[\s,]+/).filter(Boolean);
  if (ids.length < 2 || !ids.every(known)) return undefined;
  // Each once: "/passage p14" typed a hundred times over on one line is one command to give.
  return `One at a time: ${list([...new Set(ids)].map((id) => `/${command} ${id}`))}.`;
}

/** How many turns of a conversation the console keeps: what "why?" and "what about Kazakhstan?" are read with. */
const TURNS_KEPT = 10;

/**
 * The reply to a typed line, and the conversation after it (`turns`, see ../search/followup.ts): a line that asks on
 * ("why?", "source?", "tell me more", "what about Kazakhstan?") is read with the conversation, as a discussion thread
 * reads it; any other question starts one, unless the paper does not cover it (a "why?" after it asks nothing).
 * `previous` is the conversation so far, or the question before the line.
 */
export function consoleTurn(typed: string, engine: Engine, lookup: Lookup, previous: Turn[] | string = []): { reply: string; turns: Turn[] } {
  // "/ask why…", as on Discord (its option's name too): the rest of the line is the question.
  // A line that is all one code span ("`/passage p14`", as copied from the help or a chat) is what it holds.
  const line = cleanQuestion(typed)
    .replace(/^\s*`+([^`]*)`+\s*$/, '$1')
    .replace(/^\s*\/ask\b\s*(?:question\s*:\s*)?/i, '');
  // After a question the paper does not answer, only a line correcting it goes on from it ("no, I meant India" after
  // "What did China donate to Tajikistan?"): a "why?" after it asks of nothing.
  const held = typeof previous === 'string' ? [firstTurn(engine, previous)] : previous;
  const turns = held.at(-1)?.refused && !corrects(line) ? [] : held;
  // "/ help", a space typed after the slash, is "/help".
  const match = /^\/\s*(\S*)\s*(.*)$/s.exec(line);
  if (match) {
    // "source?" after "/passage p18" asks for p18's footnotes: the passage shown is what the conversation is about;
    // after "/cite v", the passage citing footnote v ("who wrote it?" is then footnote v's author, not the paper's);
    // after "/search exercises", the first passage listed.
    // After "/cite v", "when was it published?" asks of footnote v, the source on the screen.
    const { reply, shown } = commandReply(match, engine, lookup);
    // And "tell me more" after it shows that passage.
    const sourced = match[1]!.toLowerCase() === 'cite' ? { sourced: true as const, footnote: true as const } : {};
    return { reply, turns: shown ? [{ ...firstTurn(engine, shown), ...sourced }] : turns };
  }
  if (line.trim() === '') return { reply: answerToText(engine.answer(line), engine.topics()), turns };
  // "help" without its slash, "what can you do?", "who are you?" ask for the commands, not for the paper's "help of
  // the super powers"; nor do they ask on from the answer before.
  if (asksHowToUse(line)) return { reply: HELP, turns };
  // "tell me more" with nothing before it: nothing to go on from; unless the line is a question of its own the paper
  // answers, or says it lacks ("what is the source for p14?", "how many sources are there?", "what does p23 say?").
  // Answered once: the answer below is this one.
  const alone = turns.length === 0 && !asksSourceOfThat(line) && asksOn(engine, line) ? engine.answer(line) : undefined;
  if (alone && alone.results.length === 0 && (alone.missing?.length ?? 0) === 0) return { reply: `There is no answer above to go on from. ${unaskedText('chat')}`, turns };
  // "source?" or "why?" after an answer asks of that answer; not "why does Uzbekistan skip SCO exercises?" nor "thanks!".
  if (turns.length > 0 && (asksSourceOfThat(line) || asksInOtherWords(line) || checksAnswer(line) || asksOfShown(line) || asksOn(engine, line) || turnsTo(line) || stepsFootnote(line) || corrects(line) || refersBack(engine, line, turns[turns.length - 1]))) {
    const followed = answerFollowUp(engine, line, turns);
    // The sources shown are what "it" is in "when was it published?" next; the conversation is otherwise where it was.
    // A follow-up the paper does not answer ("how much was that in rupees?") leaves the conversation where it was:
    // "when?" after it asks of the answer before it (it had been "The paper doesn't cover that" too).
    // Not one turning to another name ("what about Tajikistan?"): "and when?" after it asks of Tajikistan, as in a thread.
    const names = (turn: Turn | undefined): string => (turn?.entities ?? []).map((e) => e.canonical).join('|');
    const unanswered = followed.asks === 'question' && followed.answer.results.length === 0 && names(followed.turn) === names(turns.at(-1));
    const kept = followed.asks === 'sources' ? [...turns.slice(0, -1), { ...turns.at(-1)!, sourced: true as const }] : followed.asks === 'in other words' || followed.asks === 'checked' || unanswered ? turns : [...turns, followed.turn].slice(-TURNS_KEPT);
    return { reply: followUpText(followed.asks, followed.answer, engine), turns: kept };
  }
  const answer = alone ?? engine.answer(line);
  // "source?" with no answer above it (the first line, or after one the paper does not cover): the paper's sources,
  // said to be the paper's, not an answer's.
  // "who wrote it?" first asks who wrote the paper, which its card answers: an answer to go on from ("when?").
  if (turns.length === 0 && asksSourceOfThat(line) && !(asksWhoWrote(line) && answer.results[0] !== undefined && isDocumentCard(answer.results[0]))) return { reply: `There is no answer above to give the source of; these are the paper's own sources.\n\n${answerToText(answer, engine.topics())}`, turns };
  // "what was the money for?" after "What did China promise Kyrgyzstan?": a question the paper does not answer alone,
  // naming nothing the paper lacks, may be about what the discussion is about, as a thread reads every line.
  if (turns.length > 0 && !answer.unasked && answer.results.length === 0 && (answer.missing?.length ?? 0) === 0) {
    const followed = answerFollowUp(engine, line, turns);
    if (followed.asks === 'question' && followed.answer.results.length > 0) return { reply: followUpText(followed.asks, followed.answer, engine), turns: [...turns, followed.turn].slice(-TURNS_KEPT) };
  }
  // A question the paper does not cover asks nothing to go on from: a "why?" after it is about nothing. Small talk
  // ("thanks!") leaves the conversation as it was, as in a Discord thread: "when was that?" after it asks of the answer
  // before it.
  const answered = !answer.unasked && answer.results.length > 0;
  return { reply: answerToText(answer, engine.topics()), turns: answered ? [firstTurn(engine, line, answer)] : answer.unasked ? turns : [{ ...firstTurn(engine, line, answer), refused: true }] };
}

/** The reply to a line that asks of the answer before it (`asks`, decided by the engine), worded with the console's commands. */
function followUpText(asks: Asks, answer: Answer, engine: Engine): string {
  // Every passage that answers it is on the screen already: say so, rather than print them again.
  const why = asks === 'all shown' ? whyShownText(answer.question, answer, (id) => `[${id}]`) : null;
  if (why) return wrap(why).slice(2);
  if (asks === 'all shown') return 'That is all the paper has on it: the passages above are every one that answers it. /passage ID shows one whole; /search WORDS finds others.';
  if (asks === 'first paragraph' || asks === 'last paragraph') return edgeText(asks, answer);
  if (asks === 'in other words') return wrap(inOtherWordsText(answer, (id) => `[${id}]`)).slice(2);
  if (asks === 'checked') return wrap(checkedText(answer, (id) => `[${id}]`, yearShown(engine, answer))).slice(2);
  if (asks === 'question') return answerToText(answer, engine.topics());
  // The first passage's sources, which "who wrote that?" asks of; then those of the other passages on the screen.
  const [shown, ...others] = answer.results;
  const cites = (r: Result): string[] => [`[${r.id}] cites:`, ...r.citations.map((c) => wrap(`[${c.marker}] ${c.text}`))];
  // The paper's card: the paper's footnotes.
  if (shown && answer.sources && answer.sources.length > 0) return cites({ ...shown, citations: answer.sources }).join('\n');
  const citing = others.filter((r) => r.citations.length > 0).flatMap(cites);
  // A first passage citing nothing is the paper's own word: the others' sources are for what those say, and said to be.
  if (!shown || shown.citations.length === 0) {
    const none = `${shown ? `[${shown.id}]` : 'The answer above'} cites no source of its own: the paper says it without a footnote.`;
    return citing.length > 0 ? [none, 'The other passages above cite these, for what they say:', ...citing].join('\n') : `${none} /cite MARKER shows one of the paper's footnotes.`;
  }
  return [...cites(shown), ...citing].join('\n');
}

/** The reply to a typed line; `previous` is the question before it, which a line that asks on is about. */
export function consoleReply(typed: string, engine: Engine, lookup: Lookup, previous?: string): string {
  return consoleTurn(typed, engine, lookup, previous ?? []).reply;
}

/** The reply to a console command ("/passage p14"), and the id of the passage it shows, lists first or cites by. */
function commandReply(match: RegExpExecArray, engine: Engine, lookup: Lookup): { reply: string; shown?: string } {
  const [, command = '', argument = ''] = match;
  switch (command.toLowerCase()) {
    case 'help':
      return { reply: HELP };
    case 'passage': {
      if (!argument) return { reply: 'Give a passage id: /passage p14' };
      const passage = lookup.passage(argument);
      if (passage) return { reply: resultToText(engine.present(passage)), shown: passage.id };
      if (lookup.isDocument(argument)) return { reply: `"${namedBack(argument)}" is the paper itself, not one of its passages: /about shows it.` };
      const several = oneAtATime('passage', argument, (id) => lookup.passage(id) !== undefined);
      if (several) return { reply: several };
      return { reply: `There is no passage "${namedBack(argument)}". ${nearestOrSpan(lookup.nearestPassageIds(argument), 'ids', lookup.spans().passages)}.` };
    }
    case 'cite': {
      if (!argument) return { reply: 'Give a footnote marker: /cite iii' };
      const ref = lookup.footnote(argument);
      if (!ref) {
        const several = oneAtATime('cite', argument, (marker) => lookup.footnote(marker) !== undefined);
        if (several) return { reply: several };
        // "i" where two documents have a footnote i: each by its document.
        const marked = lookup.footnotesMarked(argument).map((f) => f.ref);
        if (marked.length > 1) return { reply: `Footnotes ${list(marked)} are marked "${namedBack(argument)}", one in each document: /cite ${marked[0]} shows the first.` };
        const naming = lookup.footnotesMentioning(argument).map((f) => f.ref);
        if (naming.length > 1) return { reply: `Footnotes ${list(naming)} name "${namedBack(argument)}": /cite ${naming[0]} shows the first.` };
        // "p5": a passage's id, which /passage shows.
        const passage = shapedLikePassageId(argument) ? lookup.passage(argument) : undefined;
        if (passage) return { reply: `"${passage.id}" is a passage's id: /passage ${passage.id} shows it, with its footnotes.` };
        return { reply: `There is no footnote "${namedBack(argument)}". ${nearestOrSpan(lookup.nearestFootnoteRefs(argument), 'markers', lookup.spans().footnotes)}.` };
      }
      const citedBy = ref.citedBy.length > 0 ? list(ref.citedBy.map((p) => p.id)) : 'no passage';
      // The footnote's first line at the margin, the rest under it, indented.
      return { reply: `${wrap(`[${ref.footnote.marker}] ${ref.footnote.text}`).slice(2)}\n${wrap(`${ref.document.meta.title} · cited by ${citedBy}`)}`, shown: ref.citedBy[0]?.id };
    }
    case 'search': {
      if (!argument) return { reply: 'Give words to search for: /search exercises' };
      const { listed, more } = searchList(engine, argument);
      if (listed.length === 0 && engine.analyzer.terms(argument).length === 0) return { reply: `"${namedBack(argument)}" has no word to search by (${noWordReason(argument)}): try a word of the topic, as in /search exercises.` };
      if (listed.length === 0) return { reply: `No passage matches "${namedBack(argument)}".` };
      // A line a result, wrapped as every other reply is, its first line at the margin.
      const lines = listed.map((r) => wrap(`[${r.id}] ${r.section ?? 'No section'} — ${r.highlight}`).slice(2));
      if (more > 0) lines.push(moreMatching(more));
      return { reply: lines.join('\n'), shown: listed[0]!.id };
    }
    case 'about':
      return {
        reply: engine.corpus.documents
          .map((d) => `${d.meta.title}\n${wrap(byline(d.meta))}${d.meta.url ? `\n  ${d.meta.url}` : ''}\n${wrap(`Sections: ${list(d.sections)}`)}\n  ${d.passages.length} passages, ${d.footnotes.size} footnotes`)
          .join('\n\n'),
      };
    // The console and lines piped to `ask` end on /quit before any reply; a question given to `ask` alone is this.
    case 'quit':
    case 'exit':
      return { reply: 'Nothing to leave: ask answers the question it is given and ends. /quit ends the console, or the lines piped to ask.' };
    case 'quiz':
    case 'forget-me':
    case 'admin':
      return { reply: `/${command.toLowerCase()} works on Discord only.\n${HELP}` };
    default:
      return { reply: `There is no command /${command}.\n${HELP}` };
  }
}
