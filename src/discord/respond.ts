/** Sends presenter payloads through discord.js: the one place payloads become discord.js options. */
import { InteractionResponseType, type InteractionReplyOptions, type InteractionUpdateOptions, MessageFlags, type MessageCreateOptions, type MessageEditOptions } from 'discord.js';
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

/**
 * The interaction callback of a first reply: the JSON discord.js's `interaction.reply(replyOptions(payload))`
 * posts, key for key (a test holds the two together), built without its MessagePayload, which loads modules,
 * snake-cases every key of every embed and component and resolves flags on each reply (together about 6% of the
 * bot's CPU per answer). The payload's embeds and components are the API's JSON already.
 */
export function replyCallback(payload: ReplyPayload): { type: InteractionResponseType.ChannelMessageWithSource; data: Record<string, unknown> } {
  // Keys set in discord.js's order, not spread in: spreading object literals was a third of this on every reply.
  const data: Record<string, unknown> = payload.content !== undefined ? { content: payload.content, tts: false } : { tts: false };
  data.enforce_nonce = false;
  data.embeds = payload.embeds;
  data.components = payload.components;
  data.allowed_mentions = payload.allowedMentions;
  if (payload.ephemeral) data.flags = MessageFlags.Ephemeral;
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
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
