import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { choices, presentAnswer, withDeleteButton } from '../../present/discord.js';
import { cleanQuestion } from '../../question.js';
import { rememberQuestion } from '../buttons.js';
import { askQuestion } from '../questions.js';
import { helpHere } from './help.js';
import { asksHowToUse } from '../../nlp/unasked.js';
import { respondPrivately } from '../interaction.js';
import { ANYWHERE, type Command } from './command.js';

const definition = {
  ...ANYWHERE,
  name: 'ask',
  description: 'Ask a question about the paper; get the passage that answers it, with its footnotes',
  options: [
    { type: ApplicationCommandOptionType.String, name: 'question', description: 'Your question, e.g. why does Uzbekistan skip SCO exercises?', required: true, max_length: 1000, autocomplete: true },
    { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Show the answer to you only (you can post it to the channel after)' },
    { type: ApplicationCommandOptionType.User, name: 'mention', description: 'Someone to point to the answer (only they are pinged)' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const ask: Command = {
  definition,
  async execute(interaction, ctx) {
    const question = cleanQuestion(interaction.options.requiredString('question'));
    // "/ask help" gets what "@Bot help" and /help get.
    if (asksHowToUse(question)) return interaction.reply(helpHere(ctx, interaction.botIsHere, (id) => interaction.serverHasChannel(id)));
    const ephemeral = interaction.options.boolean('private') ?? false;
    const mention = interaction.options.user('mention');
    const outcome = askQuestion(ctx, interaction.user.id, question);
    if (outcome.kind === 'refused') return respondPrivately(interaction, outcome.message);
    await rememberQuestion(ctx, outcome.answer);
    const payload = presentAnswer(outcome.answer, ctx.engine.topics(), { page: 0, ephemeral, offerThread: interaction.threadsWork, ...(mention ? { mentionUserId: mention } : {}) });
    await interaction.reply(withDeleteButton(payload, interaction.user.id));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.focused;
    await interaction.showChoices(choices(ctx.lookup.completeQuestion(typed).map((sentence) => ({ name: sentence, value: sentence }))));
  },
};
