/**
 * Answers and look-ups as Discord message payloads: embeds, buttons and mention rules, each cut to Discord's
 * limits. Pure: plain data in, plain payloads out; the Discord adapter only sends them.
 */
import { chatInputApplicationCommandMention, escapeMarkdown } from '@discordjs/formatters';
import { type APIActionRowComponent, type APIButtonComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { type ReloadOutcome, unchanged } from '../corpus/changes.js';
import { type AnswerAction, encodeCustomId, questionKey } from '../discord/custom-id.js';
import { BLANK } from '../quiz/quiz.js';
import { type Asks, checkedText, edgeText, inOtherWordsText, whyShownText } from '../search/followup.js';
import type { FootnoteRef } from '../search/lookup.js';
import { moreMatching, type SearchList } from '../search/search-list.js';
import type { FeedbackReport, Holdings } from '../store/store.js';
import type { Answer, Citation, Result } from '../search/types.js';
import { embedLength, LIMITS, oneLine, prefix, truncate } from './limits.js';
import { isDocumentCard } from '../search/cards.js';
import { byline, NEAREST_OPENING, notCoveredOpening, outlineText, partsText, READ_AS_SHOWN, unansweredText, unaskedText, unmentionedText } from './text.js';
import { memoized } from '../memo.js';

/** Who may be pinged: nobody, or exactly the users named. */
export type AllowedMentions = { parse: [] } | { parse: []; users: string[] };

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  allowedMentions: AllowedMentions;
  ephemeral: boolean;
}

export interface AnswerView {
  /** Which result to show, 0-based. */
  page: number;
  ephemeral: boolean;
  /** A user the reply names and pings (the `mention` option); nobody else is pinged. */
  mentionUserId?: string;
  /** The user credited on an answer posted to the channel from a private one; named, not pinged. */
  postedBy?: string;
  /**
   * Offer a button to open a discussion thread on the answer: only where that works (a public answer in a
   * server the bot is in, not inside a thread already). Default false.
   */
  offerThread?: boolean;
}

const COLOR = 0xc0392b;

/**
 * Corpus text shown as plain text in Discord markdown. The formatters' italic escaping uses look-behinds that
 * grow with the text (a quarter of the bot's time under load), so single * and _ are escaped here instead.
 */
// Kept for the texts escaped last: answers show the same passages, sentences and footnotes again and again, and
// escaping them was most of presenting an answer.
// A mass mention ("@everyone", a question read back to its asker) is written so that it is not one, whatever the
// reply's allowed mentions say.
const plain = memoized(2_000, (text) =>
  escapeMarkdown(text, { italic: false, underline: false, bold: false })
    .replace(/[*_]/g, '\\$&')
    .replace(/@(everyone|here)/g, '@\u200b$1'),
);
const NOBODY: AllowedMentions = { parse: [] };
/**
 * Corpus text (a passage, its highlight) on one line, kept for the texts met last as `plain` is: testing a whole
 * passage for runs of whitespace on every reply was a tenth of presenting an answer.
 */
const corpusLine = memoized(2_000, oneLine);

/**
 * A public reply with a Delete button for the member who asked (and members who may manage messages): on the
 * row of buttons when it has room, else on a row of its own. Private replies are returned as they are.
 */
export function withDeleteButton(payload: ReplyPayload, askerId: string): ReplyPayload {
  if (payload.ephemeral) return payload;
  const remove = button('Delete', encodeCustomId({ kind: 'delete', askerId }), ButtonStyle.Danger, '🗑️');
  const last = payload.components.at(-1);
  const components =
    last && last.components.length < LIMITS.buttonsPerRow
      ? [...payload.components.slice(0, -1), { ...last, components: [...last.components, remove] }]
      : [...payload.components, { type: ComponentType.ActionRow as const, components: [remove] }];
  return { ...payload, components };
}

