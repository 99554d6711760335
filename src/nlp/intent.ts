/**
 * What a question asks for: the kind of answer (a date, a quantity, a definition) and its focus, the word the
 * question is about ("president" in "who was Uzbekistan's president?", "die" in "when did Kublai Khan die?").
 * Read from wink's tokens and parts of speech with general English patterns, the same for any corpus.
 */
import { onlyAName } from './wordnet.js';

/**
 * A date; a number or amount; a length of time or of a thing (a number of years or kilometres, a span of years, a
 * time since a year); how often a thing happens ("annual", "every year", "twice"); an age (a number, or the year it
 * runs from); what a thing is; a cause; who did or is something ("who heads the commission?"); a thing's attribute
 * ("what is the capital of Turkmenistan?"); a place ("where", "which city"); what a thing is called ("what was the
 * name of the Arian capital?").
 */
export type AnswerKind = 'date' | 'quantity' | 'duration' | 'frequency' | 'age' | 'definition' | 'reason' | 'agent' | 'attribute' | 'place' | 'name';

/** Kinds that ask for one fact about their focus: a passage answers only if it speaks of the focus. */
export const FACT_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'quantity', 'duration', 'frequency', 'age', 'agent', 'attribute', 'place', 'name']);

export interface Intent {
  /** The kind of answer a sentence must hold to answer the question; null when any passage may. */
  kind: AnswerKind | null;
  /** For a definition, the tokens naming what is to be defined ("three evils" of "what are the three evils?"). */
  subject: number[];
  /** The token of the word the question asks about, for the kinds of FACT_KINDS; null when there is none. */
  focus: number | null;
  /** Tokens that only say what kind of answer is asked ("city" and "hosted" of "which city hosted"): no words of the question. */
  kindWords?: number[];
  /** The words before a counted noun that say which ("nuclear" of "how many nuclear weapons"): what is counted too. */
  modifiers?: number[];
  /** The nouns right after the focus, what it acts on ("defence pact" of "when did they ink their defence pact?"). */
  object?: number[];
  /** Whether who is asked holds an office or leads ("who heads RATS?", "which Chinese president signed…"): a person. */
  person?: true;
  /** Whether who is asked is a firm or a body by its noun ("which company…", "which bank…"): named in capitals. */
  body?: true;
  /** Whether the place asked is a town ("which city…", "what town…"): no country or region. */
  city?: true;
  /** Whether the quantity asked is a sum of money ("how much did the deal cost?", "how large is the defence budget?"). */
  money?: true;
  /**
   * Whether the quantity asked measures the focus rather than counts it ("how big is the salt flat?": "which occupies
   * 1,500 square kilometers"): the number need not stand by the focus's word, as a count's does ("20,000 troops").
   */
  measure?: true;
}

/** What an intent says of the kind of answer besides its kind: a person, a town, a sum. */
export type IntentFlags = Pick<Intent, 'person' | 'body' | 'city' | 'money' | 'measure'>;

/** The flags an intent sets, and no others (absent rather than false, as the intent holds them). */
export const flagsOf = ({ person, body, city, money, measure }: { [flag in keyof IntentFlags]?: boolean }): IntentFlags => ({
  ...(person ? { person: true as const } : {}),
  ...(body ? { body: true as const } : {}),
  ...(city ? { city: true as const } : {}),
  ...(money ? { money: true as const } : {}),
  ...(measure ? { measure: true as const } : {}),
});

/** The tokens of a question as the analyzer reads them. */
export interface QuestionTokens {
  values: string[];
  /** `values` in lower case. */
  lower: string[];
  lemmas: string[];
  tags: string[];
  /** Whether each token is part of a gazetteer name. */
  named: boolean[];
}

const DATE_NOUNS = new Set(['year', 'date', 'month', 'day', 'decade', 'century', 'time']);
/** Units things are measured in ("tonnes of walnuts"): the thing is what is counted. */
const UNITS = new Set(['ton', 'tonne', 'kilogram', 'kg', 'gram', 'pound', 'metre', 'meter', 'kilometre', 'kilometer', 'km', 'mile', 'hectare', 'acre', 'barrel', 'litre', 'liter', 'gallon', 'megawatt', 'kilowatt', 'gigawatt', 'watt', 'cubic', 'square', 'unit', 'head', 'piece']);
/**
 * Nouns of a thing's measure in English ("what is the area of the lake?", "what was the depth of the shaft?"): a number
 * is asked when one is what the question asks about; not right after "what" or "which" ("what area did they hold?"
 * asks a place).
 */
const MEASURE_NOUNS = new Set(['area', 'length', 'height', 'depth', 'width', 'breadth', 'distance', 'weight', 'mass', 'volume', 'temperature', 'altitude', 'elevation', 'speed', 'diameter', 'radius', 'capacity']);
const QUANTITY_NOUNS = new Set(['number', 'amount', 'size', 'percentage', 'proportion', 'share', 'cost', 'price', 'budget', 'total', 'figure', 'population', 'strength', 'sum', 'value', 'worth', 'quantity', 'turnout', 'rate', 'ratio', 'output']);
/** Nouns that only say that a date or a number is asked for ("what year", "the number of"): never the focus. */
const KIND_NOUNS = new Set([...DATE_NOUNS, 'age', 'city', 'town', 'place', 'location', 'village', 'number', 'amount', 'total', 'figure', 'sum', 'quantity', 'share', 'percentage', 'proportion', 'fraction', 'portion', 'percent', 'value']);
/**
 * Verbs that only say a place is asked for, as "where" does ("which city hosted the meeting?": where was it held):
 * never the focus.
 */
const PLACE_VERBS = new Set(['host']);
/**
 * English's words for a person in an office or command, and for leading (general English, not the paper's): who holds
 * one is a person, not a country or a body ("who heads the commission?", "which Chinese president signed it?").
 */
const PERSON_ROLES = new Set(['president', 'premier', 'minister', 'secretary', 'chairman', 'chairwoman', 'chairperson', 'chief', 'executive', 'ceo', 'boss', 'leader', 'head', 'commander', 'admiral', 'governor', 'mayor', 'king', 'queen', 'emperor', 'empress', 'monarch', 'ruler', 'sultan', 'emir', 'tsar', 'czar', 'prince', 'ambassador', 'envoy', 'spokesman', 'spokesperson', 'director', 'chancellor', 'commissioner', 'successor', 'predecessor', 'deputy']);
/**
 * Ranks and posts that say a person is asked after "which" ("which general", "which official"), but that a sentence
 * also uses otherwise ("in general", "an official visit"): not roles a sentence names (see `rolesIn`).
 */
const RANKS: ReadonlySet<string> = new Set(['general', 'official', 'officer', 'diplomat', 'politician', 'colonel', 'marshal', 'lieutenant', 'captain', 'major']);
/** Words pointing at a thing ("what is this three evils thing?"), which wink may tag as pronouns. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Nouns that only say a term is meant, after a word pointing at it ("this RATS thing", "that TAPI business"). */
const VAGUE_NOUNS: ReadonlySet<string> = new Set(['thing', 'things', 'stuff', 'business']);
const LEADING_VERBS = new Set(['head', 'command', 'chair', 'preside']);

/** The roles a text names (see PERSON_ROLES), in the singular: "the prime minister" names "minister". */
export const rolesIn = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .flatMap((word) => (PERSON_ROLES.has(word) ? [word] : word.endsWith('s') && PERSON_ROLES.has(word.slice(0, -1)) ? [word.slice(0, -1)] : []));

/**
 * Whether a sentence names a role a person holds that the question does not: who does what an office does ("who
 * chairs the cabinet?", "who commands the armed forces?") is told by the office as well as by a person's name ("The
 * prime minister … chairs the Cabinet of Ministers"). A role of the family of the question's words or of its focus
 * (a term: "lead" of "led") or of the focus's other wordings ("lead" of "head") names no one else: "commander" of
 * "commands", "leaders" of "led"; "Meeting of Leaders" does not say who headed or chaired it.
 */
export function namesRoleOtherThan(question: string, focus: string, focusWordings: readonly string[] = []): (sentence: string) => boolean {
  const words = question.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 4);
  const asked = [focus, ...focusWordings, ...words.map((word) => word.replace(/s$/, ''))];
  return (sentence) => rolesIn(sentence).some((role) => !asked.some((own) => role.startsWith(own) || own.startsWith(role)));
}
/** What a person leads, not a country (English's bodies of people led in the field: "who led the delegation?"). */
const LED_BY_PERSONS = new Set(['delegation', 'army', 'troop', 'force', 'expedition', 'team', 'garrison', 'fleet', 'navy', 'battalion', 'brigade', 'division', 'regiment', 'corps', 'rebel', 'rebellion', 'revolt', 'uprising', 'mutiny', 'raid', 'assault', 'siege', 'cabinet', 'regime']);
/**
 * The world's currencies in English, by lemma: "how many dollars…" asks a sum, as "how much money…" does, and a
 * sentence with "150 million francs" gives one. Not those English also writes as another word or name ("pound", a
 * weight; "real", "won", "mark", "rand", "sol", "dong", "dram", "kip", "lev", "sucre").
 */
