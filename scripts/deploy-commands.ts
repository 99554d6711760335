/**
 * Registers the slash commands: in one server when DISCORD_GUILD_ID is set (instant), else globally.
 *
 *   npm run deploy-commands
 */
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../src/config.js';
import { loginFailure } from '../src/discord/bot.js';
import { commands } from '../src/discord/commands/index.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  if (!config.token) throw new ConfigError('DISCORD_TOKEN', 'is not set; put the bot token in .env (see .env.example)');
  if (!config.clientId) throw new ConfigError('DISCORD_CLIENT_ID', 'is not set; copy the Application ID from the General Information page');
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = [...commands.values()].map((c) => c.definition);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  const where = config.guildId ? `in server ${config.guildId} (available now)` : 'globally (may take up to an hour to show everywhere)';
  process.stdout.write(`Registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(', ')}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : (loginFailure(error) ?? `Could not register the commands: ${error instanceof Error ? error.message : String(error)}`);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
