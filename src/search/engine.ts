/**
 * The answer engine: the corpus indexed once (BM25 postings, scored as MiniSearch scores), a question analysed with
 * wink-nlp, the passages that answer it ranked, cut to the relevant ones and returned with highlight and citations.
 * No Discord here: answers are plain data.
 */
import { distance } from 'fastest-levenshtein';
import type { Corpus, CorpusDocument, DocumentMeta, Passage, Thesaurus } from '../corpus/types.js';
import { createAnalyzer, ENTITY_PREFIX, entityTerm, type Analysis, type Analyzer, type Lexicon } from '../nlp/analyzer.js';
import { memoized } from '../memo.js';
import { cosine, meanVector, readEmbeddings, unitFloats } from '../nlp/embeddings.js';
import { asksNegated, CURRENCY_CODES, CURRENCY_NAMES, DEGREE_ADJECTIVES, FACT_KINDS, fractionsAsShares, holdsAnswerKind, holdsSum, LIGHT_VERBS, namesRoleOtherThan, rolesIn, startsUpper, type AnswerKind } from '../nlp/intent.js';
import { buildSpellingIndex, createSpeller, MAX_WORDS, oneSlipApart, replaceWord, type Speller, type SpellingIndex } from '../nlp/spelling.js';
import { checkThesaurus } from '../nlp/thesaurus.js';
import { BOT_WORDS, CHAT_WORDS, isSmallTalk, looksForeign, opinionAsked, plainQuestion, wordsOfLinks } from '../nlp/unasked.js';
import { withCapitals } from '../nlp/names.js';
import { onlyAName, readWordnet, type WordnetEntry, type WordnetPos } from '../nlp/wordnet.js';
import { askedFootnote, askedFootnotes, asksAboutAuthor, asksFootnoteBeside, footnoteBeside, speakerReader, asksAboutDocument, asksDocuments, asksOutline, AUTHOR_SECTION, asksSources, asksSummary, documentCards, DOCUMENT_VOCABULARY, FIELD_NOUNS, isDocumentCard, quotedFootnotes, speaksOfSources, summaryPassages, asWords, type DocumentCard } from './cards.js';
import { inFigures, PASSAGE_WORDS, POLITELY_AFTER } from './number-words.js';
import { type PackedPostings, Postings, type PostingsArrays, PostingsBuilder, type QueryTerm, sortedHas, unpackPostings } from './postings.js';
import { type Answer, type Citation, type Entity, MOST_QUESTIONS, type Outline, type Result, type Unanswered } from './types.js';

export interface EngineOptions {
  /** Most passages in one answer. Default 5. */
  maxResults?: number;
  /**
   * Least share of a question's weight (its words and names, each weighed by how rare it is in the corpus)
   * that the best passage must match, or the engine abstains. Default 0.5.
   */
  minCoverage?: number;
  /** A passage after the first is listed only when its score is at least this share of the first's. Default 0.25. */
  minRelativeScore?: number;
  /** Longest question analysed, in characters; the rest is ignored. Default 2,000. */
  maxQuestionLength?: number;
  /**
   * Re-rank every leader by BM25, also those that no re-ranking could raise enough to be listed (see `rank`): the same
   * answers, more slowly; for tests. Default false.
   */
  rerankAll?: boolean;
}

const DEFAULTS: Required<EngineOptions> = { maxResults: 5, minCoverage: 0.5, minRelativeScore: 0.25, maxQuestionLength: 2000, rerankAll: false };

/** Gazetteer types of places within a country or across several (see `otherNames`). */
const PLACE_TYPES = new Set(['place', 'region', 'city', 'state', 'province', 'location']);
/** The gazetteer's types of a cited work's outlet, whose name says what it writes about, not whose it is. */
const SOURCE_NAME_TYPES: ReadonlySet<string> = new Set(['outlet', 'publisher', 'publication', 'newspaper', 'journal', 'website']);
/** The gazetteer's kinds of name a passage may spell out or define: not countries, places or people. */
const TERM_TYPES = new Set(['organisation', 'organization', 'programme', 'program', 'agreement', 'concept', 'event', 'equipment', 'term', 'treaty', 'project']);
/** Of them, bodies, which are founded (see `bodyBegun`). */
const BODY_TYPES: ReadonlySet<string> = new Set(['organisation', 'organization']);
/** Of them, places no town is: what a question asking for a city is not answered by. */
const WIDER_PLACE_TYPES = new Set(['region', 'state', 'province']);
/** A number from 1 to 399 in lower-case roman numerals, as footnotes are marked: 3 -> "iii", 14 -> "xiv". */
function romanNumeral(n: number): string {
  let out = '';
  for (const [value, digits] of [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const) {
    for (; n >= value; n -= value) out += digits;
  }
  return out;
}

/** Words that ask for a part of a document by its heading. */
const SECTION_WORDS = 'section sections chapter chapters heading summary summarize summarise overview gist';
const SECTION = /\b(sections?|chapters?|heading)\b/i;
/** Section headings that name a part of a paper, not a topic. */
const GENERIC_SECTION = /^(introduction|conclusions?|summary|abstract|footnotes|notes|references|about the authors?)$/i;

/** How much a name the question uses counts against a plain word. */
const ENTITY_BOOST = 1.5;
/** A word opening on "anti" or "counter" with no hyphen ("counterterrorism"), and what follows it. */
const PREFIXED = /^(?:anti|counter)(\p{L}{4,})$/u;
/** How much a word of the same synonym group counts against the question's own word. */
const SYNONYM_BOOST = 0.7;
/** How much a word the thesaurus expands a question's word to counts against the question's own word. */
const EXPANSION_BOOST = 0.4;
/**
 * How much a word the corpus lacks counts when it is not a noun: "happen", "follow" and "stay" say less about
 * whether the paper covers a question than "weather" or "recipe".
 */
const UNKNOWN_NON_TOPIC_WEIGHT = 0.35;
/** How many of the best BM25 hits are re-ranked by coverage. */
const RERANKED = 12;
/** How many of them are read for words near the question's too (measured: more moved no answer, and cost time). */
const NEAR_RERANKED = 6;
/** How much less of the question a passage naming what it names may meet and still come before one that does not. */
const NAMED_MARGIN = 0.05;
/** How much more a passage counts when its opening sentence holds the whole question. */
const LEAD_WEIGHT = 0.3;

/**
 * How much of a candidate's BM25 score `reranked` keeps: a long passage that holds some of the question's words many
 * times outscores a short one holding more of it by BM25 alone. Measured on the readable sets (1,323 questions) and
 * six second documents: 0.75 put four more answers first and moved none on the documents; 0.6 and 0.5 one or two
 * more, each losing one on a document.
 */
const BM25_POWER = 0.75;
/**
 * A candidate's score after re-ranking: its BM25 score (to the power BM25_POWER), more as more of the question's
 * weight it holds (`share`), holds in one sentence (words of the question that meet in one sentence answer it more
 * surely than words spread over a passage) and holds in its opening sentence (`lead`: a paragraph's opening sentence
 * says what it is about).
 */
const reranked = (bm25: number, share: number, sentenceShare: number, lead: number): number => bm25 ** BM25_POWER * (0.25 + share) * (0.5 + sentenceShare) * (1 + LEAD_WEIGHT * lead);
/**
 * The most re-ranking multiplies a BM25 score by: `reranked` grows with each share, and none is more than 1 (with a
 * margin for the rounding of the products).
 */
const MOST_RERANK_GAIN = reranked(1, 1, 1, 1) * (1 + 1e-9);
/** How many passages an unanswered question is shown as where the paper comes nearest to it (`Answer.nearest`). */
const NEAREST_SHOWN = 3;
/** How many of the passages meeting enough of an unanswered question are looked at for the nearest (`NEAREST_SHOWN`). */
const NEAREST_LOOKED_AT = 8;
/** How many of an unanswered question's words (names aside) a passage that names none of its names must hold to be shown as near it. */
const NEAREST_WORDS = 2;
/** How nearly a sentence must meet the question, against the passage's best, to be the one that holds the answer. */
const SENTENCE_NEAR_BEST = 0.6;
/**
 * The same for a sentence giving a cause, of a why-question: nearly as much as the best, or a cause the passage gives
 * of something else is shown ("In order to combat threats, the Central Asian states have initiated…" for "Why could
 * China's military modernisation be dangerous?"). Measured on the readable sets, the highlight holding the gold words
 * of the 237 why-questions answered first: 194 at 0.6, 202 at 0.8, 203 at 0.9 and 1.0, 178 with no cause preferred.
 */
const CAUSE_NEAR_BEST = 0.9;
/** Days and months: English writes them with a capital, but they name nothing a paper is about ("due on Friday"). */
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
/** The question words, as a pattern's alternatives. */
const QUESTION_WORDS = 'why|what|when|where|who|whom|which|how';
/** A word that opens a question: a question word ("since when" too), or a verb that opens one ("is", "did", "can"). */
const OPENS_QUESTION = `(?:(?:since|until|till)\\s+when|${QUESTION_WORDS}|is|are|was|were|does|did|do|has|have|can|could|would|should)\\b`;
/** Words a second question may open on before its question word ("…? Also, what did China give…"). */
const ALSO_WORDS = 'also|and|plus|then|next|oh';
/**
 * Where a question's second part starts: "and" before a question word or a verb that opens a question, or a second
 * question after the first's question mark ("What is RATS? What is TAPI?", "…? Also, what is TAPI?", "rats? sco?
 * tapi?": a question of up to three words with its own mark) or stop ("what is rats. what is sco."), or after a semicolon ("…Kyrgyzstan; what is TAPI").
 */
const SECOND_PART = new RegExp(
  `\\s*(?:,\\s*)?\\band\\s+(?=${OPENS_QUESTION})|(?<=\\?)\\s+(?=(?:${ALSO_WORDS})\\b,?\\s+${OPENS_QUESTION}|${OPENS_QUESTION}|[\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,2}\\?)|(?<=\\p{L}{2}[.!])\\s+(?=(?:${QUESTION_WORDS})\\b)|(?<=;)\\s*(?=${OPENS_QUESTION})`,
  'iu',
);
/** A numbered item of a list of questions: "1) what…", "2. why…", "(3) who…". */
const NUMBERED_ITEM = new RegExp(`(?:^|\\s+)\\(?\\d{1,2}[).:]\\s*(?=${OPENS_QUESTION})`, 'i');
/** A line opening on such an item, with another after it. */
const NUMBERED_ITEMS = new RegExp(`^\\W*\\(?1[).:]\\s*${OPENS_QUESTION}.*\\s\\(?2[).:]\\s*${OPENS_QUESTION}`, 'is');
/** A question written as the one item of a list ("1. what is the sco", "- what is RATS?"), and the question. */
const ONE_ITEM = new RegExp(`^\\s*(?:\\(?1[).]|[-*•])\\s+(${OPENS_QUESTION}[^\\n]*)$`, 'i');
/** What every `SECOND_PART` holds: a question without it (most) has one part, found without splitting it (a sixth as long). */
const AND_WORD = /\band\s|[?.!;]\s/i;
/** A question of a line as the answer quotes it: without the space and stops around it ("What are CARs"). */
const asTyped = (part: string): string => part.trim().replace(/[\s?.!;,]+$/, '');
/**
 * Questions of a line written again as one line, each with its mark: "and" between two is read away by `SECOND_PART`,
 * so a part without a mark gets a question mark and stays a question of its own ("what is rats and what is tapi").
 */
const asLine = (parts: readonly string[]): string => parts.map((part) => (/[?.!;]\s*$/.test(part) ? part.trim() : `${part.trim()}?`)).join(' ');
/** A pronoun by which a later question of a line speaks of a name of the first ("…and when was it founded?"). */
const LEANS_BACK = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;
const LEANS_BACK_ALL = new RegExp(LEANS_BACK.source, 'gi');
/** The kinds of answer a sentence gives as a date or a number. */
const NUMBERED_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'quantity', 'duration', 'frequency', 'age']);
/**
 * Word vectors (src/nlp/embeddings.ts) for a word of the question a passage lacks: the passage's nearest word counts
 * nothing below the first cosine, in full from the second, in proportion between ("war games" ~ "exercises").
 */
export const NEAR_WORDS: readonly [number, number] = [0.5, 0.8];
/** How much more of the question a passage must meet when its words count by their vectors too. */
const NEAR_COVERAGE_MARGIN = 0.05;
/**
 * How much less of a question that asks no fact (why, how, what does…) a passage may meet: such questions are put in
 * more words of the asker's own, and the near-topic questions a paper does not answer mostly ask a fact (a number, a
 * date, who, where, or "what language…"), which keep the full bar, as do yes-or-no questions (see `noFactAsked`).
 * Measured on the readable sets and fourteen second documents at 0.03, 0.06, 0.08, 0.10: 0.08 answered the most first
 * for the fewest near-topic questions (0.10 no more first, one near-topic question more). As kept, on the readable
 * sets three more first, five fewer abstained, no near-topic question answered; for every question without a kind of
 * answer, seven more first but two near-topic questions answered ("What language do the Uighurs speak…?").
 */
const NON_FACT_COVERAGE_MARGIN = 0.08;
/**
 * A passage holding this many of a question's concepts (names, words, or a wording of them) answers with this share
 * of it: three things asked met together are no passing mention, where a near-topic question the corpus does not
 * answer mostly meets one or two (a name and what is asked of it). Measured beforehand on the readable sets and eight
 * second documents (the questions abstained on, by their first passage): four concepts would answer ten first on the
 * readable sets and none on the documents; a share of 0.30, two near-topic questions more on the documents; counting
 * only the concepts held in the question's own words, five fewer first on the readable sets.
 */
const HELD_CONCEPTS = 3;
const HELD_SHARE = 0.35;
/**
 * The share of a question a passage must hold in its own words before words near the others count. Measured at 0.25
 * and 0.15 on the readable sets and four second documents: two fewer false abstentions, one more right answer first
 * on a second document, no out-of-scope question answered.
 */
const NEAR_NEEDS_SHARED = 0.15;
/**
 * How many of a question's concepts a passage must hold to answer when it holds none in the question's own words
 * ("Which kinds of essential utilities will stay in government hands …?": "… facilities … will remain under state
 * ownership"). Measured on the readable sets and six second documents: at 3, one more answered first on a document and
 * one fewer abstained on the readable sets, no near-topic question answered; at 2, two fewer first and one near-topic
 * question answered on the readable sets.
 */
const WORDINGS_ALONE = 3;
/** A word read from "anti-" or "counter-" and the word after it ("antitaliban", "antiterror"; see the analyzer's `wordsOf`). */
const ANTI_WORD = /^anti\p{L}{3,}/u;
/** How near a passage's word must be to the word a question asks a fact about ("troops", "founded") to speak of it. */
const FOCUS_NEAR = 0.6;
/** A year written in a text. */
const YEAR_IN_TEXT = /\b(?:1\d{3}|20\d{2})\b/;
/** How much of its share a sentence dating another year than the one asked counts for the highlight. */
const OTHER_YEAR_SHARE = 0.5;
/** A figure a question gives, not a year: "16" of "16 million", "20", "2.5". */
const FIGURE = /(?<![\d.,])(?!(?:1\d{3}|20\d{2})\b)\d+(?:[.,]\d+)?(?![\d.,]*\d)/g;
/** A sentence saying something was not done, or by whom not: "refused to participate", "all … except Uzbekistan". */
const DENIES = /\b(?:not|never|no|nor|neither|\w+n['’]t|except|without|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|lack(?:s|ed|ing)?|fail(?:s|ed)?|absent|excluding)\b/i;
/** A possessive's ending before a word in lower case: "the SCO's counter-terror body". */
const POSSESSIVE_BEFORE_NOUN = /['’]s\s+(?=\p{Ll})/gu;
/** A question after a clause that says something first ("I got confused about the Kyrgyzstan part, which cities …"). */
const ASKED_AFTER = /^(.*\S)\s*(?:[,;:]|\s[-–—])\s+((?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|had)\b(?:\s+\S+){2,}.*)$/is;
/** A yes-or-no question whether a document speaks of something ("Does the paper discuss …?", "Did the author mention …?"). */
const SPEAKS_OF = /^\W*(?:does|did|do|is|was|has)\s+(?:the|this|that)\s+(?:paper|article|author|writer|report|study|text|document|piece)\s+(?:(?:ever|even|also|actually|really|at\s+all)\s+)?(?:discuss|mention|cite|quote|talk\s+about|cover|say\s+(?:anything|something|much)\s+(?:about|on)|write\s+about|deal\s+with|address|refer\s+to|touch\s+(?:on|upon)|bring\s+up|go\s+into|get\s+into)/i;
/** Whether a question asks whether the document speaks of something ("does the paper mention Japan?"): a question of its own, whatever a discussion is about. */
export const asksIfMentioned = (question: string): boolean => SPEAKS_OF.test(question);
/** A name after "did", "does", "has"… and the verb after it: "What did China donate…", "Has the SCO held…". */
const ACTOR_ASKED = /\b(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+(?:(?:also|ever|really|actually|already)\s+)?(\p{Ll}+)\b/u;
/** After the actor and verb a question asks of, whom it is done to or for: "… donate to Kazakhstan", "… give Tajikistan". */
const RECIPIENT_ASKED = /^\S+\s+\S+(?:\s+\S+){0,3}?\s+(?:to|for)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;
/** Verbs a name does another verb through ("want to reduce", "plan to build"), which is what is asked. */
const WANTS_TO = new Set(['want', 'wish', 'hope', 'plan', 'try', 'seek', 'aim', 'need', 'intend', 'mean', 'like', 'prefer', 'expect', 'decide', 'attempt', 'choose', 'tend', 'manage', 'struggle']);
/** Words between a doer and its verb: "India has also donated"; so is an adverb ("has consistently refused"). */
const ACTOR_GAP: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'already', 'recently', 'further', 'then', 'once', 'later', 'even', 'ever', 'never', 'since', 'both', 'jointly', 'together']);
/** A size asked ("how big", "how large", "how extensive"), which words may give as well as figures. */
const SIZE_ASKED = /\bhow\s+(?:big|large|small|extensive|significant|major|substantial)\b/i;
/** English's words of a thing's size: "small-scale", "large", "limited", "modest". */
const SIZE_WORDS = /\b(?:small|large|big|huge|tiny|vast|massive|modest|limited|extensive|substantial|minor|major|considerable|sizeable|sizable|significant)(?:-scale)?\b|\bsize\b/i;
/** A size in figures: of an area, a length, or the people living somewhere. */
const SIZE_TOLD = /\b(?:square|sq|km2|km²|hectares?|acres?|kilomet(?:er|re)s?|km|miles?|population|inhabitants|residents|people)\b/i;
/** A pronoun of a person: a sentence of the passage about an author holding one speaks of the author. */
const PERSONAL_PRONOUN = /\b(?:she|her|hers|he|him|his)\b/i;
/** A question asking a count of things: "how many", "the number of". */
const HOW_MANY = /\bhow\s+many\b|\bnumber\s+of\b/i;
/** "How much …": a sum, an amount or a degree. */
const HOW_MUCH = /\bhow\s+much\b/i;
/**
 * "How much did the cost of food go up?": how much a sum changed, which is told as a share of it as well as a sum
 * ("food prices rose 87%").
 */
const RISE_ASKED = /\b(?:go(?:es)?\s+up|went\s+up|gone\s+up|going\s+up|rise|rises|rose|risen|increase[ds]?|climb(?:s|ed)?|jump(?:s|ed)?|soar(?:s|ed)?|fall|falls|fell|fallen|drop(?:s|ped)?|decline[ds]?|shoot\s+up|shot\s+up)\b/i;
/** English's nouns counting the people of a place, as a figure tells them: a place's population is its people. */
const PEOPLE_COUNTED: readonly string[] = ['people', 'population', 'inhabitant', 'resident', 'populace'];
/**
 * The everyday verbs telling that an amount went up, and those telling it went down: a closed class of English, not
 * the corpus's. "By how much did output drop?" is answered by "the economy shrank by 53.4%", "How much did
 * subscriptions grow?" by "had expanded over hundred-fold": a date or a number asked of one is told with another of
 * the same direction (see `changeKin`); nor is such a word, read as a noun ("drop"), a thing counted. "Contract" and
 * "gain" are left out: their nouns say something else. The nouns of growing that are no verbs' forms ("growth",
 * "expansion") tell it too ("How fast did output expand?": "average GDP growth … was 3.4% annually").
 */
const AMOUNT_CHANGES: ReadonlyArray<readonly string[]> = [
  ['rise', 'increase', 'grow', 'climb', 'jump', 'soar', 'expand', 'surge', 'go up', 'shoot up', 'double', 'triple', 'growth', 'expansion'],
  ['fall', 'drop', 'decline', 'decrease', 'shrink', 'plunge', 'slump', 'dip', 'sink', 'tumble', 'go down', 'halve'],
];
/** The most words a line typed as search words has ("military modernisation", "indo pak relations"). */
const KEYWORDS_MOST = 5;
/** A line asking as a question does: a question word, a verb opening one, or a question mark. */
const QUESTION_LIKE = /\?|^\W*(?:why|what|when|where|who|whom|which|how|is|are|was|were|does|did|do|has|have|can|could|would|should|tell|explain|describe)\b/i;
/** "there (is) a/an/any…" after a verb opening a yes-or-no question ("Is there a Chinese base…?", "are there any…"). */
const THERE_IS = /^there\s+(?:(?:is|are|was|were)\s+)?(?:(?:a|an|any|some)\s+)?/;
/**
 * An economy's sums that are told as shares of its output as often as in money ("Government gross debt of 69.8%",
 * "spending at 3% of GDP"): how much of one is asked is answered by a percentage too. Not a price, a wage or a loan.
 */
const OFTEN_A_SHARE = ['debt', 'spending', 'expenditure', 'budget', 'revenue', 'investment', 'income'];
/**
 * Verbs that only say one thing is a part of another ("services account for 71% of GDP", "make up", "represent"): a
 * share asked with one is told by a sentence giving a share in figures, whatever its verb ("the mining sector grew
 * from 25% of GDP"). General English.
 */
const SHARE_VERBS = ['account', 'make up', 'represent', 'constitute', 'comprise'];
/**
 * Adverbs that say how much of a thing is so, not what ("What is largely to blame for…?", "mostly"): no word a passage
 * must hold, where the corpus never writes them.
 */
const EXTENT_ADVERBS: ReadonlySet<string> = new Set(['largely', 'mostly', 'mainly', 'chiefly', 'partly', 'primarily', 'principally', 'predominantly']);
/** A share asked: "what share of", "what percentage of", "how much of", "how big a share of" (a slice read as a share: `plainQuestion`). */
const SHARE_ASKED = /\b(?:what|which)\s+(?:share|percentage|proportion|fraction|portion|percent)\s+of\b|\bhow\s+much\s+of\b|\bhow\s+(?:big|large|much)\s+(?:a\s+)?(?:share|portion|proportion|fraction)\s+of\b/i;
/** A share told in figures ("87%", "12 per cent"). */
const PERCENT_TOLD = /\d\s*(?:%|per\s?cent\b|percent\b)/i;
/** "How far is Dushanbe from India?": a distance asked. */
const HOW_FAR = /\bhow\s+far\b(?!\s+back)/i;
/** "How long is the border?": a length asked (read as a quantity, not a time: see ../nlp/intent.ts). */
const HOW_LONG = /\bhow\s+long\b/i;
/** A length told: a figure in a unit of length, written apart or with a dash ("2,140–km"). */
const LENGTH_TOLD = /\d\s*[-–]?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m)\b/i;
/** A distance told: a figure in a unit of length, or in words ("the distance", "km away", "borders"). */
const DISTANCE_TOLD = new RegExp(`${LENGTH_TOLD.source}|\\b(?:distance|away|border(?:s|ed|ing)?|adjacent|neighbou?r(?:s|ing)?)\\b`, 'i');
/** "How much bigger did the middle class get…?", "By how much did investment grow…?": the size of a change is asked. */
const CHANGE_ASKED = /\bhow\s+much\s+(?:more|less|bigger|smaller|larger|higher|lower|greater|better|worse)\b|\bby\s+how\s+much\b/i;
/**
 * A sentence telling a change or a difference in figures: from one to another ("from about 15% of the population in
 * 1979 to more than 32% in 2000"), a figure's multiple ("doubled", "tripled", "halved"), or how much one is above
 * another ("1.8 times greater than the average", "roughly 20% higher than in Wallonia").
 */
const CHANGE_TOLD = /\bfrom\s+(?:\w+\s+){0,2}[$€£]?\d[\d.,]*\b.*?\bto\s+(?:\w+\s+){0,2}[$€£]?\d|\b(?:doubled|tripled|trebled|quadrupled|halved)\b|\d\s*(?:%|per\s?cent\b|percent\b|times\b)\s*(?:\([^)]*\)\s*)?(?:higher|lower|greater|more|less|larger|smaller|bigger|above|below)\b/i;
/** How many words from a word of degree the thing it tells the degree of may stand. */
const DEGREE_WITHIN = 4;
/** Words of degree a sentence may tell an amount of something uncounted in ("high levels of economic influence"). */
const DEGREE_WORDS = /\b(?:high|higher|highest|low|lower|great|greater|greatest|significant|significantly|considerable|considerably|substantial|strong|stronger|weak|weaker|little|limited|huge|enormous|vast|heavy|heavily|increasing|growing|minimal|modest|levels?|degree|extent)\b/i;
/** Signs of a currency, read as a currency's word before a number (see `numbersOf`): "$5" is "usd 5". */
const CURRENCY_SIGNS = /[$€£¥₹]/g;
/** Words of a currency, in lower case: a number beside one is a sum of money. */
const CURRENCY_WORDS: ReadonlySet<string> = new Set([...CURRENCY_CODES, ...CURRENCY_NAMES, 'sterling', 'som']);
/**
 * A bracket holding nothing but a figure, which gives the figure of the word before it: "the majority (about 34
 * percent) of Guatemala's electricity" counts electricity (see `numbersOf`).
 */
const FIGURE_IN_BRACKETS = /\(\s*((?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than)\s+)?[$€£]?\d[\d.,]*\s*(?:%|per\s?cent|percent)?)\s*\)/gi;
/** How many words from a number the noun it counts may stand (see `countsIt`). */
const COUNTED_WITHIN = 8;
/**
 * What a figure's unit measures (general knowledge of English units): a question counting electricity is answered by
 * a figure in watt-hours or watts, one counting oil by barrels.
 */
const UNITS_OF: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:electricity|power|energy)$/, /\d\s*(?:[kmgt]w(?:h|e)?|(?:kilo|mega|giga|tera)watt(?:-?hours?)?s?)\b/i],
  [/^(?:oil|crude|petroleum)$/, /\d\s*(?:million\s+|thousand\s+|billion\s+)?(?:barrels?|bbl|bpd)\b/i],
];
/** The words before a place where something happens or lies, as a question's lower-case words end on them ("in the "). */
const PLACED_BEFORE = / (?:in|at|near|around|outside|inside) (?:the )?$/;
/** The seasons of the year and their months, as the northern hemisphere has them. */
const SEASONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['spring', ['march', 'april', 'may']],
  ['summer', ['june', 'july', 'august']],
  ['autumn', ['september', 'october', 'november']],
  ['fall', ['september', 'october', 'november']],
  ['winter', ['december', 'january', 'february']],
];
/** Words after a number that make it a share of what stands before it ("rose to 18 percent"), not a count of a noun after. */
const SHARE_WORDS: ReadonlySet<string> = new Set(['percent', 'per', 'cent', 'percentage', 'pc']);
/** A question asking what someone thinks of a thing, the one thinking first: "What does Russia think about …?". */
const OPINION_ASKED = /\bwhat\s+(?:do|does|did)\s+(.+?)\s+(?:think|feel|believe|reckon)\s+(?:of|about)\b/i;
/** Words telling an opinion or an attitude: "China claims that …", "it fears domination", "welcomes Russia's partnership". */
const OPINION_TOLD = /\b(?:think|thinks|thought|believe[sd]?|view(?:s|ed)?|sees?|saw|consider(?:s|ed)?|regard(?:s|ed)?|claim(?:s|ed)?|fear(?:s|ed)?|welcome[sd]?|wary|concern(?:s|ed)?|worr(?:y|ies|ied)|sa(?:y|ys|id)|argue[sd]?|oppose[sd]?|prefer(?:s|red)?|perceive[sd]?|position|stance|attitude|suspicious|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|reject(?:s|ed)?|approve[sd]?|afraid|anxious|keen|reluctant|refuse[sd]?|insist(?:s|ed)?)\b/gi;
/**
 * Words that open another part of a sentence than the one a number stands in: what is counted is not past them ("divided
 * into northern and southern regions by a complex of three mountain chains" counts no regions). Measured: tuning
 * document geotaj one more near-topic question abstained ("What is the population of Dushanbe?"), nothing else moved
 * on the readable sets, the five second documents or the highlights. So do words adding other things ("two Mi-8
 * helicopters, along with trucks" counts no trucks).
 */
const COUNT_BARRIERS: ReadonlySet<string> = new Set(['by', 'into', 'than', 'through', 'across', 'because', 'while', 'whereas', 'which', 'who', 'whom', 'whose', 'where', 'although', 'though', 'unlike', 'despite', 'along', 'alongside', 'besides', 'plus']);
/** Words that lead into a number ("by more than", "an estimated", "up to"), which no barrier stands among. */
const NUMBER_LEAD_INS: ReadonlySet<string> = new Set(['by', 'than', 'more', 'less', 'fewer', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'under', 'roughly', 'approximately', 'just', 'only', 'a', 'an', 'estimated', 'at', 'least', 'up', 'to']);
/** A decade's term ("1990s", see the analyzer's FULL_DECADE): its years are those of the digits before the final zero. */
const DECADE = /^(\d{3})0s$/;
/** The parts of speech a corpus word is used as, one bit each (`IndexData.vectors.pos`). */
const POS_BITS: ReadonlyArray<readonly [WordnetPos, number]> = [['n', 1], ['v', 2], ['a', 4], ['r', 8]];
const posBit = (pos: WordnetPos): number => POS_BITS.find(([tag]) => tag === pos)![1];
/** Endings that make a word of the same family the stemmer does not fold: "west" -> "western", "histor" -> "historic". */
const DERIVING_SUFFIXES = ['ern', 'al', 'ic', 'ian', 'an', 'ese', 'ish', 'li', 'i', 'iti', 'ness', 'ment', 'ag'];
/** The ending of a holder of a view the stemmer leaves apart from the view's stem ("separatist", "separat" of "separatism"). */
const HOLDER_SUFFIXES = ['ist'];

/** A question's phrase and auxiliary before the name it asks what it did ("In what year did …", "When did …"). */
const DOER_AFTER = /^\W*(?:(?:in|by|since|from|until|on|at)\s+)?(?:what|which|when|where|why|how|who)\b[^?]*?\b(?:did|does|do|has|have|had)\s+(?:the\s+)?/i;
/** The first words after a question's phrase and auxiliary (three, or `count`), where the name it asks of stands; none without them. */
function doerWords(text: string, count = 3): string[] {
  const opening = DOER_AFTER.exec(text);
  return opening ? wordsIn(text.slice(opening.index + opening[0].length)).slice(0, count) : [];
}
/** Words that leave out what follows them: "except", "excluding", "other than", "apart from", "but not". */
const EXCLUDING = /\b(?:except|excluding|other than|apart from|but not)\b/i;
/** The capitalised words after a word that leaves them out ("except Uzbekistan", "except for the United States"). */
const EXCLUDED_NAME = /\b(?:except(?:\s+for)?|excluding|other than|apart from|but not)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/gu;
/**
 * A question asking what someone said: the words between its auxiliary and a verb of saying ("what did the Russian
 * government say", "who does China say backs…", "what has Putin stated").
 */
const SPEECH_ASKED = /\b(?:what|who|whom|how|why|when|where)\s+(?:did|does|do|will|would)\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:say|state|announce|declare|comment|remark)\b|\b(?:what|who|whom|how|why|when|where)\s+(?:has|have|had)\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:said|stated|announced|declared|commented|remarked)\b/iu;
/** Nouns of those who speak for a state or a body ("the Russian government", "Kazakh officials"). */
const SPEAKING_ROLES = new Set(['government', 'governments', 'president', 'presidents', 'leader', 'leaders', 'leadership', 'minister', 'ministers', 'ministry', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'authorities', 'administration', 'premier', 'diplomats', 'embassy']);
/** English's verbs (and nouns) of reporting speech, as a passage writes them; not "state", which is mostly a country. */
const REPORTING_WORDS = 'say said claim claims announce declare comment remark argue assert insist allege warn accuse stress';

/** A question asking where: "where", or the place a thing is in or at ("in which city is RATS headquartered?"). */
const WHERE = /\bwhere\b|\b(?:in|at|from|into|to)\s+(?:which|what)\s+(?:city|cities|town|towns|country|countries|place|places|capital|region|province|village|location|site)\b/i;
/** A year as a term. */
export const YEAR = /^(1\d{3}|20\d{2})$/;
/** Ordinal words, first to tenth, in order. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** An ordinal, in words or figures, and up to three words after it ("6th Meeting of Leaders", "the 5th SCO anti-drug meeting"). */
const ORDINAL_BEFORE = new RegExp(`\\b(${ORDINALS.join('|')}|\\d{1,3}(?:st|nd|rd|th))((?:\\s+[\\p{L}-]+){1,3})`, 'giu');
/** Words after an ordinal that say nothing of what it numbers. */
const NOT_NUMBERED = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'was', 'is', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'that', 'which', 'its', 'their']);
/**
 * The things a text numbers by rank ("6th Meeting of Leaders": 6 and "meeting", "leaders"), each by its rank and the
 * words after it, in lower case: what it numbers is among them, however many words stand between ("the 5th SCO
 * anti-drug meeting").
 */
function ordinalsOf(text: string): Array<{ rank: number; things: string[] }> {
  const found: Array<{ rank: number; things: string[] }> = [];
  for (const [, ordinal, after] of text.matchAll(ORDINAL_BEFORE)) {
    const word = ordinal!.toLowerCase();
    const rank = ORDINALS.includes(word) ? ORDINALS.indexOf(word) + 1 : Number.parseInt(word, 10);
    found.push({ rank, things: after!.toLowerCase().split(/\s+/).filter((w) => w !== '' && !NOT_NUMBERED.has(w)) });
  }
  return found;
}
/** Roman numerals as a text ranks things by ("IV quarter 2018", "the II Congress"): capitals, before a word in lower case. */
const ROMAN_BEFORE = /\b(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)((?:\s+[\p{Ll}-]+){1,3})/gu;
/** The numerals ROMAN_BEFORE reads, each at its value less one. */
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** Whether a text numbers a thing the question numbers (`asked`, see `ordinalsOf`) by another rank, and never by its. */
function numbersOtherwise(asked: Array<{ rank: number; things: string[] }>, text: string): boolean {
  const own = ordinalsOf(text);
  for (const [, numeral, after] of text.matchAll(ROMAN_BEFORE)) own.push({ rank: ROMANS.indexOf(numeral!) + 1, things: after!.trim().split(/\s+/).filter((w) => !NOT_NUMBERED.has(w)) });
  const same = (a: string[], b: string[]): boolean => a.some((w) => b.includes(w));
  return asked.some(({ rank, things }) => own.some((o) => same(o.things, things)) && !own.some((o) => same(o.things, things) && o.rank === rank));
}
/** A footnote asked for by its place and nothing else: "the last footnote", "what does the second footnote say?". */
const FOOTNOTE_AT = new RegExp(
  `^\\W*(?:(?:what|whats|what's)\\s+(?:is|does|do)?\\s*(?:in\\s+)?|show\\s+(?:me\\s+)?|read\\s+(?:me\\s+)?)?(?:the\\s+)?(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th)|last|final)\\s+(?:foot)?note(?:\\s+(?:of|in)\\s+(?:the|this)\\s+(?:paper|article|text))?(?:\\s+(?:say|says|about))?\\W*$`,
  'i',
);
/** A paragraph, as people write it ("paragraph", "para", "passage", and "paragraf" or "paragragh" in haste). */
const PARAGRAPH = 'paragra[a-z]*|passage|para';
/**
 * A question that asks for a passage by its place and nothing else ("what does the last paragraph say?", "the 2nd
 * paragraph", "what does paragraph 3 say?"): the place in words or figures, or the number after the word; as a
 * discussion turns to it too ("and the first paragraph?", "what about paragraph 3?").
 */
const PASSAGE_AT = new RegExp(
  `^\\W*(?:(?:and|so|ok|okay|then|now)\\s+)*(?:(?:what|how)\\s+about\\s+)?(?:(?:what|whats|what's)\\s+(?:is|does|do)?\\s*(?:in\\s+)?|show\\s+(?:me\\s+)?|read\\s+(?:me\\s+)?)?(?:the\\s+)?(?:(${ORDINALS.join('|')}|\\d{1,3}(?:st|nd|rd|th)|last|final|closing|penultimate|(?:second|third|next)[\\s-]+(?:to|from)[\\s-]+(?:the[\\s-]+)?last)\\s+(?:${PARAGRAPH})|(?:${PARAGRAPH})\\s+(?:no\\.?\\s*|number\\s+)?(\\d{1,3}))(?:\\s+(?:of|in)\\s+(?:the|this)\\s+(?:paper|article|text))?(?:\\s+(?:say|says|about))?\\W*$`,
  // Not 'u': a pattern of Unicode's classes takes a cold start most of a millisecond to compile; these are ASCII words.
  'i',
);

/**
 * A passage asked for by its place within a section the question names ("the last paragraph of the introduction",
 * "the first passage of the section on India"): the place, and the words naming the section.
 */
const PASSAGE_IN_SECTION = new RegExp(
  `^\\W*(?:(?:what|whats|what's)\\s+(?:is|does|do)?\\s*(?:in\\s+)?|show\\s+(?:me\\s+)?|read\\s+(?:me\\s+)?)?(?:the\\s+)?(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th)|last|final)\\s+(?:${PARAGRAPH})\\s+(?:of|in)\\s+(?:the\\s+)?(?:section\\s+(?:on|about)\\s+(?:the\\s+)?)?([a-z][a-z' -]*?)(?:\\s+(?:section|part|chapter))?(?:\\s+(?:say|says|about))?\\W*$`,
  'i',
);

/**
 * A question that asks for a section by its place and nothing else ("what's in section 3?", "summarise the second
 * chapter", "what does the last section say?"), as the /about list numbers them.
 */
const SECTION_AT = new RegExp(
  `^\\W*(?:(?:what|whats|what's)\\s+(?:is|does|do)?\\s*(?:in\\s+)?|show\\s+(?:me\\s+)?|read\\s+(?:me\\s+)?|summari[sz]e\\s+)?(?:the\\s+)?(?:(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th)|last|final)\\s+(?:section|chapter)|(?:section|chapter)\\s+(?:no\\.?\\s*|number\\s+)?(\\d{1,2}))(?:\\s+(?:of|in)\\s+(?:the|this)\\s+(?:paper|article|text))?(?:\\s+(?:say|says|about|cover|covers))?\\W*$`,
  'i',
);

/**
 * Where a place asked for in words or figures stands, counted from 0 ("third", "3rd", "paragraph 3": 2); null for a
 * place counted from the end ("last"), which the caller counts.
 */
function placeFromStart(word: string, number: string | undefined): number | null {
  if (number !== undefined) return Number(number) - 1;
  if (/^\d/.test(word)) return parseInt(word, 10) - 1;
  return ORDINALS.includes(word) ? ORDINALS.indexOf(word) : null;
}

/** Words before a passage's id that only ask to see it ("what does p14 say", "explain p18", "show me passage 3"), after a polite lead-in ("can someone explain p14?", "can i see passage 18", "lemme see p5"). */
const ID_ASKED_BEFORE = /^(?:(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)|pls|please)\s+(?:please\s+)?)?(?:(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:see|have|get|read)|(?:let\s+me|lemme)\s+(?:see|have|read)|what\s+(?:does|do|did|is\s+in|'s\s+in)|what's\s+in|explain|show(?:\s+me)?|read(?:\s+me)?|open|quote|summari[sz]e|tell\s+me\s+(?:about|what)|(?:(?:what|which)\s+(?:is|are|were|was)\s+|what's\s+|whats\s+|show\s+(?:me\s+)?|give\s+(?:me\s+)?|list\s+)?(?:the\s+)?(?:sources?|footnotes?|citations?|references?)\s+(?:of|for|in|behind|cited\s+in|used\s+in)|(?:which|what)\s+(?:sources?|footnotes?|citations?|references?)\s+(?:does|do|did)|who\s+(?:is|are|was|were)\s+cited\s+(?:in|by)|what\s+is|what's|whats)\s+(?:the\s+)?/;
/** A line turning to another id, as a discussion does ("and paragraph 6?", "what about p7?"): it asks for that id. */
const TURNS_TO_ID = /^(?:and\s+|(?:and\s+)?(?:what|how)\s+about\s+)/;
/**
 * And after it ("… say", "… about"; "… cite" of "which footnote does p5 cite"). A passage asked for by its sources
 * ("what is the source for p16?", "which footnotes does paragraph 5 cite?") is shown whole, with them.
 */
const ID_ASKED_AFTER = /\s+(?:say|says|mean|means|about|is\s+about|talk\s+about|cite|cites|use|uses|quote|quotes|rely\s+on|relies\s+on)$/;

/** A fenced block of code, as Discord's markdown writes one, to its closing fence or the end of the text. */
const CODE_BLOCK = /```[\s\S]*?(?:```|$)/g;
/** A text that is one code span or block and nothing else: what it holds. */
const WHOLLY_CODE = /^\s*`+([^`]+)`+\s*$/;

/** A word of PARAGRAPH's, which PASSAGE_AT needs. */
const PARAGRAPH_WORD = /para|passage/i;

/** A source asked for by its age: "the oldest source", "most recent footnote"; and "which source is the oldest?". */
const SOURCE_BY_AGE = /\b(oldest|earliest|newest|latest|most\s+recent)\s+(?:of\s+the\s+)?(?:sources?|footnotes?|references?|citations?|works?\s+cited|cited\s+works?)\b/i;
const AGE_OF_SOURCE = /\b(?:sources?|footnotes?|references?|citations?)\s+(?:is|was|are|were)\s+(?:the\s+)?(oldest|earliest|newest|latest|most\s+recent)\b/i;
/** A cited work asked for by when it came out: "which cited work was published earliest?", "which source came out last?". */
const SOURCE_BY_DATE = /\b(?:sources?|footnotes?|references?|citations?|cited\s+works?|works?\s+cited|cited\s+(?:articles?|pieces?|reports?))\s+(?:was|were|is|are)?\s*(?:published|written|released|dated|came\s+out|appeared)\s+(earliest|first|latest|last|most\s+recently)\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * When a footnote's work is dated, as a number that sorts by year and month (a month it does not give counts as the
 * year's first): the last year its text gives before when it was read ("(Accessed on May 03, 2015)"); null for none.
 */
function workDate(footnote: string): number | null {
  const work = footnote.replace(/\(?\s*(?:accessed|retrieved|viewed|consulted)\b[\s\S]*$/i, '');
  const years = [...work.matchAll(/(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g)];
  const year = years.at(-1);
  if (!year) return null;
  const month = /([a-z]{3})[a-z]*\W+(?:\d{1,2}\W+)?$/i.exec(work.slice(0, year.index).toLowerCase());
  return Number(year[1]) * 12 + Math.max(0, MONTHS.indexOf(month?.[1] ?? ''));
}

/** A question asking which of the sources are so ("which sources are from 2013?", "what footnotes date from 2014?"). */
const SOURCES_LISTED = /^\W*(?:which|what)\s+(?:of\s+the\s+)?(?:sources?|footnotes?|references?|citations?|works\s+cited|cited\s+works)\b/i;

/** The sources said to be of a year ("which sources are from 2013?", "which were published in 2015?"). */
const SOURCES_DATED = /\b(?:sources?|footnotes?|references?|citations?|works(?:\s+cited)?|ones)\s+(?:(?:are|is|were|was|been|date|dates|dated|first)\s+){0,2}(?:from|of|in|dated|published|written|accessed|appeared)\b(?:\s+(?:in|on|from))?\s+(?:[\w,]+\s+){0,2}?(?:1\d{3}|20\d{2})\b/i;
/** Years a question names, with the word that leads to one ("in 2001", "since 1990"). */
const YEARS_ASKED = /\b(?:(?:in|since|by|from)\s+)?(?:1\d{3}|20\d{2})\b/gi;
/** A question asking where something is: "Where is RATS based?", "where is the bank's head office located?", "where is Osh?". */
const BASED_ASKED = /\bwhere\b.*\b(?:based|located|headquartered|situated|housed|hq|headquarters|seated)\b|^\W*where\s+(?:is|are|was|were|'s)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*[?.!]*\s*$/iu;
/**
 * A sentence placing something: "… held in east Kazakhstan", "located at the cross roads of Russia…", "a base near
 * Dushanbe"; not "in response to the U.S.A's war".
 */
const LOCATES = /\b(?:in|at|near|inside|outside|within|based|located|headquartered|situated|housed)\s+(?:the\s+|its\s+|a\s+)?(?:(?!to\b|for\b)[\p{Ll}-]+\s+){0,3}\p{Lu}/u;
/** A question asking when something came to be: "When was it founded?", "When did the SCO start?", "How old is it?". */
const FOUNDING_ASKED = /\b(?:founded|establish(?:ed)?|creat(?:e|ed)|formed|set\s+up|launch(?:ed)?|inaugurat(?:e|ed)|institut(?:e|ed)|originat(?:e|ed)|c[oa]me\s+in(?:to)?\s+(?:being|existence)|how\s+old)\b|\b(?:start|begin|began|begun|started|starts|begins)\s*[?.!]*\s*$/i;
/** A sentence telling something came to be: "RATS was established in 2004", "the bank, founded in 1952". */
const FOUNDING_TOLD = /\b(?:found(?:ed|ing|ers?)|establish\w*|creat(?:ed|ion)|formed|formation|set\s+up|launch\w*|inaugurat\w*|instituted|originat\w*|c[oa]me\s+into|start(?:ed)?|began|begun|inception|birth)\b/i;
/**
 * Events a date is asked of that are told in words of their own, as a body's founding is (`FOUNDING_TOLD`): joining
 * ("When did Kazakhstan join the SCO?" is not told by "The first multilateral exercise was held in 2003 in east
 * Kazakhstan", however near "hold" lies to "join" in the word vectors), and leaving ("When did the US leave
 * Afghanistan?" by "in 2015 Turkmenistan sought U.S.A's help … the Afghanistan border issue"). Each asked wording, and
 * the wordings a sentence telling it has.
 */
const EVENTS_TOLD: ReadonlyArray<{ asked: RegExp; told: RegExp }> = [
  { asked: /\b(?:join(?:s|ed)?|acced(?:e|ed)|bec(?:a|o)me\s+(?:an?\s+)?(?:full\s+)?members?)\b/i, told: /\b(?:join(?:s|ed|ing)?|accession|acced(?:e|ed|es|ing)|admi(?:tted|ssion)|bec(?:a|o)me\s+(?:an?\s+)?(?:full\s+)?members?|membership|entry\s+into)\b/i },
  { asked: /\b(?:leave|left|withdr(?:a|e)w|withdrawn|pull(?:ed)?\s+out|exit(?:ed)?|quit)\b/i, told: /\b(?:leav(?:e|es|ing)|left|withdr\w*|pull(?:ed|ing|s)?\s+out|exit\w*|quit\w*|depart\w*|evacuat\w*)\b/i },
];
/** A question asking since when something has gone on: "since what year", "since when", "from which year", "how far back". */
const SINCE_ASKED = /\bsince\s+(?:what|which|when)\b|\bfrom\s+(?:what|which)\s+(?:year|date|time)\b|\bhow\s+far\s+back\b/i;
/**
 * A question asking when something began ("what year did Chinese-Kazakh military exercises start?", "when did they kick
 * off…"): of a thing that goes on, the year it runs from.
 */
const BEGUN_ASKED = /\b(?:start(?:s|ed)?|beg(?:in|ins|an|un)|commenc(?:e|es|ed)|kick(?:s|ed)?\s+off|get\s+going|got\s+going)\b/i;
/** A year a time runs from: "since 1993", "from 1990", "since early 2002". */
const RUNS_FROM = /\b(?:since|from)\s+(?:\w+\s+)?(?:1\d{3}|20\d{2})\b/i;
/** A year that bounds a time ("after 2015", "before 2001"). */
const YEAR_BOUND = /\b(?:after|before|until|till|through|post|pre)\s+(?:1\d{3}|20\d{2})\b/i;
/**
 * A figure like a year that counts what the plural after it names ("I have to write 2000 words", "some 1500 troops"):
 * no year, unless a word of time puts it in one ("in 2000 elections were held") or it names an event ("the 2001
 * attacks", "its 2012 drills").
 */
const COUNTED_FIGURE = /(?<!\b(?:in|since|by|until|till|from|before|after|of|between|during|around|circa|year|and|to|the|this|that|these|those|its|their|his|her|our)\s+)\b(1\d{3}|20\d{2})\s+(?!(?:years|days|months|times|onwards)\b)[a-z]{2,}s\b/gi;
/** The figures of a text that count the plural after them (see COUNTED_FIGURE). */
const countedFigures = (text: string): Set<string> => new Set(Array.from(text.matchAll(COUNTED_FIGURE), (m) => m[1]!));
/** Years given as choices: "in 2004 or 2005". */
const YEARS_OR = /\b(1\d{3}|20\d{2})\s*(?:,|or)\s*(?:in\s+)?(1\d{3}|20\d{2})\b/i;
/** The verbs a yes-or-no question opens on. */
const YES_NO_VERBS = 'is|are|was|were|did|does|do|has|have|had|can|could|will|would';
/** A question opening on one of them. */
const YES_NO_OPENING = new RegExp(`^\\W*(?:${YES_NO_VERBS})\\b`, 'i');
/**
 * A question that checks a fact rather than asks for one: a yes-or-no question ("Was RATS set up in 2001?", "Did
 * China…") or a claim with "is that right?" after it.
 */
const checksFact = (text: string): boolean =>
  YES_NO_OPENING.test(text) || /\b(?:is (?:that|it|this) (?:right|true|correct)|right|true|correct)\W*$/i.test(text);

/** Two words either side of "or", a choice ("for Kazakhstan or Kyrgyzstan", "Moscow or to Beijing"). */
const CHOICE = /([\p{L}'’.-]+)\s*,?\s+or\s+(?:to\s+|for\s+|on\s+|with\s+|towards?\s+|the\s+)?([\p{L}'’.-]+)/u;
/** Words that compare what they name: "more", "less", "closer", "rather", "better", "prefer". */
const COMPARED = /\b(?:more|less|closer|rather|better|worse|prefer|prefers|preferred|mostly|most)\b|\w+er\s+(?:to|with)\b/i;

/** A word of the question (lower-cased) as the question writes it: "putin" as "Putin". */
function asWritten(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word);
  return at < 0 ? word : text.slice(at, at + word.length);
}

/**
 * The name a word of the question (lower-cased) is part of, as the question writes it: the capitalised words around
 * it, with "and" or "of" between two of them ("belt" in "What is the Belt and Road Initiative?" is "Belt and Road
 * Initiative").
 */
function nameAround(text: string, word: string): string {
  const words = wordsIn(text);
  const at = words.findIndex((w) => w.toLowerCase() === word);
  if (at < 0) return asWritten(text, word);
  const capital = (i: number): boolean => /^\p{Lu}/u.test(words[i] ?? '');
  const joins = (i: number): boolean => /^(and|of)$/.test(words[i] ?? '') && capital(i - 1) && capital(i + 1);
  let from = at;
  let to = at;
  // Not into the first word, which has a capital whatever it is; nor past a possessive, which ends a name ("Russia's
  // Rapid Reaction Force" names the Rapid Reaction Force).
  const possessive = (i: number): boolean => /['’]s$/u.test(words[i] ?? '');
  while (from > 1 && (capital(from - 1) || joins(from - 1)) && !possessive(from - 1)) from -= 1;
  while (!possessive(to) && (capital(to + 1) || joins(to + 1))) to += 1;
  return words.slice(from, to + 1).join(' ').replace(/['’]s$/u, '');
}

/**
 * Whether a word of the question (lower-cased) is written with a capital within a name of capitalised words past the
 * question's first ("Xi Jinping", "Shavkat Mirziyoyev"): a name, though English text may not know it, and no
 * misspelling the speller left as it was.
 */
function inLongerName(text: string, word: string): boolean {
  const name = nameAround(text, word);
  return name.includes(' ') && /^\p{Lu}\p{Ll}{2,}$/u.test(asWritten(text, word)) && !opens(text, name.split(' ')[0]!.toLowerCase());
}

/**
 * The names of two capitalised words or more a question gives past its first word ("World Trade Organization",
 * "Semipalatinsk Test Site"), "of" joining two of them ("Ministry of Public Security"), without a possessive's "'s".
 */
function capitalisedNames(text: string): string[] {
  const words = wordsIn(text);
  const capital = (i: number): boolean => startsUpper(words[i] ?? '');
  const names: string[] = [];
  for (let i = 1; i < words.length; ) {
    if (!capital(i)) {
      i += 1;
      continue;
    }
    // A possessive ends a name: "Kazakhstan's National Security Committee" gives two.
    const possessive = (k: number): boolean => /['’]s$/u.test(words[k]!);
    let to = i;
    while (!possessive(to) && (capital(to + 1) || (words[to + 1] === 'of' && capital(to + 2)))) to += capital(to + 1) ? 1 : 2;
    if (to > i) names.push(words.slice(i, to + 1).join(' ').replace(/['’]s$/u, ''));
    i = to + 1;
  }
  return names;
}

/**
 * The concept of the last word of the name of capitalised words a word of the question (lower-cased) is in, when
 * every word of that name is a name the corpus has besides ("Habibullah Kalakani"): null when the word is the last,
 * or the name is of one word or of other words.
 */
function lastOfName(text: string, word: string, names: Concept[]): Concept | null {
  const run = nameAround(text, word).split(' ');
  const of = (w: string): Concept | undefined => names.find((c) => c.written === w.toLowerCase());
  if (run.length < 2 || run[run.length - 1]!.toLowerCase() === word || !run.every((w) => of(w)?.proper)) return null;
  return of(run[run.length - 1]!) ?? null;
}

/** A word as names are told apart: in lower case, without a possessive's "'s" ("Tajikistan's" is "tajikistan"). */
const nameKey = (word: string): string => word.toLowerCase().replace(/['’]s$/u, '');

/** Words that give a thing's name after them: "a fire temple, called Sereshk", "the capital, known as Artacoana". */
const NAMING_WORDS = new Set(['called', 'named', 'known', 'dubbed', 'titled', 'nicknamed', 'styled', 'renamed']);
/** How many words after the thing a naming word may stand ("the Arian capital that was called Artacoana"). */
const NAMED_WITHIN = 4;

/**
 * Whether a sentence gives the name of the thing a question asks the name of (a word `isThing` holds), one the
 * question does not give: right before it ("the Ishkashim airbase"), set beside it ("a Tajik leader, Habibullah
 * Kalakani") or after a naming word ("called Sereshk"; or after the comma closing the thing's phrase: "…, named …").
 * "The Khan of Khiva had a weak fort" gives no Khan's name; nor does "Tajikistan's military base in Dushanbe" give the
 * base's.
 */
function givesName(question: string, isThing: (word: string) => boolean, nearThing: (word: string) => boolean = () => false): (sentence: string) => boolean {
  // The names the question gives, as it capitalises them: a word it writes in lower case may be one of a name it asks
  // ("What is the name of Ghana's central bank?": "the Bank of Ghana").
  const asked = new Set(wordsIn(question).filter((word, i) => i > 0 && startsUpper(word)).map(nameKey));
  return (sentence) => {
    const pieces = sentence.split(/\s+/);
    const words = pieces.map((piece) => piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    const isNew = (i: number): boolean => i > 0 && startsUpper(words[i] ?? '') && !asked.has(nameKey(words[i]!));
    // "the vessel, MV Uhuru II" or "the vessel, the MV Uhuru II": the thing in a word near the question's too.
    const named = (i: number): boolean => /,$/.test(pieces[i]!) && (isNew(i + 1) || (ARTICLES.has(words[i + 1]?.toLowerCase() ?? '') && isNew(i + 2)));
    return words.some((word, i) => {
      if (!isThing(word.toLowerCase())) return nearThing(word.toLowerCase()) && named(i);
      // "Lake Victoria"
      if (isNew(i - 1) || named(i)) return true;
      const namesNext = (k: number): boolean => NAMING_WORDS.has(words[k]!.toLowerCase()) && (isNew(k + 1) || isNew(k + 2));
      for (let k = i + 1; k <= i + NAMED_WITHIN && k < words.length; k += 1) if (namesNext(k)) return true;
      // Or a naming word after a comma closing the thing's own phrase, however long ("a stadium in Bamako completed in
      // 2001 for the Africa Cup competition in 2002, named Stade du 26 Mars"): no comma before it in between.
      for (let k = i + 1; k < words.length; k += 1) if (/[,;:]$/.test(pieces[k - 1]!)) return namesNext(k);
      return false;
    });
  };
}

/** English's articles. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The endings of English's adjectives of peoples, places and beliefs ("Islamic", "Islamist", "Eastern", "Chinese", "British"). */
const NO_NAME_ENDING = /(?:ic|ist|ism|ian|ese|ish|ern)$/;

/**
 * English's nouns that head the name of a place, a body, a force, an event or a thing ("Caspian Sea", "Saur
 * Revolution", "People's Democratic Party", "Kazakhstan Railways"): a run of capitalised words holding one names no
 * person.
 */
const NOT_PERSON_HEADS = new Set(
  ('sea seas ocean lake lakes river rivers valley valleys mountain mountains mount range plateau desert steppe basin gulf bay strait island islands ' +
    'peninsula coast field fields pass canal dam road highway railway railways airport port harbour harbor base fort fortress citadel palace ' +
    'mosque temple museum square street avenue bridge gate tower wall city town village district province region oblast state states ' +
    'republic kingdom empire khanate emirate dynasty caliphate sultanate union federation confederation league alliance coalition ' +
    'party movement front army armies forces force navy corps division brigade regiment battalion company companies guard guards ' +
    'command staff council committee commission ministry department office bureau agency service services authority administration ' +
    'government parliament assembly court bank fund group organisation organization institute institution university academy college ' +
    'school center centre corporation enterprise industries airlines energo gas oil petroleum engineering exchange market ' +
    'society association club foundation network station plant mine project directorate defence defense troops police ' +
    'revolution war wars battle siege campaign treaty agreement accord pact conference summit declaration act plan programme program ' +
    'initiative mission operation exercise incident crisis uprising rebellion revolt conquest').split(' '),
);

/** How many sentences' readings of their names (`withoutPlacesAndBodies`) are kept. */
const SENTENCES_KEPT = 4096;

/** Prepositions of place: a name right after one ("based at Aktau", "in Kabul") is where, not who. */
const AT_PLACE = /\b(?:in|at|near|across|into|via|throughout|outside|inside|around|towards?)\s+(?:the\s+)?$/i;

/**
 * A sentence with the names that name no person lowered: acronyms ("PDPA", "SCBs"), runs of capitalised words that
 * hold a head of a place's or a body's name (NOT_PERSON_HEADS), or that follow a preposition of place. A corpus's
 * gazetteer says what its names are; a document without one is read by these signs. Read once a sentence: the same
 * sentences are read for question after question.
 */
export const withoutPlacesAndBodies = memoized(SENTENCES_KEPT, (sentence: string): string =>
  sentence.replace(CAPITALISED_RUN_OR_WORD, (run, at: number) =>
    /^\p{Lu}{2,}s?$/u.test(run) || run.split(/[\s-]+/).some((word) => NOT_PERSON_HEADS.has(word.toLowerCase().replace(/['’]s$/, ''))) || AT_PLACE.test(sentence.slice(0, at)) ? run.toLowerCase() : run,
  ),
);

/** Any of `names`, whole and in any case, as one pattern: the longest first, so "SCO Anti-Drug Agencies" before "SCO". */
function nameRun(names: string[]): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return sorted.length === 0 ? /(?!)/g : new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Whether a sentence names someone or something past its first word that the question does not name: who holds a
 * role ("Who is the mayor of Kabul?") is not told by "the mayor of Kabul opened the market". Its first word too where
 * that is a name `isName` knows ("India who wishes to be part of …").
 */
function namesAnother(question: string, isName: (word: string) => boolean = () => false): (sentence: string) => boolean {
  const asked = new Set(wordsIn(question).map(nameKey));
  return (sentence) => wordsIn(sentence).some((word, i) => (i > 0 || isName(word)) && startsUpper(word) && !asked.has(nameKey(word)));
}

/** The words English makes for a place's people from its name: "malaysian", "chinese", "bhutanese", "iraqi", "turkish". */
function demonymsOf(place: string): string[] {
  const stem = place.replace(/[aeiouy]$/, '');
  return [...new Set([`${place}n`, `${place}an`, `${place}ian`, `${place}i`, `${place}ese`, `${stem}ese`, `${stem}ian`, `${stem}an`, `${stem}ish`])];
}

/** Names, less each that is a word of another ("North" of "International North-South Transport Corridor"). */
function outermost(names: string[]): string[] {
  return names.filter((name) => !names.some((other) => other !== name && new RegExp(`(?:^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'iu').test(other)));
}

/** Whether a word opens the question, where any word has a capital ("Por qué…"): no sign of a name there. */
function opens(text: string, word: string): boolean {
  return wordsIn(text)[0]?.toLowerCase() === word;
}

/** What a question asks of an author as a person: where they work or study, their job, their standing. */
const AUTHOR_AS_PERSON = /\b(?:where|job|jobs|work|works|working|stud(?:y|ies|ying)|college|universit(?:y|ies)|intern|internship|position|occupation|profession|employer|affiliat\w*|qualifi\w*|background|degree|student|prof|professor|lecturer|teacher|academic|scholar|expert|phd|(?:she|he)\s+do)\b/i;
/** "who wrote this…, is she…": the author, asked of by who wrote it and a pronoun for a person. */
const WRITER_ASKED = /\bwho\s+(?:\w+\s+)?wrote\b[^?]*\b(?:she|he|her|his)\b/i;
/** Words naming a cited work, whose author is not the document's. */
const CITED_WORK_NAMED = /\b(?:sources?|cited|cites?|citing|footnotes?|references?)\b/i;
/** Words speaking of a region without naming it: "the region", "this area", "the neighbourhood", "regional". */
const REGION_MEANT = /\b(?:(?:the|this|that)\s+(?:region|area|neighbou?rhood)|regional)\b/i;
/** A question asking what kinds of a thing there are: "what kinds of help…", "which types of weapons…". */
const KINDS_ASKED = /\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?)\s+of\b/i;
/**
 * The word for the things whose kinds are asked, in the plural: "help" of "what kinds of help" ("what kind of bond"
 * asks what the bond is like).
 */
const KIND_WORD = /\b(?:what|which)\s+(?:kinds|types|sorts|forms)\s+of\s+([\p{L}-]+)/iu;
/** Words asking for the one kind that leads: "what type of production dominates…", "…chiefly aimed at". */
const ONE_KIND_ASKED = /\b(?:main(?:ly)?|chief(?:ly)?|most(?:ly)?|primar(?:y|ily)|principal(?:ly)?|dominat\w*|leading|biggest|largest)\b/i;
/**
 * A sentence listing things: three or more, the last after "and" or "or" ("equipment, training and information"), or
 * examples ("threats such as terrorism and drug trafficking", "including …").
 */
const ENUMERATES = /[^,;.]+,[^,;.]+,?\s+(?:and|or)\s|\b(?:such\s+as|including)\s/;
/** How many commas make a sentence a list of what it touches rather than a statement (see `bestSentence`). */
const LIST_COMMAS = 5;
/** Whether a sentence lists many things, by its commas. */
function listsMany(sentence: string): boolean {
  let commas = 0;
  for (let at = sentence.indexOf(','); at >= 0; at = sentence.indexOf(',', at + 1)) if ((commas += 1) >= LIST_COMMAS) return true;
  return false;
}

/**
 * The words of a question as written: letters and digits, with inner apostrophes and hyphens; an ampersand between
 * letters joins them into one ("BM&F", "R&D", "AT&T"), as the analyzer reads it.
 */
const wordsIn = (text: string): string[] => text.split(/(?:[^\p{L}\p{N}'’&-]|(?<![\p{L}\p{N}])&|&(?![\p{L}\p{N}]))+/u).filter(Boolean);
/** A text's words in lower case, one space before, between and after each: for finding a run of words in it. */
const spacedWords = (text: string): string => ` ${wordsIn(text).join(' ').toLowerCase()} `;

/**
 * The words of a question's time frame ("after the 2001 attacks", "during the war"): they say when, not what is
 * asked, up to the clause's end. Not "since when", nor "since" opening a question, where it says why.
 */
const TIME_FRAME = /(?<!^\s*)\b(?:after|before|during|following|until|since|in the wake of|prior to)\s+(?!when\b)([^,;:?!.]+)/gi;
/**
 * The words of the condition a wh-question asks the outcome of ("what could take a hit if fighters … team up with
 * Afghan insurgents?"): they frame what is asked as a time frame does; its answer is told with other words, or by the
 * sentence after the one on them. (What a question sets aside, "apart from drills, what else …", is not: its answer
 * is often the sentence after the one on it, "They also collaborate against …", which shares its other words.)
 */
const OTHER_FRAME = /(?<=^\s*(?:what|how|which|who|whom|whose|why|where)\b[^?]*?)\bif\s+([^,;:?!.]+)/gi;

/** A question asking how one reacted ("how did they respond after …?", "what was Beijing's reaction to …?"). */
const REACTION_ASKED = /\b(?:respond(?:s|ed|ing)?|react(?:s|ed|ing)?|repl(?:y|ied|ies)|response|reaction)\b/i;

/** By concept, whether the question wrote it in its time frame only (see TIME_FRAME), where it wrote others besides. */
function framingOf(text: string, concepts: readonly Concept[], namesOf: (term: string) => readonly string[] = () => []): boolean[] {
  // How one reacted to a thing is told with it: "How did the Central Asian countries respond after the September 11
  // attack?" by "However, after the September 11, 2001 terrorist attack …, the Central Asian countries supported …".
  if (!/\b(?:after|before|during|following|until|since|wake|prior|if)\b/i.test(text) || REACTION_ASKED.test(text)) return [];
  const inFrame = new Set<string>();
  const outside = new Set<string>();
  // A date's comma before its year is within the frame ("after the September 11, 2001 attack").
  let rest = text.replace(/,(?=\s*\d{4}\b)/g, '');
  const frames: string[] = [];
  for (const match of [...rest.matchAll(TIME_FRAME), ...rest.matchAll(OTHER_FRAME)]) {
    const frame = match[1]!;
    for (const word of wordsIn(frame)) inFrame.add(word.toLowerCase());
    frames.push(spacedWords(frame));
    rest = rest.replace(match[0], ' ');
  }
  for (const word of wordsIn(rest)) outside.add(word.toLowerCase());
  // A name by its names the frame writes and the rest does not ("the September 11 attacks").
  const restWords = spacedWords(rest);
  const written = (name: string, within: string): boolean => within.includes(spacedWords(name));
  const framedName = (c: Concept): boolean => {
    const names = namesOf(c.terms[0]!);
    return names.some((name) => frames.some((frame) => written(name, frame))) && !names.some((name) => written(name, restWords));
  };
  const framing = concepts.map((c) => (c.name ? framedName(c) : c.written !== undefined && inFrame.has(c.written) && !outside.has(c.written)));
  return framing.some(Boolean) && !framing.every((f, i) => f || (concepts[i]!.written === undefined && !concepts[i]!.name)) ? framing : [];
}

/** A hyphen, and the dash English also joins names with ("China–Kyrgyzstan–Uzbekistan railway"). */
const HYPHENS = new Set(['-', '–']);
/** Whether a text writes a word joined to another by a hyphen ("Turkmenistan-Afghanistan"). */
function hyphenedIn(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && (HYPHENS.has(text[at - 1] ?? '') || HYPHENS.has(text[at + word.length] ?? ''));
}

/** Whether the question writes a word all in capitals ("UN", "NATO"). */
const isAcronym = (text: string, word: string): boolean => /^[\p{Lu}\d.]+$/u.test(asWritten(text, word));
/** A run of capitalised words, hyphenated or not, with the small words a name holds between them ("Ministry of Public Security"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)*(?:\s+(?:(?:of|for|and|the|on|in|de|du|al)\s+)*\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)*)+/gu;
/** The same, or one capitalised word alone ("Aktau"). */
const CAPITALISED_RUN_OR_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)*(?:\s+(?:(?:of|for|and|the|on|in|de|du|al)\s+)*\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]*)*)*/gu;

/**
 * The opening of a question that asks no fact: how, or what a thing does or what happens ("what does the base mean
 * for India?", "what could happen if…"); not "what" with a noun ("what language…"), which names the kind of thing
 * asked, nor a line of keywords.
 */
const ASKS_NO_FACT = /^\W*(?:\w+\s+){0,2}?(?:how\b|what\s+(?:do|does|did|could|would|will|can|might|should|may|must|happens?|happened|is|are|was|were)\b)/i;

/** Whether a question asks no fact: why, or as ASKS_NO_FACT opens, with no kind of answer read from it. */
function noFactAsked(text: string, analysis: Analysis): boolean {
  return analysis.intent.kind === 'reason' || (analysis.intent.kind === null && ASKS_NO_FACT.test(text));
}

/** The initials of a run of capitalised words (CAPITALISED_RUN), in lower case: "un" of "United Nations". */
const initialsOfRun = (run: string): string =>
  run
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!.toLowerCase())
    .join('');

/** Whether `written` is `typed` with one of its letters doubled ("busines": "business"), as a double typed once is. */
function doubledIn(typed: string, written: string): boolean {
  if (written.length !== typed.length + 1) return false;
  for (let i = 0; i < typed.length; i += 1) if (written[i] !== typed[i]) return i > 0 && written[i] === typed[i - 1] && written.slice(i + 1) === typed.slice(i);
  return written.at(-1) === typed.at(-1);
}

/** A word read through English's commonest when the corpus's words do not mend it: five letters or more, in lower case. */
const COMMON_SLIP = /^\p{Ll}{5,}$/u;
/**
 * How near in the word vectors one of several readings of a slip must be to another word of the text to be the one
 * meant, and by how much nearer than the others.
 */
const SLIP_CONTEXT_NEAR = 0.3;
const SLIP_CONTEXT_MARGIN = 0.1;
/** A shorter word read so only where a letter of a double was typed once: four letters, in lower case. */
const SHORT_SLIP = /^\p{Ll}{4}$/u;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit from a word: a letter dropped, put in, changed, or two neighbouring letters swapped. */
function oneSlipFrom(word: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      found.add(head + letter + tail);
      if (tail.length > 0) found.add(head + letter + tail.slice(1));
    }
  }
  found.delete(word);
  return found;
}

/** A text's words in lower case, as the speller's readings are compared. */
const spelledWords = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);

/**
 * Where `text` first holds `words` whole, as written, not within a longer word of letters ("pakistan" of
 * "-pakistan-"), or -1: lower-case both to find them in any case.
 */
function wordAt(text: string, words: string): number {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + words.length] ?? '')) return at;
  }
  return -1;
}

/** Whether `text` holds `words` whole (see `wordAt`). */
function wholeWordIn(text: string, words: string): boolean {
  return wordAt(text, words) >= 0;
}

/** Whether `text` writes `word` as a word whose neighbours are not capitalised: a name of its own, not a word of a longer one. */
function writtenAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + word.length] ?? '')) continue;
    // In brackets it is a name of its own: "the Organized Crime and Corruption Reporting Project (OCCRP)".
    if (text[at - 1] === '(' || text[at + word.length] === ')') return true;
    // The words either side, within the sentence after it.
    const before = /(\p{L}+)\P{L}*$/u.exec(text.slice(Math.max(0, at - 40), at));
    const after = /^(?:['’]s)?[^\p{L}.;:!?]*(\p{L}+)/u.exec(text.slice(at + word.length, at + word.length + 40));
    if (!startsUpper(before?.[1] ?? '') && !startsUpper(after?.[1] ?? '')) return true;
  }
  return false;
}

/** Whether a text writes a run of capitalised words whose initials hold an acronym's letters (lower case: "un"). */
function spelledOutIn(text: string, letters: string): boolean {
  return (text.match(CAPITALISED_RUN) ?? []).some((run) => initialsOfRun(run).includes(letters));
}

/** How many of the passages holding each word of a name are read for the name itself (see `writes`). */
const WRITTEN_LOOKED_AT = 200;
/** How many words' expansions and vectors an engine keeps (see `memoized`). */
const WORDS_KEPT = 10_000;
/**
 * How many cosines an engine keeps, over the words met last (see `NearWord`): 8 MB with their marks. A corpus with too
 * many words to keep a thousand words' (NEAR_WORDS_KEPT) keeps none: questions would bring new words faster than they
 * are forgotten, and each one's table would be garbage soon after (26 MB more resident at 100 generated documents).
 */
const COSINES_KEPT = 1 << 20;
const NEAR_WORDS_KEPT = 1024;
/** Nouns that only say a date is asked for. */
export const DATE_NOUNS = 'year date month day';
/**
 * Words that ask about a cited work rather than about the subject (general English, not the paper's): the work, its
 * writing and its appearing somewhere.
 */
const SOURCE_WORDS = 'author writer write wrote written publish publisher publication outlet website journal magazine newspaper news blog title cite citation reference footnote note appear piece story analysis report essay';

export interface Engine {
  readonly corpus: Corpus;
  /** The analyzer the engine reads passages and questions with. */
  readonly analyzer: Analyzer;
  /** Answers a question with the passages that answer it, best first. Never throws on any string. */
  answer(question: string): Answer;
  /** The question with its misspelt words read as the corpus's ("Tajikstan" as "Tajikistan"); as it was if none. */
  spell(question: string): string;
  /** The passage presented as a result, with its citations, for look-ups by id. */
  present(passage: Passage, highlight?: string): Result;
  /**
   * The names of `entities` (a question's) a result put first never mentions, where the sentence it shows names another
   * of their kind (`Answer.unmentioned`): for an answer whose first result is another than the engine's.
   */
  unmentioned(entities: Entity[], first: Result): string[];
  /** A passage's sentences as the engine reads them, which its highlights are made of. */
  sentences(passage: Passage): string[];
  /** The passage a question asks for by its id alone ("p14", "P14", "/passage p14", "passage 14", "p05"), if any. */
  passageAsked(question: string): Passage | undefined;
  /** The passages a question asks for by their place alone ("what does the first paragraph say?", "and paragraph 3?"). */
  passagesAt(question: string): Passage[];
  /** Headings of the sections of every document, but for generic ones ("Introduction"): what the corpus covers. */
  topics(): string[];
  /** The card of a document, by its id, as a question about the document is answered with it first. */
  card(documentId: string): Result | undefined;
  /**
   * Passages a question matches beyond the answer's (`shown`, by id), best first: those matching at least half as much
   * of it as an answer must, each with its best sentence. What "tell me more" pages through once every answer is shown.
   */
  further(question: string, shown: readonly string[]): Result[];
  /** How a question was read and ranked, for tuning: its concepts and every candidate's score and coverage. */
  explain(question: string): Explanation;
}

export interface Explanation {
  /** Each concept's terms, weight, and whether the corpus has any of its terms. */
  concepts: Array<{ terms: string[]; weight: number; known: boolean }>;
  /** Each candidate's score, the share of the question it meets, and the concepts (by first term) it holds. */
  candidates: Array<{ id: string; score: number; coverage: number; matched: string[] }>;
  /** The candidates before the kind of answer asked for was looked for in them ("how many …": a sentence counting it). */
  considered: Array<{ id: string; score: number; coverage: number; matched: string[] }>;
  /** What kind of answer the question was read to ask for, and of which word (see ../nlp/intent.ts); absent for a blank one. */
  intent?: Analysis['intent'];
}

/** One thing a question asks about: a word or a name, with the other words that may stand for it. */
interface Concept {
  terms: string[];
  /** Ids of those of `terms` the corpus has: what matching looks up. */
  ids: number[];
  /** How rare the concept is in the corpus: rare words decide more. */
  weight: number;
  /** Whether it asks about a cited work itself: its author, its title, where it appeared. */
  asksSource: boolean;
  /**
   * The word's vector and its cosines with the corpus's words (see NEAR_WORDS, `nearWordOf`), looked up when first
   * needed: undefined until then; null for names, and words the table lacks.
   */
  near: NearWord | null | undefined;
  /** The word as the question wrote it, in lower case: what the table is searched by. */
  written: string | undefined;
  /** The dictionary word it was read from, in lower case ("army" for "armies"): its vector counts with the written word's. */
  lemma: string | undefined;
  /**
   * The id of the question's own word or name, as the question has it: -1 when the corpus lacks it, or when it is
   * the speller's reading of a word the question spelt otherwise ("Paris" read as "Maris").
   */
  own: number;
  /** The ids of its terms of the same word family as the question's own ("religious" for "religion"): as good as it. */
  family: number[];
  /** Whether it is a name of the gazetteer's. */
  name: boolean;
  /**
   * For a place within another that the corpus names by its own name, written where something happens ("What happened
   * in Osh in 2010?"): a passage naming only the country it lies in does not speak of it.
   */
  placed?: boolean;
  /** Whether it is a word of a name the gazetteer lacks, which the corpus has ("Skobelev", "Akayev"). */
  proper: boolean;
  /** A number no other concept of the engine's has: what marks the corpus's words set apart from it (see `nearest`). */
  stamp: number;
  /** Its bit among the question's concepts (see `markConcepts`); 0 past the 31st, which are looked up term by term. */
  bit: number;
}

/** A word's vector, and its cosines with the corpus's words by row, each worked out when first needed (`done`). */
interface NearWord {
  vector: Float32Array;
  cosines: Float32Array;
  /** By row, `mark` where `cosines` holds the word's cosine: 1 for a word kept; the concept's stamp otherwise. */
  done: Int32Array;
  mark: number;
}

interface Ranked {
  entry: IndexedPassage;
  /** Share of the question's weight the passage matches. */
  share: number;
  /** Whether words near the question's count in `share` (see `passageShare`). */
  nearly: boolean;
  /**
   * The passage's best sentence and the share of the question's weight it matches; `alone` when it is shown without
   * the sentences it refers back to (see `REFERS_BACK`).
   */
  sentence: { text: string; share: number; alone?: boolean };
  /** The share of the question's weight each sentence of the passage matches, in order. */
  shares: number[];
  score: number;
}

/**
 * Ranked passages best first, those scoring alike in the order they came, as a stable sort leaves them: by insertion,
 * in place, as a re-ranking holds RERANKED at most (Array.prototype.sort copied them out and back on every question).
 */
function sortByScore(ranked: Ranked[]): void {
  for (let i = 1; i < ranked.length; i += 1) {
    const item = ranked[i]!;
    let at = i;
    for (; at > 0 && ranked[at - 1]!.score < item.score; at -= 1) ranked[at] = ranked[at - 1]!;
    ranked[at] = item;
  }
}

/** A set of terms held as sorted ids into the index's dictionary: small enough for corpora of thousands of papers. */
class TermSet {
  /** The question `held` was worked out for (see `heldBits`). */
  private question = -1;
  private held = 0;

  /** The ids are `ids[from..to)`, a slice of one array shared by many sets: no array of its own each. */
  constructor(
    private readonly ids: Int32Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  has(id: number): boolean {
    return sortedHas(this.ids, this.from, this.to, id);
  }

  /** How many terms the set holds. */
  get size(): number {
    return this.to - this.from;
  }

  /**
   * The bits of a question's concepts the set holds a term of, from `bits`, each term's concepts' bits: worked out
   * once a question, as a sentence, heading or footnote is matched with each of its concepts.
   */
  heldBits(bits: Int32Array, question: number): number {
    if (this.question !== question) {
      let held = 0;
      for (let i = this.from; i < this.to; i += 1) held |= bits[this.ids[i]!]!;
      this.held = held;
      this.question = question;
    }
    return this.held;
  }

  /** The largest of `score` over the set's ids. */
  max(score: (id: number) => number): number {
    let best = 0;
    for (let i = this.from; i < this.to; i += 1) {
      const value = score(this.ids[i]!);
      if (value > best) best = value;
    }
    return best;
  }
}

interface IndexedPassage {
  passage: Passage;
  /** Where it stands in the corpus: 0 for the first passage. */
  position: number;
  /** The terms of the passage's section heading, shared by the section's passages. */
  heading: TermSet;
  /** The terms of the footnotes it cites. */
  cited: TermSet[];
  /**
   * Each sentence's text, cut from the passage's once (the same string for every answer that shows it, which the
   * presenter's memo of escaped texts then finds by identity), and its terms.
   */
  sentences: IndexedSentence[];
  /** Every term of its sentences and heading, once: whether the passage holds a term is one look-up. */
  terms: TermSet;
  /** The rows of its sentences' terms in the engine's table of the corpus's word vectors (see `nearest`). */
  rows: Int32Array;
  /** The passage's text in lower case, made when a question first asks what a name is (see `lowerPassage`). */
  lower: string | undefined;
}

interface IndexedSentence {
  text: string;
  terms: TermSet;
  refers: boolean;
  shown: string;
  /** The text in lower case, made when a question first asks what a name is (see `lowerSentence`). */
  lower: string | undefined;
  /** Whether it lists many things (`listsMany`), worked out when first asked. */
  lists: boolean | undefined;
  /**
   * Whether the sentence holds an answer of each kind (`holdsAnswerKind`), by the kind's bit (KIND_BITS): `kindsRead`
   * has the bits of the kinds looked for already, `kindsHeld` those it holds. What a sentence holds never changes, and
   * passages are ranked for question after question.
   */
  kindsRead: number;
  kindsHeld: number;
}

/** A bit for each kind of answer, for `IndexedSentence.kindsRead`. */
const KIND_BITS: Readonly<Record<AnswerKind, number>> = { date: 1, quantity: 2, duration: 4, age: 8, definition: 16, reason: 32, agent: 64, attribute: 128, place: 256, frequency: 512, name: 1024 };

/** A sentence's text in lower case, made once: a definition is looked for in the same sentences question after question. */
const lowerSentence = (sentence: IndexedSentence): string => (sentence.lower ??= sentence.text.toLowerCase());
/** A passage's text in lower case, made once, as a sentence's is. */
const lowerPassage = (entry: IndexedPassage): string => (entry.lower ??= entry.passage.text.toLowerCase());

/** Whether a sentence holds an answer of the kind asked (`holdsAnswerKind`), read once a sentence and kind. */
function sentenceHoldsKind(sentence: IndexedSentence, kind: AnswerKind): boolean {
  const bit = KIND_BITS[kind];
  if ((sentence.kindsRead & bit) === 0) {
    sentence.kindsRead |= bit;
    if (holdsAnswerKind(sentence.text, kind)) sentence.kindsHeld |= bit;
  }
  return (sentence.kindsHeld & bit) !== 0;
}

/**
 * What indexing the corpus produces: every sentence's terms, every heading's, and the postings of every passage's terms.
 * It depends only on the corpus, gazetteer and thesaurus, so it can be cached on disk (see ./cache.ts).
 * Terms are ids into `terms`, the dictionary, so the cache and the memory stay small for large corpora.
 */
export interface IndexData {
  terms: string[];
  /**
   * Word vectors of the corpus's words (see src/nlp/embeddings.ts): the ids of the terms that have one, their
   * vectors in that order (each term's the mean of the words it was read from: "supply", "supplied"), one after
   * another, and by the same row the parts of speech the corpus uses the term as (`POS_BITS`).
   */
  vectors: { ids: Int32Array; data: Int8Array; pos: Uint8Array };
  /** Term ids of each section heading, by heading ("" for passages before any heading). */
  headings: Record<string, number[]>;
  /**
   * Sorted term ids of each footnote, in the corpus's order (document by document, each one's footnotes in order):
   * footnote `f`'s are `ids[offsets[f]..offsets[f + 1])`. A passage is found by what it cites.
   */
  footnotes: { offsets: Uint32Array; ids: Int32Array };
  /**
   * By passage, in the corpus's order: where each sentence starts and ends in the passage text, and its sorted term
   * ids (see `packSentences`), as ASCII bytes one after another: passage `p`'s are `bytes[ends[p - 1] ?? 0..ends[p])`,
   * read when it is first ranked.
   */
  passages: { bytes: Uint8Array; ends: Uint32Array };
  /**
   * Term ids only footnotes have, no passage's text or heading: the names and words of cited works ("Peyrouse",
   * "Chinadaily"). A question using one asks about a source.
   */
  sourceOnly: number[];
  /**
   * The initials of the corpus's runs of capitalised words in lower case, each run's and every part of it of two
   * letters or more ("Regional Anti-Terrorism Structure": "rats", "at", …): what an acronym the corpus lacks may stand
   * for.
   */
  initials: string[];
  /**
   * Every passage's terms, its heading's and its footnotes' (one field, so a search costs one pass per term), as
   * postings with BM25's statistics, packed (see ./postings.ts).
   */
  postings: PackedPostings;
  /** The thesaurus in normal forms. */
  lexicon: Lexicon;
  /**
   * Other wordings of the corpus's words, from WordNet: by a word's term and part of speech ("found|v"), the
   * corpus terms of its everyday senses and derived words ("establish"). Only words the corpus lacks are kept; for a
   * noun of none of them, what it is a kind of, under the part of speech BROADER_NOUN ("teamwork|n+": "cooper").
   * The keys in the order they were found; key `k`'s terms are the ids `terms[offsets[k]..offsets[k + 1])`.
   */
  related: { keys: string[]; offsets: Uint32Array; terms: Int32Array };
  /**
   * Every word of the corpus (passage text, headings, the gazetteer's names) indexed for the speller: built once
   * with the index, not on a first misspelt question (a third of a second for a corpus of 5 MB).
   */
  spelling: SpellingIndex;
}

/**
 * The index as the worker that re-indexes hands it over (./background.ts): the postings already checked, so this
 * thread does not read them through.
 */
export type ReadIndexData = Omit<IndexData, 'postings'> & { postings: PostingsArrays };

/** The postings of an index, checked for the search (see `unpackPostings`). */
export function postingsOf(data: IndexData): PostingsArrays {
  return unpackPostings(data.postings, data.terms.length);
}

const isRead = (data: IndexData | ReadIndexData): data is ReadIndexData => 'count' in data.postings;

/** Where each sentence lies in the text: [start, end, start, end, ...]. */
function sentenceSpans(text: string, sentences: string[]): number[] {
  const spans: number[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const start = text.indexOf(sentence, cursor);
    if (start < 0) continue;
    spans.push(start, start + sentence.length);
    cursor = start + sentence.length;
  }
  return spans.length > 0 ? spans : [0, text.length];
}

/**
 * A passage's sentences as the index holds them: "start end id id …" for each sentence, joined by "|". One
 * string per passage reads far faster from the cache than nested arrays, and is unpacked only when ranked.
 */
function packSentences(spans: number[], terms: number[][]): string {
  return terms.map((ids, i) => [spans[2 * i], spans[2 * i + 1], ...ids].join(' ')).join('|');
}

/** How many sentences before one that refers back its highlight takes in, while each refers back to the one before. */
const REFERS_BACK_SHOWN = 2;

/** The sentences of a packed passage of `text`, their term sets sharing one array. */
function unpackSentences(packed: string, text: string): IndexedPassage['sentences'] {
  const lists = packed === '' ? [] : packed.split('|').map((sentence) => sentence.split(' ').map(Number));
  const ids = new Int32Array(lists.reduce((sum, list) => sum + list.length - 2, 0));
  let offset = 0;
  const sentences = lists.map(([start = 0, end = 0, ...terms]) => {
    ids.set(terms, offset);
    offset += terms.length;
    const sentence = text.slice(start, end);
    return { text: sentence, terms: new TermSet(ids, offset - terms.length, offset), refers: REFERS_BACK.test(sentence), shown: sentence, lower: undefined, lists: undefined, kindsRead: 0, kindsHeld: 0 };
  });
  // Or opens on what the one before it named, in its words: measured on the readable sets, 14 more highlights hold
  // the gold words (1,822 → 1,836 of 2,091), no answer moved.
  const endings = sentences.map((sentence) => nameEndings(sentence.text));
  sentences.forEach((sentence, i) => {
    if (i > 0 && !sentence.refers) sentence.refers = opensOnNamed(sentence.text, sentences[i - 1]!.text) || [1, 2].some((back) => i >= back && namesAgainByItsWord(sentence.text, endings[i - back]!));
  });
  // A highlight takes in the next sentence when that refers back to it ("However militants enter China via a complex
  // route. They are believed to travel from Kunduz…"): made once, the same string for every answer that shows it.
  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1];
    if (next?.refers) sentence.shown = `${sentence.text} ${next.text}`;
    // And one that refers back takes in the sentence before it ("China faced many invasions later on. It drove the
    // country to strengthen its military."): alone, "It drove…" says nothing of what drove it. Measured on the readable
    // sets, the highlight holds the gold words of 24 more of the 2,037 questions answered first (0.859 → 0.871). Where
    // that one refers back too, the one before it as well ("India's relation with Tajikistan… These relations originate
    // from 1990. Both the countries supported Anti-Taliban resistance forces."): the sentence that names them.
    let first = i;
    while (first > 0 && sentences[first]!.refers && i - first < REFERS_BACK_SHOWN) first -= 1;
    if (first < i) sentence.shown = `${sentences.slice(first, i).map((s) => s.text).join(' ')} ${sentence.shown}`;
  });
  return sentences;
}

/** A sentence's opening definite noun phrase ("The military base has…"): up to two words after "the". */
const DEFINITE_OPENING = /^\W*[Tt]he\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
/** Words that end a noun phrase: "The fund was…", "The region of…". */
const PHRASE_ENDS = new Set('is are was were be been has have had will would can could may might must shall should also of in on at to for with by from and or but which that who whose as'.split(' '));

/**
 * Whether a sentence opens on the thing the sentence before it named, in the same words ("…India has funded for
 * refurbishment of Tajikistan's military base in Dushanbe. The military base has crucial implications…"): every word
 * of the opening phrase is the previous sentence's. Not a new thing of the same kind ("…bilateral and multilateral
 * exercises. The first multilateral exercise…").
 */
function opensOnNamed(sentence: string, previous: string): boolean {
  const opening = DEFINITE_OPENING.exec(sentence);
  if (!opening) return false;
  const words: string[] = [];
  for (const word of [opening[1], opening[2]]) {
    if (word === undefined || PHRASE_ENDS.has(word)) break;
    words.push(word);
  }
  const before = ` ${previous.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.some((word) => word.length > 3) && words.every((word) => before.includes(` ${word} `));
}

/** A name of several capitalised words and the last of them, a common word ("the Iran–Iraq War": "War"). */
const NAME_ENDING = /\p{Lu}[\p{L}'’]*(?:[\s–-]+\p{Lu}[\p{L}'’]*)*[\s–-]+\p{Lu}(\p{Ll}{2,})\b/gu;

/** The last words of the names of several capitalised words a sentence has, in lower case ("war" of "the Iran–Iraq War"). */
function nameEndings(sentence: string): string[] {
  return [...sentence.matchAll(NAME_ENDING)].map((m) => m[0].slice(m[0].length - m[1]!.length - 1).toLowerCase());
}

/** "the" and the one or two words after it: the second of them where there are two. */
const THE_WORDS = /\b[Tt]he\s+([\p{L}-]+)(?:\s+(\p{L}+))?/gu;

/**
 * Whether a sentence speaks again of a thing a sentence before it named, by the name's last word (`endings`, see
 * `nameEndings`) written as a common word after "the" ("…the outbreak of the Iran–Iraq War… The cost of the war to
 * Iran's economy was…").
 */
function namesAgainByItsWord(sentence: string, endings: string[]): boolean {
  if (endings.length === 0) return false;
  for (const m of sentence.matchAll(THE_WORDS)) if (endings.includes(m[1]!) || (m[2] !== undefined && endings.includes(m[2]))) return true;
  return false;
}

/** "the country" or "the nation" of a question, and its possessive. */
const THE_COUNTRY = /\b(?:the|this)\s+(?:country|nation)(['’]s)?(?!\s+of\b)\b/i;
/** The place a title ends with: "Economy of Bangladesh", "Foreign relations of Kazakhstan". */
const TITLED_PLACE = /\b(?:of|in)\s+((?:\p{Lu}[\p{L}'’-]*\s?)+)$/u;

/** A question asking what is not so ("Which country doesn't take part in SCO exercises?"). */
const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;
/** A word of capitals alone, or their plural: "USD", "SCBs". */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}s?(?![\p{L}\p{N}])/gu;
/**
 * Words for a document, in general English (the nouns of ./cards.ts's DOCUMENT_WORDS); not "essay", which is often a
 * student's own ("how long is the essay supposed to be?").
 */
const DOCUMENT_NOUNS = 'paper article report document piece publication text';
/**
 * A question asking who an author is, or another detail a document's card gives: "who wrote it?", "the author's
 * name", "who published it?".
 */
const WHO_THE_AUTHOR_IS = /\b(?:who|whom|whose|name[ds]?|called|wrote|written|writes?|publish\w*|title[ds]?|series|number|year|when)\b|^\W*(?:the\s+)?(?:authors?|writers?)\W*$/i;
/** A document's closing part named as a noun ("the conclusion", "its conclusions", "concluding remarks"), not "what does it conclude?". */
const PART_NAMED = /\bconclu(?:sions?|ding\s+remarks)\b/i;
/** The words naming a passage before its number, "/passage" among them ("/passage para 5"). */
const PASSAGE_NAMED = new RegExp(`^(?:\\/?(?:${PASSAGE_WORDS})\\b[\\s.:#-]*)+`);
/** A yes-or-no question's verb, before the name it checks a fact of ("Does China…", "Did the SCO…"). */
const CHECKS_OF = new RegExp(`^\\W*(?:${YES_NO_VERBS})\\s+(?:the\\s+)?`, 'i');
/** A question's verb after its question phrase, before the name it asks of ("how many helicopters did China give…"). */
const ASKS_OF = /^\W*(?:what|which|when|where|why|how|who)\b[^?]*?\b(?:did|does|do|has|have|had)\s+(?:the\s+)?/i;
/** A question asking who or which does not do a thing: "Which country never joins SCO drills?", "who didn't take part?". */
const WHO_NOT = /^\W*(?:which|who)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:never|(?:does|do|did|has|have|had|is|are|was|were)(?:\s+not|n['’]t))\b/iu;
/** A sentence saying what is not so, or who stays out: "refused to participate", "all SCO member states except Uzbekistan". */
const SAYS_NO = /\b(?:not|never|no|none|neither|nor|except|without|refus\w*|lack\w*|fail\w*|declin\w*|reject\w*|avoid\w*|boycott\w*)\b|n['’]t\b/i;

/**
 * The highlight for a question asking what is not so: the sentence meeting it nearly as well as the highlight that
 * says what is not ("But Uzbekistan has consistently refused to participate in the SCO exercises", not "China
 * participated in more than 20 … exercises"); the highlight where none does, or where it says so itself.
 */
function saysNo({ entry, shares, sentence }: Pick<Ranked, 'entry' | 'shares' | 'sentence'>): string {
  if (SAYS_NO.test(sentence.text)) return sentence.text;
  let found = sentence.text;
  let foundShare = 0;
  entry.sentences.forEach((s, index) => {
    const share = shares[index] ?? 0;
    if (share >= SENTENCE_NEAR_BEST * sentence.share && share > foundShare && SAYS_NO.test(s.text)) [found, foundShare] = [s.text, share];
  });
  return found;
}

/** What a highlight shows of a sentence of a passage's (see `unpackSentences`), found by identity. */
function shownWith(sentences: IndexedSentence[], text: string, alone = false): string {
  return alone ? text : (sentences.find((s) => s.text === text)?.shown ?? text);
}

/**
 * A sentence that opens on what the one before it named ("The two countries have had regular military exchanges
 * since 1993", "They are believed to travel from Kunduz…", "It coordinates…") or on the time it named ("During that
 * period…", "In the same year…") or on a demonstrative ("These relations originate from 1990", "This shows…"), or a
 * pronoun after a time or place it opens on ("In recent years, it has expanded …"): it speaks of that sentence's names.
 */
const REFERS_BACK =
  /^\W*(?:(?:in|during|since|over|after|before|by|at|for|under|within)\s[^,.;:]{1,30},\s*(?:it|its|they|their|he|she)\b|it|its|they|their|them|he|she|his|her|both(?: the)? (?:countries|states|sides|nations)|the (?:two|three) (?:countries|states|sides|nations)|the (?:country|organi[sz]ation|body|group|fund|agreement)|(?:(?:during|in|at|by|after|before|since|from|over|throughout|within|for)\s+)?(?:that|this|those|these|the same)\s+(?:period|time|year|years|decade|decades|era|month|months|day|days|war|campaign|conflict|century|reign|rule)|(?:since|after|until|by)\s+then|from then on|after that|(?:this|these|those|such)\s+\p{L}+)\b/iu;

/** A paragraph opening on "the", "this" or "these" and a noun ("The dam, which …"): what it speaks of may be named before it. */
const OPENS_ON_NOUN = /^\W*(?:the|this|these)\s+(\p{L}{3,})\b/iu;
/** A demonstrative before a noun: the text goes on with something named before it ("this project", "these banks"). */
const GOES_ON = /\b(?:this|these)\s+\p{L}{3,}/iu;

/**
 * Whether a sentence (lower case) spells out what a name or phrase is: the name beside a bracket ("regional
 * anti-terrorism structure [rats]", "“three evils”[terrorism, …]", "[rats]"), or followed by "is", "means",
 * "stands for". Read by hand rather than with one pattern of every alias, which took most of an answer's time.
 */
function spellsOut(sentence: string, name: string, asked: boolean): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    const before = sentence.slice(Math.max(0, at - 2), at);
    const after = sentence.slice(at + name.length, at + name.length + 16);
    if (/[[(]\s*$/.test(before) && /^\s*[\])]/.test(after)) return true;
    if (/^[^\p{L}\p{N}]{0,3}[[(]/u.test(after)) return true;
    // "X is …" defines X only when X is the name asked about, not another name of it ("the Central Asian states
    // are insecure" says nothing of what "CARs" means).
    if (asked && /^[^\p{L}\p{N}\s]{0,2}\s+(is|are|was|were|refers to|means|stands for)\s/u.test(after)) return true;
  }
  return false;
}

/** How much of a heading's terms a question asking only what it says must hold: a third (see `sectionAsked`). */
const HEADING_SAID = 3;

/** A question asking what is advised ("Does the author recommend anything for India?", "what should New Delhi do?"). */
const ADVICE_ASKED = /\b(?:recommend\w*|advi[sc]e[sd]?|advising|should|ought)\b/i;
/** A sentence that advises: "India should focus on…", "India needs to carefully watch…". */
const ADVICE = /\b(?:should|ought\s+to|needs?\s+to|must|has\s+to|have\s+to|recommend\w*)\b/i;

/**
 * A question asking what follows if something is or is not so ("What happens to New Delhi if it fails to back its
 * defence links with money?", "what will India end up as if…").
 */
const CONSEQUENCE_ASKED = /\b(?:what|how)\b[^?]*\b(?:happens?|happened|become|becomes|end\s+up|ends\s+up|reduced|result|follow|follows)\b[^?]*\b(?:if|unless|without)\b/i;
/** A question asking which is most so ("What are most of the group security efforts … aimed at?", "which … the biggest"). */
const MOST_ASKED = /\b(?:which|who|what)\b[^?]*\b(?:most|least|biggest|largest|greatest)\b/i;
/** A sentence comparing one with others: "India's relation with Tajikistan has more weightage than the other CARs". */
const COMPARES = /\b(?:more|less|most|least|greater|bigger|larger|higher|fewer)\b[^.]*\bthan\b|\b(?:most|least)\b/i;
/** A sentence stating a condition and what follows from it: "Without achieving that India can only be a marginal player". */
const CONDITION = /\b(?:if|unless|without|otherwise)\b/i;
/** How much less of a question asking what follows on a condition a passage telling it may meet and come first. */
const CONSEQUENCE_MARGIN = 0.1;

/** A question asking what a name's letters stand for ("What does SCO stand for?", "full form of TAPI"). */
const EXPANSION_ASKED = /\b(?:stands?|stood)\s+(?:for|4)\b|\bshort\s+for\b|\bfull\s+(?:form|name)\b|\babbreviat|\bacronym\b|\bspelt\s+out\b|\bspelled\s+out\b/i;

/** Whether a sentence (in lower case) says what a name is: the name, then "is", "are", "was" or "were" ("the sco is …"). */
function statesWhat(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if ((at === 0 || !/[\p{L}\p{N}]/u.test(sentence[at - 1]!)) && /^\s+(?:is|are|was|were)\s/.test(sentence.slice(at + name.length, at + name.length + 8))) return true;
  }
  return false;
}

/** The particles of phrasal verbs that are prepositions, which the verb's object follows ("originate in", "vote for"). */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'onto', 'to', 'from', 'with', 'for', 'of', 'about', 'upon', 'against', 'toward', 'towards']);

/**
 * The verb of a phrasal verb of two words whose second is a preposition ("origin" of "origin_in"), which says most
 * of what it does; null for any other term ("count_on"'s is a word of another sense more often than not: see `read`).
 */
function prepositionalHead(term: string): string | null {
  const gap = term.indexOf('_');
  if (gap < 0 || term.indexOf('_', gap + 1) >= 0) return null;
  return PREPOSITIONS.has(term.slice(gap + 1)) ? term.slice(0, gap) : null;
}

/** How the index names a footnote: by its document and marker. */
const footnoteKey = (documentId: string, marker: string): string => `${documentId} ${marker}`;

/**
 * WordNet's lemmas that the corpus lacks but whose other wordings it has, as the corpus's terms; see
 * `IndexData.related`. A question may use a word of the same sense or family ("founded": "establish"), or a more
 * general one than the paper's ("aircraft" for its "helicopter"). Measured and left out: a more specific one
 * ("army" for "force"), which let near-topic questions the paper does not answer meet its passages.
 */
function relatedWordings(wordnet: WordnetEntry[], has: (term: string) => boolean, hasAs: (term: string, pos: string) => boolean, titlePlaces: ReadonlySet<string>, lemmaTerm: (lemma: string) => string): Record<string, string[]> {
  const related: Record<string, string[]> = {};
  const add = (term: string, pos: string, terms: string[]): void => {
    // Not a word of one or two letters, which WordNet lists as an abbreviation of many things ("mi" of "security
    // service", "iv" of "four"), and a corpus holds as other things ("Mi-8", a footnote's marker); but the initials
    // of the words it stands for ("un" of "united_nations").
    // A phrasal verb the corpus lacks is met by its verb ("depend on": WordNet's "rely on", met by "relies … on").
    // Not a light verb ("hold" of "hold back"), which says little of what is done.
    const headOf = (t: string): string => {
      const head = prepositionalHead(t);
      return head === null || LIGHT_VERBS.has(head) ? t : head;
    };
    // Nor the initials of another of the words given ("uk" of "united_kingdom", given for "britain").
    const initials = (t: string): boolean => t === termInitials(term) || terms.some((other) => other.includes('_') && termInitials(other) === t);
    const known = [...new Set(terms.flatMap((t) => (has(t) || pos !== 'v' ? [t] : [headOf(t)])))].filter((t) => t !== term && has(t) && (!SHORT_LETTERS.test(t) || initials(t)));
    if (known.length === 0 || has(term)) return;
    const key = `${term}|${pos}`;
    related[key] = [...new Set([...(related[key] ?? []), ...known])];
  };
  // A capital is read as its country, the country's other names and its adjective ("Tokyo's home country":
  // "Japanese"; "London": "UK"), where the corpus lacks it: WordNet calls a national capital "capital of" its country
  // ("capital of the United Kingdom") or its country's adjective's capital ("British capital"), and relates a
  // country's adjective to it.
  const adjectivesOf = new Map<string, string[]>();
  const ofAdjective = new Map<string, string[]>();
  const capitals: Array<{ term: string; pos: string; countries: string[] }> = [];
  for (const { term, pos, related: words, broader } of wordnet) {
    if (pos === 'a') for (const word of words) adjectivesOf.set(word, [...(adjectivesOf.get(word) ?? []), term]);
    if (pos === 'a') ofAdjective.set(term, words);
    // "british_capital" only of a word that is a nation's capital (not "working_capital" of "capital").
    const nation = broader.includes(NATION_CAPITAL);
    for (const word of words) {
      const countries = capitalNamed(word, nation, lemmaTerm);
      if (countries.length > 0) capitals.push({ term, pos, countries });
    }
  }
  // "british_capital": the countries of the adjective; "capit_of_X": X, if WordNet has it as a noun (below).
  const byAdjective = (country: string): string[] | null => (country.endsWith(CAPITAL_AFTER) ? (ofAdjective.get(country.slice(0, -CAPITAL_AFTER.length)) ?? []) : null);
  // The countries' own entries, for their other names ("uk" of "united_kingdom").
  const wanted = new Set(capitals.flatMap(({ countries }) => countries.flatMap((country) => byAdjective(country) ?? [country])));
  const namesOf = new Map<string, string[]>();
  for (const { term, pos, related: words } of wordnet) if (pos === 'n' && wanted.has(term)) namesOf.set(term, words);
  for (const { term, pos, countries } of capitals) {
    const known = countries.flatMap((country) => byAdjective(country) ?? (namesOf.has(country) ? [country] : []));
    if (known.length > 0) add(term, pos, known.flatMap((country) => [country, ...(namesOf.get(country) ?? []), ...(adjectivesOf.get(country) ?? [])]));
  }
  // The verbs telling an amount changed (see below).
  const changeTerms = new Set(AMOUNT_CHANGES.flat().map((word) => lemmaTerm(word)));
  for (const { term, pos, related: words, broader } of wordnet) {
    // An adverb of several words ("next door", "at all") says how or where, not what: a question's words in it are
    // read as the phrase, which is no word of the question (see `read`), whatever other wordings the corpus has.
    if (pos === 'r' && term.includes('_') && !has(term)) related[`${term}|${pos}`] ??= [];
    add(term, pos, words);
    // A word the corpus has with another negative prefix ("instability": "unstable" of "insecure and unstable").
    if (!has(term)) for (const other of otherNegations(term)) if (has(other)) add(term, pos, [other]);
    // An adjective the corpus has only negated ("stable": "unstable" of "insecure and unstable"): "is the region
    // stable?" is answered by the passage saying it is not.
    if (pos === 'a' && !has(term) && !NEGATIVE_PREFIX.test(term)) for (const prefix of NEGATIVE_PREFIXES) if (has(prefix + term)) add(term, pos, [prefix + term]);
    // What a noun of one word the corpus lacks, of no other wording it has, is a kind of ("teamwork": "cooperation"),
    // apart: a question reads it only where it asks no fact (see `read`).
    if (pos === 'n' && !term.includes('_') && !has(term) && related[`${term}|n`] === undefined) add(term, BROADER_NOUN, broader);
    // The corpus's own words are found by what they are kinds of, in the sense the corpus uses them in. Not by a verb
    // telling an amount changed, which a question asks in that sense ("drop": not "invest", "log", of which WordNet has
    // it the kind as "sink money", "fell trees").
    if (hasAs(term, pos)) for (const general of broader) if (!(pos === 'v' && changeTerms.has(general))) add(general, pos, [term]);
    // A word the corpus has, with its family's other forms the corpus also has ("growth": "grow"), apart: what a
    // question of fact asks of may be spoken of so (see `answering`). Not an adverb of it ("primarily" of "primary").
    if (has(term) && !term.includes('_')) {
      const forms = words.filter((w) => w !== term && has(w) && !w.includes('_') && sameStem(w, term) && !w.endsWith('li') && !term.endsWith('li'));
      if (forms.length > 0) related[`${term}|${FAMILY}`] = [...new Set([...(related[`${term}|${FAMILY}`] ?? []), ...forms])];
    }
  }
  // The adjectives WordNet gives the place a document's title ends with, other than those English makes by rule (see
  // `demonymsOf`): "finnish" of "Economy of Finland", "thai" of "Economy of Thailand", "greek" of "Economy of Greece".
  for (const place of titlePlaces) {
    for (const adjective of adjectivesOf.get(place) ?? []) if (!adjective.includes('_')) (related[`${adjective}|${PEOPLE_OF}`] ??= []).push(place);
  }
  return related;
}

/**
 * The country a word of WordNet's names the capital of, as the table's terms: "capit_of_iceland";
 * "capit_of_the_united_kingdom" as written and read again in lower case (WordNet writes the country's name with
 * capitals, which the analyzer leaves unstemmed: "unit_kingdom"); "british_capital" as it is, of a nation's capital,
 * for its adjective's country. None for another word.
 */
function capitalNamed(word: string, nation: boolean, lemmaTerm: (lemma: string) => string): string[] {
  if (nation && word.endsWith(CAPITAL_AFTER)) return [word];
  if (!word.startsWith(CAPITAL_OF)) return [];
  const written = word.slice(CAPITAL_OF.length).replace(/^the_/, '');
  return written.includes('_') ? [written, lemmaTerm(written.replace(/_/g, ' '))] : [written];
}
const CAPITAL_OF = 'capit_of_';
const CAPITAL_AFTER = '_capital';
/** What WordNet says a nation's capital is a kind of. */
const NATION_CAPITAL = 'nation_capital';

/** English's negative prefixes, as the analyzer's terms begin with them: "instabl", "unstabl", "disloy". */
const NEGATIVE_PREFIX = /^(?:in|un|im|il|ir|dis|non)(?=\p{L}{4})/u;
const NEGATIVE_PREFIXES = ['in', 'un', 'im', 'il', 'ir', 'dis', 'non'];

/** A term with its negative prefix swapped for each other one ("instabl": "unstabl", "imstabl", …), or none. */
function otherNegations(term: string): string[] {
  const prefix = NEGATIVE_PREFIX.exec(term)?.[0];
  return prefix === undefined ? [] : NEGATIVE_PREFIXES.filter((p) => p !== prefix).map((p) => p + term.slice(prefix.length));
}

/**
 * The thesaurus's expansions of phrases ("armed forces": "military", "rein in": "restrain"), as entries of WordNet's
 * table: a question's run of those words is then read as one word through them, as WordNet's phrases are.
 */
function phraseWordings(thesaurus: Thesaurus, analyzer: Analyzer): WordnetEntry[] {
  return Object.entries(thesaurus.expansions)
    .filter(([phrase]) => analyzer.terms(phrase).length > 1)
    .map(([phrase, targets]) => ({ term: analyzer.lemmaTerm(phrase.toLowerCase()), pos: 'n', related: targets.flatMap((target) => analyzer.terms(target)), broader: [] }));
}

/** The letters a word and the corpus word it is read as share at their start when they are of one family (see `spell`). */
const FAMILY_PREFIX = 5;

/** A word of one or two letters (see `relatedWordings`). */
const SHORT_LETTERS = /^\p{L}{1,2}$/u;
/** The first letters of a term's words ("un" of "united_nations"). */
const termInitials = (term: string): string => term.split('_').map((word) => word[0]).join('');

/** The part of speech `IndexData.related` keeps a corpus word's other forms under ("growth|="). */
const FAMILY = '=';

/** Whether two terms share their first four letters and all but the last three of the shorter's: "grow", "growth". */
function sameStem(a: string, b: string): boolean {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at >= 4 && at >= Math.min(a.length, b.length) - 3;
}

/** The part of speech `IndexData.related` keeps what a noun is a kind of under ("teamwork|n+"). */
const BROADER_NOUN = 'n+';

/** The part of speech `IndexData.related` keeps the place an adjective of a title's place is of under ("finnish|@"). */
const PEOPLE_OF = '@';

/** The initials of a corpus's runs of capitalised words (see IndexData.initials), sorted. */
function initialsOf(corpus: Corpus): string[] {
  const found = new Set<string>();
  const texts = corpus.documents.flatMap((d) => [d.meta.title, ...d.sections, ...d.passages.map((p) => p.text), ...[...d.footnotes.values()].map((f) => f.text)]);
  for (const text of texts) {
    for (const run of text.match(CAPITALISED_RUN) ?? []) {
      const letters = initialsOfRun(run);
      for (let from = 0; from < letters.length; from += 1) for (let to = from + 2; to <= letters.length; to += 1) found.add(letters.slice(from, to));
    }
  }
  return [...found].sort();
}

/** The vectors of the corpus's word terms (see IndexData.vectors), from the words each was read from. */
function termVectors(writtenAs: Map<string, Set<string>>, ids: Map<string, number>, usedAs: Set<string>): IndexData['vectors'] {
  const table = readEmbeddings();
  const found: Array<[number, Int8Array]> = [];
  for (const [term, words] of writtenAs) {
    const id = ids.get(term);
    const vector = id === undefined ? null : meanVector([...words].flatMap((word) => table.vector(word) ?? []));
    if (vector) found.push([id!, vector]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const data = new Int8Array(found.length * table.dims);
  found.forEach(([, vector], i) => data.set(vector, i * table.dims));
  const terms = [...ids.keys()];
  const pos = Uint8Array.from(found, ([id]) => {
    let mask = 0;
    for (const [tag, bit] of POS_BITS) if (usedAs.has(`${terms[id]}|${tag}`)) mask |= bit;
    return mask;
  });
  return { ids: Int32Array.from(found, ([id]) => id), data, pos };
}

/**
 * A passage's text with the markers of the footnotes it cites blanked out, each by as many spaces, so that its
 * sentences stand where they stood: "[xi]" is no word of the text ("who is Xi?" is not answered by "… vehicles [xi].").
 */
function withoutMarkers(text: string, markers: string[]): string {
  let words = text;
  for (const marker of markers) words = words.split(`[${marker}]`).join(' '.repeat(marker.length + 2));
  return words;
}

/** Chat's words as written: none is a misspelling of a word of the corpus. */
const CHAT_WORD_SET = new Set(CHAT_WORDS.split(' '));

/** What a document's front matter names: its title, author, publisher and series. */
const frontMatterNames = (meta: DocumentMeta): string[] => [meta.title, meta.author, meta.publisher, meta.series].filter((name): name is string => name !== null && name !== '');

/** Letters joined by hyphens ("de-emphasise", "co-operation"). */
const HYPHENED_WORD = /\p{L}+(?:-\p{L}+)+/gu;

/** The words of the corpus the speller reads misspelt words as (see IndexData.spelling). */
function corpusWords(corpus: Corpus): string[] {
  const words = new Set<string>();
  // And the words a question about a document itself is asked with, which no passage may have ("papr" is "paper").
  // Its documents' titles and authors too, which no passage need hold ("Heliocentrism" of a title is no misspelling).
  const texts = [corpus.passages.map((p) => p.text), corpus.documents.flatMap((d) => d.sections), corpus.documents.flatMap((d) => frontMatterNames(d.meta)), corpus.gazetteer.flatMap((e) => [e.canonical, ...e.aliases]), DOCUMENT_VOCABULARY];
  // Text by text, not joined: a large corpus is tens of megabytes.
  for (const list of texts) {
    for (const text of list) {
      for (const word of text.split(/[^\p{L}]+/u)) if (word !== '') words.add(word.toLowerCase());
      // A word of parts joined by hyphens written as one, as the analyzer reads it: "deemphasise" is the paper's
      // "de-emphasise", no slip for "emphasise".
      if (text.includes('-')) for (const joined of text.match(HYPHENED_WORD) ?? []) words.add(joined.replace(/-/g, '').toLowerCase());
    }
  }
  return [...words];
}

/**
 * Analyses every passage once: the slow part of start-up, which the cache saves. WordNet's table (`wordnet`, read
 * from its file unless given) is read only when the passages are done: its 50 MB are not held through their analysis.
 */
export function buildIndex(corpus: Corpus, analyzer: Analyzer, wordnet?: WordnetEntry[]): IndexData {
  // First, while nothing else is held: at 1,000 documents the rest of the build holds a few hundred MB at its peak.
  const spelling = buildSpellingIndex(corpusWords(corpus));
  const terms: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      ids.set(term, id);
    }
    return id;
  };
  /** Everything a text can be found by: its words, their synonym groups, and the names it mentions. */
  // Each word of the corpus with the parts of speech it is used as: "regular|a" of "regularly", never "regular|n".
  const usedAs = new Set<string>();
  // Each word term with the words it was read from, in lower case: its vector is theirs.
  const writtenAs = new Map<string, Set<string>>();
  const canonicalNames = new Set(corpus.gazetteer.map((entry) => entry.canonical));
  const termsOf = (analysis: Analysis): string[] => {
    for (const [word, pos] of analysis.partsOfSpeech) usedAs.add(`${word}|${pos}`);
    for (const [word, surface] of analysis.surfaces) {
      // A word of a name ("central" of "Central Asia") stands for the name, not for what the word means.
      if (!analysis.namedWords.has(word)) (writtenAs.get(word) ?? writtenAs.set(word, new Set()).get(word)!).add(surface);
    }
    const found = new Set(analysis.words);
    for (const word of analysis.words) {
      const head = analyzer.synonym(word);
      if (head) found.add(head);
    }
    for (const name of analysis.names) for (const term of name.terms) found.add(term);
    return [...found];
  };
  // Names joined by hyphens within a longer name name each: "the Turkmenistan-Afghanistan-Pakistan-India [TAPI]
  // pipeline" names Turkmenistan, and is found by it. Not a name of a body a longer name holds ("the 6th Meeting of
  // Leaders of SCO Anti-Drug Agencies" is no passage on the SCO).
  const hyphenedNames = (text: string, analysis: Analysis): string[] =>
    text.includes('-') || text.includes('–') ? analysis.entities.filter((entity) => canonicalNames.has(entity.canonical) && hyphenedIn(text, entity.text)).map((entity) => entityTerm(entity.canonical)) : [];
  const sorted = (list: string[]): number[] => list.map(idOf).sort((a, b) => a - b);
  const headings: Record<string, number[]> = {};
  const headingTerms = new Map<string, string[]>();
  const footnoteIds: number[][] = [];
  const footnoteTerms = new Map<string, string[]>();
  for (const document of corpus.documents) {
    for (const { marker, text } of document.footnotes.values()) {
      // Who wrote it, its title and where it appeared; not when it was read.
      const terms = termsOf(analyzer.analyze(text.replace(/\(?\s*accessed on[^)]*\)?/gi, ' ')));
      footnoteTerms.set(footnoteKey(document.meta.id, marker), terms);
      footnoteIds.push(sorted(terms));
    }
  }
  const packedSentences: string[] = [];
  // Every term of the passages' text and headings: what is not, of the footnotes', only sources have.
  const inText = new Set<string>();
  const postings = new PostingsBuilder(ids);
  // A word is one of the commonest English words, those the word-vector table holds.
  const commonWords = readEmbeddings().words();
  const isWord = (word: string): boolean => commonWords.has(word);
  // Each document's author's surname, as a pattern; and the terms of "author".
  const authorOf = new Map(
    corpus.documents.flatMap((d) => {
      const surname = d.meta.author?.split(/[\s.]+/).at(-1) ?? '';
      return /^\p{Lu}\p{L}{2,}$/u.test(surname) ? [[d.meta.id, new RegExp(`\\b${surname}\\b`)] as const] : [];
    }),
  );
  const authorTerms = analyzer.terms('author');
  for (const passage of corpus.passages) {
    const section = passage.section ?? '';
    if (!headingTerms.has(section)) {
      headingTerms.set(section, termsOf(analyzer.analyze(section)));
      headings[section] = sorted(headingTerms.get(section)!);
    }
    const spans = sentenceSpans(passage.text, analyzer.sentences(passage.text));
    const words = withoutMarkers(passage.text, passage.citations);
    const sentenceTerms: string[][] = [];
    for (let i = 0; i < spans.length; i += 2) {
      const analysis = analyzer.analyze(words.slice(spans[i], spans[i + 1]));
      const terms = termsOf(analysis);
      for (const term of hyphenedNames(words.slice(spans[i], spans[i + 1]), analysis)) if (!terms.includes(term)) terms.push(term);
      // "originates in the glaciers" is found by "originate" too: the verb of a phrase with a preposition.
      for (const term of terms.map(prepositionalHead)) if (term !== null && !terms.includes(term)) terms.push(term);
      // "cross roads" is found by "crossroads" too.
      for (const term of analysis.joined(isWord)) if (!terms.includes(term)) terms.push(term);
      // A sentence naming the document's author, or referring to her in the passage about her, speaks of "the author"
      // ("K.Jennie Tresa is an intern…" answers "is the author an intern?").
      const author = authorOf.get(passage.documentId);
      const sentence = words.slice(spans[i], spans[i + 1]);
      if (author && (author.test(sentence) || (AUTHOR_SECTION.test(passage.section ?? '') && PERSONAL_PRONOUN.test(sentence)))) for (const term of authorTerms) if (!terms.includes(term)) terms.push(term);
      sentenceTerms.push(terms);
    }
    packedSentences.push(packSentences(spans, sentenceTerms.map(sorted)));
    for (const terms of sentenceTerms) for (const term of terms) inText.add(term);
    const cited = passage.citations.flatMap((marker) => footnoteTerms.get(footnoteKey(passage.documentId, marker)) ?? []);
    postings.add([...sentenceTerms.flat(), ...headingTerms.get(section)!, ...cited].join(' '));
  }
  const corpusHas = (term: string): boolean => ids.has(term);
  checkThesaurus(corpus.thesaurus, analyzer.terms);
  // The places documents' titles end with ("Finland" of "Economy of Finland"), whose people's adjectives are kept.
  const titlePlaces = new Set(corpus.documents.flatMap((d) => analyzer.terms(TITLED_PLACE.exec(d.meta.title ?? '')?.[1] ?? '').filter(corpusHas)));
  const related = relatedWordings([...(wordnet ?? readWordnet()), ...phraseWordings(corpus.thesaurus, analyzer)], corpusHas, (term, pos) => usedAs.has(`${term}|${pos}`), titlePlaces, analyzer.lemmaTerm);
  const vectors = termVectors(writtenAs, ids, usedAs);
  for (const terms of headingTerms.values()) for (const term of terms) inText.add(term);
  const sourceOnly = [...new Set([...footnoteTerms.values()].flat())].filter((term) => !inText.has(term)).map(idOf).sort((a, b) => a - b);
  const footnotes = { offsets: offsetsOf(footnoteIds), ids: Int32Array.from(footnoteIds.flat()) };
  let end = 0;
  // Memory of their own (a small Buffer lies in a pool it shares), so the worker that re-indexes can move them.
  const passages = { bytes: new TextEncoder().encode(packedSentences.join('')), ends: Uint32Array.from(packedSentences, (packed) => (end += packed.length)) };
  const relatedKeys = Object.keys(related);
  const relatedIds = relatedKeys.map((key) => related[key]!.map((term) => ids.get(term)!));
  const relatedPacked = { keys: relatedKeys, offsets: offsetsOf(relatedIds), terms: Int32Array.from(relatedIds.flat()) };
  return { terms, vectors, headings, footnotes, passages, sourceOnly, initials: initialsOf(corpus), postings: postings.pack(), lexicon: analyzer.lexicon, related: relatedPacked, spelling };
}

/**
 * Whether `offsets` cut `values` into `count` lists: from 0, never backwards, to the end (a damaged cache's may not),
 * and every value is a term id of a dictionary of `terms` (when given).
 */
function fitsTogether(offsets: Uint32Array, values: Int32Array, count: number, terms?: number): boolean {
  if (offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== values.length) return false;
  for (let i = 0; i < count; i += 1) if (offsets[i]! > offsets[i + 1]!) return false;
  return terms === undefined || values.every((id) => id >= 0 && id < terms);
}

/** Where each list begins when they are laid end to end, and where the last ends. */
function offsetsOf(lists: ReadonlyArray<readonly unknown[]>): Uint32Array {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return offsets;
}

/**
 * The engine for a corpus. Pass the index when it was built or cached already (see ./load.ts), and the
 * analyzer it was built with; the engine keeps neither the index's plain form nor anything it does not need.
 */
export function createEngine(corpus: Corpus, options: EngineOptions = {}, prebuilt?: IndexData | ReadIndexData, prebuiltAnalyzer?: Analyzer): Engine {
  const settings = { ...DEFAULTS, ...options };
  const analyzer: Analyzer = prebuiltAnalyzer ?? createAnalyzer(corpus.gazetteer, corpus.thesaurus, prebuilt?.lexicon);
  const documents = new Map(corpus.documents.map((d) => [d.meta.id, d]));
  const data = prebuilt ?? buildIndex(corpus, analyzer);
  const oftenAShare = new Set(OFTEN_A_SHARE.map(analyzer.lemmaTerm));
  const shareVerbs = new Set(SHARE_VERBS.map((verb) => (verb.includes(' ') ? verb.replace(' ', '_') : analyzer.lemmaTerm(verb))));
  // Set one by one: a pair array for each of 30,000 terms made the collector's work at 1,000 documents.
  const dictionary = new Map<string, number>();
  data.terms.forEach((term, id) => dictionary.set(term, id));
  const postings = new Postings(isRead(data) ? data.postings : postingsOf(data));
  const termSet = (ids: number[]): TermSet => new TermSet(Int32Array.from(ids), 0, ids.length);
  // Every heading's terms laid end to end, each heading's set a slice: no array each (3,744 at 1,000 documents).
  const sectionNames = Object.keys(data.headings);
  const headingOffsets = offsetsOf(sectionNames.map((section) => data.headings[section]!));
  const headingTermIds = new Int32Array(headingOffsets[sectionNames.length]!);
  sectionNames.forEach((section, h) => headingTermIds.set(data.headings[section]!, headingOffsets[h]));
  if (!fitsTogether(headingOffsets, headingTermIds, sectionNames.length, data.terms.length)) throw new Error('the index does not hold every heading');
  const headings = new Map<string, TermSet>();
  sectionNames.forEach((section, h) => headings.set(section, new TermSet(headingTermIds, headingOffsets[h]!, headingOffsets[h + 1]!)));
  const noHeading = termSet([]);
  // Where each document's footnotes begin among the index's (see IndexData.footnotes); each footnote's terms made a
  // set when a passage citing it is first ranked, as most of a large corpus's never are.
  const footnoteStart = new Map<string, number>();
  let footnoteCount = 0;
  for (const d of corpus.documents) {
    footnoteStart.set(d.meta.id, footnoteCount);
    footnoteCount += d.footnotes.size;
  }
  if (!fitsTogether(data.footnotes.offsets, data.footnotes.ids, footnoteCount, data.terms.length)) throw new Error('the index does not hold every footnote');
  const footnoteSets = new Array<TermSet | undefined>(footnoteCount);
  const footnoteTerms = (documentId: string, marker: string): TermSet[] => {
    let f = footnoteStart.get(documentId) ?? -1;
    for (const key of f < 0 ? [] : documents.get(documentId)!.footnotes.keys()) {
      if (key === marker) return [(footnoteSets[f] ??= new TermSet(data.footnotes.ids, data.footnotes.offsets[f]!, data.footnotes.offsets[f + 1]!))];
      f += 1;
    }
    return [];
  };
  const sourceOnly = new Set(data.sourceOnly);
  const initials = new Set(data.initials);
  // The nouns that ask for a date ("what year", "which month"), as terms: made when first needed.
  let dateNouns: Set<string> | undefined;
  /** Whether a term is a noun that only says a date is asked ("year" of "what year"). */
  const isDateNoun = (term: string): boolean => (dateNouns ??= new Set(analyzer.terms(DATE_NOUNS))).has(term);
  /** The nouns of a figure that measures what the words before them name ("inflation rate", "poverty level"), as terms. */
  const rateHeads = new Set(analyzer.terms('rate rates level levels ratio'));
  /**
   * Whether a word only sources have names one, as the question writes it: with a capital past the question's first
   * word ("Peyrouse", "Chinadaily"), or a word English text does not know. Not a word of a cited title that English
   * knows, asked about in its own right ("collapse" of "Beginnings of Mongol collapse", "when did the Soviet Union
   * collapse?"). Or the one word asked, as a search box takes a cited author's name ("harrison").
   */
  const namesSource = (text: string, written: string | undefined): boolean =>
    written !== undefined && (!isCommonWord(written) || (/^\p{Lu}/u.test(asWritten(text, written)) && !opens(text, written)) || text.trim().replace(/[\s\p{P}]+$/u, '').toLowerCase() === written);
  // Passages are unpacked when first ranked: most of a large corpus never is.
  const { bytes: packedBytes, ends: packedEnds } = data.passages;
  if (packedEnds.length !== corpus.passages.length || (packedEnds.at(-1) ?? 0) !== packedBytes.length) throw new Error('the index does not hold every passage');
  for (let p = 1; p < packedEnds.length; p += 1) if (packedEnds[p - 1]! > packedEnds[p]!) throw new Error('the index does not hold every passage');
  const packedSentencesOf = (index: number): string => {
    const start = index === 0 ? 0 : packedEnds[index - 1]!;
    return Buffer.from(packedBytes.buffer, packedBytes.byteOffset + start, packedEnds[index]! - start).toString('latin1');
  };
  const unpacked = new Array<IndexedPassage | undefined>(corpus.passages.length);
  /** Whether each passage goes on with what the one before it named (`GOES_ON`), read once: 1 no, 2 yes. */
  const wentOn = new Uint8Array(corpus.passages.length);
  const goesOn = (entry: IndexedPassage): boolean => (wentOn[entry.position] ||= GOES_ON.test(entry.passage.text) ? 2 : 1) === 2;
  /** The ids of the noun a paragraph opens on after "the", "this" or "these" (`OPENS_ON_NOUN`), read once a passage. */
  const openedOn = new Map<number, number[]>();
  const openingIds = (entry: IndexedPassage): number[] => {
    let ids = openedOn.get(entry.position);
    if (ids === undefined) {
      const noun = OPENS_ON_NOUN.exec(entry.passage.text)?.[1];
      ids = noun === undefined ? [] : analyzer.terms(noun).flatMap((term) => dictionary.get(term) ?? []);
      openedOn.set(entry.position, ids);
    }
    return ids;
  };
  /**
   * The paragraph before one that goes on with what it named, in the same section: one opening on "the" (or "this")
   * and a noun of the question's that the paragraph before has ("When was the Grand Ethiopian Renaissance Dam
   * completed?": "The dam, which was completed in 2023, …" after "…the Grand Ethiopian Renaissance Dam (GERD)…"), or
   * with `demonstrative`, one speaking of "this project" anywhere. Null for any other.
   */
  const continued = (entry: IndexedPassage, concepts: readonly Concept[], demonstrative = true): IndexedPassage | null => {
    const previous = corpus.passages[entry.position - 1];
    if (previous === undefined || previous.documentId !== entry.passage.documentId || previous.section !== entry.passage.section) return null;
    if (demonstrative && goesOn(entry)) return indexed(entry.position - 1);
    const ids = openingIds(entry);
    if (ids.length === 0) return null;
    if (!concepts.some((c) => !c.name && ids.some((id) => c.ids.includes(id)))) return null;
    const before = indexed(entry.position - 1);
    return ids.some((id) => before.terms.has(id)) ? before : null;
  };
  const indexed = (index: number): IndexedPassage => {
    let entry = unpacked[index];
    if (!entry) {
      const passage = corpus.passages[index]!;
      const heading = headings.get(passage.section ?? '') ?? noHeading;
      const sentences = unpackSentences(packedSentencesOf(index), passage.text);
      const all = new Set<number>();
      for (const { terms } of sentences) terms.max((id) => (all.add(id), 0));
      // Words near the question's are looked for in the text, not the heading.
      const rows = Int32Array.from([...all].flatMap((id) => (rowOf[id]! >= 0 ? [rowOf[id]!] : [])));
      heading.max((id) => (all.add(id), 0));
      entry = {
        passage,
        position: index,
        heading,
        cited: passage.citations.flatMap((marker) => footnoteTerms(passage.documentId, marker)),
        sentences,
        terms: termSet([...all].sort((a, b) => a - b)),
        rows,
        lower: undefined,
      };
      unpacked[index] = entry;
    }
    return entry;
  };
  const documentFrequency = {
    has: (term: string): boolean => postings.frequency(dictionary.get(term) ?? -1) > 0,
  };

  const passageCount = corpus.passages.length;
  /** BM25's rarity of a term held by `df` passages. */
  const idfOf = (df: number): number => Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));

  // The corpus's word vectors by term id; the table itself is read only for a question's words the corpus lacks.
  const vectorIds = data.vectors.ids;
  const vectorData = unitFloats(data.vectors.data);
  const dims = vectorIds.length === 0 ? 0 : vectorData.length / vectorIds.length;
  const rowPos = data.vectors.pos;
  const rowOf = new Int32Array(data.terms.length).fill(-1);
  vectorIds.forEach((id, row) => (rowOf[id] = row));
  /** Whether a word in lower case is one of English's commonest, those the word-vector table has. */
  const isCommonWord = memoized(WORDS_KEPT, (word) => readEmbeddings().has(word));
  // The table's vectors of the words met last that the corpus lacks.
  const tableVector = memoized(WORDS_KEPT, (written) => {
    const vector = readEmbeddings().vector(written);
    return vector ? unitFloats(vector) : null;
  });
  const rowVector = (row: number): Float32Array => vectorData.subarray(row * dims, (row + 1) * dims);
  /**
   * The vector of a word only the table has: the mean of its written form's and its dictionary word's, as a corpus
   * word's is the mean of its forms' ("armies" alone is far from "military", "army" near it). Keyed "written lemma".
   */
  const wordVector = memoized(WORDS_KEPT, (key) => {
    const [written, lemma] = key.split(' ') as [string, string | undefined];
    if (lemma === undefined || lemma === written) return tableVector(written);
    const table = readEmbeddings();
    const mean = meanVector([table.vector(written), table.vector(lemma)].filter((v) => v !== undefined));
    return mean ? unitFloats(mean) : null;
  });
  const wordKey = (concept: Concept): string | null => (concept.written === undefined ? null : concept.lemma === undefined ? concept.written : `${concept.written} ${concept.lemma}`);
  // A word's cosines are kept with its vector, for the words met last: questions bring the same words again and again.
  // Keyed by the corpus's row of the word, or by the word as written (and its dictionary word) when only the table has it.
  const nearWordsKept = Math.floor(COSINES_KEPT / Math.max(1, vectorIds.length));
  const nearWords = memoized(nearWordsKept, (key: number | string): NearWord | null => {
    const vector = typeof key === 'number' ? rowVector(key) : wordVector(key);
    return vector ? { vector, cosines: new Float32Array(vectorIds.length), done: new Int32Array(vectorIds.length), mark: 1 } : null;
  });
  // Else one table serves the question's concepts in turn: a row's cosine is a concept's while the row has its stamp.
  const questionCosines = nearWordsKept >= NEAR_WORDS_KEPT ? null : { cosines: new Float32Array(vectorIds.length), done: new Int32Array(vectorIds.length) };
  /** The concept's word's vector: the corpus's when it has one for the word, else the table's for the word as written. */
  const nearWordOf = (concept: Concept): NearWord | null => {
    const row = rowOf[dictionary.get(concept.terms[0]!) ?? -1] ?? -1;
    const key = wordKey(concept);
    if (!questionCosines) return row >= 0 ? nearWords(row) : key === null ? null : nearWords(key);
    const vector = row >= 0 ? rowVector(row) : key === null ? null : wordVector(key);
    return vector ? { vector, ...questionCosines, mark: concept.stamp } : null;
  };
  // By row, the stamp of the concept that met the corpus's word last (see `nearest`), and whether it was set apart
  // from that concept then.
  const rowStamps = new Int32Array(vectorIds.length);
  const setApart = new Uint8Array(vectorIds.length);
  let stamps = 0;

  /** The gazetteer name a word of one is (lower case): "uyghurs" and "uighers" are the Uighurs. */
  const nameOfWord = new Map(corpus.gazetteer.flatMap((entry) => [entry.canonical, ...entry.aliases].filter((name) => /^\p{L}+$/u.test(name)).map((name) => [name.toLowerCase(), entry.canonical] as const)));
  /** Reads misspelt words as the corpus's, through the spelling index the index holds: nothing to build here. */
  // A form English has of the corpus word's stem is the same word ("welcome" of "welcomes").
  const sameWord = (form: string, word: string): boolean => analyzer.knows(form) && analyzer.terms(form).join(' ') === analyzer.terms(word).join(' ');
  const termIdOf = (word: string): number => dictionary.get(analyzer.lemmaTerm(word)) ?? -1;
  // Two words the corpus holds together: in one passage, or as a name the gazetteer knows, in either order ("three
  // evils", "Kublai Khan").
  const together = (a: string, b: string): boolean => {
    if (gazetteerNames.has(`${a} ${b}`.toLowerCase()) || gazetteerNames.has(`${b} ${a}`.toLowerCase())) return true;
    const [ta, tb] = [termIdOf(a), termIdOf(b)];
    return ta >= 0 && tb >= 0 && ta !== tb && postings.holdingAll([ta, tb], 1).length > 0;
  };
  const speller: Speller = createSpeller(data.spelling, (word) => postings.frequency(termIdOf(word)), (word) => nameOfWord.get(word), sameWord, together);

  /**
   * Of words the model lacks, those that may be slips: not a word English only writes as a name ("kant" is no "wants"),
   * nor a piece of a link ("https://www.c3sindia.org" stays as it is), nor a word of a name of the gazetteer's the text
   * writes ("the Stans" is no "the stands").
   */
  function mayBeSlips(text: string, words: string[], linked: ReadonlySet<string> = wordsOfLinks(text)): string[] {
    const lower = words.map((word) => word.toLowerCase());
    const named = lower.some((word) => longNameWords.has(word)) ? wordsOfLongNames(text) : undefined;
    return words.filter((_, i) => !linked.has(lower[i]!) && !onlyAName(lower[i]!) && !named?.has(lower[i]!));
  }

  /** The text with the words of it that the model lacks read as the corpus words they were meant to be. */
  function spell(text: string, unknownWords: string[] = analyzer.read(text).unknownWords, linked?: ReadonlySet<string>): string {
    // A name English text knows ("Andijan", "Modi") is no slip for one of the corpus's ("Indian", "Mode").
    // Nor is chat's word of another language a slip ("merci" is not "series").
    // A word of English's commonest that the model lacks is a slip only for a corpus word one edit from it ("goverment")
    // or of its family ("jihadists": "jihadis"); else it is a word of its own ("payouts" is not "layout").
    const misspelt = mayBeSlips(text, unknownWords, linked).filter((word) => {
      const lower = word.toLowerCase();
      if (CHAT_WORD_SET.has(lower) || (/^\p{Lu}\p{Ll}/u.test(word) && isCommonWord(lower))) return false;
      if (!isCommonWord(lower)) return true;
      const read = speller.correct(lower, [lower]).toLowerCase();
      // One edit, two neighbouring letters swapped among them ("frist": "first").
      return oneSlipApart(lower, read) || (read.length >= FAMILY_PREFIX && lower.startsWith(read.slice(0, FAMILY_PREFIX)));
    });
    return misspelt.length === 0 ? text : mend(text, misspelt);
  }

  /**
   * The text with `slips` read as the corpus's words; and those the corpus's words do not mend, neither the corpus nor
   * English's commonest have, as the one of English's commonest they are a slip from ("happend": "happened", "suply":
   * "supply", which the corpus writes "supplied").
   */
  function mend(text: string, slips: string[]): string {
    let corrected = speller.correct(text, slips);
    // As many as the speller reads (MAX_WORDS): a text with more is no misspelt question.
    for (const word of [...new Set(slips)].slice(0, MAX_WORDS)) {
      // A word of four letters only by a double typed once ("smal": "small", "dril": "drill"), or by a letter left out of
      // a word of the corpus or of questions about a document ("papr": "paper"): any other slip from so short a word
      // makes many.
      const short = SHORT_SLIP.test(word);
      if (!COMMON_SLIP.test(word) && !short) continue;
      if (wholeWordIn(corrected, word)) {
        const common = commonSlipIn(word, text);
        if (common !== null && (!short || doubledIn(word, common) || leftOutOfOwn(word, common))) corrected = replaceWord(corrected, word, common);
        continue;
      }
      if (short) continue;
      // Nor is a word the corpus's words mend only by two edits, where one of English's commonest is a slip from it
      // ("busines": "business", not the corpus's "besides"; a letter of a double typed once is the commonest slip).
      // Nor where the corpus's word is another slip from it than a letter of a double typed once, and English's is
      // that slip ("sufer": "suffer", not the corpus's "super").
      const read = speller.correct(word, [word]);
      if (read === word || !wholeWordIn(corrected, read)) continue;
      const far = distance(word, read.toLowerCase()) >= 2;
      if (!far && doubledIn(word, read.toLowerCase())) continue;
      const common = commonSlipIn(word, text);
      if (common !== null && (far || doubledIn(word, common))) corrected = replaceWord(corrected, read, common);
    }
    return corrected;
  }

  /**
   * Whether `reading` is `word` with one letter put back, and a word of the corpus or of questions about a document
   * ("papr": "paper"): a four-letter word is read so as well as by a double typed once.
   */
  const leftOutOfOwn = (word: string, reading: string): boolean =>
    reading.length === word.length + 1 && oneSlipApart(word, reading) && (dictionary.has(analyzer.lemmaTerm(reading)) || documentVocabulary.has(reading));
  const documentVocabulary = new Set(DOCUMENT_VOCABULARY);
  const commonSlips = memoized(WORDS_KEPT, (word: string): string[] => commonSlipsOf(word));
  /**
   * The one word of English's commonest (the word-vector table's) a word in lower case is one slip from, of one
   * stem: of the corpus's stems if some are ("suply": "supply", not "sully"); null where none or several are.
   */
  const commonSlip = (word: string): string | null => {
    const readings = commonSlips(word);
    return readings.length === 1 ? readings[0]! : null;
  };
  /**
   * The word of English's commonest a word is a slip from, as `commonSlip` reads it; where several of other stems are,
   * the one nearest in the word vectors to another word of the text, if nearer by a margin than the others ("drlls" in
   * "which drlls did china join": "drills", near "join"; not "dolls").
   */
  function commonSlipIn(word: string, text: string): string | null {
    const readings = commonSlips(word);
    if (readings.length <= 1) return readings[0] ?? null;
    const others = (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((other) => other !== word && analyzer.terms(other).length > 0).flatMap((other) => tableVector(other) ?? []);
    if (others.length === 0) return null;
    const nearness = readings.map((reading) => {
      const vector = tableVector(reading);
      return vector === null ? -1 : Math.max(...others.map((other) => cosine(vector, other)));
    });
    const order = nearness.map((near, at) => [near, at] as const).sort((a, b) => b[0] - a[0]);
    return order[0]![0] >= SLIP_CONTEXT_NEAR && order[0]![0] - order[1]![0] >= SLIP_CONTEXT_MARGIN ? readings[order[0]![1]]! : null;
  }
  /** The readings `commonSlip` chooses among: one form a stem, of the stems it prefers. */
  function commonSlipsOf(word: string): string[] {
    if (isCommonWord(word) || dictionary.has(analyzer.lemmaTerm(word)) || gazetteerNames.has(word)) return [];
    const byStem = new Map<string, string[]>();
    const table = readEmbeddings();
    for (const candidate of oneSlipFrom(word)) {
      // Not the word with an ending put on or taken off: a word of its own the table lacks ("codename" is no slip for
      // "codenamed").
      // Looked up in the table itself: hundreds of strings a word, which `isCommonWord` would keep in place of real words.
      // But a last letter of a double typed once ("busines": "business").
      if (((candidate.startsWith(word) && candidate !== word + word.at(-1)) || word.startsWith(candidate)) || !table.has(candidate)) continue;
      const stem = analyzer.lemmaTerm(candidate);
      (byStem.get(stem) ?? byStem.set(stem, []).get(stem)!).push(candidate);
    }
    // A letter of a double typed once is the commonest slip: the one stem so reached, if one is ("drils": "drills", not
    // "dries"; "sufer": "suffer", not "super"); else the corpus's, if some are ("suply": "supply", not "sully").
    const byDouble = [...byStem.keys()].filter((stem) => byStem.get(stem)!.some((candidate) => doubledIn(word, candidate)));
    const inCorpus = [...byStem.keys()].filter((stem) => dictionary.has(stem));
    const stems = byDouble.length === 1 ? byDouble : inCorpus.length > 0 ? inCorpus : [...byStem.keys()];
    // Of one stem's forms, the one ending as the word does ("happend": "happened", not "happen").
    return stems.map((stem) => {
      const forms = byStem.get(stem)!;
      return forms.find((form) => form.at(-1) === word.at(-1)) ?? forms[0]!;
    });
  }

  /**
   * Whether a word the model knows, written in lower case, is a slip all the same: no word of English's commonest nor
   * of the corpus, one edit or two letters swapped from the corpus word the speller reads it as ("chian": "china",
   * "uigur": "uighur"). The model's lexicon holds many such rare forms, which a student means as the word beside them.
   */
  function rareSlip(word: string): boolean {
    if (word !== word.toLowerCase() || isCommonWord(word) || analyzer.terms(word).every((term) => dictionary.has(term))) return false;
    const read = speller.correct(word, [word]).toLowerCase();
    return read !== word && oneSlipApart(word, read);
  }

  /**
   * A question analysed, read by wink once: as it is written when no word of it could be read as another (most
   * questions), else with the words of it the model lacks read as the corpus's. Whether the model lacks a word is
   * learnt from the pieces of the question around it alone, so a misspelt question is not read whole twice.
   */
  function readQuestion(text: string, linked?: ReadonlySet<string>): { analysis: Analysis; readAs?: string } {
    const suspects = speller.suspects(text);
    if (suspects.length === 0) {
      const analysis = analyzer.analyze(text);
      // Short words are no suspects: one the model lacks may still be a slip for a question word ("how meny").
      const slips = mayBeSlips(text, analysis.unknownWords, linked);
      const corrected = slips.length === 0 ? text : mend(text, slips);
      return corrected === text ? { analysis } : { analysis: analyzer.analyze(corrected), readAs: corrected };
    }
    const lacked = analyzer.unknownWordsAround(text, suspects);
    const unknown = [...lacked, ...suspects.filter((word) => !lacked.includes(word) && rareSlip(word))];
    const corrected = spell(text, unknown, linked);
    if (corrected === text && new Set(unknown).size <= MAX_WORDS) {
      // Its short words are read again all the same where the model lacks them ("what became of the flet of the mongols").
      const analysis = analyzer.analyze(text);
      const shortSlips = mayBeSlips(text, analysis.unknownWords, linked).filter((word) => !suspects.includes(word));
      const shortRead = shortSlips.length === 0 ? text : mend(text, shortSlips);
      return shortRead === text ? { analysis } : { analysis: analyzer.analyze(shortRead), readAs: shortRead };
    }
    if (corrected !== text) {
      const analysis = analyzer.analyze(corrected);
      // The speller reads again only the first MAX_WORDS words the model lacks: with more, which those are depends
      // on the whole question, read below.
      if (new Set([...unknown, ...analysis.unknownWords]).size <= MAX_WORDS) {
        // A short word is no suspect, and is read again only where the model lacks it ("teh" of "what is teh pipline").
        const shortSlips = mayBeSlips(corrected, analysis.unknownWords, linked);
        const shortRead = shortSlips.length === 0 ? corrected : mend(corrected, shortSlips);
        return shortRead === corrected ? { analysis, readAs: corrected } : { analysis: analyzer.analyze(shortRead), readAs: shortRead };
      }
    }
    const reading = analyzer.read(text);
    const respelt = spell(text, reading.unknownWords, linked);
    return respelt === text ? { analysis: reading.analysis() } : { analysis: analyzer.analyze(respelt), readAs: respelt };
  }

  /**
   * Other words a question's word may stand for, that the corpus can match: the thesaurus's one-way expansions, and
   * WordNet's words of the same sense or family for the part of speech it was read as (any, if it has none there).
   */
  const { keys: relatedKeys, offsets: relatedOffsets, terms: relatedTerms } = data.related;
  if (!fitsTogether(relatedOffsets, relatedTerms, relatedKeys.length, data.terms.length)) throw new Error('the index does not hold every other wording');
  const relatedAt = new Map<string, number>();
  relatedKeys.forEach((key, at) => relatedAt.set(key, at));
  /** The term ids of a key's other wordings (see IndexData.related), if WordNet has the key. */
  const relatedIds = (key: string): Int32Array | undefined => {
    const at = relatedAt.get(key);
    return at === undefined ? undefined : relatedTerms.subarray(relatedOffsets[at], relatedOffsets[at + 1]);
  };
  /** The same as corpus terms. */
  const related = (key: string): string[] | undefined => {
    const ids = relatedIds(key);
    return ids === undefined ? undefined : Array.from(ids, (id) => data.terms[id]!);
  };
  // Kept for the words met last, as "word|pos" ("word|" for any part of speech).
  const expansionsFor = memoized(WORDS_KEPT, (key) => {
    const [word = '', pos = ''] = key.split('|');
    let other = pos === '' ? undefined : related(`${word}|${pos}`);
    other ??= [...(related(`${word}|v`) ?? []), ...(related(`${word}|n`) ?? []), ...(related(`${word}|a`) ?? []), ...(related(`${word}|r`) ?? [])];
    const own = analyzer.expansions(word);
    const all = own.length === 0 ? other : [...new Set([...own, ...other])];
    return all.filter((term) => documentFrequency.has(term));
  });
  const expansionsOf = (word: string, pos?: string): readonly string[] => expansionsFor(`${word}|${pos ?? ''}`);

  /**
   * WordNet's lemmas of several words that the corpus has other wordings of ("arm_forces": "militari"), by key, with
   * their part of speech; and the keys with their shorter runs ("keep", "keep_an", "keep_an_eye" of
   * "keep_an_eye_on"), which the analyzer looks for in a question. Read with string searches, not splits: a first
   * answer after a start waits for this.
   */
  const phrasePos = new Map<string, WordnetPos>();
  const phraseRuns = new Set<string>();
  /** The thesaurus's phrases (see `phraseWordings`), as keys. */
  const thesaurusPhrases = new Set(phraseWordings(corpus.thesaurus, analyzer).map((entry) => entry.term));
  for (const key of relatedKeys) {
    const bar = key.indexOf('|');
    let gap = key.indexOf('_');
    if (gap < 0 || gap > bar) continue;
    const term = key.slice(0, bar);
    if (!phrasePos.has(term)) phrasePos.set(term, key.slice(bar + 1) as WordnetPos);
    for (; gap >= 0 && gap < bar; gap = key.indexOf('_', gap + 1)) phraseRuns.add(key.slice(0, gap));
    phraseRuns.add(term);
  }

  /** The terms of the seasons, each with its months' terms (northern seasons), made when first needed. */
  let seasonTerms: Map<string, string[]> | undefined;
  const seasonMonths = (): Map<string, string[]> => (seasonTerms ??= new Map(SEASONS.map(([season, months]) => [analyzer.lemmaTerm(season), months.map((m) => analyzer.lemmaTerm(m))] as const)));

  /** The terms of the light verbs (LIGHT_VERBS), made when first needed. */
  let lightTermSet: Set<string> | undefined;
  const lightTerms = (): Set<string> => (lightTermSet ??= new Set([...LIGHT_VERBS].flatMap((verb) => analyzer.terms(verb))));

  /** The corpus's words a word is with one of `suffixes` added or taken off (leaving four letters at least). */
  const withSuffixes = (word: string, suffixes: readonly string[]): string[] => {
    const found: string[] = [];
    for (const suffix of suffixes) {
      if (documentFrequency.has(word + suffix)) found.push(word + suffix);
      if (word.length - suffix.length >= 4 && word.endsWith(suffix) && documentFrequency.has(word.slice(0, -suffix.length))) found.push(word.slice(0, -suffix.length));
    }
    return found;
  };
  /** The corpus's words of a word's family that the stemmer leaves apart: "west" and "western", either way. */
  const family = memoized(WORDS_KEPT, (word): string[] => withSuffixes(word, DERIVING_SUFFIXES));

  /**
   * A noun the corpus lacks that is two English words written as one ("airbase", "countermeasures"), as the corpus's
   * term of the last, what it is a kind of ("base", "measure"); none when it is not, or the corpus lacks the last.
   */
  const compoundHead = memoized(WORDS_KEPT, (written): string[] => {
    if (!/^[a-z]{6,}$/.test(written)) return [];
    for (let cut = 3; cut <= written.length - 3; cut += 1) {
      const [first, last] = [written.slice(0, cut), written.slice(cut)];
      // Words the language model knows too: the vectors' commonest words hold acronyms ("pla", not "planet"'s start).
      if (!isCommonWord(first) || !isCommonWord(last) || !analyzer.knows(first)) continue;
      const head = analyzer.terms(last);
      if (head.length === 1 && documentFrequency.has(head[0]!)) return head;
    }
    return [];
  });
  const sourceTerms = new Set(analyzer.terms(SOURCE_WORDS));
  /** The ids of those of `terms` the dictionary has; `first` is the first term's, when looked up already. */
  const idsOf = (terms: string[], first = dictionary.get(terms[0]!)): number[] => {
    const ids: number[] = first === undefined ? [] : [first];
    for (let i = 1; i < terms.length; i += 1) {
      const id = dictionary.get(terms[i]!);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  };
  /**
   * The ids of a concept's terms of the first one's family: all but its last letter or two the same, four at least
   * ("religi" of "religious" for "religion"; "milit" for "militari").
   */
  const familyOf = (terms: string[], ids: number[]): number[] => {
    const first = terms[0]!;
    // A phrase's own words are the question's own ("vote" of "right to vote", "originate" of "originate in").
    const parts = first.includes('_') ? first.split('_') : null;
    // "counterterrorism" is the paper's "counter-terrorism", read "antiterror" (see PREFIXED).
    const prefixed = PREFIXED.exec(first);
    return ids.filter((id) => {
      const term = data.terms[id]!;
      if (term === first) return false;
      if (parts?.includes(term)) return true;
      if (prefixed && term === `anti${prefixed[1]}`) return true;
      let at = 0;
      while (at < term.length && term[at] === first[at]) at += 1;
      return at >= 4 && at >= Math.min(term.length, first.length) - 1;
    });
  };
  /**
   * `id` is the first term's id in the dictionary (undefined when it lacks it), and `ids` those of the terms it has,
   * when looked up already.
   */
  const concept = (
    terms: string[],
    weight: number,
    { written, lemma, respelt = false, name = false, proper = false, id = dictionary.get(terms[0]!), ids = idsOf(terms, id) }: { written?: string; lemma?: string; respelt?: boolean; name?: boolean; proper?: boolean; id?: number; ids?: number[] } = {},
  ): Concept => ({
    terms,
    own: respelt ? -1 : (id ?? -1),
    family: respelt ? [] : familyOf(terms, ids),
    ids,
    weight,
    // "write" and "write about" both ask about a source
    asksSource: sourceTerms.has(terms[0]!) || (terms[0]!.includes('_') && sourceTerms.has(terms[0]!.split('_')[0]!)),
    near: name ? null : undefined,
    written,
    lemma,
    name,
    proper,
    stamp: (stamps += 1),
    bit: 0,
  });

  /** The question's concepts, and the terms to search with, each with how much a match on it counts. */
  function read(analysis: Analysis, written: Set<string> | null, asksNoFact: boolean): { concepts: Concept[]; queryBoosts: Map<number, number> } {
    const concepts: Concept[] = [];
    // By term id: how much a match on the term counts.
    const queryBoosts = new Map<number, number>();
    const boostId = (id: number | undefined, factor: number): void => {
      if (id !== undefined && (queryBoosts.get(id) ?? 0) < factor) queryBoosts.set(id, factor);
    };
    // Words the corpus lacks that name nothing ("play" of "play down"), to weigh against the known ones below.
    const unknownNonTopic: Concept[] = [];
    // A phrase WordNet has, that the corpus lacks word for word ("keep an eye on", "in the first place"), is read as
    // one word through WordNet's other wordings of it ("watch"), not as its words ("eye"). An adverb of several words
    // says how, not what: it is no word of the question.
    const phrases = new Map<string, WordnetPos>();
    const covered = new Set<number>();
    for (const { keys, covers, plural } of analysis.phrases(phraseRuns)) {
      // Not a verb's phrase opened by a noun in the plural ("homes in Greece" is no "home in").
      const key = keys.find((k) => phrasePos.has(k) && !(plural && phrasePos.get(k) === 'v'));
      // Not one whose words the corpus has each, as it may have the phrase; unless the thesaurus gives it ("armed forces":
      // "military", though the paper writes "armed forces" once; "war games" where a corpus has "war" and "game").
      if (key === undefined || covers.length === 0 || covers.some((i) => covered.has(i)) || (covers.every((i) => documentFrequency.has(analysis.words[i]!)) && !thesaurusPhrases.has(key))) continue;
      for (const i of covers) covered.add(i);
      if (phrasePos.get(key) !== 'r') phrases.set(key, phrasePos.get(key)!);
    }
    const words = joinedToPrefix(covered.size === 0 ? analysis.words : [...analysis.words.filter((_, i) => !covered.has(i)), ...phrases.keys()]);
    for (const word of new Set(words)) {
      // A word of a name ("uzbekistan", "beij" of "Beijing") is asked through the name's concept below.
      // Not one an "anti-" or "counter-" before the name made ("who supported the anti-Taliban fighters?"): those
      // against it, not it, are asked about, and a passage writing "Anti-Taliban" says so ("fighting beside the
      // Taliban" had come first). Readable sets one more first, one more near-topic question abstained.
      if (analysis.namedWords.has(word) && !ANTI_WORD.test(word)) continue;
      const id = dictionary.get(word);
      const frequency = postings.frequency(id ?? -1);
      const inCorpus = frequency > 0;
      const topic = analysis.topicWords.has(word);
      boostId(id, 1);
      const head = analyzer.synonym(word);
      // The thesaurus's expansions stand in for words the corpus lacks; a word it has is matched as it is.
      let alternatives = head ? [head] : [];
      // A word only a cited work's title has ("airbase") is no word of any passage's text: its other wordings are
      // sought as a word the corpus lacks ("base"). A light verb the corpus lacks ("use", "get") carries the
      // question's grammar: WordNet's other senses of it ("exercise" for "use") are no wordings of what is asked.
      let broaderOnly = false;
      if ((!inCorpus || sourceOnly.has(id!)) && !lightTerms().has(word)) {
        const found = new Set(alternatives);
        for (const term of expansionsOf(word, phrases.get(word) ?? analysis.partsOfSpeech.get(word))) found.add(term);
        if (head) for (const term of expansionsOf(head)) found.add(term);
        for (const term of family(word)) found.add(term);
        // And the view of a holder of it among them, or the holder of a view ("breakaway": WordNet's "separatist", and
        // the paper's "separatism"; "extremist", "extremism"), one word in English's family of "-ist" and "-ism".
        for (const term of [...found]) for (const kin of withSuffixes(term, HOLDER_SUFFIXES)) found.add(kin);
        // "counterterrorism", "antinarcotics" written as one word: the paper's "counter-terrorism" (read "antiterror",
        // "terror"), as the analyzer reads a word with one of these prefixes and a hyphen.
        const prefixed = PREFIXED.exec(word);
        if (prefixed) for (const term of [`anti${prefixed[1]}`, prefixed[1]!]) if (documentFrequency.has(term)) found.add(term);
        // "vote in", "originate in": the verb itself, which the corpus may use with another word or none.
        const verb = prepositionalHead(word);
        if (verb !== null && documentFrequency.has(verb) && !lightTerms().has(verb)) found.add(verb);
        // A noun with no other wording the corpus has, in a question that asks no fact ("why do they need this military
        // teamwork?"), is met by what it is a kind of ("cooperation"); not a name ("Belt and Road Initiative" is no
        // region of the paper's). Not in a question of fact, where near-topic questions the paper does not answer would
        // meet a passage so ("what is the defence budget?": "fund"). Measured on the readable sets: three more answered
        // first, five fewer abstained, no near-topic question answered; for every question, twelve near-topic ones
        // answered; for every question without a kind of answer (with "what language…" and keywords), one. No answer
        // of fourteen second documents moved.
        if (found.size === 0 && asksNoFact && analysis.partsOfSpeech.get(word) === 'n' && !analysis.properWords.has(word)) {
          for (const term of related(`${word}|${BROADER_NOUN}`) ?? []) if (documentFrequency.has(term)) found.add(term);
          broaderOnly = found.size > 0;
        }
        if (found.size === 0 && analysis.topicWords.has(word)) for (const term of compoundHead(analysis.surfaces.get(word) ?? '')) found.add(term);
        // A name the corpus never uses is no other wording of a name the question gives besides it: "What is China's
        // policy toward Taiwan?" asks of Taiwan, which WordNet also calls "China".
        if (!inCorpus && analysis.properWords.has(word)) for (const term of found) if (analysis.namedWords.has(term)) found.delete(term);
        alternatives = [...found];
      }
      // A season of a year ("in spring 2025", "the summer of 1998") is any of its months the corpus has ("In April
      // 2025"), not the season's other wordings ("spring": "form").
      // Not the verb a question asks of ("How much did the economy fall in 2020?"), which wink may tag a noun.
      const months = analysis.intent.focus === word ? undefined : seasonMonths().get(word);
      if (months !== undefined && YEAR.test(analysis.words[analysis.words.indexOf(word) + 1] ?? '')) alternatives = months.filter((month) => dictionary.has(month));
      // A decade ("the 650s", "the 1990s") is any of its years the corpus has ("in 659").
      const decade = DECADE.exec(word);
      if (decade) {
        const first = Number(decade[1]) * 10;
        for (let year = first; year < first + 10; year += 1) if (dictionary.has(String(year))) alternatives.push(String(year));
      }
      // Each looked up once: the head, when there is one, is the first.
      const alternativeIds = alternatives.map((term) => dictionary.get(term));
      if (head) boostId(alternativeIds[0], SYNONYM_BOOST);
      alternatives.forEach((term, k) => {
        if (term !== head) boostId(alternativeIds[k], EXPANSION_BOOST);
      });
      // A word the corpus lacks weighs as much as the rarest of its alternatives the corpus has.
      let weight = inCorpus ? idfOf(frequency) : -1;
      if (!inCorpus && !broaderOnly) {
        for (const alternativeId of alternativeIds) {
          const df = postings.frequency(alternativeId ?? -1);
          if (df > 0) weight = Math.max(weight, idfOf(df));
        }
      }
      // A word met only through what it is a kind of weighs as a word the corpus lacks: it is met less than its own.
      const known = weight >= 0 || broaderOnly;
      if (weight < 0) weight = idfOf(frequency) * (topic ? 1 : UNKNOWN_NON_TOPIC_WEIGHT);
      const surface = analysis.surfaces.get(word);
      const read = concept([word, ...alternatives], weight, {
        id,
        ids: [id, ...alternativeIds].filter((termId) => termId !== undefined),
        written: surface,
        lemma: analysis.partsOfSpeech.get(word) === 'n' ? analysis.lemmas.get(word) : undefined,
        respelt: written !== null && surface !== undefined && !written.has(surface),
        // A name the corpus never uses ("Putin") is not any of its words, however near: no word vector stands in.
        name: !inCorpus && analysis.properWords.has(word),
        proper: inCorpus && analysis.properWords.has(word),
      });
      // A word the corpus lacks, of a synonym group of the thesaurus's whose head it has ("drills": "exercises"): the
      // head is as good as the word, as a word of its family is, and a passage holding it holds the question's own
      // word ("drills" alone, or "/search drills", had found nothing). Not an expansion, which only stands in.
      // Measured on the readable sets: four more answered first, seven more in the top three, two fewer abstained, no
      // near-topic question answered; the tuning documents and the sealed set unchanged.
      // So are its other wordings (WordNet's, the thesaurus's), in a question that asks no fact ("why…", "what does the
      // paper say…"): near-topic questions ask facts, which the paper's own words must give. Measured on the readable
      // sets: five more in the top three, two fewer abstained, none more near-topic answered, the first answers as
      // they were; tuning documents one more in the top three and one fewer abstained.
      const asOwn = inCorpus ? [] : asksNoFact && !broaderOnly ? alternativeIds : head ? alternativeIds.slice(0, 1) : [];
      for (const other of asOwn) if (other !== undefined && !read.family.includes(other)) read.family.push(other);
      concepts.push(read);
      if (!known && !topic) unknownNonTopic.push(read);
    }
    const seen = new Set<string>();
    for (const { terms } of analysis.names) {
      if (seen.has(terms[0]!)) continue;
      seen.add(terms[0]!);
      const termIds = terms.map((term) => dictionary.get(term));
      // The name stands for its own words too, so it counts for both in the search.
      for (const termId of termIds) boostId(termId, ENTITY_BOOST + 1);
      // As rare as the rarest of its terms the corpus has; as a term the corpus lacks when it has none.
      let weight = idfOf(postings.frequency(termIds[0] ?? -1));
      let known = false;
      for (const termId of termIds) {
        const df = postings.frequency(termId ?? -1);
        if (df === 0) continue;
        weight = known ? Math.max(weight, idfOf(df)) : idfOf(df);
        known = true;
      }
      // Its own is the first of its terms the corpus has: a capital the corpus never names ("Beijing") is its country's.
      concepts.push(concept(terms, ENTITY_BOOST * weight, { name: true, id: termIds.find((termId) => termId !== undefined), ids: termIds.filter((termId) => termId !== undefined) }));
    }
    // Such a word never outweighs all the words and names the corpus has together: "why does China play down its
    // military links" is still about China's military links, though "play" is not in the paper.
    const knownWeight = concepts.reduce((sum, c) => sum + (c.ids.length > 0 ? c.weight : 0), 0);
    if (knownWeight > 0) for (const c of unknownNonTopic) c.weight = Math.min(c.weight, knownWeight);
    // A verb telling an amount changed, asked how much or when ("By how much did the island's economy shrink?"), is
    // told by the corpus's other verbs of its direction ("the economy declined by 11%") as well as by itself.
    const { kind, focus } = analysis.intent;
    const changed = kind !== null && NUMBERED_KINDS.has(kind) ? concepts.find((c) => !c.name && c.terms[0] === focus) : undefined;
    if (changed) {
      for (const { terms: [term], ids: [id] } of changeKin(changed)) {
        changed.terms.push(term!);
        changed.ids.push(id!);
        boostId(id, EXPANSION_BOOST);
      }
    }
    // A passage's word stands for one word of the question: one another word of it matches is no near word for a
    // second ("help" of "thanks, that was helpful" is not what "thanks" means). Set apart in the memo of `nearest`.
    for (const c of concepts) {
      if (c.name) continue;
      for (const other of concepts) {
        if (other === c) continue;
        for (const id of other.ids) {
          const row = rowOf[id]!;
          if (row >= 0) {
            rowStamps[row] = c.stamp;
            setApart[row] = 1;
          }
        }
      }
    }

    markConcepts(concepts);
    return { concepts, queryBoosts };
  }

  /**
   * "anti taliban", "counter narcotics" written apart: the corpus's "Anti-Taliban", "counter-narcotics", as the analyzer
   * reads a word with one of these prefixes and a hyphen ("antinarcot"), where the corpus has it so. The prefix is no
   * word of its own then ("counter" of "counter Islamic insurgency").
   */
  function joinedToPrefix(words: string[]): string[] {
    let joined: string[] | null = null;
    for (let i = 0; i + 1 < words.length; i += 1) {
      if (words[i] !== 'anti' && words[i] !== 'counter') continue;
      const next = words[i + 1]!;
      const term = `anti${analyzer.synonym(next) ?? next}`;
      if (!documentFrequency.has(term)) continue;
      joined ??= [...words];
      joined[i] = term;
    }
    return joined ?? words;
  }

  // By term id, the bits of the concepts of the question read last that have the term (see `markConcepts`).
  const conceptBits = new Int32Array(data.terms.length);
  let marked: number[] = [];
  let question = 0;
  /** Gives the question's concepts their bits, and their terms the bits of their concepts, for `holdsConcept`. */
  function markConcepts(concepts: Concept[]): void {
    for (const id of marked) conceptBits[id] = 0;
    marked = [];
    question += 1;
    concepts.forEach((c, i) => {
      if (i >= 31) return;
      c.bit = 1 << i;
      for (const id of c.ids) {
        if (conceptBits[id] === 0) marked.push(id);
        conceptBits[id]! |= c.bit;
      }
    });
  }

  /** Whether the passage, its heading or a footnote it cites holds the question's own word or name (`Concept.own`). */
  const holdsOwn = ({ own, family }: Concept, entry: IndexedPassage): boolean => {
    if (own >= 0 && holdsTerm(entry, own)) return true;
    for (const id of family) if (holdsTerm(entry, id)) return true;
    return false;
  };
  /** Whether the passage, its heading or a footnote it cites holds a term. */
  const holdsTerm = (entry: IndexedPassage, id: number): boolean => {
    if (entry.terms.has(id)) return true;
    for (const footnote of entry.cited) if (footnote.has(id)) return true;
    return false;
  };
  /** Whether any of a concept's terms is among a set's. */
  const holdsConcept = (concept: Concept, terms: TermSet): boolean => {
    if (concept.bit !== 0) return (terms.heldBits(conceptBits, question) & concept.bit) !== 0;
    for (const id of concept.ids) if (terms.has(id)) return true;
    return false;
  };

  /**
   * The cosine of a concept's word with the nearest word of a passage's text (0 for a name); no further once one is
   * `enough`. A word of the passage set apart from the concept (see `read`) counts for none, unless another concept's
   * cosine with it was worked out since (`rowStamps` holds one concept a row).
   */
  function nearest(concept: Concept, entry: IndexedPassage, enough = 1, pos = 0): number {
    // `pos`: the parts of speech (POS_BITS) a passage's word must be used as to count; any, if 0.
    const near = concept.near === undefined ? (concept.near = nearWordOf(concept)) : concept.near;
    if (!near) return 0;
    const { stamp } = concept;
    const rows = entry.rows;
    let best = 0;
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i]!;
      if (pos !== 0 && (rowPos[row]! & pos) === 0) continue;
      if (rowStamps[row] !== stamp) {
        rowStamps[row] = stamp;
        setApart[row] = 0;
      } else if (setApart[row] === 1) continue;
      const value = cosineAt(near, row);
      if (value > best) {
        best = value;
        if (best >= enough) break;
      }
    }
    return best;
  }

  /**
   * Whether a number of a sentence counts or measures what the question asks the number of: the noun, or a word near
   * it, within COUNTED_WITHIN words of it ("some 2,000 troops", "the troops numbered 2,000"), not a number of something
   * else ("a 50% stake" for "how many employees…", "a US$10 million project … in Ayni" for "the population of Ayni").
   */
  function countsIt(sentence: string, counted: Concept, notSums: boolean, asked: readonly Concept[]): boolean {
    // A count ("How many members does the SCO have?") is of the noun the number stands before: "more than 20 bilateral
    // and multilateral exercises with the other SCO members" counts exercises, not members.
    const numbers = numbersOf(sentence)
      .filter(({ sum }) => !(notSums && sum))
      .map((n) => (notSums ? { ...n, terms: n.own } : n));
    if (numbers.some(({ terms }) => holdsConcept(counted, terms) || nearestIn(counted, terms) >= FOCUS_NEAR || countedKin(counted).some((k) => holdsConcept(k, terms)))) return true;
    if (inUnitsOf(counted, sentence)) return true;
    // "What share of GDP did cash remittances make up in 2018?": "Cash remittances from Armenians working abroad —
    // mostly in Russia and the United States — … making up 14% of GDP in 2018" gives the figure far from the word
    // counted, which the sentence speaks of, by another word the question asks with. Tuning documents one more first;
    // readable sets and near-topic questions unchanged (any number of such a sentence: two more first, and a count
    // of employees from "a 50% stake … from the railway company and its employees").
    if (!numbers.some(({ terms }) => asked.some((c) => c !== counted && holdsConcept(c, terms)))) return false;
    return holdsConcept(counted, sentenceTerms(sentence));
  }
  /**
   * The words around each number of a sentence, as terms (the numbers' own words aside: "million" lies near
   * "population"), and whether it is a sum of money (a currency just before or after its run of number words: "USD 16
   * million", "$5", "300 million dollars"): read once a sentence, as the same sentences are looked at question after
   * question.
   */
  const numbersOf = memoized(WORDS_KEPT, (sentence: string): Array<{ terms: TermSet; own: TermSet; sum: boolean }> => {
    // A sign is read as its word: "1000%" holds a number as "1000 percent" does (where "1000" alone reads as a year).
    // A bracket bounds a figure's words as a word opening another clause does (it is read as one, "whereas"): "(88% of
    // Maltese people speak English), … low corporate tax" gives no tax rate.
    const words = wordsIn(fractionsAsShares(sentence).replace(FIGURE_IN_BRACKETS, ' $1 ').replace(CURRENCY_SIGNS, ' usd ').replace(/%/g, ' percent ').replace(/[()]/g, ' whereas '));
    const isNumber = words.map((word) => holdsAnswerKind(word, 'quantity'));
    const currency = words.map((word) => CURRENCY_WORDS.has(word.toLowerCase()));
    const ids = words.map((word, i) => (isNumber[i] ? [] : analyzer.terms(word).flatMap((term) => dictionary.get(term) ?? [])));
    return words.flatMap((_, i) => {
      if (!isNumber[i]) return [];
      let from = i;
      // The words leading into a number are its own, a barrier among them too ("contraction of the economy by 62.1%",
      // "grew by more than 60%").
      while (from > 0 && NUMBER_LEAD_INS.has(words[from - 1]!.toLowerCase())) from -= 1;
      const lead = from;
      while (from > 0 && i - from < COUNTED_WITHIN && !COUNT_BARRIERS.has(words[from - 1]!.toLowerCase())) from -= 1;
      let to = i;
      while (to + 1 < words.length && to - i < COUNTED_WITHIN && !COUNT_BARRIERS.has(words[to + 1]!.toLowerCase())) to += 1;
      const around = ids.slice(from, to + 1).flat();
      // Of a run of number words ("USD 16 million"), each is the sum.
      let first = i;
      while (isNumber[first - 1] === true) first -= 1;
      let last = i;
      while (isNumber[last + 1] === true) last += 1;
      const sum = currency[first - 1] === true || currency[last + 1] === true;
      // What the number counts: the noun right after it, past the words describing that noun ("more than 20 bilateral
      // and multilateral exercises"); else the words around it ("the population was 6 million", "rose to 18%").
      const noun = countedNoun(words, ids, last + 1, to);
      const sorted = (found: number[]): TermSet => termSet([...new Set(found)].sort((a, b) => a - b));
      return [{ terms: sorted(around), own: noun >= 0 ? sorted(ids.slice(lead, noun + 1).flat()) : sorted(around), sum }];
    });
  });

  /**
   * Where the noun a number counts stands among a sentence's words, from `from` (right after the number) to `to`: a
   * noun of the corpus's use, a name or a word the corpus's vectors lack, past words of description ("bilateral and
   * multilateral"); -1 where another word comes first (a preposition, a sign of a share: "18% after the war").
   */
  function countedNoun(words: string[], termIds: number[][], from: number, to: number): number {
    for (let j = from; j <= to; j += 1) {
      const word = words[j]!.toLowerCase();
      if (word === 'and' || word === 'or') continue;
      if (termIds[j]!.length === 0 || SHARE_WORDS.has(word)) return -1;
      if (startsUpper(words[j]!)) return j;
      const bits = termIds[j]!.map((id) => (rowOf[id] === -1 ? posBit('n') : rowPos[rowOf[id]!]!));
      if (bits.some((b) => (b & posBit('n')) !== 0)) return j;
      if (!bits.some((b) => (b & posBit('a')) !== 0)) return -1;
    }
    return -1;
  }

  /** Whether a sentence gives a figure in a unit of what is counted: "How much electricity was produced …?" by "about 4381 GWh were produced". */
  const inUnitsOf = (counted: Concept, sentence: string): boolean => UNITS_OF.some(([measured, unit]) => measured.test(counted.written ?? '') && unit.test(sentence));

  /** The terms of a sentence's words, read once a sentence. */
  const sentenceTerms = memoized(WORDS_KEPT, (sentence: string): TermSet => termSet([...new Set(wordsIn(sentence).flatMap((word) => analyzer.terms(word).flatMap((term) => dictionary.get(term) ?? [])))].sort((a, b) => a - b)));

  /** Whether a word of degree stands by a word of `c` in a sentence ("high levels of economic influence"). */
  function degreeOf(sentence: string, c: Concept): boolean {
    const words = wordsIn(sentence);
    return words.some((word, i) => DEGREE_WORDS.test(word) && words.slice(Math.max(0, i - DEGREE_WITHIN), i + DEGREE_WITHIN + 1).some((near) => analyzer.terms(near).some((term) => c.ids.includes(dictionary.get(term) ?? -1))));
  }

  /** The concepts of the words of a concept's family ("growth" of "grow"), each with its own near words. */
  const kinOf = new WeakMap<Concept, Concept[]>();
  const kin = (c: Concept): Concept[] => {
    let found = kinOf.get(c);
    if (found === undefined) kinOf.set(c, (found = c.family.map((id) => concept([data.terms[id]!], c.weight, { id }))));
    return found;
  };
  /** Of each term of the groups of words given, the ids the corpus has of its group's words. */
  const idsOfGroups = (groups: ReadonlyArray<readonly string[]>): Map<string, number[]> =>
    new Map(
      groups.flatMap((words) => {
        const terms = words.map((word) => analyzer.lemmaTerm(word.replace(' ', '_')));
        const ids = terms.flatMap((term) => dictionary.get(term) ?? []);
        return terms.map((term) => [term, ids] as const);
      }),
    );
  /** Of each term of AMOUNT_CHANGES, the ids the corpus has of its direction's verbs. */
  const changeIds = idsOfGroups(AMOUNT_CHANGES);
  /** The corpus's other words of a concept's group (see `idsOfGroups`), as concepts, worked out once a concept. */
  const kinIn = (groupIds: Map<string, number[]>): ((c: Concept) => Concept[]) => {
    const kinOfConcept = new WeakMap<Concept, Concept[]>();
    return (c) => {
      let found = kinOfConcept.get(c);
      if (found === undefined) kinOfConcept.set(c, (found = (groupIds.get(c.terms[0]!) ?? []).filter((id) => !c.ids.includes(id)).map((id) => concept([data.terms[id]!], c.weight, { id }))));
      return found;
    };
  };
  /** The corpus's other verbs telling an amount changed in the direction a focus of AMOUNT_CHANGES tells. */
  const changeKin = kinIn(changeIds);
  /**
   * The corpus's other words a focus is told by as a figure: those of a change (`changeKin`), and those counting the
   * same people ("How many people were thought to live in Haiti in 2018?": "Haiti's estimated population in 2018").
   */
  const countedKin = kinIn(new Map([...changeIds, ...idsOfGroups([PEOPLE_COUNTED])]));
  /** `nearest` of the concept's word or of a word of its family, whichever is nearer. */
  function nearestOfFamily(c: Concept, entry: IndexedPassage, enough: number, pos: number): number {
    let best = nearest(c, entry, enough, pos);
    for (const k of kin(c)) if (best < enough) best = Math.max(best, nearest(k, entry, enough, pos));
    return best;
  }

  /** The nearest of a set's words (a sentence's) to the concept's, by the cosine of their vectors. */
  function nearestIn(concept: Concept, terms: TermSet): number {
    const near = concept.near === undefined ? (concept.near = nearWordOf(concept)) : concept.near;
    if (!near) return 0;
    const { stamp } = concept;
    return terms.max((id) => {
      const row = rowOf[id] ?? -1;
      // A word another of the question's words matches is no near word of this one's, as in `nearest`: "How long is
      // the border in kilometres?" is not answered by "… rivers … longer than 10 kilometres" ("border" 0.65 from it).
      return row < 0 || (rowStamps[row] === stamp && setApart[row] === 1) ? 0 : cosineAt(near, row);
    });
  }

  /** The cosine of a word's vector with the corpus's word of a row, worked out once while the word's table is kept. */
  function cosineAt({ vector, cosines, done, mark }: NearWord, row: number): number {
    if (done[row] !== mark) {
      cosines[row] = cosine(vector, vectorData, row * dims);
      done[row] = mark;
    }
    return cosines[row]!;
  }

  /** How much of a concept a passage lacking it holds by the nearest of its words (NEAR_WORDS). */
  function nearCredit(entry: IndexedPassage, concept: Concept): number {
    const [none, full] = NEAR_WORDS;
    return Math.min(1, Math.max(0, (nearest(concept, entry, full) - none) / (full - none)));
  }

  /** Whether the passage's text holds another form of the concept's word that WordNet derives from it ("grew" of "growth"). */
  function familyHeld(entry: IndexedPassage, concept: Concept): boolean {
    const forms = relatedIds(`${concept.terms[0]!}|${FAMILY}`);
    if (forms !== undefined) for (const id of forms) if (entry.terms.has(id)) return true;
    return false;
  }

  /** Whether a sentence of the passage holds the concept: a loop, as a closure for `some` was made on each of many calls a question. */
  function inSomeSentence(concept: Concept, entry: IndexedPassage): boolean {
    const sentences = entry.sentences;
    for (let i = 0; i < sentences.length; i += 1) if (holdsConcept(concept, sentences[i]!.terms)) return true;
    return false;
  }

  /**
   * How much of a concept a passage holds: all of it in its own text or heading; none when only a footnote it cites
   * has it (a footnote's title is not what the passage says: it finds the passage in the search, but meets none of
   * the question). Measured against half on the readable sets: four more answered first, five more in the top three,
   * nothing else moved ("is tajikistan closer to russia or china" had put the Kyrgyzstan passage citing "China Boosts
   * Military Aid To Kyrgyzstan, Tajikistan" first). A word that asks about a source ("who wrote", "which outlet") is
   * answered by any passage that cites one. `inText`: whether a sentence of the passage holds it, when already known.
   */
  function sharedCredit(entry: IndexedPassage, concept: Concept, aboutSources: boolean, inText?: boolean): number {
    if ((inText ?? inSomeSentence(concept, entry)) || holdsConcept(concept, entry.heading)) return 1;
    if (entry.cited.length === 0) return 0;
    if (concept.asksSource) return 1;
    // "What did Kucera write about?" asks about the source itself: its footnote counts in full.
    if (aboutSources) for (const footnote of entry.cited) if (holdsConcept(concept, footnote)) return 1;
    return 0;
  }

  /**
   * The share of the question's weight a passage holds (see `sharedCredit`); none when it holds none of the
   * question's own words or names, only other wordings of them. With `near`, the words it lacks count by the nearest
   * of its own (`nearCredit`) once it holds NEAR_NEEDS_SHARED of the question in the question's own words, among
   * them a name or two words: other words for what a passage says, not words near small talk ("thanks for the help").
   */
  function passageShare(concepts: Concept[], entry: IndexedPassage, inText: Uint8Array, aboutSources: boolean, near: boolean): { share: number; nearly: boolean } {
    let total = 0;
    let shared = 0;
    let own = 0;
    let ownNames = 0;
    let ownWords = 0;
    // How many concepts it holds, in any wording.
    let held = 0;
    // The weight of the concepts the corpus has some term of.
    let known = 0;
    // The concepts the passage lacks: measured by their nearest words only once the passage is found grounded.
    const lacking: Concept[] = [];
    // The paragraph before it, where this one goes on with what that one named: looked for only for a name it lacks.
    let continuing: IndexedPassage | null | undefined;
    for (let c = 0; c < concepts.length; c += 1) {
      const concept = concepts[c]!;
      total += concept.weight;
      if (concept.ids.length > 0) known += concept.weight;
      let credit = sharedCredit(entry, concept, aboutSources, inText[c] === 1);
      if (credit > 0 && concept.placed && !holdsOwn(concept, entry)) credit = 0;
      // A name the paragraph before names, which this one goes on with (see `continued`), it speaks of too.
      let before: IndexedPassage | null = null;
      if (credit === 0 && (concept.name || concept.proper) && concept.ids.length > 0) {
        if (continuing === undefined) continuing = continued(entry, concepts, false);
        before = continuing;
        if (before !== null && sharedCredit(before, concept, false) === 1) credit = 1;
        else before = null;
      }
      if (credit > 0) {
        shared += concept.weight * credit;
        held += 1;
      }
      else if (near) lacking.push(concept);
      if (credit > 0 && holdsOwn(concept, before ?? entry)) {
        own += concept.weight;
        if (concept.name) ownNames += 1;
        else ownWords += 1;
      }
    }
    if (total === 0) return { share: 0, nearly: false };
    // Only other wordings of the question ("understand" read as the paper's "solve"): no answer from this passage;
    // unless it holds WORDINGS_ALONE of its concepts so, a question asked wholly in other words.
    if (own === 0 && held < WORDINGS_ALONE) return { share: 0, nearly: false };
    // Grounded in the words the corpus could hold: a rare word it lacks ("clout") is what near words are for.
    const grounded = own / known >= NEAR_NEEDS_SHARED && (ownNames > 0 || ownWords > 1);
    if (!grounded) return { share: shared / total, nearly: false };
    let nearly = 0;
    for (const concept of lacking) nearly += concept.weight * nearCredit(entry, concept);
    return nearly > 0 ? { share: (shared + nearly) / total, nearly: true } : { share: shared / total, nearly: false };
  }

  /**
   * The share of the question's weight each sentence of a passage holds; the sentence that holds most (the highlight)
   * and how much the first one does; and in `inText`, which concepts some sentence holds (see `passageShare`). Each
   * sentence is matched with each concept once.
   */
  function bestSentence(concepts: Concept[], entry: IndexedPassage, framing: readonly boolean[] = [], negated = false, yearAsked?: Concept): { sentence: Ranked['sentence'] & { lead: number }; shares: number[]; inText: Uint8Array } {
    let total = 0;
    for (const concept of concepts) total += concept.weight;
    // The highlight is chosen by the words that say what is asked, not when (see `framingOf`), and of sentences
    // meeting as much, one holding fewer of those: "What did Washington receive … after the 2001 attacks?" is answered
    // by "U.S.A and the Central Asian countries cooperated via trade opportunities, overflight rights…", not by the
    // sentence before it, on the attacks. Measured: twelve more highlights of the readable sets, tuning documents and
    // dev set hold the gold words, one fewer; no first passage moved.
    let chosenShare = 0;
    let bestFramed = 0;
    // Read by `passageShare` at once, never kept: one array serves every passage.
    if (inTextScratch.length < concepts.length) inTextScratch = new Uint8Array(concepts.length);
    const inText = inTextScratch.fill(0, 0, concepts.length);
    let bestIndex = 0;
    let bestShare = 0;
    let bestNamed = 0;
    let bestDenies = false;
    const sentences = entry.sentences;
    const shares = new Array<number>(sentences.length);
    // The names the sentence before holds, for one that refers back to them (see REFERS_BACK), by concept, as bits (a
    // question has fewer than 31 concepts): "The two countries have had regular military exchanges since 1993" speaks
    // of China and Kazakhstan, which the sentence before it names.
    let namesBefore = 0;
    for (let index = 0; index < sentences.length; index += 1) {
      const { terms, refers } = sentences[index]!;
      let matched = 0;
      // The weight of the concepts held that are not of the time frame, and how many of it are held.
      let unframed = 0;
      let framed = 0;
      // Of sentences holding as much, the highlight is one naming the place asked about, not only the country it
      // lies in ("Osh", not "Kyrgyzstan").
      let named = 0;
      let names = 0;
      for (let c = 0; c < concepts.length; c += 1) {
        const concept = concepts[c]!;
        if (!holdsConcept(concept, terms)) {
          // Held for the sentence after it too, which may refer back in turn ("…These relations originate from 1990.
          // Both the countries supported…"): measured on the readable sets, three more highlights hold the gold words.
          if (refers && concept.name && c < 31 && (namesBefore & (1 << c)) !== 0) {
            matched += concept.weight;
            if (!framing[c]) unframed += concept.weight;
            names |= 1 << c;
          }
          continue;
        }
        matched += concept.weight;
        if (framing[c]) framed += 1;
        else unframed += concept.weight;
        inText[c] = 1;
        if (concept.name && c < 31) names |= 1 << c;
        if (concept.name && concept.own >= 0 && concept.ids.length > 1 && terms.has(concept.own)) named += 1;
      }
      namesBefore = names;
      const share = total === 0 ? 0 : matched / total;
      // A sentence dating something to another year than the one asked speaks of another event: "Where in Kazakhstan was
      // the 2012 exercise held?" is shown "The most recent multilateral exercise took place in Tajikistan in June 2012",
      // not "The first multilateral exercise was held in 2003 in east Kazakhstan".
      const chosen = total === 0 ? 0 : (unframed / total) * (yearAsked !== undefined && datesOtherwise(sentences[index]!, yearAsked) ? OTHER_YEAR_SHARE : 1);
      // Of those, for a question asking what was not done ("who didn't take part?"), one that says so ("Uzbekistan has
      // consistently refused to participate"), not one of those that did ("China participated in more than 20…").
      const denies = negated && chosen > 0 && chosen >= chosenShare && DENIES.test(sentences[index]!.text);
      if (chosen > chosenShare || (chosen === chosenShare && chosen > 0 && (named > bestNamed || (named === bestNamed && ((denies && !bestDenies) || (denies === bestDenies && framed < bestFramed)))))) {
        bestIndex = index;
        chosenShare = chosen;
        bestNamed = named;
        bestFramed = framed;
        bestDenies = denies;
      }
      if (share > bestShare) bestShare = share;
      shares[index] = share;
    }
    // No sentence meets what is asked outside the question's frame ("What could take a hit if fighters from the region
    // team up with Afghan insurgents?"): the one meeting the frame best, or the sentence after it that goes on from it
    // ("Economic relations can be affected by these developments").
    if (chosenShare === 0 && bestShare > 0 && framing.some(Boolean)) {
      bestIndex = shares.indexOf(bestShare);
      if (sentences[bestIndex + 1]?.refers) bestIndex += 1;
    }
    const best = sentences[bestIndex];
    const text = best ? best.text : entry.passage.text;
    // An opening sentence listing what the passage touches ("… including population growth, population density,
    // ethnicity, education level, health, …") names its words without saying what the passage is about.
    const first = sentences[0];
    const lead = first && !(first.lists ??= listsMany(first.text)) ? (shares[0] ?? 0) : 0;
    return { sentence: { text, share: bestShare, lead }, shares, inText };
  }
  let inTextScratch = new Uint8Array(32);
  /** Whether a sentence names a year and not the one a concept asks of ("… held in 2003 …" for 2012). */
  const datesOtherwise = (sentence: IndexedSentence, year: Concept): boolean => !holdsConcept(year, sentence.terms) && YEAR_IN_TEXT.test(sentence.text);

  function citationsOf(passage: Passage): Citation[] {
    const footnotes = documents.get(passage.documentId)!.footnotes;
    return passage.citations.map((marker) => ({ marker, text: footnotes.get(marker)!.text }));
  }

  /** A ranked passage as a result, its highlight the sentence that meets the question best (with what it refers to). */
  const presentRanked = (r: Ranked): Result => present(r.entry.passage, shownWith(r.entry.sentences, r.sentence.text, r.sentence.alone), r.score);

  /** A passage's sentences as the engine reads them (see `Engine.sentences`). */
  function sentencesOf(passage: Passage): string[] {
    passageIndexes ??= new Map(corpus.passages.map((p, i) => [p, i]));
    const at = passageIndexes.get(passage);
    return at === undefined ? [passage.text] : indexed(at).sentences.map((s) => s.text);
  }

  function present(passage: Passage, sentence?: string, score = 0): Result {
    return {
      id: passage.id,
      document: documents.get(passage.documentId)!.meta.title,
      section: passage.section,
      text: passage.text,
      highlight: sentence ?? passage.text,
      score: Math.round(score * 1000) / 1000,
      citations: citationsOf(passage),
    };
  }

  function uniqueEntities(entities: Entity[]): Entity[] {
    const seen = new Set<string>();
    return entities.filter((e) => {
      const key = `${e.type}\u0000${e.canonical}\u0000${e.text}`.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** The documents' authors, as their front matter names them: a question may name one as who says what it says. */
  const asSpeaker = speakerReader(corpus.documents.flatMap((d) => (d.meta.author ? [d.meta.author] : [])));
  /**
   * Whether a word in lower case is one as written: English has it, or the corpus does ("liège" is no "liege" where a
   * passage names the city).
   */
  const isWritten = (lower: string): boolean => analyzer.knows(lower) || documentFrequency.has(lower);
  /** The text of a question the engine reads: as plain English ("wat is RATS" as "what is RATS"), at most so long. */
  const asked = (question: string): string => theCountryNamed(plainQuestion(asSpeaker(cut(question)), isCommonWord, (name) => gazetteerNames.has(name), isWritten));
  /** A question at most so long, cut between words: a word cut in two is no misspelling to read otherwise. */
  function cut(question: string): string {
    // Full-width and other compatibility forms read as the letters they are ("ＲＡＴＳ" is "RATS"); invisible format
    // characters (a zero-width space inside "R​ATS", a soft hyphen) are no part of a word.
    const raw = String(question ?? '');
    // A block of code pasted with a question ("What is RATS? ```js alert(1)```") is no part of what is asked; a
    // question that is all one code span or block ("```what is RATS```", as Discord users quote) is what it holds.
    // Read at most twice as much as is kept, up to the last question mark of a longer text ("blah blah … why does
    // Uzbekistan skip SCO exercises?" asks its last question, however much goes before it).
    const window = 2 * settings.maxQuestionLength;
    const mark = raw.length > window ? raw.lastIndexOf('?') : -1;
    const start = mark >= window ? mark + 1 - window : 0;
    const read = (raw.length > window ? raw.slice(start, start + window) : raw).normalize('NFKC').replace(/\p{Cf}/gu, '');
    const text = WHOLLY_CODE.exec(read)?.[1] ?? read.replace(CODE_BLOCK, ' ');
    const most = settings.maxQuestionLength;
    if (text.length <= most) return text;
    // A long text asks its last question: a ramble ending "… why does Tajikistan rely on Russia?" is read to its
    // question mark, from as far back as a question is read, where that mark lies past the text's first part.
    const last = text.lastIndexOf('?');
    const from = last >= most ? last + 1 - most : 0;
    const to = from + most;
    // Cut between words at either end.
    const partWord = (at: number): boolean => at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]!);
    let kept = text.slice(from, to);
    if (partWord(from - 1)) kept = kept.replace(/^[\p{L}\p{N}'’-]+/u, '');
    if (partWord(to)) kept = kept.replace(/[\p{L}\p{N}'’-]+$/u, '');
    return kept;
  }

  /**
   * Whether every word the speller changed in a question is no word English knows, or a common one read as a stop word
   * ("teh" as "the", which changes no word a passage is found by).
   */
  function trustsReading(text: string, readAs: string): boolean {
    const original = spelledWords(text);
    const read = spelledWords(readAs);
    const kept = new Set(read);
    const aligned = original.length === read.length;
    return original.every((word, i) => kept.has(word) || !isCommonWord(word) || (aligned && analyzer.terms(read[i]!).length === 0));
  }

  /**
   * The question's concepts and every passage that matches any of them, best first; `asked`, the concepts before those
   * that only say what kind of answer is asked ("year") were left out, which a document's card is read against.
   */
  function rank(question: string, everyCandidate = settings.rerankAll): { text: string; entities: Entity[]; concepts: Concept[]; asked?: Concept[]; ranked: Ranked[]; considered?: Ranked[]; readAs?: string; missing?: string[]; analysis?: Analysis; aboutSources?: boolean } {
    const text = asked(question);
    if (text.trim() === '') return { text, entities: [], concepts: [], ranked: [] };
    // "Tajikstan" is read as "Tajikistan": the corrected question is analysed instead, the misspelt one never.
    const { analysis, readAs } = readQuestion(text, wordsOfLinks(String(question ?? '')));
    const entities = uniqueEntities(analysis.entities);
    // The words the question was written with, when the speller read some of them as others.
    // The speller's readings are the question's own words, unless one of them stands for a word English knows ("Paris"
    // read as "Maris"): then the question must hold a word or name of its own as written ("militery excercises" is
    // answered as "military exercises", where it had been "not covered" for want of one).
    const written = readAs === undefined || trustsReading(text, readAs) ? null : new Set(spelledWords(text));
    const { concepts: words, queryBoosts } = read(analysis, written, noFactAsked(text, analysis));
    let spaced: string | undefined;
    for (const c of words) if (c.name && c.own >= 0 && c.ids.length > 1 && placedIn((spaced ??= spacedWords(text)), c)) c.placed = true;
    // "Which footnotes cite Gorenburg?": a word that only says a source is asked about ("footnote", "wrote") finds no
    // passage by its text ("On a similar note"); the question's other words do, and it counts for any passage citing one.
    if (words.some((c) => c.asksSource) && words.some((c) => !c.asksSource)) {
      const kept = new Set(words.filter((c) => !c.asksSource).flatMap((c) => c.ids));
      for (const c of words) if (c.asksSource) for (const id of c.ids) if (!kept.has(id)) queryBoosts.delete(id);
    }
    // A question of fact is answered in the paper's words; others may be in other words of near meaning.
    const near = analysis.intent.kind === null || !FACT_KINDS.has(analysis.intent.kind);
    // "What did Putin say?": nothing to search by, and a name the corpus never has, which the reply names.
    if (queryBoosts.size === 0) return { text, entities, concepts: words, ranked: [], readAs, analysis, missing: stated(text, words, [], false, readAs ?? text, entities).missing };
    // "Who wrote …", "which outlet …", or a name or word only a cited work has ("Where did Peyrouse's article appear?").
    // A year only footnotes have is no sign of one: "what did they agree at the 2014 summit?" dates an event.
    // Or a question that says it asks of sources by a word the analyzer drops as a question's own ("which sources are from 2014?").
    const aboutSources = speaksOfSources(text) || words.some((c) => c.asksSource || (sourceOnly.has(c.own) && (c.name || namesSource(text, c.written)) && !YEAR.test(c.terms[0]!)));
    // "In what year did the ties begin?", "what date was the Harrison piece published?": the noun asking for a date is
    // the kind of answer asked, no word a passage must hold (the year is in its text, or a source's in its footnote).
    // Alone ("what year?") it is all the question asks about.
    const asksDate = (c: Concept): boolean => isDateNoun(c.terms[0]!);
    const dated = analysis.intent.kind === 'date' && !words.every(asksDate) ? words.filter((c) => !asksDate(c)) : words;
    // "Which big powers share a worry …?": an adjective saying only how much a thing matters ("big", "real"), which the
    // corpus never writes, asks of the thing itself (see DEGREE_ADJECTIVES): not a word a passage must hold.
    // So is an adverb of extent ("largely to blame"; see EXTENT_ADVERBS).
    const degreeOnly = (c: Concept): boolean => {
      const written = (c.written ?? '').toLowerCase();
      return c.ids.length === 0 && !c.name && (DEGREE_ADJECTIVES.has(written) || EXTENT_ADVERBS.has(written));
    };
    const concepts = dated.some(degreeOnly) && !dated.every(degreeOnly) ? dated.filter((c) => !degreeOnly(c)) : dated;
    const framing = framingOf(text, concepts, (term) => namesOfTerm.get(term) ?? []);
    const negated = asksNegated(text);
    // The year the question dates what it asks of by: not one of its time frame ("after the 2007 gambling law").
    const yearAsked = concepts.find((c, i) => !framing[i] && YEAR.test(c.terms[0]!));
    // Only the leaders by BM25 can end up among the answers after re-ranking.
    // Listed in the map's order without spreading it (an array made for each of its entries).
    const query: QueryTerm[] = [];
    queryBoosts.forEach((boost, term) => query.push({ term, boost }));
    const hits = postings.best(query, RERANKED);
    const rerank = (at: number): Ranked => {
      const hit = hits[at]!;
      const entry = indexed(hit.passage);
      const { sentence, shares, inText } = bestSentence(concepts, entry, framing, negated, yearAsked);
      const { share, nearly } = passageShare(concepts, entry, inText, aboutSources, near && at < NEAR_RERANKED);
      return { entry, share, nearly, sentence, shares, score: reranked(hit.score, share, sentence.share, sentence.lead) };
    };
    // A candidate whose BM25 score, raised as far as re-ranking can raise it, stays below the share of the best
    // re-ranked score a listed passage needs can never be listed, nor can those after it (lower by BM25): they are
    // left out, unless a passage may come first whatever its score (see `mayPromote`), or a year the question names
    // may rule the best one out (see `stated`).
    const leavesOut = !everyCandidate && !mayPromote(analysis.intent.kind, concepts) && !concepts.some((c) => YEAR.test(c.terms[0]!));
    const ranked: Ranked[] = [];
    let best = 0;
    let at = 0;
    for (; at < hits.length; at += 1) {
      if (leavesOut && hits[at]!.score ** BM25_POWER * MOST_RERANK_GAIN < best * settings.minRelativeScore) break;
      const candidate = rerank(at);
      ranked.push(candidate);
      if (candidate.score > best) best = candidate.score;
    }
    sortByScore(ranked);
    let given = stated(text, concepts, ranked, aboutSources, readAs ?? text, entities);
    // "What does Russia think about China's military aid?": an opinion, told by a sentence in which the one holding it
    // claims, fears, welcomes or views something, not by one that names them beside what the question names.
    const holders = opinionHolders(readAs ?? text, concepts);
    const holding = (list: Ranked[]): Ranked[] => (holders === undefined ? list : list.filter((r) => r.entry.sentences.some((s) => holders.every((c) => holdsConcept(c, s.terms)) && holdsOpinion(s.text, holders))));
    let answers = citing(answering(text, analysis.intent, concepts, holding(given.ranked), analysis.partsOfSpeech, aboutSources, yearAsked), concepts, aboutSources);
    if (at < hits.length && given.missing.length === 0 && answers[0]?.score !== best) {
      // The best one does not answer (a question of fact it does not speak of): those left out may, and each counts.
      // Added after the others in BM25's order and sorted again (a stable sort), they stand as if never left out.
      for (; at < hits.length; at += 1) ranked.push(rerank(at));
      sortByScore(ranked);
      given = stated(text, concepts, ranked, aboutSources, readAs ?? text, entities);
      answers = citing(answering(text, analysis.intent, concepts, holding(given.ranked), analysis.partsOfSpeech, aboutSources, yearAsked), concepts, aboutSources);
    }
    const document = corpus.documents.length === 1 ? corpus.documents[0]!.meta.id : answers[0]?.entry.passage.documentId;
    return { text, entities: [...entities, ...namesWritten(readAs ?? text, entities), ...regionMeant(readAs ?? text, entities, document)], concepts, asked: words, ranked: answers, considered: given.ranked, readAs, missing: given.missing, analysis, aboutSources };
  }

  /**
   * "the region", "this area", "regional": the one region the title of the document answering names ("Central Asia"
   * of "China-Central Asia Defence Relations"), where the question names none; as an entity it yields, not a word it
   * searches for.
   */
  function regionMeant(text: string, entities: Entity[], documentId: string | undefined): Entity[] {
    const said = REGION_MEANT.exec(text);
    if (!said || documentId === undefined || entities.some((e) => e.type === 'region')) return [];
    const titled = titleNames(documentId);
    const regions = corpus.gazetteer.filter((e) => e.type === 'region' && titled.has(entityTerm(e.canonical)));
    return regions.length === 1 ? [{ text: said[0], type: 'region', canonical: regions[0]!.canonical }] : [];
  }

  /**
   * A question about a source ("Who is Dmitry Gorenburg?", "Which outlet published Kucera's article?") is answered in
   * a passage by the sentence citing it: the one bearing the marker of a footnote holding what the passage's own text
   * lacks of the question.
   */
  function citing(ranked: Ranked[], concepts: Concept[], aboutSources: boolean): Ranked[] {
    if (!aboutSources) return ranked;
    return ranked.map((r) => {
      const { passage, sentences } = r.entry;
      const lacked = concepts.filter((c) => !c.asksSource && !inSomeSentence(c, r.entry) && !holdsConcept(c, r.entry.heading));
      const marker = passage.citations.find((m) => footnoteTerms(passage.documentId, m).some((terms) => lacked.some((c) => holdsConcept(c, terms))));
      const sentence = marker === undefined ? undefined : sentences.find((s) => s.text.includes(`[${marker}]`));
      return sentence ? { ...r, sentence: { ...r.sentence, text: sentence.text } } : r;
    });
  }

  /**
   * The ranked passages that hold what the question states as given: a year it names ("who hosted the 2022
   * summit?" is not answered by a passage on another year's), and no passage when it names someone or something the
   * corpus never mentions ("what did Putin think of…"; a word in capitals may be an acronym the text spells out).
   */
  function stated(text: string, concepts: Concept[], ranked: Ranked[], aboutSources: boolean, read: string = text, entities: Entity[] = []): { ranked: Ranked[]; missing: string[] } {
    // A name is one English text knows (the word-vector table has it): a misspelt word ("Centrl") is no name; nor is
    // one the corpus writes together with the word beside it ("China Daily" as "Chinadaily").
    const unknownNames = concepts.filter(
      (c) =>
        c.name &&
        c.ids.length === 0 &&
        c.written !== undefined &&
        !opens(text, c.written) &&
        !gazetteerNames.has(c.written) &&
        !CALENDAR.has(c.written) &&
        !c.written.split(/\s+/).every((word) => frontMatterWords.has(word.toLowerCase())) &&
        (isAcronym(text, c.written)
          ? !spellsOutAcronym(c.written) && !speller.isNear(c.written)
          : tableVector(c.written) !== null || (inLongerName(text, c.written) && !speller.isNear(c.written))) &&
        !writtenTogether(text, c.written) &&
        !writesAcronymOf(c.written),
    );
    // A name written in lower case ("what does putin think of the SCO?"): a word English only ever writes as a name
    // (see `onlyAName`), which neither the corpus nor the gazetteer has.
    // So is one English's lexicon lacks but its text knows (the word-vector table has it), that the speller does not
    // read as a word of the corpus, where the question asks what it did ("what does modi think of the sco?", "what did
    // karimov say…"): a doer, as a name is.
    const doerWord = (doerWords(text)[0] ?? '').toLowerCase();
    for (const c of concepts) {
      if (c.name || c.ids.length > 0 || c.written === undefined || gazetteerNames.has(c.written)) continue;
      if (onlyAName(c.written) || (c.written === doerWord && !analyzer.knows(c.written) && !speller.isNear(c.written))) unknownNames.push(c);
    }
    // Said as the question names it, but not run on into a name the corpus has ("GDP", not "GDP of Kazakhstan": the
    // paper does mention Kazakhstan); one written in lower case, with its capital ("Putin").
    // A name typed all in lower case is said with its capitals ("syria": "Syria").
    // Nor is a word one slip from a word of a name the question gives beside it ("kublai kahn", "Kublai Kahn": Khublai
    // Khan's "khan"), which a student misspells with the name.
    if (unknownNames.length > 0 && entities.length > 0) {
      const givenWords = entities.flatMap((e) => [...(nameWords.get(entityTerm(e.canonical)) ?? [])]);
      const misspeltGiven = (c: Concept): boolean => c.written!.toLowerCase().split(/\s+/).every((word) => givenWords.some((given) => oneSlipApart(word, given)));
      if (givenWords.length > 0) unknownNames.splice(0, unknownNames.length, ...unknownNames.filter((c) => !misspeltGiven(c)));
    }
    const missingName = (c: Concept): string => withCapitals(c.name ? nameAround(text, c.written!).replace(/\s+of\s+(.+)$/, (tail, name: string) => (gazetteerNames.has(name.toLowerCase()) ? '' : tail)) : c.written!);
    if (unknownNames.length > 0) return { ranked: [], missing: outermost([...new Set(unknownNames.map(missingName))]) };
    // A name of several words the corpus never writes together ("the World Trade Organization", whose words it has
    // apart: "World War I", "trade"), which no gazetteer name of it holds: the question is about something else.
    // Not one within a gazetteer name the question gives ("New York" of "the attacks in New York", the September 11 attacks).
    const named = entities.map((e) => e.text.toLowerCase());
    const unwritten = namesOfWords(read).filter((name) => {
      if (named.some((e) => e.includes(name.toLowerCase()))) return false;
      // Written, or two of its words side by side: "National Security Committee" is the paper's "National Security
      // Commission" in other words; "World Trade Organization" is nothing of the paper's.
      const words = name.split(' ').filter((word) => word !== 'of');
      return !writes(name) && words.every((word, i) => i === 0 || !writes(`${words[i - 1]} ${word}`)) && !namesSideBySide(name.split(' ')) && !writesAcronymOf(name);
    });
    if (unwritten.length > 0) return { ranked: [], missing: unwritten };
    // A footnote's year counts: "what did Kucera write in 2014?"
    const counted = countedFigures(text);
    const years = concepts.filter((c) => YEAR.test(c.terms[0]!) && !counted.has(c.terms[0]!));
    if (years.length === 0) return { ranked, missing: [] };
    // A question about a cited work may date it by its footnote ("what did Kucera write in 2014?"); any other dates
    // an event, which the passage's own text must date.
    // Asked which sources are of a year ("which sources are from 2013?"), it is the sources' year: a footnote the passage
    // cites must hold it, not its own text ("pledged … in 2013" is no source of 2013).
    // Not a year of what a source is said to support ("which source says RATS was set up in 2004?"): the passage's.
    const ofSources = aboutSources && SOURCES_LISTED.test(text) && SOURCES_DATED.test(text);
    // "Why was the SCO founded in 2004?": a year is not of what the question names where each sentence giving it tells
    // what another of its kind did ("RATS was established in 2004"), naming none of the question's.
    const names = concepts.filter((c) => c.name && c.ids.length > 0);
    const ofAnother = (r: Ranked, year: Concept): boolean =>
      names.length > 0 && r.entry.sentences.every((sentence) => !holdsConcept(year, sentence.terms) || (!names.some((c) => holdsConcept(c, sentence.terms)) && names.some((c) => anotherOpens(sentence.text, c, names))));
    const held = (r: Ranked, year: Concept): boolean =>
      ofSources ? r.entry.cited.some((footnote) => holdsConcept(year, footnote)) : aboutSources ? sharedCredit(r.entry, year, true) > 0 : sharedCredit(r.entry, year, false) === 1 && !ofAnother(r, year);
    // "Was RATS established in 2004 or 2005?": one of years given as choices is enough.
    if (years.length > 1 && YEARS_OR.test(text)) {
      const some = ranked.filter((r) => years.some((year) => held(r, year)));
      return some.length > 0 ? { ranked: some, missing: [] } : { ranked: [], missing: years.map((year) => year.terms[0]!) };
    }
    return { ranked: ranked.filter((r) => years.every((year) => held(r, year))), missing: years.filter((year) => !ranked.some((r) => held(r, year))).map((year) => year.terms[0]!) };
  }

  /** Whether a capitalised acronym the corpus lacks ("CSTO") may be one it spells out: the initials of a run of its words. */
  const spellsOutAcronym = (written: string): boolean => initials.has(written.toLowerCase().replace(/[^\p{L}]/gu, ''));
  // The gazetteer's names in lower case: "usa" is the USA written carelessly, not a name the corpus never mentions.
  const gazetteerNames = new Set(corpus.gazetteer.flatMap((e) => [e.canonical, ...e.aliases]).map((name) => name.toLowerCase()));
  /**
   * The gazetteer's names of several words; their words, in lower case (a text is looked through for the names only
   * where it has one of these); and the words of those names a text writes.
   */
  const longNameList = [...gazetteerNames].filter((name) => /\s/.test(name));
  const longNames = nameRun(longNameList);
  const longNameWords = new Set(longNameList.flatMap((name) => name.split(/\s+/)));
  const wordsOfLongNames = (text: string): Set<string> => new Set([...text.matchAll(longNames)].flatMap((m) => m[0].toLowerCase().split(/\s+/)));
  /**
   * The one place a document of the corpus is about, by its title ("Economy of Bangladesh"), where only one is: "the
   * country" of a question naming no place of the gazetteer's is it ("How much did the country lose…?" asks what
   * Bangladesh lost). Measured on ten tuning documents: two more first, one fewer abstained; the readable sets (the
   * paper's title names no one place) unchanged.
   */
  const titledPlaces = corpus.documents.flatMap((d) => TITLED_PLACE.exec(d.meta.title ?? '')?.[1]?.trim() ?? []);
  const soleTitledPlace = titledPlaces.length === 1 ? titledPlaces[0]! : null;
  const namedPlaces = nameRun([...gazetteerNames, ...titledPlaces].filter((name) => name.length > 2));
  function theCountryNamed(text: string): string {
    if (soleTitledPlace === null || !THE_COUNTRY.test(text) || text.search(namedPlaces) >= 0) return text;
    return text.replace(THE_COUNTRY, (_, possessive: string | undefined) => `${soleTitledPlace}${possessive ?? ''}`);
  }
  // The words of the documents' front matter, in lower case: "Who is Maria Keller?" asks of an author the corpus names there.
  const frontMatterWords = new Set(corpus.documents.flatMap((d) => frontMatterNames(d.meta)).flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  /**
   * Whether a sentence names something the question does not (see `namesAnother`) that is none of what `none` matches
   * (the gazetteer's names of other kinds), a month or a day, or a word of English's adjective endings ("Islamic",
   * "Islamist", "Eastern", "Chinese").
   */
  const namesOtherThan =
    (none: RegExp) =>
    (question: string): ((sentence: string) => boolean) => {
      const another = namesAnother(question);
      const noName = (word: string): string => (CALENDAR.has(word.toLowerCase()) || NO_NAME_ENDING.test(word) ? word.toLowerCase() : word);
      return (sentence) => another(sentence.replace(none, (name) => name.toLowerCase()).replace(/\p{L}+/gu, noName));
    };
  /** Who holds an office is a person ("who heads RATS?" is not answered by "RATS … fights radical Islamist organisations"). */
  const namesSomeone = namesOtherThan(nameRun(corpus.gazetteer.filter((e) => e.type !== 'person').flatMap((e) => [e.canonical, ...e.aliases])));
  const namesPerson = (question: string): ((sentence: string) => boolean) => {
    const names = namesSomeone(question);
    return (sentence) => names(withoutPlacesAndBodies(sentence));
  };
  /**
   * Who does what an office does ("who chairs the cabinet?"): a person, or the office ("the prime minister"). Who
   * holds an office the question names ("who is the president?") is a person.
   */
  const namesPersonOrRole = (question: string, focus: string | null, wordings: readonly string[] = []): ((sentence: string) => boolean) => {
    const person = namesPerson(question);
    // So is who in a role the question names does something ("which Russian president visited Beijing?"): "the 6th
    // Meeting of Leaders … was held in Moscow" names another role, not the president.
    if (focus === null || rolesIn(question).length > 0) return person;
    const role = namesRoleOtherThan(question, focus, wordings);
    return (sentence) => person(sentence) || role(sentence);
  };
  /** A city is a place, not a country or a body ("in which city is RATS?" is not answered by "China has come up with RATS"). */
  // Nor is a region or a province a city ("in which city is RATS based?" is not answered by "… with Central Asia").
  const namesPlaceOrAcronym = namesOtherThan(nameRun(corpus.gazetteer.filter((e) => !PLACE_TYPES.has(e.type.toLowerCase()) || WIDER_PLACE_TYPES.has(e.type.toLowerCase())).flatMap((e) => [e.canonical, ...e.aliases])));
  // Nor an acronym ("USD 16 million", "the SCO"): no city is written so ("which town in Kyrgyzstan?" had been answered
  // by "In 2004 China promised USD 16 million as military aid to Kyrgyzstan").
  const namesPlace = (question: string): ((sentence: string) => boolean) => {
    const names = namesPlaceOrAcronym(question);
    return (sentence) => names(sentence.replace(ACRONYM, (word) => word.toLowerCase()));
  };

  /**
   * Whether the corpus writes a phrase of a question: in a passage, its heading or a source it cites (the passages the
   * index says hold each of its words, and of them at most WRITTEN_LOOKED_AT), or in a document's title; its last word
   * also with or without a plural's "s" ("Test Site", "Test Sites"). A phrase of many passages' words is taken as written.
   */
  /** The documents' titles as words, made when a question first names something of several words. */
  let titleWords: string[] | undefined;
  const writes = (phrase: string): boolean => {
    const words = asWords(phrase);
    const forms = [words, words.endsWith('s') ? words.slice(0, -1) : `${words}s`].map((form) => ` ${form} `);
    // A possessive writes the name too: "the Tang Dynasty's western expansion" writes "Tang Dynasty".
    const holds = (text: string): boolean => forms.some((form) => ` ${asWords(text).replace(/'s?(?= |$)/g, '')} `.includes(form));
    titleWords ??= corpus.documents.flatMap((d) => frontMatterNames(d.meta).map((name) => ` ${asWords(name)} `));
    if (titleWords.some((title) => forms.some((form) => title.includes(form)))) return true;
    const ids = analyzer.terms(phrase).map((term) => dictionary.get(term) ?? -1);
    // No word to look it up by ("C.E"): nothing says the corpus lacks it.
    if (ids.length === 0) return true;
    const holding = postings.holdingAll(ids, WRITTEN_LOOKED_AT + 1);
    if (holding.length > WRITTEN_LOOKED_AT) return true;
    return holding.some((i) => {
      const passage = corpus.passages[i]!;
      const cited = passage.citations.map((marker) => documents.get(passage.documentId)?.footnotes.get(marker)?.text ?? '');
      return holds([passage.text, passage.section ?? '', ...cited].join(' | '));
    });
  };
  /**
   * Whether a passage writes `name` in capitals as the question does, as a word of its own ("Shah" of "Nader Shah"):
   * read in the passages holding each of its words (at most so many of them, as `writes` does).
   */
  const writesAsName = (name: string): boolean => {
    const ids = analyzer.terms(name).map((term) => dictionary.get(term) ?? -1);
    if (ids.length === 0 || ids.includes(-1)) return false;
    return postings.holdingAll(ids, WRITTEN_LOOKED_AT).some((i) => wholeWordIn(corpus.passages[i]!.text, name));
  };
  /**
   * Whether a run of capitalised words is names side by side, each one the corpus writes in capitals ("Nader Shah Janid
   * khanate": "Nader Shah" and "Janid"), as a list of search words gives them; "World Trade Organization" is not.
   */
  const namesSideBySide = (words: string[]): boolean =>
    words.some((_, k) => k > 0 && words[k] !== 'of' && words[k - 1] !== 'of' && writesAsName(words.slice(0, k).join(' ')) && (writesAsName(words.slice(k).join(' ')) || namesSideBySide(words.slice(k))));
  /**
   * Whether the corpus writes, in capitals, the acronym of a name of several capitalised words: "the United Nations"
   * of a document writing "the UN's recommended standard" (the other way round from `spellsOutAcronym`).
   */
  const writesAcronymOf = (name: string): boolean => {
    const letters = initialsOfRun(name);
    return letters.length >= 2 && writesAsName(letters.toUpperCase());
  };
  /** The gazetteer's names as words ("central asia"), to find one among a name's words. */
  const gazetteerRuns = new Set([...gazetteerNames].map(asWords));
  /** A word the corpus or English has: "Centrl" of "Centrl Asia" is a slip the speller left, no name's. */
  const knownWord = (word: string): boolean => tableVector(word) !== null || analyzer.terms(word).every((term) => dictionary.has(term));
  /** The words of words (as `asWords` gives them) that no gazetteer name among them holds, its longest first. */
  const besideGazetteerNames = (words: string): string[] => {
    const list = words.split(' ');
    const beside: string[] = [];
    for (let from = 0; from < list.length; ) {
      let to = list.length;
      while (to > from && !gazetteerRuns.has(list.slice(from, to).join(' '))) to -= 1;
      if (to > from) from = to;
      else beside.push(list[from++]!);
    }
    return beside;
  };
  /**
   * A question's names of several words (see `capitalisedNames`), two or more of which no gazetteer name holds, each
   * a known word: none ("Central Asian Republics" is the gazetteer's), or a name of its own named after one ("East
   * Turkestan Islamic Movement", which the paper never mentions, is no name for Xinjiang).
   */
  const namesOfWords = (text: string): string[] =>
    capitalisedNames(text).filter((name) => {
      const beside = besideGazetteerNames(asWords(name));
      return beside.length >= 2 && beside.every(knownWord);
    });

  /**
   * The names a question gives that no gazetteer entry is and the corpus writes as names, in capitals as the question
   * does: "the World Bank", "UNESCO" of a document the gazetteer knows nothing of. A name of one word is one the corpus
   * never writes in lower case ("Artel", not "Government") and writes alone somewhere, not only within a longer name
   * ("United" of "United Nations"), and no month nor adjective of a people ("Islamic"). They are the question's
   * entities, as written; the search reads them by their words.
   */
  function namesWritten(text: string, found: Entity[]): Entity[] {
    if (!/\P{L}\p{Lu}/u.test(text)) return [];
    const given = found.map((e) => e.text.toLowerCase());
    // A name within one the gazetteer has is that one's ("China Studies" of "Chennai Centre for China Studies").
    const isGazetteerName = (name: string): boolean => gazetteerNames.has(name.toLowerCase()) || given.some((text) => text.includes(name.toLowerCase()));
    // The capitalised words past the first that may be names: most questions have none but the gazetteer's names (or
    // months, or adjectives of peoples), and are done here.
    const capitals = wordsIn(text)
      .slice(1)
      .map((word) => word.replace(/['’]s$/u, ''))
      .filter((word) => word.length >= 2 && startsUpper(word) && !isGazetteerName(word) && !CALENDAR.has(word.toLowerCase()) && !NO_NAME_ENDING.test(word.toLowerCase()));
    if (capitals.length === 0) return [];
    const several = capitalisedNames(text).filter((name) => !isGazetteerName(name) && nameWritten(name));
    const inSeveral = new Set(several.flatMap((name) => name.split(' ')));
    const single = capitals.filter((word) => !inSeveral.has(word) && wordNameWritten(word));
    return [...new Set([...several, ...single])].map((name) => ({ text: name, type: 'name', canonical: name }));
  }
  /** `writesAsName`, for the names met last. */
  const nameWritten = memoized(WORDS_KEPT, writesAsName);
  /** Whether the corpus writes a word as a name of its own (see `namesWritten`), for the words met last. */
  const wordNameWritten = memoized(WORDS_KEPT, (word: string): boolean => {
    const ids = analyzer.terms(word).map((term) => dictionary.get(term) ?? -1);
    if (ids.length === 0 || ids.includes(-1)) return false;
    const texts = postings.holdingAll(ids, WRITTEN_LOOKED_AT).map((i) => corpus.passages[i]!.text);
    return texts.some((passage) => writtenAlone(passage, word)) && !texts.some((passage) => wholeWordIn(passage, word.toLowerCase()));
  });

  /** Whether the corpus has `word` written together with the word before or after it in the question. */
  function writtenTogether(text: string, word: string): boolean {
    const words = wordsIn(text.toLowerCase());
    return words.some((w, i) => w === word && [words[i - 1], words[i + 1]].some((other) => other && [other + w, w + other].some((joined) => dictionary.has(analyzer.lemmaTerm(joined)))));
  }

  /**
   * The ranked passages that can answer what the question asks: those that speak of its focus, and for a date or
   * a quantity, those with a sentence that meets the question and holds one (which becomes the highlight).
   */
  /**
   * Whether `answering` may put a passage before others of higher scores: one that spells out what a definition asks,
   * or one that names every name a who-question gives. `rank` then re-ranks every candidate; a new such case belongs here.
   */
  const mayPromote = (kind: AnswerKind | null, concepts: Concept[]): boolean => kind === 'definition' || (kind === 'agent' && concepts.filter((c) => c.name && c.ids.length > 0).length > 1);

  /**
   * The passages best first, the first that answers enough of the question (see `answer`) moved to the front when the
   * best does not and it scores as much of the best's as a listed passage needs: "Do the Kazakhs and the Chinese
   * also team up against drug running?" ranks first a passage on their exchanges, meeting less than half of it, above
   * the one on their co-operation against drug trafficking. Not for a question of fact, whose answer is the best passage's
   * or none: measured, one further down more often met its names than its fact (two more near-topic questions
   * answered, none of fact gained).
   */
  function firstAnswering(ranked: Ranked[], answers: (r: Ranked) => boolean, kind: AnswerKind | null): Ranked[] {
    const best = ranked[0];
    if (!best || answers(best) || (kind !== null && FACT_KINDS.has(kind))) return ranked;
    const first = ranked.find((r) => answers(r) && r.score >= best.score * settings.minRelativeScore);
    return first ? [first, ...ranked.filter((r) => r !== first)] : ranked;
  }

  /** Each passage's text as `asWords` writes it, a space either side: made when a search phrase is first looked for in it. */
  const wordsOfPassage = new WeakMap<Passage, string>();
  const passageWords = (passage: Passage): string => {
    let words = wordsOfPassage.get(passage);
    if (words === undefined) wordsOfPassage.set(passage, (words = ` ${asWords(passage.text)} `));
    return words;
  };

  /**
   * Of words typed as a search box takes them ("military modernisation", "indo pak relations"), the first passage
   * writing them side by side, in their order, comes first, where the best does not and it answers as much and scores
   * as much of the best's as a listed passage needs (p18's "modern" had come before p21's "China's military
   * modernisation"; a second study-group trial). None of 4,544 readable and tuning questions moved.
   */
  function phraseFirst(text: string, ranked: Ranked[], answers: (r: Ranked) => boolean): Ranked[] {
    // Words apart as typed: "counter-terrorism" is one word, as "counterterrorism" is.
    const words = text.trim().split(/\s+/);
    if (words.length < 2 || words.length > KEYWORDS_MOST || QUESTION_LIKE.test(text)) return ranked;
    const phrase = asWords(text);
    const writesIt = (r: Ranked): boolean => passageWords(r.entry.passage).includes(` ${phrase} `);
    const best = ranked[0];
    if (!best || writesIt(best)) return ranked;
    const first = ranked.find((r) => r !== best && answers(r) && r.score >= best.score * settings.minRelativeScore && writesIt(r));
    return first ? [first, ...ranked.filter((r) => r !== first)] : ranked;
  }

  /**
   * Of a question asking what kinds of a thing there are ("What kinds of help has Beijing given Astana?"), the first
   * passage listing things in a sentence holding a word of the question's ("…supplied Kazakhstan defence equipment,
   * military training and intelligence information") comes first, where the best lists none and it answers and scores
   * as much of the best's as a listed passage needs.
   */
  function listingFirst(text: string, ranked: Ranked[], answers: (r: Ranked) => boolean, concepts: Concept[]): Ranked[] {
    const best = ranked[0];
    if (!best || !KINDS_ASKED.test(text) || ONE_KIND_ASKED.test(text)) return ranked;
    const asked = concepts.filter((c) => !c.name);
    const lists = (r: Ranked, of: Concept[] = asked): boolean => r.entry.sentences.some((sentence) => ENUMERATES.test(sentence.text) && of.some((c) => holdsConcept(c, sentence.terms)));
    // The best lists the kinds asked when its list holds the word for them ("help" of "what kinds of help"): "…focuses on
    // non-traditional threats such as terrorism and drug trafficking" lists threats, not help.
    const kindTerms = analyzer.terms(KIND_WORD.exec(text)?.[1] ?? '');
    const kindWord = asked.find((c) => kindTerms.includes(c.terms[0]!));
    if (lists(best, kindWord ? [kindWord] : asked)) return ranked;
    const first = ranked.slice(1, 3).find((r) => answers(r) && r.score >= best.score * settings.minRelativeScore && lists(r));
    return first ? [first, ...ranked.filter((r) => r !== first)] : ranked;
  }

  /**
   * Of a question asking what is not so ("Which country never joins SCO drills?"), the first passage that answers it
   * and says what is not (see `saysNo`) comes first, where the best says nothing of the kind and it scores as much of
   * the best's as a listed passage needs.
   */
  function denyingFirst(ranked: Ranked[], answers: (r: Ranked) => boolean): Ranked[] {
    const best = ranked[0];
    const denies = (r: Ranked): boolean => SAYS_NO.test(saysNo(r));
    if (!best || denies(best)) return ranked;
    const first = ranked.find((r) => r !== best && answers(r) && r.score >= best.score * settings.minRelativeScore && denies(r));
    return first ? [first, ...ranked.filter((r) => r !== first)] : ranked;
  }

  /**
   * The names of `names` a question gives as choices, one word each side of "or" ("Kazakhstan or Kyrgyzstan", "Moscow
   * or Beijing"): none where it compares them ("rely more on Russia or China?"), whose answer speaks of both.
   */
  function namesChosenBetween(text: string, names: Concept[]): Concept[] {
    if (COMPARED.test(text)) return [];
    const pair = CHOICE.exec(text);
    if (!pair) return [];
    const nameOf = (word: string): Concept | undefined => {
      const terms = analyzer.analyze(word).names.flatMap((n) => n.terms);
      return names.find((c) => terms.includes(c.terms[0]!));
    };
    const [first, second] = [nameOf(pair[1]!), nameOf(pair[2]!)];
    return first && second && first !== second ? [first, second] : [];
  }

  /** Of each of the gazetteer's names in lower case, its entry's term and type. */
  const entityOfName = new Map(corpus.gazetteer.flatMap((e) => [e.canonical, ...e.aliases].map((name) => [name.toLowerCase(), { term: entityTerm(e.canonical), type: e.type }] as const)));
  /**
   * Who the question says did what: a name of the gazetteer's after "did", "does", "has"… and the verb after it ("What
   * did China donate…", "Has India supplied…"), when the verb is a word of the question's (no light verb).
   */
  function actorAsked(text: string, concepts: Concept[]): { name: Concept; type: string; verb: Concept } | null {
    const m = ACTOR_ASKED.exec(text);
    // "Why does China want to reduce…": what the name wants, tries or plans to do is asked, not whether it is the one
    // that wants (a passage on what Iran and Pakistan want had set aside the one on China's aims).
    if (!m || (WANTS_TO.has(m[2]!.toLowerCase()) && /^\s+to\s+\p{Ll}/u.test(text.slice(m.index + m[0].length)))) return null;
    const entity = entityOfName.get(m[1]!.toLowerCase());
    const verbTerm = analyzer.lemmaTerm(m[2]!);
    const name = entity && concepts.find((c) => c.name && c.terms[0] === entity.term);
    // Or the word the analyzer read it as ("provide" of "give Tajikistan"), written as the question writes it.
    const verb = concepts.find((c) => !c.name && c.ids.length > 0 && (c.terms.includes(verbTerm) || c.written === m[2]!.toLowerCase()));
    return name && verb ? { name, type: entity.type, verb } : null;
  }
  /**
   * The sentences of a passage holding the question's verb in its own word ("donated"), with their words and where the
   * verb stands: a synonym's word the index folds to the verb's ("supplied" for "donate") is none.
   */
  function verbWritten(entry: IndexedPassage, verb: Concept): Array<{ sentence: IndexedSentence; words: string[]; at: number }> {
    if (verb.own < 0) return [];
    const own = verb.terms[0]!;
    return entry.sentences.flatMap((sentence) => {
      if (!sentence.terms.has(verb.own)) return [];
      const words = wordsIn(sentence.text);
      const at = words.findIndex((word) => analyzer.lemmaTerm(word) === own);
      return at < 0 ? [] : [{ sentence, words, at }];
    });
  }
  /** Whether a sentence of a passage has the question's verb in its own word ("donated"), not in a synonym's. */
  const writesVerb = (entry: IndexedPassage, verb: Concept): boolean => verbWritten(entry, verb).length > 0;
  /** The terms of the gazetteer's names among the first `end` words, of up to three words each. */
  function namesBefore(words: string[], end: number): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i < end; i += 1) {
      for (const n of [3, 2, 1]) {
        const entity = i + n <= end ? entityOfName.get(words.slice(i, i + n).join(' ').toLowerCase()) : undefined;
        if (entity) found.add(entity.term);
      }
    }
    return found;
  }
  /**
   * Whether each sentence of a passage holding the verb asked, in the question's own word, has another name of the same
   * type than the one asked do it (the name right before the verb, past "has", "also"…), not naming the one asked
   * before the verb; and one does. Another wording of the verb tells less ("provided" for "offer").
   */
  function doneByAnother(entry: IndexedPassage, { name, type, verb }: { name: Concept; type: string; verb: Concept }): boolean {
    let byAnother = false;
    for (const { words, at } of verbWritten(entry, verb)) {
      // The one asked, named before the verb, may be who does it ("India and China signed…"); named after it, it is
      // what is done to ("Uzbekistan has refused … fears domination of … Russia").
      if (namesBefore(words, at).has(name.terms[0]!)) return false;
      let end = at;
      while (end > 0 && (ACTOR_GAP.has(words[end - 1]!.toLowerCase()) || /^\p{Ll}{3,}ly$/u.test(words[end - 1]!))) end -= 1;
      const doer = [3, 2, 1].map((n) => (end - n >= 0 ? entityOfName.get(words.slice(end - n, end).join(' ').toLowerCase()) : undefined)).find((e) => e !== undefined);
      if (!doer || doer.type !== type || doer.term === name.terms[0]) return false;
      byAnother = true;
    }
    return byAnother;
  }

  /** The name a question gives as whom its actor's verb is done to or for ("to Kazakhstan", "give Tajikistan"), with its type. */
  function recipientAsked(text: string, actor: { name: Concept }, concepts: Concept[]): { name: Concept; type: string } | null {
    const m = RECIPIENT_ASKED.exec(text.slice(ACTOR_ASKED.exec(text)?.index ?? 0));
    if (!m) return null;
    const words = m[1]!.split(/\s+/);
    for (const n of [3, 2, 1]) {
      const entity = words.length >= n ? entityOfName.get(words.slice(0, n).join(' ').toLowerCase()) : undefined;
      const name = entity && concepts.find((c) => c.name && c !== actor.name && c.terms[0] === entity.term);
      if (entity && name) return { name, type: entity.type };
    }
    return null;
  }
  /**
   * Whether each sentence of a passage holding the verb asked, in the question's own word, has it done to another name
   * of the recipient's type, after the verb, never naming the recipient (see `recipientAsked`); false where none has.
   */
  function doneToAnother(entry: IndexedPassage, verb: Concept, { name, type }: { name: Concept; type: string }): boolean {
    let toAnother = false;
    for (const { sentence, words, at } of verbWritten(entry, verb)) {
      // The names after the verb, of up to three words each.
      const after = namesBefore(words.slice(at + 1), words.length - at - 1);
      if (holdsConcept(name, sentence.terms) || after.size === 0) return false;
      if (![...after].some((term) => term !== name.terms[0] && nameTypes.get(term)?.toLowerCase() === type.toLowerCase())) return false;
      toAnother = true;
    }
    return toAnother;
  }

  function answering(text: string, intent: Analysis['intent'], concepts: Concept[], ranked: Ranked[], partsOfSpeech: Analysis['partsOfSpeech'], aboutSources: boolean, yearAsked: Concept | undefined): Ranked[] {
    const { kind, subject } = intent;
    // A passage meeting less than this of the question is never listed (see `answer`): nothing to work out for it.
    const listable = (r: Ranked): boolean => r.share >= settings.minCoverage / 2;
    /**
     * The passages with, as highlight, the sentence `telling` (advice, a condition, a comparison) that meets most of
     * the question, of those meeting it nearly as well as the passage's best, or for a `condition` the highlight's next
     * sentence where that is one; those whose highlight then tells it, meeting as much of the question as the first
     * (for a condition, nearly as much), before the rest.
     */
    const tellingFirst = (candidates: Ranked[], telling: RegExp, condition = false): Ranked[] => {
      const shown = candidates.map((r) => {
        if (!listable(r) || telling.test(r.sentence.text)) return r;
        let told: string | null = null;
        let most = 0;
        r.entry.sentences.forEach((sentence, i) => {
          const share = r.shares[i]!;
          if (share > most && share >= SENTENCE_NEAR_BEST * r.sentence.share && telling.test(sentence.text)) [told, most] = [sentence.text, share];
        });
        if (told === null && condition) {
          const last = r.entry.sentences.findLastIndex((sentence) => r.sentence.text.includes(sentence.text));
          const next = last >= 0 ? r.entry.sentences[last + 1] : undefined;
          if (next !== undefined && telling.test(next.text)) told = `${r.sentence.text} ${next.text}`;
        }
        return told ? { ...r, sentence: { ...r.sentence, text: told } } : r;
      });
      // A question asking what follows on a condition spells the condition out ("if it doesn't back up its defence ties
      // with money and trade"), which the sentence telling what follows sums up ("Without achieving that India can only
      // be a marginal player"): its passage holds less of the question's words, so it comes first among those meeting
      // nearly as much (CONSEQUENCE_MARGIN). Readable sets one more kind of question first (seven lines); tuning
      // documents unchanged (with any preference so, one of them lost: a comparison).
      const top = (shown[0]?.share ?? 0) - (condition ? CONSEQUENCE_MARGIN : 0);
      const tells = (r: Ranked): boolean => listable(r) && r.share >= top && telling.test(r.sentence.text);
      return [...shown.filter(tells), ...shown.filter((r) => !tells(r))];
    };
    // "Which Libyan port handles the most container traffic?" asks of the place a document's title names: a passage of
    // another document answers only where it names that place itself (the paper's "trafficking in narcotics" had
    // answered it). A name or a word written as one only: "relative" is no "Relations" of the paper's title.
    const titled = corpus.documents.length > 1 ? concepts.filter((c) => (c.name || c.proper) && titlesMaySay(c) && corpus.documents.some((d) => titleNames(d.meta.id).has(c.terms[0]!) || ofTitlePeople(c, d.meta.id))) : [];
    const ofTitle = (r: Ranked, c: Concept): boolean => titleNames(r.entry.passage.documentId).has(c.terms[0]!) || ofTitlePeople(c, r.entry.passage.documentId) || sharedCredit(r.entry, c, false) > 0;
    let found = titled.length > 0 ? ranked.filter((r) => titled.every((c) => ofTitle(r, c))) : ranked;
    // "What did China donate to Tajikistan?" asks what China did: a passage whose every sentence with the verb has
    // another of the gazetteer's names do it ("India donated Tajikistan with two Mi-8 helicopters") does not answer.
    // Nor then, where no other passage has the verb, does a passage without it or without a name the question gives
    // ("China has supplied Kazakhstan…" gives nothing China donated to Tajikistan).
    const actor = actorAsked(text, concepts);
    // "What did India donate to Kazakhstan?": nor one whose every sentence with the verb has it done to another of the
    // recipient's kind ("India donated Tajikistan with two Mi-8 helicopters" had answered it). A question asking yes
    // or no is answered by what shows it wrong ("Did China promise 16 million to Kazakhstan?": Kyrgyzstan's 16 million).
    const recipient = actor && !checksFact(text) ? recipientAsked(text, actor, concepts) : null;
    if (actor && recipient) found = found.filter((r) => !doneToAnother(r.entry, actor.verb, recipient));
    if (actor && found.some((r) => listable(r) && doneByAnother(r.entry, actor))) {
      found = found.filter((r) => !doneByAnother(r.entry, actor));
      // Where no passage left has the verb in the question's word, what the paper says was done is another's doing.
      if (!found.some((r) => listable(r) && writesVerb(r.entry, actor.verb))) {
        const names = concepts.filter((c) => c.name && c.ids.length > 0);
        found = found.filter((r) => sharedCredit(r.entry, actor.verb, false) > 0 && names.every((c) => sharedCredit(r.entry, c, false) > 0 || titleNames(r.entry.passage.documentId).has(c.terms[0]!)));
      }
    }
    // "Did India hold exercises with Kazakhstan?" checks what the two did together: a passage on China and Kazakhstan's
    // exercises says nothing of it. Every name a yes-or-no question gives is named by its answer, or by its title.
    const checked = checksFact(text) ? concepts.filter((c) => (c.name || (c.proper && !isCommonWord(c.terms[0]!))) && c.ids.length > 0) : [];
    // Named within a longer word too ("the Turkmenistan-Afghanistan-Pakistan-India [TAPI] pipeline" names Pakistan).
    const inWords = (r: Ranked, c: Concept): boolean => c.terms.some((t) => t.startsWith(ENTITY_PREFIX) && wholeWordIn(lowerPassage(r.entry), t.slice(ENTITY_PREFIX.length).replace(/_/g, ' ')));
    const namedBy = (r: Ranked, c: Concept): boolean => sharedCredit(r.entry, c, false) > 0 || holdsLonger(r.entry, c) || titleNames(r.entry.passage.documentId).has(c.terms[0]!) || inWords(r, c);
    // "Was the 2004 aid for Kazakhstan or Kyrgyzstan?": of names given as choices, the answer names one.
    const choices = checked.length > 1 ? namesChosenBetween(text, checked) : [];
    if (checked.length > 1) {
      // "Did China promise 16 million to Kazakhstan?": a passage giving the very figure the question checks ("In 2004
      // China promised USD 16 million as military aid to Kyrgyzstan") answers it, whatever it names: it shows the
      // premise wrong. First, before one naming the names that gives no such figure.
      const figures = text.match(FIGURE) ?? [];
      const givesFigure = (r: Ranked): boolean => r.share >= settings.minCoverage && figures.some((figure) => wholeWordIn(r.entry.passage.text, figure));
      const checking = figures.length > 0 ? found.filter(givesFigure) : [];
      found = [...checking, ...found.filter((r) => !checking.includes(r) && checked.every((c) => choices.includes(c) || namedBy(r, c)) && (choices.length === 0 || choices.some((c) => namedBy(r, c))))];
    }
    // "the 5th Meeting of Leaders of SCO Anti-Drug Agencies" is not the passage's "6th Meeting": a passage numbering
    // the thing the question numbers otherwise, and never as the question does, speaks of another.
    const numbered = ordinalsOf(text);
    if (numbered.length > 0) found = found.filter((r) => !numbersOtherwise(numbered, r.entry.passage.text));
    if (kind === 'definition' && subject.length > 0 && !concepts.some((c) => c.asksSource)) {
      // "What is RATS?": the passage that spells it out ("the Regional Anti-Terrorism Structure [RATS]") first.
      // Where several do, the first in the corpus: a paper spells a term out where it first uses it.
      // The first is the subject as the question words it; the others are the gazetteer's names for it. Its last word
      // is looked for with or without a plural's "s" too ("what is the three evil": the paper's "three evils").
      const written = subject.map((name) => name.toLowerCase());
      const names = [...written, ...written.map((name) => (name.endsWith('s') ? name.slice(0, -1) : `${name}s`))];
      const asked = (name: string): boolean => names[0]!.includes(name) || names[written.length]!.includes(name);
      const defines = (sentence: IndexedSentence): boolean => {
        const lower = lowerSentence(sentence);
        return names.some((name) => spellsOut(lower, name, asked(name)));
      };
      const defining = found.flatMap((r) => {
        if (r.share < settings.minCoverage) return [];
        const passage = lowerPassage(r.entry);
        if (!names.some((name) => passage.includes(name))) return [];
        const sentence = r.entry.sentences.find(defines)?.text;
        // Shown alone: what it spells out is the answer, not what "This makes Kyrgyzstan central…" refers back to.
        return sentence ? [{ ...r, sentence: { ...r.sentence, text: sentence, alone: true } }] : [];
      });
      // Asked what it is, not what its letters stand for: first one that also says what it is ("The SCO is closely
      // related to …") over one that only spells out its name in passing ("in accordance with Shanghai Cooperation
      // Organisation [SCO], signed …").
      const describes = (r: Ranked): boolean => r.entry.sentences.some((sentence) => names.some((name) => statesWhat(lowerSentence(sentence), name)));
      const described = EXPANSION_ASKED.test(text) ? new Set<Ranked>() : new Set(defining.filter(describes));
      defining.sort((a, b) => Number(described.has(b)) - Number(described.has(a)) || a.entry.position - b.entry.position);
      // "What is the Collective Security Treaty Organization?": a paper that never names it does not say what it is,
      // whatever passages meet other wordings of its words.
      // Named in the passage or a source it cites ("Who is Dmitry Gorenburg?" is answered by the passages citing him),
      // in the question's own words.
      const namesIt = (r: Ranked): boolean => names.some((name) => lowerPassage(r.entry).includes(name)) || (concepts.length > 0 && concepts.every((c) => holdsOwn(c, r.entry)));
      if (!found.some(namesIt)) return [];
      return [...defining, ...found.filter((r) => !defining.some((d) => d.entry === r.entry))];
    }
    if (kind === null && ADVICE_ASKED.test(text)) {
      // "Does the author recommend anything for India?": the sentence that advises ("India should focus on a policy of
      // economic diplomacy…"); a passage that advises, meeting as much of the question, before one that does not ("What
      // should India do?": "Finally India should focus on …" before a passage on what India has done).
      return namingAll(tellingFirst(found, ADVICE), concepts);
    }
    if (kind === null && CONSEQUENCE_ASKED.test(text)) {
      // "What happens to New Delhi if it fails to back its defence links with money and trade?": the sentence stating
      // what follows on a condition, or the highlight's next sentence that does ("… should be matched with economic
      // co-operation and financial support. Without achieving that India can only be a marginal player …"); a passage
      // with one before those meeting as much without.
      return namingAll(tellingFirst(found, CONDITION, true), concepts);
    }
    if (MOST_ASKED.test(text) && kind !== 'quantity' && kind !== 'date') {
      // "What are most of the group security efforts in the region that involve Beijing aimed at?": a passage comparing
      // one with others ("most multilateral security activities in this region involve China against counter-terrorism"),
      // meeting as much of the question, before one that does not (p12, on China's goal in Xinjiang, had come first).
      found = namingAll(tellingFirst(found, COMPARES), concepts);
    }
    if (kind === 'reason') {
      // "Why does Uzbekistan skip SCO exercises?": the sentence that gives a cause ("because it fears …") is the
      // highlight; a passage without one may still answer (measured: counting such passages more moved no answer).
      return namingAll(
        found.map((r) => {
          const sentence = listable(r) ? sentenceHolding(kind, r) : null;
          return sentence ? { ...r, sentence: { ...r.sentence, text: sentence } } : r;
        }),
        concepts,
      );
    }
    if (kind !== null && kind !== 'definition') {
      // "How many troops …", "who heads the commission?": only a passage that speaks of what is asked about answers.
      // A date or a number asked of a word the corpus has no wording of ("when did they ink their defence pact?") is of
      // what it acts on, which a passage may speak of ("signed a defence agreement"); a thing the corpus lacks stays
      // asked ("in what year did Kublai Khan die?" has nothing after "die"). Measured on the readable sets: three more
      // answered, no near-topic question; the same for the other kinds of fact moved nothing.
      // The focus may be a word of a phrase the analyzer reads as one ("executive" of "chief executive").
      const asked = FACT_KINDS.has(kind) ? (concepts.find((c) => c.terms[0] === intent.focus) ?? concepts.find((c) => !c.name && c.terms[0]!.includes('_') && analyzer.terms(c.terms[0]!.replace(/_/g, ' ')).includes(intent.focus ?? '')) ?? null) : null;
      const actedOn = asked && NUMBERED_KINDS.has(kind) ? concepts.find((c) => c !== asked && c.ids.length > 0 && intent.object?.includes(c.terms[0]!)) : undefined;
      const focus = asked && asked.ids.length === 0 && actedOn ? actedOn : asked;
      // What a thing's attribute is ("what is its population?"): a word near the attribute's in meaning is a noun, as
      // it is (near in the word vectors is also what words used together are: "president" and "promised"). Who holds
      // a role ("who was Kyrgyzstan's president?"): in the corpus's words or WordNet's for it only, never a word near it
      // in the vectors, where nouns of what leaders do lie ("support" 0.61 from "president", "member" 0.74 from
      // "leader"). Measured on the readable sets and six second documents: vectors at 0.7 abstained on two near-topic
      // questions more than at 0.6; no vectors, on two more again (of a second document), no answer lost.
      const focusPos = (kind === 'agent' || kind === 'attribute' || kind === 'name') && partsOfSpeech.get(intent.focus ?? '') === 'n' ? posBit('n') : 0;
      // A quality a thing came to have ("when did Kazakhstan become independent?") likewise: the words near an adjective
      // in the vectors are those used beside it ("country" 0.63 from "independent"). Measured: no answer of the readable
      // sets or the ten second documents moved.
      const role = (focusPos !== 0 && kind === 'agent') || partsOfSpeech.get(intent.focus ?? '') === 'a';
      // A date or a number is of what the question names: a passage must name each of its names ("When did India and
      // Kazakhstan start military exercises?" is not answered by China and Kazakhstan's), itself, within a longer name
      // ("SCO" of "SCO Anti-Drug Agencies") or in its document's title, which all its passages speak of; not only in a
      // source it cites ("How much aid has China pledged to Tajikistan?" is not answered by Kyrgyzstan's sum from a
      // passage citing "China Boosts Military Aid To Kyrgyzstan, Tajikistan").
      // So must a passage name the words of a name the gazetteer lacks ("When was Askar Akayev born?").
      const named = NUMBERED_KINDS.has(kind) ? concepts.filter((c) => (c.name || c.proper) && c.ids.length > 0) : [];
      // A person a passage calls by the last word of the name the question gives ("When was Habibullah Kalakani
      // executed?" by "… to execute Kalakani on 1 November 1929"): the name's other words are named with it. Not a
      // word of English's commonest ("Khan", "Empire", "Canyon"), which many names end with.
      const surname = new Map(
        named.flatMap((c) => {
          const last = c.proper && c.written ? lastOfName(text, c.written, named) : null;
          return last && !isCommonWord(last.written!) ? [[c, last] as const] : [];
        }),
      );
      // The question's acronyms among them, as the letters a passage may spell out ("UN": "un").
      const acronyms = new Map(
        named.flatMap((c) => {
          const letters = c.written !== undefined && isAcronym(text, c.written) ? c.written.toLowerCase().replace(/[^\p{L}]/gu, '') : '';
          return letters.length >= 2 ? [[c, letters] as const] : [];
        }),
      );
      const namesEach = (r: Ranked): boolean =>
        named.every((c) => {
          if (titleNames(r.entry.passage.documentId).has(c.terms[0]!)) return true;
          if (ofTitlePeople(c, r.entry.passage.documentId)) return true;
          // A place within another the corpus names ("What is the population of Kabul?"): by its own name, not its country's.
          if (c.name && c.terms.length > 1 && dictionary.get(c.terms[0]!) === c.own) return holdsOwn(c, r.entry);
          const last = surname.get(c);
          if (sharedCredit(r.entry, c, false) === 1 || holdsLonger(r.entry, c) || (last !== undefined && sharedCredit(r.entry, last, false) === 1)) return true;
          // An acronym the passage spells out ("UN": "United Nations Assistance Mission"), read from its text only where
          // the look-ups above found nothing: the SCO of most passages naming it is one.
          const letters = acronyms.get(c);
          if (letters !== undefined && spelledOutIn(r.entry.passage.text, letters)) return true;
          // A paragraph that goes on with what the one before it named ("…the North Field East project." then "…the
          // expected production increase from this project will be…") speaks of that name.
          // Its words are read only then: not a passage unpacked for each candidate lacking a name.
          const before = continued(r.entry, concepts);
          return before !== null && (sharedCredit(before, c, false) === 1 || holdsLonger(before, c));
        });
      // "Which country does China treat as the primary actor?": the country is named whatever verb the question puts
      // it with ("accepts … as"); the passage need not speak of the verb. Measured on the readable sets, six second
      // documents and a set of reworded questions: three more answered, no near-topic question. Not for "where" ("in which
      // city…"), whose verb says what is placed ("where is the SCO headquartered?"), nor for who-questions ("who heads the
      // commission?" is then answered by a passage naming the commission).
      // So is who did what with a verb the corpus has no wording of ("who skipped the 2012 exercise?": "… June 2012 which
      // included all SCO member states except Uzbekistan"; "Who does China blame for…?": "China claims that …"). From
      // session 52's trial; readable sets four more first, none lost, no near-topic question answered; the tuning
      // documents unchanged.
      const anyVerb = (kind === 'place' && !WHERE.test(text) && partsOfSpeech.get(intent.focus ?? '') === 'v') || (kind === 'agent' && focus !== null && focus.ids.length === 0 && partsOfSpeech.get(intent.focus ?? '') === 'v');
      // "How many nuclear weapons…" counts nuclear ones: a passage on weapons of any kind gives no count of them.
      // A modifier the corpus lacks, read through the very word it modifies ("value-added tax rate": "tax" read as
      // "rate"), says which by its other wordings only: "growth rates" is no tax rate.
      const which = (intent.modifiers ?? []).flatMap((word) => concepts.find((c) => c.terms[0] === word) ?? []).map((c) => (focus && c.own < 0 && c.ids.some((id) => focus.ids.includes(id)) ? { ...c, bit: 0, ids: c.ids.filter((id) => !focus.ids.includes(id)) } : c));
      // "What was the inflation rate …?": a rate or level of what the words before it name is given by a sentence
      // speaking of them with a figure ("galloping inflation of around 1000% per year"), whether it says "rate" or not.
      const ofWhich = which.length > 0 && focus !== null && rateHeads.has(focus.terms[0]!) ? (terms: TermSet): boolean => which.every((c) => holdsConcept(c, terms)) : undefined;
      // In the passage's words or their other wordings: a word near in the vectors may be the counted noun itself
      // ("weapons" lies near "nuclear"). Or another form of the word ("What was the GDP growth rate?": "the economy
      // grew … at an average rate of 9.6%").
      // A name the document's title gives is held by each of its passages ("the prime minister of Egypt" in "Economy of
      // Egypt"), as `namesEach` has it.
      const holds = (r: Ranked, c: Concept): boolean => sharedCredit(r.entry, c, false) === 1 || familyHeld(r.entry, c) || titleNames(r.entry.passage.documentId).has(c.terms[0]!);
      // A date or number is of what the question names: a sentence naming only another body gives another's.
      const others = NUMBERED_KINDS.has(kind) ? otherNames(text, concepts) : [];
      // A name the gazetteer lacks a date or number is asked of (see `namesUnlisted`).
      // Not a month or a day of the week ("after the April 2016 earthquake"), which dates what is asked of and need not be
      // written again in the sentence giving the figure.
      const unlisted = NUMBERED_KINDS.has(kind) ? named.filter((c) => c.proper && !c.name && !CALENDAR.has((c.written ?? '').toLowerCase()) && !corpus.documents.some((d) => titleNames(d.meta.id).has(c.terms[0]!) || ofTitlePeople(c, d.meta.id))) : [];
      // A common word of a name ("Steel" of "Qatar Steel") is that name only in capitals: "a steel plant" is none.
      const writesAsName = (sentence: string, c: Concept): boolean => {
        const word = c.lemma ?? c.written;
        if (word === undefined || !isCommonWord(word)) return true;
        const lower = sentence.toLowerCase();
        // Where a word starts with it, in any form ("Italians" of "Italian", "Bank" of "banks").
        for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) if (!/\p{L}/u.test(lower[at - 1] ?? '') && startsUpper(sentence.slice(at))) return true;
        return false;
      };
      // The passages that speak of `focus` and have a sentence that fits what is asked.
      // "How many soldiers…" counts things: a sum of money ("USD 16 million as military aid") counts none, whatever words
      // stand by it. "How much aid…" may be answered by one.
      const countable = HOW_MANY.test(text);
      // The question's words but its years, which a figure may stand by.
      const otherWords = concepts.filter((c) => !YEAR.test(c.terms[0]!));
      // "How big are the exercises?" is answered in words as well as in figures ("mostly small-scale").
      // "How much economic influence does China have?" asks a degree, told in words ("high levels of economic
      // influence") as well as in figures; not a sum of money, nor a count.
      const degreeInWords = kind === 'quantity' && !intent.money && !countable && HOW_MUCH.test(text) && focus !== null && partsOfSpeech.get(focus.terms[0]!) === 'n' ? DEGREE_WORDS : undefined;
      // "How much bigger did the Iranian middle class get after the revolution?": a sentence speaking of the counted thing
      // that tells a change in figures ("its size doubled from about 15% … to more than 32%") gives it, however far its
      // figures stand from the word.
      const changeAsked = CHANGE_ASKED.test(text);
      // "How big is Kazakhstan?": the size of a name itself, asked in nothing but names.
      const sizeOfName = kind === 'quantity' && intent.measure && focus === null && SIZE_ASKED.test(text) && concepts.every((c) => c.name);
      const sizeInWords = intent.measure && !sizeOfName && SIZE_ASKED.test(text) ? SIZE_WORDS : degreeInWords;
      const answeringOf = (focus: Concept | null, candidates: Ranked[]): Ranked[] => {
        // "What share of GDP did the mining sector account for?": the verb only says a share is asked (see SHARE_VERBS).
        const shareVerb = focus !== null && kind === 'quantity' && shareVerbs.has(focus.terms[0]!) && SHARE_ASKED.test(text);
        // An office a person holds is spoken of by its name or another name of it, not by its family ("governor" by
        // "the Afghan government").
        const office = focus && kind === 'agent' && intent.person ? (r: Ranked): boolean => focus.ids.some((id) => !focus.family.includes(id) && r.entry.terms.has(id)) : undefined;
        const speaksOf = (r: Ranked): boolean =>
          namesEach(r) && (!focus || anyVerb || shareVerb || (sharedCredit(r.entry, focus, false) === 1 && (!office || office(r))) || countedKin(focus).some((k) => sharedCredit(r.entry, k, false) === 1) || (!role && nearestOfFamily(focus, r.entry, FOCUS_NEAR, focusPos) >= FOCUS_NEAR) || ofWhich !== undefined) && which.every((c) => holds(r, c));
        // A date or a number is given by a sentence that speaks of the focus itself, in its words or one near them: "How
        // many troops took part in the June 2012 exercise?" is not answered by "more than 20 … exercises" from a passage
        // that speaks of the military in another sentence. (For the other kinds the passage speaking of it is enough:
        // measured, a sentence's words also for places, people and attributes lost as many answers as it saved.)
        // So is a name ("What was the name of the fire temple?" by "… a fire temple, called Sereshk"), which must be one
        // the question does not give: "the Khan of Khiva sued for peace" does not name the Khan of Khiva. Who holds a
        // role is told by a sentence naming someone the question does not (tuning documents: one near-topic question
        // more abstained, no answer lost).
        const speaksIn = focus && (NUMBERED_KINDS.has(kind) || kind === 'name') ? (terms: TermSet): boolean => holdsConcept(focus, terms) || countedKin(focus).some((k) => holdsConcept(k, terms)) || nearestIn(focus, terms) >= FOCUS_NEAR || kin(focus).some((k) => nearestIn(k, terms) >= FOCUS_NEAR) || (ofWhich?.(terms) ?? false) : undefined;
        // The size of a name itself (see `sizeOfName`) is told by a sentence giving a figure of area, length or people:
        // "about 180,000 Uighurs reside in western Kazakhstan" counts Uighurs, not Kazakhstan (it had been the answer:
        // session 56's trial), and "mostly small-scale" sizes its exercises.
        const gives = shareVerb ? (sentence: string) => PERCENT_TOLD.test(sentence) : sizeOfName ? (sentence: string) => SIZE_TOLD.test(sentence) : kind === 'quantity' && HOW_FAR.test(text) ? (sentence: string) => DISTANCE_TOLD.test(sentence) : kind === 'quantity' && HOW_LONG.test(text) ? (sentence: string) => LENGTH_TOLD.test(sentence) : kind === 'name' && focus ? givesName(text, (word) => focus.terms.includes(analyzer.lemmaTerm(word)), (word) => nearestIn(focus, sentenceTerms(word)) >= FOCUS_NEAR) : kind === 'agent' && intent.person ? namesPersonOrRole(text, intent.focus, focus?.terms.slice(1)) : kind === 'place' && intent.city ? namesPlace(text) : kind === 'place' && BASED_ASKED.test(text) ? (sentence: string) => LOCATES.test(sentence) : kind === 'agent' && (focusPos !== 0 || (intent.body && focus === null)) ? namesAnother(text, (word) => gazetteerNames.has(nameKey(word))) : intent.money ? (RISE_ASKED.test(text) || (focus !== null && oftenAShare.has(focus.terms[0]!)) ? (sentence: string) => holdsSum(sentence) || PERCENT_TOLD.test(sentence) : changeAsked ? (sentence: string) => holdsSum(sentence) || CHANGE_TOLD.test(sentence) : holdsSum) : focus && kind === 'quantity' && !intent.measure && partsOfSpeech.get(focus.terms[0]!) === 'n' && !changeIds.has(focus.terms[0]!) ? (sentence: string) => countsIt(sentence, focus, countable, otherWords) || (changeAsked && CHANGE_TOLD.test(sentence) && holdsConcept(focus, sentenceTerms(sentence))) || (ofWhich !== undefined && numbersOf(sentence).some(({ terms }) => ofWhich(terms))) || (degreeInWords !== undefined && degreeOf(sentence, focus)) : undefined;
        // A date or a number of something a name the gazetteer lacks names ("In what year was Barqi Tojik founded?") is
        // given by a sentence naming it (an acronym spelled out too), referring back to it, or holding the verb asked in
        // the question's word ("In 2011, the institute was deactivated"; not "plant" for "founded"): not one of the
        // passage's sentences on another plant.
        // Or a verb of the question's other than the focus ("At what rate does the Damu fund grant loans?": "loans are
        // granted at a rate of up to 8.0%").
        const verbsAsked = concepts.filter((c) => c.own >= 0 && partsOfSpeech.get(c.terms[0]!) === 'v');
        const namesUnlisted =
          unlisted.length > 0
            ? (sentence: IndexedSentence): boolean =>
                sentence.refers ||
                verbsAsked.some((verb) => sentence.terms.has(verb.own)) ||
                unlisted.some((c) => {
                  const letters = acronyms.get(c);
                  return (holdsConcept(c, sentence.terms) && writesAsName(sentence.text, c)) || (letters !== undefined && spelledOutIn(sentence.text, letters));
                })
            : undefined;
        // Who holds an office of a body the question names ("the chairman of the National Bank of Kazakhstan") is told
        // by a sentence naming that body, not another's officer ("the World Bank Vice President"); a name the document's
        // title gives is every sentence's ("the prime minister of Egypt"). Ten tuning documents one more near-topic
        // question abstained; nothing else moved.
        const bodyWords = kind === 'agent' && intent.person ? which.filter((c) => !corpus.documents.some((d) => titleNames(d.meta.id).has(c.terms[0]!))) : [];
        const ofBody = bodyWords.length > 0 ? (sentence: IndexedSentence): boolean => sentence.refers || bodyWords.every((c) => holdsConcept(c, sentence.terms)) : undefined;
        // "How many Uighurs are detained?": a count of a name is of what the question says it does: a sentence counting
        // them doing something else ("180,000 Uighurs reside in western Kazakhstan") gives none; one in other words of
        // the verb does ("How many Uighurs reside in Kazakhstan?").
        const countedDoing = kind === 'quantity' && focus === null && countable && !intent.money ? concepts.filter((c) => !c.name && c.ids.length > 0 && partsOfSpeech.get(c.terms[0]!) === 'v') : [];
        const doesIt = countedDoing.length > 0 ? (sentence: IndexedSentence): boolean => countedDoing.some((verb) => holdsConcept(verb, sentence.terms) || nearestIn(verb, sentence.terms) >= FOCUS_NEAR) : undefined;
        // "When did Uzbekistan join the SCO?": a sentence that leaves out the name the question asks what it did ("… all
        // SCO member states except Uzbekistan") gives no date or number of its doing; but of what it did not do ("When
        // was the exercise Uzbekistan skipped?"), and of a thing ("when was the last big drill?" in a discussion of
        // Uzbekistan).
        const doer = NUMBERED_KINDS.has(kind) && !asksNegated(text) ? doerAsked(text, named) : undefined;
        // "When was the SCO created?", "When did the SCO start?", "How old is the SCO?": when a body came to be is told
        // by a sentence saying it was founded, set up, formed… ("RATS was established in 2004"), not by one dating what
        // it does ("SCO conducts annual Peace Missions … since 2002"), whatever verb of it stands near in the vectors.
        // Only where the question names the body and nothing else but the verb: "When were the Peace Missions
        // launched?" is answered by "since 2002".
        // Not a thing of the body's that began ("When did the SCO's exercises begin?": "since 2002").
        const namesAndVerbs = concepts.every((c) => c.name || partsOfSpeech.get(c.terms[0]!) === 'v');
        // So is who founded one ("Who founded C3S?" is not told by "K.Jennie Tresa is an intern with Chennai Centre for
        // China Studies": session 56's trial).
        const bodies = kind === 'agent' ? concepts.filter((c) => c.name && c.ids.length > 0) : named;
        const bodyBegun = (kind === 'date' || kind === 'age' || kind === 'agent') && FOUNDING_ASKED.test(text) && bodies.length > 0 && bodies.every((c) => BODY_TYPES.has(nameTypes.get(c.terms[0]!)?.toLowerCase() ?? '')) && namesAndVerbs && !possessiveNames(text).some((term) => bodies.some((c) => c.terms[0] === term));
        // So is when a name joined or left another ("When did Kazakhstan join the SCO?"), asked in names and the verb alone.
        const event = kind === 'date' && named.length >= 2 && namesAndVerbs ? EVENTS_TOLD.find((e) => e.asked.test(text)) : undefined;
        // "How much aid did Russia give Kyrgyzstan?": nor does a sentence never naming it whose own doer, opening it, is
        // another of its kind the question does not name ("In 2004 China promised USD 16 million…" is China's doing).
        const byAnother = doer ? (sentence: IndexedSentence): boolean => !holdsConcept(doer, sentence.terms) && anotherOpens(sentence.text, doer, named) : undefined;
        // Nor one leaving out either of two doing it together ("When did China and Uzbekistan sign…?": not "… all SCO
        // member states except Uzbekistan").
        const doers = doer ? [doer, coDoerAsked(text, named)].filter((c) => c !== undefined) : [];
        const leavesOut = doer ? (sentence: IndexedSentence): boolean => excludedNames(sentence.text).some((term) => doers.some((d) => d.terms.includes(term))) || byAnother!(sentence) : undefined;
        const fits =
          speaksIn || gives || namesUnlisted || ofBody || leavesOut || doesIt || bodyBegun || event
            ? (sentence: IndexedSentence): boolean => (!speaksIn || speaksIn(sentence.terms) || (focus !== null && inUnitsOf(focus, sentence.text)) || (shareVerb && PERCENT_TOLD.test(sentence.text))) && (!gives || gives(sentence.text)) && (!namesUnlisted || namesUnlisted(sentence)) && (!ofBody || ofBody(sentence)) && (!leavesOut || !leavesOut(sentence)) && (!doesIt || doesIt(sentence)) && (!bodyBegun || FOUNDING_TOLD.test(sentence.text)) && (!event || event.told.test(sentence.text))
            : undefined;
        // A sentence speaking of what is dated or counted by its verb may give the figure however little else of the
        // question it meets.
        const holdsFocus = focus && NUMBERED_KINDS.has(kind) && partsOfSpeech.get(focus.terms[0]!) === 'v' ? (terms: TermSet): boolean => holdsConcept(focus, terms) || countedKin(focus).some((k) => holdsConcept(k, terms)) : undefined;
        // The sentence after another, calling the thing a name is asked of by a word near it, goes on about it: "What is
        // the name of the first commercial-sized ship built in Kenya?": "… ship … was launched in October 2023. The
        // 1800-ton vessel, the MV Uhuru II, …".
        const callsOtherwise = focus && kind === 'name' ? (terms: TermSet): boolean => !holdsConcept(focus, terms) && nearestIn(focus, terms) >= FOCUS_NEAR : undefined;
        return candidates.flatMap((r) => {
          // A question about a source ("when was Kucera's piece published?") may be answered by what a passage cites, or
          // by what the document says of its author: those pass as they are. A passage that cites nothing answers with its
          // own words, whatever words of a source the question holds ("in which year did Dynamo win its first league
          // title?" is not answered by "Dynamo won six league titles"): tuning documents two more near-topic questions
          // abstained, no answer lost.
          if (aboutSources && (r.entry.passage.citations.length > 0 || AUTHOR_SECTION.test(r.entry.passage.section ?? ''))) return [r];
          const sentence = listable(r) && speaksOf(r) ? sentenceHolding(kind, r, others, fits, holdsFocus, sizeInWords, yearAsked, callsOtherwise) : null;
          return sentence ? [{ ...r, sentence: { ...r.sentence, text: sentence } }] : [];
        });
      };
      const candidates = found;
      found = answeringOf(focus, candidates);
      // "Since when has the SCO run its Peace Mission drills?": a date or a number asked of a verb no passage speaks of
      // with what the question names is asked of what the verb acts on, as of a verb the corpus lacks (above). Measured
      // on the readable sets: four fewer abstained, three of them answered first; no near-topic question answered, and
      // the five second documents unchanged.
      // Not where a passage naming all the question names does speak of the verb in its own word: the paper tells of the
      // doing and gives no date of it ("When did China and Uzbekistan sign the agreement?": "signed … agreement").
      const toldUndated = (): boolean => focus !== null && candidates.some((r) => listable(r) && namesEach(r) && holdsOwn(focus, r.entry));
      if (found.length === 0 && actedOn && focus !== actedOn && !toldUndated()) found = answeringOf(actedOn, candidates);
      // Nor, for a date, by a passage speaking of the verb only through a word near it in the vectors, where one naming
      // them all tells the doing in the question's word and gives no date ("when did China and Uzbekistan sign…?" had
      // been answered by the June 2012 exercise Uzbekistan stayed out of).
      if (kind === 'date' && focus !== null && !focus.name && found.length > 0 && toldUndated()) found = found.filter((r) => holdsOwn(focus, r.entry));
      // "What percentage of GDP does agriculture contribute?": a sentence giving the figure of the focus in its own word
      // ("Agriculture … contributed to 14.43% of GDP") comes before one giving it of a word only near it in the vectors
      // ("the manufacturing sector … contributes to 20 percent of GDP"), which is often another of the same kind. Nine
      // tuning documents one more first, one near-topic answer reordered; readable sets unchanged.
      if (focus && NUMBERED_KINDS.has(kind) && found.length > 1) {
        const own = (r: Ranked): boolean => holdsConcept(focus, sentenceTerms(r.sentence.text));
        const top = found[0]!;
        const first = own(top) ? undefined : found.find((r) => own(r) && r.share >= settings.minCoverage && r.score >= top.score * settings.minRelativeScore);
        if (first) found = [first, ...found.filter((r) => r !== first)];
      }
      // "Since what year have China and Kazakhstan held exercises?" asks when something began that goes on: a passage
      // whose sentence gives the year it runs from ("military exercises since 2002") comes before one dating a single
      // event ("in 2006 China conducted military exercises with … Kazakhstan").
      // So does one asking when it started ("what year did Chinese-Kazakh military exercises start?").
      if (kind === 'date' && (SINCE_ASKED.test(text) || BEGUN_ASKED.test(text))) {
        const runsFrom = (r: Ranked): boolean => r.share >= settings.minCoverage && RUNS_FROM.test(r.sentence.text);
        if (found.some(runsFrom)) found = [...found.filter(runsFrom), ...found.filter((r) => !runsFrom(r))];
      }
      // "Who fought the Taliban alongside India?": the names a who-question gives are what the one asked about acts
      // with or on; a passage that answers enough of it and names them all comes before one that names only some.
      const names = kind === 'agent' ? concepts.filter((c) => c.name && c.ids.length > 0) : [];
      const namesAll = (r: Ranked): boolean => r.share >= settings.minCoverage && names.every((c) => sharedCredit(r.entry, c, false) > 0);
      if (names.length > 1 && found.some(namesAll)) found = [...found.filter(namesAll), ...found.filter((r) => !namesAll(r))];
    }
    return namingAll(found, concepts);
  }

  /**
   * The name right after a question's verb (`verb`: "China" of "Does China have…", of "how many helicopters did China
   * give…"), as a concept of its; else undefined.
   */
  function subjectOf(text: string, verb: RegExp, entities: Entity[], concepts: Concept[]): Concept | undefined {
    const opening = verb.exec(text);
    if (!opening) return undefined;
    // "Is there a Chinese military base…?": what there is is of the name after the article.
    const rest = text.slice(opening.index + opening[0].length).toLowerCase().replace(THERE_IS, '');
    const entity = entities.find((e) => rest.startsWith(e.text.toLowerCase()));
    return entity && concepts.find((c) => c.name && c.ids.length > 0 && c.terms[0] === entityTerm(entity.canonical));
  }

  /**
   * "Which shared worry unites Washington, Moscow and Beijing?": a passage that does not name all the question names
   * (Russia and China, not the U.S.A) comes after one meeting nearly as much of it (NAMED_MARGIN) that does.
   */
  function namingAll(found: Ranked[], concepts: Concept[]): Ranked[] {
    const top = found[0];
    const askedNames = concepts.filter((c) => c.name && c.ids.length > 0);
    if (!top || askedNames.length === 0) return found;
    const namesThemAll = (r: Ranked): boolean => askedNames.every((c) => sharedCredit(r.entry, c, false) === 1);
    if (namesThemAll(top)) return found;
    const naming = found.find((r) => r.share >= settings.minCoverage && r.share >= top.share - NAMED_MARGIN && namesThemAll(r));
    return naming ? [naming, ...found.filter((r) => r !== naming)] : found;
  }

  /**
   * The words of the people of the places a document's title names ("malaysian" of "Economy of Malaysia"), as terms:
   * "the Malaysian government" is of the place the title names. Not its people ("how many Velmorans…"), whom a
   * passage must name.
   */
  const titlePeoplesOf = new Map<string, Set<string>>();
  /** By place, the adjectives of its people the index keeps (see `relatedWordings`): read once, when first needed. */
  let peoplesByPlace: Map<string, string[]> | undefined;
  const peoplesOfPlace = (): Map<string, string[]> => {
    if (peoplesByPlace) return peoplesByPlace;
    peoplesByPlace = new Map();
    for (const key of relatedKeys) {
      if (!key.endsWith(`|${PEOPLE_OF}`)) continue;
      for (const place of related(key)!) peoplesByPlace.set(place, [...(peoplesByPlace.get(place) ?? []), key.slice(0, -PEOPLE_OF.length - 1)]);
    }
    return peoplesByPlace;
  };
  const titlePeoples = (documentId: string): Set<string> => {
    let peoples = titlePeoplesOf.get(documentId);
    if (!peoples) {
      const title = analyzer.analyze(documents.get(documentId)?.meta.title ?? '');
      peoples = new Set([...title.properWords].flatMap((word) => (word.length < 4 ? [] : analyzer.terms(demonymsOf(word).join(' ')))));
      // And those WordNet gives ("finnish" of "Economy of Finland"): see `relatedWordings`.
      for (const word of title.properWords) for (const place of analyzer.terms(word)) for (const people of peoplesOfPlace().get(place) ?? []) peoples.add(people);
      titlePeoplesOf.set(documentId, peoples);
    }
    return peoples;
  };
  /**
   * Whether some document's title may name a concept's place: its title holds the word's first four letters ("finn" of
   * "Finnish" in "Economy of Finland"). Read before the titles themselves, which a corpus of a thousand documents would
   * otherwise have read on its first question (a fifth of a second).
   */
  let allTitles: string | undefined;
  const titlesMaySay = (c: Concept): boolean => {
    allTitles ??= corpus.documents.map((d) => (d.meta.title ?? '').toLowerCase()).join('\n');
    return allTitles.includes((c.written ?? c.terms[0]!.replace(ENTITY_PREFIX, '').replace(/_/g, ' ')).slice(0, 4).toLowerCase());
  };
  /** Whether a concept is the word of the people of a place a document's title names, written as a word of one ("Malaysian"), not of many ("Malaysians"). */
  const ofTitlePeople = (c: Concept, documentId: string): boolean => c.written !== undefined && !/s$/i.test(c.written) && titlePeoples(documentId).has(c.terms[0]!);
  /** The names a document's title gives, which each of its passages speaks of ("Foreign relations of Kazakhstan"). */
  const titleNamesOf = new Map<string, Set<string>>();
  const titleNames = (documentId: string): Set<string> => {
    let names = titleNamesOf.get(documentId);
    if (!names) {
      // Its gazetteer names and the words of its other names ("Afghan Civil War (1928–1929)": "civil", "war").
      const title = analyzer.analyze(documents.get(documentId)?.meta.title ?? '');
      names = new Set([...title.names.flatMap((n) => n.terms), ...title.properWords]);
      titleNamesOf.set(documentId, names);
    }
    return names;
  };

  /** The name a question asks what it did, right after its question phrase and auxiliary ("When did Uzbekistan join…"). */
  function doerAsked(text: string, named: Concept[]): Concept | undefined {
    const term = nameOpening(doerWords(text));
    return term === undefined ? undefined : named.find((c) => c.name && c.terms.includes(term));
  }

  /** The name after the doer's and "and" ("When did China and Uzbekistan sign…": Uzbekistan). */
  function coDoerAsked(text: string, named: Concept[]): Concept | undefined {
    const words = doerWords(text, 7);
    const and = words.findIndex((word) => word.toLowerCase() === 'and');
    const term = and > 0 && and <= 3 && nameOpening(words.slice(0, and)) !== undefined ? nameOpening(words.slice(and + 1, and + 4).filter((word, i) => i > 0 || word.toLowerCase() !== 'the')) : undefined;
    return term === undefined ? undefined : named.find((c) => c.name && c.terms.includes(term));
  }

  /** How many words may open a sentence before the name doing what it tells ("In 2004 China promised…"). */
  const SUBJECT_WITHIN = 4;
  /**
   * Whether the first gazetteer name among a sentence's opening words is of the kind of `doer` (a country, a body)
   * but neither it nor a name the question gives: the sentence tells what another did.
   */
  function anotherOpens(text: string, doer: Concept, named: Concept[]): boolean {
    const words = wordsIn(text);
    const type = gazetteerType(doer.terms[0]!);
    for (let i = 0; i < Math.min(SUBJECT_WITHIN, words.length); i += 1) {
      const term = nameOpening(words.slice(i, i + 3));
      if (term === undefined) continue;
      return term !== doer.terms[0] && gazetteerType(term) === type && !named.some((c) => c.terms.includes(term));
    }
    return false;
  }
  /** The gazetteer's type of each name's term ("country", "organisation"). */
  const typeOfTerm = new Map(corpus.gazetteer.map((e) => [entityTerm(e.canonical), e.type]));
  const gazetteerType = (term: string): string | undefined => typeOfTerm.get(term);

  /** The term of the longest gazetteer name the words open on, of three words at most ("Uzbekistan", "United States"). */
  function nameOpening(words: string[]): string | undefined {
    for (let n = words.length; n > 0; n -= 1) {
      const entity = entityOfName.get(words.slice(0, n).join(' ').toLowerCase());
      if (entity) return entity.term;
    }
    return undefined;
  }

  /** The terms of the gazetteer's names a sentence leaves out ("all members except Uzbekistan", "other than Russia"). */
  function excludedNames(text: string): string[] {
    if (!EXCLUDING.test(text)) return [];
    const found: string[] = [];
    for (const m of text.matchAll(EXCLUDED_NAME)) {
      const term = nameOpening(m[1]!.replace(/[.'’-]+$/, '').split(/\s+/));
      if (term !== undefined) found.push(term);
    }
    return found;
  }

  /** The terms of English's verbs and nouns of reporting what someone said, made when first needed. */
  let reportingIds: number[] | undefined;
  const reporting = (): number[] => (reportingIds ??= idsOf(analyzer.terms(REPORTING_WORDS)));
  /**
   * Who a question asks what they said ("what did the Russian government say…", "who does China say backs…"): the
   * name it gives them (null for a role alone, "officials"), or undefined when it asks no one's words: the paper's or
   * its author's, a thing's ("what does the small size of the drill say about…"), or no verb of saying.
   */
  function speakerAsked(text: string, concepts: Concept[]): Concept | null | undefined {
    const asked = SPEECH_ASKED.exec(text);
    if (!asked) return undefined;
    const words = (asked[1] ?? asked[2]!).toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w !== 'the');
    const head = words.at(-1) ?? '';
    const terms = new Set([...words, words.join(' ')].flatMap((w) => entityOfName.get(w)?.term ?? []));
    const named = words.length > 0 && words.length <= 3 ? concepts.find((c) => c.name && c.ids.length > 0 && terms.has(c.terms[0]!)) : undefined;
    // A cited work's author or outlet ("what does Kucera say…", "what does Eurasianet say…") speaks in the work: the
    // passage citing it answers.
    if (named && named.ids.every((id) => sourceOnly.has(id))) return undefined;
    if (named && (SPEAKING_ROLES.has(head) || entityOfName.has(head) || entityOfName.has(words.join(' ')))) return named;
    return words.length <= 3 && SPEAKING_ROLES.has(head) ? null : undefined;
  }
  /** Whether a sentence of the passage reports what was said, by the speaker asked of where there is one. */
  function reportsSpeech(entry: IndexedPassage, speaker: Concept | null): boolean {
    const ids = reporting();
    return entry.sentences.some((sentence) => ids.some((id) => sentence.terms.has(id)) && (speaker === null || holdsConcept(speaker, sentence.terms)));
  }

  /** By a one-word name's term, the ids of the longer names holding its word ("SCO Anti-Drug Agencies" of "SCO"): made when first needed. */
  let longerNames: Map<string, number[]> | undefined;
  /** Whether a passage names a gazetteer name that holds the concept's name as a word. */
  function holdsLonger(entry: IndexedPassage, concept: Concept): boolean {
    longerNames ??= new Map(
      corpus.gazetteer
        .filter((e) => !e.canonical.includes(' '))
        .map((e) => {
          const term = entityTerm(e.canonical);
          const word = e.canonical.toLowerCase();
          return [term, idsOf([...nameWords].filter(([other, words]) => other !== term && words.has(word)).map(([other]) => other))];
        }),
    );
    return (longerNames.get(concept.terms[0]!) ?? []).some((id) => entry.terms.has(id));
  }

  /**
   * The sentence of a passage that meets the question nearly as well as its best and holds the kind of answer asked;
   * `fits`, what else such a sentence must do (speak of the focus, give a name).
   */
  function sentenceHolding(kind: AnswerKind, { entry, shares, sentence: best }: Ranked, others: Array<{ asked: number[]; other: number[] }> = [], fits?: (sentence: IndexedSentence) => boolean, holdsFocus?: (terms: TermSet) => boolean, inWords?: RegExp, yearAsked?: Concept, callsOtherwise?: (terms: TermSet) => boolean): string | null {
    let found: string | null = null;
    let foundShare = 0;
    entry.sentences.forEach((sentence, index) => {
      // A sentence and the next one when that refers back to it are one: "In 2004 China promised USD 16 million as
      // military aid to Kyrgyzstan. The fund was directed towards upgrading of weapons and equipment." Either may give
      // the answer: "From 1929 to 1934, when Joseph Stalin was trying to collectivize agriculture, Kazakhstan endured
      // repeated famines… During that period, … 80 percent of the republic's livestock died." What a sentence refers
      // back to may stand two sentences before it: "…took place in Tajikistan in June 2012 … The small size of the
      // exercise reflects … Since then military exercises have been held every year."
      let share = entry.sentences[index + 1]?.refers ? Math.max(shares[index]!, shares[index + 1]!) : shares[index]!;
      if (sentence.refers && index > 0) share = Math.max(share, shares[index - 1]!, shares[index - 2] ?? 0);
      // A name is often given by the sentence after the one describing the thing, which calls it otherwise: "Kenya's
      // first commercial-sized ship … was launched in October 2023. The 1800-ton vessel, the MV Uhuru II, …".
      if (kind === 'name' && index > 0 && callsOtherwise?.(sentence.terms)) share = Math.max(share, shares[index - 1]!);
      // Of another year than the one asked, another event (see `bestSentence`).
      if (yearAsked !== undefined && datesOtherwise(sentence, yearAsked)) share *= OTHER_YEAR_SHARE;
      // Of sentences meeting as much, the best one itself where it holds the kind asked ("where is Osh?": the sentence
      // naming Osh, not the first naming Kyrgyzstan, where Osh lies).
      if (share <= 0 || (share < (kind === 'reason' ? CAUSE_NEAR_BEST : SENTENCE_NEAR_BEST) * best.share && !holdsFocus?.(sentence.terms)) || (found !== null && (share < foundShare || (share === foundShare && sentence.text !== best.text)))) return;
      // "RATS was established in 2004" dates RATS, not the SCO a question asks about. A sentence referring back names
      // what the one before it does: "It loses about two-thirds of its water to neighboring Pakistan, Iran, …" speaks
      // of the Afghanistan named before it.
      const names = (ids: number[], at: number): boolean => ids.some((id) => entry.sentences[at]?.terms.has(id) ?? false);
      const namesAsked = (asked: number[]): boolean => names(asked, index) || (sentence.refers && (names(asked, index - 1) || names(asked, index - 2)));
      if (others.some(({ asked, other }) => !namesAsked(asked) && other.some((id) => sentence.terms.has(id)))) return;
      if (fits && !fits(sentence)) return;
      if (sentenceHoldsKind(sentence, kind) || inWords?.test(sentence.text)) [found, foundShare] = [sentence.text, share];
    });
    return found;
  }

  // Places are named where events happen, and a city stands for its country too: only countries, bodies and the like
  // count ("180,000 Uighurs reside in western Kazakhstan" counts no Uighurs of China's).
  const nameTypes = new Map(corpus.gazetteer.filter((entry) => !PLACE_TYPES.has(entry.type.toLowerCase())).map((entry) => [entityTerm(entry.canonical), entry.type]));
  /** The names of each type of `nameTypes`, in its order: what `otherNames` picks from, not sought through every name a question. */
  const namesOfType = new Map<string, string[]>();
  for (const [term, type] of nameTypes) (namesOfType.get(type) ?? namesOfType.set(type, []).get(type)!).push(term);
  /** Each name's words, in lower case, of all its names ("sco", "anti", "drug", "agencies" of "SCO Anti-Drug Agencies"). */
  const nameWords = new Map(corpus.gazetteer.map((entry) => [entityTerm(entry.canonical), new Set([entry.canonical, ...entry.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2))]));
  /**
   * The ids of the names whose names hold another's name as words, by that other's term: "SCO Anti-Drug Agencies" are the
   * SCO's, so a passage naming them speaks of the SCO.
   */
  const namesWithin = new Map<string, number[]>();
  for (const outer of corpus.gazetteer) {
    const id = dictionary.get(entityTerm(outer.canonical));
    if (id === undefined) continue;
    const written = [outer.canonical, ...outer.aliases].map((n) => ` ${n.toLowerCase().split(/[^\p{L}\p{N}]+/u).join(' ')} `);
    for (const inner of corpus.gazetteer) {
      const term = entityTerm(inner.canonical);
      const name = ` ${inner.canonical.toLowerCase().split(/[^\p{L}\p{N}]+/u).join(' ')} `;
      // Opening it, or after "of" ("National Security Commission of Kazakhstan"); not what a body or an outlet is
      // about ("Chennai Centre for China Studies", "Tajikistan monitor").
      if (inner !== outer && term !== entityTerm(outer.canonical) && !SOURCE_NAME_TYPES.has(outer.type.toLowerCase()) && written.some((w) => w.startsWith(name) || w.includes(` of${name}`))) (namesWithin.get(term) ?? namesWithin.set(term, []).get(term)!).push(id);
    }
  }
  /**
   * The names whose opinion a question asks, those before its verb of thinking ("What does Russia think about …?",
   * "what do ordinary Chinese people feel about …?"); undefined for a question asking none.
   */
  function opinionHolders(text: string, concepts: Concept[]): Concept[] | undefined {
    const asked = OPINION_ASKED.exec(text);
    if (!asked) return undefined;
    const words = wordsIn(asked[1]!);
    const terms = namesBefore(words, words.length);
    return concepts.filter((c) => c.name && c.ids.length > 0 && terms.has(c.terms[0]!));
  }

  /**
   * Whether the question (its `spacedWords`) writes one of a name's names where something happens or lies ("in Osh",
   * "near Kashi").
   */
  function placedIn(words: string, c: Concept): boolean {
    return (namesOfTerm.get(c.terms[0]!) ?? []).some((name) => {
      const at = words.indexOf(spacedWords(name));
      return at >= 0 && PLACED_BEFORE.test(words.slice(0, at + 1));
    });
  }

  /** Each gazetteer name's names, in lower case, by its term. */
  const namesOfTerm = new Map<string, string[]>();
  for (const [name, { term }] of entityOfName) (namesOfTerm.get(term) ?? namesOfTerm.set(term, []).get(term)!).push(name);
  /** Whether a sentence tells an opinion after naming each of `holders` ("it fears domination of … Russia" is none of Russia's). */
  function holdsOpinion(sentence: string, holders: Concept[]): boolean {
    const lower = sentence.toLowerCase();
    const told = [...lower.matchAll(OPINION_TOLD)].map((m) => m.index);
    if (told.length === 0) return false;
    return holders.every((c) => {
      const at = Math.min(...c.terms.flatMap((term) => namesOfTerm.get(term) ?? []).map((name) => wordAt(lower, name)).filter((i) => i >= 0));
      return told.some((i) => i > at);
    });
  }

  /** The terms of the gazetteer's names a text writes as possessives before a common noun ("the SCO's counter-terror body"). */
  function possessiveNames(text: string): string[] {
    const found: string[] = [];
    for (const m of text.matchAll(POSSESSIVE_BEFORE_NOUN)) {
      const words = wordsIn(text.slice(0, m.index));
      for (const n of [3, 2, 1]) {
        const entity = words.length >= n ? entityOfName.get(words.slice(-n).join(' ').toLowerCase()) : undefined;
        if (entity) {
          found.push(entity.term);
          break;
        }
      }
    }
    return found;
  }
  /**
   * For each kind of thing a question names (a country, a body…), the ids of its names and of the corpus's other
   * names of that kind: a sentence naming another and none of the question's speaks of another.
   */
  function otherNames(text: string, concepts: Concept[]): Array<{ asked: number[]; other: number[] }> {
    const asked = new Map<string, number[]>();
    for (const c of concepts) {
      if (!c.name) continue;
      const type = nameTypes.get(c.terms[0]!);
      if (type !== undefined) asked.set(type, [...(asked.get(type) ?? []), ...c.ids]);
    }
    // "What year was the SCO's counter-terror body set up?" dates a thing of the SCO's, which may have a name of its own
    // ("RATS was established in 2004"): no name of the possessive's type is another's.
    for (const term of possessiveNames(text)) {
      const type = nameTypes.get(term);
      if (type !== undefined) asked.delete(type);
    }
    if (asked.size === 0) return [];
    const askedTerms = concepts.filter((c) => c.name).flatMap((c) => c.terms);
    const askedWords = new Set(askedTerms.flatMap((term) => [...(nameWords.get(term) ?? [])]));
    // A name the question holds a word of besides its names' is no other ("SCO anti-drug agency leaders").
    const questionWords = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const other = (term: string): boolean => {
      if (askedTerms.includes(term)) return false;
      for (const w of nameWords.get(term) ?? []) if (!askedWords.has(w) && questionWords.has(w)) return false;
      return true;
    };
    return [...asked].map(([type, ids]) => ({ asked: ids, other: idsOf((namesOfType.get(type) ?? []).filter(other)) }));
  }

  // Made when a question first asks about a document: reading every document's details costs a fifth of the
  // start-up of a corpus of 1,000 documents.
  let cardsMade: DocumentCard[] | undefined;
  const documentDetails = (): DocumentCard[] => (cardsMade ??= documentCards(corpus.documents, analyzer));

  /** Whether an ASCII code is a letter, a digit, "_" or "-", as a passage's id is written. */
  const isIdCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45;
  // By passage, its place in the corpus: made when a passage's sentences are first asked for (see `Engine.sentences`).
  let passageIndexes: Map<Passage, number> | undefined;
  // By id in lower case ("P22" is p22), made when a question is first a passage's id: most never are.
  let passageById: Map<string, Passage> | undefined;
  /**
   * The id a question asks for a passage by ("what does p14 say", "source of paragraph 16"), in lower case, and the
   * question as typed so; null where it asks for none.
   */
  function idAsked(question: string): { id: string; typed: string } | null {
    // "p14?", "p14!": the id asked for, however it ends.
    const written = String(question ?? '').trim().replace(/(?<=[\p{L}\p{N}])[?!.]+$/u, '');
    // An id ends what was typed: text ending in ASCII but a letter, a digit, "_" or "-" is none.
    const last = written.charCodeAt(written.length - 1);
    if (last < 128 && !isIdCode(last)) return null;
    // "¶14" is paragraph 14; so is "§14" (the corpus format numbers no section: its sections have headings).
    const typed = written.toLowerCase().replace(/^[¶§]\s*/, 'paragraph ');
    // "what does p14 say", "explain p18", "show me passage 3": the id, with the words that only ask to see it; "p 14"
    // is p14.
    const asked = typed.replace(TURNS_TO_ID, '').replace(ID_ASKED_BEFORE, '').replace(ID_ASKED_AFTER, '').replace(POLITELY_AFTER, '');
    // "paragraph twenty" is paragraph 20; "/passage para 5" paragraph 5; "par. 8" paragraph 8.
    const numbered = asked.replace(PASSAGE_NAMED, '');
    const id = (numbered === asked ? numbered : inFigures(numbered)).replace(/^(\p{L}{1,3})\s+(?=\d{1,4}$)/u, '$1');
    return /^[\p{L}\p{N}_-]{1,64}$/u.test(id) ? { id, typed } : null;
  }

  /** The passage a question asks for by its id, if the corpus has it. */
  function passageAsked(question: string): Passage | undefined {
    const asked = idAsked(question);
    if (asked === null) return undefined;
    const { id, typed } = asked;
    passageById ??= new Map(corpus.passages.map((p) => [p.id.toLowerCase(), p]));
    // "p05" is p5; "passage 14" is p14 where ids are numbered so.
    const found = passageById.get(id) ?? passageById.get(id.replace(/^(\p{L}+)0+(?=\d)/u, '$1')) ?? (id !== typed && /^\d+$/.test(id) ? passageById.get(`p${Number(id)}`) : undefined);
    if (found) return found;
    // "p33" of a document whose ids were read with its own id before them ("mngecon-p33"), where it is the only one.
    const qualified = corpus.passages.filter((p) => p.id.toLowerCase().endsWith(`-${id}`));
    return qualified.length === 1 ? qualified[0] : undefined;
  }
  /**
   * The marker of a footnote asked for by its place ("the last footnote", "the second footnote"): of the first document
   * with footnotes, as it numbers them; a number past them is asked as "footnote 12" is, and said to be missing.
   */
  function footnoteAt(question: string): string | null {
    const asked = /note/i.test(question) ? FOOTNOTE_AT.exec(question) : null;
    if (!asked) return null;
    const markers = [...(corpus.documents.find((d) => d.footnotes.size > 0)?.footnotes.keys() ?? [])];
    const word = asked[1]!.toLowerCase();
    const at = word === 'last' || word === 'final' ? markers.length - 1 : (placeFromStart(word, undefined) ?? -1);
    return markers[at] ?? String(at + 1);
  }

  /**
   * The marker of the source asked for by its age ("what is the oldest source?", "which footnote is the most recent?"):
   * of the first document with footnotes, the one whose work is dated first or last (by the year and month its text
   * gives before when it was read); null where the question asks no such thing or no footnote is dated.
   */
  function footnoteByAge(question: string): string | null {
    const asked = SOURCE_BY_AGE.exec(question) ?? AGE_OF_SOURCE.exec(question) ?? SOURCE_BY_DATE.exec(question);
    if (!asked) return null;
    const newest = !/oldest|earliest|first/i.test(asked[1]!);
    const footnotes = [...(corpus.documents.find((d) => d.footnotes.size > 0)?.footnotes.values() ?? [])];
    const dated = footnotes.flatMap((f) => {
      const at = workDate(f.text);
      return at === null ? [] : [{ marker: f.marker, at }];
    });
    if (dated.length === 0) return null;
    // Sorted by date (a stable sort: those dated alike in the paper's order), the first of those dated first or last.
    dated.sort((a, b) => a.at - b.at);
    return (newest ? dated.find((d) => d.at === dated.at(-1)!.at) : dated[0])!.marker;
  }

  /**
   * A passage asked for that the corpus does not have, as it was asked ("paragraph 23", "p0"): by a number past every
   * document's passages or 0, or by an id of the corpus's shape (its letters, then digits) that no passage has.
   */
  function absentPassage(question: string): string | null {
    const text = String(question ?? '').trim();
    const numbered = PARAGRAPH_WORD.test(text) ? PASSAGE_AT.exec(text) : null;
    const number = numbered?.[2];
    if (number !== undefined) {
      const most = Math.max(...corpus.documents.map((d) => d.passages.length));
      return Number(number) === 0 || Number(number) > most ? `paragraph ${Number(number)}` : null;
    }
    // "p23", "what does p23 say?": the id, with the words that only ask to see it.
    if (!/\d/.test(text)) return null;
    const id = /^\W*(\p{L}{1,3})\s?(\d{1,4})[?!.]*$/u.exec(text.replace(/^[¶§]\s*/, 'p')) ?? /^(\p{L}{1,3})(\d{1,4})$/u.exec(idAsked(text)?.id ?? '');
    if (!id) return null;
    const prefix = id[1]!.toLowerCase();
    const shaped = (passageId: string): boolean => passageId.length > prefix.length && passageId.toLowerCase().startsWith(prefix) && /^\d+$/.test(passageId.slice(prefix.length));
    return corpus.passages.some((p) => shaped(p.id)) ? `${prefix}${Number(id[2])}` : null;
  }

  /**
   * The passage a question asks for by its place ("what does the first paragraph say?", "the last passage"), in each
   * document: its passages in order, the last before any about its author. None where the question asks more.
   */
  function passageAt(question: string): Passage[] {
    // Most questions name no paragraph: the long pattern is compiled (a cold `ask` waits for it) only for one that may.
    const text = String(question ?? '');
    if (!PARAGRAPH_WORD.test(text)) return [];
    const inSection = passageInSection(text);
    if (inSection) return [inSection];
    const asked = PASSAGE_AT.exec(text);
    if (!asked) return [];
    const [, place, number] = asked;
    // "paragraph 0" is none (not the last, counted from the end).
    if (number !== undefined && Number(number) === 0) return [];
    const word = place?.toLowerCase() ?? '';
    // Counted from 0; from the end, -1 for the last, -2 for the one before it ("second to last", "penultimate").
    const fromEnd = word === 'penultimate' || /^(?:second|next)\W/.test(word) ? -2 : /^third\W/.test(word) ? -3 : -1;
    const at = placeFromStart(word, number) ?? fromEnd;
    // Of several documents, each one's, the fullest first (as their cards).
    const inOrder = corpus.documents.length === 1 ? corpus.documents : documentDetails().map((card) => documents.get(card.result.id)!);
    return inOrder.flatMap((document) => {
      // Counted from the end, what the document says, not what it says of its author after it; by number, every
      // passage ("paragraph 22" is the twenty-second, whatever it is about).
      const passages = at < 0 ? document.passages.filter((p) => !AUTHOR_SECTION.test(p.section ?? '')) : document.passages;
      return passages.at(at) ?? [];
    }).slice(0, settings.maxResults);
  }

  /**
   * The passage a question asks for by its place within a section it names, of a corpus of one document ("the last
   * paragraph of the introduction": p3, not the passage saying "The last few decades…"); null where no heading holds
   * every word naming it, or the section has no passage at that place.
   */
  function passageInSection(text: string): Passage | null {
    const asked = corpus.documents.length === 1 ? PASSAGE_IN_SECTION.exec(text) : null;
    if (!asked) return null;
    const [, place, named] = asked;
    if (/^(?:paper|article|text|document)$/i.test(named!.trim())) return null;
    // The heading holding every term naming it, as the index holds headings' terms (see `sectionAsked`).
    const ids = analyzer.terms(named!).filter((term) => !(sectionTerms ??= new Set(analyzer.terms(SECTION_WORDS))).has(term)).map((term) => dictionary.get(term) ?? -1);
    const document = corpus.documents[0]!;
    const section = ids.length === 0 ? undefined : document.sections.find((heading) => ids.every((id) => headings.get(heading)?.has(id) ?? false));
    if (section === undefined) return null;
    const passages = document.passages.filter((p) => p.section === section);
    const word = place!.toLowerCase();
    return passages.at(placeFromStart(word, undefined) ?? -1) ?? null;
  }

  /** The section a question asks for by its place ("section 3", "the last chapter"), of a corpus of one document. */
  function sectionAt(question: string): string | null {
    const text = String(question ?? '');
    const asked = corpus.documents.length === 1 && SECTION.test(text) ? SECTION_AT.exec(text) : null;
    if (!asked) return null;
    const [, place, number] = asked;
    const word = place?.toLowerCase() ?? '';
    // What the document says, not what it says of its author after it, is counted from the end.
    const sections = corpus.documents[0]!.sections;
    const at = placeFromStart(word, number) ?? sections.filter((s) => !AUTHOR_SECTION.test(s)).length - 1;
    return sections[at] ?? null;
  }

  /**
   * The headings that hold each term, by its id, in the index's order of headings: term `t`'s are `sectionNames[h]`
   * for `h` of `headings[offsets[t]..offsets[t + 1])`. Made when a question first may ask for a section, in two
   * passes over the headings' terms (a list for each term made it a tenth of a first answer).
   */
  let headingsByTerm: { offsets: Uint32Array; headings: Int32Array } | undefined;
  /** The headings that hold a term, as indexes into `sectionNames`: a view of `headingsByTerm`, no list made. */
  const headingsWithTerm = (id: number): Int32Array => {
    if (!headingsByTerm) {
      const offsets = new Uint32Array(data.terms.length + 1);
      for (const term of headingTermIds) offsets[term + 1]! += 1;
      for (let t = 0; t < data.terms.length; t += 1) offsets[t + 1]! += offsets[t]!;
      const filled = offsets.slice(0, -1);
      const byTerm = new Int32Array(headingTermIds.length);
      for (let h = 0; h < sectionNames.length; h += 1) for (let i = headingOffsets[h]!; i < headingOffsets[h + 1]!; i += 1) byTerm[filled[headingTermIds[i]!]!++] = h;
      headingsByTerm = { offsets, headings: byTerm };
    }
    const { offsets, headings: byTerm } = headingsByTerm;
    if (id < 0 || id >= data.terms.length) return byTerm.subarray(0, 0);
    return byTerm.subarray(offsets[id]!, offsets[id + 1]!);
  };
  const outlineOf = (document: CorpusDocument): Outline => ({ sections: document.sections, passages: document.passages.length, footnotes: [...document.footnotes.keys()] });
  /** The outline of a corpus of one document, to say what it has when a part it lacks is asked for ("footnote 12"); none for several. */
  const onlyOutline = (): { outline?: Outline } => (corpus.documents.length === 1 ? { outline: outlineOf(corpus.documents[0]!) } : {});
  // Made when a question first names a section.
  let sectionTerms: Set<string> | undefined;
  /**
   * The section a question asks for by its heading ("what's in the section on India?", "the chapter about the SCO"):
   * one whose heading holds every word and name the question asks with but the word "section". Null for any other.
   */
  function sectionAsked(text: string, concepts: Concept[], kind: AnswerKind | null, summary: boolean): string | null {
    const named = SECTION.test(text);
    const asked = named ? concepts.filter((c) => !(sectionTerms ??= new Set(analyzer.terms(SECTION_WORDS))).has(c.terms[0]!)) : concepts;
    if (asked.length === 0 || (named && asked.length === concepts.length)) return null;
    // Or a question that asks only what a heading says, in two words or more ("What are the implications for India?"),
    // or names a part of a paper and nothing else ("what does the introduction say?"; what the conclusion says is the
    // summary's).
    const partOnly = !named && !summary && asked.length === 1 && kind === null;
    if (!named && !partOnly && (asked.length < 2 || (kind !== null && kind !== 'definition'))) return null;
    // Only the headings that hold the first word asked are read: a corpus of a thousand documents has thousands. A
    // heading met again under another id was read already.
    for (const id of asked[0]!.ids) {
      const withTerm = headingsWithTerm(id);
      for (let at = 0; at < withTerm.length; at += 1) {
        const section = sectionNames[withTerm[at]!]!;
        const terms = headings.get(section)!;
        // A part of a paper is asked for by its heading alone, not "About the author", which the card answers first; or
        // as a section, any ("what is in the conclusion section?").
        const fits = partOnly ? GENERIC_SECTION.test(section) && !AUTHOR_SECTION.test(section) : named || !GENERIC_SECTION.test(section);
        // Asked what a heading says, the question says most of it: "What does China want in Central Asia?" names two
        // of the ten terms of "China's Military Ties with Central Asian States" and asks what it does not (its names'
        // words and their entities count apart, so a heading's every word asked is a third of its terms or more).
        const saysHeading = named || partOnly || asked.length * HEADING_SAID >= terms.size;
        if (section !== '' && fits && saysHeading && asked.every((c) => holdsConcept(c, terms))) return section;
      }
    }
    return null;
  }

  /** The card of the document a question asks about, when it asks about one and no passage answers it better. */
  function cardFor(question: string, concepts: Concept[], best: number, isVerb?: (c: Concept) => boolean): DocumentCard | null {
    // "Does the paper discuss the Belt and Road Initiative?" asks what it speaks of, which the card does not say.
    if (SPEAKS_OF.test(question)) return null;
    // Or one asking of a document's author by name ("Who is Maria Keller?") that no passage answers: the front matter
    // names the author ("Who is Tresa?" is answered by her passage "About the author").
    if (!asksAboutDocument(question) && (best > 0 || !corpus.documents.some((d) => asksAboutAuthor(question, d.meta)))) return null;
    const cards = documentDetails();
    if (concepts.length === 0) return cards[0] ?? null;
    // Every word of the question the corpus has, but verbs that only carry it ("think", "need"), is the card's: what
    // it asks is the document's details, not what the document says about something.
    // "Was the paper written by Dmitry Gorenburg?": a name a yes-or-no question puts to the card is what it checks.
    const checked = checksFact(question) ? concepts.filter((c) => c.name || (c.written !== undefined && /^\p{Lu}/u.test(asWritten(question, c.written)))) : [];
    // Nor need it hold a verb that only says where a thing is ("where is the publisher based?").
    const weighed = (checked.length === 0 ? concepts : concepts.filter((c) => !checked.includes(c) && !c.name)).filter((c) => !placedTerms().has(c.terms[0]!));
    if (weighed.length === 0) return cards[0] ?? null;
    // Nor a verb a field is asked with ("What number does this paper carry?": "carry" is the paper's having it).
    const fieldAsked = isVerb !== undefined && weighed.some((c) => fieldNouns().has(c.terms[0]!));
    const asked = weighed.filter((c) => c.ids.length > 0 && !lightTerms().has(c.terms[0]!) && !(fieldAsked && isVerb!(c)));
    const weight = weighed.reduce((sum, c) => sum + c.weight, 0);
    let found: { card: DocumentCard; share: number } | null = null;
    for (const card of cards) {
      // A word for a document ("what type of document is this?") is any card's.
      const holds = (c: Concept): boolean => c.terms.some((t) => card.terms.has(t) || documentNouns().has(t));
      if (!asked.every(holds)) continue;
      const share = weighed.reduce((sum, c) => sum + (holds(c) ? c.weight : 0), 0) / weight;
      if (!found || share > found.share) found = { card, share };
    }
    return found && found.share >= settings.minCoverage && found.share >= best ? found.card : null;
  }

  // The verbs that only say where a thing is ("where is the publisher based?"), which no card need hold, as terms.
  let placedTermSet: Set<string> | undefined;
  const placedTerms = (): Set<string> => (placedTermSet ??= new Set(analyzer.terms('based located headquartered situated')));
  // The nouns naming a card's fields, as terms: made when first needed.
  let fieldNounTerms: Set<string> | undefined;
  const fieldNouns = (): Set<string> => (fieldNounTerms ??= new Set(analyzer.terms(FIELD_NOUNS)));
  // The words for a document, as terms: made when first needed.
  let documentNounTerms: Set<string> | undefined;
  const documentNouns = (): Set<string> => (documentNounTerms ??= new Set(analyzer.terms(DOCUMENT_NOUNS)));
  // The words people ask about a document with, as terms: made when first needed.
  let documentTerms: Set<string> | undefined;
  const documentWords = (): Set<string> => (documentTerms ??= new Set(analyzer.terms(DOCUMENT_VOCABULARY.join(' '))));

  // What each document says of its author (its section "About the author"), of those that say anything: a question about
  // an author ("where does the author work?") looks only through these, not through every document.
  const authorSections = corpus.documents.flatMap((d) => {
    const passages = d.passages.filter((p) => AUTHOR_SECTION.test(p.section ?? ''));
    return passages.length > 0 ? [{ meta: d.meta, passages }] : [];
  });

  // Made when a question may be small talk: most questions are not.
  let chatTerms: Set<string> | undefined;
  let botTerms: Set<string> | undefined;
  const chat = (): Set<string> => (chatTerms ??= new Set(analyzer.terms(CHAT_WORDS)));
  const bot = (): Set<string> => (botTerms ??= new Set(analyzer.terms(BOT_WORDS)));
  // Whether a line is being answered rid of its repeated questions (see `answer`): once, never again within that.
  let dedupedOnce = false;
  /**
   * A question of two parts ("what did India give Tajikistan and why is its economic co-operation low?") answers each:
   * the whole question's answer, with each part's first passage among the first results, in the order the whole
   * question ranks them; two questions ("What is RATS? What is TAPI?"), in the order asked. A question with no second
   * part, or a part that finds nothing, is answered whole.
   */
  function answer(question: string): Answer {
    // "1) what is RATS 2) what is TAPI": a numbered list of questions is those questions, each with its mark.
    if (NUMBERED_ITEMS.test(String(question ?? ''))) {
      const items = String(question).split(NUMBERED_ITEM).filter((item) => item.trim() !== '');
      if (items.length >= 2) return { ...answer(items.map((item) => item.trim().replace(/[?.!]*$/, '?')).join(' ')), question };
    }
    // "1. what is the sco": one question written as a list's item (Discord's markdown) is that question.
    const item = ONE_ITEM.exec(String(question ?? ''));
    if (item) return { ...answer(item[1]!), question };
    const typed = String(question ?? '');
    const parts = AND_WORD.test(typed) ? typed.split(SECOND_PART) : [typed];
    // "What is RATS? What is RATS? What is RATS?": a question asked again in one line is asked once (it had counted
    // among the questions left for later: "ask … and the 145 after it again").
    // Each part keeps a question mark, as "and" between two is read away ("what is rats and what is tapi and what is
    // rats"); the line of the others is read once more, not rid of repeats again.
    const keys = parts.map((part) => asTyped(part).toLowerCase().replace(/\s+/g, ' '));
    const distinct = parts.filter((_, i) => keys[i] !== '' && keys.indexOf(keys[i]!) === i);
    if (!dedupedOnce && distinct.length < parts.length && distinct.length > 0) {
      dedupedOnce = true;
      try {
        return { ...answer(asLine(distinct)), question };
      } finally {
        dedupedOnce = false;
      }
    }
    // "What is RATS? What is TAPI? What is SCO? What are the three evils? What are CARs?": the first questions are
    // answered, and the answer says which it left to be asked again (the line had been answered whole, two of its
    // questions dropped without a word). Parts split at "and" keep their boundary (they had been joined into one).
    if (parts.length > MOST_QUESTIONS) {
      const first = answer(asLine(parts.slice(0, MOST_QUESTIONS)));
      const later: Unanswered = { question: asTyped(parts[MOST_QUESTIONS]!), later: parts.length - MOST_QUESTIONS };
      return { ...first, question, unanswered: [...(first.unanswered ?? []), later] };
    }
    const whole = answerWhole(question);
    if (parts.length < 2) return whole;
    // Unanswered whole, questions asked one after another ("How much aid did China give Kyrgyzstan? what is TAPI",
    // "…; what is TAPI", "when was RATS set up and how many helicopters did India give?") are answered each, where each
    // is; where one is not, the line is answered whole.
    const partAnswers = parts.map((part) => answerWhole(part));
    // "Who wrote this paper and where does she work?": after a question the document's card answers, "she" is its
    // author and "it" the document (the line had been answered by "…can work together" of p5).
    const card = partAnswers[0]!.results[0];
    if (card && isDocumentCard(card) && parts.slice(1).some((part) => LEANS_BACK.test(part))) {
      const rest = parts.slice(1).map((part) => answerWhole(part.replace(LEANS_BACK_ALL, (word) => `${/^(?:it|its)$/i.test(word) ? 'the paper' : 'the author'}${/^(?:its|their|his|her)$/i.test(word) && !/^her$/i.test(word) ? "'s" : ''}`)));
      // What the document says of its author answers both ("K. Jennie Tresa is an intern with…"): it comes first.
      const firsts = rest.flatMap((a) => a.results.slice(0, 1));
      const both = firsts.filter((r) => AUTHOR_SECTION.test(r.section ?? ''));
      const results = [...both, card, ...firsts, ...rest.flatMap((a) => a.results.slice(1))];
      return { ...whole, results: results.filter((r, i) => results.findIndex((other) => other.id === r.id) === i).slice(0, settings.maxResults) };
    }
    if (whole.results.length === 0) return eachAnswered(question, partAnswers.some((a) => a.results.length === 0) ? namedAgain(parts, partAnswers) : partAnswers) ?? whole;
    // "When was RATS set up and what does Xi Jinping think of it?": the answer says what it leaves out.
    const shown = eachShown(whole, parts, partAnswers);
    const unanswered = leftOut(partAnswers);
    return unanswered.length > 0 ? { ...shown, unanswered } : shown;
  }

  /** The answer to a line of several questions the corpus answers as a whole, with each part's first passage among its first. */
  function eachShown(whole: Answer, parts: string[], partAnswers: Answer[]): Answer {
    // A question of its own about the paper ("What is RATS? Who wrote the paper?") is answered by its card; a part of
    // one question is not ("…and who wrote it" asks of the sources).
    const separate = parts.slice(0, -1).every((part) => /[?;]\s*$/.test(part));
    const found = partAnswers.map((a) => a.results[0]).filter((r): r is Result => r !== undefined && (!isDocumentCard(r) || separate));
    const firsts = found.filter((r, i) => found.findIndex((other) => other.id === r.id) === i);
    // "What did India donate to Tajikistan and when did they sign the defence agreement?": one passage answering each
    // part with a sentence of its own shows them both, in its order (the donation had never been shown).
    if (firsts.length === 1 && found.length >= 2 && whole.results[0]?.id === firsts[0]!.id) {
      const highlight = bothShown(firsts[0]!.text, found.map((r) => r.highlight));
      return highlight === null ? whole : { ...whole, results: [{ ...whole.results[0]!, highlight }, ...whole.results.slice(1)] };
    }
    if (firsts.length < 2) return whole;
    const rank = (r: Result): number => {
      const at = whole.results.findIndex((w) => w.id === r.id);
      return at < 0 ? whole.results.length : at;
    };
    // Questions, each with its question mark or stop, in the order asked; parts of one, as the whole ranks them.
    const leading = /[?.!]$/.test(parts[0]!.trimEnd()) ? firsts : [...firsts].sort((a, b) => rank(a) - rank(b));
    const results = [...leading, ...whole.results.filter((r) => !leading.some((l) => l.id === r.id))].slice(0, settings.maxResults);
    return { ...whole, results };
  }

  /** The questions of a line its answers leave out as resting on a name the corpus never mentions, each as typed. */
  function leftOut(answers: Answer[]): Unanswered[] {
    return answers.filter((a) => a.results.length === 0 && a.missing?.length).map((a) => ({ question: asTyped(a.question), missing: a.missing! }));
  }

  /**
   * The answers to the parts of a line, a later part that speaks of the first's one name by a pronoun ("where is RATS
   * based and when was it founded") asked with that name ("when was RATS founded"); none where the first names more
   * or fewer, as a part leaning on a pronoun cannot be answered alone.
   */
  function namedAgain(parts: string[], answers: Answer[]): Answer[] {
    if (!parts.slice(1).some((part) => LEANS_BACK.test(part))) return answers;
    const names = [...new Set(answers[0]!.entities.map((e) => e.canonical))];
    if (names.length !== 1) return [];
    const name = names[0]!;
    return parts.map((part, i) => (i > 0 && LEANS_BACK.test(part) ? { ...answerWhole(part.replace(LEANS_BACK_ALL, (word) => (/^(?:its|their|his|her)$/i.test(word) ? `${name}'s` : name))), question: part } : answers[i]!));
  }

  /**
   * The answers to questions asked one after another, their first passages first in the order asked; those resting on
   * a name the corpus never mentions ("…and what did Putin think") listed as unanswered, each as typed. Null where none
   * is answered, another is not, or one is answered by the document's card or is small talk.
   */
  function eachAnswered(question: string, answers: Answer[]): Answer | null {
    const answered = answers.filter((a) => a.results.length > 0);
    if (answered.length === 0 || answered.some((a) => isDocumentCard(a.results[0]!)) || answers.some((a) => a.unasked !== undefined)) return null;
    // A question left out is one resting on a name the corpus never mentions: of the near-topic questions a part of a
    // line asks, others read as answered alone, and a line of them is answered by none.
    const unanswered = leftOut(answers);
    if (answered.length + unanswered.length < answers.length) return null;
    const results = [...answered.map((a) => a.results[0]!), ...answered.flatMap((a) => a.results.slice(1))];
    return {
      question,
      entities: uniqueEntities(answered.flatMap((a) => a.entities)),
      results: results.filter((r, i) => results.findIndex((other) => other.id === r.id) === i).slice(0, settings.maxResults),
      ...(unanswered.length > 0 ? { unanswered } : {}),
    };
  }

  /**
   * The highlights of a passage's answers to the parts of a question, in the passage's order, each once, joined as the
   * passage joins them (a space where one follows the other, else "…"); null where there is but one, or one is no
   * part of the passage.
   */
  function bothShown(text: string, highlights: string[]): string | null {
    const distinct = [...new Set(highlights)].filter((h) => !highlights.some((other) => other !== h && other.includes(h)));
    if (distinct.length < 2) return null;
    const placed = distinct.map((h) => ({ h, at: text.indexOf(h) }));
    if (placed.some(({ at }) => at < 0)) return null;
    placed.sort((a, b) => a.at - b.at);
    return placed.reduce((joined, { h, at }, i) => (i === 0 ? h : `${joined}${text.slice(placed[i - 1]!.at + placed[i - 1]!.h.length, at).trim() === '' ? ' ' : ' … '}${h}`), '');
  }

  // Whether a question is being asked again in other words (see `reask`): once, never again within that.
  let reasking = false;
  /** The answer to a question asked again in other words ("What is three evils?" for "three evils"), which is not asked again in turn. */
  function reask(question: string): Answer {
    reasking = true;
    try {
      return answer(question);
    } finally {
      reasking = false;
    }
  }

  function answerWhole(question: string): Answer {
    // "do u like china?": the bot has no views of its own; what the paper says of it is asked, and the reply says so.
    const opinionOf = reasking ? null : opinionAsked(question);
    if (opinionOf !== null) {
      const readAs = `What does the paper say about ${opinionOf}?`;
      return { ...reask(readAs), question, readAs };
    }
    // "p14", "/passage p14": the passage of that id.
    const byId = passageAsked(question);
    const byPlace = byId ? [byId] : passageAt(question);
    if (byPlace.length > 0) return { question, entities: [], results: byPlace.map((p) => present(p)) };
    // "paragraph 23", "p23", "passage 0" where there is none: said as a name the corpus lacks is, not searched for.
    const absent = absentPassage(question);
    if (absent !== null) return { question, entities: [], results: [], missing: [absent], ...onlyOutline() };
    const numbered = sectionAt(question);
    if (numbered !== null) return { question, entities: [], results: corpus.passages.filter((p) => p.section === numbered).slice(0, settings.maxResults).map((p) => present(p)) };
    // The question as read: as plain English, at most so long.
    const { text, entities, concepts, asked: words = concepts, ranked: byScore, considered = byScore, readAs, missing = [], analysis, aboutSources = false } = rank(question);
    // "Warum nimmt Usbekistan nicht an den SCO-Übungen teil?": words the speller read as English ones ("limited" for
    // "nimmt") are of another language where those it could not know are (see `looksForeign`).
    if (readAs !== undefined && looksForeign(text, spelledWords(text).filter((word) => word !== '' && !isCommonWord(word)))) return { question, entities: [], results: [], unasked: 'foreign' };
    // "wat does the 2nd paragraph say", "what does the frist paragraf say": the place asked for, as read.
    const placed = (readAs ?? text) === question ? [] : passageAt(readAs ?? text);
    if (placed.length > 0) return { question, entities: [], results: placed.map((p) => present(p)), ...(readAs === undefined ? {} : { readAs }) };
    // "lol", "tbh": chat's asides alone, which say nothing, are small talk, not a question the paper fails to cover.
    if (text.trim() === '' && /\p{L}/u.test(String(question ?? ''))) return { question, entities, results: [], unasked: 'chat' };
    // The words of a question about the document itself as the speller read them ("how many footnots", "who wrote this papr").
    const read = readAs ?? text;
    // "How many documents do you have?": each document's card.
    if ((analysis?.names.length ?? 0) === 0 && asksDocuments(read)) {
      return { question, entities, results: documentDetails().map((card) => card.result).slice(0, settings.maxResults), ...(readAs === undefined ? {} : { readAs }) };
    }
    // "How many footnotes are there?", "what are the sections of the paper?": the card and the document's outline;
    // not "how many sections does the SCO have?", which names something else.
    if ((analysis?.names.length ?? 0) === 0 && asksOutline(read)) {
      // Of the document the question names by its title's words ("the sections of the Mongolia article"), the words
      // asking for its outline aside (no card holds "sections"); else the fullest.
      const card = cardFor(read, words.filter((c) => !documentWords().has(c.terms[0]!)), 0) ?? documentDetails()[0]!;
      const document = corpus.documents.find((d) => d.meta.id === card.result.id)!;
      return { question, entities, results: [card.result], outline: outlineOf(document), ...(readAs === undefined ? {} : { readAs }) };
    }
    const summary = asksSummary(read);
    const sources = !summary && asksSources(read);
    // "thanks!", "hi everyone", "when?", "what year?": nothing to answer, and nothing the paper fails to cover.
    const asking = analysis?.intent.kind === 'date' ? analysis.words.filter((w) => !isDateNoun(w)) : analysis?.words;
    // Not a footnote named by its marker alone ("what does [x] refer to?": "x" is no word to ask about).
    if (analysis && isSmallTalk(text, asking!, analysis.names.length, chat, bot) && !summary && !sources && !asksAboutDocument(read) && askedFootnote(read) === null) {
      return { question, entities, results: [], unasked: looksForeign(text, analysis.unknownWords) ? 'foreign' : 'chat' };
    }
    const section = sectionAsked(text, concepts, analysis?.intent.kind ?? null, summary);
    if (section !== null) {
      // "What's in the section on India?": that section's passages, in order.
      const passages = corpus.passages.filter((p) => p.section === section).slice(0, settings.maxResults);
      return { question, entities, results: passages.map((p) => present(p)), ...(readAs === undefined ? {} : { readAs }) };
    }
    // "who wrote footnotes v and vi?": each footnote named, in turn.
    const named = askedFootnotes(read);
    // "What does the footnote after footnote iv say?": footnote v, as if asked for by its marker (it had shown iv).
    const beside = named.length === 1 ? asksFootnoteBeside(read) : null;
    const besideIt = beside ? footnoteBeside(corpus.documents, named[0]!, beside.back) : undefined;
    if (besideIt !== undefined) return { ...answerWhole(`footnote ${besideIt}`), question };
    const marker = named[0] ?? footnoteAt(read) ?? footnoteByAge(read);
    // "footnote 3" is the paper's footnote iii when its markers are roman numerals.
    const markersOf = (m: string): string[] => (/^\d+$/.test(m) ? [m, romanNumeral(Number(m))] : [m]);
    const markers = marker === null ? [] : markersOf(marker);
    const cites = (m: string): Passage[] => corpus.passages.filter((p) => p.citations.includes(m));
    const citedBy = (m: string): Passage[] => markersOf(m).map(cites).find((passages) => passages.length > 0) ?? [];
    const quoted = marker !== null ? [] : quotedFootnotes(text, corpus.documents);
    const citing = marker !== null ? [...new Set([marker, ...named.slice(1)].flatMap(citedBy))] : quoted.flatMap((f) => corpus.passages.filter((p) => p.documentId === f.document && p.citations.includes(f.marker)));
    // A passage citing a footnote named by its title shows the sentence that cites it.
    const citingSentence = (p: Passage): string | undefined => {
      const f = quoted.find((q) => q.document === p.documentId && p.citations.includes(q.marker));
      return f === undefined ? undefined : sentencesOf(p).find((sentence) => sentence.includes(`[${f.marker}]`));
    };
    // "footnote 12" where the footnotes run i to xi: none to show, said as a name the corpus lacks is.
    if (marker !== null && citing.length === 0 && !markers.some((m) => corpus.documents.some((d) => d.footnotes.has(m)))) {
      return { question, entities, results: [], missing: [`footnote ${marker}`], ...onlyOutline(), ...(readAs === undefined ? {} : { readAs }) };
    }
    if (citing.length > 0) {
      // "What does footnote vi say?", "who wrote “China's Central Asia problem”?": the passages that cite it, with it
      // among their citations.
      return { question, entities, results: citing.slice(0, settings.maxResults).map((p) => present(p, citingSentence(p))), ...(readAs === undefined ? {} : { readAs }) };
    }
    if (summary || sources) {
      // "Summarize the paper", "what does the paper conclude?": its card, then what its conclusion says (or its opening).
      // "Which sources does it use?": its card, then its passages that cite sources, with them.
      const card = cardFor(read, words, 0) ?? documentDetails()[0]!;
      const document = corpus.documents.find((d) => d.meta.id === card.result.id)!;
      const citing = document.passages.filter((p) => p.citations.length > 0);
      const chosen = summary ? summaryPassages(document.passages) : citing.length > 0 ? citing : document.passages.slice(0, 1);
      const passages = chosen.map((p) => present(p));
      // "What does the conclusion say?" asks what a part of it says, as "what does the introduction say?" does: its
      // passages, not the card first (a study group's trial read the card as no answer).
      const partNamed = summary && PART_NAMED.test(read);
      // Five results hold a few of the sources: the outline says how many footnotes there are in all.
      return { question, entities, results: (partNamed ? passages : [card.result, ...passages]).slice(0, settings.maxResults), ...(sources ? { outline: outlineOf(document), sources: [...document.footnotes.values()].map(({ marker, text }) => ({ marker, text })) } : {}), ...(readAs === undefined ? {} : { readAs }) };
    }
    // "three evils", "RATS": a term's name alone asks what it is, answered first by the passage that spells it out. Not
    // a country's, a place's or a person's ("India": what the paper says of it).
    if (!reasking && analysis && analysis.intent.kind === null && words.length === 1 && words[0]!.name && TERM_TYPES.has(nameTypes.get(words[0]!.terms[0]!) ?? '') && analysis.words.every((w) => analysis.namedWords.has(w)) && !checksFact(text)) {
      // "Whats the TAPI pipeline?": its question word, written without its apostrophe, is no part of the term.
      return { ...reask(`What is ${text.trim().replace(/^(?:whats|wats|what\s+is)\s+/i, '').replace(/[?!.]+$/, '')}?`), question };
    }
    // Not a yes-or-no question, which checks a fact ("Has China held exchanges with Kazakhstan since 1990?"), nor one
    // in another language, whose words the corpus lacks but for a name ("was ist RATS?").
    const asksNoFact = analysis !== undefined && noFactAsked(text, analysis) && !checksFact(text) && !looksForeign(text, analysis.unknownWords);
    const answers = (r: Ranked): boolean => r.share >= settings.minCoverage - (asksNoFact ? NON_FACT_COVERAGE_MARGIN : 0) + (r.nearly ? NEAR_COVERAGE_MARGIN : 0);
    const firstRanked = firstAnswering(byScore, answers, analysis?.intent.kind ?? null);
    // Not where the highlight holds the date or number asked for.
    const negated = NEGATED.test(text) && !NUMBERED_KINDS.has(analysis?.intent.kind ?? 'definition');
    // "Which country never joins SCO drills?": a passage saying who stays out comes first (p9's joint exercises of
    // Kazakhstan had come first, read by a student as the answer). Only of a question asking who or which does not: a
    // question with a "not" of its own ("what happens if it doesn't…", "or not?") asks no such thing (measured: the
    // readable sets three fewer first when every question saying "not" was read so; as kept, none changed).
    // "military modernisation": the passage writing the words as typed (see `phraseFirst`).
    const ordered = WHO_NOT.test(text) ? denyingFirst(firstRanked, answers) : listingFirst(text, phraseFirst(text, firstRanked, answers), answers, concepts);
    const titled = (r: Ranked, c: Concept): boolean => titleNames(r.entry.passage.documentId).has(c.terms[0]!);
    // "Does China have military bases in Central Asia?": a yes-or-no question checks a fact of the name it opens on; a
    // passage that never names it in its own words tells the fact of another ("India has funded … Tajikistan's military
    // base"): put first, such passages are not the answer. Readable sets one more first, no answer of 4,393 lost.
    // So does a date or a number asked of what a name did ("How many helicopters did China give Tajikistan?" is not
    // answered by India's gift, nor "Which year did China and Tajikistan sign a defence pact?" by India's pact). Found
    // by a study group's trial; nothing of 4,393 questions moved. So does any question asking what a name did, why or
    // how ("What did the Indians give the Kyrgyz?" is not answered by China's aid to Kyrgyzstan; a second trial): the
    // readable sets two more first, the tuning documents unchanged.
    const subject = checksFact(text) ? subjectOf(text, CHECKS_OF, entities, concepts) : subjectOf(text, ASKS_OF, entities, concepts);
    // A document whose title names that one name speaks of it in every passage ("Foreign relations of Kazakhstan"); not
    // one naming two ("China-Central Asia Defence Relations": its passage on India's base is not China's).
    const aboutSubject = (r: Ranked): boolean => titled(r, subject!) && [...titleNames(r.entry.passage.documentId)].filter((term) => term.startsWith(ENTITY_PREFIX)).length === 1;
    const namesSubject = (r: Ranked): boolean => subject !== undefined && (sharedCredit(r.entry, subject, aboutSources) > 0 || aboutSubject(r) || (namesWithin.get(subject.terms[0]!) ?? []).some((id) => r.entry.terms.has(id)));
    const ofSubject = subject && ordered[0] && !namesSubject(ordered[0]) ? ordered.filter(namesSubject) : ordered;
    // "What did the Russian government say about China's aid to Kyrgyzstan?": what a body or a person said is told only
    // by a passage reporting its words ("China claims that …"); one naming it beside the aid says nothing of that.
    const speaker = speakerAsked(text, concepts);
    const ranked = speaker === undefined ? ofSubject : ofSubject.filter((r) => reportsSpeech(r.entry, speaker));
    const top = ranked[0];
    // Answered too by a first passage holding HELD_CONCEPTS of the question's concepts, though less of it than `answers`
    // asks; not one put before a passage that meets that much (see `firstAnswering`). Measured on the readable sets:
    // eighteen more first, thirty-three fewer abstained, two near-topic questions answered; on eight second documents
    // five more first, ten fewer abstained, no near-topic question answered.
    // Not a name its document's title gives, which all its passages speak of, in a question naming nothing else ("What is
    // the standard value-added tax rate in China?" of "Economy of China": "China" says nothing of which passage
    // answers). Measured: five tuning documents six near-topic questions more abstained, one answer lost; the readable
    // sets one more abstained, one answer lost (naming China and Central Asia only). The passages shown as nearest
    // (below) are chosen by what they hold so too.
    // Whether the question names something its document's title does not, tried only for a name the title gives.
    const namesBesides = (r: Ranked): boolean => concepts.some((o) => o.name && o.ids.length > 0 && !titled(r, o));
    const held = (r: Ranked, c: Concept): boolean => sharedCredit(r.entry, c, false) > 0 && (!titled(r, c) || namesBesides(r));
    const holdsMany = (r: Ranked): boolean => r.share >= HELD_SHARE && concepts.filter((c) => held(r, c)).length >= HELD_CONCEPTS;
    const listed = !top || !(answers(top) || holdsMany(top)) ? [] : ranked.filter((r, i) => i === 0 || (r.score >= top.score * settings.minRelativeScore && r.share >= settings.minCoverage / 2)).slice(0, settings.maxResults);
    const card = cardFor(read, words, listed.length > 0 ? top!.share : 0, (c) => analysis?.partsOfSpeech.get(c.terms[0]!) === 'v');
    // After the card ("When was the paper published?"), a passage holding a word of the question as it is written, not
    // only another wording of it ("Public Security Ministry" for "published").
    const passages = (card ? listed.filter((r) => concepts.some((c) => c.own >= 0 && r.entry.terms.has(c.own))) : listed).map((r) => present(r.entry.passage, negated ? shownWith(r.entry.sentences, saysNo(r)) : shownWith(r.entry.sentences, r.sentence.text, r.sentence.alone), r.score));
    // "Is the author a professor?", "who supervised the writer?": where no passage answers, what a document says of its
    // author (its section "About the author"), after the card if there is one ("who is the author?").
    // So where it asks what the author does or where ("where does the author work?": "…can work together" of p5 had
    // been the answer), before any passage.
    // Not the author of a cited work ("who wrote the source … and where was it published?").
    const personAsked = AUTHOR_AS_PERSON.test(read) && !CITED_WORK_NAMED.test(read);
    const about = passages.length === 0 || personAsked ? authorSections.filter(({ meta }) => asksAboutAuthor(read, meta) || (personAsked && WRITER_ASKED.test(read))).flatMap((d) => d.passages) : [];
    const aboutShown = about.map((p) => passages.find((r) => r.id === p.id) ?? present(p));
    const shown = about.length > 0 ? [...aboutShown, ...passages.filter((r) => !about.some((p) => p.id === r.id))].slice(0, settings.maxResults) : passages;
    // "Where does the author study?", "is the author a student?": what the document says of its author comes before the
    // card, which gives only the author's name; not of who the author is ("who wrote it?", "the author's name").
    const ofAuthor = card !== null && shown[0] !== undefined && AUTHOR_SECTION.test(shown[0].section ?? '') && (personAsked || !WHO_THE_AUTHOR_IS.test(read)) && corpus.documents.some((d) => asksAboutAuthor(read, d.meta));
    const results = card ? (ofAuthor ? [...shown, card.result] : [card.result, ...shown]).slice(0, settings.maxResults) : shown;
    // "Was RATS set up in 2001?": a year a yes-or-no question names is what it checks, not what it states; unanswered
    // with it, the question is asked without it, and the answer gives the year the paper does.
    // Not a year that only bounds the time asked about ("finished after 2015?").
    if (results.length === 0 && checksFact(text) && missing.every((m) => YEAR.test(m)) && !YEAR_BOUND.test(text)) {
      const without = text.replace(YEARS_ASKED, ' ');
      // "Did RATS start in 2003?" asks when RATS started: answered with the year the paper gives, or not at all ("did
      // India join the SCO in 2017?" is not answered by a passage on the SCO's members). A question not asking so
      // ("so RATS began in 2003?") is asked without its year.
      const when = /^\W*(?:is|are|was|were|did|does|do|has|have|had)\b/i.test(without) ? `When ${without.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : null;
      if (without !== text) {
        const checked = answer(when ?? without);
        if (checked.results.length > 0) return { ...checked, question };
      }
    }
    if (results.length === 0 && looksForeign(text, analysis?.unknownWords ?? [])) return { question, entities, results, unasked: 'foreign' };
    // "I got confused about the Kyrgyzstan part, which cities do militants pass through?": unanswered whole, the question
    // after what the asker says of themselves is asked alone, and answers where its answer names what that names.
    const clause = !reasking && results.length === 0 && missing.length === 0 ? ASKED_AFTER.exec(text) : null;
    if (clause) {
      const alone = reask(clause[2]!);
      const first = alone.results[0];
      const at = first && !isDocumentCard(first) ? corpus.passages.findIndex((p) => p.id === first.id && p.text === first.text) : -1;
      // The names the first clause gives, which the question alone does not (read once, by the answer to it).
      const given = new Set(alone.entities.map((e) => entityTerm(e.canonical)));
      const named = concepts.filter((c) => c.name && c.ids.length > 0 && !given.has(c.terms[0]!));
      if (at >= 0 && named.every((c) => holdsOwn(c, indexed(at)))) return { ...alone, question };
    }
    // Unanswered, the passages that meet most of the question, as much as a passage listed after an answer must, and
    // hold a name it gives or two of its words, are where the paper comes nearest to it: shown as where to look, never
    // as the answer. Not where the question rests on something the corpus never mentions ("Putin"): nothing of the
    // paper's is near that. Of the passages ranked, not only those that can answer: a date asked of what a passage
    // speaks of but never dates ("When did NATO withdraw from Afghanistan?": "as NATO begins to withdraw") comes near
    // it. Measured on the readable sets: of the 74 answerable questions abstained on, 58 show some, the right passage
    // among them for 42 (26 and 18 from the passages that could answer alone); of 300 out-of-scope ones, 196 (15): the
    // passage on the June 2012 exercise for "How many troops took part in the SCO drill held in Tajikistan in June 2012?".
    const nearBy = (r: Ranked): boolean => concepts.some((c) => c.name && held(r, c)) || concepts.filter((c) => !c.name && held(r, c)).length >= NEAREST_WORDS;
    // Those naming more of what it names first ("How many soldiers serve in Kyrgyzstan's armed forces?": what China gave
    // Kyrgyzstan's forces, before Turkmenistan's armed forces).
    const namesHeld = (r: Ranked): number => concepts.filter((c) => c.name && held(r, c)).length;
    // Of the first few meeting enough of it, in the order ranked: those after them meet less, and each is looked at.
    const near = results.length === 0 && missing.length === 0 ? considered.filter((r) => r.share >= settings.minCoverage / 2).slice(0, NEAREST_LOOKED_AT).filter(nearBy).sort((a, b) => namesHeld(b) - namesHeld(a)).slice(0, NEAREST_SHOWN) : [];
    const unmentioned = results[0] && !isDocumentCard(results[0]) ? namesUnmentioned(entities, results[0]) : [];
    return {
      question,
      entities,
      results,
      ...(readAs === undefined ? {} : { readAs }),
      ...(results.length === 0 && missing.length > 0 ? { missing } : {}),
      ...(near.length > 0 ? { nearest: near.map(presentRanked) } : {}),
      ...(unmentioned.length > 0 ? { unmentioned } : {}),
    };
  }

  // Each gazetteer entry's names in lower case, by its canonical name.
  const namesOfEntry = new Map(corpus.gazetteer.map((e) => [e.canonical, [e.canonical, ...e.aliases].map((name) => name.toLowerCase())]));
  /**
   * The gazetteer's names a question writes that its first passage never mentions by any of its names ("Turkmenistan"
   * of "Why did China give Turkmenistan 16 million dollars?", answered by Kyrgyzstan's aid): nor does its document's
   * title, nor its sources. A name written for two entries ("Beijing": the city and China) is mentioned by either.
   * Only where the sentence shown names another of the name's kind the question does not.
   */
  function namesUnmentioned(entities: Entity[], first: Result): string[] {
    const written = entities.filter((e) => namesOfEntry.has(e.canonical) && gazetteerNames.has(e.text.toLowerCase()));
    if (written.length === 0) return [];
    // Its sources too: "Qin Jize's article" is the footnote's.
    const lower = [first.text, ...first.citations.map((c) => c.text)].join(' ').toLowerCase();
    const title = first.document.toLowerCase();
    const mentions = (canonical: string): boolean => (namesOfEntry.get(canonical) ?? []).some((name) => wholeWordIn(lower, name) || wholeWordIn(title, name));
    const texts = [...new Set(written.map((e) => e.text))];
    // Nor where it is written within another name the passage mentions ("Afghan" of "Afghan insurgents", the Taliban).
    const mentioned = (text: string): boolean => written.some((e) => (e.text === text || e.text.toLowerCase().includes(text.toLowerCase())) && mentions(e.canonical));
    const unmentioned = texts.filter((text) => !mentioned(text)).map((text) => written.find((e) => e.text === text)!);
    // Said only where the sentence shown names another of its kind the question does not: what it tells is another's.
    const asked = new Set(written.map((e) => e.canonical));
    const shown = first.highlight.toLowerCase();
    const another = (type: string): boolean => corpus.gazetteer.some((g) => g.type === type && !asked.has(g.canonical) && namesOfEntry.get(g.canonical)!.some((name) => wholeWordIn(shown, name)));
    return unmentioned.filter((e) => another(e.type)).map((e) => e.canonical);
  }

  const topics = [...new Set(corpus.documents.flatMap((d) => d.sections))].filter((s) => !GENERIC_SECTION.test(s));
  return {
    corpus,
    analyzer,
    answer,
    spell: (question) => spell(cut(question)),
    present: (passage, sentence) => present(passage, sentence),
    unmentioned: (entities, first) => (isDocumentCard(first) ? [] : namesUnmentioned(entities, first)),
    sentences: sentencesOf,
    passageAsked,
    passagesAt: passageAt,
    topics: () => topics,
    card: (documentId) => documentDetails().find((card) => card.result.id === documentId)?.result,
    further: (question, shown) =>
      rank(question, true)
        .ranked.filter((r) => r.share >= settings.minCoverage / 2 && !shown.includes(r.entry.passage.id))
        .map(presentRanked),
    explain: (question) => {
      const { concepts, ranked, considered = ranked, analysis } = rank(question, true);
      const candidate = (r: Ranked): Explanation['candidates'][number] => ({ id: r.entry.passage.id, score: r.score, coverage: r.share, matched: concepts.filter((c) => sharedCredit(r.entry, c, false) > 0).map((c) => c.terms[0]!) });
      return {
        concepts: concepts.map(({ terms, weight, ids }) => ({ terms, weight, known: ids.length > 0 })),
        candidates: ranked.map(candidate),
        considered: considered.map(candidate),
        ...(analysis ? { intent: analysis.intent } : {}),
      };
    },
  };
}
