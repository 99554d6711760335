/** Where the bot itself is present, as opposed to its commands: threads and answer channels need the bot user. */
import { ApplicationIntegrationType, type BaseInteraction, InteractionContextType } from 'discord.js';

/**
 * The bot user can act here: this is its own DM, or a server the app is installed to — not a server (or other
 * DM) where only the member who used the command has installed it to their account.
 */
export function botIsHere(interaction: BaseInteraction): boolean {
  if (interaction.context === InteractionContextType.BotDM) return true;
  return interaction.guildId !== null && interaction.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] === interaction.guildId;
}

/** A discussion thread can be opened on a public answer here: a server the bot is in, outside any thread. */
export function threadsWork(interaction: BaseInteraction): boolean {
  return interaction.guildId !== null && botIsHere(interaction) && !(interaction.channel?.isThread() ?? false);
}
