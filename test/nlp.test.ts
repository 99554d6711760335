import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { holdsAnswerKind } from '../src/nlp/intent.js';
import { flagsAsNames, linksAsWords, plainQuestion, wordsOfLinks } from '../src/nlp/unasked.js';
import { inflectedFrom, winkReader } from '../src/nlp/wink.js';
import { committedCorpus } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const analyzer = createAnalyzer(corpus.gazetteer, corpus.thesaurus);
const canonicals = (text: string): string[] => analyzer.analyze(text).entities.map((e) => e.canonical);

describe('entities and aliases', () => {
  it('finds an organisation by acronym and by full name in either spelling', () => {
    expect(canonicals('the SCO')).toContain('SCO');
    expect(canonicals('the Shanghai Cooperation Organisation')).toContain('SCO');
    expect(canonicals('the Shanghai Cooperation Organization')).toContain('SCO');
    expect(canonicals('the Regional Anti-Terrorism Structure')).toContain('RATS');
  });

  it('reads demonyms, capitals and other spellings as the state or people they name', () => {
    expect(canonicals('Why do Uzbek generals distrust it?')).toContain('Uzbekistan');
    expect(canonicals("What is Beijing's aim?")).toContain('China');
    expect(canonicals('What did Washington get?')).toContain('USA');
    // An event by another of its names: the attacks of September 11, 2001 "in U.S.A" were on New York.
    expect(canonicals('after the 2001 attacks on New York')).toContain('September 11 attacks');
    // A name's words joined by a hyphen are the name.
    expect(canonicals('the fellow Shanghai-bloc states')).toContain('SCO');
    // The paper's one bloc, as question writers call it; "the Soviet bloc" is none of its names.
    expect(canonicals("Why do the Uzbeks sit out the bloc's war games?")).toContain('SCO');
    expect(canonicals('What became of the Soviet bloc?')).not.toContain('SCO');
    expect(canonicals('Did the Central Asians ask Beijing first?')).toContain('Central Asia');
    expect(canonicals('How many Uyghurs are there?')).toContain('Uighurs');
    expect(canonicals('Kublai Khan')).toContain('Khublai Khan');
  });

  it('reads the combining form and other spellings of a country as the country', () => {
    expect(canonicals('Sino-Kazakh ties')).toContain('China');
    expect(canonicals('Uighurs in Kazakstan')).toContain('Kazakhstan');
    expect(canonicals('aid to Kirgizstan')).toContain('Kyrgyzstan');
  });

  it('counts a city for the country or region it lies within', () => {
    expect(canonicals('Is Kyrgyzstan moving closer to Moscow?')).toEqual(expect.arrayContaining(['Kyrgyzstan', 'Moscow', 'Russia']));
    expect(canonicals('militants reach Kashgar')).toEqual(expect.arrayContaining(['Kashi', 'Xinjiang']));
  });

  it('asks of the state a capital’s possessive speaks of, still naming the capital as an entity', () => {
    const names = (text: string): string[][] => analyzer.analyze(text).names.map((n) => n.terms);
    expect(names("What is behind Moscow's economic slump?")).toEqual([['@russia']]);
    expect(names('Which meeting was held in Moscow?')).toEqual([['@moscow', '@russia']]);
    expect(canonicals("What is behind Moscow's economic slump?")).toEqual(expect.arrayContaining(['Moscow', 'Russia']));
  });

  it('matches short capitalised names that are words too only as written, so ordinary words stay words', () => {
    expect(canonicals('tell us about it')).not.toContain('USA');
    expect(canonicals('There are rats in the barn')).not.toContain('RATS');
    expect(canonicals('the US and RATS')).toEqual(expect.arrayContaining(['USA', 'RATS']));
    // No pronoun follows "the": "the us" is the country.
    expect(canonicals('what did the us and central asian countries cooperate on')).toContain('USA');
    // Nor is a word wink reads as a proper noun a common one: "usa" is the country, "rats" and "us" stay words.
    expect(canonicals('what did usa do about terrorism')).toContain('USA');
    expect(canonicals('What did they tell us about rats?')).toEqual([]);
    // A text without capitals tells no name by its case: an acronym of the gazetteer's in it is the name.
    expect(canonicals('what does rats actually do')).toEqual(['RATS']);
    expect(canonicals('what did they tell us about rats')).toEqual(['RATS']);
    // "sco" and "tapi" are no English words, so they name the SCO and the pipeline however they are written.
    expect(canonicals('why does uzbekistan skip sco exercises')).toContain('SCO');
    expect(canonicals('what is the tapi pipeline')).toContain('TAPI');
  });

  it('keeps wink’s own dates and amounts with a figure or a month, not words of time or order, nor a name’s date', () => {
    expect(analyzer.analyze('Who was first to help that evening?').entities).toEqual([]);
    expect(analyzer.analyze('What happened on September 11?').entities.map((e) => e.type)).toEqual(['event']);
  });

  it('keeps wink’s own dates and amounts', () => {
    const entities = analyzer.analyze('In 2004 China promised USD 16 million').entities;
    expect(entities).toEqual(expect.arrayContaining([
      { text: '2004', type: 'DATE', canonical: '2004' },
      { text: 'USD 16 million', type: 'MONEY', canonical: 'USD 16 million' },
    ]));
  });

  it('reads a decade and an ordinal as words; wink\'s halves of a three-figure decade as none', () => {
    expect(analyzer.analyze('What happened in the 1990s?').words).toEqual(['1990s']);
    expect(analyzer.analyze('the 9th century').words).toEqual(['9th', 'centuri']);
    expect(analyzer.analyze('events of the 650s').words).not.toContain('50s');
  });

  it('reads a span of years as a span, as wink reads one written with a dash, and each year of it as a date', () => {
    expect(analyzer.analyze('exercises between 2002-2010').entities).toEqual([
      { text: '2002-2010', type: 'DURATION', canonical: '2002-2010' },
      { text: '2002', type: 'DATE', canonical: '2002' },
      { text: '2010', type: 'DATE', canonical: '2010' },
    ]);
  });

  it('reads a year as a date also within a longer date or a name, and alone among keywords', () => {
    const dates = (text: string): string[] => analyzer.analyze(text).entities.filter((e) => e.type === 'DATE').map((e) => e.canonical);
    expect(dates('What meeting was held in Moscow in April 2015?')).toEqual(['April 2015', '2015']);
    expect(dates('How many exercises did China take part in between 2002 and 2010?')).toEqual(expect.arrayContaining(['2002', '2010']));
    expect(dates('What did they support after the September 11, 2001 attacks?')).toEqual(['2001']);
    expect(dates('sco anti-drug agencies meeting moscow 2015')).toEqual(['2015']);
  });

  it('names the one-word names a longer name holds, as entities', () => {
    expect(canonicals('SCO peace mission drills')).toEqual(['Peace Mission', 'SCO']);
    expect(canonicals('sco anti-drug agencies meeting')).toEqual(['SCO Anti-Drug Agencies', 'SCO']);
    // not a name's own other name ("TAPI" of "TAPI pipeline"): the paper's name for it, TAPI, once
    expect(canonicals('what is the TAPI pipeline')).toEqual(['TAPI']);
  });
});

