/**
 * Text that asks the paper nothing: small talk ("thanks!", "hi everyone") and questions in another language. Read
 * from general English and from the commonest words of the languages a student may write in, never from questions.
 */

/** Greetings, thanks and replies of everyday English, which ask nothing. */
export const CHAT_WORDS =
  'hi hello hey hiya yo thanks thank thx ty cheers good great morning evening afternoon night bye goodbye ok okay cool nice awesome yes yeah no nope sure welcome please everyone everybody all guys folks team job work done well lol haha np bot robot human help commands ' +
  // and the greetings and thanks of other languages a study group may use
  'sup mate cheerio sorry oops useless stupid dumb rubbish wow omg ' +
  // and how friends address each other, and the sounds of thinking ("thank u so much bro", "hmm")
  'bro bruh dude fam buddy pal hmm hmmm mhm ah oh ' +
  // and what is said when an answer is not understood ("I don't get it", "huh?")
  'huh confused understand get it ' +
  // and what is said to agree or doubt ("right?", "really?", "true?")
  'right true really seriously exactly indeed agreed ' +
  // and chat's short forms of them ("srsly thx", "tysm", "nvm")
  'srsly tysm tyvm thnx thanx thks nvm ikr ' +
  // and where the talk happens, Discord's own words ("is this the right channel?", "wrong server lol")
  'channel channels server servers chat thread discord room wrong ' +
  // and what is said of an answer ("that was helpful", "ur answer was wrong", "this bot sucks")
  'helpful useful unhelpful sucks suck terrible bad answer ' +
  'hola hallo salut bonjour ciao namaste salaam salam gracias muchas merci beaucoup danke vielen dank grazie mille obrigado arigato shukriya dhanyavad';

/** What a question to the bot about itself asks besides chat's words ("what's your name?", "who made you?", "what can you do?"). */
export const BOT_WORDS = 'name called make made build built create created work job purpose know able real ai';

const QUESTION_WORD = /\b(why|when|where|who|whom|whose|how|what|which)\b/i;
/** The bot addressed as "you": a question with no other word is about the bot, not the paper. */
const ADDRESSED = /\b(?:you|your|yourself|you['’]re|youre)\b/i;

/**
 * A line asking how to use the bot, not about the paper: "help", "commands", "what can you do?", "who are you?", "who
 * made you?", "are you a bot?", "how do I use this?", "how does this bot work?", "quiz me" (the paper's "help of the
 * super powers" is no such line).
 */
const HOW_TO_USE = new RegExp(
  '^\\W*(?:(?:hey|hi|hello|ok|okay|so|um|uh)\\W+)*(?:' +
    [
      'help(?:\\s+(?:me|pls|please))?',
      'commands',
      '(?:what|wat)\\s+(?:can|do|could)\\s+(?:you|u)\\s+(?:do|help\\s+(?:me\\s+)?with)',
      '(?:who|what)\\s+(?:are|r)\\s+(?:you|u)',
      // The bot itself asked about: "who made you?", "who built this bot?", "are you a bot?", "are you an AI?".
      '(?:who|what)\\s+(?:made|built|created|wrote|programmed|designed|runs)\\s+(?:you|u|this\\s+bot|the\\s+bot)',
      '(?:are|r)\\s+(?:you|u)\\s+(?:a\\s+|an\\s+)?(?:bot|robot|ai|human|real(?:\\s+person)?|person|chatgpt|chat\\s*gpt)',
      'how\\s+(?:do|can|should)\\s+(?:i|we)\\s+use\\s+(?:this|you|u|it|the\\s+bot|this\\s+bot)',
      'how\\s+(?:does|do)\\s+(?:this|you|u|the\\s+bot|this\\s+bot)\\s+work',
      'what\\s+commands\\s+(?:are\\s+there|do\\s+you\\s+have|can\\s+i\\s+use)',
      // A quiz asked for in words ("quiz me", "give me 3 quiz questions", "make flashcards"): the help says how (/quiz).
      '(?:(?:can|could|will)\\s+(?:you|u)\\s+)?(?:quiz|test)\\s+(?:me|us)(?:\\s+on\\s+(?:this(?:\\s+paper)?|it|the\\s+paper))?(?:\\s+(?:pls|please))?',
      '(?:(?:can|could|will)\\s+(?:you|u)\\s+)?(?:give|make|create)\\s+(?:me\\s+|us\\s+)?(?:a\\s+|an\\s+|some\\s+|\\d+\\s+|one\\s+|two\\s+|three\\s+|five\\s+|ten\\s+)?(?:quiz|quizzes|quiz\\s+questions?|flash\\s*cards?|practice\\s+questions?)(?:\\s+(?:on|about|from)\\s+(?:this(?:\\s+paper)?|it|the\\s+paper))?',
      // "give me a question", "ask me something": a question put to the member is a quiz's.
      '(?:(?:can|could|will)\\s+(?:you|u)\\s+)?(?:give|ask)\\s+(?:me|us)\\s+(?:a\\s+|an\\s+|some\\s+|another\\s+|\\d+\\s+|one\\s+|two\\s+|three\\s+|five\\s+|ten\\s+)?(?:(?:test|practice|study|random|hard|easy)\\s+)?(?:questions?|something)(?:\\s+(?:on|about|from)\\s+(?:this(?:\\s+paper)?|it|the\\s+paper))?(?:\\s+(?:pls|please))?',
      '(?:start|begin|play)\\s+(?:a\\s+)?quiz',
      'quiz',
    ].join('|') +
    ')\\W*$',
  'i',
);

export function asksHowToUse(line: string): boolean {
  return HOW_TO_USE.test(line);
}

/**
 * Whether a text asks about nothing: no name and no word to ask about ("when?", "what is it?"), or small talk — no
 * question word, and every word of it one of `chatTerms` ("thanks!", "good evening everyone"), asked for only then —
 * or a question to the bot about itself, every word of it one of those or of `botTerms` ("what's your name?").
 */
export function isSmallTalk(text: string, words: readonly string[], names: number, chatTerms: () => ReadonlySet<string>, botTerms: () => ReadonlySet<string>): boolean {
  if (names > 0) return false;
  if (words.length === 0) return true;
  if (!QUESTION_WORD.test(text) && words.every((word) => chatTerms().has(word))) return true;
  return ADDRESSED.test(text) && words.every((word) => chatTerms().has(word) || botTerms().has(word));
}

/**
 * The commonest function words of Spanish, Portuguese, French, Italian and German, of Hindi as it is typed in Latin
 * letters, of Indonesian and Malay, and of Turkish, that English does not have:
 * two of them among the words an English lexicon lacks say the question is in another language.
 */
const FOREIGN_WORDS = new Set(
  ('por qué que los las del una unos para cómo como cuál cuáles cuándo cuando dónde donde quién quiénes está están es son ' +
    'não porque quando onde quem qual quais uma dos das pelo pela é da na em ao ' +
    'pourquoi est les des une du aux pas quel quelle quels comment où qui sont ' +
    'perché chi dove quale sono della delle degli gli non ' +
    'warum wie wer wo wann welche welcher ist sind nicht der dem den das ein eine einen und mit ' +
    // the commonest question words and verbs of Italian, Portuguese and French not above, and romanised Hindi's
    'quanti quante quanto cosa vivono perche quantos quantas vivem combien vivent ' +
    'kya hai kyun kyon kaise kaun kitne kahan baare mein batao ' +
    // Italian's "is" and "what is", and Indonesian's and Malay's commonest question words ("Cos'è il RATS?", "apa itu RATS?")
    "è cos cos'è cosè apa itu adalah apakah bagaimana mengapa siapa kapan ini tidak " +
    // and Turkish's ("Kazakistan askeri yardım nedir?")
    'nedir neden nasıl niçin nerede hangi kaç için değil').split(' '),
);

/**
 * Whether a text is written in another language than English: mostly letters of another script (Cyrillic, Chinese,
 * Arabic…), or two of the commonest words of another language that the English lexicon lacks (`unknownWords`), or one
 * where the lexicon lacks half the words.
 */
export function looksForeign(text: string, unknownWords: readonly string[]): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length > 0 && letters.filter((l) => !/\p{Script=Latin}/u.test(l)).length * 2 > letters.length) return true;
  const foreign = unknownWords.filter((word) => FOREIGN_WORDS.has(word.toLowerCase())).length;
  // One such word is enough where most words of the text are unknown to English ("Perché l'Uzbekistan non partecipa?"),
  // or, in a text with no English question word, where one of its first two words is one, known to English or not
  // ("was ist RATS?": wink's lexicon has "ist").
  const words = text.match(/[\p{L}']+/gu) ?? [];
  const opening = !QUESTION_WORD.test(text) && words.slice(0, 2).some((word) => word !== word.toUpperCase() && FOREIGN_WORDS.has(word.toLowerCase()));
  return foreign >= 2 || (foreign === 1 && unknownWords.length * 2 >= words.length) || opening;
}

/** An acronym of three letters or more written with dots ("R.A.T.S.", "S.C.O"): read as its letters ("RATS"). */
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}.-])(?:\p{Lu}\.){2,}\p{Lu}\.?(?![\p{L}\p{N}-])/gu;

