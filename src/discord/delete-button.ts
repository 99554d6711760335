/** The Delete button under a public answer: the member who asked, or anyone who may manage messages, removes it. */
import type { BotContext } from './context.js';
import { type ButtonInteraction, respondPrivately } from './interaction.js';

export async function handleDeleteButton(interaction: ButtonInteraction, namedAsker: string, ctx: BotContext): Promise<void> {
  // Who asked, as Discord says where it can (the command's user, the author of the message replied to): the button's
  // id names the asker only for answers it cannot say it of (in a thread), and a button forged to name another
  // member deletes nothing of someone else's.
  const askerId = interaction.message.askerId ?? namedAsker;
  const moderator = interaction.canManageMessages;
  if (interaction.user.id !== askerId && !moderator) {
    return respondPrivately(interaction, 'Only the member who asked, or someone who may manage messages here, can delete this answer.');
  }
  // Through the interaction's own webhook, so it works where the bot user is not a member (a member's own install).
  await interaction.deleteMessage();
  ctx.logger.info({ event: 'answer deleted', message: interaction.message.id, by: interaction.user.id === askerId ? 'asker' : 'moderator' }, 'answer deleted');
}
