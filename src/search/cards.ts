/**
 * Questions about a document itself — its title, author, publisher, series and number, year — answered from its
 * front matter with a document card: a result whose id is the document's and whose text is one line.
 */
import type { CorpusDocument, DocumentMeta } from '../corpus/types.js';
import type { Analyzer } from '../nlp/analyzer.js';
import { inFigures, NUMBER_WORDS } from './number-words.js';
import type { Result } from './types.js';

/** Words that point at the document rather than at what it says: a card is offered only when one is used. */
const DOCUMENT_WORDS = /\b(paper|article|report|document|essay|study|piece|publication|text|author|authors|writer|wrote|written|title|titled|publisher|published|publish|series)\b/i;

/**
 * Words people ask a document's details with (general English, not the paper's): those of any document, and those of
 * each field, which only a document with that field answers ("who wrote this?" is not answered by an article with
 * no author).
 */
const FIELD_WORDS = 'title name call publish release issue citation cite reference';
/**
 * The nouns that name a field of the card ("what number does this paper carry?", "which title does it bear?"): a
 * question asking one asks the card, whatever verb it is asked with. Not the author or the publisher, which a question
 * may name as its subject ("who supervises the author's research?").
 */
export const FIELD_NOUNS = 'title series number year';
const WORDS_OF_FIELD: ReadonlyArray<[keyof DocumentMeta, string]> = [
  ['author', 'author writer write wrote written researcher'],
  // "a think tank": read as nouns, as a question has them ("the think tank that published this"), not "think" a verb.
  ['publisher', 'publisher institute institution organisation, a think tank'],
  ['series', 'series part number'],
  ['number', 'number'],
  ['year', 'year date'],
];

/**
 * The words people ask about a document with, of every pattern here (general English): what the speller may read a
 * misspelt word as even where no passage has it ("who wrote this papr?", "how many footnots are there?", "what are
 * the sectons?"), as it reads one as a word of the corpus. Kept in step with the patterns.
 */
export const DOCUMENT_VOCABULARY: readonly string[] = [
  ...'paper article report document essay study piece publication text author authors writer wrote written title titled publisher published publish series'.split(' '),
  ...`${FIELD_WORDS} researcher institute institution organisation number year date`.split(' '),
  ...'summary summarise summarize overview conclusion conclusions conclude gist thesis takeaway argument argue argues purpose topic subject'.split(' '),
  ...'source sources reference references bibliography footnote footnotes citation citations'.split(' '),
  ...'notes sections section chapters chapter parts passages paragraphs paragraph headings heading structure outline contents layout'.split(' '),
];

/** The fields a document's front matter gives, with their words: of several documents, the fullest is the one "this paper" means. */
const fieldsGiven = (meta: DocumentMeta): ReadonlyArray<[keyof DocumentMeta, string]> => WORDS_OF_FIELD.filter(([field]) => meta[field] !== null && meta[field] !== '');

/** The document's details on one line: "Title, by Author, Series No. Number, Publisher, Year". */
export function documentLine(meta: DocumentMeta): string {
  const series = meta.series && meta.number ? `${meta.series} No. ${meta.number}` : meta.series ?? (meta.number ? `No. ${meta.number}` : null);
  return [meta.title, meta.author ? `by ${meta.author}` : null, series, meta.publisher, meta.year].filter((part) => part !== null && part !== '').join(', ');
}

export interface DocumentCard {
  result: Result;
  /** The card's terms: its line's words and names, and the words that ask for its fields. */
  terms: Set<string>;
}

/**
 * Each document's card, the fullest first (a paper with its author, series and year before an article with a title
 * alone: "what is the title of this paper?" asks of the paper), else in the corpus's order.
 */