describe('terms', () => {
  const same = (a: string, b: string): void => expect(analyzer.terms(a)).toEqual(analyzer.terms(b));

  it('keep an adjective of "-ful" and its adverb apart from the noun ("carefully watch" says nothing of what China cares about)', () => {
    same('carefully', 'careful');
    expect(analyzer.terms('carefully')).not.toEqual(analyzer.terms('care'));
    expect(analyzer.terms('powerful')).not.toEqual(analyzer.terms('powers'));
    same('cares', 'care');
  });

  it('read "give" saying to whom something goes as "provide", and other uses of it as a light verb', () => {
    const provide = analyzer.terms('provide')[0]!;
    for (const text of ['What did India give Tajikistan?', 'what has china given to kazakhstan', 'what did they give them?']) expect(analyzer.terms(text), text).toContain(provide);
    // Room given to a conflict, the reader asked to give, a clause opened by "given": no providing.
    for (const text of ['This difference in approach gives room to conflict.', 'give me an example', "Given Russia's influence, what can China do?"]) expect(analyzer.terms(text), text).not.toContain(provide);
  });

  it('read a verb and a preposition as a phrasal verb, not when the preposition opens a date or a number', () => {
    expect(analyzer.terms('They held in their anger for years.')).toContain('hold_in');
    // "hold in" is "restrain": an exercise held in 2003 restrained nothing ("which powers want to hold back extremism?").
    for (const text of ['The first exercise was held in 2003.', 'The summit was held in June 2012.']) {
      expect(analyzer.terms(text).some((term) => term.includes('_')), text).toBe(false);
    }
    // Nor "on one's way": fighters passing on their way into China hand nothing over.
    expect(analyzer.terms('He passed on the news.')).toContain('pass_on');
    expect(analyzer.terms('Fighters pass on their way into China.')).not.toContain('pass_on');
  });

  it('meet across inflections, British and American spellings, quotes and hyphens', () => {
    same('exercises', 'exercise');
    same('Uighurs', 'Uighur');
    same('defence', 'defense');
    same('organisation', 'organization');
    same('modernisation', 'modernization');
    same('co-operation', 'cooperation');
    same('China’s', "China's");
    // a plural of a name of letters and a number, not a decade
    same('MiG-29s', 'MiG-29');
    expect(analyzer.terms('mid-1990s')).not.toEqual(analyzer.terms('mid-1990'));
  });

  it('split the scrape’s hyphenated ranges and compounds into their parts', () => {
    expect(analyzer.terms('2002-2010')).toEqual(['2002', '2010']);
    // The paper writes "180, 000"; a question "180,000".
    expect(analyzer.terms('180,000')).toEqual(['180', '000']);
    expect(analyzer.terms('about 180, 000')).toEqual(['180', '000']);
    expect(analyzer.terms('counter-narcotics')).toEqual(expect.arrayContaining(analyzer.terms('narcotics')));
    // "-wise" says "as regards": "security-wise" is security, and "wise" no word of it.
    same('security-wise', 'security');
    // a part of a time joined to it ("mid-2012", "early-1990s") is the time: no word a passage holds
    same('in mid-2012', 'in 2012');
    same('the early-1990s', 'the 1990s');
  });

  it('reads the words of a hyphenated compound before a noun as qualifying it, and a name it likens the noun to as no name asked of', () => {
    const read = analyzer.analyze('How many people died after the Ponzi-style investment schemes fell apart?');
    const [ponzi, style, scheme] = ['Ponzi', 'style', 'schemes'].map((word) => analyzer.terms(word)[0]!) as [string, string, string];
    expect([read.topicWords.has(ponzi), read.topicWords.has(style), read.topicWords.has(scheme)]).toEqual([false, false, true]);
    expect(read.properWords.has(ponzi)).toBe(false);
    // A compound that is the thing asked of, with no noun after it, stays what the question is about.
    expect(analyzer.analyze('What is a Ponzi-style?').topicWords.has(style)).toBe(true);
    // So does a name joined to a noun the question asks of, which the compound does not liken anything to.
    expect(analyzer.analyze('What did the Putin-led government do?').properWords.has(analyzer.terms('Putin')[0]!)).toBe(true);
  });

  it('read a run of letters longer than any word only so far, and unstemmed', () => {
    // wink's tokenizer and the stemmer take time with the square of a run's length: a pasted run is cut, not read for minutes.
    expect(analyzer.terms(`RATS ${'x'.repeat(300)}`)).toEqual(analyzer.terms(`RATS ${'x'.repeat(200)}`));
    expect(analyzer.terms(`${'ab'.repeat(35)}s`)).toEqual([`${'ab'.repeat(35)}s`]);
  });

  it('drop question words, stop words and light verbs, but keep content words wink lists as stop words', () => {
    expect(analyzer.terms('What is the')).toEqual([]);
    expect(analyzer.terms('which source talks about it and what does it say')).toEqual([]);
    expect(analyzer.terms('whats the pipeline and why doesnt it exist')).toEqual(analyzer.terms('what is the pipeline and why does it not exist'));
    // wink keeps "I'm" whole: no word of a question either way it is written.
    for (const written of ["I'm confused about the pipeline", 'I’m confused about the pipeline', 'im confused about the pipeline']) expect(analyzer.terms(written), written).toEqual(analyzer.terms('confused about the pipeline'));
    // "take place" says only that something happened; "take part" is "participate".
    expect(analyzer.terms('where did the exercise take place')).toEqual(analyzer.terms('where was the exercise'));
    expect(analyzer.terms('took part')).toEqual(analyzer.terms('participated'));
    // A verb of trade with "abroad" or "overseas" after it, in its clause, is the one verb it means.
    expect(analyzer.terms('what does Cuba sell abroad')).toEqual(analyzer.terms('what does Cuba export'));
    expect(analyzer.terms('things sold overseas')).toEqual(analyzer.terms('things exported'));
    expect(analyzer.terms('why did Finland buy timber from abroad')).toEqual(analyzer.terms('why did Finland import timber'));
    // So is a noun of trade, with "abroad" after it or "overseas" or "foreign" before it: sales abroad are exports.
    expect(analyzer.terms('what share of sales abroad is clothing')).toEqual(analyzer.terms('what share of exports is clothing'));
    expect(analyzer.terms('the slice of overseas sales')).toEqual(analyzer.terms('the slice of exports'));
    expect(analyzer.terms('foreign purchases of fuel')).toEqual(analyzer.terms('imports of fuel'));
    // Not past the clause: "abroad" there is where they travel.
    expect(analyzer.terms('they sell cars, and travel abroad')).not.toContain(analyzer.terms('export')[0]);
    expect(analyzer.terms('they sell cars, and travel abroad')).toEqual([...analyzer.terms('they sell cars'), ...analyzer.terms('and travel abroad')]);
    // "hand over", and "hand" with whom it goes to, are giving, as "give" to someone is ("provide"); a hand is not.
    expect(analyzer.terms('What hardware did New Delhi hand over to Dushanbe?')).toEqual(analyzer.terms('What hardware did New Delhi provide to Dushanbe?'));
    expect(analyzer.terms('What has Beijing handed to Astana?')).toEqual(analyzer.terms('What has Beijing provided to Astana?'));
    expect(analyzer.terms('What help has Beijing handed over to Astana?')).toEqual(analyzer.terms('What help has Beijing provided to Astana?'));
    expect(analyzer.terms('a helping hand over the years')).toContain(analyzer.terms('hand')[0]);
    // Two sides or many in everyday words: bilateral, multilateral.
    for (const written of ['first two-nation drill', 'first two-way drill', 'first one-on-one drill', 'first one on one drill']) expect(analyzer.terms(written), written).toEqual(analyzer.terms('first bilateral drill'));
    expect(analyzer.terms('multi-country efforts')).toEqual(analyzer.terms('multilateral efforts'));
    expect(analyzer.terms('the two countries')).toEqual(analyzer.terms('the countries'));
    expect(analyzer.terms('one of the two')).toEqual([]);
    // "end up", "turn out": how things came out, no word of what happened.
    expect(analyzer.terms('why did China end up strengthening its army')).toEqual(analyzer.terms('why did China strengthen its army'));
    expect(analyzer.terms('how did the talks turn out')).toEqual(analyzer.terms('how did the talks go'));
    // "side" of "the military side", "the money and trade side of things" says only which part is asked: no word of it
    // (kept as one, it had counted against every passage of a paper that never writes it).
    expect(analyzer.terms('why does China play down the military side')).toEqual(analyzer.terms('why does China play down the military'));
    // A light verb carries a sentence, not its subject; nouns, ordinals and numbers wink lists are kept.
    expect(analyzer.terms('take a seat in her place')).toEqual(['seat', 'place']);
    expect(analyzer.terms('what does the author think')).toEqual(['author']);
    // "would like" is "want", a verb that carries the sentence; "like" alone is a word of its own.
    expect(analyzer.terms('which states would like to curb extremism')).toEqual(analyzer.terms('which states want to curb extremism'));
    expect(analyzer.analyze('Which states would like to curb extremism in Tajikistan?').intent.focus).not.toBe('like');
    // The word after "did" and its subject's names, before "the", is the verb asked of, though wink tags "sign" a noun.
    expect(analyzer.analyze('When did China and Uzbekistan sign the agreement on combating the three evils?').intent.focus).toBe(analyzer.lemmaTerm('sign'));
    // So is one wink tags an adjective, before an article or a possessive ("complete the", "open its"): a verb the
    // engine asks a date of. Not an adjective before a figure ("its very first two-country exercise").
    for (const [question, verb] of [['In what year did the United States complete the Panama Canal?', 'complete'], ['When did the government open its new port?', 'open']] as const) {
      const { intent, partsOfSpeech } = analyzer.analyze(question);
      expect(intent.focus).toBe(analyzer.lemmaTerm(verb));
      expect(partsOfSpeech.get(analyzer.lemmaTerm(verb))).toBe('v');
    }
    expect(analyzer.analyze('Who did China team up with for its very first two-country exercise?').partsOfSpeech.get(analyzer.lemmaTerm('first'))).not.toBe('v');
    expect(analyzer.terms('what does china like about it')).toContain('like');
    // Chat's "like" after a comma restates or hedges: "what does RATS do, like who does it target".
    expect(analyzer.terms('what does RATS do, like who does it target')).toEqual(analyzer.terms('what does RATS do, who does it target'));
    expect(analyzer.terms('the first part')).toEqual(['first', 'part']);
    // A verb wink's stop list holds in its base form only is a word in every form: "move" as "moving" is.
    expect(analyzer.terms('Kyrgyzstan seems to move closer to Russia')).toEqual(analyzer.terms('Kyrgyzstan is moving closer to Russia'));
    expect(analyzer.terms('a million')).toEqual(['million']);
    // A phrase that only says "about" holds no word of the text.
    expect(analyzer.terms('Kazakhstan in terms of uranium deposits')).toEqual(analyzer.terms('Kazakhstan uranium deposits'));
    expect(analyzer.terms('leaning toward Russia when it comes to defence')).toEqual(analyzer.terms('leaning toward Russia in defence'));
    expect(analyzer.terms('the terms of the treaty')).toContain('term');
    expect(analyzer.terms('Afghanistan number of provinces')).toEqual(analyzer.terms('Afghanistan provinces'));
    // Nor does a connective joining sentences: "On the other hand" gives no hand, "for this reason" no reason.
    expect(analyzer.terms('On the other hand, China faces concerns')).toEqual(analyzer.terms('China faces concerns'));
    expect(analyzer.terms('for this reason it welcomes Russia')).toEqual(analyzer.terms('it welcomes Russia'));
    expect(analyzer.terms('As a result, the SCO was formed')).toEqual(analyzer.terms('the SCO was formed'));
    expect(analyzer.terms('the reason for the result')).toEqual(['reason', 'result']);
    // Phrasal verbs are one word: "play down", "count on".
    expect(analyzer.terms('China plays down its ties')).toEqual(['china', 'play_down', 'tie']);
    // One of three words or more is one however wink tags its first word: it reads "call" here as a noun.
    expect(analyzer.terms('who does beijing let call the shots on security')).toContain('call_the_shots');
    // One of two is a verb's only: "the set up" of a noun is not read as "set_up".
    expect(analyzer.terms('a call on the radio')).not.toContain('call_on');
  });

  it('group synonyms from the thesaurus under one word', () => {
    const [manoeuvre] = analyzer.terms('manoeuvres');
    const [exercise] = analyzer.terms('exercise');
    expect(analyzer.synonym(manoeuvre!)).toBe(exercise);
  });
});

