import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { notice, presentForgetMe, presentForgotten } from '../../present/discord.js';
import type { BotContext } from '../context.js';
import { type ButtonInteraction, respondPrivately } from '../interaction.js';
import { ANYWHERE, type Command } from './command.js';

const definition = {
  ...ANYWHERE,
  name: 'forget-me',
  description: 'Delete everything this bot keeps about you: votes, questions, thread turns, quiz answers and scores',
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Says privately what the bot keeps about the member, with "Delete everything" and "Cancel". */
export const forgetMe: Command = {
  definition,
  async execute(interaction, ctx) {
    await interaction.reply(presentForgetMe(await ctx.store.holdings(interaction.user.id)));
  },
};

/** The member's choice: everything about them deleted at once, or nothing. */
export async function handleForgetButton(interaction: ButtonInteraction, confirm: boolean, ctx: BotContext): Promise<void> {
  // The buttons belong to the private message /forget-me shows the member who ran it: under any other message (a
  // public answer, through a forged button) they would blank it for everyone.
  if (!interaction.message.ephemeral) {
    await respondPrivately(interaction, 'That button belongs to the private message /forget-me shows: run /forget-me to delete what the bot keeps about you.');
    return;
  }
  if (!confirm) {
    await interaction.update(notice('Nothing was deleted.'));
    return;
  }
  const deleted = await ctx.store.forget(interaction.user.id);
  ctx.logger.info({ event: 'forget-me', deleted }, deleted ? 'a member’s data was deleted' : 'a member’s data could not be deleted now');
  const payload = deleted ? presentForgotten(deleted) : notice('Nothing was deleted: the bot’s database is busy or not available right now. Run /forget-me again in a moment.');
  await interaction.update(payload);
}
