/** One entry for every interaction: commands, autocomplete and buttons, each failure logged and apologised for. */
import type { Interaction } from 'discord.js';
import { handleButton } from './buttons.js';
import { handleQuizButton } from './quiz-buttons.js';
import { commands } from './commands/index.js';
import type { BotContext } from './context.js';
import { respondPrivately } from './respond.js';

const APOLOGY = 'Sorry — something went wrong on my side while answering that. It has been logged; please try again.';
/** An interaction that takes longer than this to handle is logged: Discord gives three seconds to answer. */
export const SLOW_MS = 2_000;

export async function routeInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  const context = { interaction: interaction.id, type: interaction.type, user: interaction.user.id, guild: interaction.guildId, channel: interaction.channelId };
  const started = performance.now();
  try {
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) return await respondPrivately(interaction, `I don't know the command /${interaction.commandName}. Try /help.`);
      await command.execute(interaction, ctx);
    } else if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    } else if (interaction.isButton()) {
      if (interaction.customId.startsWith('quiz:')) await handleQuizButton(interaction, ctx);
      else await handleButton(interaction, ctx);
    }
    const ms = performance.now() - started;
    if (ms > SLOW_MS) ctx.logger.warn({ ...context, ms: Math.round(ms) }, 'slow interaction');
  } catch (error) {
    ctx.logger.error({ ...context, err: error, ms: Math.round(performance.now() - started) }, 'interaction failed');
    if (interaction.isRepliable()) {
      await respondPrivately(interaction, APOLOGY).catch((second: unknown) => ctx.logger.error({ ...context, err: second }, 'could not apologise'));
    }
  }
}