/** Chat spellings of English's small words ("wat", "hw", "abt"), in lower case as typed ("BC" is no "bc"): read as the words. */
const CHAT_SPELLINGS = new Map([
  ['wat', 'what'], ['wut', 'what'], ['wich', 'which'], ['whch', 'which'], ['wot', 'what'], ['wht', 'what'], ['wats', "what's"], ['whats', "what's"], ['whos', "who's"], ['wheres', "where's"], ['hows', "how's"], ['hw', 'how'], ['wen', 'when'], ['whn', 'when'], ['wher', 'where'],
  ['whr', 'where'], ['wy', 'why'], ['giv', 'give'], ['hv', 'have'], ['hav', 'have'], ['wud', 'would'], ['cud', 'could'], ['shud', 'should'], ['becuz', 'because'], ['bcuz', 'because'], ['bcz', 'because'], ['wid', 'with'], ['dat', 'that'], ['da', 'the'], ['dis', 'this'], ['ths', 'this'], ['bout', 'about'], ['r', 'are'], ['u', 'you'], ['ur', 'your'], ['abt', 'about'], ['bc', 'because'], ['cuz', 'because'], ['coz', 'because'],
  // chat's short forms of words, and of phrases ("tryna" for "trying to")
  ['w', 'with'], ['w/', 'with'], ['w/o', 'without'], ['b/w', 'between'], ['tho', 'though'], ['thru', 'through'], ['smth', 'something'], ['sth', 'something'],
  ['tryna', 'trying to'], ['gimme', 'give me'], ['lemme', 'let me'], ['gonna', 'going to'], ['wanna', 'want to'], ['gotta', 'got to'], ['kinda', 'kind of'], ['sorta', 'sort of'], ['rly', 'really'],
  ['ppl', 'people'], ['yrs', 'years'], ['yr', 'year'], ['govt', 'government'], ['intro', 'introduction'], ['intl', 'international'], ['econ', 'economic'], ['esp', 'especially'], ['coop', 'co-operation'],
  ['intel', 'intelligence'], ['info', 'information'], ['gov', 'government'], ['natl', 'national'], ['dept', 'department'], ['uni', 'university'], ['prof', 'professor'], ['approx', 'approximately'],
  // "explain like I'm five": asked to explain simply, which the reply does anyway
  ['eli5', 'explain'],
  // and its asides, which say nothing of what is asked ("… rn", "… or nah", "tbh")
  ['rn', ''], ['atm', ''], ['tbh', ''], ['imo', ''], ['imho', ''], ['idk', ''], ['btw', ''], ['lol', ''], ['lmao', ''], ['pls', ''], ['plz', ''], ['tf', ''], ['wtf', ''],
  ['or nah', ''], ['or smth', ''], ['or sth', ''], ['or something', ''], ['or what', ''],
  // and "please" as other languages say it at the end of an English question ("what is RATS por favor")
  ['por favor', ''], ['per favore', ''], ['bitte', ''], ["s'il vous plait", ''], ["s'il vous plaît", ''],
]);
// Each in lower case, and those of more than a letter capitalised too, as a sentence starts ("Wat is…").
const CHAT_SPELLING_FORMS = [...CHAT_SPELLINGS.keys()].flatMap((word) => (word.length > 1 ? [word, word[0]!.toUpperCase() + word.slice(1)] : [word]));
const CHAT_SPELLING = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${CHAT_SPELLING_FORMS.join('|')})(?![\\p{L}\\p{N}'’-]|\\.\\p{L})`, 'gu');
/**
 * Chat's "2" and "4" for "to" and "for" ("compared 2 the others", "what does TAPI stand 4"): after a word, before a
 * word that follows "to" or "for" and never a count ("the", "them", a verb), or "4" last; never after a number or a
 * word that counts ("top 4", "in 2 years" holds no such word after it).
 */
const DIGIT_FOR_WORD = /(?<=(?<![\p{N}$€£.,:/-]\s*)\b(?!top\b|last\b|first\b|next\b|page\b|paragraph\b|para\b|footnote\b|note\b|cite\b|section\b|chapter\b|passage\b|part\b|no\b|number\b)\p{L}+\s+)([24])(?=\s+(?:the|a|an|its|their|his|her|this|that|these|those|me|us|them|him|it|do|be|get|go|make|have|deal|help|fight|counter|stop|protect|support|work|join|keep)\b|\s*[?!.]*\s*$)/giu;
/** "who dose China say…": a slip for "does" after a question word, which no dose follows. */
const DOSE_FOR_DOES = /\b(who|what|how|why|when|where|which)\s+dose\b/gi;
/** Greetings and the like before a question ("hey bot, what is RATS?", "ok so quick q, why…"): no words of it. */
const LEAD_INS = 'so quick q question wait um uh hmm also actually anyway alright right real';
/** What a greeting before a question is made of, and opens with. */
const OPENING_WORDS = new Set([...CHAT_WORDS.split(/\s+/), ...LEAD_INS.split(' ')]);
// What the question is for, between them ("quick question for my essay: …", "q for class —"); emoji and smileys after
// them too ("hey bot 👋 what's…", "hi :) what is…").
const GREETING = new RegExp(`^(?:\\s*(?:(?:${[...OPENING_WORDS].join('|')})|for\\s+(?:my|our|an?|the)?\\s*(?:[\\p{L}-]+\\s+)?(?:class|essay|exam|test|project|group|course|assignment|homework|seminar|presentation|thesis|dissertation|quiz|revision|module|tutorial))\\b[\\s,.!:;()\u2013\u2014\\p{Extended_Pictographic}\\p{Emoji_Modifier}\uFE0F\u200D-]*)+(?=(?:what|what's|whats|why|how|when|where|who|which|is|are|was|were|do|does|did|has|have|had|will|would|should|can|could|tell|explain)\\b)`, 'iu');

/**
 * The small words a question is made of (general English), each of which a hurried hand types with two letters
 * swapped ("whta", "teh"), or with a letter wrong, missing or added ("meny"), which the speller mends when the
 * model lacks the word (see ./spelling.ts): its corpus words are all of four letters or more, and a corpus need not
 * hold these.
 */
export const FUNCTION_WORDS: readonly string[] = 'what who when where why which how whom whose many much the and does did was were are has have with from into this that they their there about also most after before'.split(' ');
/**
 * Each function word with two neighbouring letters swapped, that is no function word itself, and the word meant;
 * not one two words make ("hwo": "who" or "how").
 */
const SWAPPED = (() => {
  const meanings = new Map<string, Set<string>>();
  for (const word of FUNCTION_WORDS) {
    for (let i = 0; i + 1 < word.length; i += 1) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (!FUNCTION_WORDS.includes(swapped)) (meanings.get(swapped) ?? meanings.set(swapped, new Set()).get(swapped)!).add(word);
    }
  }
  return new Map([...meanings].filter(([, meant]) => meant.size === 1).map(([swapped, meant]) => [swapped, [...meant][0]!]));
})();
/** Any of them as a word, in any case: a question with none (most) is passed over at once. */
const SWAPPED_WORD = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...SWAPPED.keys()].join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');