export const CURRENCIES: readonly string[] = [
  'dollar', 'buck', 'euro', 'yuan', 'renminbi', 'rouble', 'ruble', 'rupee', 'tenge', 'somoni', 'manat', 'afghani', 'franc', 'peso', 'lira',
  'shilling', 'dinar', 'dirham', 'rial', 'riyal', 'krona', 'krone', 'zloty', 'forint', 'yen', 'rupiah', 'ringgit', 'baht', 'kwacha', 'naira',
  'cedi', 'birr', 'gourde', 'lempira', 'quetzal', 'cordoba', 'córdoba', 'balboa', 'guarani', 'guaraní', 'boliviano', 'ariary', 'leu', 'kuna',
  'hryvnia', 'lari', 'kyat', 'taka', 'ngultrum', 'pula', 'metical', 'kwanza', 'leone', 'dalasi', 'ouguiya', 'escudo', 'denar',
  'rufiyaa', 'lilangeni', 'loti', 'pataca', 'tala', 'vatu', 'kina', 'colón',
];
/** Their plurals that do not add "s" to the lemma, as written. */
const CURRENCY_PLURALS: readonly string[] = ['lire', 'kronor', 'kroner', 'meticais', 'colones', 'reais', 'soles', 'quetzales', 'guaraníes', 'bolívares', 'bolivares'];
/** A currency's name as written, singular or plural: a number beside one is a sum of money. */
export const CURRENCY_NAMES: readonly string[] = [...CURRENCIES.flatMap((name) => [name, `${name}s`]), ...CURRENCY_PLURALS];
/** Codes of currencies, in lower case, as texts write them before a sum ("USD 16 million"). */
export const CURRENCY_CODES: readonly string[] = ['usd', 'us', 'eur', 'gbp', 'rmb', 'cny', 'kzt'];
/** Words of a number's size: "16 million", "two billion". */
const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'crore']);
/** Nouns that name money itself, not a sum of something (of MONEY_NOUNS): what is paid, not for what. */
const MONEY_ITSELF = new Set(['money', 'cash', 'dough', 'funding', ...CURRENCIES]);
/** Nouns asking what part of a whole something is: answered by a percentage or a fraction, not a sum. */
const SHARE_NOUNS = new Set(['share', 'percentage', 'proportion', 'fraction', 'portion', 'percent', 'rate', 'ratio']);
/** Nouns of money: a number asked of one is a sum ("how large is the defence budget?", "how much money…"). */
const MONEY_NOUNS = new Set(['cost', 'price', 'budget', 'fee', 'salary', 'wage', 'spending', 'expenditure', 'investment', 'funding', 'money', 'cash', 'revenue', 'income', 'profit', 'loan', 'debt', 'worth', 'dough', ...CURRENCIES]);
/** Verbs whose "how much" asks a sum ("how much did the deal cost?", "how much did China spend on it?"). */
const MONEY_VERBS = new Set(['cost', 'spend', 'pay', 'charge', 'invest', 'lend', 'loan', 'donate', 'earn', 'fetch', 'give', 'provide', 'grant', 'offer', 'pledge', 'promise', 'allocate']);
/** Particles that make a verb of paying another verb ("give in", "give up", "pay back"), unless PAYING_PHRASES has it. */
const VERB_PARTICLES = new Set(['in', 'up', 'out', 'off', 'back', 'over', 'away', 'down']);
/** English's verbs of paying in two words, verb and particle ("how much did China shell out…?", "fork over", "chip in"). */
const PAYING_PHRASES = new Set(['shell out', 'fork out', 'fork over', 'fork up', 'cough up', 'pay out', 'splash out', 'chip in', 'pitch in', 'dish out']);
/** Of PLACE_NOUNS, those of a town, which no country or region is. */
const CITY_NOUNS = new Set(['city', 'town', 'capital', 'village']);
/** Nouns for a firm (general English): "which company", "which firm". */
const BODY_NOUNS = new Set(['company', 'firm', 'corporation', 'operator', 'contractor']);
/** Nouns that ask for a place after "which" or "what" ("which city", "what country"). */
const PLACE_NOUNS = new Set(['city', 'town', 'country', 'place', 'capital', 'region', 'location', 'province', 'state', 'village', 'area']);
/** Of them, those that measure a thing, not count or date it ("how high", not "how many", "how old"). */
const MEASURE_ADJECTIVES = new Set(['far', 'long', 'tall', 'large', 'big', 'small', 'high', 'low', 'heavy', 'wide', 'narrow', 'broad', 'deep', 'shallow', 'thick', 'thin', 'expensive', 'costly', 'populous']);
/** After "how", English's adjectives of measure and degree of a thing: a number is asked ("how deep is the lake?"). */
const QUANTITY_ADJECTIVES = new Set(['many', 'much', 'far', 'long', 'old', 'young', 'tall', 'often', 'frequently', 'large', 'big', 'small', 'high', 'low', 'heavy', 'wide', 'narrow', 'broad', 'deep', 'shallow', 'thick', 'thin', 'hot', 'cold', 'fast', 'expensive', 'costly', 'populous']);
/**
 * Verbs that carry a question's grammar rather than its subject (light and aspectual verbs): never its focus.
 * General English, from grammars of light-verb constructions.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'put', 'set', 'keep', 'hold', 'let', 'begin', 'start', 'finish', 'stop', 'continue', 'become', 'seem', 'happen', 'occur', 'mean', 'need', 'use', 'try', 'say', 'tell', 'call', 'know', 'think', 'believe', 'reckon', 'suppose', 'guess', 'assume', 'feel', 'see', 'look', 'play', 'stand', 'refer', 'describe', 'explain', 'mention']);

/** Words after "give" that say to whom ("give them", "given to"). */
const RECIPIENT_WORDS: ReadonlySet<string> = new Set(['to', 'them', 'him', 'her']);

/**
 * Whether "give" (its lemma, the word after it with its tag, and the next word's tag) says to whom something goes
 * ("What did India give Tajikistan?", "given to Kazakhstan", "give them", "give the Tajiks"), which a light verb does
 * not: read as "provide", of which WordNet makes giving a kind. Not "gives room to conflict", nor "give me …", which
 * asks the reader.
 */
export const givesTo = (lemma: string, next: string | undefined, nextTag: string | undefined, afterTag?: string): boolean => lemma === 'give' && next !== undefined && (nextTag === 'PROPN' || RECIPIENT_WORDS.has(next) || (next === 'the' && afterTag === 'PROPN'));

/** Verbs that say a thing came to be what follows them ("become independent", "grow stronger"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['become', 'get', 'grow', 'turn']);
/** Nouns that ask what a thing does or how it takes part ("the Taliban's role"), of GENERIC_NOUNS. */
const ROLE_NOUNS = new Set(['role', 'part']);
/**
 * Adjectives that say how much a thing matters, not which of its kind it is: "the main target" is the target, in a
 * passage's words or its ("primary", "chief"); "the official language" is not any language.
 */
export const DEGREE_ADJECTIVES = new Set(['main', 'primary', 'chief', 'principal', 'key', 'major', 'central', 'core', 'leading', 'prime', 'foremost', 'basic', 'essential', 'crucial', 'big', 'great', 'important', 'significant', 'real', 'actual', 'overall', 'general', 'whole', 'exact', 'precise', 'specific', 'particular', 'certain']);
/** Words that pick one of a kind by its rank or time ("the latest exercise", "the first agreement", "the most recent"). */
const RANKING = new Set(['first', 'second', 'third', 'last', 'latest', 'next', 'previous', 'earliest', 'most', 'least', 'final', 'newest', 'oldest']);
/** A superlative adjective of six letters or more ("biggest", "largest", "strongest"); not "honest" or "modest". */
const SUPERLATIVE = /^(?!(?:honest|modest)$)[a-z]{3,}est$/;
/** Nouns asking what came of an event: answered by what happened, in any words, not by a thing's attribute. */
const OUTCOME_NOUNS = new Set(['outcome', 'result', 'consequence', 'effect', 'impact', 'upshot', 'aftermath']);
/** Nouns asking what something is meant to do: answered by its aim, in any words ("to free Thailand from…"), as a reason is. */
const PURPOSE_NOUNS = new Set(['goal', 'aim', 'purpose', 'objective', 'intention', 'intent', 'motive', 'rationale']);
/** Nouns that say only that those counted are people: "Uighur people", "Kazakh residents". */
const PEOPLE_NOUNS = new Set(['people', 'person', 'individual', 'inhabitant', 'resident']);
/** Nouns too general to be what a question is about ("what kind of", "what role"). */
const GENERIC_NOUNS = new Set(['kind', 'sort', 'type', 'way', 'thing', 'stuff', 'deal', 'part', 'role', 'reason', 'point', 'idea', 'example', 'lot', 'bit', 'one', 'something', 'anything', 'paper', 'article', 'author', 'text', 'passage', 'paragraph', 'source', 'intro', 'section']);
/**
 * Nouns that ask what a thing is called ("what was the name of the Arian capital?"): the thing named is what is
 * asked about, and a passage gives its name in any words ("the capital that was called Artacoana"); the noun only says
 * that a name is asked, as "what year" says a date is.
 */
const NAMING_NOUNS = new Set(['name']);
const SKIPPED_TAGS = new Set(['AUX', 'DET', 'PRON', 'PART', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'ADJ', 'NUM', 'PROPN', 'SYM', 'SPACE', 'X']);

/** Particles that make a light verb a phrasal verb of its own ("set up", "take over", "put off"). */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'over', 'together']);
/** Light verbs of beginning and ending: what they begin or end is what a question asks about ("begin production"). */
const ASPECT_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'finish', 'stop', 'continue']);
/**
 * The question word the question turns on: in "When Beijing set about building ties, what did it care about?" the
 * "what" after the clause that "when" opens. -1 if there is none.
 */
function mainQuestionWord(lower: string[]): number {
  const at = lower.findIndex((v) => WH.has(v));
  // "Did Britain react when Russia took Tashkent?" asks yes or no: "when" opens a clause of it. Not "do you know when
  // the SCO was founded?", which asks it through a verb of knowing or telling.
  if (at > 0 && YES_NO_OPENERS.has(lower[0]!) && !ASKS_THROUGH.has(lower[at - 1]!) && !ASKS_THROUGH.has(lower[at - 2] ?? '')) return -1;
  if (at !== 0 || (lower[0] !== 'when' && lower[0] !== 'where')) return at;
  // Opening a clause, "when" has its subject after it, not a helper verb ("when NATO pulls out of Afghanistan what
  // happens to tensions?"), and a question word of the question follows, with or without a pause before it.
  const opensClause = !YES_NO_OPENERS.has(lower[1] ?? '') && !POSSESSIVE.has(lower[1] ?? '') && !WH.has(lower[1] ?? '') && !['and', 'or', ','].includes(lower[1] ?? '');
  const pause = !opensClause ? lower.findIndex((v, i) => i > 1 && /^[,;:\u2013\u2014-]$/.test(v)) : 1;
  const later = pause < 0 ? -1 : lower.findIndex((v, i) => i > pause && WH.has(v));
  return later < 0 ? at : later;
}

/** Whether a word starts with a capital: at once for a-z and A-Z, the pattern for the rest. */
export const startsUpper = (word: string): boolean => {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  return (code >= 65 && code <= 90) || /^\p{Lu}/u.test(word);
};

/** The possessive's ending, as wink splits it off. */
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Verbs of a position or a stance: "where" with them asks no place ("where does Herat rank?"). */
const POSITION_VERBS = new Set(['stand', 'rank', 'rate']);
/** Words that open a question asking yes or no ("did", "is", "can"). */
const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);
/** Words after which a question word asks what it asks within a yes-or-no question ("do you know when", "can you tell me who"). */
const ASKS_THROUGH = new Set(['know', 'tell', 'me', 'us', 'say', 'explain', 'wonder', 'idea', 'remember', 'show', 'find', 'guess', 'sure', 'clue', 'recall']);
const WH = new Set(['what', 'when', 'where', 'who', 'whom', 'which', 'how', 'why', 'whose', 'whats', "what's", 'whos', "who's"]);