describe('what a question asks for', () => {
  const kind = (question: string) => analyzer.analyze(question).intent.kind;
  /** The kind of answer and the focus a question is read with. */
  const read = (question: string) => {
    const { kind, focus } = analyzer.analyze(question).intent;
    return { kind, focus };
  };
  const term = (word: string) => analyzer.terms(word)[0];
  it('reads "which two kinds of output" as asking which kinds, not a quantity; "which two states" as before', () => {
    expect(kind('Which two kinds of factory output does the economy lean on?')).toBeNull();
    expect(kind('Which kinds of factory output does the economy lean on?')).toBeNull();
    expect(kind('Which two states want to strengthen the Islamic identity of Tajikistan?')).toBeNull();
    expect(kind('How much factory output does the economy have?')).toBe('quantity');
  });
  it('reads "what is X\'s role?" as asking what X does, not what a term means', () => {
    expect(read("What is the Taliban's role?")).toEqual({ kind: null, focus: null });
    expect(read('what is the role of the taliban').kind).toBeNull();
    expect(read('What are the three evils?').kind).toBe('definition');
    // "this … thing" only points at the term (session 59's trial).
    expect(analyzer.analyze("what's this three evils thing?").intent.subject[0]).toBe('three evils');
    expect(read("what's this three evils thing?").kind).toBe('definition');
  });
  it('reads "what is the latest (first, biggest) X?" as asking which one, not what a term means', () => {
    for (const question of ['What is the latest multilateral exercise?', 'what was the first bilateral exercise?', 'What is the biggest lake?', 'what was the most recent exercise?']) expect(read(question).kind, question).toBeNull();
    expect(read('What is the modest scale?').kind).toBe('definition');
  });
  it('reads the kind of answer from the last noun of a compound asked about ("the trade volume", "the defence budget")', () => {
    expect(read('What is the annual trade volume between China and Kazakhstan?')).toEqual({ kind: 'quantity', focus: term('volume') });
    expect(read("What is Tajikistan's annual defence budget?").kind).toBe('quantity');
    expect(read('What is the SCO summit date?').kind).toBe('date');
    expect(read('What was the voter turnout in the 1995 elections?').kind).toBe('quantity');
  });
  it('reads "how high were the walls that X attacked?" as measuring the walls, not the verb of the clause after them', () => {
    expect(read('How high were the city walls that the army attacked?')).toEqual({ kind: 'quantity', focus: term('walls') });
  });
  it('reads who is asked in an office or at the head of something as a person, the role after "which" as no word of the question', () => {
    expect(analyzer.analyze('Which Chinese defence minister visited Turkmenistan in 2013?').intent).toMatchObject({ kind: 'agent', focus: term('visited'), person: true });
    expect(analyzer.analyze('Which Chinese defence minister visited Turkmenistan in 2013?').words).not.toContain(term('minister'));
    expect(analyzer.analyze('Who heads the SCO?').intent).toMatchObject({ kind: 'agent', focus: term('heads'), person: true });
    expect(analyzer.analyze("Who was Tajikistan's defence minister?").intent).toMatchObject({ kind: 'agent', person: true });
    expect(analyzer.analyze('Who is the chief executive of the railway?').intent).toMatchObject({ kind: 'agent', person: true });
    // Who led a delegation or an army is a person.
    expect(analyzer.analyze("Who led China's delegation at the meeting?").intent).toMatchObject({ kind: 'agent', person: true });
    expect(analyzer.analyze('Who led the Hotaki army at the battle?').intent).toMatchObject({ kind: 'agent', person: true });
    // Countries and bodies take the lead, and are accepted as actors: no person asked.
    expect(analyzer.analyze('Who leads security in Central Asia?').intent.person).toBeUndefined();
    expect(analyzer.analyze('Who does China accept as the primary actor?').intent.person).toBeUndefined();
    expect(analyzer.analyze('Which country signed the treaty?').intent.person).toBeUndefined();
  });
  it('reads how long, how often, at what age, and what a role or a count is of', () => {
    const intent = (q: string) => analyzer.analyze(q).intent;
    expect(intent('How many years do children spend at school?').kind).toBe('duration');
    expect(intent('How many times has the SCO held Peace Missions?').kind).toBe('frequency');
    expect(intent('At what age are men called up?').kind).toBe('age');
    // The noun after "which" is the kind of answer, not a later one the tagger took for a noun.
    expect(intent('Which big powers share a worry about radical Islam?').kind).not.toBe('quantity');
    expect(intent('What share of trade goes to China?').kind).toBe('quantity');
    // What a role or a count is of must be spoken of.
    expect(intent('Who is the current Minister of Defence of Kyrgyzstan?')).toMatchObject({ kind: 'agent', person: true, modifiers: ['defens'] });
    expect(intent("Who was Tajikistan's defence minister?")).toMatchObject({ kind: 'agent', modifiers: ['defens'] });
    expect(intent('Who is the president of Kyrgyzstan?').modifiers).toBeUndefined();
    expect(intent("What was Kyrgyzstan's unemployment rate in 2009?")).toMatchObject({ kind: 'quantity', focus: 'rate', modifiers: ['unemploy'] });
    expect(intent('How many tonnes of walnuts do the forests produce?')).toMatchObject({ kind: 'quantity', focus: 'walnut', modifiers: ['ton'] });
    // Not a name whose the thing counted is: "hectares of Haiti's arable land" measures land.
    expect(intent("How many hectares of Haiti's arable land are irrigated?")).toMatchObject({ kind: 'quantity', focus: 'land' });
    // A verb's past form after the noun opens a clause of its own, though tagged a noun: the wood is counted.
    expect(intent('How much of the wood chopped in 2000 was burned for fuel?')).toMatchObject({ kind: 'quantity', focus: 'wood' });
    // What follows for someone is no definition.
    expect(intent('What does the military base in Dushanbe mean for India?').kind).not.toBe('definition');
    expect(intent('What does CARs mean?').kind).toBe('definition');
    // Which of a thing is asked: "official", "current", "total"; not how much it matters ("main") or its rank.
    expect(intent('What is the official language of Tajikistan?')).toMatchObject({ kind: 'attribute', focus: 'languag', modifiers: ['offici'] });
    expect(intent("What is the main target of Beijing's security dealings?").modifiers).toBeUndefined();
    expect(intent('What is the largest city of Tajikistan?').modifiers).toBeUndefined();
  });

  it('finds a name in a sentence for a place asked, initials written with stops too', () => {
    expect(holdsAnswerKind('In particular, U.S. firms led the expansion of light industry.', 'place')).toBe(true);
    expect(holdsAnswerKind('Firms from the U.K. came later.', 'place')).toBe(true);
    expect(holdsAnswerKind('In particular, foreign firms led the expansion of light industry.', 'place')).toBe(false);
  });

  it('finds a length of a thing in feet, yards or inches as in metres or miles', () => {
    expect(holdsAnswerKind('The waterfall is approximately 600 feet long.', 'duration')).toBe(true);
    expect(holdsAnswerKind('The pier runs 300 yards into the bay.', 'duration')).toBe(true);
    expect(holdsAnswerKind('The waterfall is a famous sight.', 'duration')).toBe(false);
  });

  it('finds a number in a sentence, not "the two" of a reference to two things named before', () => {
    expect(holdsAnswerKind('China promised USD 16 million.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('India donated two Mi-8 helicopters.', 'quantity')).toBe(true);
    // a fraction in words is a share, hedged ("an estimated fifth of") or alone ("half of")
    expect(holdsAnswerKind('Expatriate workers represent an estimated fifth of the labor force.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('Half of the workers are farmers.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('The fair opens on the third of May.', 'quantity')).toBe(false);
    expect(holdsAnswerKind('The two countries have had regular exchanges.', 'quantity')).toBe(false);
    // A figure that would read as a year alone is a number with its percent sign or word.
    expect(holdsAnswerKind('Inflation was around 1000% per year.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('Prices rose 1200 percent.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('It was founded in 1992.', 'quantity')).toBe(false);
    // A decade says when, not how much; nor does "one" opening a sentence or in "one of".
    expect(holdsAnswerKind('One factor is their similarity.', 'quantity')).toBe(false);
    expect(holdsAnswerKind('They speak at least one of several languages.', 'quantity')).toBe(false);
    expect(holdsAnswerKind('Only one exercise was held.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('They signed an agreement on combating the “three evils”.', 'quantity')).toBe(false);
    // A small number after a capitalised word within a sentence is part of a name.
    expect(holdsAnswerKind('Other projects include Sangduta 2 by Iran and Zerafshan by SinoHydro.', 'quantity')).toBe(false);
    expect(holdsAnswerKind('Some 20 soldiers took part.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('The army sent 20 soldiers and Iran 15 percent of its budget.', 'quantity')).toBe(true);
    // A year of three figures after a preposition of time dates; a number of things after one does not.
    expect(holdsAnswerKind('The Hephthalites were subjugated in 565 by a combination of forces.', 'date')).toBe(true);
    expect(holdsAnswerKind('Beginning in 651, the Arabs organized raids.', 'date')).toBe(true);
    expect(holdsAnswerKind('The raids reached 500 villages in 200 valleys.', 'date')).toBe(false);
    for (const sentence of ['SCO conducts annual Peace Missions.', 'Exercises have been held every year.', 'They meet twice a year.', 'The two have had regular exchanges.']) {
      expect(holdsAnswerKind(sentence, 'frequency'), sentence).toBe(true);
    }
    expect(holdsAnswerKind('Between 2002-2010 China took part in more than 20 exercises.', 'frequency')).toBe(false);
    // English's other ways of giving an amount, a length and a rate: a multiple, minutes, "n years out of m".
    expect(holdsAnswerKind('Prices have been rising – doubling from 2001 to 2002.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('The park is only a 30 to 45 minutes drive away.', 'duration')).toBe(true);
    // A length, not an area: "how long is the river?" is not answered by the land a reservoir flooded.
    expect(holdsAnswerKind('The river runs 535 km to the border.', 'duration')).toBe(true);
    expect(holdsAnswerKind('The reservoir flooded 130 km² of fertile land.', 'duration')).toBe(false);
    expect(holdsAnswerKind('Three years out of four it does not freeze hard enough to store ice.', 'frequency')).toBe(true);
    expect(holdsAnswerKind('One of the members left the group.', 'frequency')).toBe(false);
    expect(holdsAnswerKind('The base, built during the 1950s, is near the city.', 'quantity')).toBe(false);
    // A day of a month dates; it counts nothing.
    expect(holdsAnswerKind('After the September 11, 2001 terrorist attack the states backed the war.', 'quantity')).toBe(false);
    expect(holdsAnswerKind('He was executed on 1 November 1929.', 'quantity')).toBe(false);
    expect(holdsAnswerKind('On 1 November, 300 men marched on the city.', 'quantity')).toBe(true);
    expect(holdsAnswerKind('The two countries have had regular exchanges since 1993.', 'date')).toBe(true);
    // "since" gives a cause, not when it says since when
    expect(holdsAnswerKind('Uzbekistan stays away since it fears domination.', 'reason')).toBe(true);
    expect(holdsAnswerKind('Since then military exercises have been held every year.', 'reason')).toBe(false);
    expect(holdsAnswerKind('The two countries have had regular exchanges since 1993.', 'reason')).toBe(false);
  });

  it('counts the name right after "how many", or the nouns after it that the name only says whose they are', () => {
    expect(read('how many Uyghurs live in Xinjiang?')).toEqual({ kind: 'quantity', focus: null });
    expect(read('How many SCO member states are there?')).toEqual({ kind: 'quantity', focus: 'state' });
    expect(read('How many Chinese soldiers took part in the exercise?')).toEqual({ kind: 'quantity', focus: 'soldier' });
    // A noun that only says they are people counts the name ("Uighur people" are Uighurs; it had abstained on p9's count).
    expect(read('About how many Uighur people live in western Kazakhstan?')).toEqual({ kind: 'quantity', focus: null });
  });

  it('reads "how" with an adjective of measure as asking a number, not a manner', () => {
    for (const question of ['How deep is the lake?', 'How narrow is the pass?', 'How low did the river fall?', 'How expensive was the pipeline?', 'How populous is the valley?']) {
      expect(kind(question), question).toBe('quantity');
    }
    expect(kind('How did the lake shrink?')).toBeNull();
  });

  it('reads "what is the area of …" and other nouns of measure as asking a number, "what area …" as asking a place', () => {
    for (const question of ['What is the area of the lake?', 'What is the surface area of the lake?', 'What was the depth of the shaft?', 'What is the highest temperature recorded in the city?']) {
      expect(kind(question), question).toBe('quantity');
    }
    expect(kind('What area did the khanate control?')).not.toBe('quantity');
  });

  it('finds a length of time or of a thing, not a year alone, for "how long"; a number or a year for "how old"', () => {
    for (const sentence of ['The two countries have had regular military exchanges since 1993.', 'Visits of up to 15 calendar days are allowed.', 'The war lasted from 1839 to 1842.', 'Between 2002 and 2010 China took part in 20 exercises.', 'It took three years.', 'The border is 1,700 km long.', 'a 1,814-kilometre pipeline']) {
      expect(holdsAnswerKind(sentence, 'duration'), sentence).toBe(true);
    }
    // A length told in words ("How long have China and Central Asia co-operated militarily?" had been refused).
    for (const sentence of ['The last few decades have seen a gradual expansion of military co-operation.', 'The two peoples have traded for centuries.', 'Over the years the exercises grew.']) {
      expect(holdsAnswerKind(sentence, 'duration'), sentence).toBe(true);
    }
    // "How long is the Wakhan Corridor?" is not answered by when a boundary was agreed.
    for (const sentence of ['In 1895 the commission agreed on the boundary.', 'Over 5,000 personnel took part.', 'The two countries have had regular exchanges.']) {
      expect(holdsAnswerKind(sentence, 'duration'), sentence).toBe(false);
    }
    expect(holdsAnswerKind('The SCO was founded in 2001.', 'age')).toBe(true);
    expect(holdsAnswerKind('He died aged 78.', 'age')).toBe(true);
  });

  it('finds a date of another era or scale than a four-figure year: with its era, a century, a span from one year to another', () => {
    for (const sentence of ['The empire flourished from 740 to 840 CE.', 'Tribes arrived around 2000 BC.', 'It was sacked in AD 1220.', 'In the 9th century the khanate fell.', 'Islam spread there in the tenth century.', 'The kingdom lasted from 740 until 840.', 'The Samanid Empire, 819 to 999, restored Persian control of the region.', 'It was under the Tibetan empire from 650–680.']) {
      expect(holdsAnswerKind(sentence, 'date'), sentence).toBe(true);
    }
    for (const sentence of ['The empire had 740 cities.', 'Over 5,000 personnel took part.', 'The CEO of the company spoke.', 'A 9th division was formed.', 'Some 20 to 30 men were sent.']) {
      expect(holdsAnswerKind(sentence, 'date'), sentence).toBe(false);
    }
  });

  it('reads a noun after "what does" as what does something, not what is asked', () => {
    expect(kind('What does the small size of the SCO exercise show?')).toBeNull();
    expect(kind('What does the number of exercises tell us?')).toBeNull();
    expect(kind('What is the size of the exercise?')).toBe('quantity');
    expect(kind('What number of exercises did China join?')).toBe('quantity');
    // "the value of" says a figure is asked, as "the number of" does: of what comes after it (it had been the focus,
    // and any figure by a word near "value" answered).
    expect(analyzer.analyze("What was the value of Zembla's exports to China in 2024?").intent).toMatchObject({ kind: 'quantity', focus: 'export' });
  });

  it('reads the kind of answer from the question word and the noun it asks about', () => {
    expect(kind('When was RATS established?')).toBe('date');
    expect(kind('In what year did China promise aid?')).toBe('date');
    expect(kind('How many exercises did China take part in?')).toBe('quantity');
    expect(kind('What is the population of Kyrgyzstan?')).toBe('quantity');
    expect(kind('How long have China and Kazakhstan held exchanges?')).toBe('duration');
    expect(kind('How often are military exercises held?')).toBe('frequency');
    // "How far" asks a distance after "is" (below), an extent after another verb, which any words may tell.
    expect(kind('How far has India’s relation with Central Asia progressed?')).toBe(null);
    expect(kind('How old is the SCO?')).toBe('age');
    expect(kind('How far back do India’s ties with Tajikistan go?')).toBe('date');
    expect(kind('How far is Kunduz from Osh?')).toBe('quantity');
    expect(kind('Why does Uzbekistan skip SCO exercises?')).toBe('reason');
    expect(kind('how come China prefers trade?')).toBe('reason');
    expect(kind('How does China address its security concerns?')).toBeNull();
    expect(kind('Which country donated helicopters to Tajikistan?')).toBe('place');
    expect(kind('Where do the militants cross into Xinjiang?')).toBe('place');
    expect(kind('Which exercise did Uzbekistan skip?')).toBeNull();
    // A firm is asked as "who" asks, of what the verb says.
    expect(analyzer.analyze('Which company is building the solar plant?').intent).toMatchObject({ kind: 'agent', focus: 'build' });
  });

  it('reads a yes-or-no question as one, a question word in it opening a clause, unless a verb of knowing asks through it', () => {
    expect(kind('Did Britain react at all when Russia took Tashkent?')).toBeNull();
    expect(kind('Was India worried when China built the road?')).toBeNull();
    expect(kind('Do you know when RATS was established?')).toBe('date');
    expect(kind('Can you tell me who leads the SCO?')).toBe('agent');
    expect(kind('When did Britain react?')).toBe('date');
  });

  it('asks of what a possessive owns, not of its owner', () => {
    expect(read("Who became Mongolia's first president?")).toEqual({ kind: 'agent', focus: term('president') });
    expect(read("How many soldiers does Bhutan's army have?")).toEqual({ kind: 'quantity', focus: term('soldiers') });
  });

  it('reads a definition question and what it asks to define, by every name the gazetteer knows', () => {
    expect(analyzer.analyze('What is RATS?').intent).toEqual({ kind: 'definition', subject: expect.arrayContaining(['RATS', 'Regional Anti-Terrorism Structure']), focus: null });
    expect(analyzer.analyze('what are the three evils').intent).toEqual({ kind: 'definition', subject: expect.arrayContaining(['three evils']), focus: null });
    // The term is what comes before "in": where it is spoken of is no part of it.
    expect(analyzer.analyze('What is praedial larceny in Jamaican farming?').intent).toEqual({ kind: 'definition', subject: ['praedial larceny'], focus: null });
    // Asked within another question, in a statement's order.
    expect(analyzer.analyze('does anyone know what the three evils are').intent).toEqual({ kind: 'definition', subject: expect.arrayContaining(['three evils']), focus: null });
    expect(analyzer.analyze('can someone explain what RATS is?').intent).toEqual({ kind: 'definition', subject: expect.arrayContaining(['RATS']), focus: null });
    expect(analyzer.analyze('I wonder what the SCO does').intent.kind).toBeNull();
    expect(analyzer.analyze('what does CARs mean? it shows up in the India bit').intent.kind).toBe('definition');
    expect(analyzer.analyze('What is the SCO doing about drugs in Tajikistan?').intent.kind).toBeNull();
  });

  it('reads what a question of fact is about: the thing counted, dated or named, else its verb', () => {
    expect(read('How many helicopters did India donate?')).toEqual({ kind: 'quantity', focus: term('helicopters') });
    expect(read('In what year did India give helicopters to Tajikistan?')).toEqual({ kind: 'date', focus: term('helicopters') });
    expect(read('When did Khublai Khan die?')).toEqual({ kind: 'date', focus: term('die') });
    // a share, a percentage, a proportion of something: what it is of is asked about, as with "the number of"
    expect(read('What share of the vote did Bakiyev win?')).toEqual({ kind: 'quantity', focus: term('vote') });
    expect(read('What percentage of the troops were Russian?')).toEqual({ kind: 'quantity', focus: term('troops') });
    // "how much" with a noun counts the noun; "how much did …" measures what the verb does, and a verb of paying
    // ("cost") asks a sum, of what the rest of the question names
    expect(read('How much aid did China give Kyrgyzstan?')).toEqual({ kind: 'quantity', focus: term('aid') });
    expect(read('How much did it cost to build the Salang Tunnel?')).toEqual({ kind: 'quantity', focus: null });
    expect(read('How much did the army grow in 2010?')).toEqual({ kind: 'quantity', focus: term('grow') });
    // a thing's attribute, not a definition: "what is the capital of …", "what is Kazakhstan's currency"
    expect(read('What is the capital of Kyrgyzstan?')).toEqual({ kind: 'attribute', focus: term('capital') });
    expect(read("What is Kazakhstan's currency?")).toEqual({ kind: 'attribute', focus: term('currency') });
    // whether names have a thing, asked yes or no: the thing, as an attribute's noun (not the names alone)
    expect(read('Does China have a military base in Kazakhstan?')).toEqual({ kind: 'attribute', focus: term('base') });
    expect(read('Has Russia got troops there?')).toEqual({ kind: 'attribute', focus: term('troops') });
    expect(read('Does China have a lot of influence in Central Asia?')).toEqual({ kind: 'attribute', focus: term('influence') });
    expect(read('Does China care about Central Asia?').kind).toBeNull();
    // how much one feels, values or relies is a degree told in words, not a number
    expect(read('How much does China care about the oil and gas over there?').kind).toBeNull();
    expect(read('How much does Tajikistan rely on Russia?').kind).toBeNull();
    expect(read('How much did the army grow in 2010?')).toEqual({ kind: 'quantity', focus: term('grow') });
    // a sum or rate named after "what" is asked, whatever verb says what was done with it
    expect(read('What corporate tax rate did Cyprus introduce in 2002?')).toEqual({ kind: 'quantity', focus: term('rate') });
    // "when" opening a clause, its subject after it, leaves the question to the question word after the clause
    expect(read('when NATO pulls out of Afghanistan what happens to tensions?').kind).toBeNull();
    expect(read('When did NATO pull out of Afghanistan?').kind).toBe('date');
    // a second question with a question word of its own joined by "and": the first says what kind of answer is asked
    expect(read('when was the first SCO multilateral drill and where did it go down?')).toEqual({ kind: 'date', focus: term('drill') });
    // which body is asked, with "is" as its verb: the noun after it, and the nouns before that which say which
    expect(read('Which company is Chile\u2019s largest lithium producer?')).toEqual({ kind: 'agent', focus: term('producer') });
    // "people" is the subject, whatever wink tags it: the verb after it is dated
    expect(read('Until when could people still pay with the old money?')).toEqual({ kind: 'date', focus: term('pay') });
    // which of several rates is asked by a plural after "which", not what a rate was
    expect(read('Which interest rates were freed from control?').kind).toBeNull();
    expect(read('Which tax rates did Cyprus cut?').kind).toBeNull();
    // so does a sum with a clause of its own after it; a share of a thing is still a quantity
    expect(read('Which debt has Cameroon rescheduled at favorable terms?').kind).toBeNull();
    expect(read('Which share of exports goes to France?').kind).toBe('quantity');
    // what a verb of beginning or ending has as its object is what is dated, not its subject
    expect(read('When did the Elephant field begin production?')).toEqual({ kind: 'date', focus: term('production') });
    expect(read('When did the plant stop its operations?')).toEqual({ kind: 'date', focus: term('operations') });
    expect(read('How many soldiers did the army start the war with?')).toEqual({ kind: 'quantity', focus: term('soldiers') });
    // after "what have", the noun is what has done something, not the kind of answer asked
    expect(read('What have the last few decades seen in their military co-operation?').kind).not.toBe('date');
    expect(read('What decade saw the most exercises?').kind).toBe('date');
    // what came of an event is told in any words, not an attribute a passage names
    expect(read('What was the outcome of the Mongols organising a navy?').kind).not.toBe('attribute');
    expect(read('What was the result of the 2012 exercise?').kind).not.toBe('attribute');
    // so is what a thing is meant to do: an aim, told in any words, neither an attribute nor what a term means
    expect(read('What is the goal of the Thailand 4.0 master plan?').kind).toBeNull();
    expect(read("What is the main aim of Bishkek's security partnership with Beijing?").kind).toBeNull();
    expect(read("What is Beijing's chief aim in the region?").kind).toBeNull();
    // what a name stands for, as "what does RATS stand for?" asks: "the full name of", "the full form of" a name
    expect(read('What is the full name of the SCO?').kind).toBe('definition');
    expect(read("what's the full form of RATS?").kind).toBe('definition');
    // not another thing's name ("the name of the SCO's anti-terror body")
    expect(read("What is the name of the SCO's anti-terror body?").kind).not.toBe('definition');
    // a thing's value at a time, not what a term means: a term has no year
    expect(read('What was the budget deficit in 2005?').kind).not.toBe('definition');
    expect(read('What is the budget deficit?').kind).toBe('definition');
    // what a thing is called: the thing named is asked about, "name" only says that a name is asked
    expect(read('What was the name of the Arian capital that Alexander captured?')).toEqual({ kind: 'name', focus: term('capital') });
    expect(read("What was the name of Habibullah Kalakani's father?")).toEqual({ kind: 'name', focus: term('father') });
    // A name after the noun opens a clause of its own: the booklet is named, not the Cubans who used it.
    expect(read('What was the name of the booklet Cubans used to get their rations?')).toEqual({ kind: 'name', focus: term('booklet') });
    // who: a person or body in a role, or who did something
    expect(read("Who was Tajikistan's defence minister in 2010?")).toEqual({ kind: 'agent', focus: term('minister') });
    expect(read('Who leads the Regional Anti-Terrorism Structure?')).toEqual({ kind: 'agent', focus: term('leads') });
    // a passive verb and its preposition say what is asked of the person ("cited for"), not a noun after them; a role
    // after the verb is the person's ("appointed governor")
    expect(read('Who is cited for the claim that most security cooperation happens inside the SCO?')).toEqual({ kind: 'agent', focus: null });
    expect(read('Who was killed in the attack on the base?')).toEqual({ kind: 'agent', focus: term('killed') });
    expect(read('Who was appointed governor of the central bank in 1993?').focus).toBe(term('governor'));
    // "in charge of" is "command": a passage on who commanded the army answers, not only one saying "charge"
    expect(read('Who was in charge of the Arab army?')).toEqual({ kind: 'agent', focus: term('command') });
    // a verb of opinion carries the clause it opens, as "think" does: what is asked is that clause's verb
    expect(read('Who does Beijing reckon is backing the Uighur separatists?')).toEqual({ kind: 'agent', focus: term('backing') });
    expect(read('Who do they believe supports the separatists?')).toEqual({ kind: 'agent', focus: term('supports') });
    // questions that are not about one fact have no focus
    expect(read('Why does Uzbekistan skip SCO exercises?')).toEqual({ kind: 'reason', focus: null });
    expect(read('How does China address its security concerns?')).toEqual({ kind: null, focus: null });
    // what is to blame for a thing, or behind it, is its cause; not what stands behind a place
    expect(read("What's largely to blame for the slump in Kazakh exports?")).toEqual({ kind: 'reason', focus: null });
    expect(read('What was behind the split between the two states?')).toEqual({ kind: 'reason', focus: null });
    expect(read('What lies behind the border post?').kind).not.toBe('reason');
    // an adjective ending the question after a possessive is used as a noun, the thing asked of
    expect(read("How big is Kyrgyzstan's military?")).toEqual({ kind: 'quantity', focus: term('military') });
    expect(read('How big is the military?')).toEqual({ kind: 'quantity', focus: term('military') });
  });

  it('dates the event a when- or what-year question names, not the first noun of it', () => {
    // "join" is dated, not the organisation joined; a light verb with its particle is a verb of its own
    expect(read('In which year did Tajikistan join the security organisation?')).toEqual({ kind: 'date', focus: term('join') });
    expect(read('When was the SCO anti-terror outfit set up?')).toEqual({ kind: 'date', focus: 'set_up' });
    // a capitalised word is a name whatever wink tags it ("Shanghai" is also a verb)
    expect(read('When was the Shanghai group founded?')).toEqual({ kind: 'date', focus: term('founded') });
    // a name the gazetteer lacks is no focus, as a known one is not: the sentence giving the date may call it otherwise
    expect(read('On what date did the Taliban take Herat?')).toEqual({ kind: 'date', focus: null });
    // without a verb, the noun is what is dated
    expect(read('When is the summit?')).toEqual({ kind: 'date', focus: term('summit') });
    // a light verb of change dates what the thing became
    expect(read('When did Kyrgyzstan become independent?')).toEqual({ kind: 'date', focus: term('independent') });
    expect(read('When did Uzbekistan grow so wary?')).toEqual({ kind: 'date', focus: term('wary') });
    // what "how many" counts is a name: any passage naming it speaks of it
    expect(read('How many Uighurs live in Kazakhstan?')).toEqual({ kind: 'quantity', focus: null });
  });

  it('reads words without a question that end on "year" or "date" as asking a date of the word before', () => {
    expect(read('RATS establishment year')).toEqual({ kind: 'date', focus: term('establishment') });
    expect(read('Kabul University founding year')).toEqual({ kind: 'date', focus: term('founding') });
    // a name before the noun is what is dated, no focus
    expect(read('Saur Revolution date')).toEqual({ kind: 'date', focus: null });
    // not a question in other words, nor a day or a month
    expect(kind('Roughly what share of the people live on a dollar a day?')).not.toBe('date');
    expect(kind('kazakhstan uighur population')).toBeNull();
  });

  it('reads a "what is X for / like?" as asking a purpose or a description, not what X means', () => {
    expect(kind('What was the money for?')).toBeNull();
    // How a thing is: an attribute of the place, asked by the noun "like" follows (it had been a definition of
    // "weather Dushanbe" when a place followed, answered by a passage naming Dushanbe: session 56's trial).
    for (const question of ['What is the weather like?', 'What is the weather like in Dushanbe?']) expect(read(question), question).toEqual({ kind: 'attribute', focus: term('weather') });
    expect(kind('What does SCO stand for?')).toBe('definition');
    expect(kind('What is RATS?')).toBe('definition');
    // So do "meant by", "refer to" and "short for", of the term named (they had asked nothing, and "what is meant by
    // three evils" was answered by a passage only naming them).
    for (const [question, term] of [['What is meant by three evils?', 'three evils'], ['what does "three evils" refer to', 'three evils'], ['what is CARs short for', 'CARs']] as const) {
      expect(analyzer.analyze(question).intent, question).toMatchObject({ kind: 'definition' });
      expect(analyzer.analyze(question).intent.subject.join(' '), question).toContain(term);
    }
    expect(kind('What does the paper refer to as the three evils?')).not.toBe('definition');
  });

  it('reads a quantity or date from the noun after the question word, not a verb or adjective of the same lemma', () => {
    expect(kind('Which share of the aid went to Kyrgyzstan?')).toBe('quantity');
    expect(kind('Which shared worry unites Washington, Moscow and Beijing?')).toBeNull();
    // "number one" is "first": no number is asked
    expect(kind("What is Beijing's number one reason for getting involved?")).toBeNull();
    expect(kind('What number of troops took part?')).toBe('quantity');
  });

  it('reads "where … stand / rank" as a stance or a position asked in any words, not a place', () => {
    expect(kind('Where do Moscow and New Delhi stand on religious hardliners?')).toBeNull();
    expect(kind('Where does Kazakhstan stand in the world?')).toBeNull();
    // a rank is a position too
    expect(kind('Where does Herat rank in size among the cities of Afghanistan?')).toBeNull();
    expect(kind('Where do militants cross into China?')).toBe('place');
  });

  it('takes no noun after the question\'s verb for the thing asked ("called during Soviet times" asks no date)', () => {
    expect(kind('What was the Shanghai Five called in those times?')).not.toBe('date');
    expect(kind('What was the Shanghai Five renamed during the early years?')).not.toBe('date');
    expect(kind('What was the date of the first joint exercise?')).toBe('date');
    expect(kind('What year was the SCO founded?')).toBe('date');
  });

  it('reads the nouns a focus acts on, right after it ("ink their defence pact"), none after a preposition', () => {
    expect(analyzer.analyze('When did India and Tajikistan ink their defence pact?').intent.object).toEqual([term('defence'), term('pact')]);
    expect(analyzer.analyze('How much does a ticket on the Dushanbe train cost?').intent.object).toBeUndefined();
    // A name the nouns are of is passed over: the drills are acted on.
    expect(analyzer.analyze('Since when has the SCO run its Peace Mission drills?').intent.object).toEqual([term('drills')]);
  });

  it('reads the noun after "what" / "which" past its adjectives ("on what exact date", "which large city")', () => {
    expect(kind('On what exact date did China and Kyrgyzstan hold their first exercise?')).toBe('date');
    expect(kind('Which specific year did the SCO begin?')).toBe('date');
    expect(kind('Which large city hosted the exercise?')).toBe('place');
  });

  it('reads a sum of money asked by its noun, by "how expensive" or by "how much" with a verb of paying', () => {
    const money = (q: string): boolean | undefined => analyzer.analyze(q).intent.money;
    expect(money('How large is the annual defence budget of Zembla?')).toBe(true);
    expect(money('How much did the helicopter deal cost?')).toBe(true);
    expect(money('How much did China spend on the base?')).toBe(true);
    expect(money('How much money did China promise Kyrgyzstan?')).toBe(true);
    expect(money('How expensive was the pipeline?')).toBe(true);
    expect(money('What did it cost to build the dam?')).toBe(true);
    // "How much … worth?" asks a sum, whatever noun or verb stands between (a count of helicopters is no answer).
    expect(money('How much were the two helicopters India handed to the Tajiks worth?')).toBe(true);
    expect(money('How much was the aid worth?')).toBe(true);
    // "How much of" a budget asks a share of it.
    expect(money("How much of Zembla's development budget comes from grants?")).toBeUndefined();
    // The verb of paying only says a sum is asked: what is paid for is asked about, in a passage's own words.
    expect(analyzer.analyze('How much did India spend to upgrade the base?').intent).toMatchObject({ kind: 'quantity', focus: null, money: true });
    // Money counted in its units "in" or "of" something is a sum of that (it had been of nothing: any sum answered).
    expect(analyzer.analyze('How many US dollars in remittances did Zembla receive?').intent).toMatchObject({ kind: 'quantity', focus: 'remitt', money: true });
    expect(analyzer.analyze('How much money in aid did China give Kyrgyzstan?').intent).toMatchObject({ kind: 'quantity', focus: 'aid', money: true });
    // A name's sum asked by its noun of money after a possessive, as "the minimum wage" is; not money itself.
    expect(analyzer.analyze("What was Kyrgyzstan's minimum wage in 2024?").intent).toMatchObject({ kind: 'quantity', focus: 'wage', money: true });
    expect(analyzer.analyze("What was Kyrgyzstan's money?").intent.kind).not.toBe('quantity');
    // A count, or an amount of anything else, is no sum.
    expect(money('How many helicopters did Kazakhstan buy?')).toBeUndefined();
    expect(money('How much of the trade goes through Osh?')).toBeUndefined();
  });

  it('reads a sum or a quantity asked by the last noun of the phrase after "what" or "what is the", past adjectives and participles', () => {
    const money = (q: string): boolean | undefined => analyzer.analyze(q).intent.money;
    expect(kind('What base interest rate does the central bank set?')).toBe('quantity');
    expect(kind('What interest rate was charged on the loan?')).toBe('quantity');
    expect(money('What annual fee does the city pay to host the race?')).toBe(true);
    expect(money('What is the estimated total cost of the railway?')).toBe(true);
    expect(money('What was the average monthly wage in Kyrgyzstan in 2024?')).toBe(true);
    // Past an adverb the tagger reads where an adjective stands ("monthly" before "minimum wage").
    expect(money('What is the monthly minimum wage in Zembla?')).toBe(true);
    // Nouns that only say a number is asked keep their reading; other nouns are no sum.
    expect(kind('What is the capital of Kazakhstan?')).toBe('attribute');
    expect(kind('What sort of defence help has Beijing given the Kazakhs?')).toBeNull();
  });

  it('reads a rank wink may tag as an adjective after "which" as asking for a person ("which general visited…?")', () => {
    for (const question of ['Which general visited Kazakhstan in 1993?', 'Which Chinese official signed the agreement?']) expect(analyzer.analyze(question).intent, question).toMatchObject({ kind: 'agent', person: true });
    expect(analyzer.analyze('Which general interest do China and Russia share?').intent.person).toBeUndefined();
  });

  it('reads who leads a thing the question names as asking for a person, not who leads in a field', () => {
    expect(analyzer.analyze('Who leads the Taliban?').intent).toMatchObject({ kind: 'agent', person: true });
    expect(analyzer.analyze('Who leads security in Central Asia?').intent.person).toBeUndefined();
  });

  it('reads a phrasal verb\'s object past its particle, and "together" as a particle of a light verb', () => {
    expect(analyzer.analyze('When did the Chinese and Kazakhs kick off military exchanges?').intent).toMatchObject({ kind: 'date', focus: term('kick off'), object: [term('exchanges')] });
    expect(analyzer.analyze('Where did the SCO anti-drug bosses get together in April 2015?').intent).toMatchObject({ kind: 'place', focus: term('get together') });
  });

  it('reads "hosted" of "which city hosted…" as "where", no word the passage must hold', () => {
    expect(read('Which city hosted the meeting of drug agencies?')).toEqual({ kind: 'place', focus: term('meeting') });
    expect(analyzer.analyze('Which city hosted the meeting?').words).toEqual([term('meeting')]);
  });

  it('reads the question a clause leads up to, and an attribute only right after "what is"', () => {
    expect(analyzer.analyze('When Beijing set about building ties with Central Asia, what did it care about most?').intent.kind).toBeNull();
    expect(analyzer.analyze("What's expected to happen to trouble in the region once NATO pulls out of Afghanistan?").intent.kind).toBeNull();
  });

  it('reads two question words joined by "and" by the first, the second\'s noun saying only what else is asked; a yes-or-no question joined after by the first', () => {
    // "When and with which country…" dates the exercise held; "country" is no focus nor word of the question.
    // A yes-or-no question joined to it asks of the first one's answer: "how far back" still asks when, of the ties.
    expect(read("How far back do Indo-Tajik ties go, and do they outweigh New Delhi's other regional links?")).toEqual({ kind: 'date', focus: term('ties') });
    expect(read('When did China sign the agreement, and was it with Uzbekistan?')).toEqual({ kind: 'date', focus: term('sign') });
    expect(read('When and with which country was the first bilateral exercise held?')).toEqual({ kind: 'date', focus: term('exercise') });
    expect(analyzer.analyze('When and with which country was the first bilateral exercise held?').words).not.toContain(term('country'));
    expect(analyzer.analyze('Where and in what year was the first multilateral exercise held?').words).not.toContain(term('year'));
    expect(read('When and with whom was the first bilateral exercise held?')).toEqual({ kind: 'date', focus: term('exercise') });
  });
});

describe('questions as students type them', () => {
  it('reads "dose" after a question word as the "does" it was meant for, and a dose elsewhere as a dose', () => {
    expect(plainQuestion('who dose china say backs the uighur movement?')).toBe('who does china say backs the uighur movement?');
    expect(plainQuestion('What dose RATS do?')).toBe('What does RATS do?');
    expect(plainQuestion('is a dose of aid enough?')).toBe('is a dose of aid enough?');
  });
  it('reads a share asked as a slice as the share it is, and no other slice', () => {
    expect(plainQuestion('How big a slice of the world cocoa market does Velmora hold?')).toBe('How big a share of the world cocoa market does Velmora hold?');
    expect(plainQuestion('what slice of national output goes to research?')).toBe('what share of national output goes to research?');
    expect(plainQuestion('Was a slice of the budget cut?')).toBe('Was a slice of the budget cut?');
  });
  it('reads the world wars by their short names as texts write them', () => {
    expect(plainQuestion('How did trade change after WWII?')).toBe('How did trade change after World War II?');
    expect(plainQuestion('what did ww2 do to the economy')).toBe('what did World War II do to the economy');
    expect(plainQuestion('Who did Velmora side with in WW1?')).toBe('Who did Velmora side with in World War I?');
  });
  it('reads words without markdown\'s emphasis, stretched words as the word, and how simply an explanation is asked as nothing', () => {
    const known = (word: string) => winkReader().knows(word);
    expect(plainQuestion('**what** is the `SCO`?')).toBe('what is the SCO?');
    expect(plainQuestion('__why__ does ~~China~~ ||Uzbekistan|| skip *exercises*?')).toBe('why does China Uzbekistan skip exercises?');
    // A "*" or "_" within a word or a figure stays.
    expect(plainQuestion('is C_2 the same as 2*3')).toBe('is C_2 the same as 2*3');
    // Its runs written twice, else once, where English has that word: "good", not "god"; "so", not "soo".
    expect(plainQuestion('whyyyy does uzbekistan skip exercises', () => true, () => false, known)).toBe('why does uzbekistan skip exercises');
    expect(plainQuestion('what is RATS pleeease', () => true, () => false, known)).toBe('what is RATS please');
    expect(plainQuestion('how sooo', () => true, () => false, known)).toBe('how so');
    expect(plainQuestion('is the goood news for India the base?', () => true, () => false, known)).toBe('is the good news for India the base?');
    expect(plainQuestion('is the Yangtze River in Xinjiang', () => true, () => false, known)).toBe('is the Yangtze River in Xinjiang');
    // Not a roman numeral, a footnote's marker ("iii" had been read as "i").
    expect(plainQuestion('what does footnote iii say? and xxx?', () => true, () => false, known)).toBe('what does footnote iii say? and xxx?');
    expect(plainQuestion('can u explain in simple words why uzbekistan skips exercises')).toBe('can you explain why uzbekistan skips exercises');
    expect(plainQuestion('explain it briefly: what is RATS?')).toBe('explain it: what is RATS?');
    expect(plainQuestion('who wrote ths')).toBe('who wrote this');
  });

  it('reads a word written with accents as the word English has without them, and no other', () => {
    const known = (word: string) => winkReader().knows(word);
    expect(plainQuestion('Whät ïs RÄTS?', () => true, () => false, known)).toBe('What is RATS?');
    // A word English has as written keeps its accents ("naïve"); one English lacks either way stays as it is.
    expect(plainQuestion('is that naïve?', () => true, () => false, known)).toBe('is that naïve?');
    expect(plainQuestion('SCO-Übungen', () => true, () => false, known)).toBe('SCO-Übungen');
  });

  it('leaves out a clause dating the question by the paper itself, unless it is what is asked', () => {
    expect(plainQuestion('Who was the president of Kazakhstan when this paper was written?')).toBe('Who was the president of Kazakhstan?');
    expect(plainQuestion('who led the SCO at the time of writing')).toBe('who led the SCO');
    expect(plainQuestion('tell me when the paper was published')).toBe('tell me when the paper was published');
    expect(plainQuestion('When was this paper written?')).toBe('When was this paper written?');
    // a closing clause saying only that the paper speaks of the thing asked: the thing is asked about as it is
    expect(plainQuestion('What are the three evils the paper keeps mentioning?')).toBe('What are the three evils?');
    expect(plainQuestion('What is RATS, which the author talks about?')).toBe('What is RATS?');
    expect(plainQuestion('what are the three evils mentioned in the article')).toBe('what are the three evils');
    expect(plainQuestion('ok so what exactly are the "three evils" everyone keeps mentioning')).toBe('what exactly are the "three evils"');
    // not where that clause is all there is, nor what the paper itself does
    expect(plainQuestion('What does the paper mention?')).toBe('What does the paper mention?');
    expect(plainQuestion('Which sources does the author use?')).toBe('Which sources does the author use?');
  });
  it('reads chat\'s "2" and "4" as "to" and "for" where no count can stand, and never a number that counts', () => {
    expect(plainQuestion('whats TAPI stand 4')).toBe("what's TAPI stand for");
    expect(plainQuestion('how is india with tajikistan compared 2 the other countries')).toBe('how is india with tajikistan compared to the other countries');
    expect(plainQuestion('did china give helicopters 4 them')).toBe('did china give helicopters for them');
    for (const counted of ['what are the top 4', 'what does footnote 4 say?', 'paragraph 2', 'what happened in 2004 4 the SCO', 'is it 2 or 4', 'what is 2 + 2']) {
      expect(plainQuestion(counted)).toBe(counted);
    }
  });
  it('reads chat spellings of small words as the words, and leaves a greeting before a question out', () => {
    expect(plainQuestion('wat r the three evils')).toBe('what are the three evils');
    expect(plainQuestion('does china hav lots of influence, or wud russia')).toBe('does china have lots of influence, or would russia');
    expect(plainQuestion('Wat is RATS?')).toBe('what is RATS?');
    // "whats" without its apostrophe is "what's", as "wats" is ("whats SCO stand for" had asked of no question word).
    expect(plainQuestion('whats SCO stand 4')).toMatch(/^what's SCO stand for$/i);
    expect(plainQuestion('whos the author')).toBe("who's the author");
    expect(plainQuestion('y does uzbekistan skip sco exercises')).toBe('why does uzbekistan skip sco exercises');
    expect(plainQuestion('Hey guys, can u tell me abt RATS?')).toBe('can you tell me about RATS?');
    expect(plainQuestion('yo why tf does uzbekistan skip the sco stuff')).toBe('why does uzbekistan skip the sco stuff');
    // "on its own", "by itself", "single-handedly" are "alone", as a paper writes it.
    expect(plainQuestion('can china handle a crisis on its own')).toBe('can china handle a crisis alone');
    expect(plainQuestion('could they win by themselves or single-handedly?')).toBe('could they win alone or alone?');
    // So with emoji or a smiley after it (the wave had kept "bot" a word of the question, which was then refused).
    // And before a question opening on "has", "will", "should" ("hey bot" had been words of the question).
    expect(plainQuestion('hey bot has rats grown over the yrs')).toBe('has rats grown over the years');
    for (const text of ["hey bot 👋 what's the three evils?", 'hey bot 👋🏽 what is rats?', 'hi :) what is rats', 'hey guys 😂😂 why does uzbekistan skip sco exercises']) expect(plainQuestion(text), text).toMatch(/^(?:what|why)\b/);
    expect(plainQuestion('wy did china giv aid to kyrgyzstan')).toBe('why did china give aid to kyrgyzstan');
    expect(plainQuestion('wot is da sco')).toBe('what is the sco');
    // "wich", a word the lexicon has (a tree), is chat's "which" (it had been left, and the question refused).
    expect(plainQuestion('wich country skipped the drill')).toBe('which country skipped the drill');
    // Clipped words are the words ("intel" had been read as the corpus's "inter").
    expect(plainQuestion('does china share intel with kazakhstan')).toBe('does china share intelligence with kazakhstan');
    expect(plainQuestion('need info on the govt for a uni essay')).toBe('need information on the government for a university essay');
    expect(plainQuestion('eli5 the sco')).toBe('explain the sco');
    // An acronym of three letters or more written with dots is its letters; "U.S." and a name joined by a hyphen stay.
    expect(plainQuestion('what is R.A.T.S.?')).toBe('what is RATS?');
    expect(plainQuestion('what does the S.C.O do')).toBe('what does the SCO do');
    expect(plainQuestion('what did U.S.A-Central Asia ties bring')).toBe('what did U.S.A-Central Asia ties bring');
    // A name the gazetteer writes with its dots stays so.
    expect(plainQuestion('What is the role of the U.S.A. in Central Asia?', undefined, (name) => name === 'u.s.a.')).toBe('What is the role of the U.S.A. in Central Asia?');
    expect(plainQuestion('wot does dis paper say about RATS')).toBe('what does this paper say about RATS');
    // Capitals are no chat spelling ("BC", "U.S."), a greeting alone is no question, and other words stay.
    for (const text of ['What happened in 1279 BC?', 'What did the U.S. give?', 'hey bot', 'thanks!', 'then why does Uzbekistan skip the exercises?']) expect(plainQuestion(text)).toBe(text);
  });

  it('reads a year or a decade written with two figures as four', () => {
    expect(plainQuestion("Back in '89, who ruled?")).toBe('Back in 1989, who ruled?');
    expect(plainQuestion('what changed in ’05 and in the ’90s')).toBe('what changed in 2005 and in the 1990s');
    expect(plainQuestion('who started it back in the 50s?')).toBe('who started it back in the 1950s?');
    // Not a quote's apostrophe, a four-figure year, nor a number that is no decade.
    for (const kept of ["what does 'the three evils' mean", 'the 1950s', 'in the 2000s', 'rock ’n’ roll', 'the 55s']) expect(plainQuestion(kept)).toBe(kept);
  });

  it('reads a country’s flag as its name, and leaves other emoji and letters as they are', () => {
    expect(flagsAsNames('🇨🇳🇰🇿 relations?')).toBe(' China  Kazakhstan  relations?');
    expect(flagsAsNames('why does 🇺🇿 skip SCO exercises? 👍')).toBe('why does  Uzbekistan  skip SCO exercises? 👍');
    // A lone regional indicator, or a pair that is no region's code, stays as it was.
    expect(flagsAsNames('🇰 and 🇿🇿?')).toBe('🇰 and 🇿🇿?');
    expect(flagsAsNames('plain text')).toBe('plain text');
    // Discord's shortcode of a flag, as some clients send it, is the flag; another shortcode is no word.
    expect(flagsAsNames(':flag_kz: kazakhstan :thinking:')).toBe(' Kazakhstan  kazakhstan  ');
    expect(flagsAsNames(':flag_zz: at 10:30:00').trim()).toBe('at 10:30:00');
  });

  it('knows an inflection of a word by English’s regular endings where the lemmatizer misses it', () => {
    expect(inflectedFrom('cozying')).toEqual(['cozy']);
    expect(inflectedFrom('copies')).toEqual(['copy']);
    expect(inflectedFrom('tipped')).toContain('tip');
    expect(inflectedFrom('hoped')).toContain('hope');
    expect(inflectedFrom('rats')).toEqual(['rat']);
    expect(inflectedFrom('sco')).toEqual([]);
    expect(winkReader().knows('cozying')).toBe(true);
    expect(winkReader().knows('establised')).toBe(false);
  });

  it('reads a link to an outlet the corpus names as its host’s name and its path’s words; any other link as typed', () => {
    const named = (lower: string): boolean => ['eurasianet', 'chinadaily'].includes(lower);
    expect(linksAsWords('check this https://eurasianet.org/china-boosts-military-aid who wrote it', named)).toBe('check this  eurasianet china boosts military aid  who wrote it');
    expect(linksAsWords('what does https://chinadaily.com.cn say', named)).toBe('what does  chinadaily  say');
    expect(linksAsWords('www.eurasianet.org', named).trim()).toBe('eurasianet');
    for (const kept of ['what does google.com say about rats', 'https://www.c3sindia.org/ what is this paper about', 'what did the U.S.A give', 'e.g. RATS', 'mail a@eurasianet.org']) {
      expect(linksAsWords(kept, named), kept).toBe(kept);
    }
    // A link's words, and their runs of letters, are no one's misspellings.
    expect([...wordsOfLinks('https://www.c3sindia.org/ what is this')]).toEqual(['c3sindia', 'c', 'sindia']);
    expect(wordsOfLinks('what is RATS.').size).toBe(0);
  });

  it('reads English’s idioms for "what about" as it', () => {
    expect(plainQuestion("what's the deal with the pipeline")).toBe('what about the pipeline');
    expect(plainQuestion('whats up with uzbekistan?')).toBe('what about uzbekistan?');
    expect(plainQuestion('What is the story with RATS?')).toBe('what about RATS?');
    // "deal with" as a verb is a word of the question.
    expect(plainQuestion('How does China deal with terrorism?')).toBe('How does China deal with terrorism?');
  });

  it('leaves out a hedge before "how many" or "how much", and only there', () => {
    expect(plainQuestion('Roughly how many Tajiks lost their lives?')).toBe('how many Tajiks lost their lives?');
    expect(plainQuestion('about how much aid did China give?')).toBe('how much aid did China give?');
    expect(plainQuestion('What is the paper about?')).toBe('What is the paper about?');
    expect(plainQuestion('How much do we know about how many troops there are?')).toBe('How much do we know about how many troops there are?');
  });

  it('reads chat’s short forms as the words they stand for, and leaves its asides and lead-ins out', () => {
    expect(plainQuestion('ok so how is china tryna deal w its security worries rn')).toBe('how is china trying to deal with its security worries ');
    expect(plainQuestion('quick q why does uzbekistan skip sco drills tbh')).toBe('why does uzbekistan skip sco drills ');
    expect(plainQuestion('gimme the conclusion')).toBe('give me the conclusion');
    expect(plainQuestion('wait is indias econ coop with tajikistan any good or nah')).toBe('is indias economic co-operation with tajikistan any good ');
    // An aside of several words with no short form beside it (it had been read only beside one), and "please" in
    // another language at the end of an English question.
    expect(plainQuestion('is china leading or nah')).toBe('is china leading ');
    expect(plainQuestion('what is RATS por favor')).toBe('what is RATS ');
    expect(plainQuestion("what is RATS s'il vous plait")).toBe('what is RATS ');
    // What the question is for ("for my essay"), between the lead-in and the question; not a topic ("for the SCO").
    expect(plainQuestion('Quick question for my essay: why does Uzbekistan skip SCO exercises?')).toBe('why does Uzbekistan skip SCO exercises?');
    expect(plainQuestion('quick q for my study group - who set up RATS?')).toBe('who set up RATS?');
    expect(plainQuestion('so for the SCO, what are the peace missions?')).toBe('so for the SCO, what are the peace missions?');
  });

  it('reads the author’s view of something as what the paper says about it', () => {
    expect(plainQuestion("What is the author's argument about China's military modernisation?")).toBe("what does the paper say about China's military modernisation?");
    expect(plainQuestion('According to the writer, why does Uzbekistan refuse?')).toBe('According to the paper, why does Uzbekistan refuse?');
    expect(plainQuestion('What does the author think about India?')).toBe('What does the paper think about India?');
    // in any case (in capitals, its words but a name are read in lower case)
    expect(plainQuestion("WHAT IS THE PAPER'S VIEW ON RATS?", undefined, (name) => name === 'rats')).toBe('what does the paper say about RATS?');
    expect(plainQuestion('Did The AUTHOR say so?')).toBe('Did the paper say so?');
    // not the author asked about, nor another's view
    for (const text of ['Who is the author?', 'What does the author do?', "What is the SCO's position on terrorism?", "What is the author's main argument?"]) expect(plainQuestion(text)).toBe(text);
  });

  it('reads a small word typed with two letters swapped as the word, unless English has a word so spelt', () => {
    const english = new Set(['form', 'three', 'dose']);
    const isWord = (word: string): boolean => english.has(word);
    expect(plainQuestion('whta is RATS?', isWord)).toBe('what is RATS?');
    expect(plainQuestion('Waht did teh SCO do?', isWord)).toBe('What did the SCO do?');
    // "form" and "three" are words; "hwo" is "who" or "how", so neither.
    for (const text of ['what form of aid?', 'the three evils', 'hwo is Tresa?']) expect(plainQuestion(text, isWord)).toBe(text);
    // A long s is an s to the pattern's case folding, and the word is read as meant rather than failing.
    expect(plainQuestion('Wſa RATS set up in 2004?', isWord)).toBe('Was RATS set up in 2004?');
  });

  it('finds those words wherever they stand as whole words, and only there', () => {
    const isWord = (): boolean => false;
    // At either end, after spaces of any kind, before punctuation, in any case where the pattern allows it.
    expect(plainQuestion('\u00a0\thi,\u2003WHAT IS RATS? thx', isWord)).toBe('WHAT IS RATS?');
    expect(plainQuestion(' Y does teh SCO meet, wat for, hw often, whta?', isWord)).toBe('why does the SCO meet, what for, how often, what?');
    expect(plainQuestion('TEH \u212aazakh army, u and ur', isWord)).toBe('The \u212aazakh army, you and your');
    expect(plainQuestion('yes does it?', isWord)).toBe('does it?');
    // Inside a longer word, beside a letter outside ASCII, or not at the opening: left as they are.
    for (const text of ['what is tehran?', 'éwat is RATS?', 'whatwat', 'why hi what is RATS?', 'hello, y does it', 'ythe does', 'tehé hwoé']) {
      expect(plainQuestion(text, isWord)).toBe(text);
    }
  });

  it('reads the question out of a text that says other things around it, and a question about what came before whole', () => {
    expect(plainQuestion('Why does Uzbekistan skip SCO exercises? I have an exam on Friday')).toBe('Why does Uzbekistan skip SCO exercises?');
    expect(plainQuestion("Hi! I'm Priya from the study group. What is RATS?")).toBe('What is RATS?');
    expect(plainQuestion('What is RATS? Who set it up? Thanks.')).toBe('What is RATS? Who set it up?');
    expect(plainQuestion('good morning, what are the three evils? cheers')).toBe('what are the three evils?');
    expect(plainQuestion('hello! what is RATS? thanks in advance')).toBe('what is RATS?');
    for (const text of ['China gave aid in 2004. Why?', 'What did the U.S. give to Turkmenistan?', 'Why did the U.S. Army leave?', 'Tell me about RATS.']) expect(plainQuestion(text)).toBe(text);
    // A question asking only by a pronoun of what the sentence before it says is asked whole.
    for (const text of ['In 2004 China promised USD 16 million to Kyrgyzstan. What was it for?', 'China set up RATS. When did it happen?']) expect(plainQuestion(text)).toBe(text);
    expect(plainQuestion('I have an exam on Friday. What is it about, RATS?')).toBe('What is it about, RATS?');
  });

  it('writes out a small number before a plural noun, as texts do, and leaves years and amounts', () => {
    expect(plainQuestion('what are the 3 evils')).toBe('what are the three evils');
    expect(plainQuestion('the 12 members')).toBe('the twelve members');
    for (const text of ['In 2004 China promised USD 16 million', 'the 6th meeting', '1 country', '3.5 percent', 'page 3 says', 'the 9/11 attacks', 'after the 24/7 patrols']) expect(plainQuestion(text)).toBe(text);
  });
});

describe('words the model lacks', () => {
  it('finds them around given words as reading the whole text does, where wink cuts the text into tokens', () => {
    const question = "What did the SCO's envoy tell Tajikstan's army (in Dushanbe) about Kyrgzystan?";
    expect(analyzer.read(question).unknownWords).toEqual(['SCO', 'Tajikstan', 'Dushanbe', 'Kyrgzystan']);
    expect(analyzer.unknownWordsAround(question, ['Tajikstan', 'Kyrgzystan']).sort()).toEqual(['Kyrgzystan', 'Tajikstan']);
    // Before a full stop, wink keeps "Tajikstan's" one token: a word the model lacks, but not "Tajikstan".
    expect(analyzer.unknownWordsAround("the army of Tajikstan's.", ['Tajikstan'])).toEqual(["Tajikstan's"]);
    expect(analyzer.unknownWordsAround('Tajikstan\tand\u00a0Kyrgzystan', ['Kyrgzystan'])).toEqual(['Kyrgzystan']);
    // A word of the lexicon's is not looked for: its piece is not read.
    expect(analyzer.unknownWordsAround('the weather-Tashkent link', ['weather'])).toEqual([]);
  });
});

describe('plain pieces of text', () => {
  it('are the one word token wink makes of them, read or not, and other pieces are left to reading', () => {
    const wink = winkReader();
    const words = (piece: string): string[] => {
      const tokens = wink.read(piece).tokens();
      const types = tokens.out(wink.its.type) as unknown as string[];
      return tokens.out().filter((_, i) => types[i] === 'word');
    };
    for (const piece of ['Tajikstan', 'Tajikstan?', 'excercises!', 'Kyrgzystan;', 'Tajikstan)', 'Tajikstan"', 'Tajikstan”', 'Uzbekistán', 'Tajikstan…']) {
      expect(wink.plainWord(piece)).toBe(words(piece)[0]);
      expect(words(piece)).toHaveLength(1);
    }
    // Pieces a token wink has met may hold, or that its tokenizer cuts by what it has read: left to reading.
    for (const piece of ['Tajikstan.', 'Tajikstan,', "Tajikstan's", '(Tajikstan', 'Tajikstan-based', 'Tajikstan?!', 'Tadžikistan', 'Tajik2015', '']) {
      expect(wink.plainWord(piece)).toBeNull();
    }
  });
});

describe('the one wink instance', () => {
  it('serves any number of analyzers, each reading with its own gazetteer however they take turns', () => {
    const empty = { synonyms: [], expansions: {}, file: null };
    const analyzers = Array.from({ length: 40 }, (_, i) =>
      createAnalyzer([{ canonical: `Outpost ${i}`, type: 'place', aliases: [`Fort Number${i}`] }], empty),
    );
    for (const round of [0, 1]) {
      analyzers.forEach((other, i) => {
        const found = other.analyze(`Supplies reached Fort Number${i} and Fort Number${(i + 1) % 40} in round ${round}.`).entities;
        expect(found.filter((e) => e.type === 'place').map((e) => e.canonical)).toEqual([`Outpost ${i}`]);
      });
    }
    // The paper's analyzer still reads the paper's names after all of them.
    expect(canonicals('the SCO and Beijing')).toEqual(expect.arrayContaining(['SCO', 'China']));
    expect(createAnalyzer([], empty).analyze('the SCO and Beijing').entities.map((e) => e.canonical)).toEqual([]);
  });
});

describe('reading a text for its words alone', () => {
  it('gives the tokens, parts of speech and lemmas a whole reading gives, and no sentences or entities', () => {
    const wink = winkReader();
    const { its } = wink;
    const properties = [its.value, its.type, its.pos, its.lemma, its.normal, its.stopWordFlag, its.precedingSpaces] as const;
    const texts = [
      ...corpus.passages.slice(0, 150).map((p) => p.text),
      'Why does Uzbekistan skip SCO exercises? And Tajikstan.',
      "What did the U.S.A. do in Tashkent's markets in March 2005?",
    ];
    for (const text of texts) {
      const whole = wink.read(text).tokens();
      const words = wink.readWords(text);
      for (const property of properties) expect(words.tokens().out(property as never)).toEqual(whole.out(property as never));
      // Each instance numbers the words it meets itself: which words the lexicon lacks is what is alike.
      const lacking = (ids: unknown[]): boolean[] => ids.map((id) => wink.isUnknownId(id as number));
      expect(lacking(words.tokens().out(its.uniqueId))).toEqual(lacking(whole.out(its.uniqueId)));
      expect(words.entities().out()).toEqual([]);
      expect(words.sentences().out()).toEqual([text]);
    }
  });
});