/** Discord's markdown around words: bold, italics, underline, strike-through, spoilers, code. */
export const EMPHASIS = /[*_~|`]/g;

/** A thread's name for a question: on one line, without Discord's markdown, which a thread's name shows as typed; cut to Discord's limit. */
export function threadName(question: string): string {
  const plain = oneLine(question.replace(EMPHASIS, '').replace(/^\s*(?:>+|#+)\s+/gm, ''));
  return truncate(plain || oneLine(question), LIMITS.threadName);
}

/** How a question stands as an answer's title: on one line, cut to the title's limit. */
export function questionTitle(question: string): string {
  return truncate(oneLine(question), LIMITS.embedTitle);
}

function button(label: string, customId: string, style: APIButtonComponentWithCustomId["style"], emoji?: string): APIButtonComponent {
  const made: APIButtonComponent = { type: ComponentType.Button, style, label: truncate(label, LIMITS.buttonLabel), custom_id: customId };
  // Set, not spread in: spreading an object literal into each button was a tenth of presenting an answer.
  if (emoji) made.emoji = { name: emoji };
  return made;
}

/** Footnotes as embed fields of at most 1,024 characters each, within the room left. */
function citationFields(result: Result, room: number): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  const flush = (): void => {
    if (value) fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (continued)', value });
    value = '';
  };
  for (const citation of result.citations) {
    const line = truncate(`[${citation.marker}] ${plain(citation.text)}`, LIMITS.embedFieldValue);
    if (value.length + line.length + 1 > LIMITS.embedFieldValue) flush();
    value = value ? `${value}\n${line}` : line;
  }
  flush();
  const kept: APIEmbedField[] = [];
  let used = 0;
  for (const field of fields.slice(0, LIMITS.embedFields - 2)) {
    if (used + field.name.length + field.value.length > room) break;
    kept.push(field);
    used += field.name.length + field.value.length;
  }
  return kept;
}

/** One result as an embed: the answering sentence, the passage, where it is from and what it cites. */
export function resultEmbed(result: Result, heading: string, footer: string): APIEmbed {
  const title = truncate(heading, LIMITS.embedTitle);
  const footerText = truncate(footer, LIMITS.embedFooter);
  const place: APIEmbedField[] = [
    { name: 'Section', value: truncate(plain(result.section ?? '—'), LIMITS.embedFieldValue), inline: true },
    { name: 'Document', value: truncate(plain(result.document), LIMITS.embedFieldValue), inline: true },
  ];
  const fixed = title.length + footerText.length + place.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  // A passage that is all answer (one asked for by its id, a footnote's, a document card) is shown once, not quoted too.
  const quote = corpusLine(result.highlight) === corpusLine(result.text) ? '' : `> ${truncate(plain(result.highlight).replace(/\n/g, ' '), 1000)}\n\n`;
  const citations = citationFields(result, Math.max(0, LIMITS.embedTotal - fixed - quote.length - 400));
  const citationLength = citations.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed - citationLength) - quote.length;
  const description = prefix(`${quote}${truncate(plain(result.text), Math.max(0, room))}`, LIMITS.embedDescription);
  const embed: APIEmbed = { color: COLOR, title, description, fields: [...place, ...citations], footer: { text: footerText } };
  return embed;
}

/** How much of a reply's embeds a document's list of sources may take: the card's embed keeps the rest. */
const SOURCES_SHOWN = 3000;

/** Every footnote of a document, as many as fit, and how to see the others. */
function sourcesEmbed(sources: Citation[]): APIEmbed {
  const lines: string[] = [];
  let length = 0;
  for (const [i, c] of sources.entries()) {
    const line = truncate(plain(`[${c.marker}] ${c.text}`), 300);
    if (length + line.length + 60 > SOURCES_SHOWN) {
      lines.push(`…and ${sources.length - i} more: /cite shows each.`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { title: 'Sources', description: lines.join('\n'), color: COLOR };
}

/** The reply to a question: one result at a time, with buttons to page, vote and post it publicly. */
export function presentAnswer(answer: Answer, topics: string[], view: AnswerView): ReplyPayload {
  if (answer.results.length === 0) return presentNotCovered(topics, answer);
  const count = answer.results.length;
  const page = Math.min(Math.max(0, view.page), count - 1);
  const result = answer.results[page]!;
  const question = questionTitle(answer.question);
  // Every button names the passage it is about, so a vote is for the passage shown, whatever a re-answer gives.
  const key = questionKey(answer.question);
  const id = (action: AnswerAction, passage = result.id): string => encodeCustomId({ kind: 'answer', action, key, passage });
  const readAs = answer.readAs === undefined ? '' : ` · read as “${oneLine(answer.readAs)}”`;
  const footer = isDocumentCard(result)
    ? `Document ${result.id} · answer ${page + 1} of ${count} · the paper's own details · /about shows more${readAs}`
    : `Passage ${result.id} · answer ${page + 1} of ${count} · /passage id:${result.id} shows it alone${readAs}`;
  const buttons: APIButtonComponent[] = [];
  if (count > 1) {
    const next = (page + 1) % count;
    buttons.push(button(next === 0 ? 'First passage' : `More passages (${next + 1}/${count})`, id('more', answer.results[next]!.id), ButtonStyle.Primary));
  }
  buttons.push(button('Helpful', id('up'), ButtonStyle.Secondary, '👍'));
  buttons.push(button('Not helpful', id('down'), ButtonStyle.Secondary, '👎'));
  if (view.ephemeral) buttons.push(button('Post to channel', id('post'), ButtonStyle.Success));
  else if (view.offerThread) buttons.push(button('Discuss in thread', id('thread'), ButtonStyle.Secondary, '🧵'));

  const embed = resultEmbed(result, question || 'Your question', footer);
  // "How many footnotes are there?": the card, and how the document is made.
  if (answer.outline && isDocumentCard(result)) embed.fields = [...(embed.fields ?? []), { name: 'Outline', value: truncate(plain(outlineText(answer.outline)), LIMITS.embedFieldValue) }];
  // "List the sources": every footnote under the card, in an embed of its own (a field holds 1,024 characters).
  const sources = answer.sources && isDocumentCard(result) ? [sourcesEmbed(answer.sources)] : [];
  const payload: ReplyPayload = {
    embeds: [embed, ...sources],
    components: [{ type: ComponentType.ActionRow, components: buttons }],
    allowedMentions: NOBODY,
    ephemeral: view.ephemeral,
  };
  if (view.mentionUserId && view.ephemeral) {
    // Only the asker sees a private answer: it can point nobody to it, and pings nobody.
    payload.content = `Only you can see this answer, so it does not point <@${view.mentionUserId}> to it: post it to the channel, then mention them.`;
  } else if (view.mentionUserId) {
    payload.content = `<@${view.mentionUserId}>, this answers it:`;
    payload.allowedMentions = { parse: [], users: [view.mentionUserId] };
  } else if (view.postedBy) {
    payload.content = `Asked by <@${view.postedBy}>`;
  }
  // "…and what did Putin think": what the passages leave out, above them.
  // "Why did China give Turkmenistan…?": said of the first passage, shown on its page.
  const unmentioned = answer.unmentioned && page === 0 ? unmentionedText(result.id, answer.unmentioned, (text) => `\`${text}\``) : '';
  if (answer.unanswered || unmentioned) payload.content = truncate([payload.content, answer.unanswered ? `${unansweredText(answer.unanswered, plain)} On the rest:` : '', unmentioned].filter(Boolean).join('\n'), LIMITS.content);
  return payload;
}

