import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { presentAnswer } from '../../present/discord.js';
import { rememberQuestion } from '../buttons.js';
import { cleanQuestion } from '../../question.js';
import { askQuestion } from '../questions.js';
import { respondPrivately } from '../interaction.js';
import { ANYWHERE, type MessageCommand } from './command.js';

const definition = { type: ApplicationCommandType.Message, name: 'Ask the paper', ...ANYWHERE } as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** "Ask the paper" on a message's Apps menu: the message's text answered as a question, privately, like /ask private:True. */
export const askMessage: MessageCommand = {
  definition,
  async execute(interaction, ctx) {
    const question = cleanQuestion(interaction.targetMessage.content);
    if (question === '') return respondPrivately(interaction, 'That message has no text to ask about. Try /ask with your own words.');
    const outcome = askQuestion(ctx, interaction.user.id, question);
    if (outcome.kind === 'refused') return respondPrivately(interaction, outcome.message);
    await rememberQuestion(ctx, outcome.answer);
    await interaction.reply(presentAnswer(outcome.answer, ctx.engine.topics(), { page: 0, ephemeral: true }));
  },
};
