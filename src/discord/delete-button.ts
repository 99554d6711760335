/** The Delete button under a public answer: the member who asked, or anyone who may manage messages, removes it. */
import type { BotContext } from './context.js';
import { type ButtonInteraction, respondPrivately } from './interaction.js';

export async function handleDeleteButton(interaction: ButtonInteraction, askerId: string, ctx: BotContext): Promise<void> {
  const moderator = interaction.canManageMessages;
  if (interaction.user.id !== askerId && !moderator) {
    return respondPrivately(interaction, 'Only the member who asked, or someone who may manage messages here, can delete this answer.');
  }
  // Through the interaction's own webhook, so it works where the bot user is not a member (a member's own install).
  await interaction.deleteMessage();
  ctx.logger.info({ event: 'answer deleted', message: interaction.message.id, by: interaction.user.id === askerId ? 'asker' : 'moderator' }, 'answer deleted');
}
