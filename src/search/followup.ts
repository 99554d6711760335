/**
 * Follow-up questions in a discussion: "what about Kazakhstan?", "and who paid for it?", "when was that?".
 * Each turn keeps what the conversation is about (the names and the words of the topic); a follow-up that
 * names nothing of its own carries them over, and a name it brings replaces the last one of the same kind.
 * Pure: question and earlier turns in, answer and the new turn out.
 */
import { cosine, readEmbeddings, unitFloats } from '../nlp/embeddings.js';
import { asksNegated, holdsAnswerKind } from '../nlp/intent.js';
import { withCapitals } from '../nlp/names.js';
import { askedFootnote, asksAboutDocument, asksSources, AUTHOR_SECTION, footnoteBeside, isDocumentCard, markerTurnedTo, summaryPassages } from './cards.js';
import { asksIfMentioned, DATE_NOUNS, type Engine, YEAR } from './engine.js';
import type { Answer, Result, Unanswered } from './types.js';
import type { Passage } from '../corpus/types.js';

/** What a conversation is about after one question: kept with the thread, so it survives a restart. */
export interface Turn {
  question: string;
  /** The names in play, in the order they were mentioned. */
  entities: Array<{ canonical: string; type: string }>;
  /** The content words of the topic, as written. */
  topic: string[];
  /** Names a follow-up turned the conversation to: answers must name them. */
  focus: string[];
  /** The question word the discussion asks with ("when"), which a line that only turns to a name asks with too. */
  asking?: string;
  /** The name "it" stood for in the line, which "it" in a line after it stands for too. */
  it?: string;
  /** Set where the last reply showed the sources of this turn's answer ("source?"): "it" in "when was it published?" is one of them. */
  sourced?: true;
  /** The passage the line asked for by its id ("p5", "/passage p5"), whose names and words a line after it asks of. */
  passage?: string;
  /** The things "they" stood for in the line ("the militants"), which "they" in a line after it stands for too. */
  they?: string;
  /** Set where the line showed a footnote ("/cite iii") in place of `passage`, which cites it: "tell me more" shows that. */
  footnote?: true;
  /** Set where the paper does not answer the line: the console goes on from it only to correct it ("no, I meant India"). */
  refused?: true;
}

export interface FollowUp {
  /** The question the engine was asked: the topic and the names in play. */
  effective: string;
  answer: Answer;
  turn: Turn;
  /** What the line asked of the answer shown before it. */
  asks: Asks;
}

/** What a follow-up asks of the answer shown before it. Decided here for the console and threads alike; each words its reply. */
export type Asks =
  /** A question ("why?", "what about Kazakhstan?"): its answer replies. */
  | 'question'
  /** The sources of the answer shown before ("source?", "where is that from?"): the footnotes its first passage cites. */
  | 'sources'
  /** More of the same ("tell me more", "go on", "anything else?") where every passage that answers is shown already. */
  | 'all shown'
  /** The paragraph before the one shown, which is its document's first ("and the one before?"). */
  | 'first paragraph'
  /** The paragraph after the one shown, which is its document's last ("what does the next paragraph say?"). */
  | 'last paragraph'
  /** The answer shown in other words ("what does that mean?", "in simpler words", "give me an example"): the paper's own words are all there is. */
  | 'in other words'
  /** Whether the answer shown is true ("is that true?", "are you sure?"): it is what the paper says, where, and on whose word. */
  | 'checked';

/** Names the analyzer found that belong to the gazetteer (not dates or numbers), once each, in order. */
function namesIn(engine: Engine, question: string): Turn['entities'] {
  const known = new Set(engine.corpus.gazetteer.map((e) => e.canonical));
  const seen = new Set<string>();
  return engine.analyzer
    .analyze(question)
    .entities.filter((e) => known.has(e.canonical) && !seen.has(e.canonical) && seen.add(e.canonical))
    .map(({ canonical, type }) => ({ canonical, type }));
}

/** A people ("Uighurs"), which "they" stands for, never "it". */
const isPeople = (entity: { type: string }): boolean => entity.type.toLowerCase() === 'people';
/** A place within a country ("western Kazakhstan" names Kazakhstan; "Osh" is where something happened, not what it is about). */
const isPlace = (entity: { type: string }): boolean => entity.type.toLowerCase() === 'place';

/** By each gazetteer name, the name it stands within ("Astana": "Kazakhstan"), of each corpus. */
const containers = new WeakMap<Engine['corpus'], Map<string, string>>();
/** By corpus, the names its documents' titles give (China, Central Asia): names every passage is about. Read once. */
const titleNames = new WeakMap<Engine['corpus'], Set<string>>();
const namesOfTitles = (engine: Engine): Set<string> => {
  let names = titleNames.get(engine.corpus);
  if (!names) titleNames.set(engine.corpus, (names = new Set(engine.corpus.documents.flatMap((d) => namesIn(engine, d.meta.title).map((e) => e.canonical)))));
  return names;
};

/**
 * Whether a text names every one of `focus` (gazetteer canonicals): what a discussion turned to, its answers name.
 * A place is named by the place it stands within too: "what about Astana?" turns to Kazakhstan, which a passage names.
 */
function namesAll(engine: Engine, text: string, focus: readonly string[]): boolean {
  if (focus.length === 0) return true;
  const named = new Set(namesIn(engine, text).map((e) => e.canonical));
  let within = containers.get(engine.corpus);
  if (!within) containers.set(engine.corpus, (within = new Map(engine.corpus.gazetteer.flatMap((e) => (e.within ? [[e.canonical, e.within] as const] : [])))));
  const namesOrHolds = (name: string): boolean => {
    for (let at: string | undefined = name, steps = 0; at !== undefined && steps < 8; at = within.get(at), steps += 1) if (named.has(at)) return true;
    return false;
  };
  return focus.every(namesOrHolds);
}

/** The names and topic words of a line, as the engine reads it: "what about Kazakstan?" names Kazakhstan. */
function ownOf(engine: Engine, line: string): Pick<Turn, 'entities' | 'topic'> {
  const read = engine.spell(line);
  const analysis = engine.analyzer.analyze(read);
  // "where exactly?", "and actually why?": adverbs alone say how, not what of; the topic stays what it was (it had
  // become "exactly").
  const adverbsOnly = analysis.words.length > 0 && analysis.words.every((word) => analysis.partsOfSpeech.get(word) === 'r');
  return { entities: namesIn(engine, read), topic: adverbsOnly ? [] : analysis.contentWords };
}

/** A line that may ask on from the question before it ("why?", "and when was that?", "tell me more"), if it has no word of its own. */
const ASKS_ON = /^\s*(?:(?:and|so|but|then|ok|okay)\W+)*(?:(?:since|between|until|till)\s+(?=when\b))?(?:(?:out\s+of|to|by|for|from|with|against|of|in|on|at)\s+(?=(?:whom?|what|which|where|how)\b))?(why|when|where|whom?|how|what|which)\b|\b(more|else)\b/i;
/** "what year?", "which date?": when, asked with a noun. */
const DATE_ASKED = /\b(?:what|which)\s+(?:year|date|month|day)\b/i;
/** "what about Kazakhstan?", "and how about India?": a turn to a name, asking as the question before it did. */
const TURNS_TO_NAME = /^\s*(?:(?:and|so|but|then|ok|okay)\W+)*(?:what|how)\s+about\b/i;
/** The question word a line asks with, if it asks with one of its own ("when did …", "what year …"). */
const askingOf = (line: string): string | undefined => {
  if (DATE_ASKED.test(line)) return 'when';
  if (TURNS_TO_NAME.test(line)) return undefined;
  // "what was it for?" asks why; "how much money?", "how many?" ask with their words of amount, which say what is asked.
  if (PURPOSE_ASKED.test(line)) return 'why';
  const amount = AMOUNT_ASKED.exec(line)?.[1];
  return amount ? amount.toLowerCase().replace(/\s+/g, ' ') : ASKS_ON.exec(line)?.[1]?.toLowerCase();
};
/** "what was it for?", "what's that for": a purpose asked, as "why?" asks it. */
const PURPOSE_ASKED = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*what(?:'s|’s|\s+(?:is|was|are|were))?\s+(?:it|that|this|they|the\s+\w+)\s+(?:\w+\s+)?for\W*$/i;
/** "how much money", "how many", "how long": an amount asked, with the noun of money that says which. */
const AMOUNT_ASKED = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*(?:(?:out\s+of|by|of|to|for)\s+)?(how\s+(?:much|many|long|big|large|far|often)(?:\s+(?:money|cash|aid|funding))?)\b/i;
/** A line that only asks to go on ("go on", "more", "elaborate pls"), though it has words of its own. */
const GO_ON = /^\s*(?:go on|continue|and|more|elaborate|explain|expand|details?)(?:\s+(?:please|pls|plz|more|further|on (?:that|this|it)))?\W*$/i;
/** A line that asks when ("when?", "and when was that?", "what year?"), if it asks on at all. */
const WHEN = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*(?:(?:since|between|until|till)\s+)?when\b|\b(?:what|which)\s+(?:year|date)\b/i;
/** A line that asks why ("why?", "but why though?"), if it asks on at all. */
const WHY = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*why\b/i;
/** "when?", "and when was that?", "what year?": a date asked of what was just said, and nothing else. */
const WHEN_ALONE = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*(?:when|(?:in\s+)?(?:what|which)\s+year)(?:\s+(?:was|did|is|were)\s+(?:that|this|it))?(?:\s+happen)?\W*$/i;
/** "why?" alone, or of what was said ("why was that?", "how come?"). */
const WHY_ALONE = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*(?:why|how\s+come)(?:\s+(?:is|was|did|does)\s+(?:that|this|it))?\W*$/i;
/** "how much?", "how many?" alone, or of what was said ("and how much was it?"). */
const AMOUNT_ALONE = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*how\s+(?:much|many)(?:\s+(?:money|aid|cash))?(?:\s+(?:was|is|were|are|did)\s+(?:that|this|it|they))?\W*$/i;
/** A line that asks why in other words ("what's the reason?", "how come?", "for what reason?", chat's "y"): read as "why?". */
const REASON_ASKED = wholeLine(
  ['ok', 'okay', 'so', 'and', 'but', 'then'],
  ["(?:what(?:'s|’s|s|\\s+is|\\s+was)\\s+)?the\\s+reasons?(?:\\s+(?:for|behind)\\s+(?:that|this|it))?", 'reasons?', 'how\\s+come', 'for\\s+what\\s+reasons?', 'y(?:\\s+tho(?:ugh)?)?'],
);
/** A sentence opening on a word that refers back to the one before it or adds to it ("Besides …", "This led to …"). */
const GOES_ON = /^\W*(?:besides|moreover|furthermore|also|this|these|that|such|it|therefore|thus|hence|so|consequently|as a result|for this reason|in response|because)\b/i;
/** A line that asks for more of the same answer ("tell me more", "anything else?"), if it asks on at all. */
const MORE = /\b(more|else)\b/i;

/** The terms of DATE_NOUNS, by engine (its analyzer's normal forms): read once. */
const dateNounTerms = new WeakMap<Engine, Set<string>>();
const dateNounsOf = (engine: Engine): Set<string> => {
  let terms = dateNounTerms.get(engine);
  if (!terms) dateNounTerms.set(engine, (terms = new Set(engine.analyzer.terms(DATE_NOUNS))));
  return terms;
};

/**
 * Whether a line asks on from the question before it: it only asks to go on ("go on", "tell me more"), or asks with
 * no word or name of its own ("why?", "and when was that?"). Not "thanks!", nor "why does Uzbekistan skip SCO exercises?".
 */
export function asksOn(engine: Engine, line: string): boolean {
  if (GO_ON.test(line) || NEIGHBOUR.test(line) || CITED_BY_SHOWN.test(line) || REASON_ASKED.test(line)) return true;
  // Read for its words only when it may be one.
  // "what does [x] refer to?" names a footnote, by a marker the analyzer keeps no word of.
  // "what is the paper about?" asks about the paper, whatever came before it ("what is it about?" of what did).
  if (!ASKS_ON.test(line) || askedFootnote(line) !== null || asksAboutDocument(line)) return false;
  const analysis = engine.analyzer.analyze(line);
  // "what year?" asks when, with no word of its own.
  const dateNouns = analysis.intent.kind === 'date' ? dateNounsOf(engine) : null;
  return analysis.words.every((word) => dateNouns?.has(word)) && analysis.names.length === 0;
}

/**
 * A yes-or-no question of what was said before, in words too common to ask anything alone ("did it work?", "would it
 * help?", "does that matter?"): of the discussion, not small talk.
 */
const ASKS_OF_IT = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*(?:did|does|do|would|will|could|can|is|was|are|were|has|have|had|should|might)(?:n[’']?t)?\s+(?:it|they|that|this|these|those)\s+(?:really\s+|actually\s+|even\s+|ever\s+)?\p{L}{3,}/iu;

/** "what was it about?", "so what's that all about?": what the thing just told of is about. */
const ABOUT_IT = /^\W*(?:(?:and|so|but|then|ok|okay)\W+)*what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:it|that|this|they|those)\s+(?:all\s+)?about\W*$/i;

/** Words that refer back to what was said before ("when was it set up?", "what did they agree?"). */
const REFERS_BACK = /\b(?:it|its|they|them|their|this|that|these|those|he|she|him|his|her)\b/i;

/**
 * "the most recent one", "the first one", "which ones": one of the things the discussion is about, picked out; so is a
 * line ending on "the" and a superlative or an ordinal alone ("and the most recent?", "the first?").
 */
const ONE_OF_THEM = /\b(?:the|which|first|last|next|latest|recent|\p{L}+est)\s+ones?\b(?!\s+of\b)|\bthe\s+(?:(?:most|least)\s+\p{L}+|first|second|third|last|next|latest|earliest|newest|oldest|biggest|largest|smallest|longest|shortest|highest|lowest)\s*[?.!]*\s*$/iu;

/** The words that pick one of several things out by its place or time (see ONE_OF_THEM). */
const PICKS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'last', 'next', 'latest', 'recent', 'earliest', 'newest', 'oldest']);