/** A passage on one line of a list: its id, its section and as much of its highlight as `shown` characters. */
function passageLine(r: Result, shown: number): string {
  return `\`${r.id}\` **${plain(truncate(r.section ?? '—', 80))}** — ${plain(truncate(r.highlight, shown))}`;
}

/** What a reply to an unanswered question is made from. */
export type NotCovered = Pick<Answer, 'missing' | 'unasked' | 'readAs' | 'nearest' | 'outline'> & { question?: string };

/**
 * The honest reply when the paper does not answer a question: the passages that come nearest to it, where there are
 * some (`Answer.nearest`); otherwise what it never mentions when that is why (`Answer.missing`) and topics it does
 * cover. To small talk or a question not in English, what it can be asked.
 */
export function presentNotCovered(topics: string[], { missing = [], unasked, readAs, nearest = [], outline, question }: NotCovered = {}): ReplyPayload {
  if (unasked) return notice(unaskedText(unasked, question));
  // A misspelt question read otherwise: shown, so a reading that went wrong can be seen.
  const read = readAs === undefined ? '' : `(Read as “${plain(truncate(oneLine(readAs), READ_AS_SHOWN))}”.) `;
  if (nearest.length > 0) {
    const near = nearest.map((r) => passageLine(r, 300)).join('\n');
    return notice(truncate(`${read}${NEAREST_OPENING}\n${near}\n/passage id:${nearest[0]!.id} shows one whole.`, LIMITS.content));
  }
  // "footnote 12": what there is to ask for instead.
  if (outline) return notice(truncate(`${read}${notCoveredOpening(missing.map(plain))} ${partsText(outline)}`, LIMITS.content));
  const covered = topics.slice(0, 6).map((t) => `• ${plain(t)}`).join('\n');
  return notice(truncate(`${read}${notCoveredOpening(missing.map(plain))} It does cover, for example:\n${covered}\nTry /search with a word from one of these.`, LIMITS.content));
}

