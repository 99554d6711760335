import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { presentHelp } from '../../present/discord.js';
import { respond } from '../respond.js';
import type { Command } from './command.js';

const definition = { name: 'help', description: 'How to use this bot' } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const help: Command = {
  definition,
  async execute(interaction, ctx) {
    await respond(interaction, presentHelp(ctx.config.answerMentions));
  },
};