/** "there" ending a line: the place the discussion is about ("what is the drug problem there?"), not "is there …". */
const THERE = /\bthere\W*$/i;
/** A question word anywhere in a text. */
const WH_WORD = /\b(?:what|why|how|when|where|who|whom|which)\b/i;
/** Where a second question is joined on to a line: "…, and what else…", "…; why…". */
const JOINED_QUESTION = new RegExp(`(?:(?:,\\s*|\\s+)(?:and|but)\\s+|[,;]\\s+)(?=${WH_WORD.source})`, 'i');
/** Whether a text refers to something said before it (see REFERS_BACK, ONE_OF_THEM and THERE). */
const refersAny = (text: string): boolean => REFERS_BACK.test(text) || ONE_OF_THEM.test(text) || THERE.test(text);
/**
 * Whether a line refers back to what was said before. Not by a question joined on to one asking on its own ("Who runs
 * the joint drills on the Kazakh border, and what else do they team up against?"), whose "they" is the first one's
 * answer (session 60's trial: it had been read with the Kyrgyzstan of the question before).
 */
function refersBackIn(line: string): boolean {
  if (!refersAny(line)) return false;
  const joined = line.search(JOINED_QUESTION);
  return !(joined > 0 && WH_WORD.test(line.slice(0, joined)) && !refersAny(line.slice(0, joined)));
}

/** A footnote asked for by its place after the one before: "what does the next footnote say?", "the previous note". */
const FOOTNOTE_STEP = /\b(next|following|previous|prior|preceding)\s+(?:foot\s?)?notes?\b/i;
/** A line asking for the next or the previous one alone ("the next one?", "and the previous?"): after a footnote, a footnote. */
const ONE_STEP = /^\W*(?:(?:and|so|ok|okay|then)\W+)*(?:(?:what|how)\s+about\s+)?(?:the\s+)?(next|following|previous|prior|preceding)(?:\s+one)?\W*$/i;
/** Whether a line asks for the footnote after or before the one the discussion is on ("what does the next footnote say?"). */
export const stepsFootnote = (line: string): boolean => FOOTNOTE_STEP.test(line);

/** A pronoun for a thing or things, before a noun it has ("its staff") or not. */
const THING = /\b(it|its|they|them|their)\b/i;

/**
 * A line with a pronoun for what the discussion is about, the pronoun replaced by the name it stands for: "it" and
 * "its" for one name, never a people (`peoples`: "did it work?" after "why did the Mongols build a navy?" asks of the
 * navy, not of the Mongols, whom "they" would stand for); "they", "them" and "their" for one or more ("China and
 * Kyrgyzstan"). Null when the line has no such pronoun or "it" would stand for none or one of several names.
 */
function namedForPronoun(line: string, candidates: string[], peoples: ReadonlySet<string>): { line: string; names: string[] } | null {
  const found = THING.exec(line);
  if (!found) return null;
  const pronoun = found[1]!.toLowerCase();
  const singular = pronoun === 'it' || pronoun === 'its';
  const names = singular ? candidates.filter((name) => !peoples.has(name)) : candidates;
  if (names.length === 0 || (singular && names.length > 1)) return null;
  const name = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const possessive = pronoun === 'its' || pronoun === 'their';
  return { line: `${line.slice(0, found.index)}${possessive ? `${name}'s` : name}${line.slice(found.index + found[0].length)}`, names };
}

/**
 * The things a question asks about by a plural noun after its verb ("how do the militants get into China?": "the
 * militants"), whom "they" in the line after it stands for rather than the names in play; null for none.
 */
const PLURAL_SUBJECT = /\b(?:do|are|were|have)\s+(the\s+(?:\p{L}+\s+){0,2}?\p{L}+s|(?:\p{Ll}+\s+)?\p{Ll}{3,}s)(?=\s+\p{Ll}|\W*$)/u;
/** Or the things a line ends on, after its verb ("uzbekistan joined all the exercises"), which "them" after it stands for. */
const PLURAL_OBJECT = /\b\p{Ll}{3,}\s+(?:all\s+)?(the\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}{3,}s)\W*$/u;
const pluralThings = (question: string): string | null => PLURAL_SUBJECT.exec(question)?.[1] ?? PLURAL_OBJECT.exec(question)?.[1] ?? null;
/** "they", "them", "their": what `Turn.they` stands in for. */
const THEY_WORDS = /\b(?:they|them|their)\b/gi;

/** A pronoun for a person ("who is she?"), and the same before a noun she has ("what is her job?"). */
const PERSON = /\b(?:he|she|him|his|her)\b/i;
const PERSON_G = new RegExp(PERSON.source, 'gi');
const POSSESSIVE_PERSON = /\b(?:his|her)\b(?=\s+\p{L})/giu;

/** The corpus's passage a result shows (ids alone may repeat across documents: the text tells them apart). */
const passageOf = (engine: Engine, result: Result): Passage | undefined => engine.corpus.passages.find((p) => p.id === result.id && p.text === result.text);

/** The year the document of an answer's first result was written, where its front matter gives one. */
export function yearShown(engine: Engine, answer: Answer): number | null {
  const id = documentShown(engine, answer);
  return engine.corpus.documents.find((d) => d.meta.id === id)?.meta.year ?? null;
}

/** The id of the document an answer's first result is of: a card's, or its passage's. */
function documentShown(engine: Engine, answer: Answer): string | undefined {
  const first = answer.results[0];
  if (!first) return undefined;
  return isDocumentCard(first) ? first.id : passageOf(engine, first)?.documentId;
}

/**
 * "when was it published?", "who wrote it?" after a passage of one document: that document's card, not the card a
 * question about no document in particular gets (the fullest). With the others' passages left out.
 */
function ofDocumentShown(engine: Engine, question: string, followed: FollowUp, shown: () => FollowUp): FollowUp {
  const first = followed.answer.results[0];
  if (!first || !isDocumentCard(first) || engine.corpus.documents.length < 2 || !refersBackIn(question)) return followed;
  const meant = documentShown(engine, shown().answer);
  const card = meant === undefined || meant === first.id ? undefined : engine.card(meant);
  if (!card) return followed;
  const own = followed.answer.results.slice(1).filter((r) => passageOf(engine, r)?.documentId === meant);
  return { ...followed, answer: { ...followed.answer, results: [card, ...own] } };
}

/** The author of the document whose card, or what it says of its author, an answer shows first; or null. */
function authorShown(engine: Engine, answer: Answer): string | null {
  const first = answer.results[0];
  if (!first) return null;
  if (isDocumentCard(first)) return engine.corpus.documents.find((d) => d.meta.id === first.id)?.meta.author ?? null;
  const passage = passageOf(engine, first);
  if (!passage || !AUTHOR_SECTION.test(passage.section ?? '')) return null;
  return engine.corpus.documents.find((d) => d.meta.id === passage.documentId)?.meta.author ?? null;
}

/**
 * Whether a line refers back to the question before it with a pronoun and names nothing of its own ("when was it set
 * up?" after "What is RATS?"): it is read with what the discussion is about. So is one that names one thing and says
 * "them" or "they" of others the discussion named ("what has China given them?" after "tell me about Kazakhstan"):
 * one name is no "them".
 */
export function refersBack(engine: Engine, line: string, previous?: Turn): boolean {
  if (!refersBackIn(line)) return false;
  const names = engine.analyzer.analyze(engine.spell(line)).names;
  if (names.length === 0) return true;
  if (!previous || names.length > 1 || !(THEM.test(line) || OBJECT_IT.test(line) || SUBJECT_IT.test(line))) return false;
  const own = new Set(namesIn(engine, line).map((e) => e.canonical));
  return own.size === 1 && previous.entities.some((e) => !own.has(e.canonical));
}

/** "summarise it", "sum that up", "tl;dr that": a summary of what was said. */
const SUMMARISE_IT = /^\W*(?:(?:ok|okay|so|and|now|pls|please|can\s+you|could\s+you)\W+)*(?:summari[sz]e|sum\s+up|tl;?dr)\s+(?:it|that|this)(?:\s+(?:passage|paragraph|one|up))?(?:\s+(?:for\s+me|please|pls))?\W*$|^\W*sum\s+(?:it|that|this)\s+up\W*$/i;
/**
 * The answer with `results` shown in place of its own. Its note that the first passage never mentions a name is of that
 * passage and the sentence it shows: with another first, or another sentence shown, the note is made again ("Note: p8
 * never mentions Uzbekistan" had been said of p8, put first in place of the engine's p9).
 */