/**
 * The words of a reply to a follow-up in a thread that asks of the answer above it (`asks`, decided by the engine), or
 * null where that answer replies: a question's, and the sources of a passage that cites some (its Sources field).
 */
export function askedOfShownText(asks: Asks, answer: Answer, mention: CommandMention, writtenIn: number | null = null): string | null {
  // An answer shows one passage a page: where it has more, they are what "tell me more" asks for.
  const why = asks === 'all shown' ? whyShownText(answer.question, answer, (id) => `\`${id}\``) : null;
  if (why) return why;
  if (asks === 'all shown' && answer.results.length > 1) return `The answer above has ${answer.results.length} passages that answer it: **More passages** under it shows the others. That is all the paper has on it; ${mention('search')} finds others.`;
  if (asks === 'all shown') return `That is all the paper has on it: the answer above has every passage that answers it already. ${mention('passage')} shows one whole; ${mention('search')} finds others.`;
  if (asks === 'first paragraph' || asks === 'last paragraph') return edgeText(asks, answer, (id) => `\`${id}\``);
  if (asks === 'in other words') return truncate(inOtherWordsText(answer, (id) => `\`${id}\``), LIMITS.content);
  if (asks === 'checked') return truncate(checkedText(answer, (id) => `\`${id}\``, writtenIn), LIMITS.content);
  const shown = answer.results[0];
  if (asks === 'sources' && (!shown || (shown.citations.length === 0 && (answer.sources?.length ?? 0) === 0))) return `${shown ? `\`${shown.id}\`` : 'The answer above'} cites no source of its own. ${mention('cite')} shows one of the paper's footnotes.`;
  return null;
}

/** A private line of text: errors, cooldowns, expired buttons, unknown ids. */
export function notice(text: string): ReplyPayload {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: NOBODY, ephemeral: true };
}

/** A compact list of the best passages for a search. */
export function presentSearch(query: string, { answer, listed, more }: SearchList, topics: string[]): ReplyPayload {
  if (listed.length === 0) return presentNotCovered(topics, answer);
  const lines = listed.map((r) => passageLine(r, 160));
  if (more > 0) lines.push(moreMatching(more));
  const title = truncate(`Search: ${oneLine(query)}`, LIMITS.embedTitle);
  const embed: APIEmbed = {
    color: COLOR,
    title,
    description: truncate(lines.join('\n'), LIMITS.embedDescription),
    footer: { text: 'Open one with /passage id:<id>, or ask a question with /ask.' },
  };
  return { embeds: [embed], components: [], allowedMentions: NOBODY, ephemeral: false };
}

/** A whole passage with its citations, for /passage. */
export function presentPassage(result: Result, highlight?: string): ReplyPayload {
  const heading = `${result.id} · ${result.section ?? result.document}`;
  // The sentence to quote: the one asked of (a quiz's), else the first.
  const quoted = highlight !== undefined && result.text.includes(highlight) ? highlight : (result.text.split(/(?<=[.!?])\s/)[0] ?? result.text);
  const embed = resultEmbed({ ...result, highlight: quoted }, heading, `${result.document} · passage ${result.id}`);
  return { embeds: [embed], components: [], allowedMentions: NOBODY, ephemeral: false };
}

/** A footnote written out and the passages that cite it, for /cite. */
export function presentFootnote(ref: FootnoteRef): ReplyPayload {
  const cited = ref.citedBy.map((p) => `\`${p.id}\` ${plain(truncate(p.text, 140))}`).join('\n') || 'No passage cites it.';
  const embed: APIEmbed = {
    color: COLOR,
    title: truncate(`Footnote [${ref.footnote.marker}] · ${ref.document.meta.title}`, LIMITS.embedTitle),
    description: truncate(plain(ref.footnote.text), LIMITS.embedDescription),
    fields: [{ name: 'Cited by', value: truncate(cited, LIMITS.embedFieldValue) }],
  };
  return { embeds: [embed], components: [], allowedMentions: NOBODY, ephemeral: false };
}

