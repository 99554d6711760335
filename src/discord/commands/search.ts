import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { presentSearch, withDeleteButton } from '../../present/discord.js';
import { noWordReason } from '../../present/text.js';
import { truncate } from '../../present/limits.js';
import { cleanQuestion } from '../../question.js';
import { shapedLikePassageId } from '../../search/lookup.js';
import { searchList, type SearchList } from '../../search/search-list.js';
import { askQuestion } from '../questions.js';
import { respondPrivately } from '../interaction.js';
import { ANYWHERE, type Command } from './command.js';

const definition = {
  ...ANYWHERE,
  name: 'search',
  description: 'List the passages of the paper that match some words',
  options: [{ type: ApplicationCommandOptionType.String, name: 'query', description: 'Words to look for, e.g. Peace Mission', required: true, max_length: 1000 }],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const NO_WORD = (query: string): string => `\`${truncate(query.replace(/`/g, "'"), 60)}\` has no word to search by (${noWordReason(query)}): try a word of the topic, for example /search query:Peace Mission.`;

export const search: Command = {
  definition,
  async execute(interaction, ctx) {
    const query = cleanQuestion(interaction.options.requiredString('query'));
    // "p14", "iii": a passage's id or a footnote's marker, which /passage and /cite show.
    const passage = shapedLikePassageId(query) ? ctx.lookup.passage(query) : undefined;
    if (passage) return respondPrivately(interaction, `\`${passage.id}\` is a passage's id: /passage id:${passage.id} shows it whole.`);
    const footnote = /^\[?[ivxlc]{1,7}\]?$/i.test(query) ? ctx.lookup.footnote(query) : undefined;
    if (footnote) return respondPrivately(interaction, `\`${footnote.ref}\` is a footnote's marker: /cite marker:${footnote.ref} shows it, with the passages citing it.`);
    // "*", "the", "why?": nothing to look for, which is neither small talk nor a question asking on.
    if (query !== '' && ctx.engine.analyzer.terms(query).length === 0) return respondPrivately(interaction, NO_WORD(query));
    let list: SearchList | undefined;
    const outcome = askQuestion(ctx, interaction.user.id, query, (q) => (list = searchList(ctx.engine, q)).answer);
    if (outcome.kind === 'refused' || !list) return respondPrivately(interaction, outcome.kind === 'refused' ? outcome.message : NO_WORD(query));
    await interaction.reply(withDeleteButton(presentSearch(query, list, ctx.engine.topics()), interaction.user.id));
  },
};
