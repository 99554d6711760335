/** Sends presenter payloads through discord.js: the one place payloads become discord.js options. */
import { type InteractionReplyOptions, type InteractionUpdateOptions, MessageFlags, type MessageCreateOptions, type MessageEditOptions, type RepliableInteraction } from 'discord.js';
import type { ReplyPayload } from '../present/discord.js';
import { notice } from '../present/discord.js';

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

/** Replies, or follows up when the interaction was already answered or deferred. */
export async function respond(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(replyOptions(payload) as never);
  } else if (interaction.replied) {
    await interaction.followUp(replyOptions(payload));
  } else {
    await interaction.reply(replyOptions(payload));
  }
}

/** A private line of text to the user who acted. */
export function respondPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  return respond(interaction, notice(text));
}
