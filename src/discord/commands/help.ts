import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commandMentions, presentHelp } from '../../present/discord.js';
import { ANYWHERE, type Command } from './command.js';

const definition = { name: 'help', description: 'How to use this bot', ...ANYWHERE } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const help: Command = {
  definition,
  async execute(interaction, ctx) {
    const here = interaction.botIsHere;
    await interaction.reply(
      presentHelp({
        mention: commandMentions(ctx.commandIds),
        botHere: here,
        answerMentions: ctx.config.answerMentions,
        // Only the answer channels of this server: the list may name channels of several.
        answerChannels: here ? ctx.config.answerChannels.filter((id) => interaction.serverHasChannel(id)) : [],
        sources: ctx.engine.corpus.documents.flatMap((d) => (d.meta.url ? [{ title: d.meta.title, url: d.meta.url }] : [])),
      }),
    );
  },
};
