/** Where the bot itself is present, as opposed to its commands: threads and answer channels need the bot user. */
import { ApplicationIntegrationType, ChannelType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';

/** What Discord says about where an interaction happened, the same over the gateway and the HTTP endpoint. */
export interface Whereabouts {
  context: InteractionContextType | null | undefined;
  guildId: string | null;
  /** `authorizing_integration_owners`: who installed the app that the interaction is for, by installation type. */
  owners: Partial<Record<ApplicationIntegrationType, string>>;
  channelType: ChannelType | null | undefined;
  /** The app's permissions in the channel (`app_permissions`). */
  appPermissions: bigint | null;
}

/**
 * The bot user can act here: this is its own DM, or a server the app is installed to — not a server (or other
 * DM) where only the member who used the command has installed it to their account.
 */
export function botIsHere(where: Whereabouts): boolean {
  if (where.context === InteractionContextType.BotDM) return true;
  return where.guildId !== null && where.owners[ApplicationIntegrationType.GuildInstall] === where.guildId;
}

/**
 * Public threads start in server text and announcement channels only (not in DMs, voice-channel chats, forums or
 * threads), and only with Create Public Threads.
 */
export function threadCanStart(channelType: ChannelType | null | undefined, permissions: bigint | null): boolean {
  return (channelType === ChannelType.GuildText || channelType === ChannelType.GuildAnnouncement) && permissions !== null && (permissions & PermissionFlagsBits.CreatePublicThreads) !== 0n;
}

/** A discussion thread can be opened on a public answer here: a server the bot is in, where the app may start one. */
export function threadsWork(where: Whereabouts): boolean {
  return botIsHere(where) && threadCanStart(where.channelType, where.appPermissions);
}
