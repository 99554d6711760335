import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commandMentions, presentAbout } from '../../present/discord.js';
import { ANYWHERE, type Command } from './command.js';

const definition = { name: 'about', description: 'What this bot knows: the paper, its sections, passages and footnotes', ...ANYWHERE } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const about: Command = {
  definition,
  async execute(interaction, ctx) {
    const documents = ctx.engine.corpus.documents.map((d) => ({
      title: d.meta.title,
      author: d.meta.author,
      publisher: d.meta.publisher,
      series: d.meta.series,
      number: d.meta.number,
      year: d.meta.year,
      url: d.meta.url,
      sections: d.sections,
      passages: d.passages.length,
      footnotes: d.footnotes.size,
    }));
    await interaction.reply(presentAbout({ documents }, commandMentions(ctx.commandIds)));
  },
};