export function readIntent(tokens: QuestionTokens): Intent {
  // "How far back do Indo-Tajik ties go, and do they outweigh New Delhi's other links?": a second question joined to
  // the first asks yes or no of it; what kind of answer is asked is the first's (a date, not of "outweigh").
  const joined = secondQuestionAt(tokens.lower, tokens.tags);
  if (joined > 0) {
    const pick = <T>(list: T[]): T[] => list.slice(0, joined);
    return readDirect({ values: pick(tokens.values), lower: pick(tokens.lower), lemmas: pick(tokens.lemmas), tags: pick(tokens.tags), named: pick(tokens.named) });
  }
  const embedded = embeddedOrder(tokens);
  const paired = embedded === null ? pairedOrder(tokens) : null;
  const order = embedded ?? paired?.order ?? null;
  if (order === null) return readDirect(tokens);
  // Read as asked directly, its tokens' places given back as the question has them.
  const pick = <T>(list: T[]): T[] => order.map((i) => list[i]!);
  const intent = readDirect({ values: pick(tokens.values), lower: pick(tokens.lower), lemmas: pick(tokens.lemmas), tags: pick(tokens.tags), named: pick(tokens.named) });
  const back = (i: number): number => order[i]!;
  const kindWords = [...(intent.kindWords ?? []).map(back), ...(paired?.noun === undefined ? [] : [paired.noun])];
  return {
    ...intent,
    subject: intent.subject.map(back),
    focus: intent.focus === null ? null : back(intent.focus),
    ...(kindWords.length > 0 ? { kindWords } : {}),
    ...(intent.modifiers ? { modifiers: intent.modifiers.map(back) } : {}),
    ...(intent.object ? { object: intent.object.map(back) } : {}),
  };
}

/** The words a question ends on saying what a thing is made of ("made of", "made up of", "consist of", "composed of"): where they start, or -1. */
function madeOfAt(lower: string[]): number {
  let end = lower.length;
  while (end > 0 && /^\W+$/.test(lower[end - 1]!)) end -= 1;
  if (lower[end - 1] !== 'of') return -1;
  const before = lower[end - 2];
  if (before === 'up' && lower[end - 3] === 'made') return end - 3;
  return ['made', 'consist', 'consists', 'composed', 'comprised'].includes(before ?? '') ? end - 2 : -1;
}

/**
 * Where a second question joined to one asked with a question word starts: a yes-or-no one after a comma ("…, and do
 * they…"), or one with a question word of its own ("when was the first drill and where did it go down?"); else -1.
 */
function secondQuestionAt(lower: string[], tags: string[]): number {
  const at = mainQuestionWord(lower);
  if (at < 0 || !WH.has(lower[at]!)) return -1;
  for (let i = at + 2; i + 2 < lower.length; i += 1) {
    if (lower[i] === ',' && lower[i + 1] === 'and' && tags[i + 2] === 'AUX') return i;
    if (lower[i] === 'and' && WH.has(lower[i + 1]!) && tags[i + 2] === 'AUX') return lower[i - 1] === ',' ? i - 1 : i;
  }
  return -1;
}

/**
 * "does anyone know what the three evils are", "can you explain who the author is": a question asked within another,
 * in a statement's order, its "be" last. The order of its tokens as asked directly ("what are the three evils"), or
 * null for any other question.
 */
function embeddedOrder({ lower, lemmas, tags, named }: QuestionTokens): number[] | null {
  const at = mainQuestionWord(lower);
  if (at < 0 || !['what', 'who'].includes(lower[at]!)) return null;
  let end = lower.length - 1;
  while (end > at && tags[end] === 'PUNCT') end -= 1;
  if (end <= at + 1 || lemmas[end]?.toLowerCase() !== 'be') return null;
  for (let i = at + 1; i < end; i += 1) if (!named[i] && !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(tags[i]!)) return null;
  const all = lower.map((_, i) => i);
  return [...all.slice(0, at + 1), end, ...all.slice(at + 1, end), ...all.slice(end + 1)];
}

/**
 * "When and with which country was the first bilateral exercise held?", "Where and in what year…": two question words
 * joined by "and", the second with a noun of its own. The question is read by the first ("when was the first bilateral
 * exercise held?"), whose answer's sentence names the other too: the second's noun is no focus (it had been read as the
 * thing dated, "country", and a sentence naming another country shown). The order of its tokens without "and … country"
 * and that noun's place, or null for any other question.
 */
function pairedOrder({ lower, tags }: QuestionTokens): { order: number[]; noun?: number } | null {
  const at = mainQuestionWord(lower);
  if (at < 0 || lower[at + 1] !== 'and') return null;
  let second = at + 2;
  if (tags[second] === 'ADP') second += 1;
  if (!['which', 'what', 'whom', 'who'].includes(lower[second] ?? '')) return null;
  let end = second;
  if (lower[second] === 'which' || lower[second] === 'what') {
    end += 1;
    while (tags[end] === 'ADJ') end += 1;
    if (tags[end] !== 'NOUN') return null;
  }
  // That noun only says what kind of answer the second asks ("what year"): no word of the question.
  return { order: lower.map((_, i) => i).filter((i) => i <= at || i > end), ...(end > second ? { noun: end } : {}) };
}

/** The forms of "do" a question asks with: "when did China sign…". */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
/** The forms of "have" a question asks with: "has Russia got troops there?". */
const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** English's verbs of feeling, valuing and relying: how much one does so is a degree told in words. */
const ATTITUDE_VERBS: ReadonlySet<string> = new Set(['care', 'matter', 'value', 'like', 'love', 'hate', 'dislike', 'fear', 'worry', 'trust', 'distrust', 'rely', 'depend', 'need', 'want', 'mind', 'respect', 'admire', 'prefer', 'resent', 'appreciate', 'favour', 'favor', 'prioritise', 'prioritize', 'count', 'lean']);
/** Nouns that pick kinds of a thing ("which two kinds of output"). */
const KINDS_PICKED: ReadonlySet<string> = new Set(['kind', 'sort', 'type', 'form', 'category', 'sector', 'branch']);
/** Nouns that count or sort what follows their "of" ("a lot of influence", "any kind of base"): the thing is that. */
const COUNTING_NOUNS: ReadonlySet<string> = new Set(['lot', 'number', 'amount', 'deal', 'plenty', 'kind', 'sort', 'type', 'form', 'bit']);
/** Verbs of an exam's instructions that ask what a thing is or holds, as "define" does ("outline the three evils"). */
const DEFINING_INSTRUCTIONS: ReadonlySet<string> = new Set(['outline', 'name', 'list', 'enumerate', 'identify']);
/** Verbs of instructions that ask so of a term the question calls one ("explain the phrase 'three evils'"). */
const TERM_INSTRUCTIONS: ReadonlySet<string> = new Set(['explain', 'describe', 'clarify', 'define']);
/** Nouns that only say a term is asked of: "the phrase", "the term". */
const TERM_NOUNS: ReadonlySet<string> = new Set(['phrase', 'term', 'concept', 'notion', 'expression', 'word', 'idea']);
/** Words of politeness or manner before an instruction: "please outline…", "briefly name…", "can you explain…". */
const BEFORE_INSTRUCTION: ReadonlySet<string> = new Set(['please', 'pls', 'kindly', 'briefly', 'quickly', 'now', 'can', 'could', 'would', 'you', 'u']);
/** Words that may follow a term only to say it is one: "explain the three evils thing". */
const AFTER_TERM: ReadonlySet<string> = new Set(['thing', 'stuff', 'again', 'please', 'pls']);

/**
 * The tokens of an instruction opening a line ("outline", "explain the phrase"), which say a definition is asked and
 * are no words of the question; null when the line opens with none.
 */
function instructionAt(lower: string[], tags: string[], named: boolean[]): number[] | null {
  let at = 0;
  while (BEFORE_INSTRUCTION.has(lower[at] ?? '')) at += 1;
  const verb = lower[at] ?? '';
  // Read as a verb, or opening the line before "the" ("Name the three evils": wink may read a capitalised word so as a name).
  if (tags[at] !== 'VERB' && tags[at + 1] !== 'DET') return null;
  let next = at + 1;
  while (tags[next] === 'DET' || tags[next] === 'PUNCT') next += 1;
  const term = TERM_NOUNS.has(lower[next] ?? '') ? [next, ...(lower[next + 1] === 'of' ? [next + 1] : [])] : [];
  if (DEFINING_INSTRUCTIONS.has(verb)) return [at, ...term];
  if (!TERM_INSTRUCTIONS.has(verb)) return null;
  if (term.length > 0) return [at, ...term];
  // Or of a name alone, all the line asks of ("explain the three evils", "can u explain the three evils thing"): not
  // "explain China's policy", which asks more than what a name is.
  let end = next;
  while (named[end] === true) end += 1;
  if (end === next) return null;
  const rest = lower.slice(end).filter((word, i) => tags[end + i] !== 'PUNCT' && !AFTER_TERM.has(word));
  return rest.length === 0 ? [at] : null;
}

/** Verbs that say what caused something: "What caused…", "what triggered…", "what made the economy boom…". */
const CAUSING_VERBS: ReadonlySet<string> = new Set(['cause', 'trigger', 'spark', 'prompt', 'provoke', 'motivate', 'drive', 'push', 'force', 'compel', 'fuel', 'spur', 'make']);
/** Verbs that say so with their particle, by the particle: "what led to…", "what brought about…". */
const CAUSING_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['lead'])],
  ['about', new Set(['bring'])],
]);

