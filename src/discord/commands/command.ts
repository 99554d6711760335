import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { BotContext } from '../context.js';
import type { AutocompleteInteraction, CommandInteraction, MessageCommandInteraction } from '../interaction.js';

/** Where a command may be used: every command says so in its definition. */
type Reach = Required<Pick<RESTPostAPIApplicationCommandsJSONBody, 'integration_types' | 'contexts'>>;

/**
 * Installed to a server or to a member's own account, and used in a server, in a DM with the bot, or in other
 * DMs and group DMs (the last only through a member's own install).
 */
export const ANYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies Reach;

/** Only in a server the app is installed to. */
export const SERVER_ONLY = { integration_types: [ApplicationIntegrationType.GuildInstall], contexts: [InteractionContextType.Guild] } satisfies Reach;

/** A slash command: its definition, registered with Discord, and the handlers for it. */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody & Reach;
  execute(interaction: CommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A command on a message's Apps menu: it acts on the message it was used on. */
export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody & Reach;
  execute(interaction: MessageCommandInteraction, ctx: BotContext): Promise<void>;
}