export function documentCards(documents: CorpusDocument[], analyzer: Analyzer): DocumentCard[] {
  const fullestFirst = [...documents].sort((a, b) => fieldsGiven(b.meta).length - fieldsGiven(a.meta).length);
  return fullestFirst.map((document) => {
    const line = documentLine(document.meta);
    const analysis = analyzer.analyze(`${line}. ${[FIELD_WORDS, ...fieldsGiven(document.meta).map(([, words]) => words)].join(' ')}`);
    const terms = new Set([...analysis.words, ...analysis.names.flatMap((name) => name.terms)]);
    for (const word of analysis.words) {
      const head = analyzer.synonym(word);
      if (head) terms.add(head);
    }
    return {
      result: { id: document.meta.id, document: document.meta.title, section: null, text: line, highlight: line, score: 0, citations: [] },
      terms,
    };
  });
}

/** Whether a result is a document card (its text is its document's line, which starts with the title), not a passage. */
export const isDocumentCard = (result: Result): boolean => result.section === null && result.citations.length === 0 && result.text.startsWith(`${result.document}, `);

/**
 * Where a question is asked: "what does CARs mean in this paper?" asks about CARs, not about the paper; "what does the
 * paper say about the Yangtze?" about the Yangtze.
 */
const IN_THE_DOCUMENT =
  /\b(in|according to|from|throughout|within|across)\s+(the|this)\s+(paper|article|report|document|essay|study|piece|text)\b|\b(the|this)\s+(paper|article|report|document|essay|study|piece|text|author|writer)\s+(says?|said|thinks?|argues?|writes?|wrote|claims?|tells?(?: us)?|mentions?|states?|discuss(?:es)?|suggests?)\s+(about|on|of|regarding|concerning)\b/gi;

/** Whether a question speaks of the document ("who wrote this paper", "what is the article about"). */
export const asksAboutDocument = (question: string): boolean => {
  // Taking a phrase out leaves a space, which joins no words: a question with none of the words either pattern needs
  // is passed over without the patterns (most are; compiling them costs a cold `ask` a millisecond).
  if (!DOCUMENT_WORDS.test(question) && !PUBLISHING_WORDS.test(question)) return false;
  const asked = question.replace(IN_THE_DOCUMENT, ' ');
  return DOCUMENT_WORDS.test(asked) || PUBLISHED_IT.test(asked);
};

/**
 * The document as "this" or "it" with a verb of publishing, or dated, or to be cited: "who put this out?", "what year
 * did it come out?", "what year is this from?", "how should I cite this?".
 */
const PUBLISHED_IT = /\b(?:put|puts|putting)\s+(?:this|it)\s+out\b|\bpublish(?:e[sd]|ing)?\s+(?:this|it)\b|\b(?:this|it)\s+(?:was|is|been|got)\s+published\b|\b(?:this|it)\s+(?:first\s+)?(?:come|came|comes)\s+out\b|\b(?:release[sd]?|issue[sd]?)\s+(?:this|it)\b|\b(?:this|it)\s+(?:was|is|been|get|got)\s+(?:released|issued)\b|\b(?:was|is|has|had)\s+(?:this|it)\s+(?:been\s+|first\s+)?(?:released|issued|put out)\b|\b(?:year|date|when)\b.*\b(?:is|was)\s+(?:this|it)\s+from\W*$|\bhow\s+(?:should|do|can|could|would|to)\s+(?:i\s+|we\s+|you\s+)?(?:cite|reference)\s+(?:this|it)\b/i;
/** A word each way of `PUBLISHED_IT` holds (kept in step with it): a question with none is not asked that way. */
const PUBLISHING_WORDS = /put|come|came|releas|issue|publish|from|cite|referenc/i;

/** Words that ask what a document says as a whole: a summary, its conclusion, its main point (general English). */
const SUMMARY =
  /\b(summar(?:y|ies|i[sz]e[sd]?|i[sz]ing)|sum (?:it |this |that )?up|overview|tl;?dr|gist|conclu(?:de[sd]?|sions?)|end(?:s|ing)?(?=\W*$)|wraps? up|bottom line|takeaways?|(?:main|central|key|overall) (?:point|argument|idea|finding|message|takeaway|claim|conclusion|theme|topic|subject|purpose|aim|goal|focus|question)s?|thesis|purpose|aims?|objectives?|topics?|subject|argu(?:e[sd]?|ing|ments?)|about(?=\W*$)|says?(?=\W*$)|everything(?=\W*$)|recommend(?:s|ed|ations?)?|suggestions?|advice)\b/gi;