/** After "what", what says a cause is asked: "is (largely) to blame for", "'s behind", "was (mostly) behind". */
const BLAMED = /^(?:'s|is|are|was|were)\s+(?:(?:largely|mostly|partly|mainly|chiefly|really|most|partially|primarily)\s+)?(?:to\s+blame\s+for|behind)\b/;

function readDirect({ values, lower, lemmas, tags, named }: QuestionTokens): Intent {
  const lemma = (i: number): string => lemmas[i]?.toLowerCase() ?? '';
  // Not "what makes up…", which asks what a thing is made of.
  const causes = (i: number): boolean => tags[i] === 'VERB' && lower[i + 1] !== 'up' && (CAUSING_VERBS.has(lemma(i)) || CAUSING_PARTICLES.get(lower[i + 1] ?? '')?.has(lemma(i)) === true);
  const at = mainQuestionWord(lower);
  const defineAt = lower.findIndex((v) => v === 'define' || v === 'meaning');
  // "define fundamentalism": "define" says a definition is asked, as "what is" does; it is no word of the question.
  // So do an exam's instructions ("outline the three evils", "name the three evils", "explain the phrase 'three
  // evils'"), and the noun that only says a term is asked of.
  const instruction = instructionAt(lower, tags, named);
  if (at < 0 && instruction) return { kind: 'definition', subject: contentAfter(instruction[instruction.length - 1]! + 1), focus: null, kindWords: instruction };
  // "Does China have a military base in Kazakhstan?": whether a name has a thing, asked yes or no; the thing is what a
  // passage must speak of, as the noun of an attribute is ("what is the capital of…"), not any passage on the names.
  const had = at < 0 ? possessionAsked() : undefined;
  if (had !== undefined) return { kind: 'attribute', subject: [], focus: had.focus, ...(had.modifiers.length > 0 ? { modifiers: had.modifiers } : {}) };
  if (at < 0 && defineAt < 0) return keywordsIntent();
  if (at < 0) {
    // "three evils meaning": the term stands before the word, when nothing follows it.
    const defined = contentAfter(defineAt + 1);
    return { kind: 'definition', subject: defined.length > 0 ? defined : contentAfter(0).filter((i) => i < defineAt), focus: null, kindWords: [defineAt] };
  }
  const wh = lower[at]!.replace(/'?s$/, '');
  const next = lower[at + 1] ?? '';
  // "What is meant by three evils?", "what does 'three evils' refer to?", "what is CARs short for?": what a term
  // means, as "what does it stand for?" asks; the words saying so are no words of the question.
  if (wh === 'what') {
    const meantBy = lower.findIndex((v, i) => i > at && v === 'meant' && lower[i + 1] === 'by');
    if (meantBy > 0 && contentAfter(meantBy + 2).length > 0) return { kind: 'definition', subject: contentAfter(meantBy + 2), focus: null, kindWords: [meantBy, meantBy + 1] };
    let last = lower.length - 1;
    while (last > at && tags[last] === 'PUNCT') last -= 1;
    const refersTo = (lower[last] === 'to' && lemma(last - 1) === 'refer') || (lower[last] === 'for' && lower[last - 1] === 'short');
    const term = refersTo ? contentAfter(at + 2).filter((i) => i < last - 1) : [];
    if (term.length > 0) return { kind: 'definition', subject: term, focus: null, kindWords: [last - 1, last] };
  }
  // Why questions ask for a cause ("how come" too); other how questions for a manner, which any passage may give.
  if (wh === 'why' || (wh === 'how' && next === 'come')) return { kind: 'reason', subject: [], focus: null };
  // "What caused the split?", "what brought about the boom?", "what led to the formation of the SCO?" ask a cause as
  // "why" does; the verb stays a word of the question ("caused" meets "due to" no less than "why" does). Readable sets
  // two highlights more the cause, ten tuning documents two more first ("What made the economy boom…?").
  if (wh === 'what' && causes(at + 1)) return { kind: 'reason', subject: [], focus: null };
  // "What is to blame for Moscow's money troubles?", "what's behind the slump?": what a thing is owed to, a cause.
  if (wh === 'what' && BLAMED.test(lower.slice(at + 1).join(' '))) return { kind: 'reason', subject: [], focus: null };
  if (wh === 'how' && !QUANTITY_ADJECTIVES.has(next)) return { kind: null, subject: [], focus: null };
  // "What did it cost to build the dam?": a sum, of nothing the question names but the thing built.
  if (wh === 'what' && ['do', 'does', 'did', 'will', 'would'].includes(next) && lower.some((v, i) => i > at + 1 && lemma(i) === 'cost' && tags[i] === 'VERB')) return { kind: 'quantity', subject: [], focus: null, money: true };
  // "How far has their relation progressed?" asks how much, in any words; "how far is Osh from Kashi?" a distance,
  // "how far back" since when.
  if (wh === 'how' && next === 'far' && lower[at + 2] !== 'back' && lemma(at + 2) !== 'be') return { kind: null, subject: [], focus: null };
  // "How much does China care about the oil and gas?", "how much do they rely on Moscow?": a degree of a feeling or a
  // reliance, told in words ("attracts China's security interests"), not a number; wink may tag the verb after its
  // subject a noun ("care").
  if (wh === 'how' && next === 'much' && DO_FORMS.has(lower[at + 2] ?? '') && lemmas.some((_, i) => i > at + 2 && ATTITUDE_VERBS.has(lemma(i)) && (tags[i] === 'VERB' || named[i - 1] || ['PROPN', 'PRON'].includes(tags[i - 1]!)))) return { kind: null, subject: [], focus: null };
  // "Where do Russia and India stand on X?", "where does Kazakhstan stand in the world?", "where does Herat rank among
  // the cities?": a position or a stance, in any words, not a place.
  if (wh === 'where' && lemmas.some((_, i) => i > at && POSITION_VERBS.has(lemma(i)) && (tags[i] === 'VERB' || tags[i] === 'NOUN'))) return { kind: null, subject: [], focus: null };
  // "What are the three evils made of?", "what does RATS consist of?": what a thing is, as "what is it?" asks; the
  // words of making only say so ("consist" had met the paper's "consistently").
  const madeOf = wh === 'what' && (lemma(at + 1) === 'be' || lemma(at + 1) === 'do') ? madeOfAt(lower) : -1;
  if (madeOf > at + 2) {
    const subject = contentAfter(at + 2).filter((i) => i < madeOf);
    if (subject.length > 0) return { kind: 'definition', subject, focus: null, kindWords: lower.map((_, i) => i).filter((i) => i >= madeOf && tags[i] !== 'PUNCT') };
  }

  /** The content tokens from `from` to the end of the clause ("what does CARs mean? it shows up…" stops at "?"). */
  function contentAfter(from: number): number[] {
    const end = values.findIndex((v, i) => i >= from && /^[?,;!]$/.test(v));
    return values
      .map((_, i) => i)
      .filter((i) => i >= from && (end < 0 || i < end) && !['DET', 'PUNCT', 'AUX', 'ADP', 'PART'].includes(tags[i]!) && !['stand', 'mean', 'short'].includes(lower[i]!));
  }
  // "who was Uzbekistan's president", "how many troops": the noun asked about, unless a verb says what is asked
  // ("when did X die"); whether that noun is a date or a quantity ("what is the population of …") tells the kind.
  // "when was the SCO founded?" dates its verb; "when is the summit?" its noun.
  // "What is Beijing's number one reason": "number one" is "first", no number asked.
  const isNoun = (i: number): boolean => tags[i] === 'NOUN' && !(lemma(i) === 'number' && lower[i + 1] === 'one');
  // "How high were the walls that Veryovkin attacked?" measures the walls, as "what was the height of the walls?" does:
  // after an adjective of measure as after "what" ("how many were killed" asks of the verb).
  const measured = wh === 'how' && MEASURE_ADJECTIVES.has(next) && lemma(at + 2) === 'be';
  // "Who is cited for the claim that…?", "who was killed in…?": a passive verb and the preposition after it say what is
  // asked of the person, not a noun after them ("claim": it had been read as asking who claims). Not "who was appointed
  // governor…?", which asks for the person in a role.
  const passive = wh === 'who' && lemma(at + 1) === 'be' && tags[at + 2] === 'VERB' && /(?:ed|en)$/.test(lower[at + 2] ?? '') && (tags[at + 3] === 'ADP' || at + 3 >= values.length);
  const be = ((lemma(at + 1) === 'be' || lower[at + 1] === "'s") && !passive && !(wh === 'when' && values.some((_, i) => i > at && asksVerb(i)))) || measured;
  // "what year did X join Y": the verb is what is dated, not a noun of the clause ("how many troops did…" counts one).
  const kindNounThenVerb = KIND_NOUNS.has(lemma(at + 1)) && tags[at + 2] === 'AUX';
  // The noun right after the question word ("what year", "which share"), not a verb or adjective of its lemma ("which shared worry").
  // "On what exact date", "which specific year": past the adjectives.
  // "Which two kinds of factory output…": past a count of the kinds picked, too (it had been read as a quantity asked).
  // Not of the things themselves ("which two states…" stays a question of which, not of a place).
  let nextNoun = at + 1;
  if ((wh === 'which' || wh === 'what') && tags[nextNoun] === 'NUM' && !named[nextNoun] && KINDS_PICKED.has(lemma(nextNoun + 1))) nextNoun += 1;
  while (tags[nextNoun] === 'ADJ' && !named[nextNoun]) nextNoun += 1;
  // "Which Kyrgyz town…": a name before a town says where the town asked lies, as "which town in Kyrgyzstan" does.
  while ((wh === 'which' || wh === 'what') && named[nextNoun] && CITY_NOUNS.has(lemma(nextNoun + 1))) nextNoun += 1;
  const nounNext = isNoun(nextNoun) ? lemma(nextNoun) : '';
  // "How many million USD…", "how many billion dollars…": a sum counted in its units.
  // A verb of paying, in one word or with its particle ("shell out").
  // Not one its particle makes another verb of ("give in", "give up").
  const pays = (i: number): boolean => PAYING_PHRASES.has(`${lemma(i)} ${lower[i + 1] ?? ''}`) || (MONEY_VERBS.has(lemma(i)) && !VERB_PARTICLES.has(lower[i + 1] ?? ''));
  const countsMoney = (i: number): boolean => CURRENCY_CODES.includes(lower[i] ?? '') || (SCALES.has(lower[i] ?? '') && (CURRENCY_CODES.includes(lower[i + 1] ?? '') || CURRENCIES.includes(lemma(i + 1))));
  // "How many troops", "how much aid": the noun is what is counted; "how much did it cost?" measures what the verb does.
  const asksNoun = be || next === 'many' || (next === 'much' && tags[at + 2] !== 'AUX') || ((DATE_NOUNS.has(nounNext) || QUANTITY_NOUNS.has(nounNext)) && !kindNounThenVerb);
  const after: number[] = [];
  for (let i = at + 1; i < values.length; i += 1) if (!named[i]) after.push(i);
  const isTopicNoun = (i: number): boolean => (isNoun(i) || tags[i] === 'PROPN') && !GENERIC_NOUNS.has(lemma(i));
  // "What interest rate", "what annual fee", "what is the estimated total cost of …": the head of the noun phrase after
  // the question word (or after "what is the"), past adjectives and participles, says a sum or a quantity is asked.
  let phraseAt = be && !measured && tags[at + 2] === 'DET' ? at + 3 : nextNoun;
  // An adverb before them is an adjective the tagger misread ("the monthly minimum wage").
  const modifies = (i: number): boolean => tags[i] === 'ADJ' || (tags[i] === 'VERB' && /ed$/.test(lower[i] ?? '')) || (tags[i] === 'ADV' && (tags[i + 1] === 'ADJ' || tags[i + 1] === 'NOUN'));
  while (!named[phraseAt] && modifies(phraseAt)) phraseAt += 1;
  const phraseHead = isNoun(phraseAt) && !named[phraseAt] ? lemma(head(phraseAt)) : '';
  // Not money itself ("what was the money for?" asks a purpose).
  // "Which interest rates were freed?" asks which of them, not what they were: a plural after "which" picks some.
  // So does one with a clause of its own after it ("Which debt has Cameroon rescheduled?"), not a share of a thing
  // ("which share of exports…").
  const picks = (i: number): boolean => wh === 'which' && ((lower[i] !== lemma(i) && /s$/.test(lower[i] ?? '')) || tags[i + 1] === 'AUX' || tags[i + 1] === 'VERB');
  const sumAsked = (wh === 'what' || wh === 'which') && !(isNoun(phraseAt) && picks(head(phraseAt))) && ((MONEY_NOUNS.has(phraseHead) && !MONEY_ITSELF.has(phraseHead)) || (QUANTITY_NOUNS.has(phraseHead) && !KIND_NOUNS.has(phraseHead)));
  // "What corporate tax rate did Cyprus introduce?" asks the rate, whatever verb says what was done with it.
  const asksPhrase = asksNoun || sumAsked;
  // "How big is Kyrgyzstan's military?": an adjective ending the question after a possessive or a determiner is used as
  // a noun ("the military", "the poor"), the thing asked of.
  const adjectiveAsNoun = (i: number): boolean => tags[i] === 'ADJ' && (tags[i + 1] === undefined || tags[i + 1] === 'PUNCT') && (POSSESSIVE.has(lower[i - 1] ?? '') || tags[i - 1] === 'DET' || tags[i - 1] === 'PRON');
  const nounAt = after.find((i) => (isNoun(i) || adjectiveAsNoun(i)) && !GENERIC_NOUNS.has(lemma(i)));
  const verbAsks = after.some(asksVerb);
  // "What was Chui Avenue called during Soviet times?": a noun after a verb is no noun asked.
  const nounAfterVerb = nounAt !== undefined && after.some((i) => i < nounAt && tags[i] === 'VERB');
  // The last noun of a compound says what is asked ("the annual trade *volume*", "the defence *budget*").
  const focusAt = nounAt !== undefined && !nounAfterVerb && (asksPhrase || !verbAsks) ? head(nounAt) : undefined;
  const focusNoun = focusAt === undefined ? '' : lemma(focusAt);

  let kind: AnswerKind | null = null;
  // "What does the small size of the drill say about the SCO?": after "what does", the noun is what does something,
  // not what is asked ("what is the size of the army?" asks a size).
  // So after "what have" ("What have the last few decades seen in their co-operation?" asks no date).
  const asked = ['do', 'does', 'did', 'have', 'has', 'had'].includes(next) ? '' : focusNoun;
  // A measure in the singular ("what is the area of Kenya?"); in the plural it names kinds ("what are the focus areas of
  // the agenda?" asks which fields, not a size).
  const measuredOne = focusAt !== undefined && lower[focusAt] === asked;
  // "How far back do their ties go?" asks since when.
  // "How many years do children spend at school?" asks how long; "how many times…" how often.
  if (wh === 'how' && (next === 'many' || next === 'much') && DATE_NOUNS.has(nounNext)) kind = nounNext === 'time' ? 'frequency' : 'duration';
  else if (wh === 'when' || (wh === 'how' && next === 'far' && lower[at + 2] === 'back') || DATE_NOUNS.has(nounNext) || DATE_NOUNS.has(asked)) kind = 'date';
  // "How long is the border?", "how long are the pipelines?" measure a thing's length, as "how far" measures a distance;
  // "how long was the exercise?", "how long have they held drills?" ask a time.
  else if (wh === 'how' && next === 'long' && !(measured && ['is', 'are'].includes(lower[at + 2] ?? ''))) kind = 'duration';
  // "How often are the exercises held?": "annual", "every year", "twice a year".
  else if (wh === 'how' && (next === 'often' || next === 'frequently')) kind = 'frequency';
  // "How old is the SCO?": an age, or the year it runs from.
  else if ((wh === 'how' && next === 'old') || ((wh === 'what' || wh === 'which') && nounNext === 'age')) kind = 'age';
  // "Which big powers share a worry?" asks for powers: the noun after "which" or "what" is the kind of answer, not one
  // after it (a verb the tagger read as a noun).
  else if (wh === 'how' || (QUANTITY_NOUNS.has(nounNext) && !picks(nextNoun)) || sumAsked || (QUANTITY_NOUNS.has(asked) && !(nounNext !== '' && (wh === 'which' || wh === 'what'))) || (be && MEASURE_NOUNS.has(asked) && measuredOne) || (be && wh === 'what' && measuredOne && MONEY_NOUNS.has(asked) && !MONEY_ITSELF.has(asked))) kind = 'quantity';
  // "What does the base mean for India?" asks what follows for someone, not what a term means.
  else if ((wh === 'what' || wh === 'who') && (be || lower.includes('stand') || lower.includes('mean')) && !lower.some((v, i) => (v === 'mean' || v === 'means') && lower[i + 1] === 'for')) {
    // "What is the SCO?", "what are the three evils", "what does RATS stand for": the question only names a thing.
    // "What is the capital of Turkmenistan?", "what is China's population?": a thing's attribute, not what a name means.
    // "Who was Tajikistan's defence minister?": a person in a role, not who a name is.
    // "What is the full name of the SCO?", "what's the full form of RATS?": what a name stands for, as "what does RATS
    // stand for?" asks (it had been read as asking the SCO's name, which no sentence gives as an attribute).
    const spelled = be ? nameSpelledOut() : undefined;
    if (spelled !== undefined) return { kind: 'definition', subject: spelled.subject, focus: null, kindWords: spelled.kindWords };
    const attribute = be ? attributeAsked() : undefined;
    if (attribute?.naming !== undefined) return { kind: 'name', subject: [], focus: attribute.at, kindWords: [attribute.naming] };
    if (attribute !== undefined) return { kind: wh === 'who' ? 'agent' : 'attribute', subject: [], focus: attribute.at, ...(attribute.modifiers.length > 0 ? { modifiers: attribute.modifiers } : {}), ...(wh === 'who' && PERSON_ROLES.has(lemma(attribute.at)) ? { person: true as const, ...roleOf(attribute.at) } : {}) };
    // "What's this three evils thing?": the words between "this" and a vague noun are the term.
    const content = contentAfter(at + 2);
    const vague = content.length > 2 && DEMONSTRATIVES.has(lower[content[0]!]!) && VAGUE_NOUNS.has(lower[content.at(-1)!]!);
    const rest = vague ? content.slice(1, -1) : content;
    // "Who was the Chinese president in 2013?": a person in a role a common noun names, not who a name is.
    const role = wh === 'who' ? rest.find((i) => isNoun(i) && !named[i] && !GENERIC_NOUNS.has(lemma(i))) : undefined;
    if (role !== undefined) return { kind: 'agent', subject: [], focus: head(role), ...(PERSON_ROLES.has(lemma(head(role))) ? { person: true as const, ...roleOf(head(role)) } : {}) };
    // "What was the money for?", "what is the weather like?": a clause ending on its preposition asks a purpose or a
    // description, not what a name means.
    const words = values.map((_, i) => i).filter((i) => i > at && tags[i] !== 'PUNCT');
    // So does "for" before a phrase of place or time only ("What are confidence-building measures for in the region?").
    const endsOnPreposition = words.length > 0 && (tags[words.at(-1)!] === 'ADP' || lower[words.at(-1)!] === 'like' || words.some((i) => lower[i] === 'for' && tags[i + 1] === 'ADP')) && !lower.includes('stand');
    // "What is the Taliban's role?", "what is the part of India?": what a name does, in any words, not what a term means.
    // So is "what is Beijing's chief aim?": what a thing is meant to do (see PURPOSE_NOUNS).
    const doesWhat = rest.some((i) => !named[i] && (ROLE_NOUNS.has(lemma(i)) || PURPOSE_NOUNS.has(lemma(i))));
    // "What was the budget deficit in 2005?": a term has no year; a thing's value at a time is asked, not what it means.
    const dated = rest.some((i) => /^(1[5-9]|20)\d\d$/.test(values[i]!));
    // "What is the latest multilateral exercise?", "what was the first one?": one of a kind picked by its rank or
    // time, told by the passage naming it, not what a term means.
    const ranked = words.some((i) => RANKING.has(lower[i]!) || (tags[i] === 'ADJ' && SUPERLATIVE.test(lower[i]!)));
    // "What is in the introduction?", "what's inside RATS?": what a thing holds, not what a term means.
    const within = be && tags[at + 2] === 'ADP';
    // "What is praedial larceny in Jamaican agriculture?": the term is what comes before "in", where it is spoken of after.
    const inAt = lower.findIndex((v, i) => i > at + 2 && v === 'in' && tags[i] === 'ADP' && !named[i]);
    const term = inAt > 0 && rest.some((i) => i < inAt) ? rest.filter((i) => i < inAt) : rest;
    if (!endsOnPreposition && !doesWhat && !dated && !ranked && !within && rest.length > 0 && rest.length <= 4 && rest.every((i) => named[i] || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tags[i]!))) return { kind: 'definition', subject: term, focus: null };
  }
  if (defineAt >= 0 && kind === null) return { kind: 'definition', subject: contentAfter(defineAt + 1), focus: null, kindWords: [defineAt] };
  // "Who was Uzbekistan's president?", "who heads the commission?": the person or body in a role the passage names.
  if (kind === null && wh === 'who') kind = 'agent';
  // "Which Chinese president signed the agreement?": a person in the role, as "who was the president" asks.
  // Past names and adjectives ("which Chinese defence minister").
  // A rank or post wink may tag as an adjective ("which Chinese general visited …?") is the noun when no noun follows it.
  const rankAt = (i: number): boolean => RANKS.has(lower[i] ?? '') && tags[i + 1] !== 'NOUN';
  let roleAt = at + 1;
  while (named[roleAt] || (tags[roleAt] === 'ADJ' && !rankAt(roleAt))) roleAt += 1;
  // The role only says a person is asked, as "city" of "which city" says a place is: it is no word of the question.
  // What is asked of the person is what the verb says ("signed"), where there is one.
  if (kind === null && (wh === 'which' || wh === 'what') && ((isNoun(roleAt) && (PERSON_ROLES.has(lemma(head(roleAt))) || RANKS.has(lemma(head(roleAt))))) || rankAt(roleAt))) {
    return { kind: 'agent', subject: [], focus: after.find((i) => i > roleAt && asksVerb(i)) ?? null, kindWords: [head(roleAt)], person: true };
  }
  // "Which company is building the plant?": a firm, as "who" asks; the noun only says so, and what is asked of it is
  // what the verb says. Not "which body" or "which agency", which the paper answers by a name whatever verb is asked
  // ("Through which body do Beijing and its neighbours run their security efforts?": the SCO): measured so, the
  // readable sets lost four answers; for firms alone, one near-topic question of a tuning document more abstained (who
  // builds Bangladesh's nuclear plant; the Kyrgyz solar plant's builder, which prompted it, is still answered) and
  // nothing else moved.
  if (kind === null && wh === 'which' && isNoun(roleAt) && BODY_NOUNS.has(lemma(head(roleAt)))) {
    const verb = after.find((i) => i > roleAt && asksVerb(i));
    // "Which company is Chile's largest lithium producer?": with no verb but "be", what the body is, the noun after it,
    // and the nouns before that noun that say which ("lithium").
    const first = verb === undefined && lemma(head(roleAt) + 1) === 'be' ? after.find((i) => i > head(roleAt) + 1 && isTopicNoun(i) && tags[i] !== 'PROPN') : undefined;
    if (first !== undefined && head(first) > first) return { kind: 'agent', subject: [], focus: head(first), modifiers: after.filter((i) => i >= first && i < head(first)), kindWords: [head(roleAt)], body: true };
    return { kind: 'agent', subject: [], focus: verb ?? null, kindWords: [head(roleAt)], body: true };
  }
  // "Where is the RATS headquarters?", "which city hosted the exercise?": a place the passage names.
  const placeNoun = (wh === 'which' || wh === 'what') && PLACE_NOUNS.has(lemma(nextNoun));
  if (kind === null && (wh === 'where' || placeNoun)) kind = 'place';
  if (kind === null) return { kind, subject: [], focus: null };
  // "Which city": the noun says what kind of answer is asked, as "what year" does; it is no word of the question; nor
  // is "hosted" of "which city hosted…".
  const placeVerbs = kind === 'place' ? after.filter((i) => PLACE_VERBS.has(lemma(i))) : [];
  // "How long", "how far", "how big": the adjective says a length or a size is asked, as "how many" does.
  const howWord = wh === 'how' && QUANTITY_ADJECTIVES.has(next) ? [at + 1] : [];
  const kindWords = [...(kind === 'place' && placeNoun ? [nextNoun] : []), ...placeVerbs, ...howWord];
  // "how many Uyghurs live…": what is counted is the name right after "how many", held by any passage naming it; one
  // the gazetteer lacks too ("how many Egyptians were drafted…", not the war they were drafted for).
  // Not a name before the nouns counted ("how many SCO member states"): those are counted, the name says whose.
  const isName = (i: number): boolean => named[i] === true || tags[i] === 'PROPN';
  let nameEnd = at + 2;
  while (isName(nameEnd)) nameEnd += 1;
  // So is the name before a noun that only says they are people ("how many Uighur people…"); not before adjectives
  // and a noun counted ("how many Chinese military advisors…" counts advisors).
  let counted = nameEnd;
  while (tags[counted] === 'ADJ') counted += 1;
  if ((next === 'many' || next === 'much') && isName(at + 2) && (!isTopicNoun(counted) || PEOPLE_NOUNS.has(lemma(counted)))) return { kind, subject: [], focus: null };
  // The word asked about: the thing counted or dated ("how many troops", "what is the population"), not the words
  // that only say that a date or number is asked for ("what year", "the number of"); else the verb ("when did X die").
  // "Who became Mongolia's first president?" asks of the president: a possessive says whose it is. A name is no
  // focus, known or not ("on what date did the Taliban take Herat?"): a passage must name it anyway, and its sentence
  // that gives the date may call it otherwise ("the city was captured").
  const first = after.find((i) => (isTopicNoun(i) || adjectiveAsNoun(i)) && tags[i] !== 'PROPN' && !KIND_NOUNS.has(lemma(i)) && (asksPhrase || !verbAsks) && !POSSESSIVE.has(lower[i + 1] ?? ''));
  // "When did the Elephant field begin production?" dates the production: what a verb of beginning or ending has as its
  // object is what begins, not the subject before it.
  // Not a noun the question word asks of ("how many soldiers did the army start the war with?" counts soldiers).
  const noun = first === undefined || asksPhrase ? first : (objectBegun(first) ?? first);
  const read = noun === undefined ? (becomes() ?? after.find(asksVerb)) : head(noun);
  // "How many tonnes of walnuts": what is counted is the walnuts, in tonnes; a sentence with tonnes of fish gives no count.
  // Not a name whose they are ("hectares of Haiti's arable land" measures land).
  const measuredIn = kind === 'quantity' && read !== undefined && UNITS.has(lemma(read)) && lower[read + 1] === 'of' ? after.find((i) => i > read + 1 && isTopicNoun(i) && !POSSESSIVE.has(lower[i + 1] ?? '')) : undefined;
  const focus = measuredIn === undefined ? read : head(measuredIn);
  // "How many nuclear weapons": the adjectives and nouns right before the noun counted, after "how many".
  const modifiers: number[] = [];
  // "By how much did the share of poor people fall in 2017?": "fall" after "did" and its subject, with no word before it
  // that makes it a noun ("the fall of 2017", "in fall 2014"), is the verb asked, however wink tags it: no compound's head.
  const fallDone = read !== undefined && lemma(read) === 'fall' && lower.some((v, i) => i < read && DO_FORMS.has(v)) && !['DET', 'ADP', 'ADJ', 'NUM'].includes(tags[read - 1] ?? '');
  if (kind === 'quantity' && noun !== undefined && !fallDone) {
    if (next === 'many' || next === 'much') for (let i = noun - 1; i > at + 1 && !named[i] && (tags[i] === 'ADJ' || isNoun(i)); i -= 1) modifiers.unshift(i);
    // The nouns of the compound before the one counted: "Kyrgyzstan's unemployment rate" is no rate of wages.
    for (let i = noun; i < read!; i += 1) modifiers.push(i);
    if (measuredIn !== undefined) modifiers.push(read!);
  }
  const object = focus === undefined ? [] : objectOf(focus);
  // Countries lead too ("who leads security in Central Asia?"), but who led a delegation or an army is a person; so is
  // who leads a thing the question names ("who leads the Taliban?", "who leads Kazakhstan?").
  let ledAt = focus === undefined ? -1 : focus + 1;
  while (tags[ledAt] === 'DET') ledAt += 1;
  const ledByPerson = focus !== undefined && lemma(focus) === 'lead' && (named[ledAt] === true || tags[ledAt] === 'PROPN' || values.some((_, i) => i > focus && i <= focus + 4 && !named[i] && isNoun(i) && LED_BY_PERSONS.has(lemma(i))));
  const person = kind === 'agent' && focus !== undefined && (PERSON_ROLES.has(lemma(focus)) || LEADING_VERBS.has(lemma(focus)) || ledByPerson);
  const city = kind === 'place' && placeNoun && CITY_NOUNS.has(lemma(nextNoun));
  // A sum is asked by its noun ("the cost", "the budget"), by "how expensive", or by "how much" with a verb of paying.
  // A share of a sum is a proportion ("what share of loans went to state firms?": "95 percent of loans").
  // "How much was the aid in (US) dollars?": the currency the sum is asked in says a sum is asked; the word is no topic.
  const inCurrency = kind === 'quantity' ? after.find((i) => CURRENCIES.includes(lemma(i)) && (lower[i - 1] === 'in' || (lower[i - 2] === 'in' && CURRENCY_CODES.includes(lower[i - 1] ?? '')))) : undefined;
  // "How much of Nepal's development budget comes from aid?" asks a share of the budget ("more than half of it"), as
  // "what share of" does, not a sum.
  // Not a noun joined by hyphens to the head after it ("what loan-to-deposit ratio" asks a ratio).
  const money =
    kind === 'quantity' &&
    !SHARE_NOUNS.has(nounNext) &&
    !(next === 'much' && lower[at + 2] === 'of') &&
    (inCurrency !== undefined ||
      (focus !== undefined && MONEY_NOUNS.has(lemma(focus))) || (MONEY_NOUNS.has(nounNext) && values[nextNoun + 1] !== '-') || next === 'expensive' || next === 'costly' || (next === 'much' && (after.some(pays) || after.some((i) => lower[i] === 'worth'))) || (next === 'many' && countsMoney(at + 2)));
  // "How much did India spend to upgrade the base?": the verb of paying only says a sum is asked, as "how much" does;
  // what is paid for is asked about, which a passage may speak of in its own words ("a US$10 million project").
  // "How much cash did China give Kyrgyzstan?": a noun that is money itself says a sum is asked, as "how much" does;
  // what the sum is of is asked (a "budget" or a "price" stays asked: the sum of that).
  if (money && focus !== undefined && (pays(focus) || MONEY_ITSELF.has(lemma(focus)))) {
    // "How many US dollars in remittances…", "how much money in aid…": the noun after "in" or "of" is what the sum is of.
    const of = focus + 2;
    if (MONEY_ITSELF.has(lemma(focus)) && (lower[focus + 1] === 'in' || lower[focus + 1] === 'of') && isTopicNoun(of) && !named[of]) return { kind, subject: [], focus: head(of), kindWords: [...kindWords, focus], ...flagsOf({ person, money }) };
    return { kind, subject: [], focus: null, kindWords: [...kindWords, focus], ...flagsOf({ person, money }) };
  }
  const measure = kind === 'quantity' && wh === 'how' && MEASURE_ADJECTIVES.has(next);
  if (inCurrency !== undefined) kindWords.push(inCurrency);
  return { kind, subject: [], focus: focus ?? null, ...(kindWords.length > 0 ? { kindWords } : {}), ...(modifiers.length > 0 ? { modifiers } : {}), ...(object.length > 0 ? { object } : {}), ...flagsOf({ person, city, money, measure }) };

  /**
   * What a role is of, when a common noun says it ("the Minister of Defence", "the defence minister", "the head of the
   * commission"): a passage naming another minister does not name this one. Not a name ("the president of
   * Kyrgyzstan"), which passages must name anyway.
   */
  function roleOf(i: number): { modifiers?: number[] } {
    const nouns: number[] = [];
    // "the defence minister", as "the Minister of Defence"
    for (let k = i - 1; k > at && isNoun(k) && !named[k]; k -= 1) nouns.unshift(k);
    if (lower[i + 1] === 'of') {
      let k = i + 2;
      while (tags[k] === 'DET') k += 1;
      for (; (isNoun(k) || tags[k] === 'PROPN') && !named[k]; k += 1) nouns.push(k);
    }
    return nouns.length > 0 ? { modifiers: nouns } : {};
  }

  /** Whether token `i` is an adjective saying which of a kind is asked ("official", "current"), not how much it matters or its rank. */
  function restricting(i: number): boolean {
    return !named[i] && tags[i] === 'ADJ' && !DEGREE_ADJECTIVES.has(lower[i]!) && !RANKING.has(lower[i]!) && !SUPERLATIVE.test(lower[i]!);
  }

  /**
   * The thing a yes-or-no question asks whether names have ("Does China have a military base in Kazakhstan?", "has
   * Russia got troops there?", "do Iran and India have a pipeline?"): the last noun of the phrase after the verb of
   * having, and the adjectives before it that say which ("military"); the phrase ends the question or a preposition
   * or an adverb ("there") follows it. "A lot of", "any kind of" are passed over to what they count.
   */
  function possessionAsked(): { focus: number; modifiers: number[] } | undefined {
    const opener = lower[0] ?? '';
    if (!DO_FORMS.has(opener) && !HAVE_FORMS.has(opener)) return undefined;
    let i = 1;
    let names = 0;
    for (; named[i] || tags[i] === 'PROPN' || tags[i] === 'CCONJ' || tags[i] === 'DET'; i += 1) if (named[i] || tags[i] === 'PROPN') names += 1;
    if (names === 0 || !(DO_FORMS.has(opener) ? lemma(i) === 'have' : lower[i] === 'got')) return undefined;
    const modifiers: number[] = [];
    let focus: number | undefined;
    for (let k = i + 1; k < values.length; k += 1) {
      if (named[k]) return undefined;
      if (['DET', 'NUM'].includes(tags[k]!)) continue;
      if (tags[k] === 'ADJ') {
        if (restricting(k)) modifiers.push(k);
        continue;
      }
      if (tags[k] !== 'NOUN') break;
      focus = k;
      if (COUNTING_NOUNS.has(lemma(k)) && lower[k + 1] === 'of') {
        k += 1;
        focus = undefined;
        modifiers.length = 0;
      }
    }
    if (focus === undefined) return undefined;
    const next = tags[focus + 1];
    return next === undefined || next === 'PUNCT' || next === 'ADP' || next === 'ADV' || lower[focus + 1] === 'there' ? { focus, modifiers: modifiers.filter((k) => k < focus!) } : undefined;
  }

  /** The nouns of the phrase right after token `i`, past its determiners and adjectives: none after a preposition. */
  function objectOf(i: number): number[] {
    // Past a phrasal verb's particle ("kick off military exchanges").
    let k = PARTICLES.has(lower[i + 1] ?? '') ? i + 2 : i + 1;
    while (!named[k] && ['DET', 'PRON', 'ADJ', 'ADV', 'NUM'].includes(tags[k] ?? '') && !POSSESSIVE.has(lower[k] ?? '')) k += 1;
    const nouns: number[] = [];
    // A name the nouns are of is passed over ("run its Peace Mission drills": the drills).
    for (; (isTopicNoun(k) && !named[k]) || (named[k] && nouns.length === 0); k += 1) if (!named[k]) nouns.push(k);
    return nouns;
  }

  /**
   * Words without a question ("Kabul Zoo opening year", "RATS establishment year"): a date when they end on "year" or
   * "date", of the word before it that is no name ("opening"); else nothing in particular.
   */
  function keywordsIntent(): Intent {
    const words = values.map((_, i) => i).filter((i) => tags[i] !== 'PUNCT');
    const last = words.at(-1);
    // Not a question asked in other words ("roughly what share of the people live on a dollar a day?").
    if (last === undefined || words.some((i) => tags[i] === 'AUX' || WH.has(lower[i]!))) return { kind: null, subject: [], focus: null };
    if (!['year', 'date'].includes(lemma(last)) || tags[last] !== 'NOUN') return { kind: null, subject: [], focus: null };
    const before = words.at(-2);
    const focus = before !== undefined && !named[before] && ['NOUN', 'VERB'].includes(tags[before]!) && !DATE_NOUNS.has(lemma(before)) ? before : null;
    return { kind: 'date', subject: [], focus, kindWords: [last] };
  }

  /**
   * The noun a verb of beginning or ending after `subject` has as its object, past its determiners and adjectives
   * ("begin production", "start its operations"); undefined where there is none.
   */
  function objectBegun(subject: number): number | undefined {
    const verb = after.find((i) => i > subject && tags[i] === 'VERB' && ASPECT_VERBS.has(lemma(i)) && !PARTICLES.has(lower[i + 1] ?? ''));
    if (verb === undefined) return undefined;
    let i = verb + 1;
    while (['DET', 'ADJ', 'PRON'].includes(tags[i] ?? '') && !named[i]) i += 1;
    return isTopicNoun(i) && tags[i] !== 'PROPN' && !named[i] ? i : undefined;
  }

  /** A verb that says what is asked: not a light one, unless a particle makes it another ("set up", "take over"). */
  function asksVerb(i: number): boolean {
    // A capitalised word within the question is a name, whatever its tag ("Shanghai" is read as a verb).
    if (i > 0 && startsUpper(values[i]!)) return false;
    if (PLACE_VERBS.has(lemma(i))) return false;
    // "Until when could people still pay…": wink may tag "people" a verb; it is the subject.
    if (PEOPLE_NOUNS.has(lower[i]!)) return false;
    return tags[i] === 'VERB' && (!LIGHT_VERBS.has(lemma(i)) || PARTICLES.has(lower[i + 1] ?? ''));
  }

  /**
   * What a light verb of change says a thing became, when nothing else is asked: "independent" in "when did Kyrgyzstan
   * become independent?" (a passage that dates something else of Kyrgyzstan's does not answer it).
   */
  function becomes(): number | undefined {
    const verb = after.find((i) => tags[i] === 'VERB' && CHANGE_VERBS.has(lemma(i)));
    if (verb === undefined) return undefined;
    let i = verb + 1;
    while (tags[i] === 'ADV') i += 1;
    return !named[i] && tags[i] === 'ADJ' ? i : undefined;
  }

  /** The last noun of the nouns from `i` on: "minister" of "defence minister", "treaty" of "border treaty". */
  function head(i: number): number {
    for (;;) {
      // Not a name after a common noun, the subject of a clause of its own ("the booklet Cubans used"), however tagged;
      // nor a verb's past form, however tagged ("the wood chopped in 2000"; not "seed", "speed").
      const clause = /^\p{Lu}/u.test(values[i + 1] ?? '') && /^\p{Ll}/u.test(values[i] ?? '') && tags[i + 2] === 'VERB';
      const participle = /[^e]ed$/.test(lower[i + 1] ?? '') && (lower[i + 1]?.length ?? 0) > 5;
      if (isTopicNoun(i + 1) && !named[i + 1] && !participle && !clause) {
        i += 1;
        continue;
      }
      // Words joined by hyphens modify the noun after them ("the loan-to-deposit ratio", "car-industry workers"): the
      // head is that noun, not the first word of the joined ones ("loan", a sum of money; "car").
      let joined = i;
      while (values[joined + 1] === '-' && /^\p{L}/u.test(values[joined + 2] ?? '') && !named[joined + 2]) joined += 2;
      if (joined === i || !isTopicNoun(joined + 1) || named[joined + 1]) return i;
      i = joined + 1;
    }
  }

  /**
   * The thing whose name is asked, after "the name of": the noun its words lead to ("father" of "Habibullah Kalakani's
   * father"), else the first noun or name after it ("Khan" of "the Khan of Khiva who…").
   */
  function namedThing(of: number): number | undefined {
    let i = of + 1;
    while (i < values.length && !isNoun(i) && (named[i] || POSSESSIVE.has(lower[i]!) || ['DET', 'ADJ', 'PROPN', 'NUM'].includes(tags[i]!))) i += 1;
    return isTopicNoun(i) && !named[i] ? i : after.find((k) => k > of && isTopicNoun(k));
  }

  /** The name after "the (full) name of" or "the full form of", and the words asking for it; undefined where none is. */
  function nameSpelledOut(): { subject: number[]; kindWords: number[] } | undefined {
    const of = lower.findIndex((v, i) => i > at + 1 && v === 'of');
    if (of < 0) return undefined;
    const noun = of - 1;
    if (!(NAMING_NOUNS.has(lemma(noun)) || (lemma(noun) === 'form' && lower[noun - 1] === 'full'))) return undefined;
    let i = of + 1;
    while (tags[i] === 'DET') i += 1;
    const subject: number[] = [];
    for (; i < values.length && named[i]; i += 1) subject.push(i);
    // The name ends the question: "the name of RATS's chief" asks another thing's name.
    const rest = values.slice(i).filter((v) => !/^\W+$/.test(v));
    return subject.length > 0 && rest.length === 0 ? { subject, kindWords: values.map((_, k) => k).filter((k) => k > at && k < of + 1 && !['DET', 'AUX'].includes(tags[k]!)) } : undefined;
  }

  /**
   * The noun before "of" ("the capital of"), or after a possessive ("China's population"), in "what is …"; for "the name
   * of", the noun named ("capital" of "what is the name of Kazakhstan's capital?"), and where "name" stands.
   */
  function attributeAsked(): { at: number; naming?: number; modifiers: number[] } | undefined {
    const of = lower.findIndex((v, i) => i > at + 1 && v === 'of');
    // "what is the capital of…": the noun right after "what is (the)", not any noun before some later "of".
    const first = tags[at + 2] === 'DET' ? at + 3 : at + 2;
    // "What is the goal of the Thailand 4.0 plan?", "what is the main aim of Bishkek's partnership…?": an aim, told in
    // any words ("to free Thailand from…"), not an attribute of the plan or partnership a passage names.
    const leading = after.find((i) => i >= first && isTopicNoun(i));
    if (leading !== undefined && PURPOSE_NOUNS.has(lemma(head(leading)))) return undefined;
    // "What is the weather like in Dushanbe?", "what's the climate like there?": how a thing is, an attribute of the
    // place, asked by the noun "like" follows; not what "weather" means.
    if (leading !== undefined && lower[head(leading) + 1] === 'like') return { at: head(leading), modifiers: [] };
    // "What was the outcome of the Mongols organising a navy?": what came of an event, told in any words ("a complete
    // failure"), not an attribute a passage names.
    const noun = of > 0 ? after.find((i) => i < of && isTopicNoun(i) && head(first) === head(i) && !OUTCOME_NOUNS.has(lemma(head(i)))) : undefined;
    const thing = noun !== undefined && NAMING_NOUNS.has(lemma(head(noun))) ? namedThing(of) : undefined;
    if (thing !== undefined) return { at: head(thing), naming: head(noun!), modifiers: [] };
    // "What is the official language…", "the current capital": the words before the noun asked about say which of it
    // is asked; a passage on Turkic languages or the former capital gives no such one.
    if (noun !== undefined) return { at: head(noun), modifiers: values.map((_, i) => i).filter((i) => i >= first && i < head(noun) && restricting(i)) };
    const possessive = lower.findIndex((v, i) => i > at + 1 && (v === "'s" || v === '’s'));
    const owned = possessive > 0 ? after.find((i) => i > possessive && isTopicNoun(i)) : undefined;
    return owned === undefined ? undefined : { at: head(owned), modifiers: [] };
  }
}

const YEAR = /\b(1\d{3}|20\d{2})s?\b/;
const MONTH = /\b(january|february|march|april|june|july|august|september|october|november|december)\b/i;
/**
 * A date of another era or scale than a four-figure year: a year with its era ("740 CE", "AD 1220", "2000 BC"), a
 * century or millennium ("the 9th century", "the first millennium BC"), a span of years from one to another ("from 740
 * to 840", "819 to 999", "650–680").
 */
const ERA_DATE =
  /\b\d{1,4}\s*(?:BCE?|CE|AD|B\.C\.|A\.D\.|C\.E)(?![\p{L}])|\bAD\s*\d{1,4}\b|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+(?:century|centuries|millennium)\b|\b\d{3,4}\s*(?:–|—|\bto\b|\buntil\b|\btill\b)\s*\d{3,4}\b/iu;
/**
 * A year of three figures, as histories of the first millennium write them: after a preposition of time and followed by
 * no word it would count ("subjugated in 565 by", "Beginning in 651, the Arabs"; not "in 500 villages").
 */
const SHORT_YEAR =
  /\b(?:in|by|since|until|till|around|circa|after|before|from|of)\s+\d{3}(?=\s*(?:[,.;:)]|$)|\s+(?:by|and|when|under|during|as|after|before|the|a|an|with|from|on|at|in|until|he|she|they|it|its|his|her|their|was|were)\b)/i;
