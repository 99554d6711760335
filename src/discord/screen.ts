/**
 * Interactions discord.js cannot build or drops, met before it sees them. One with neither `member` nor `user`
 * makes discord.js throw inside its gateway handler (it reads `data.member.user`): it is answered here, privately,
 * and withheld from discord.js. One of a kind discord.js does not know it drops with a debug line: logged here.
 */
import { type APIInteraction, InteractionResponseType, InteractionType, MessageFlags, Routes } from 'discord-api-types/v10';
import { type Client, Events } from 'discord.js';
import type { Logger } from '../log.js';

export const NO_USER = 'I could not tell who sent that, so I cannot answer it. Please try again.';

/** A gateway event name no handler of discord.js knows: the packet is passed over. */
const WITHHELD = 'INTERACTION_CREATE_WITHOUT_USER';

export function screenInteractions(client: Client, logger: Logger): void {
  client.on('raw', (packet: { t: string | null; d: unknown }) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const data = packet.d as Partial<APIInteraction>;
    if (data.user || data.member?.user) return;
    // The raw listener runs before discord.js handles the same packet object: renamed, it is skipped.
    packet.t = WITHHELD;
    const context = { interaction: data.id ?? null, type: data.type ?? null, guild: data.guild_id ?? null, channel: data.channel?.id ?? null };
    if (typeof data.id !== 'string' || typeof data.token !== 'string' || data.type === InteractionType.Ping || data.type === InteractionType.ApplicationCommandAutocomplete) {
      logger.warn(context, 'interaction without a user ignored');
      return;
    }
    const body = { type: InteractionResponseType.ChannelMessageWithSource, data: { content: NO_USER, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } } };
    client.rest.post(Routes.interactionCallback(data.id, data.token), { auth: false, body }).then(
      () => logger.warn(context, 'interaction without a user answered privately'),
      (error: unknown) => logger.warn({ ...context, err: error }, 'interaction without a user could not be answered'),
    );
  });
  client.on(Events.Debug, (message) => {
    if (message.startsWith('[INTERACTION]')) logger.warn({ detail: message }, 'interaction of an unknown kind ignored');
  });
}