function showing<T extends Answer>(engine: Engine, answer: T, results: Result[]): T {
  const first = results[0];
  if (first === answer.results[0]) return { ...answer, results };
  const { unmentioned: _unmentioned, ...rest } = answer;
  const unmentioned = first === undefined ? [] : engine.unmentioned(answer.entities, first);
  return { ...rest, results, ...(unmentioned.length > 0 ? { unmentioned } : {}) } as T;
}

/** Ordinals of the results shown, in words and in figures: the index of one, modulo five, is its place. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', '1st', '2nd', '3rd', '4th', '5th'];
/**
 * A line asking for one of the results shown by its place: "what's the second result about?", "show me the third
 * result", "the last answer". Not "the second paragraph", which is the paper's own (p2), nor "the first one", which
 * picks one of the things spoken of ("and the first one?" after the most recent exercise).
 */
const NTH_SHOWN = wholeLine(
  ['ok', 'okay', 'so', 'and', 'now'],
  [`(?:(?:what(?:['’]s|s| is| does| about)|show(?:\\s+me)?|open|read|explain|tell\\s+me\\s+about|and)\\s+)?(?:the\\s+)?(${ORDINALS.join('|')}|last)\\s+(?:result|answer|hit)(?:\\s+(?:about|say|says|shown|above|mean|means))?`],
);
/** "is that Russia?", "so it's Uzbekistan?", "or was it China?": whether what was said is a thing named, up to three words. */
const IS_THAT = /^\W*(?:(?:so|and|or|ok|okay|oh|wait|no)\W+)*(?:is|was)\s+(?:that|it)\s+(?:the\s+)?([\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2})\W*$|^\W*(?:(?:so|and|ok|okay|oh)\W+)*(?:that's|thats|it's|its)\s+(?:the\s+)?([\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2})\s*\?\W*$/iu;
/** A line asking who wrote what it refers to ("who wrote it?", "who wrote that?"). */
const WROTE = /\bwho\s+wrote\b/i;

/** Whether a line asks who wrote something ("who wrote it?"): of the paper when nothing is on the screen. */
export const asksWhoWrote = (line: string): boolean => WROTE.test(line);

/**
 * A line asking when, where or by whom what it refers to was published ("when was it published?", "where did that
 * appear?", "who published it?", "what year is it from?"): of a source on the screen, its footnote says.
 */
const PUBLICATION_ASKED = wholeLine(
  ['ok', 'okay', 'so', 'and', 'but', 'then'],
  [
    "(?:when|where|what\\s+year|which\\s+year|in\\s+what\\s+year|on\\s+what\\s+date)\\s+(?:was|were|is|are|did|does)\\s+(?:it|that|this|they|(?:the|that|this|its)\\s+(?:source|article|piece|report|footnote|work|book))\\s+(?:first\\s+)?(?:published|written|released|come\\s+out|came\\s+out|appear|appeared|printed|posted|put\\s+out|from)",
    'who\\s+(?:published|posted|released|put\\s+out|printed|ran)\\s+(?:it|that|this|them)',
    "(?:what|which)\\s+(?:date|year)\\s+(?:is|was)\\s+(?:it|that|this)(?:\\s+from)?",
    "how\\s+old\\s+is\\s+(?:it|that|this|the\\s+source)",
    '(?:since\\s+)?when|(?:what|which)\\s+(?:year|date)',
  ],
);

/** A question that names a source ("what is the source for the claim that …?", "which work is cited for …?"). */
const SOURCE_NAMED = /\b(?:sources?|footnotes?|citations?|references?|cited|cites?)\b/i;

/** A pronoun for others than the one thing a line names. */
const THEM = /\b(?:them|they)\b/i;

/**
 * "it" after a verb or preposition ("what does China give it?", "is China afraid of it?"): the object, which is not the
 * one thing a line names (that would be "itself"), so another the discussion named. Not after a word that asks or
 * links ("when was it set up?", "and is it big?"), where "it" may be the thing named.
 */
const OBJECT_IT = /\b(?!(?:is|was|are|were|be|been|being|does|did|do|has|have|had|will|would|can|could|should|may|might|must|and|or|but|if|when|where|why|how|what|which|who|that|so|as|because|since|call|called|name|named|make|makes|made|find|found|consider|considered|think|thinks|keep|keeps|see|sees)\b)\p{L}+\s+it\b/iu;

/**
 * "it" doing what an auxiliary asks of ("what did it ask the US for?", "does it border China?"): of the one thing a line
 * names it would be the name, so it is another the discussion named. Not "it" standing for nothing ("does it matter
 * that…", "how long did it take China to…").
 */
const SUBJECT_IT = /\b(?:do|does|did|has|have|had|can|could|will|would|should|might)\s+it\s+(?!(?:matter|matters|mean|means|seem|seems|make\s+sense|take|takes|help)\b)\p{L}+/iu;

/**
 * A line that asks for the source of the answer before it ("source?", "what's the source", "reference please", "where
 * is that from?", "which footnote is that from?", "who wrote that?", "which outlet?"): the footnotes it cites say who
 * wrote what, and where.
 */
const SOURCE_OF_THAT = new RegExp(
  // After "and", "ok", "so" ("and the source?", "ok and the sources").
  '^\\s*(?:(?:ok|okay|so|and|but|then)\\W+)*(?:' +
    [
      "(?:what(?:'s|s| is| are) )?(?:the\\s+)?(?:source|sources|src|srcs|sauce|citation|citations|reference|references|ref|refs|cite|footnote|footnotes)(?: please| pls)?",
      "(?:what(?:'s| is) the )?(?:source|footnote|citation|reference) (?:for|of) (?:that|this|it)",
      // "what does that footnote say?" after "/cite v" or an answer: the footnotes of the passage shown.
      'what (?:does|do) (?:that|this|the|its) (?:source|footnote|citation|reference)s? say',
      // "which footnote is that from?", "what footnote?", "cite that"
      "(?:which|what) (?:source|footnote|citation|reference)s?(?: (?:is|was|are) (?:that|this|it)(?: from| in)?)?",
      // "which footnote says that?", "what source backs this up?" (it had been read as asking for every source: session
      // 55's trial).
      '(?:which|what) (?:source|footnote|citation|reference)s? (?:says?|said|supports?|backs? (?:that|this|it) up|shows?|mentions?|states?) ?(?:that|this|it|so)?',
      'cite (?:that|this|it)',
      // "what does it cite?", "what sources does that use?": what the passage shown cites.
      "what(?: (?:source|footnote|citation|reference|work)s?)? (?:does|do|did) (?:that|this|it|that passage|this passage|that paragraph|this paragraph) (?:cite|use|quote|rely on|refer to)",
      // and as chat writes it, without "does": "whats it cite", "what it cites"
      "what(?:'s|s)? (?:that|this|it) (?:cites?|quotes?|uses?)",
      // "who cites that?", "what is that based on?": who the passage shown relies on for it.
      'who (?:cites|is cited for|backs up|supports) (?:that|this|it)',
      "what(?:'s| is) (?:that|this|it) based on",
      "where(?:'s| is| does| was) (?:that|this|it) (?:from|come from|published)",
      // "who wrote that?": of the claim shown; "who wrote this?" asks who wrote the paper, which the engine answers.
      // "who wrote the source for that?": of the claim shown too.
      'who wrote (?:that|it|the source|the footnote|(?:that|this|the) (?:source|footnote|report|piece))(?: (?:for|of|behind) (?:that|this|it))?',
      // "who says so?", "says who?", "who said that?": the source asked for, as "source?" asks it.
      '(?:who (?:says|said)(?: (?:so|that|this|it))?|says who)',
      '(?:which|what) (?:outlet|publication|journal|website|newspaper)',
      // "who is that author?" after "source?": the cited work's author, whom its footnote names; not "who is the author?".
      "who(?:'s| is| was) (?:that|this) (?:author|writer|source)",
    ].join('|') +
    ')\\s*\\W*$',
  'i',
);

/** A line asking where in the paper the answer shown is: "where does it say that?", "which paragraph is that?". */
const WHERE_SAID = wholeLine(
  ['ok', 'okay', 'so', 'and', 'but', 'wait'],
  [
    'where\\s+(?:does|did)\\s+(?:it|the\\s+paper|the\\s+author|she|the\\s+text)\\s+(?:say|mention|state|write)\\s+(?:that|this|so|it)(?:\\s+in\\s+the\\s+paper)?',
    // Not "where is it?", which may ask where a place is.
    "where(?:'s|’s|\\s+is|\\s+was)\\s+(?:that|this|it)(?:\\s+(?:said|stated|written|mentioned)(?:\\s+in\\s+the\\s+(?:paper|text))?|\\s+in\\s+the\\s+(?:paper|text))",
    '(?:which|what)\\s+(?:paragraph|passage|part|section|bit)(?:\\s+of\\s+the\\s+paper)?\\s+(?:is|was)\\s+(?:that|this|it)(?:\\s+in)?',
    '(?:which|what)\\s+(?:paragraph|passage|part|section)(?:\\s+of\\s+the\\s+paper)?\\s+(?:says|said|mentions|states)\\s+(?:that|this|it|so)',
  ],
);
/** A line asking which passage cites what is on the screen ("which passage cites it?" after "/cite v"). */
const CITED_BY_SHOWN = /^\W*(?:so\W+)?(?:which|what) (?:passages?|paragraphs?|part) (?:cites?|quotes?|uses?|refers? to) (?:it|that|this|that footnote|this footnote)\W*$/i;

/** How much nearer in the word vectors one name must be than the others of its kind to be the one a line's name replaces. */
const NEARER_BY = 0.15;

/** A name's word vector (one word, lower case), or null. */
function nameVector(name: string): Float32Array | null {
  const vector = /^\p{L}+$/u.test(name) ? readEmbeddings().vector(name.toLowerCase()) : undefined;
  return vector ? unitFloats(vector) : null;
}

/**
 * The name in play a line's name replaces: of those of its kind not replaced already, the one nearest it in the word
 * vectors where one is clearly nearest ("what about Kyrgyzstan?" after "Why does Tajikistan rely on Russia?" replaces
 * Tajikistan, 0.88 to Russia's 0.53), else the last; -1 for none.
 */
function replacedBy(name: Turn['entities'][number], entities: Turn['entities'], brought: ReadonlySet<string>): number {
  const kin = entities.flatMap((e, at) => (e.type === name.type && !brought.has(e.canonical) ? [at] : []));
  if (kin.length < 2) return kin.at(-1) ?? -1;
  const own = nameVector(name.canonical);
  const near = kin.map((at) => {
    const other = nameVector(entities[at]!.canonical);
    return own && other ? cosine(own, other) : null;
  });
  if (near.some((n) => n === null)) return kin.at(-1)!;
  const order = near.map((n, k) => [n!, k] as const).sort((a, b) => b[0] - a[0]);
  return order[0]![0] - order[1]![0] >= NEARER_BY ? kin[order[0]![1]]! : kin.at(-1)!;
}

/** A line that turns the conversation to another name: "what about Kazakhstan?", "and Tajikistan?", "how about India?". */
const TURNS_TO = /^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:(?:what|how)\s+about\b|and\b)/i;

