import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { choices, presentAnswer, withDeleteButton } from '../../present/discord.js';
import { cleanQuestion } from '../../question.js';
import { rememberQuestion } from '../buttons.js';
import { askQuestion } from '../questions.js';
import { threadsWork } from '../reach.js';
import { respond, respondPrivately } from '../respond.js';
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
    const question = cleanQuestion(interaction.options.getString('question', true));
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const mention = interaction.options.getUser('mention');
    const outcome = askQuestion(ctx, interaction.user.id, question);
    if (outcome.kind === 'refused') return respondPrivately(interaction, outcome.message);
    rememberQuestion(ctx, outcome.answer);
    const payload = presentAnswer(outcome.answer, ctx.engine.topics(), { page: 0, ephemeral, offerThread: threadsWork(interaction), ...(mention ? { mentionUserId: mention.id } : {}) });
    await respond(interaction, withDeleteButton(payload, interaction.user.id));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    await interaction.respond(choices(ctx.lookup.completeQuestion(typed).map((sentence) => ({ name: sentence, value: sentence }))));
  },
};