/**
 * A small number right after a capitalised word within a sentence is part of a name ("Sangtuda 1", "Sangduta 2 by
 * Iran", "Peace Mission 2"), or a day ("March 20"): no count.
 */
const NAME_NUMBER = /(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}[\p{L}-]*)\s+\d{1,2}\b(?![.,]\d|\s*(?:%|percent\b|per\b|million|billion|thousand))/gu;

/**
 * A number: in digits, not a year nor a decade ("the 1950s"; "1000%" is a number) nor a day of a month ("September 11", "1 November"); or
 * in words, not after "the" ("the two countries" counts nothing asked), not opening a quoted name (“three evils”), nor
 * "one" opening a sentence or in "one of".
 */
const NUMBER = /(?<![\d,])(?<!\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+)(?!(1\d{3}|20\d{2})s?\b(?!\s*(?:%|percent\b|per\s+cent\b)))\d+(?!\d|st\b|nd\b|rd\b|th\b)(?!\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|(?<!\bthe |[“"‘])\b((?<!^)one(?! of\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|twice|percent|(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)|(?:two|three|four|ten)fold)\b/i;

/**
 * A length of time or of a thing: a number of years, months… or of kilometres, miles…; a span of years ("1839-1842",
 * "from 1839 to 1842", "between 2002 and 2010"); a time since a year ("since 1993"). A year alone says when, not how long;
 * an area ("130 km²") says how large.
 */
const LENGTH = new RegExp(
  [
    `(?:\\d{1,3}(?:,\\d{3})+|${NUMBER.source}|\\b(?:several|many|(?:the\\s+)?(?:last|past)\\s+(?:few|several|many)|a few|a|an)\\b)[\\s\\-–]+(?:calendar\\s+|more\\s+|long\\s+)?(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|seconds?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|yards?|inch(?:es)?)\\b(?![²³])`,
    '\\bsince\\s+(?:\\w+\\s+)?(?:1\\d{3}|20\\d{2})\\b',
    // A length told in words: "for decades", "over the centuries", "for many years" (above).
    '\\b(?:for|over)\\s+(?:the\\s+)?(?:years|decades|centuries)\\b',
    '\\b(?:1\\d{3}|20\\d{2})\\s*(?:-|–|—|to|until|till)\\s*(?:1\\d{3}|20\\d{2})\\b',
    '\\bbetween\\s+(?:1\\d{3}|20\\d{2})\\s+and\\s+(?:1\\d{3}|20\\d{2})\\b',
  ].join('|'),
  'i',
);

/** How often: a rate ("annual", "every year", "twice a year", "three times"), or a habit ("regular", "routinely"). */
const FREQUENCY =
  /\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|biennial(?:ly)?|regular(?:ly)?|routine(?:ly)?|frequent(?:ly)?|periodic(?:ally)?|occasional(?:ly)?|seldom|rarely|every\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|times?)|each\s+(?:year|month|week|day)|once|twice|thrice|\w+\s+times\s+(?:a|per|each|every)\b|(?:a|per)\s+(?:year|month|week|day|annum)|\w+\s+(?:years?|times?|months?|days?|winters?|summers?)\s+(?:out\s+)?of\s+(?:every\s+)?\w+)\b/i;

/** Words that give a cause; "since" of a time ("since then", "since 2002") gives none. */
const CAUSE = /\b(because|since(?!\s+(?:then|\d))|due to|owing to|as a result|therefore|thus|hence|so that|in order to|for the safety|led to|drove|this is to|the reason|for (?:this|that|these|those|which) reasons?)\b|^as\b|, as\b/i;

/** A sum of money: a currency's sign, code or name ("USD 16 million", "$2 billion", "40,000 tenge"). */
const SUM = new RegExp(`[$€£¥₹]|(?<![\\p{L}])(?:USD|US\\$|EUR|GBP|RMB|CNY|KZT|pounds sterling|sterling|${CURRENCY_NAMES.join('|')})(?![\\p{L}])`, 'iu');

/** Whether a sentence gives a sum of money: a number asked of a cost or a budget. */
export const holdsSum = (sentence: string): boolean => SUM.test(sentence);

/** A question asking what was not done: "who didn't take part?", "which state never joined?", "who stayed out?". */
const NEGATION_ASKED = /\b(?:not|never|(?:did|does|do|was|were|is|are|has|have|had|ca|could|would|should|wo)n['’]?t|refused?|skip(?:s|ped)?|(?:stay(?:s|ed)?|s[ai]t)\s+out|fail(?:s|ed)?\s+to)\b/i;

/** Whether a question asks what was not done, or by whom not. */
export const asksNegated = (question: string): boolean => NEGATION_ASKED.test(question);

/**
 * A share told as a fraction in words ("a tenth of", "two-thirds of", "one quarter of", "an estimated fifth of", "half
 * of"), which a figure may stand for.
 */
const FRACTION = /\b(?:(an?|one|two|three|four)[\s-]+(?:(?:estimated|approximate|rough|good)\s+)?)?(half|third|quarter|fifth|sixth|eighth|tenth)s?(?=\s+of\b)/gi;
const FRACTION_PARTS: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };
const FRACTION_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

/** The sentence with its fractions in words written as the shares they are ("a tenth of" → "10 percent of"). */
export function fractionsAsShares(sentence: string): string {
  // Only "half" goes without a count ("half of the workers"; "third of" is "the third of").
  return sentence.replace(FRACTION, (whole, count: string | undefined, part: string) => (count === undefined && part.toLowerCase() !== 'half' ? whole : `${Math.round((100 * FRACTION_COUNTS[count?.toLowerCase() ?? 'a']!) / FRACTION_PARTS[part.toLowerCase()]!)} percent`));
}

/** Whether a sentence holds an answer of the kind asked for: a date, a number or amount, a length of time, a cause. */
export function holdsAnswerKind(sentence: string, kind: AnswerKind): boolean {
  if (kind === 'reason') return CAUSE.test(sentence);
  // A person or a body, a thing's attribute: no pattern tells them; the passage must speak of the focus instead.
  if (kind === 'agent' || kind === 'attribute') return true;
  // A place, what a thing is called: a name, written in capitals past the sentence's first word (initials with stops
  // too: "U.S. firms"), or a first word that English only ever writes as a name ("Iceland is the world's largest
  // electricity producer per capita").
  if (kind === 'place' || kind === 'name') return /\b\p{Lu}(?:\p{L}+|\.(?:\p{Lu}\.)+)/u.test(sentence.slice(sentence.indexOf(' ') + 1)) || onlyAName(/^\p{Lu}\p{L}+/u.exec(sentence)?.[0]?.toLowerCase() ?? '');
  if (kind === 'date') return YEAR.test(sentence) || MONTH.test(sentence) || ERA_DATE.test(sentence) || SHORT_YEAR.test(sentence);
  if (kind === 'quantity') return NUMBER.test(fractionsAsShares(sentence).replace(NAME_NUMBER, '$1'));
  if (kind === 'duration') return LENGTH.test(sentence);
  if (kind === 'frequency') return FREQUENCY.test(sentence);
  if (kind === 'age') return NUMBER.test(sentence) || YEAR.test(sentence);
  return true;
}