/** A line correcting the one before it: "no, I meant India", "sorry, I mean the first one". */
const CORRECTS = /^\W*(?:(?:no|nope|nah|sorry|oops|oh|ah|wait|actually)\W+)*(?:i\s+)?(?:meant|mean)\b/i;
/** Whether a line corrects the question before it ("no, I meant India"), to be read with the conversation. */
export const corrects = (line: string): boolean => CORRECTS.test(line);

/** Whether a line turns the conversation to another name ("what about Kazakhstan?"), to be read with the conversation. */
export function turnsTo(line: string): boolean {
  return TURNS_TO.test(line);
}

/** A line that is one of `asks` (patterns), after any of `leads` ("ok", "so") and before `after`, in any case. */
function wholeLine(leads: string[], asks: string[], after = ''): RegExp {
  return new RegExp(`^\\W*(?:(?:${leads.join('|')})\\W+)*(?:${asks.join('|')})${after}\\W*$`, 'i');
}

/** What a reply to a line asking of the answer above ends with where there is no answer above. */
const ASK_SOMETHING = 'Ask me something about the paper, for example: why does Uzbekistan skip SCO exercises?';

/**
 * A line asking for the answer above in other words ("what does that mean?", "explain it in simpler words", "ELI5",
 * "give me an example"): the bot shows what the paper says in its own words, and has no others.
 */
const IN_OTHER_WORDS = wholeLine(
  ['ok', 'okay', 'so', 'and', 'but', 'um', 'hmm'],
  [
    'what\\s+(?:does|do)\\s+(?:that|this|it)\\s+(?:even\\s+)?mean',
    'what\\s+do\\s+you\\s+mean',
    "(?:(?:can|could)\\s+you\\s+|pls\\s+|please\\s+)?(?:explain|rephrase|reword|simplify|say|put)(?:\\s+(?:it|that|this))?\\s+(?:in|into)\\s+(?:simpler|simple|plain|other|easier|your\\s+own|layman'?s'?)\\s+(?:words|terms|english|language)",
    '(?:(?:can|could)\\s+you\\s+|pls\\s+|please\\s+)?(?:rephrase|reword|simplify)(?:\\s+(?:it|that|this))?',
    "explain\\s+(?:it|that|this)(?:\\s+(?:simply|more\\s+simply|to\\s+me|like\\s+i'?m\\s+(?:five|5)))?",
    // "explain like im 5", "dumb it down", "in plain english?"
    "explain\\s+(?:(?:it|that|this)\\s+)?like\\s+i'?m\\s+(?:five|5|a\\s+(?:kid|child|baby))",
    '(?:dumb|break)\\s+(?:it|that|this)\\s+down',
    "(?:in\\s+)?(?:simpler|simple|plain|other|easier|layman'?s'?)\\s+(?:words|terms|english)",
    'eli5',
    '(?:(?:can|could)\\s+you\\s+)?(?:give|show)\\s+(?:me\\s+|us\\s+)?(?:an?\\s+)?examples?',
    '(?:any|an)\\s+examples?',
    'examples?',
    'such\\s+as',
    'for\\s+(?:example|instance)',
    'like\\s+what',
  ],
  '(?:\\s+(?:please|pls|for\\s+me))?',
);

/** Whether a line asks for the answer above in other words, which the bot does not have (see IN_OTHER_WORDS). */
export function asksInOtherWords(line: string): boolean {
  return IN_OTHER_WORDS.test(line);
}

/** What a reply says to a line asking for the answer above in other words: the paper's words are all it shows, and where they are. */
export function inOtherWordsText(answer: Answer, quote: (id: string) => string = (id) => id): string {
  const shown = answer.results[0];
  if (!shown) return `There is no answer above to put in other words. ${ASK_SOMETHING}`;
  const where = isDocumentCard(shown) ? `the paper itself, ${quote(shown.id)}` : `${quote(shown.id)}: “${shown.highlight}”`;
  return `I can only show what the paper says, in its own words; I don't put it in other words or add examples of my own. The answer above is ${where}`;
}

/** Words asking whether what the paper says still holds ("still true", "still the case today", "still there"). */
const STILL_HOLDS = 'still\\s+(?:true|so|the\\s+case|there|happening|going\\s+on|valid|right|active|relevant|a\\s+thing|in\\s+place|open|running)(?:\\s+(?:today|now|nowadays|in\\s+\\d{4}))?';
const STILL_ASKED = new RegExp(`\\b${STILL_HOLDS}`, 'i');

/** A line asking whether the answer above is so ("is that true?", "are you sure?", "really?", "how do you know?"). */
const CHECKS_ANSWER = wholeLine(
  ['ok', 'okay', 'so', 'and', 'but', 'um', 'hmm', 'wait', 'hold\\s+on'],
  [
    '(?:is|was)\\s+(?:that|this|it)\\s+(?:really\\s+|actually\\s+)?(?:true|right|correct|accurate|so|a\\s+fact)',
    // whether an amount shown is much: the paper gives it, not a judgement of it ("is that a lot?")
    '(?:is|was)\\s+(?:that|this|it)\\s+(?:really\\s+)?(?:a\\s+lot|a\\s+lot\\s+of\\s+money|much|many|enough|big|large|huge|small|little)',
    '(?:are|r)\\s+(?:you|u)\\s+(?:really\\s+)?(?:sure|certain|right)(?:\\s+about\\s+(?:that|this|it))?',
    'really',
    'for\\s+real',
    // the answer disputed: "that's wrong", "not true", "incorrect"
    "(?:(?:that|this|it)(?:'s|’s|s|\\s+is)\\s+)?(?:wrong|incorrect|false|not\\s+(?:true|right|correct))",
    'how\\s+(?:do|can|would)\\s+(?:you|u|we)\\s+know(?:\\s+(?:that|this|it))?',
    '(?:can|should)\\s+(?:i|we)\\s+trust\\s+(?:that|this|it|you)',
    // whether it still holds: "is that still true?", "is it still there", "still the case today?"
    `(?:(?:is|are|was)\\s+(?:that|this|it|they)\\s+)?${STILL_HOLDS}`,
  ],
);

/**
 * Whether a line asks of the answer shown itself: if what was said is a thing it names ("is that Russia?"), for one
 * of its results by its place ("what's the second result about?"), or for a summary of it ("summarise it").
 */
export function asksOfShown(line: string): boolean {
  return (IS_THAT.test(line) && !checksAnswer(line)) || NTH_SHOWN.test(line) || SUMMARISE_IT.test(line);
}

/** Whether a line asks whether the answer above is so (see CHECKS_ANSWER). */
export function checksAnswer(line: string): boolean {
  return CHECKS_ANSWER.test(line);
}

/**
 * What a reply says to a line asking whether the answer above is so: what the paper says, where, and citing what;
 * asked whether it still holds, that the paper tells what held when it was written (`writtenIn`, its year).
 */
export function checkedText(answer: Answer, quote: (id: string) => string = (id) => id, writtenIn: number | null = null): string {
  const shown = answer.results[0];
  if (!shown) return `There is no answer above to check. ${ASK_SOMETHING}`;
  if (STILL_ASKED.test(answer.question)) return `The paper tells what held when it was written${writtenIn === null ? '' : `, in ${writtenIn}`}; it can't say whether that is still so. What it says, in ${quote(shown.id)}: “${shown.highlight}”`;
  if (isDocumentCard(shown)) return `That is what the paper itself states (${quote(shown.id)}). I only report what the paper says; I can't check it against anything else.`;
  const markers = shown.citations.map((c) => `[${c.marker}]`);
  const cited = markers.length === 0 ? 'It cites no source for it.' : `It cites ${markers.length === 1 ? 'footnote' : 'footnotes'} ${markers.join(', ')} for it (“source?” shows ${markers.length === 1 ? 'it' : 'them'}).`;
  return `I only report what the paper says; I can't check it against anything else. The paper says so in ${quote(shown.id)}: “${shown.highlight}” ${cited}`;
}

/** Whether a line asks for the source of the answer before it ("source?", "where is that from?"), not of the paper. */
export function asksSourceOfThat(line: string): boolean {
  return SOURCE_OF_THAT.test(line);
}

/** Whether a line asks for more of the answer before it ("tell me more", "go on", "anything else?"), not "why?". */
function asksForMore(engine: Engine, line: string): boolean {
  return (GO_ON.test(line) || MORE.test(line)) && asksOn(engine, line);
}

/** A line picking a place in a list alone ("and the second?", "the last one?", "what about the third?"), and the place. */
const PLACE_PICKED = /^\W*(?:(?:and|so|ok|okay|but|then|what\s+about|how\s+about)\W+)*(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)(?:\s+one)?\W*$/i;
/** A question asking for a paragraph by a word naming one ("what does the first paragraph say?"). */
const PARAGRAPH_NAMED = /\b(?:paragraph|para|passage)s?\b/i;
/**
 * Whether a question named a cited work by a word of its footnote that the passage answering it does not have ("who is
 * rossabi?": Morris Rossabi wrote footnote i of p1): "when was that published?" after it asks of that work.
 */
