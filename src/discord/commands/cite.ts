import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { choices, presentFootnote, withDeleteButton } from '../../present/discord.js';
import { truncate } from '../../present/limits.js';
import { nearestOrSpan } from '../../present/text.js';
import { cleanQuestion } from '../../question.js';
import { shapedLikePassageId } from '../../search/lookup.js';
import { respondPrivately } from '../interaction.js';
import { ANYWHERE, type Command } from './command.js';

const definition = {
  ...ANYWHERE,
  name: 'cite',
  description: 'Show a footnote of the paper and the passages that cite it',
  options: [{ type: ApplicationCommandOptionType.String, name: 'marker', description: 'Footnote marker, e.g. iii (start typing for suggestions)', required: true, max_length: 100, autocomplete: true }],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const cite: Command = {
  definition,
  async execute(interaction, ctx) {
    const marker = cleanQuestion(interaction.options.requiredString('marker'));
    if (marker === '') return respondPrivately(interaction, 'Type a footnote marker, like iii or 3 (start typing for suggestions).');
    const found = ctx.lookup.footnote(marker);
    if (!found) {
      const marked = ctx.lookup.footnotesMarked(marker).map((f) => `\`${f.ref}\``);
      if (marked.length > 1) return respondPrivately(interaction, `Footnotes ${marked.join(', ')} are marked \`${truncate(marker.replace(/`/g, "'"), 40)}\`, one in each document: pick one of them.`);
      const naming = ctx.lookup.footnotesMentioning(marker).map((f) => `\`${f.ref}\``);
      if (naming.length > 1) return respondPrivately(interaction, `Footnotes ${naming.join(', ')} name \`${truncate(marker.replace(/`/g, "'"), 40)}\`: pick one of them.`);
      // "p5": a passage's id, which /passage shows.
      const passage = shapedLikePassageId(marker) ? ctx.lookup.passage(marker) : undefined;
      if (passage) return respondPrivately(interaction, `\`${passage.id}\` is a passage's id: /passage id:${passage.id} shows it, with its footnotes.`);
      const hint = nearestOrSpan(ctx.lookup.nearestFootnoteRefs(marker), 'markers', ctx.lookup.spans().footnotes, (m) => `\`${m}\``);
      return respondPrivately(interaction, `There is no footnote \`${truncate(marker.replace(/`/g, "'"), 40)}\`. ${hint}.`);
    }
    await interaction.reply(withDeleteButton(presentFootnote(found), interaction.user.id));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.focused.trim().toLowerCase().replace(/^\[|\]$/g, '');
    const matching = ctx.lookup.footnotes().filter((f) => typed === '' || f.ref.toLowerCase().startsWith(typed) || f.footnote.text.toLowerCase().includes(typed));
    await interaction.showChoices(choices(matching.map((f) => ({ name: `[${f.ref}] ${f.footnote.text}`, value: f.ref }))));
  },
};
