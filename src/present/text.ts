/** Answers as text for a terminal: the console and `npm run ask`. */
import { isDocumentCard, speaksOfSources } from '../search/cards.js';
import { type Answer, type Citation, MOST_QUESTIONS, type Outline, type Result, type Unanswered } from '../search/types.js';

/** Text broken into lines of at most `width` characters, each after `indent`, as a terminal shows it. */
export function wrap(text: string, width = 88, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** Who wrote a document and where it appeared, on one line: "K. Jennie Tresa · C3S · C3S Paper No. 0108/2015 · 2015". */
export function byline(d: { author: string | null; publisher: string | null; series: string | null; number: string | null; year: number | null }): string {
  const number = d.number ? `${d.series ? `${d.series} ` : ''}No. ${d.number}` : d.series;
  return [d.author, d.publisher, number, d.year].filter(Boolean).join(' · ');
}

/**
 * A result as the terminal prints it: in full, or `brief`ly by its highlight alone; `withSources`, a brief one with its
 * footnotes written out too.
 */
export function resultToText(result: Result, rank?: number, brief = false, withSources = false): string {
  const place = isDocumentCard(result) ? 'The paper itself' : `${result.section ?? 'No section'} — ${result.document}`;
  const heading = `${rank === undefined ? '' : `${rank}. `}[${result.id}] ${place}`;
  // A result after the first is its highlight alone: five passages in full had filled a screen and hidden the answer.
  // Shown whole already ("summarise the paper"), it is pointed to for its sources only, if it cites any.
  if (brief && !isDocumentCard(result)) {
    const whole = result.highlight === result.text;
    const cites = result.citations.length > 0;
    const more = whole ? (cites && !withSources ? `(/passage ${result.id} shows its sources)` : null) : `(/passage ${result.id} shows it whole${cites && !withSources ? ', with its sources' : ''})`;
    return [heading, wrap(`» ${result.highlight}`), ...(more ? [wrap(more)] : []), ...(cites && withSources ? sourceLines(result) : [])].join('\n');
  }
  // A passage shown whole (or of one sentence) is its own highlight: it is printed once, marked as an answer's others
  // are (not when asked for by its id).
  const parts = result.highlight === result.text ? [heading, wrap(rank === undefined ? result.text : `» ${result.text}`)] : [heading, wrap(`» ${result.highlight}`), '', wrap(result.text)];
  if (result.citations.length > 0) parts.push('', ...sourceLines(result));
  return parts.join('\n');
}

/** A result's footnotes, under "Sources:". */
const sourceLines = (result: Result): string[] => ['  Sources:', ...result.citations.map((c) => wrap(`[${c.marker}] ${c.text}`, 86, '    '))];

/** "Putin", "Putin and 2019", "Putin, Karimov and 2019". */
export function listed(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The questions of a line the answer leaves out (`Answer.unanswered`): "The paper doesn't answer “who leads it today”
 * (it never mentions Putin)."; `quote` writes a question as the reply shows text typed by a person.
 */
export function unansweredText(unanswered: Unanswered[], quote: (text: string) => string = (text) => text): string {
  const quoted = (question: string): string => `“${quote(question.length > READ_AS_SHOWN ? `${question.slice(0, READ_AS_SHOWN)}…` : question)}”`;
  const each = unanswered.filter((u) => u.later === undefined).map(({ question, missing = [] }) => `${quoted(question)}${missing.length > 0 ? ` (it never mentions ${quote(listed(missing))})` : ''}`);
  // "I answer the first 4 questions of a line: ask “What are CARs” and the one after it again."
  const later = unanswered.find((u) => u.later !== undefined);
  const left = later?.later ?? 0;
  const again = later ? `I answer the first ${MOST_QUESTIONS} questions of a line: ask ${quoted(later.question)}${left > 1 ? ` and the ${left === 2 ? 'one' : left - 1} after it` : ''} again.` : '';
  return [each.length > 0 ? `The paper doesn't answer ${listed(each)}.` : '', again].filter(Boolean).join(' ');
}

/** "Note: p5 never mentions Turkmenistan." (`Answer.unmentioned`), the names quoted by `quote`. */
export const unmentionedText = (id: string, names: string[], quote: (text: string) => string = (text) => text): string => `Note: ${quote(id)} never mentions ${listed(names)}.`;

/**
 * The first words of the reply when the corpus has nothing on a question: what it never mentions, when that is why
 * (`Answer.missing`).
 */
export function notCoveredOpening(missing: string[] = []): string {
  if (missing.length === 0) return "The paper doesn't cover that.";
  // A passage or footnote asked for that the paper lacks ("paragraph 23", "p23", "footnote 12").
  const parts = missing.filter((m) => PART_OF_PAPER.test(m));
  if (parts.length === missing.length) return `The paper has no ${listed(parts)}.`;
  // A year is one none of the passages on the question has: the paper may have it elsewhere (a footnote's date).
  const years = missing.filter((m) => /^\d{4}$/.test(m));
  const names = missing.filter((m) => !years.includes(m) && !parts.includes(m));
  const inYears = years.length > 0 ? `has nothing on that in ${listed(years)}` : '';
  if (names.length === 0) return `The paper ${inYears}, so it can't answer it.`;
  return `The paper never mentions ${listed(names)}${inYears ? `, and ${inYears}` : ''}, so it can't answer that.`;
}

/**
 * What to type instead of an id or marker the paper lacks: "The nearest ids are p22, p21, p20", or where nothing is
 * near what was typed, the span there is ("Passages run p1 to p22"); each id as `quote` writes it.
 */
export function nearestOrSpan(nearest: string[], what: 'ids' | 'markers', span: string, quote: (id: string) => string = (id) => id): string {
  return nearest.length > 0 ? `The nearest ${what} are ${nearest.map(quote).join(', ')}` : `${what === 'ids' ? 'Passages' : 'Footnotes'} run ${span}`;
}

/** What `Answer.missing` holds for a part of the paper asked for by number or id ("paragraph 23", "p23", "footnote 12"). */
const PART_OF_PAPER = /^(?:footnote|paragraph|passage|para)\s|^(?:[\p{L}\d]+-)?p\d+$/iu;

/** Thanks, as a study group says it ("thanks!", "srsly thx", "thank u so much"), in a line that asks nothing. */
const THANKS = /\b(?:thanks?|thank\s+(?:you|u)|thx|ty(?:sm|vm)?|cheers|much\s+appreciated)\b/i;
/** Leaving ("bye", "see you", "good night"), in a line that asks nothing. */
const LEAVING = /\b(?:bye|goodbye|see\s+(?:you|ya|u)|cya|good\s*night)\b/i;

/** The reply to text that asks the paper nothing (`Answer.unasked`): small talk (thanks and goodbyes answered as such), or a question not in English. */
export function unaskedText(unasked: NonNullable<Answer['unasked']>, text = ''): string {
  if (unasked !== 'chat') return 'I can only read questions in English. Try, for example: why does Uzbekistan skip SCO exercises?';
  if (THANKS.test(text)) return "You're welcome! Ask me anything else about the paper.";
  if (LEAVING.test(text)) return 'Bye! Come back with any question about the paper.';
  return 'Ask me something about the paper, for example: why does Uzbekistan skip SCO exercises?';
}

/**
 * Why a search's words give nothing to search by: symbols alone ("***") are no words at all; words in another script
 * ("中国", "Узбекистан") no English ones; a letter alone ("x") too short a word; "the", "why" too common ones.
 */
export function noWordReason(query: string): string {
  if (!/[\p{L}\p{N}]/u.test(query)) return 'no letters or digits';
  if (!/[\p{Script=Latin}\p{N}]/u.test(query)) return 'no English word';
  if (!/[\p{L}\p{N}]{2}/u.test(query)) return 'too short a word';
  return 'too common a word';
}

/** The words before the passages the paper comes nearest to a question with (`Answer.nearest`). */
export const NEAREST_OPENING = "The paper doesn't answer that. Where it comes nearest:";

/**
 * The reply when the corpus has nothing on the question: the passages that come nearest to it, where there are some;
 * otherwise what it does cover.
 */
export function notCoveredText(topics: string[], missing: string[] = [], nearest: Result[] = [], outline?: Outline): string {
  // "footnote 12": what there is to ask for instead.
  if (outline) return `${notCoveredOpening(missing)} ${partsText(outline)}`;
  if (nearest.length > 0) {
    const near = nearest.map((r) => `  [${r.id}] ${r.section ?? 'No section'}\n${wrap(`» ${r.highlight}`, 86, '    ')}`).join('\n');
    return `${NEAREST_OPENING}\n${near}\n/passage ${nearest[0]!.id} shows one whole.`;
  }
  const covered = topics.slice(0, 6).map((t) => `  • ${t}`).join('\n');
  return `${notCoveredOpening(missing)} It covers, among other things:\n${covered}\nTry asking about one of these.`;
}

/** How much of a question read otherwise the terminal shows. */
export const READ_AS_SHOWN = 200;

export function answerToText(answer: Answer, topics: string[]): string {
  if (answer.question.trim() === '') return 'Ask a question about the paper, for example: why does Uzbekistan skip SCO exercises?';
  if (answer.unasked) return unaskedText(answer.unasked, answer.question);
  // A long question read otherwise is shown by its start: the reading is a note, not the answer; shown when the
  // paper does not cover the question too, so a reading that went wrong can be seen.
  const readAs = answer.readAs === undefined ? '' : `(Read as: ${answer.readAs.length > READ_AS_SHOWN ? `${answer.readAs.slice(0, READ_AS_SHOWN)}…` : answer.readAs})\n\n`;
  if (answer.results.length === 0) return readAs + notCoveredText(topics, answer.missing, answer.nearest, answer.outline);
  const outline = answer.outline ? `\n\n${wrap(outlineText(answer.outline))}` : '';
  // "List the sources": the card, then every footnote, not the few the passages listed with it cite.
  if (answer.sources) return `${readAs}${resultToText(answer.results[0]!, 1)}${outline}\n\n${sourcesText(answer.sources)}`;
  // "…and what did Putin think": what the passages leave out is said before them, where it cannot be missed.
  const unanswered = answer.unanswered ? `${wrap(unansweredText(answer.unanswered), 88, '')} On the rest:\n\n` : '';
  // "Why did China give Turkmenistan 16 million dollars?": the first passage may tell of another.
  const unmentioned = answer.unmentioned ? `${unmentionedText(answer.results[0]!.id, answer.unmentioned)}\n\n` : '';
  // "Which sources are from 2013?": every passage listed writes out its footnotes (those after the first had only
  // pointed to /passage, and two of three 2013 sources went unseen: session 55's trial). Discord shows each in full.
  const withSources = speaksOfSources(answer.question);
  return readAs + unanswered + unmentioned + answer.results.map((r, i) => resultToText(r, i + 1, i > 0, withSources)).join(`\n\n${'─'.repeat(60)}\n\n`) + outline;
}

/** Every footnote of a document, one after another, for a request for its sources. */
export function sourcesText(sources: Citation[]): string {
  return ['Sources:', ...sources.map((c) => wrap(`[${c.marker}] ${c.text}`))].join('\n');
}

/** "7 sections: Introduction; …; Conclusion. 22 passages, 11 footnotes (i–xi)." */
export function outlineText(outline: Outline): string {
  const { sections } = outline;
  const parts = sections.length === 0 ? 'No sections' : `${sections.length} section${sections.length === 1 ? '' : 's'}: ${sections.join('; ')}`;
  return `${parts}. ${partsCounted(outline, ', ')}.`;
}

/** "22 passages, 11 footnotes (i–xi)", joined by `and`. */
function partsCounted({ passages, footnotes }: Outline, and: string): string {
  const notes = footnotes.length === 0 ? 'no footnotes' : `${footnotes.length} footnote${footnotes.length === 1 ? '' : 's'} (${footnotes.length === 1 ? footnotes[0] : `${footnotes[0]}–${footnotes.at(-1)}`})`;
  return `${passages} passage${passages === 1 ? '' : 's'}${and}${notes}`;
}

/** What a document has, after it was asked for a passage or footnote it lacks: "It has 22 passages and 11 footnotes (i–xi)." */
export const partsText = (outline: Outline): string => `It has ${partsCounted(outline, ' and ')}.`;