/** Where one sentence ends and another starts: after a word's small letters or digits and ".", "!" or "?". */
const SENTENCE_END = /(?<=[\p{Ll}\d]{2}[.!?]+)\s+(?=\p{Lu})/u;
/** Thanks and goodbyes after a question ("cheers", "thanks in advance", "ty so much"). */
const SIGN_OFF_WORDS = new Set([...CHAT_WORDS.split(/\s+/), 'in', 'advance', 'so', 'much', 'a', 'lot', 'you', 'very', 'again']);
/** Words that ask, and the small words around them: a sentence of only these asks about what came before it. */
const ASKING_WORDS = new Set('why what whats when where who whom whose how which is are was were do does did the a an it its that this they them so and but then really exactly'.split(' '));
/** Pronouns that refer back to what was said before. */
const REFERRING_BACK = new Set('it its that this they them their these those he she him her his'.split(' '));
/** English's small words of a question that say nothing of what it asks about ("for", "about", "mean"). */
const SAYS_NOTHING = new Set('for about from with into onto over under after before mean means meant happen happened used use'.split(' '));

/**
 * The question of a text that says other things around it ("Hi! I'm Priya from the study group. What is RATS?",
 * "Why does Uzbekistan skip SCO exercises? I have an exam on Friday"): its sentences from the first that asks to
 * the last, when that one asks about something of its own ("China gave aid in 2004. Why?" is asked whole).
 */