/** Words that ask for a document's sources as a whole. */
const SOURCES = /\b(sources?|references?|bibliography|foot ?notes?|citations?|works cited|cited)\b/gi;
/** Words that may surround such a request without asking about anything in particular. */
const FILLER = new Set(
  ("what whats what's which how is are was the a an of its it this that give me us can could you please pls in short brief briefly quick quickly tell about do does did say says so and then i want need would like overall whole for up " +
    // how long a summary is to be ("a one-sentence summary", "sum it up in a few lines")
    'one two three few sentence sentences line lines word words ' +
    'list show all use used uses cite cited cites draw draws rely relies based on where from come comes get got information info any ' +
    // when the sources were read ("when were the sources accessed?"): each footnote gives its date
    'when were accessed retrieved consulted date dates dated ' +
    // a lead-in of chat, coming back to the document ("ok back to the paper, what's it about?")
    'ok okay alright anyway now hey back to again ' +
    // whether it has them ("does the paper have a bibliography?", "is there a bibliography?")
    'have has any there ' +
    // the author, by a pronoun ("what are her sources?")
    'her his their she he they ' +
    // what an essay calls a paper's claim ("what's the thesis statement?")
    'statement').split(' '),
);

/** Whether a question asks for `pattern` (a global pattern) of a document and nothing else. */
function asksOnly(question: string, pattern: RegExp): boolean {
  // Most questions hold none of the pattern's words: found at once.
  pattern.lastIndex = 0;
  if (!pattern.test(question)) return false;
  const rest = question.replace(IN_THE_DOCUMENT, ' ').replace(pattern, '\u0000');
  if (!rest.includes('\u0000')) return false;
  const words = rest.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter((w) => w !== '' && !FILLER.has(w.replace('’', "'")));
  return words.every((w) => DOCUMENT_WORDS.test(w));
}

/**
 * Whether a question asks what a document says as a whole ("summarize the paper", "what does the paper conclude?",
 * "what is it about?"), not what it says of something ("summarize China's ties with Kazakhstan").
 */
export const asksSummary = (question: string): boolean => asksOnly(question, SUMMARY);

/**
 * How a document is made, asked ("how many footnotes are there?", "what are the sections of the paper?", "what is
 * the structure of the article?"): general English for a document's parts and their number.
 */
const OUTLINE =
  /\bhow many (?:footnotes|notes|sections|chapters|parts|passages|paragraphs|headings|sources|references|citations|works cited|pages)\b|\b(?:count|number) (?:the|its|all the) (?:footnotes|notes|sections|passages|paragraphs|sources|references|citations)\b|\b(?:what|which) (?:are )?(?:the )?(?:paper'?s |article'?s |its )?(?:sections|chapters|headings)\b|\b(?:structure|outline|table of contents|layout) of (?:the|this) (?:paper|article|document|text|report)\b|\bwhat(?:'s| is) (?:the |its |the paper'?s )?(?:structure|outline|table of contents)\b|\bhow (?:is|was) (?:the|this|it) (?:paper|article|document)? ?(?:structured|organi[sz]ed|laid out)\b|\bhow (?:long|big|short) is (?:the|this) (?:paper|article|document|report)\b|^\W*(?:the\s+)?table of contents\W*$/i;

/** Whether a question asks how a document is made: its sections, passages or footnotes, or how many. */
export const asksOutline = (question: string): boolean => OUTLINE.test(question);

/**
 * "How many documents do you have?", "which papers can you answer about?", "what texts do you know?": the documents
 * themselves, as /about lists them.
 */
const DOCUMENTS_ASKED = /\b(?:how many|which|what)\s+(?:other\s+)?(?:documents|papers|articles|texts|reports)\s+(?:are\s+there|do\s+you|can\s+you|have\s+you|does\s+(?:the|this)\s+bot|are\s+(?:loaded|indexed|covered|in\s+here)|you\s+(?:have|know|cover))\b/i;