export interface CorpusSummary {
  documents: Array<{ title: string; author: string | null; publisher: string | null; series: string | null; number: string | null; year: number | null; url: string | null; sections: string[]; passages: number; footnotes: number }>;
}

/**
 * How a command is written in a reply: a clickable mention ("</quiz start:123…>") when its id is known, else
 * its name in bold. `command` is the name with any subcommand: "ask", "quiz start".
 */
export type CommandMention = (command: string) => string;

export function commandMentions(ids: ReadonlyMap<string, string>): CommandMention {
  return (command) => {
    const [name, subcommand] = command.split(' ') as [string, string | undefined];
    const id = ids.get(name);
    if (id === undefined) return `**/${command}**`;
    return subcommand ? chatInputApplicationCommandMention(name, subcommand, id) : chatInputApplicationCommandMention(name, id);
  };
}

/** What the bot knows, for /about: each document, linked to its source when the corpus gives one. */
export function presentAbout(summary: CorpusSummary, mention: CommandMention): ReplyPayload {
  const embeds: APIEmbed[] = summary.documents.slice(0, 10).map((d) => {
    return {
      color: COLOR,
      title: truncate(d.title, LIMITS.embedTitle),
      ...(d.url ? { url: d.url } : {}),
      description: truncate(plain(byline(d)), LIMITS.embedDescription),
      fields: [
        { name: 'Sections', value: truncate(d.sections.map((s) => `• ${plain(s)}`).join('\n') || '—', LIMITS.embedFieldValue) },
        { name: 'Passages', value: String(d.passages), inline: true },
        { name: 'Footnotes', value: String(d.footnotes), inline: true },
        ...(d.url ? [{ name: 'Source', value: truncate(d.url, LIMITS.embedFieldValue) }] : []),
      ],
    };
  });
  while (embeds.length > 1 && embeds.reduce((sum, e) => sum + embedLength(e), 0) > LIMITS.embedTotal) embeds.pop();
  const commands = ['ask', 'search', 'passage', 'cite', 'quiz start', 'help'].map(mention).join(' · ');
  return { content: truncate(`Ask with ${commands}`, LIMITS.content), embeds, components: [], allowedMentions: NOBODY, ephemeral: false };
}

export interface HelpContext {
  mention: CommandMention;
  /** The bot is a member of the server (or this is its DM): mentions and threads work here. */
  botHere: boolean;
  answerMentions: boolean;
  /** Answer channels of this server. */
  answerChannels: string[];
  /** Documents that name their source. */
  sources: Array<{ title: string; url: string }>;
}

