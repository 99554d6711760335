/** The OAuth2 links that add the app: to a server (the bot user, with what it needs) or to a member's own account. */
import { OAuth2Routes, OAuth2Scopes, PermissionFlagsBits } from 'discord-api-types/v10';

/**
 * Every permission the bot uses, and why. Nothing else: a narrower grant is refused less often by admins.
 */
export const BOT_PERMISSIONS = {
  /** See the channels it answers in. */
  ViewChannel: PermissionFlagsBits.ViewChannel,
  /** Answer mentions and questions in answer channels. */
  SendMessages: PermissionFlagsBits.SendMessages,
  /** Answers are embeds. */
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  /** A reply to a message refers to it. */
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
  /** "Discuss in thread", and the thread under a question in an answer channel. */
  CreatePublicThreads: PermissionFlagsBits.CreatePublicThreads,
  /** Answer follow-ups in those threads and in forum posts. */
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
} as const;

export const BOT_PERMISSION_BITS: bigint = Object.values(BOT_PERMISSIONS).reduce((all, bit) => all | bit, 0n);

/** The link that adds the bot to a server: scopes `bot applications.commands`, with exactly the permissions above. */
export function serverInviteUrl(clientId: string): string {
  const query = new URLSearchParams({ client_id: clientId, scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '), permissions: String(BOT_PERMISSION_BITS), integration_type: '0' });
  return `${OAuth2Routes.authorizationURL}?${query}`;
}

/** The link a member follows to add the app's commands to their own account, for any server or DM. */
export function userInstallUrl(clientId: string): string {
  const query = new URLSearchParams({ client_id: clientId, scope: OAuth2Scopes.ApplicationsCommands, integration_type: '1' });
  return `${OAuth2Routes.authorizationURL}?${query}`;
}