/** Whether a question asks which documents there are. */
export const asksDocuments = (question: string): boolean => DOCUMENTS_ASKED.test(question);

/** Whether a question says it asks of sources, anywhere in it ("which sources are from 2014?"). */
export const speaksOfSources = (question: string): boolean => {
  SOURCES.lastIndex = 0;
  return SOURCES.test(question);
};

/** Whether a question asks for a document's sources as a whole ("which sources did the author use?", "references"). */
export const asksSources = (question: string): boolean => asksOnly(question, SOURCES);

/** A document's sections that say what it says as a whole, by their headings. */
const SUMMARY_SECTION = /^(conclusions?|concluding remarks|summary|abstract|overview)$/i;

/** The passages that say what a document says as a whole: its conclusion's (or summary's), else its first. */
export function summaryPassages<P extends { section: string | null }>(passages: readonly P[]): P[] {
  const closing = passages.filter((p) => p.section !== null && SUMMARY_SECTION.test(p.section));
  return closing.length > 0 ? closing : passages.slice(0, 1);
}

/** The heading of what a document says of its author (general English). */
export const AUTHOR_SECTION = /^(about the authors?|the authors?|author biography|about us|contributors?)$/i;
/** Words that ask about the person who wrote a document. */
const AUTHOR_WORDS = /\b(authors?|writers?|researchers?)\b/i;

/**
 * Whether a question asks about the author of a document ("is the author a professor?", "where does Tresa study?"):
 * an author word, or the author's surname as written in the front matter, outside "according to the author" and
 * "what does the writer say about…", which ask what the document says.
 */
export function asksAboutAuthor(question: string, meta: Pick<DocumentMeta, 'author'>): boolean {
  // Nor "the author's recommendations", "the writer's view": what the document says.
  const asked = question.replace(IN_THE_DOCUMENT, ' ').replace(/\baccording to (?:the|this) (?:authors?|writers?)\b/gi, ' ').replace(AUTHORS_VIEW, ' ');
  if (AUTHOR_WORDS.test(asked)) return true;
  const surname = meta.author?.split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}\p{L}{2,}$/u.test(surname) && new RegExp(`\\b${surname}\\b`, 'i').test(asked);
}

/** The author's view, recommendations, argument… ("what are the author's recommendations?"): what the document says. */
const AUTHORS_VIEW = new RegExp(`\\b(?:the|this) (?:authors?|writers?)['’]s? (?:${'views?|arguments?|opinions?|positions?|take|points?|conclusions?|assessments?|claims?|recommendations?|suggestions?|advice'})\\b`, 'gi');
/** Verbs of what an author says, as a speaker's frame holds them ("Tresa argues", "does Tresa think"). */
const SAYING = 'says?|said|thinks?|thought|argues?|argued|claims?|claimed|suggests?|suggested|believes?|believed|feels?|felt|sees?|saw|views?|viewed|predicts?|predicted|expects?|expected|concludes?|concluded|writes?|wrote|recommends?|recommended';
/** Nouns of an author's view ("Tresa's argument"). */
const VIEWS = 'views?|arguments?|opinions?|positions?|take|points?|conclusions?|assessments?|claims?|recommendations?';
const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A reader of questions with an author named as the one who says what the document says ("according to Tresa, why…",
 * "what does Tresa say about RATS?", "Jennie Tresa's argument"), which writes them with "the author" instead, as such
 * questions are read (see ../nlp/unasked.ts): the document, not its author, is asked about. A question about the
 * author ("where does Tresa study?") is left as it is. Its patterns are made once, for the authors given.
 */
