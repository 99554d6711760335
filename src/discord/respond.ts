/** Sends presenter payloads through discord.js: the one place payloads become discord.js options. */
import { type InteractionReplyOptions, type InteractionUpdateOptions, MessageFlags, type MessageCreateOptions, type MessageEditOptions } from 'discord.js';
import type { ReplyPayload } from '../present/discord.js';

export function replyOptions(payload: ReplyPayload): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
    ...(payload.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A message replaced in place: by a button's update, or by the bot editing its own message. */
export function updateOptions(payload: ReplyPayload): InteractionUpdateOptions & MessageEditOptions {
  return { content: payload.content ?? null, embeds: payload.embeds, components: payload.components, allowedMentions: payload.allowedMentions };
}

export function messageOptions(payload: ReplyPayload): MessageCreateOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { ...payload.allowedMentions, repliedUser: false },
  };
}