function questionAlone(text: string): string {
  // Most questions are one sentence: no mark with more after it.
  if (!text.includes('?') || !/[.!?]\s+\S/.test(text)) return text;
  // "… the three evils? cheers", "…? thanks in advance!": thanks after the question, however written.
  const end = text.lastIndexOf('?') + 1;
  const after = text.slice(end).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (after.length > 0 && after.every((word) => SIGN_OFF_WORDS.has(word))) return questionAlone(text.slice(0, end));
  const sentences = text.split(SENTENCE_END);
  if (sentences.length < 2) return text;
  const first = sentences.findIndex((sentence) => sentence.trimEnd().endsWith('?'));
  const last = sentences.findLastIndex((sentence) => sentence.trimEnd().endsWith('?'));
  if (first < 0) return text;
  const words = sentences[first]!.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  // Nor "… Kyrgyzstan. What was it for?", which asks of what the sentence before it says by a pronoun, and of nothing else.
  const own = words.filter((word) => word.length > 2 && !ASKING_WORDS.has(word));
  if (own.length === 0 || (own.every((word) => REFERRING_BACK.has(word) || SAYS_NOTHING.has(word)) && words.some((word) => REFERRING_BACK.has(word)))) return text;
  return sentences.slice(first, last + 1).join(' ');
}

/**
 * "What is the author's argument about X?", "what's the paper's view on X?": what the document says about X, as "what
 * does the author say about X?" asks it (not an attribute of the author's, nor of an argument).
 */