export function speakerReader(authors: string[]): (question: string) => string {
  const readers = authors.flatMap((author) => {
    const words = author.split(/\s+/).filter((w) => w.length > 0);
    const surname = words.at(-1) ?? '';
    if (!/^\p{Lu}\p{L}{2,}$/u.test(surname)) return [];
    const given = words.slice(0, -1).map((w) => escaped(w.replace(/\.$/, '')));
    const name = `(?:(?:${given.length > 0 ? given.join('|') : '(?!)'})\\.?\\s+)*${escaped(surname)}`;
    const named = new RegExp(`\\b${escaped(surname)}\\b`, 'i');
    const frames: Array<[RegExp, string]> = [
      [new RegExp(`\\b(according\\s+to|in\\s+the\\s+(?:view|opinion)\\s+of)\\s+${name}\\b`, 'gi'), '$1 the author'],
      [new RegExp(`\\b(does|did|do)\\s+${name}\\s+(?=(?:${SAYING})\\b)`, 'gi'), '$1 the author '],
      [new RegExp(`\\b${name}['’]s\\s+(?=(?:${VIEWS})\\b)`, 'gi'), "the author's "],
      [new RegExp(`\\b${name}\\s+(?=(?:${SAYING})\\b)`, 'gi'), 'the author '],
    ];
    return [(question: string): string => (named.test(question) ? frames.reduce((read, [frame, by]) => read.replace(frame, by), question) : question)];
  });
  return (question) => readers.reduce((read, reader) => reader(read), question);
}

/** `speakerReader` of the authors given, for one question. */
export const authorAsSpeaker = (question: string, authors: string[]): string => speakerReader(authors)(question);

