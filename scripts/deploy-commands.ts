/**
 * Registers the commands: in one server when DISCORD_GUILD_ID is set (instant), else globally. With --clear,
 * removes the app's commands there instead.
 *
 *   npm run deploy-commands [-- --clear]
 */
import { REST } from '@discordjs/rest';
import { type RESTPostAPIApplicationCommandsJSONBody, Routes } from 'discord-api-types/v10';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../src/config.js';
import { loginFailure } from '../src/discord/bot.js';
import { commandDefinitions } from '../src/discord/commands/index.js';

const USAGE = 'usage: npm run deploy-commands [-- --clear]';

/** A server's own commands know no installation or DM contexts (Discord honours them on global commands only). */
function forServer({ contexts: _contexts, integration_types: _types, ...definition }: RESTPostAPIApplicationCommandsJSONBody): RESTPostAPIApplicationCommandsJSONBody {
  return definition;
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  if (args.some((a) => a !== '--clear')) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const clear = args.includes('--clear');
  const config = loadConfig();
  if (!config.token) throw new ConfigError('DISCORD_TOKEN', 'is not set; put the bot token in .env (see .env.example)');
  if (!config.clientId) throw new ConfigError('DISCORD_CLIENT_ID', 'is not set; copy the Application ID from the General Information page');
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const body = clear ? [] : config.guildId ? commandDefinitions.map(forServer) : commandDefinitions;
  const registered = (await rest.put(route, { body })) as Array<{ name: string; type?: number }>;
  const where = config.guildId ? `in server ${config.guildId}` : 'globally';
  if (clear) {
    process.stdout.write(`Removed the app's commands ${where}.\n`);
    return;
  }
  const when = config.guildId ? ' (available now)' : ' (Discord pushes them to every server and DM; a client still showing the old ones reloads them when used)';
  const names = registered.map((c) => (c.type === undefined || c.type === 1 ? `/${c.name}` : `“${c.name}” (message menu)`));
  process.stdout.write(`Registered ${registered.length} commands ${where}${when}: ${names.join(', ')}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : (loginFailure(error) ?? `Could not register the commands: ${error instanceof Error ? error.message : String(error)}`);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