function namesCitedWork(question: string, answer: Answer): boolean {
  const first = answer.results[0];
  if (!first || isDocumentCard(first)) return false;
  const own = first.text.toLowerCase();
  const cited = first.citations.map((c) => c.text.toLowerCase()).join(' ');
  return (question.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((word) => cited.includes(word) && !own.includes(word));
}

/** A line that asks what came after ("what happened next?", "and then?", "after that?"). */
const NEXT = /^\W*(?:(?:and|so|ok|okay|but)\W+)*(?:what\s+happen(?:ed|s)\s+(?:next|then|after(?:wards|\s+that)?)|what\s+(?:came|comes)\s+next|what\s+next|then\s+what|and\s+then|after\s+that|what\s+followed)\W*$/i;

/**
 * A line that asks for the paragraph after or before the one shown ("what does the next paragraph say?", "and the one
 * before?", "previous passage"): groups 1 and 3 hold the word for after, 2 and 4 the one for before. Not "the last
 * paragraph", which may be the paper's last.
 */
const NEIGHBOUR = /^\W*(?:(?:and|so|ok|okay|but|then)\W+)*(?:(?:what(?:'s|\s+is|\s+does|\s+about)?|show(?:\s+me)?|read|give\s+me|go\s+to)\s+)?(?:the\s+)?(?:(?:(next|following)|(previous|preceding|prior))\s+(?:paragraph|para|passage|one|part)|(?:paragraph|para|passage|one)\s+(?:(after)|(before))(?:\s+(?:it|that|this))?)(?:\s+(?:say|says|about))?\W*$/i;

/** What a reply says where the paragraph asked for lies beyond its document's edge, the shown one's id quoted as the reply quotes ids. */
export function edgeText(asks: 'first paragraph' | 'last paragraph', answer: Answer, quote: (id: string) => string = (id) => id): string {
  const shown = answer.results[0];
  if (!shown || isDocumentCard(shown)) return 'The answer above is the paper itself, not one of its paragraphs: ask for one by its id.';
  return `${quote(shown.id)} is the document's ${asks === 'first paragraph' ? 'first paragraph: there is none before it' : 'last paragraph: there is none after it'}.`;
}

/** Where one sentence of a highlight ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u;

/**
 * What a reply says to "why?" when every passage that answers it is shown already (asks 'all shown'): the reason the
 * sentence shown gives, quoted ("[p14] gives the reason, in the passage above: “… because it fears domination …”"), or
 * that none of them gives one;
 * null for any other line, which is told that all is shown.
 */
export function whyShownText(line: string, answer: Answer, quote: (id: string) => string = (id) => id): string | null {
  if (!WHY.test(line) && !REASON_ASKED.test(line)) return null;
  const shown = answer.results[0];
  // Of a highlight of several sentences (a passage asked for by its id is shown whole), those giving a reason.
  const giving = shown && !isDocumentCard(shown) ? shown.highlight.split(SENTENCE_BREAK).filter((sentence) => holdsAnswerKind(sentence, 'reason')) : [];
  if (giving.length > 0) return `${quote(shown!.id)} gives the reason, in the passage above: “${giving.join(' … ')}” The paper says no more of why.`;
  // Else the first sentence of a passage shown that gives one, outside its highlight ("As Kazakhstan requires military
  // up gradation, China provides…" of p10, shown second: it had said the paper gives no reason, session 55's trial).
  for (const result of answer.results) {
    if (isDocumentCard(result)) continue;
    const reason = result.text.split(SENTENCE_BREAK).find((sentence) => holdsAnswerKind(sentence, 'reason'));
    if (reason !== undefined) return `${quote(result.id)} gives a reason, in the passage above: “${reason}”`;
  }
  return 'The paper gives no reason for it beyond the passages above.';
}

/** Where in the corpus the passage an answer shows first stands; -1 for a card or no result. */
function shownAt(engine: Engine, answer: Answer): number {
  const shown = answer.results[0];
  return !shown || isDocumentCard(shown) ? -1 : engine.corpus.passages.findIndex((p) => p.id === shown.id && p.text === shown.text);
}

/** The paragraph after (+1) or before (-1) the first one an answer shows, in its document; null for a card or at the document's edge. */
function neighbour(engine: Engine, answer: Answer, step: 1 | -1): Answer | null {
  const passages = engine.corpus.passages;
  const at = shownAt(engine, answer);
  const next = at < 0 ? undefined : passages[at + step];
  return next && next.documentId === passages[at]!.documentId ? { ...answer, results: [engine.present(next)] } : null;
}

/**
 * The answer shown, read on: its first passage with the sentence after its highlight, or the next passage of the
 * document from its first sentence where the highlight ends the passage. Null for a card, or at the document's end.
 */
function readOn(engine: Engine, answer: Answer, withinPassage = false): Answer | null {
  const at = shownAt(engine, answer);
  if (at < 0) return null;
  const shown = answer.results[0]!;
  const passages = engine.corpus.passages;
  const passage = passages[at]!;
  // The sentence after the last the highlight shows (a highlight is a sentence, or two, or the whole passage).
  const sentences = engine.sentences(passage);
  const last = sentences.findIndex((s) => shown.highlight.endsWith(s));
  const after = last < 0 ? undefined : sentences[last + 1];
  const following = passages[at + 1];
  const next = after !== undefined && shown.highlight !== passage.text ? { passage, sentence: after } : !withinPassage && following && following.documentId === passage.documentId ? { passage: following, sentence: engine.sentences(following)[0]! } : null;
  return next ? { ...answer, results: [engine.present(next.passage, next.sentence)] } : null;
}

const sameIds = (a: Result[], b: Result[]): boolean => a.length === b.length && a.every((r, i) => r.id === b[i]!.id);

/**
 * What `line` asks of the answer shown before it, with the answer that goes with it: for 'sources' the one shown
 * (whose first passage's footnotes are asked for), else the answer to the question the line makes with the one before
 * (`askedOn`). Each answer is made only when needed. The console and discussion threads both decide here.
 */
export function whatFollowUpAsks<T extends { answer: Answer }>(engine: Engine, line: string, shown: () => T, askedOn: () => T): T & { asks: Asks } {
  // "where does it say that?", "which paragraph is that?": the answer shown, with its passage's id and section (asked
  // on, the line had found "The paper doesn't answer that", contradicting the answer above).
  if (WHERE_SAID.test(line)) return { ...shown(), asks: 'question' };
  // "what's the second result about?", "show me the last result": that result of the answer shown, whole (it had been
  // asked as a question of its own, and found "As a result, …").
  const nth = NTH_SHOWN.exec(line)?.[1]?.toLowerCase();
  if (nth !== undefined) {
    const before = shown();
    const results = before.answer.results;
    const at = nth === 'last' ? results.length - 1 : ORDINALS.indexOf(nth) % 5;
    const picked = results[at];
    if (picked) return { ...before, answer: showing(engine, before.answer, [picked]), asks: 'question' };
  }
  // "is that Russia?" of an answer whose sentence names Russia ("…fears domination of external powers, particularly
  // Russia"): that answer, which says so (asked anew, the line had found another passage naming Russia).
  const isThat = checksAnswer(line) ? null : IS_THAT.exec(line);
  const named = isThat?.[1] ?? isThat?.[2];
  if (named !== undefined) {
    const before = shown();
    const highlight = before.answer.results[0]?.highlight.toLowerCase() ?? '';
    const words = named.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length > 0 && highlight !== '' && !isDocumentCard(before.answer.results[0]!) && words.every((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(highlight))) return { ...before, asks: 'question' };
    // "was it China?" of an answer whose passage never names China ("India donated Tajikistan with two Mi-8
    // helicopters"): that answer, noting its passage never mentions China (asked anew, "was Tajikistan China?" had
    // found another passage, read by a study group's trial as a yes).
    const first = before.answer.results[0];
    const asked = namesIn(engine, named);
    if (first && !isDocumentCard(first) && asked.length === 1 && !namesIn(engine, first.text).some((e) => e.canonical === asked[0]!.canonical)) return { ...before, answer: { ...before.answer, unmentioned: [asked[0]!.canonical] }, asks: 'question' };
  }
  if (asksSourceOfThat(line)) {
    const before = shown();
    // "who wrote it?" of the paper's card asks who wrote the paper, not what it cites.
    const card = before.answer.results[0];
    if (WROTE.test(line) && card !== undefined && isDocumentCard(card)) return { ...before, answer: { ...before.answer, question: line, results: [card] }, asks: 'question' };
    return { ...before, asks: 'sources' };
  }
  if (asksInOtherWords(line)) return { ...shown(), asks: 'in other words' };
  // "summarise it" after a passage asks it in fewer words of the bot's own, which it has not (it had been the paper's
  // summary, its card and conclusion); after the paper's card, "it" is the paper, whose summary that is.
  if (SUMMARISE_IT.test(line)) {
    const before = shown();
    const first = before.answer.results[0];
    if (first && !isDocumentCard(first)) return { ...before, asks: 'in other words' };
  }
  if (checksAnswer(line)) return { ...shown(), asks: 'checked' };
  // "which passage cites it?" after "/cite v": the passage shown, which cites it.
  if (CITED_BY_SHOWN.test(line)) return { ...shown(), asks: 'question' };
  // "what does the next paragraph say?", "and the one before?": the paper's paragraph after or before the one shown.
  const side = NEIGHBOUR.exec(line);
  if (side) {
    const before = shown();
    const after = Boolean(side[1] || side[3]);
    const beside = neighbour(engine, before.answer, after ? 1 : -1);
    return beside ? { ...before, answer: beside, asks: 'question' } : { ...before, asks: after ? 'last paragraph' : 'first paragraph' };
  }
  // "what happened next?": the paper read on from the sentence shown.
  if (NEXT.test(line)) {
    const before = shown();
    const after = readOn(engine, before.answer);
    if (after) return { ...before, answer: after, asks: 'question' };
  }
  const more = asksForMore(engine, line);
  // The answer shown, worked out once however often it is looked at below.
  let shownOnce: T | undefined;
  const onScreen = (): T => (shownOnce ??= shown());
  // "tell me more" after the paper's card: what the paper says as a whole (its conclusion), the card being on the
  // screen; the line is not asked on with the conversation.
  const card = more ? onScreen().answer.results[0] : undefined;
  const document = card && isDocumentCard(card) ? engine.corpus.documents.find((d) => d.meta.id === card.id) : undefined;
  if (document && document.passages.length > 0) {
    const before = onScreen();
    return { ...before, answer: { question: line, entities: before.answer.entities, results: summaryPassages(document.passages).map((p) => engine.present(p)) }, asks: 'question' };
  }
  // "when?" alone of a sentence shown that dates what it says ("In 2004 China promised USD 16 million as military aid to
  // Kyrgyzstan"): that sentence, shown again. Asked on, the line had found another passage's date ("The first bilateral
  // exercise was held in 2002 with Kyrgyzstan"). Not of the paper's card, answered alone: the discussion goes on past it
  // ("and when was that?" asks of what the discussion is about).
  const first = WHEN_ALONE.test(line) ? onScreen().answer.results[0] : undefined;
  if (first !== undefined && !isDocumentCard(first) && holdsAnswerKind(first.highlight, 'date')) {
    return { ...onScreen(), asks: 'question' };
  }
  // "why?" alone of a sentence shown that gives its cause ("Uzbekistan has consistently refused to participate … because it
  // fears domination of external powers"): that cause, quoted. Asked on, the line had found another passage (the
  // Conclusion's "India who wishes to be part of…", for the "take part" of the question before).
  const cause = WHY_ALONE.test(line) ? onScreen().answer.results[0] : undefined;
  if (cause !== undefined && !isDocumentCard(cause) && holdsAnswerKind(cause.highlight, 'reason')) return { ...onScreen(), asks: 'all shown' };
  const next = askedOn();
  // "and when?" of a sentence shown that dates what it says ("In 2006 China conducted military exercises with …"),
  // where the question it makes finds no date: that sentence is the answer, shown again (it had been "that is all the
  // paper has", the date being on the screen, which read as if none were).
  if (next.answer.results.length === 0 && WHEN.test(line) && asksOn(engine, line) && holdsAnswerKind(onScreen().answer.results[0]?.highlight ?? '', 'date')) {
    return { ...onScreen(), asks: 'question' };
  }
  // "how much?" alone where the question it makes finds nothing, of a passage shown whose sentence beside the one shown
  // gives a figure ("In Kyrgyzstan China has also provided equipment…" shown, "In 2004 China promised USD 16 million…"
  // after it): that sentence, in the passage shown (it had been "The paper doesn't answer that"). "when?" is answered
  // so only by a date of the very thing shown (below): a date beside it may be another thing's.
  if (next.answer.results.length === 0 && AMOUNT_ALONE.test(line)) {
    const shownFirst = onScreen().answer.results[0];
    const giving = shownFirst && !isDocumentCard(shownFirst) ? figureBeside(engine, shownFirst) : null;
    if (giving) return { ...onScreen(), answer: { ...onScreen().answer, results: [{ ...shownFirst!, highlight: giving }] }, asks: 'question' };
  }
  // "when?" alone likewise, where the sentence beside the one shown dates the very thing it names, by a name and another
  // word of its own ("China responded by establishing … [RATS] of the SCO" shown, "RATS was established in 2004" after
  // it): that sentence (it had been "The paper doesn't cover that"). Not a date of another thing beside it ("These
  // relations originate from 1990" beside India's gift shares no word with it).
  if (next.answer.results.length === 0 && WHEN_ALONE.test(line)) {
    const shownFirst = onScreen().answer.results[0];
    const dating = shownFirst && !isDocumentCard(shownFirst) ? dateBeside(engine, shownFirst) : null;
    if (dating) return { ...onScreen(), answer: { ...onScreen().answer, results: [{ ...shownFirst!, highlight: dating }] }, asks: 'question' };
  }
  // "tell me more" of a passage asked for by its id ("p14"), which gives no words to ask on with: the paper read on.
  if (next.answer.results.length === 0 && more) {
    const after = readOn(engine, onScreen().answer);
    if (after) return { ...onScreen(), answer: after, asks: 'question' };
  }
  if (next.answer.results.length === 0 || (!more && !(WHY.test(line) && asksOn(engine, line)))) return { ...next, asks: 'question' };
  // "tell me more" with nothing more to show; "why?" answered by the very passages and sentence on the screen (a
  // "when?" answered by the sentence shown is answered: that sentence gives the date).
  const before = onScreen().answer.results;
  // Not the paper's card, which holds no passage: "when?" after it is answered with it again (its year).
  const allShown = sameIds(next.answer.results, before) && (more || next.answer.results[0]!.highlight === before[0]!.highlight) && !isDocumentCard(before[0]!);
  // "why?" of a sentence the passage goes on to explain ("The key constraint India faces is the lack of direct access
  // … Besides the unstable situation in Afghanistan … makes it difficult"): the sentence after it, if it gives a cause
  // or opens on a word going on from it. Not of a sentence that gives its cause itself ("As Turkmenistan lacks …").
  // So where the answer puts first the very sentence on the screen, whatever it lists after it ("why?" after "What does
  // China think of Russia's role in Central Asia?": p21's "…leave the leading role to Russia" again, where the passage
  // goes on to say why: "China can't solve alone any future crisis…, for this reason it welcomes Russia's partnership").
  const firstShownAgain = before[0] !== undefined && !isDocumentCard(before[0]) && next.answer.results[0]!.id === before[0].id && next.answer.results[0]!.highlight === before[0].highlight;
  const unexplained = (allShown || firstShownAgain) && !more && WHY.test(line) && !holdsAnswerKind(before[0]!.highlight, 'reason');
  const explained = unexplained ? readOn(engine, onScreen().answer, true) : null;
  const explains = explained !== null && (holdsAnswerKind(explained.results[0]!.highlight, 'reason') || GOES_ON.test(explained.results[0]!.highlight));
  if (explains) return { ...next, answer: explained, asks: 'question' };
  // Else a sentence of the passage shown that gives a cause, after the one shown or before it ("Uzbekistan did not take
  // part …" is explained further on: "… has consistently refused … because it fears domination of external powers"):
  // the reason quoted, where it had been "the paper gives no reason".
  const reason = unexplained ? reasonIn(engine, before[0]!) : null;
  if (reason) return { ...next, answer: { ...next.answer, results: [{ ...next.answer.results[0]!, highlight: reason }, ...next.answer.results.slice(1)] }, asks: 'all shown' };
  return { ...next, asks: allShown ? 'all shown' : 'question' };
}

/** The sentence of a shown passage right after its highlight, else right before it, that gives a figure; or null. */
function figureBeside(engine: Engine, shown: Result): string | null {
  const passage = passageOf(engine, shown);
  if (!passage) return null;
  const sentences = engine.sentences(passage);
  const at = sentences.findIndex((sentence) => shown.highlight.includes(sentence) || sentence.includes(shown.highlight));
  if (at < 0) return null;
  return [sentences[at + 1], sentences[at - 1]].find((sentence) => sentence !== undefined && holdsAnswerKind(sentence, 'quantity')) ?? null;
}

/** A text's names (an acronym, or a word written with a capital past a sentence's first), and the terms of its other words that say something (no "with", no "that"). */
function wordsOf(engine: Engine, text: string): { names: Set<string>; others: Set<string> } {
  const names = new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word, i) => word.length > 2 && ((i > 0 && /^\p{Lu}/u.test(word)) || /^\p{Lu}{2,}$/u.test(word))).map((word) => word.toLowerCase()));
  const nameTerms = new Set([...names].flatMap((name) => engine.analyzer.terms(name)));
  return { names, others: new Set(engine.analyzer.terms(text).filter((term) => !nameTerms.has(term))) };
}

/**
 * The sentence of a shown passage next after its highlight (or right before it) that gives a date and shares with the
 * highlight a name (an acronym, or a word written with a capital past a sentence's first) and another word; or null.
 */
function dateBeside(engine: Engine, shown: Result): string | null {
  const passage = passageOf(engine, shown);
  if (!passage) return null;
  const sentences = engine.sentences(passage);
  const within = sentences.map((sentence, i) => (shown.highlight.includes(sentence) || sentence.includes(shown.highlight) ? i : -1)).filter((i) => i >= 0);
  if (within.length === 0) return null;
  const shownWords = wordsOf(engine, shown.highlight);
  const datesIt = (sentence: string | undefined): sentence is string => {
    if (sentence === undefined || !holdsAnswerKind(sentence, 'date')) return false;
    const { names, others } = wordsOf(engine, sentence);
    return [...names].some((name) => shownWords.names.has(name)) && [...others].some((word) => shownWords.others.has(word));
  };
  const [first, last] = [within[0]!, within[within.length - 1]!];
  return [sentences[last + 1], sentences[last + 2], sentences[first - 1]].find(datesIt) ?? null;
}

/**
 * The first sentence of a shown passage after its highlight that gives a cause of what the highlight speaks of, by a
 * word of its own other than a name, or two of its names, else the last before it; or null. Not another thing's cause
 * ("Much of the Russian economic setback is due to high levels of competition from China" for "Chinese leaders favour
 * multilateral initiatives", nor for "China prefers to focus on trade relation with the region": China alone).
 */
function reasonIn(engine: Engine, shown: Result): string | null {
  const passage = passageOf(engine, shown);
  if (!passage) return null;
  const sentences = engine.sentences(passage);
  const at = sentences.findIndex((sentence) => shown.highlight.includes(sentence) || sentence.includes(shown.highlight));
  const spoken = wordsOf(engine, shown.highlight);
  const speaksOf = ({ names, others }: ReturnType<typeof wordsOf>): boolean => [...names].filter((name) => spoken.names.has(name)).length >= 2 || [...others].some((word) => spoken.others.has(word));
  const giving = (sentence: string): boolean => holdsAnswerKind(sentence, 'reason') && speaksOf(wordsOf(engine, sentence));
  return sentences.slice(at + 1).find(giving) ?? sentences.slice(0, Math.max(at, 0)).findLast(giving) ?? null;
}

/**
 * The answer to a line of a discussion that does not follow on from it, or null: small talk ("thanks!"), a question
 * in another language, a name the paper never mentions ("what about Mongolia?"), a passage asked for by its id
 * ("p14"), a question about the document itself ("who wrote the paper?"). Read with the discussion's names and topic, these were answered with the discussion's passages.
 */
function answerAlone(engine: Engine, question: string, own: () => Pick<Turn, 'entities' | 'topic'>): Answer | null {
  const alone = engine.answer(question);
  if (alone.unasked) return asksOn(engine, question) || (alone.unasked === 'chat' && ASKS_OF_IT.test(question)) ? null : alone;
  // "what about Mongolia?": a name the paper never mentions is said as the line says it, not run together with the
  // discussion's names ("mongolia Tajikistan").
  if (alone.results.length === 0 && (alone.missing?.length ?? 0) > 0) return alone;
  // "does the paper mention Japan?" asks of the paper, not of what the discussion is about (it had been answered with
  // the discussion's passage on Iran).
  if (alone.results.length === 0 && asksIfMentioned(question)) return alone;
  // "what about japan?": what a line turns to, which the paper has nothing on though it is no name the analyzer knows
  // (in lower case), is said so too, not run together with the discussion's words (answered with what it was about).
  if (alone.results.length === 0 && TURNS_TO_NAME.test(question)) {
    const turnedTo = question.replace(TURNS_TO_NAME, '').replace(/[\s\p{P}]+$/u, '').trim();
    const own = ownOf(engine, turnedTo);
    if (own.entities.length === 0 && own.topic.length > 0 && engine.explain(turnedTo).concepts.every((c) => !c.known)) return { ...alone, missing: [withCapitals(turnedTo)] };
  }
  // "How big is Kazakhstan's army?" after "What is RATS?": a question of its own — naming what it asks about, in words
  // of its own, neither referring back nor turning to a name — is asked anew, and the paper's silence on it is its
  // answer. Read with the discussion's names and words, the paper had "answered" it with their passages. So is its
  // answer where the paper has one: "what is RATS?" after "why does Uzbekistan skip SCO exercises?" had been asked as
  // "what RATS Uzbekistan SCO exercises", and answered with a passage on the SCO's members, not RATS's definition.
  if (!refersBackIn(question) && !TURNS_TO.test(question) && !asksOn(engine, question)) {
    const { entities, topic } = own();
    // Words of its own, or a question word of its own ("How long is the TAPI pipeline?"), beside a name: not a bare "Kazakhstan?".
    if (entities.length > 0 && (topic.length > 0 || askingOf(question) !== undefined)) return alone;
    // "what does modi think", "tell me a joke", "asdfghjkl" after "what is the TAPI pipeline?": a line of its own that
    // the paper does not answer, each of whose words it never has, is no question about the passage shown (it had been
    // answered with the TAPI passage again, as the line and the discussion's words made one question).
    if (entities.length === 0 && topic.length > 0 && alone.results.length === 0) {
      const { concepts } = engine.explain(question);
      if (concepts.length > 0 && concepts.every((c) => !c.known)) return alone;
    }
  }
  // "what does [x] refer to?": a footnote named by its marker is the paper's, whatever the answer above.
  if (askedFootnote(question) !== null && (alone.results.length > 0 || alone.missing)) return alone;
  const first = alone.results[0];
  // "source?" asks for the sources of the answer before it, which the paper's card would not give.
  if (first && isDocumentCard(first)) return asksSourceOfThat(question) ? null : alone;
  // The engine's reading of an id: "p14", "/passage p14", "p05".
  return first && engine.passageAsked(question)?.id === first.id ? alone : null;
}

/**
 * The turn a conversation starts with: the question's names and topic, no name yet turned to. Given its `answer`, not
 * those of a question of the line it leaves unanswered ("…and what did Putin think"): "when was that?" after it asks
 * of the rest.
 */
export function firstTurn(engine: Engine, question: string, answer?: Answer): Turn {
  const asked = answer?.unanswered ? withoutUnanswered(question, answer.unanswered) : question;
  const asking = askingOf(asked);
  const passage = engine.passageAsked(question);
  const they = pluralThings(asked);
  const own = ownOf(engine, asked);
  // "what has china given it?" after "how many uighurs?" (answered "… 180, 000 Uighurs reside in western Kazakhstan"): a
  // line naming only a people, which "it" never stands for, leaves "it" the one other name its answer's sentence gives.
  const highlight = answer?.results[0]?.highlight;
  const others = highlight !== undefined && own.entities.length > 0 && own.entities.every(isPeople) ? namesIn(engine, highlight).filter((e) => !isPeople(e) && !isPlace(e)) : [];
  const it = others.length === 1 ? others[0]!.canonical : undefined;
  return { question, ...own, focus: [], ...(asking ? { asking } : {}), ...(passage ? { passage: passage.id } : {}), ...(they ? { they } : {}), ...(it ? { it } : {}) };
}

/** A line without the questions of it an answer leaves out, and the "and" or mark joining each to the rest. */
function withoutUnanswered(line: string, unanswered: Unanswered[]): string {
  return unanswered.reduce((rest, { question }) => {
    const at = rest.indexOf(question);
    if (at < 0) return rest;
    const before = rest.slice(0, at).replace(/(?:[\s,;?.!]|\band\b)*$/i, '');
    return `${before} ${rest.slice(at + question.length).replace(/^[\s?.!;,]+/, '')}`.trim();
  }, line);
}

/**
 * The answer to a line of a discussion after its earlier `turns`, titled with the line as typed: "what happened next?"
 * and "tell me more" had been titled with the question before them, whose turn their buttons then looked for.
 */
export function answerFollowUp(engine: Engine, question: string, turns: Turn[]): FollowUp {
  // "what's the reason?" asks why, as "why?" does (it had been answered by a passage with the word "reason").
  const followed = followUp(engine, turns.length > 0 && REASON_ASKED.test(question) ? 'why?' : question, turns);
  return followed.answer.question === question ? followed : { ...followed, answer: { ...followed.answer, question } };
}

function followUp(engine: Engine, question: string, turns: Turn[]): FollowUp {
  const previous = turns.at(-1);
  if (!previous) {
    const answer = engine.answer(question);
    return { effective: question, answer, turn: firstTurn(engine, question, answer), asks: 'question' };
  }
  // The answer shown before this line: the previous turn's, as the discussion read it; worked out once, when needed.
  let shownOnce: FollowUp | undefined;
  const shown = (): FollowUp => (shownOnce ??= answerFollowUp(engine, previous.question, turns.slice(0, -1)));
  // "who is she?" after the paper's card, "what is her job?" after what it says of its author: the author, by name
  // ("who is K. Jennie Tresa?").
  // Not "what are her sources?": the sources of what she wrote, the paper's (it had been what the paper says of her).
  const author = PERSON.test(question) && !asksSources(question) && refersBack(engine, question) ? authorShown(engine, shown().answer) : null;
  if (author) {
    const effective = question.replace(POSSESSIVE_PERSON, `${author}'s`).replace(PERSON_G, author);
    return { effective, answer: { ...engine.answer(effective), question }, turn: { ...previous, question }, asks: 'question' };
  }
  // "and v?" after "what about footnote iv?": footnote v, as "and iv?" is footnote iv (a letter alone had been read as
  // small talk). The question the turn keeps names the footnote, so that "and vi?" goes on.
  const marker = markerTurnedTo(question);
  if (marker !== null && (previous.footnote || askedFootnote(previous.question) !== null)) {
    const effective = `footnote ${marker}`;
    const answer = engine.answer(effective);
    return { effective, answer: { ...answer, question }, turn: firstTurn(engine, effective, answer), asks: 'question' };
  }
  // "what does the next footnote say?" after footnote v: footnote vi, of the same document (it had been read as asking
  // about the footnotes at all: the paper's card and every source). After the sources of an answer were shown ("which
  // footnote?", "who wrote that source?"), the one after the first of them (the answer had been shown again: session
  // 54's second trial).
  // So does "the next one?" after a footnote asked of by its marker ("footnote 4": footnote v, not the passage after p8).
  const step = FOOTNOTE_STEP.exec(question) ?? (askedFootnote(previous.question) !== null ? ONE_STEP.exec(question) : null);
  const from = step ? (askedFootnote(previous.question) ?? (previous.sourced ? (shown().answer.results[0]?.citations[0]?.marker.toLowerCase() ?? null) : askedFootnote(shown().effective))) : null;
  if (step && from) {
    const to = footnoteBeside(engine.corpus.documents, from, /^(?:previous|prior|preceding)$/i.test(step[1]!));
    if (to !== undefined) {
      const effective = `footnote ${to}`;
      const answer = engine.answer(effective);
      // One the document lacks is said to be so, by its marker ("The paper has no footnote 12").
      return { effective, answer: answer.results.length > 0 ? { ...answer, question } : answer, turn: firstTurn(engine, effective, answer), asks: 'question' };
    }
  }
  // "tell me more" after a footnote shown ("/cite iii", "cited by p5"): the passage citing it, not yet on the screen (it
  // had read on from it, to p6); the next one reads on from there.
  if (previous.footnote && asksForMore(engine, question)) {
    const { footnote: _footnote, sourced: _sourced, ...cited } = previous;
    return { ...shown(), turn: cited, asks: 'question' };
  }
  // "when was it published?" after the sources of an answer, or after a footnote asked for ("who wrote footnote iii?"):
  // the source's footnote, which dates it and says where it appeared (it had been read as asking about the paper).
  const footnote = askedFootnote(previous.question);
  if (PUBLICATION_ASKED.test(question) && (previous.sourced || footnote !== null || SOURCE_NAMED.test(previous.question) || namesCitedWork(previous.question, shown().answer))) {
    const before = shown();
    const [first] = before.answer.results;
    const cited = first?.citations.filter((c) => c.marker === footnote) ?? [];
    const results = cited.length > 0 ? [{ ...first!, citations: cited }] : before.answer.results;
    return { ...before, answer: { ...before.answer, question, results }, turn: { ...previous, question }, asks: 'sources' };
  }
  // "and the first paragraph?" after "what does the last paragraph say?": a paragraph asked for by its place is the
  // paper's own, whatever the discussion is about (it had been read as turning to a name, and answered with p14's
  // "The first bilateral exercise…").
  if (engine.passagesAt(question).length > 0) return { effective: question, answer: engine.answer(question), turn: { ...previous, ...ownOf(engine, question), question }, asks: 'question' };
  // "and the second?" after a paragraph asked for by its place ("what does the first paragraph say?"), or after such a
  // line: that one of the paper's paragraphs (it had been "The paper doesn't cover that").
  const pick = PLACE_PICKED.exec(question);
  if (pick && (PARAGRAPH_NAMED.test(previous.question) || PLACE_PICKED.test(previous.question))) {
    const effective = `what does the ${pick[1]!.toLowerCase()} paragraph say?`;
    return { effective, answer: { ...engine.answer(effective), question }, turn: { ...previous, ...ownOf(engine, effective), question }, asks: 'question' };
  }
  // "what was it about?" after a passage asks what the thing it tells of was about: that passage says it (it had been
  // read as asking what the paper is about, and answered with the paper's card).
  if (ABOUT_IT.test(question)) {
    const before = shown();
    const first = before.answer.results[0];
    if (first && !isDocumentCard(first)) return { ...before, answer: { ...before.answer, question }, turn: { ...previous, question }, asks: 'question' };
  }
  // Any other line turns from the sources shown: "it" is again what the discussion is about.
  const { sourced: _sourced, passage: asked, ...unsourced } = previous;
  // "why?", "when was that?" after "p5": asked of what the passage says, its names and words (they had nothing to ask
  // of, and were taken for small talk); its first sentence alone leaves out what the others say ("when was that?"
  // found p5's year in its second). Not "tell me more", which reads on.
  const passage = asked !== undefined && previous.topic.length === 0 && previous.entities.length === 0 && !asksForMore(engine, question) ? engine.passageAsked(asked) : undefined;
  // A line turning to another name ("what about Kyrgyzstan?" after "p9") asks what the passage's opening says of the
  // names it gives, of the new one: not every word of the passage, which no passage meets (it had been "The paper
  // doesn't cover that").
  const opening = passage && TURNS_TO_NAME.test(question) ? engine.sentences(passage)[0] : undefined;
  const context = opening !== undefined ? { ...unsourced, entities: ownOf(engine, opening).entities, topic: [] } : passage ? { ...unsourced, ...ownOf(engine, passage.text) } : unsourced;
  const followed = ofDocumentShown(engine, question, whatFollowUpAsks(engine, question, shown, () => followOn(engine, question, context)), shown);
  const more = asksForMore(engine, question);
  const page = more ? furtherPage(engine, followed, shown().answer.results) : null;
  if (page) return page;
  // Read on ("what happened next?", "tell me more" of a passage asked for by its id), the discussion is where it was,
  // and the next such line reads on from here.
  // So for the paragraph after or before ("next paragraph", "and the one before?"), and for "when?" of the date shown.
  if (followed.asks === 'question' && (NEXT.test(question) || NEIGHBOUR.test(question) || WHEN_ALONE.test(question) || more) && followed.turn.question === previous.question) return { ...followed, turn: { ...unsourced, question } };
  if (followed.asks !== 'sources') return followed;
  // "source?" after a line no passage answered ("when?" of what the paper does not date) asks of the answer before it.
  if (followed.answer.results.length === 0 && turns.length > 1) return answerFollowUp(engine, question, turns.slice(0, -1));
  // "source?" is about the answer shown, and leaves what the discussion is about as it was. After the paper's card
  // ("what is the main argument of this article?"), the sources asked for are the paper's footnotes, which no card lists.
  const { readAs: _readAs, ...rest } = followed.answer;
  const first = rest.results[0];
  const document = first && isDocumentCard(first) && !rest.sources ? engine.corpus.documents.find((d) => d.meta.id === first.id) : undefined;
  const sources = document ? { sources: [...document.footnotes.values()].map(({ marker, text }) => ({ marker, text })) } : {};
  return { ...followed, answer: { ...rest, question, ...sources }, turn: { ...unsourced, question, sourced: true } };
}

/** How many passages a follow-up that finds no answer shows as where the paper comes nearest (as the engine does). */
const NEAREST_SHOWN = 3;

/** How many passages each "tell me more" shows once every passage that answers is on the screen. */
const FURTHER_SHOWN = 3;

/**
 * "tell me more" once every passage that answers is shown (`followed` says so), or after passages it showed
 * (`before`): the next passages the question matches less closely, a few at a time; "all shown" when none is left.
 * Null where the line asks otherwise: "tell me more" of a passage asked for by its id reads on instead.
 */
function furtherPage(engine: Engine, followed: FollowUp, before: Result[]): FollowUp | null {
  if (followed.asks !== 'all shown' && followed.asks !== 'question') return null;
  // Those naming what the discussion turned to ("what about Kazakhstan?"), as its answers must; and one at least of the
  // names it speaks of, but those every passage of the paper is about (its title's: China, Central Asia): "tell me more"
  // after "why does China care about Xinjiang?" had shown p6 on Turkmenistan's drug routes, then p15 on 9/11.
  const titled = namesOfTitles(engine);
  const spoken = followed.turn.entities.map((e) => e.canonical).filter((name) => !titled.has(name));
  const rest = engine
    .further(followed.effective, followed.answer.results.map((r) => r.id))
    .filter((r) => namesAll(engine, r.text, followed.turn.focus) && (spoken.length === 0 || spoken.some((name) => namesAll(engine, r.text, [name]))));
  // Every passage the line finds, best first: its answers (unless all are on the screen), then those further. A page
  // reads on from the last of them on the screen; where only some are, it shows the others ("tell me more" after "who
  // fights them?" of the three evils had shown the first answer's p4, p20 and p8 again, two of them on the screen).
  // Not the passage on the screen read on, a sentence further ("tell me more" of "p14"): its next sentence is more.
  const [first] = followed.answer.results;
  const readsOn = followed.answer.results.length === 1 && before.length === 1 && first!.id === before[0]!.id && first!.highlight !== before[0]!.highlight;
  const found = followed.asks === 'all shown' || readsOn || isDocumentCard(first!) ? rest : [...followed.answer.results, ...rest];
  const at = (r: Result): number => found.findIndex((x) => x.id === r.id);
  const onScreen = new Set(before.map((r) => r.id));
  let page: Result[];
  if (followed.asks === 'all shown') page = found.slice(0, FURTHER_SHOWN);
  else if (before.length > 0 && before.every((r) => at(r) >= 0)) page = found.slice(Math.max(...before.map(at)) + 1).slice(0, FURTHER_SHOWN);
  else if (found.some((r) => onScreen.has(r.id))) page = found.filter((r) => !onScreen.has(r.id)).slice(0, FURTHER_SHOWN);
  else return null;
  // The page on the screen stays what "more" is asked of: asked again, it is all there is again, not the first page.
  return { ...followed, answer: showing(engine, followed.answer, page.length > 0 ? page : before), asks: page.length > 0 ? 'question' : 'all shown' };
}

/** The answer to a line of a discussion read with what the discussion is about (`previous`), and the turn it makes. */
function followOn(engine: Engine, question: string, previous: Turn): Omit<FollowUp, 'asks'> {
  // What stands alone is answered alone, and leaves what the discussion is about as it was.
  // The line's names and words, read once: whether it stands alone may need them, and so does what follows.
  let ownRead: Pick<Turn, 'entities' | 'topic'> | undefined;
  const ownOnce = (): Pick<Turn, 'entities' | 'topic'> => (ownRead ??= ownOf(engine, question));
  const alone = answerAlone(engine, question, ownOnce);
  if (alone) return { effective: question, answer: alone, turn: { ...previous, question } };
  // "go on" asks for more of the same, not about going; "what year?" asks when, not about years.
  const own = asksForMore(engine, question) || (DATE_ASKED.test(question) && asksOn(engine, question)) ? { entities: [], topic: [] } : ownOnce();
  const entities = [...previous.entities];
  // Each name a line brings replaces the last of its kind it has not replaced already: "What about Kazakhstan?" after
  // a question on China and Kyrgyzstan asks about China and Kazakhstan; "what about India and Kazakhstan?" about India
  // and Kazakhstan.
  // A line that refers back with a pronoun and turns to nothing ("is it scared of China?", "is that bad?") adds to
  // what the discussion is about: its names join the names in play, its words the topic's.
  // So does one turning to a name "there" ("what about Russia there?" after "tell me about Kyrgyzstan": Russia in
  // Kyrgyzstan, not Russia alone).
  const adds = refersBackIn(question) && (!TURNS_TO_NAME.test(question) || THERE.test(question));
  const brought = new Set<string>();
  for (const name of own.entities) {
    if (entities.some((e) => e.canonical === name.canonical)) {
      brought.add(name.canonical);
      continue;
    }
    const replaced = adds ? -1 : replacedBy(name, entities, brought);
    if (replaced >= 0) entities.splice(replaced, 1, name);
    else entities.push(name);
    brought.add(name.canonical);
  }
  // A year was the earlier question's: turned to another name ("what about Kazakhstan?"), the question asks what the
  // paper says of that name, in whatever year (the engine answers a question naming a year only with that year).
  // So was it where the line picks one of the things out ("where was the most recent one?" after "how many exercises
  // … between 2002 and 2010?"), which the years do not date.
  const picksOne = ONE_OF_THEM.test(question);
  // A thing picked out before is not picked out again: "the most recent?" after "where was the first one?".
  // Nor is what was done with the things a phrase says ("take part" of "how many exercises did China take part in…"):
  // the one picked out is one of the things ("where was the most recent one?").
  const carried = own.entities.length > 0 || picksOne ? previous.topic.filter((word) => !YEAR.test(word) && !(picksOne && (PICKS.has(word.toLowerCase()) || word.includes(' ')))) : previous.topic;
  // "and in 2017?" after "what was inflation in 2018?": a line bringing years only asks the same of them (it had been
  // answered by any passage with 2017).
  const yearsOnly = own.topic.length > 0 && own.topic.every((word) => YEAR.test(word));
  // A line picking one of the things out ("what about the most recent one?" after "where was the first multilateral
  // exercise held?") asks of those things: its own words only say which (it had been asked as "recent" alone).
  const topic = own.topic.length === 0 ? carried : yearsOnly ? [...previous.topic.filter((word) => !YEAR.test(word)), ...own.topic] : adds || picksOne ? [...new Set([...(picksOne ? carried : previous.topic), ...own.topic])] : own.topic;
  // "when?", "why?": the question word the line asks with, which the topic's words do not carry; a line that only turns
  // to a name ("and with Kyrgyzstan?" after "When did China and Kazakhstan start military exchanges?") asks with the
  // one before it (and where that finds nothing, is unanswered: see `topical` below).
  const ask = (word: string | undefined): { asking: string | undefined; effective: string; answer: Answer } => {
    // "who didn't take part?" asks who did not: the question made says so ("who not take part").
    const effective = [...(word ? [word] : []), ...(asksNegated(question) ? ['not'] : []), ...topic, ...entities.map((e) => e.canonical)].join(' ');
    return { asking: word, effective, answer: engine.answer(effective) };
  };
  const asksWith = askingOf(question);
  // "how many staff does it have?" after "What is RATS?": the line asked with the name it stands for, as written, so
  // that it asks what it asked ("how many" read as a count), not as a list of the discussion's words.
  // What it stands for: the name "it" stood for last (or the one name a line turned to: "what about Kazakhstan?"),
  // else the names in play; not one the line names itself ("does India belong to it?" after "what is the SCO?" asks of
  // the SCO; "has it tried to get closer to China?" of Uzbekistan, not of China).
  const ownNames = new Set(own.entities.map((e) => e.canonical));
  const standsFor = (previous.it !== undefined && !ownNames.has(previous.it) ? [previous.it] : previous.entities.map((e) => e.canonical)).filter((name) => !ownNames.has(name));
  // "where do they start from?" after "how do the militants get into China?": "they" are the militants the line before
  // asked about, not the names in play (China), when the line asks of them alone.
  const things = previous.they !== undefined && own.entities.length === 0 && !asksForMore(engine, question) && THEM.test(question) ? previous.they : undefined;
  if (things) {
    const line = question.replace(THEY_WORDS, (word) => (word.toLowerCase() === 'their' ? `${things}'s` : things));
    const answer = engine.answer(line);
    if (answer.results.length > 0) {
      const { readAs: _readAs, ...rest } = answer;
      return { effective: line, answer: { ...rest, question }, turn: { ...previous, question, ...(asksWith ? { asking: asksWith } : {}), they: things } };
    }
  }
  const peoples = new Set(previous.entities.filter(isPeople).map((e) => e.canonical));
  // Not "it" of a thing the discussion's words name: "which meeting was it?" after "Where was the SCO anti-drug meeting
  // in 2015?" asks which that meeting was, not which meeting the SCO was (it had found the SCO's exercises, p14).
  const earlierWords = new Set(previous.topic.map((word) => word.toLowerCase()));
  const ofThing = own.topic.length > 0 && own.topic.every((word) => earlierWords.has(word.toLowerCase()));
  const named = asksForMore(engine, question) || ofThing ? null : namedForPronoun(question, standsFor, peoples);
  if (named) {
    const answer = engine.answer(named.line);
    const { readAs: _readAs, ...rest } = answer;
    const it = named.names.length === 1 ? { it: named.names[0]! } : {};
    return { effective: named.line, answer: { ...rest, question }, turn: { question, entities, topic: own.topic.length > 0 ? own.topic : previous.topic, focus: previous.focus, ...(asksWith ? { asking: asksWith } : {}), ...it } };
  }
  // "how many?" after "where do they live?" (read "where do Uighurs live?"): how many of what "they" stood for, doing
  // what the discussion speaks of ("how many Uighurs live"), not of every name the discussion has had in play.
  if (asksWith !== undefined && AMOUNT_ASKED.test(question) && own.entities.length === 0 && own.topic.length === 0 && previous.it !== undefined) {
    const effective = [asksWith, previous.it, ...topic].join(' ');
    const counted = engine.answer(effective);
    if (counted.results.length > 0) {
      const { readAs: _readAs, ...rest } = counted;
      return { effective, answer: { ...rest, question }, turn: { ...previous, question, asking: asksWith } };
    }
  }
  const earlier = asksWith === undefined && own.entities.length > 0 && own.topic.length === 0 && previous.asking ? ask(previous.asking) : null;
  // A follow-up that names something asks about it, and so do the ones after it: only passages naming it answer.
  const focus = own.entities.length > 0 ? own.entities.map((e) => e.canonical) : previous.focus;
  const naming = (text: string): boolean => namesAll(engine, text, focus);
  // "and Kazakhstan?" after "why does Uzbekistan skip SCO exercises?": the sentence shown names Kazakhstan, the first
  // of the passage to name what the line turned to, where the one the engine chose does not.
  const shownNaming = (found: Result[]): Result[] =>
    found.filter((r) => naming(r.text)).map((r) => {
      if (own.entities.length === 0 || naming(r.highlight)) return r;
      const passage = passageOf(engine, r);
      const sentence = passage && engine.sentences(passage).find(naming);
      return sentence ? { ...r, highlight: sentence } : r;
    });
  // Where the question word before it finds nothing ("how much military aid did China give Tajikistan?", after the
  // same of Kyrgyzstan), the line is not answered: what the paper says of the name otherwise (p7, on the powers around
  // Tajikistan) is where it comes nearest, not an answer (it had been shown as one).
  const topical = earlier === null || earlier.answer.results.length > 0 ? null : ask(asksWith);
  const nearest = topical === null ? [] : shownNaming(topical.answer.results).slice(0, NEAREST_SHOWN);
  const { asking, effective, answer } = earlier === null ? ask(asksWith) : topical === null || nearest.length === 0 || earlier.answer.missing ? earlier : { ...earlier, answer: { ...earlier.answer, nearest } };
  const results = shownNaming(answer.results);
  // The engine read the question the conversation makes of the follow-up; what it read it as is `effective`. Its note of
  // a name the first passage never mentions is made again where another is first (see `showing`).
  const { readAs: _readAs, ...rest } = answer;
  // What "it" stands for after this line: the one name it turned to; as before, if it names nothing.
  // Not after a line speaking of a thing of its own without a pronoun ("when did the last big drill happen?"): "where
  // was it?" after it asks where the drill was, not where the name "it" stood for before was.
  const speaksOfOwn = own.topic.length > 0 && !refersBackIn(question);
  const it = TURNS_TO_NAME.test(question) && own.entities.length === 1 ? own.entities[0]!.canonical : own.entities.length === 0 && !speaksOfOwn ? previous.it : undefined;
  const they = pluralThings(question);
  return { effective, answer: { ...showing(engine, rest, results), question }, turn: { question, entities, topic, focus, ...(asking ? { asking } : {}), ...(it !== undefined ? { it } : {}), ...(they ? { they } : {}) } };
}