const FOOTNOTE_WORDS = /note|ref|citation|source|fn|\[/iu;
/** The longest line `MARKER_ALONE` reads ("lxxxviii ?"): most questions are longer, and pass it by at once. */
const MARKER_ALONE_LONGEST = 14;
/** A footnote named as one: "footnote vi", "source [iii]", "fn 3", "ref viii". */
export const NAMED_FOOTNOTE = /\b(?:foot\s?notes?|notes?|references?|refs?|citations?|sources?|fn)\s*(?:no\.?|number|#)?\s*\[?([ivxlc]{1,6}|\d{1,3})\]?(?![\p{L}\p{N}])/iu;
/** A footnote asked for as the command /cite asks it, without the slash: "cite iii", "cite [4]". */
const CITE_TYPED = /^\s*cite\s+\[?([ivxlc]{1,6}|\d{1,3})\]?\s*[?.!]*\s*$/i;
/** A footnote named by its number in words: "footnote three", "note twenty-one". */
const FOOTNOTE_IN_WORDS = new RegExp(`\\b(?:foot\\s?note|note|fn)\\s*(?:no\\.?|number|#)?\\s+(${NUMBER_WORDS})(?![\\p{L}\\p{N}-])`, 'iu');
/** A roman numeral below 100, as footnote markers are written ("iv", "xi", "lxxx"); it also matches no letters. */
const ROMAN = '(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
/** A marker as an answer shows it, in brackets: "what does [iv] say?", "[xi]?". */
export const BRACKETED_FOOTNOTE = new RegExp(`\\[(${ROMAN}|\\d{1,3})\\]`, 'i');
/**
 * A line of a roman numeral and a question mark, copied from an answer: "iv?", "xi?" (not "i?", which is "I"); or of a
 * numeral of two letters or more alone ("iii", "xi"): a letter alone ("v", "x") is no question of a footnote.
 */
export const MARKER_ALONE = new RegExp(`^\\s*(?:(?!i\\b)(${ROMAN})\\s*\\?+|((?=[ivxlc]{2})${ROMAN}))\\s*$`, 'i');

/** A line turning to a footnote by its marker alone ("and v?", "what about [vi]?", "and 7?"), the marker in lower case. */
const MARKER_TURNED_TO = new RegExp(`^\\W*(?:(?:and|so|but|ok|okay)\\W+)?(?:(?:what|how)\\s+about\\s+|and\\s+)(?:(?:foot\\s?notes?|notes?|fn)\\s+)?\\[?(${ROMAN}|\\d{1,3})\\]?\\W*$`, 'i');

/**
 * The marker a line turns to alone ("and v?" after a question on footnote iv), or null: read so only after a footnote
 * was asked of, where a letter alone is no small talk.
 */
export function markerTurnedTo(line: string): string | null {
  const marker = MARKER_TURNED_TO.exec(line)?.[1];
  return marker ? marker.toLowerCase() : null;
}

/**
 * The marker of the footnote after (or, `back`, before) footnote `from` of the documents' footnotes (a number read as
 * the document's footnote of that place: "footnote 4" is its fourth); past the last, the number after it, which a
 * reply says the document lacks; undefined before the first or where no document has `from`.
 */
export function footnoteBeside(documents: readonly CorpusDocument[], from: string, back: boolean): string | undefined {
  const byNumber = /^\d+$/.test(from) ? Number(from) - 1 : -1;
  const markers = documents.map((d) => [...d.footnotes.keys()].map((m) => m.toLowerCase())).find((ms) => (byNumber >= 0 ? byNumber < ms.length : ms.includes(from)));
  if (markers === undefined) return undefined;
  return markers[(byNumber >= 0 ? byNumber : markers.indexOf(from)) + (back ? -1 : 1)] ?? (back ? undefined : String(markers.length + 1));
}

/** "the footnote after footnote iv", "the note before [v]": the footnote beside one named, and which way (`back`). */
const FOOTNOTE_BESIDE = /\b(?:foot\s?)?notes?\s+(?:(after|following|next\s+to)|(before|preceding|prior\s+to))\s+(?:the\s+)?(?:(?:foot\s?)?notes?\s*)?(?:\[|\b)/i;

/** Whether a question asks for the footnote beside another it names ("what does the footnote after footnote iv say?"): back (before) or not; null where it does not. */
export function asksFootnoteBeside(question: string): { back: boolean } | null {
  const found = FOOTNOTE_BESIDE.exec(question);
  return found ? { back: found[2] !== undefined } : null;
}

/** A footnote a question names by its marker ("what does footnote vi say?", "source [iii]", "what is [iv]?"), lower case. */
export function askedFootnote(question: string): string | null {
  // Every way of naming a footnote below holds one of these: most questions hold none, and this is faster to find.
  if (question.length <= MARKER_ALONE_LONGEST) {
    const alone = MARKER_ALONE.exec(question);
    const marker = alone?.[1] ?? alone?.[2];
    if (marker) return marker.toLowerCase();
  }
  // The console's command typed without its slash ("cite iii").
  const command = CITE_TYPED.exec(question);
  if (command) return command[1]!.toLowerCase();
  if (!FOOTNOTE_WORDS.test(question)) return null;
  const found = NAMED_FOOTNOTE.exec(question) ?? BRACKETED_FOOTNOTE.exec(question);
  if (found && found[1] !== '') return found[1]!.toLowerCase();
  const inWords = FOOTNOTE_IN_WORDS.exec(question);
  return inWords ? inFigures(inWords[1]!.replace(/\s+/g, ' ')) : null;
}

/**
 * The footnotes named after the first in a list ("footnotes v and vi", "footnote iii and footnote iv", "[ii], [iii] &
 * [iv]"), each marker as `askedFootnote` gives one: a roman numeral or a number, "i" only in brackets (else it is "I").
 */
const LISTED_FOOTNOTE = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*|\\+\\s*)(?:(?:foot\\s?notes?|notes?|refs?|fn)\\s*)?(?:\\[(${ROMAN}|\\d{1,3})\\]|(?!i\\b)(${ROMAN}|\\d{1,3})(?![\\p{L}\\p{N}]))`, 'iu');

/** Every footnote a question names by its marker, in the order named: the first as `askedFootnote` finds it, then those listed after it. */
export function askedFootnotes(question: string): string[] {
  const first = askedFootnote(question);
  if (first === null) return [];
  const at = NAMED_FOOTNOTE.exec(question) ?? BRACKETED_FOOTNOTE.exec(question);
  if (at === null || at[1]!.toLowerCase() !== first) return [first];
  const markers = [first];
  let rest = question.slice(at.index + at[0].length);
  for (let listed = LISTED_FOOTNOTE.exec(rest); listed !== null && listed[0] !== ''; listed = LISTED_FOOTNOTE.exec(rest)) {
    // A numeral the pattern reads as no letters at all ("and" before a word) ends the list.
    const marker = (listed[1] ?? listed[2])!.toLowerCase();
    if (marker === '') break;
    if (!markers.includes(marker)) markers.push(marker);
    rest = rest.slice(listed[0].length);
  }
  return markers;
}

/** Text compared as words: lower case, curly quotes and apostrophes straight, one space between words. */
export const asWords = (text: string): string => text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

/** Whether a text holds a pair of quote marks one of `quotedPhrases`' ways of quoting needs: most questions hold none. */
const holdsQuotePair = (text: string): boolean =>
  (text.includes('“') && text.includes('”')) || (text.includes('‘') && text.includes('’')) || text.indexOf('"') !== text.lastIndexOf('"') || text.indexOf("'") !== text.lastIndexOf("'");

/** The phrases of two words or more a question puts in quotes (“…”, "…", ‘…’, or '…' between spaces), as words. */
export function quotedPhrases(question: string): string[] {
  // Each way of quoting below takes two marks: a question without such a pair (most; "China's" has one) is passed over
  // without the pattern.
  if (!holdsQuotePair(question)) return [];
  const found: string[] = [];
  for (const match of question.matchAll(/“([^”]+)”|"([^"]+)"|‘([^’]+)’|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu)) {
    const phrase = asWords(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
    if (phrase.includes(' ')) found.push(phrase);
  }
  return found;
}

/** A run of capitalised words, small words of a title between them ("Russian Military Reform", "Bank of Velmora"). */
const TITLED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|in|on|for|to|a|an)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The runs of two or more capitalised words a question writes, as a title is written ("what is the Russian Military
 * Reform blog cited for?"), small words of a title between them; as words (see `asWords`).
 */
export function titledPhrases(question: string): string[] {
  const found: string[] = [];
  for (const match of question.matchAll(TITLED_RUN)) {
    const phrase = asWords(match[0]);
    if (phrase.includes(' ')) found.push(phrase);
  }
  return found;
}

/**
 * The footnotes a question names by quoting their title or a part of it (“Who wrote “China's Central Asia problem”?”),
 * or, asking of a source, writing it in capitals as a title is written ("what is the Russian Military Reform blog
 * cited for?"; not "Why does Xinjiang matter to China's Central Asia policy?"): a phrase that a footnote holds
 * and no passage's text does (a quoted phrase of the paper's own, “three evils”, asks about what the paper says).
 */
export function quotedFootnotes(question: string, documents: CorpusDocument[]): Array<{ document: string; marker: string }> {
  const phrases = [...quotedPhrases(question), ...(speaksOfSources(question) ? titledPhrases(question) : [])];
  if (phrases.length === 0) return [];
  const { footnotes, passages } = quotableOf(documents);
  const holds = (words: string, phrase: string): boolean => words.includes(` ${phrase} `);
  const titles = phrases.filter((phrase) => footnotes.some(({ words }) => holds(words, phrase)) && !passages.some((words) => holds(words, phrase)));
  return footnotes.filter(({ words }) => titles.some((phrase) => holds(words, phrase))).map(({ document, marker }) => ({ document, marker }));
}

/** Every footnote's and passage's text as words (see `asWords`), made once for a corpus's documents, when first quoted. */
const quotable = new WeakMap<CorpusDocument[], { footnotes: Array<{ document: string; marker: string; words: string }>; passages: string[] }>();
function quotableOf(documents: CorpusDocument[]): { footnotes: Array<{ document: string; marker: string; words: string }>; passages: string[] } {
  let texts = quotable.get(documents);
  if (!texts) {
    texts = {
      footnotes: documents.flatMap((d) => [...d.footnotes.values()].map((f) => ({ document: d.meta.id, marker: f.marker, words: ` ${asWords(f.text)} ` }))),
      passages: documents.flatMap((d) => d.passages.map((p) => ` ${asWords(p.text)} `)),
    };
    quotable.set(documents, texts);
  }
  return texts;
}
