/** One entry for every interaction: commands, message commands, autocomplete and buttons, each failure logged and apologised for. */
import { StoreUnavailable } from '../store/bot-store.js';
import { EXPIRED, handleAnswerButton } from './buttons.js';
import { commands, messageCommands } from './commands/index.js';
import { handleForgetButton } from './commands/forget-me.js';
import type { BotContext } from './context.js';
import { decodeCustomId } from './custom-id.js';
import { handleDeleteButton } from './delete-button.js';
import { interactionAnsweredElsewhere, interactionTokenDead } from './interaction-tokens.js';
import { handleQuizButton } from './quiz-buttons.js';
import { type BotInteraction, repliesOf, respondPrivately } from './interaction.js';

const APOLOGY = 'Sorry — something went wrong on my side while answering that. It has been logged; please try again.';
const STORE_BUSY = 'The bot’s database is busy right now, so I cannot look that up; please try again in a moment.';
const STORE_UNAVAILABLE = 'The bot’s database is not available right now, so I cannot do that; its operator can see why in the bot’s log.';
const NO_HANDLER = "I can't handle that here. Ask with /ask, or see /help.";
/** An interaction that takes longer than this to handle is logged: Discord gives three seconds to answer. */
export const SLOW_MS = 2_000;

/** Answers one interaction, whichever transport brought it. */
export async function routeInteraction(interaction: BotInteraction, ctx: BotContext): Promise<void> {
  const context = { interaction: interaction.id, kind: interaction.kind, user: interaction.user.id, guild: interaction.guildId, channel: interaction.channelId };
  const started = performance.now();
  try {
    switch (interaction.kind) {
      case 'command': {
        const command = commands.get(interaction.commandName);
        if (!command) return await respondPrivately(interaction, `I don't know the command /${interaction.commandName}. Try /help.`);
        await command.execute(interaction, ctx);
        break;
      }
      case 'message-command': {
        const command = messageCommands.get(interaction.commandName);
        if (!command) return await respondPrivately(interaction, `I don't know “${interaction.commandName.slice(0, 40)}”. Try /help.`);
        await command.execute(interaction, ctx);
        break;
      }
      case 'autocomplete': {
        const command = commands.get(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.showChoices([]);
        break;
      }
      case 'button': {
        const id = decodeCustomId(interaction.customId);
        if (id?.kind === 'answer') await handleAnswerButton(interaction, id, ctx);
        else if (id?.kind === 'quiz') await handleQuizButton(interaction, id, ctx);
        else if (id?.kind === 'forget') await handleForgetButton(interaction, id.confirm, ctx);
        else if (id?.kind === 'delete') await handleDeleteButton(interaction, id.askerId, ctx);
        else await respondPrivately(interaction, EXPIRED);
        break;
      }
      case 'other':
        // Select menus, modals, user context menus: none is the bot's, but a member who sees one fail deserves a word.
        ctx.logger.info({ ...context, type: interaction.type }, 'interaction of a kind with no handler');
        if (interaction.replies) await respondPrivately(interaction.replies, NO_HANDLER);
        break;
    }
    const ms = performance.now() - started;
    if (ms > SLOW_MS) ctx.logger.warn({ ...context, ms: Math.round(ms) }, 'slow interaction');
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    if (interactionTokenDead(error)) {
      // Expired, or refused by Discord: nothing more can be sent for this interaction, an apology neither.
      ctx.logger.warn({ ...context, status: error.status, code: error.code, ms }, 'interaction token no longer valid; not answered');
      return;
    }
    if (interactionAnsweredElsewhere(error)) {
      // The member has their answer (or another process's apology): a second callback would be refused the same way.
      ctx.logger.warn({ ...context, status: error.status, code: error.code, ms }, 'interaction answered already (by another copy of the bot, or an earlier try); not answered again');
      return;
    }
    const unavailable = error instanceof StoreUnavailable;
    if (unavailable) ctx.logger.warn({ ...context, reason: error.message }, 'store could not be read for an interaction');
    else ctx.logger.error({ ...context, err: error, ms }, 'interaction failed');
    const replies = repliesOf(interaction);
    if (replies) {
      const text = unavailable ? (error.busy ? STORE_BUSY : STORE_UNAVAILABLE) : APOLOGY;
      await respondPrivately(replies, text).catch((second: unknown) => ctx.logger.error({ ...context, err: second }, 'could not apologise'));
    }
  }
}