const DOCUMENT_VIEW =
  /\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(the|this)\s+(author|writer|paper|article|report|text|study)(?:'s|’s)\s+(?:main\s+|overall\s+|key\s+|central\s+)?(?:argument|arguments|view|views|position|opinion|take|stance|perspective|assessment|claim|claims|point)\s+(?:about|on|of|regarding|concerning|towards?)\b/i;

/**
 * The author as the one who says what the document says ("what does the author think about …", "according to the
 * writer"): the document, not a cited work's author, nor a word to search passages by.
 */
const AUTHOR_SAYS =
  /\b(?:the|this)\s+(?:author|writer)(?=\s+(?:says?|said|thinks?|thought|argues?|argued|claims?|claimed|suggests?|suggested|believes?|believed|feels?|felt|sees?|saw|views?|viewed|predicts?|predicted|expects?|expected|concludes?|concluded)\b)|(?<=\b(?:according\s+to|in\s+the\s+(?:view|opinion)\s+of)\s+)(?:the|this)\s+(?:author|writer)\b|(?<=\b(?:does|did|do)\s+)(?:the|this)\s+(?:author|writer)(?=\s+(?:say|think|argue|claim|suggest|believe|feel|see|view|predict|expect|conclude)\b)/gi;

/** A word each of `DOCUMENT_VIEW` and `AUTHOR_SAYS` holds (kept in step with them): a question with none is neither. */
const DOCUMENT_NAMED = /author|writer|paper|article|report|text|study/i;

/**
 * A closing clause saying only that the document (or everyone) speaks of what is asked ("… the paper keeps
 * mentioning?", "… mentioned in the article?", "…, which the author talks about?", "… everyone keeps mentioning"):
 * what is asked is the thing, as without it. Like AS_OF_DOCUMENT, it starts only where a run of spaces does
 * (`(?<!\s)`): tried from inside the run too, a long one took seconds of backtracking (4 s for 2,000 spaces).
 */
const DOCUMENT_MENTIONS =
  /(?<!\s)\s*,?\s*(?:(?:(?:that|which)\s+)?(?:(?:the|this)\s+(?:paper|article|author|writer|report|study|text|piece)|everyone|everybody|people|you|they|we)\s+(?:keeps?\s+|often\s+|also\s+|always\s+)?(?:mention(?:s|ed|ing)?|talk(?:s|ed|ing)?\s+about|refer(?:s|red|ring)?\s+to|discuss(?:es|ed|ing)?|bring(?:s|ing)?\s+up|brought\s+up|use(?:s|d)?|using)|(?:that\s+(?:is|are|was|were)\s+|which\s+(?:is|are|was|were)\s+)?(?:mentioned|discussed|referred\s+to|talked\s+about|used|brought\s+up)\s+(?:in|by|throughout)\s+(?:the|this)\s+(?:paper|article|author|writer|report|study|text|piece))(?=\s*[?.!]*\s*$)/i;

/** A text ending on an auxiliary verb: what is left of a question whose subject was read away ("which sources does…"). */
const ENDS_ON_AUXILIARY = /\b(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\W*$/i;

/**
 * A clause that dates a question by the document itself ("who was Kazakhstan's president when this paper was written?",
 * "at the time of writing"): it asks the same as the question without it, and nothing of a cited work's writing.
 */
const AS_OF_DOCUMENT =
  /(?<!\s)\s*,?\s*\b(?:(?:when|while|as|by the time|at the time)\s+(?:this|the)\s+(?:paper|article|report|study|document|piece|essay|text)\s+(?:was|got|were|is|came)\s+(?:being\s+)?(?:written|published|released|out)|(?:at|as of)\s+the\s+time\s+of\s+(?:writing|publication|(?:this|the)\s+(?:paper|article|report|study|writing))|as\s+of\s+(?:this|the)\s+(?:writing|paper|article|report))\b/gi;

/**
 * A word that says a count may be rough, opening a question or a clause before "how many" or "how much" ("roughly how
 * many"): it asks nothing of its own ("what do we know about how many…" keeps its "about").
 */
const HEDGE = /(?<=^\W*|[,;:(\u2013\u2014]\s*|\s-\s*)(?:roughly|approximately|approx\.?|about|around|nearly|almost|circa|some)\s+(?=how\s+m(?:any|uch)\b)/gi;
/**
 * A share asked as a slice ("how big a slice of the market", "what slice of national output"): WordNet's "slice", a
 * share of something, asked of as the share it is.
 */
const SLICE_ASKED = /\b((?:what|which)\s+|how\s+(?:big|large|much)\s+(?:of\s+)?a\s+)slice\s+of\b/gi;
/** The world wars by their short names ("WWII", "WW2"), as texts write them: "World War II". */
const WORLD_WAR = /\bWW(II|I|2|1)\b/gi;

/** "on its own", "by themselves", "single-handedly": alone, as the paper would write it. */
const ON_ITS_OWN = /\b(?:on\s+(?:its|their|his|her|one['’]s)\s+own|by\s+(?:itself|themselves|himself|herself)|single[-\s]?handed(?:ly)?)\b/gi;
/**
 * English's idioms for "what about…?" ("what's the deal with the pipeline?", "what's the story with RATS?", "what's
 * up with Uzbekistan?"): the deal, story or situation is no word of what is asked.
 */
const WHAT_ABOUT = /\bwhat(?:['’]s|s|\s+is)\s+(?:the\s+(?:deal|story|situation|score|lowdown|scoop)|up)\s+(?:with|on)\b/gi;

/** Small cardinal numbers before a plural noun, which texts write out ("the 3 evils": "the three evils"). */
const CARDINALS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/**
 * A year or a decade written with two figures, as people say them: "back in '89", "the '90s", "in the 50s". Read as
 * four: a year up to '30 of the twenty-first century ("'05"), a later one of the twentieth ("'89"); a decade of the
 * twentieth ("the '90s", "the 50s"), but "the 00s" and "the 10s" of the twenty-first.
 */
const SHORT_YEAR = /(?<![\p{L}\p{N}'’‘])['’‘](\d{2})(s?)(?![\p{L}\p{N}'’])|(?<=\b(?:the|early|mid|late|in)[\s-]+)(\d)0s\b/giu;

/** A decade in words after "the", "early", "mid" or "late" ("the nineties", "the late eighties"): written in figures. */
const DECADE_WORD = /(?<=\b(?:the|early|mid|late)[\s-]+)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const fullYear = (_: string, year: string | undefined, decade: string, tens: string | undefined): string =>
  year !== undefined ? `${Number(year) <= 30 && decade === '' ? '20' : '19'}${year}${decade}` : `${tens === '0' || tens === '1' ? '20' : '19'}${tens}0s`;

const CARDINAL_DIGITS = /(?<![\p{L}\p{N}.,$£€/-]|\b(?:page|p|footnote|note|section|chapter|paragraph|number|no|part|figure|table|step|level|phase|article|point|item)\s+)([2-9]|1[0-2])(?=\s+\p{Ll}{2,}s\b)/giu;

const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * A run of ASCII letters `text[start..end)` as a number, so that runs are looked up without a string made of each: each
 * letter a digit of base 64 (a-z 1-26, A-Z 27-52), or of base 32 when `anyCase` (A-Z as a-z). Exact up to 8 letters
 * (10 in any case); a small integer up to 5 (6).
 */
function runCode(text: string, start: number, end: number, anyCase: boolean): number {
  let code = 0;
  for (let i = start; i < end; i += 1) {
    const letter = text.charCodeAt(i);
    code = code * (anyCase ? 32 : 64) + (letter >= 97 ? letter - 96 : anyCase ? letter - 64 : letter - 38);
  }
  return code;
}

/** Words as `holdsWord` looks for them: the codes of those that are runs of ASCII letters (see `runCode`), and the longest's length. */
function runCodes(words: Iterable<string>, anyCase: boolean): { codes: Set<number>; longest: number; anyCase: boolean } {
  const runs = [...words].filter((word) => /^[a-z]+$/i.test(word));
  const longest = Math.max(...runs.map((word) => word.length));
  if (longest > (anyCase ? 10 : 8)) throw new Error(`src/nlp/unasked.ts: a word of ${longest} letters is too long for runCode: lengthen its codes`);
  return { codes: new Set(runs.map((word) => runCode(word, 0, word.length, anyCase))), longest, anyCase };
}

/**
 * Whether a run of ASCII letters of the text, as long as it goes, is one of the words of `runs` (in any case where
 * they were coded so; see `runCodes`). Each word the patterns below rewrite is such a run (no letter may stand beside it), so a
 * text with none is passed over without running them: most questions hold none, and compiling the patterns cost a cold
 * `ask` milliseconds.
 */
function holdsWord(text: string, runs: ReturnType<typeof runCodes>): boolean {
  const { codes, longest, anyCase } = runs;
  for (let i = 0; i < text.length; i += 1) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end += 1;
    if (end - i <= longest && codes.has(runCode(text, i, end, anyCase))) return true;
    i = end;
  }
  return false;
}

/** The run of ASCII letters a text opens with after its spaces, in lower case: what a greeting or a "y" is. */
function openingWord(text: string): string {
  const start = isAsciiLetter(text.charCodeAt(0)) ? 0 : text.length - text.trimStart().length;
  let end = start;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end += 1;
  return text.slice(start, end).toLowerCase();
}

// A form of several words, or of letters and digits, is found by a run of its letters no English question is full of
// ("nah" of "or nah", "por" of "por favor", "eli" of "eli5"): as a run of its own, no such form had been read unless a
// form of one word stood in the same question.
const CHAT_PHRASE_WORDS = ['nah', 'por', 'favore', 'vous', 'eli'];
const [CHAT_SPELLING_RUNS, SWAPPED_RUNS] = [runCodes([...CHAT_SPELLING_FORMS, ...CHAT_PHRASE_WORDS], false), runCodes(SWAPPED.keys(), true)];
/** The two letters besides ASCII's that a case-insensitive Unicode pattern reads as ASCII letters: "ſ" ("s") and "K" (Kelvin, "k"). */
const FOLDED_TO_ASCII = /[\u017f\u212a]/;

/** A flag: two regional indicator symbols, the letters of a country's ISO 3166 code ("🇰🇿" is KZ). */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
/** English names of the countries and regions of ISO 3166, as the runtime's Unicode data has them. */
let regionNames: Intl.DisplayNames | undefined;

/**
 * A link as typed: with its scheme, opening on "www.", or a bare host ending on a common top-level domain
 * ("eurasianet.org", "chinadaily.com.cn"); its host (group 1) and its path (group 2).
 */
const TYPED_LINK = /(?:\bhttps?:\/\/|\bwww\.|(?<![\p{L}\p{N}.@-])(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|in|cn|ru|kz|uk)\b))(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)((?:[/?#][^\s<>"]*)?)/giu;
/** The labels of a host that name no one ("www", "com", "org", a country's code), and a page's file endings. */
const NAMELESS_LABEL = /^(?:www\d?|com|org|net|gov|edu|int|info|biz|io|[a-z]{2}|html?|php|aspx?|jsp)$/i;

/**
 * A text with each link to an outlet the corpus names read as the words it is made of: its host's name and its path's
 * words ("check https://eurasianet.org/china-boosts-military-aid" is "check eurasianet china boosts military aid"),
 * which find the footnote of that outlet and title; a link's other parts name nothing. A link to any other site is left
 * as typed.
 */
export function linksAsWords(text: string, isName: (lower: string) => boolean): string {
  if (!text.includes('.')) return text;
  return text.replace(TYPED_LINK, (link: string, host: string, path: string) => {
    const words = linkWords(host, path);
    return words.some((word) => isName(word.toLowerCase())) ? ` ${words.join(' ')} ` : link;
  });
}

/** The words of a link's host and path that `linksAsWords` reads it as. */
const linkWords = (host: string, path: string): string[] => [...host.split('.'), ...path.split(/[^\p{L}\p{N}]+/u)].filter((w) => /\p{L}/u.test(w) && w.length > 1 && !NAMELESS_LABEL.test(w));

/**
 * The words of a text's links (see `linksAsWords`), in lower case, and their runs of letters (wink reads "c3sindia" as
 * "c3" and "sindia"): names and titles, which are no one's misspellings.
 */
export function wordsOfLinks(text: string): Set<string> {
  const words = new Set<string>();
  if (!text.includes('.')) return words;
  for (const [, host, path] of text.matchAll(TYPED_LINK)) {
    for (const word of linkWords(host!, path!)) for (const part of [word, ...word.split(/[^\p{L}]+/u)]) words.add(part.toLowerCase());
  }
  return words;
}

/** A flag as Discord's shortcode writes it, ":flag_kz:", where a client sends the shortcode rather than the emoji. */
const FLAG_SHORTCODE = /:flag_([a-z]{2}):/gi;
/** Any other emoji shortcode (":thinking:", ":+1:"): no word of a question. */
const SHORTCODE = /(?<![\p{L}\p{N}:]):[a-z][a-z0-9_+-]{1,31}:(?![\p{L}\p{N}:])/gu;

/** The English name of a country or region by its ISO 3166 code, as the runtime's Unicode data has it; undefined if none. */
function regionName(code: string): string | undefined {
  // "ZZ" is ISO 3166's code for an unknown region: no name.
  if (code === 'ZZ') return undefined;
  try {
    return (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(code);
  } catch {
    return undefined;
  }
}

/**
 * A text with each country's flag written as the country's name: "🇨🇳🇰🇿 relations?" is "China Kazakhstan relations?",
 * and so is ":flag_cn: :flag_kz: relations?"; other emoji shortcodes are left out (":thinking: what is RATS").
 */
export function flagsAsNames(text: string): string {
  const coded = text.includes(':') ? text.replace(FLAG_SHORTCODE, (flag: string, code: string) => {
    const name = regionName(code.toUpperCase());
    return name ? ` ${name} ` : flag;
  }).replace(SHORTCODE, ' ') : text;
  if (!/[\u{1F1E6}-\u{1F1FF}]/u.test(coded)) return coded;
  return coded.replace(FLAG, (flag: string, first: string, second: string) => {
    const name = regionName(String.fromCharCode(0x41 + first.codePointAt(0)! - 0x1f1e6, 0x41 + second.codePointAt(0)! - 0x1f1e6));
    return name ? ` ${name} ` : flag;
  });
}

/** A word of two letters or more, as casing is judged by. */
const CASED_WORD = /\p{L}[\p{L}'\u2019-]*\p{L}/gu;
/** The words title case writes in lower case: articles, conjunctions and short prepositions. */
const TITLE_CASE_SMALL = new Set('a an the and but or nor for so yet as at by in of off on per to up via vs from into onto with'.split(' '));

/**
 * The question with its words of English in lower case when its casing tells nothing: written in capitals ("WHAT WAS
 * INFLATION IN 2020") or with nearly every word capitalised ("Why Does Uzbekistan Skip SCO Exercises?"), where a
 * capital would mark every word as a name. Names (`isName`: "RATS", "Kazakhstan") keep theirs; a word English lacks
 * loses it too ("JIHADIS" had been read as a name).
 */
export function caseless(text: string, isName: (lower: string) => boolean): string {
  const words = text.match(CASED_WORD);
  if (!words || words.length < 3) return text;
  const lower = words.filter((word) => word[0] === word[0]!.toLowerCase());
  // Title case leaves only its small words in lower case: "is" in lower case says the capitals are names' ("What is
  // Russia's Rapid Reaction Force?").
  if (lower.length > 0.2 * words.length || lower.some((word) => !TITLE_CASE_SMALL.has(word))) return text;
  return text.replace(CASED_WORD, (word) => {
    const lower = word.toLowerCase();
    return isName(lower) ? word : lower;
  });
}

/**
 * Markdown's emphasis around words ("**what** is the `SCO`?", "__why__", "~~x~~", "||spoiler||"): how a word is shown,
 * no part of it. A "*" or "_" only where it opens or closes a word (not "C_2").
 */
const MARKDOWN_EMPHASIS = /\*\*|__|~~|\|\||`+|(?<![\p{L}\p{N}])[*_]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}?!.])[*_]+(?![\p{L}\p{N}])/gu;
/** A word with a letter written three times or more ("whyyyy", "sooo", "pleeease"): stretched for emphasis. */
const STRETCHED_WORD = /[a-z]*([a-z])\1{2,}[a-z]*/gi;
/**
 * The word a stretched one stands for: its runs written twice, else once, where English has that word (`isKnown`: "good"
 * of "goood", "so" of "sooo").
 */
function unstretched(word: string, isKnown: (lower: string) => boolean): string {
  // A roman numeral ("iii", "xxx", "viii") is written so: a footnote's marker.
  if (isKnown(word.toLowerCase()) || /^[ivxlcdm]+$/i.test(word)) return word;
  for (const times of ['$1$1', '$1']) {
    const meant = word.replace(/([a-z])\1{2,}/gi, times);
    if (isKnown(meant.toLowerCase())) return meant;
  }
  return word;
}
/** A word with a Latin letter bearing an accent ("Whät", "RÄTS"). */
const ACCENTED_WORD = /\p{L}*[\u00C0-\u024F]\p{L}*/gu;
/** The word without its accents where English has it so and not as written (`isKnown`: "what" of "Whät"); else as written. */
function unaccented(word: string, isKnown: (lower: string) => boolean): string {
  const plain = word.normalize('NFD').replace(/\p{M}+/gu, '');
  return plain !== word && /^[A-Za-z]+$/.test(plain) && !isKnown(word.toLowerCase()) && isKnown(plain.toLowerCase()) ? plain : word;
}
/** A word `HOW_EXPLAINED` needs, most questions hold none: looked for before the pattern. */
const HOW_EXPLAINED_HINT = /simpl|brief|quick|clear|nutshell|short|plain|easy|easier|basic|everyday|few|layman|like i/i;
/**
 * How simply an explanation is asked for, after the asking verb ("can u explain in simple words why…", "explain it
 * briefly: what is…"): no word of what is asked.
 */
const HOW_EXPLAINED = /\b(explain|describe|tell\s+(?:me|us)|say|put)\s+(?:(it|this|that)\s+)?(?:in\s+(?:simple|plain|easy|basic|everyday|short|brief|few|layman'?s?|simpler|plainer|easier)\s+(?:words|terms|english|language)|in\s+a\s+nutshell|in\s+short|in\s+brief|simply|briefly|quickly|clearly|like\s+i'?m\s+(?:five|5|a\s+kid))\b/gi;
/**
 * The bot's own opinion asked of something ("do u like china", "what do YOU think about russia", "what's your take on
 * the SCO?", "is china good or bad"): it has none; what the paper says about it is what it can give.
 */
const OPINION_ASKED =
  /^\W*(?:what\s+do\s+(?:you|u)\s+(?:think|reckon)\s+(?:about|of)|how\s+do\s+(?:you|u)\s+feel\s+about|do\s+(?:you|u)\s+(?:like|love|hate|dislike|support|trust)|what(?:'s|’s|s|\s+is)\s+(?:your|ur)\s+(?:opinion|view|views|take|position|stance|thoughts?)\s+(?:on|of|about)|is(?=\s+.+\s+good\s+or\s+bad\W*$))\s+(.+?)(?:\s+good\s+or\s+bad)?\W*$/i;

/** The bot's judgement asked of something ("do you think China is right?", "do u think the SCO was a good idea"). */
const JUDGEMENT_ASKED = /^\W*do\s+(?:you|u)\s+(?:think|believe|reckon|feel)\s+(?:that\s+)?(.+?)\s+(?:is|was|are|were)\s+(?:right|wrong|good|bad|correct|justified|fair|unfair|a\s+good\s+(?:thing|idea)|a\s+bad\s+(?:thing|idea))\W*$/i;

/** What a question asking the bot's own opinion asks it of ("china" of "do u like china"), or null for any other. */
export function opinionAsked(question: string): string | null {
  return OPINION_ASKED.exec(question)?.[1] ?? JUDGEMENT_ASKED.exec(question)?.[1] ?? null;
}

/** A month's short form before a day or a year ("Jun 2012", "Sept. 9"), as its name: no name of its own the corpus lacks. */
const SHORT_MONTHS = new Map(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((month) => [month.slice(0, 3), month[0]!.toUpperCase() + month.slice(1)]));
SHORT_MONTHS.set('sept', 'September');
const SHORT_MONTH = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?=\s+\d)/gi;

/**
 * A question as plain English: chat spellings of small words read as the words, a small word with two letters
 * swapped read as the word when English has no word so spelt (`isWord`; "whta" as "what", never "form" as "from"),
 * a hedge before "how many" left out ("roughly how many"), a share asked as a slice read as a share, a world war by
 * its short name ("WWII") as texts write it,
 * a small number before a plural noun written out, what is said around its question left out (`questionAlone`), and
 * a greeting before it too; a flag as its country's name; in lower case when its casing tells nothing (`caseless`);
 * without markdown's emphasis, a stretched word or one with accents read as the word English has (`isKnown`), and how simply an
 * explanation is asked left out.
 */
export function plainQuestion(question: string, isWord: (lower: string) => boolean = () => true, isName: (lower: string) => boolean = () => false, isKnown: (lower: string) => boolean = isWord): string {
  const unmarked = /[*_~`|]/.test(question) ? question.replace(MARKDOWN_EMPHASIS, '') : question;
  const unstretchedText = /([a-z])\1\1/i.test(unmarked) ? unmarked.replace(STRETCHED_WORD, (word) => unstretched(word, isKnown)) : unmarked;
  const unaccentedText = /[\u00C0-\u024F]/.test(unstretchedText) ? unstretchedText.replace(ACCENTED_WORD, (word) => unaccented(word, isKnown)) : unstretchedText;
  const text = caseless(unaccentedText, isName);
  // A name written with its dots, as the gazetteer writes it ("U.S.A."), stays as it is.
  const undotted = text.includes('.') ? text.replace(DOTTED_ACRONYM, (letters) => (isName(letters.toLowerCase()) || isName(letters.toLowerCase().replace(/\.$/, '')) ? letters : letters.replace(/\./g, ''))) : text;
  const named = flagsAsNames(linksAsWords(undotted, isName));
  const chatSpelt = holdsWord(named, CHAT_SPELLING_RUNS)
    ? named.replace(CHAT_SPELLING, (word) => CHAT_SPELLINGS.get(word.toLowerCase()) ?? word).replace(/(\S) {2,}(?=\S)/g, '$1 ')
    : named;
  const digitSpelt = /\b[24]\b/.test(chatSpelt) ? chatSpelt.replace(DIGIT_FOR_WORD, (digit) => (digit === '2' ? 'to' : 'for')) : chatSpelt;
  const monthSpelt = digitSpelt.replace(SHORT_MONTH, (short: string) => SHORT_MONTHS.get(short.toLowerCase().replace(/\.$/, ''))!);
  const doesSpelt = /\bdose\b/i.test(monthSpelt) ? monthSpelt.replace(DOSE_FOR_DOES, '$1 does') : monthSpelt;
  const spelt =
    FOLDED_TO_ASCII.test(doesSpelt) || holdsWord(doesSpelt, SWAPPED_RUNS)
      ? doesSpelt.replace(SWAPPED_WORD, (word) => {
          // The pattern's case folding reads "ſ" as "s" ("wſa"): so is the word looked up.
          const meant = SWAPPED.get(word.toLowerCase().replace(/\u017f/g, 's'))!;
          if (isWord(word.toLowerCase())) return word;
          return /^\p{Lu}/u.test(word) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
        })
      : doesSpelt;
  // Not where the clause is what is asked ("tell me when the paper was published").
  const withoutClause = spelt.replace(AS_OF_DOCUMENT, '');
  const undated = withoutClause !== spelt && /\b(?:who|what|which|how|where|why)\b/i.test(withoutClause) && withoutClause.trim().split(/\s+/).length >= 3 ? withoutClause : spelt;
  const unmentioned = undated.replace(DOCUMENT_MENTIONS, '');
  // Not the paper's own doing ("which sources does the author use?"): what is left ends on the thing, not a verb.
  const thing = unmentioned !== undated && /\b(?:what|who|which)\b/i.test(unmentioned) && unmentioned.trim().split(/\s+/).length >= 3 && !ENDS_ON_AUXILIARY.test(unmentioned) ? unmentioned : undated;
  const about = thing.replace(WHAT_ABOUT, 'what about').replace(ON_ITS_OWN, 'alone');
  const hedged = /\bhow\s+m(?:any|uch)\b/i.test(about) ? about.replace(HEDGE, '') : about;
  const sliced = /\bslices?\b/i.test(hedged) ? hedged.replace(SLICE_ASKED, '$1share of') : hedged;
  const counted = /\bww/i.test(sliced) ? sliced.replace(WORLD_WAR, (_, number: string) => `World War ${number === '1' || number.toUpperCase() === 'I' ? 'I' : 'II'}`) : sliced;
  const decades = /ties\b/i.test(counted) ? counted.replace(DECADE_WORD, (word) => `19${DECADES.indexOf(word.toLowerCase()) + 2}0s`) : counted;
  const written = /\d/.test(decades) ? decades.replace(CARDINAL_DIGITS, (digits) => CARDINALS[Number(digits) - 2]!).replace(SHORT_YEAR, fullYear) : decades;
  const alone = questionAlone(written);
  // "y does…" at the start is "why".
  const asked = openingWord(alone) === 'y' ? alone.replace(/^\s*y(?=\s+(?:do|does|did|is|are|was|were|has|have|would|should|can)\b)/i, 'why') : alone;
  const greeted = OPENING_WORDS.has(openingWord(asked)) ? asked.replace(GREETING, '') : asked;
  const plainly = HOW_EXPLAINED_HINT.test(greeted) ? greeted.replace(HOW_EXPLAINED, (_, verb: string, it: string | undefined) => (it ? `${verb} ${it}` : verb)) : greeted;
  return DOCUMENT_NAMED.test(plainly) ? plainly.replace(DOCUMENT_VIEW, 'what does the paper say about').replace(AUTHOR_SAYS, 'the paper') : plainly;
}
