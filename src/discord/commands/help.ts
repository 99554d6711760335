import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commandMentions, presentHelp, type ReplyPayload } from '../../present/discord.js';
import type { BotContext } from '../context.js';
import { ANYWHERE, type Command } from './command.js';

const definition = { name: 'help', description: 'How to use this bot', ...ANYWHERE } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** How to use the bot where it is asked: `botHere` whether it is a member there; `hasChannel` a channel of that server. */
export function helpHere(ctx: BotContext, botHere: boolean, hasChannel: (id: string) => boolean): ReplyPayload {
  return presentHelp({
    mention: commandMentions(ctx.commandIds),
    botHere,
    answerMentions: ctx.config.answerMentions,
    // Only the answer channels of this server: the list may name channels of several.
    answerChannels: botHere ? ctx.config.answerChannels.filter(hasChannel) : [],
    sources: ctx.engine.corpus.documents.flatMap((d) => (d.meta.url ? [{ title: d.meta.title, url: d.meta.url }] : [])),
  });
}

export const help: Command = {
  definition,
  async execute(interaction, ctx) {
    await interaction.reply(helpHere(ctx, interaction.botIsHere, (id) => interaction.serverHasChannel(id)));
  },
};