/** How to use the bot, for /help. */
export function presentHelp(help: HelpContext): ReplyPayload {
  const m = help.mention;
  const lines = [
    `${m('ask')} \`question\` — the passage of the paper that answers it, with its footnotes. \`private:True\` shows it to you only (then “Post to channel” shares it); \`mention:@someone\` points them to it.`,
    `${m('search')} \`query\` — a short list of matching passages.`,
    `${m('passage')} \`id\` — one passage in full (ids like \`p14\`; start typing for suggestions).`,
    `${m('cite')} \`marker\` — a footnote and the passages that cite it (markers like \`iii\`).`,
    `${m('quiz start')} \`[topic]\` — a multiple-choice question from the paper for the channel; ${m('quiz score')} — the channel’s table.`,
    `${m('about')} — the paper, its sections and counts.`,
    `${m('forget-me')} — delete everything the bot keeps about you (votes, questions, quiz answers and scores), after you confirm.`,
    '**Ask the paper** — on any message: right-click it (or press and hold) → Apps → Ask the paper answers its text, privately.',
  ];
  if (!help.botHere) lines.push('I am not a member of this server, so mentions, answer channels and threads do not work here: use the commands.');
  else if (help.answerMentions) lines.push('You can also mention me with a question, or send it to me in a DM.');
  else lines.push('Mention answering is switched off on this server: use the commands.');
  if (help.botHere && help.answerChannels.length > 0) lines.push(`In ${help.answerChannels.map((id) => `<#${id}>`).join(', ')} any question is answered without a mention.`);
  lines.push('Buttons under an answer: **More passages** pages through other answers; **👍 Helpful** and **👎 Not helpful** tell us whether it helped; **Delete** removes a public answer (for who asked, and moderators).');
  lines.push(...help.sources.map((s) => `The paper: [${plain(s.title).replace(/[[\]]/g, '')}](${s.url})`));
  const description = truncate(lines.join('\n'), LIMITS.embedDescription);
  return { embeds: [{ color: COLOR, title: 'How to use this bot', description }], components: [], allowedMentions: NOBODY, ephemeral: true };
}

/** What members' feedback says, for /admin feedback: the same figures as `npm run feedback-report`. */
export function presentFeedbackReport(report: FeedbackReport): ReplyPayload {
  const share = report.upShare === null ? 'No votes yet.' : `${(report.upShare * 100).toFixed(1)}% helpful (${report.up} 👍, ${report.down} 👎)`;
  const unanswered = report.unanswered.map((u) => `${u.count}× ${plain(truncate(u.question.replace(/\s+/g, ' '), 120))}`).join('\n') || 'None.';
  const disliked = report.disliked.map((d) => `\`${d.passageId}\` — ${d.down} 👎, ${d.up} 👍`).join('\n') || 'None.';
  const embed: APIEmbed = {
    color: COLOR,
    title: 'Feedback on the answers',
    description: share,
    fields: [
      { name: 'Questions the paper could not answer, most asked first', value: truncate(unanswered, LIMITS.embedFieldValue) },
      { name: 'Passages with the most 👎', value: truncate(disliked, LIMITS.embedFieldValue) },
    ],
    footer: { text: 'npm run feedback-report prints the same; npm run eval -- --from-feedback turns 👍 answers into test questions.' },
  };
  return { embeds: [embed], components: [], allowedMentions: NOBODY, ephemeral: true };
}

/** A list of ids, cut after the first few. */
function some(ids: string[], shown = 15): string {
  const listed = ids.slice(0, shown).map((id) => `\`${id}\``).join(', ');
  return ids.length > shown ? `${listed} and ${ids.length - shown} more` : listed;
}

/** What /admin reload did: what changed, or why the new corpus was refused. */
export function presentReload(outcome: ReloadOutcome): ReplyPayload {
  if (outcome.kind === 'refused') {
    return notice(`Reload refused; still serving the previous index. ${outcome.reason}`);
  }
  const c = outcome.changes;
  const figures = `${c.documents} document${c.documents === 1 ? '' : 's'}, ${c.passages} passages, ${c.footnotes} footnotes`;
  if (unchanged(c)) return notice(`Reloaded: nothing changed (${figures}).`);
  const lines = [`Reloaded: now ${figures}.`];
  if (c.documentsAdded.length) lines.push(`Documents added: ${c.documentsAdded.map((t) => plain(t)).join('; ')}.`);
  if (c.documentsRemoved.length) lines.push(`Documents removed: ${c.documentsRemoved.map((t) => plain(t)).join('; ')}.`);
  if (c.frontMatterChanged.length) lines.push(`Details (title, author, source…) changed: ${c.frontMatterChanged.map((t) => plain(t)).join('; ')}.`);
  if (c.passagesAdded.length) lines.push(`Passages added: ${some(c.passagesAdded)}.`);
  if (c.passagesChanged.length) lines.push(`Passages rewritten: ${some(c.passagesChanged)}.`);
  if (c.passagesRemoved.length) lines.push(`Passages removed: ${some(c.passagesRemoved)}.`);
  if (c.footnotesChanged) lines.push(`Footnotes added, removed or rewritten: ${c.footnotesChanged}.`);
  if (c.namesOrWordsChanged) lines.push('The gazetteer or thesaurus changed: questions may now find passages by other names and words.');
  return notice(lines.join('\n'));
}

/** Autocomplete choices: at most 25, names and values at most 100 characters, nothing for 0 or 1 typed character. */
export function choices(items: Array<{ name: string; value: string }>): Array<{ name: string; value: string }> {
  const seen = new Set<string>();
  const out: Array<{ name: string; value: string }> = [];
  for (const item of items) {
    // A suggestion of /ask is sent as the question: cut as its name is, not mid-word.
    const value = truncate(item.value, LIMITS.choiceValue);
    if (value.trim() === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(oneLine(item.name) || value, LIMITS.choiceName), value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

/** A quiz question for the channel: the blanked sentence and one button per option. */
export function presentQuizQuestion(question: { prompt: string; options: string[]; passageId: string }, id: string): ReplyPayload {
  const letters = ['A', 'B', 'C', 'D'];
  return {
    // The blank shows as code, so markdown escaping leaves it a plain row of underscores.
    embeds: [{ color: COLOR, title: 'Quiz: fill the blank', description: truncate(question.prompt.split(BLANK).map(plain).join(`\`${BLANK}\``), LIMITS.embedDescription), footer: { text: `From passage ${question.passageId} · one answer each · /quiz score shows the table` } }],
    components: [
      {
        type: ComponentType.ActionRow,
        components: question.options.slice(0, LIMITS.buttonsPerRow).map((option, index) => button(`${letters[index] ?? index + 1}. ${option}`, encodeCustomId({ kind: 'quiz', questionId: id, option: index }), ButtonStyle.Secondary)),
      },
    ],
    allowedMentions: NOBODY,
    ephemeral: false,
  };
}

/** What one member's answer was worth, with the passage it comes from; `queued` when the score is not saved yet. */
export function presentQuizResult(right: boolean, answer: string, passage: Result, queued = false, sentence?: string): ReplyPayload {
  const note = queued ? ' The bot’s database is busy, so your score is not on the table yet; it will be as soon as the database is free.' : '';
  const verdict = `${right ? `✅ Right: it is **${plain(answer)}**.` : `❌ Not quite: it is **${plain(answer)}**.`}${note} /quiz start asks another; /quiz score shows the table.`;
  return { content: truncate(verdict, LIMITS.content), embeds: [presentPassage(passage, sentence).embeds[0]!], components: [], allowedMentions: NOBODY, ephemeral: true };
}

/** The channel's quiz table. Members are named, never pinged. */
export function presentQuizScores(scores: Array<{ userId: string; right: number; wrong: number }>): ReplyPayload {
  const lines = scores.map((s, i) => `${i + 1}. <@${s.userId}> — ${s.right} right, ${s.wrong} wrong`);
  return {
    embeds: [{ color: COLOR, title: 'Quiz scores in this channel', description: truncate(lines.join('\n') || 'Nobody has answered yet: start with /quiz start.', LIMITS.embedDescription) }],
    components: [],
    allowedMentions: NOBODY,
    ephemeral: false,
  };
}

const KINDS: Array<[keyof Holdings, string, string]> = [
  ['votes', 'vote', 'votes'],
  ['unanswered', 'question it could not answer', 'questions it could not answer'],
  ['threadTurns', 'question in discussion threads and DMs', 'questions in discussion threads and DMs'],
  ['quizAnswers', 'quiz answer', 'quiz answers'],
  ['quizScores', 'line on a channel’s quiz table', 'lines on channels’ quiz tables'],
];
const describeHoldings = (holdings: Holdings): string =>
  KINDS.filter(([kind]) => holdings[kind] > 0)
    .map(([kind, one, many]) => `${holdings[kind]} ${holdings[kind] === 1 ? one : many}`)
    .join(', ');

/** /forget-me: what the bot keeps about a member, and buttons to delete it all or keep it. */
export function presentForgetMe(holdings: Holdings): ReplyPayload {
  const kept = describeHoldings(holdings);
  if (kept === '') return notice('The bot keeps nothing about you: no votes, questions, thread turns, quiz answers or scores.');
  return {
    content: truncate(`The bot keeps, about you: ${kept}. **Delete everything** removes all of it, for good. (Messages in the channels, yours and the bot’s answers, stay as they are.)`, LIMITS.content),
    embeds: [],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button('Delete everything', encodeCustomId({ kind: 'forget', confirm: true }), ButtonStyle.Danger),
          button('Cancel', encodeCustomId({ kind: 'forget', confirm: false }), ButtonStyle.Secondary),
        ],
      },
    ],
    allowedMentions: NOBODY,
    ephemeral: true,
  };
}

/** /forget-me, done. */
export function presentForgotten(deleted: Holdings): ReplyPayload {
  const what = describeHoldings(deleted);
  return notice(`Deleted${what === '' ? ' — there was nothing left to delete' : `: ${what}`}. The bot keeps nothing more about you.`);
}
