import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { presentFeedbackReport, presentReload } from '../../present/discord.js';
import { type Command, SERVER_ONLY } from './command.js';

const definition = {
  ...SERVER_ONLY,
  name: 'admin',
  description: 'For server administrators: feedback on the answers, and re-reading the paper',
  // "0": nobody but administrators sees the command until the server grants it (Server Settings → Integrations).
  default_member_permissions: '0',
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'feedback', description: 'Votes per passage and the questions the paper could not answer, most asked first' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'reload', description: 'Re-read the corpus now and say what changed, or why the new one was refused' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const admin: Command = {
  definition,
  async execute(interaction, ctx) {
    if (interaction.options.subcommand() === 'feedback') {
      // A store that cannot be read now throws, and the router says so privately.
      return interaction.reply(presentFeedbackReport(await ctx.store.report(10)));
    }
    // Reading a large corpus can take longer than Discord's three seconds: acknowledge first.
    await interaction.defer({ ephemeral: true });
    const outcome = await ctx.reload();
    ctx.logger.info({ event: 'admin reload', user: interaction.user.id, outcome: outcome.kind }, 'corpus reload asked for');
    await interaction.reply(presentReload(outcome));
  },
};
