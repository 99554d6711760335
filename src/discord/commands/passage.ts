import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { choices, presentPassage, withDeleteButton } from '../../present/discord.js';
import { truncate } from '../../present/limits.js';
import { nearestOrSpan } from '../../present/text.js';
import { cleanQuestion } from '../../question.js';
import { respondPrivately } from '../interaction.js';
import { ANYWHERE, type Command } from './command.js';

const definition = {
  ...ANYWHERE,
  name: 'passage',
  description: 'Show one passage of the paper in full, with its footnotes',
  options: [{ type: ApplicationCommandOptionType.String, name: 'id', description: 'Passage id, e.g. p14 (start typing for suggestions)', required: true, max_length: 100, autocomplete: true }],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const passage: Command = {
  definition,
  async execute(interaction, ctx) {
    const id = cleanQuestion(interaction.options.requiredString('id'));
    if (id === '') return respondPrivately(interaction, 'Type a passage id, like p14 (start typing for suggestions), or ask a question with /ask.');
    const found = ctx.lookup.passage(id);
    if (!found && ctx.lookup.isDocument(id)) return respondPrivately(interaction, `\`${truncate(id.replace(/`/g, "'"), 40)}\` is the paper itself, not one of its passages: /about shows it.`);
    // "footnote iii" typed here: the footnote is /cite's.
    const footnote = found ? undefined : ctx.lookup.footnote(id);
    if (footnote) return respondPrivately(interaction, `There is no passage \`${truncate(id.replace(/`/g, "'"), 40)}\`, but there is a footnote [${footnote.ref}]: /cite marker:${footnote.ref} shows it and the passages citing it.`);
    if (!found) {
      const hint = nearestOrSpan(ctx.lookup.nearestPassageIds(id), 'ids', ctx.lookup.spans().passages, (p) => `\`${p}\``);
      return respondPrivately(interaction, `There is no passage \`${truncate(id.replace(/`/g, "'"), 40)}\`. ${hint}.`);
    }
    await interaction.reply(withDeleteButton(presentPassage(ctx.engine.present(found)), interaction.user.id));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.focused;
    await interaction.showChoices(choices(ctx.lookup.matchPassages(typed).map((p) => ({ name: `${p.id} · ${p.text}`, value: p.id }))));
  },
};
