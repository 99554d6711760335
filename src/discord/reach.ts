/** Where the bot itself is present, as opposed to its commands: threads and answer channels need the bot user. */
import { ApplicationIntegrationType, type BaseInteraction, ChannelType, InteractionContextType, type Message, PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/**
 * The bot user can act here: this is its own DM, or a server the app is installed to — not a server (or other
 * DM) where only the member who used the command has installed it to their account.
 */
export function botIsHere(interaction: BaseInteraction): boolean {
  if (interaction.context === InteractionContextType.BotDM) return true;
  return interaction.guildId !== null && interaction.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] === interaction.guildId;
}

/**
 * Public threads start in server text and announcement channels only (not in DMs, voice-channel chats, forums or
 * threads), and only with Create Public Threads.
 */
function threadCanStart(channel: { type: ChannelType } | null, permissions: Readonly<PermissionsBitField> | null): boolean {
  const kind = channel?.type;
  return (kind === ChannelType.GuildText || kind === ChannelType.GuildAnnouncement) && (permissions?.has(PermissionFlagsBits.CreatePublicThreads) ?? false);
}

/** A discussion thread can be opened on a public answer here: a server the bot is in, where the app may start one. */
export function threadsWork(interaction: BaseInteraction): boolean {
  return botIsHere(interaction) && threadCanStart(interaction.channel, interaction.appPermissions);
}

/** A discussion thread can be opened on a reply to this message: the bot's own permissions in its channel allow it. */
export function threadsWorkOn(message: Message): boolean {
  const me = message.guild?.members.me ?? null;
  return message.inGuild() && me !== null && threadCanStart(message.channel, message.channel.permissionsFor(me));
}
