/** HTTP interactions mode (INTERACTIONS_PORT): the REST client, the command ids, and the endpoint listening. */
import type { Server } from 'node:http';
import { REST } from '@discordjs/rest';
import { type APIApplicationCommand, type APIUser, ApplicationCommandType, Routes } from 'discord-api-types/v10';
import { ConfigError } from '../config.js';
import type { BotContext } from '../discord/context.js';
import { carriesInteractionToken } from '../discord/interaction-tokens.js';
import { loginFailure } from '../discord/bot.js';
import { createInteractionsServer } from './server.js';
import { publicKeyFromHex } from './signature.js';

/** Command ids by name, for /help's clickable mentions: read once, as the gateway path does at READY. */
async function readCommandIds(rest: REST, ctx: BotContext): Promise<void> {
  try {
    // A bot's user id is its application's id.
    const applicationId = ctx.config.clientId ?? ((await rest.get(Routes.user())) as APIUser).id;
    const registered = (await rest.get(Routes.applicationCommands(applicationId))) as APIApplicationCommand[];
    if (ctx.config.guildId) registered.push(...((await rest.get(Routes.applicationGuildCommands(applicationId, ctx.config.guildId))) as APIApplicationCommand[]));
    for (const command of registered) if (command.type === ApplicationCommandType.ChatInput) ctx.commandIds.set(command.name, command.id);
    ctx.logger.info({ commands: ctx.commandIds.size }, 'command ids read');
  } catch (error) {
    ctx.logger.warn({ err: error }, 'cannot read the registered commands; /help names them without links');
  }
}

/** Listens on INTERACTIONS_HOST:INTERACTIONS_PORT; `onFatal` is called if Discord rejects the bot's token. */
export async function serveInteractions(ctx: BotContext, onFatal: (reason: string) => void): Promise<Server> {
  const { config, logger } = ctx;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token!);
  rest.on('response', (request, response) => {
    if (response.status === 401 && !carriesInteractionToken(request.path)) onFatal(loginFailure({ status: 401 })!);
  });
  const server = createInteractionsServer(ctx, { publicKey: publicKeyFromHex(config.publicKey!), rest });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${config.interactionsHost}:${config.interactionsPort}`;
      if (error.code === 'EADDRINUSE') reject(new ConfigError('INTERACTIONS_PORT', `is in use on ${where} by another program; stop it or choose another port`));
      else if (error.code === 'EACCES') reject(new ConfigError('INTERACTIONS_PORT', `may not be listened on by this user at ${where}; choose a port above 1023`));
      else if (error.code === 'ENOTFOUND' || error.code === 'EADDRNOTAVAIL') reject(new ConfigError('INTERACTIONS_HOST', `is not an address of this machine (${error.code}); use 127.0.0.1 behind a proxy, or 0.0.0.0`));
      else reject(error);
    });
    server.listen(config.interactionsPort!, config.interactionsHost, () => resolve());
  });
  server.on('error', (error) => logger.error({ err: error }, 'interactions endpoint error'));
  logger.info({ host: config.interactionsHost, port: config.interactionsPort }, 'interactions endpoint listening');
  void readCommandIds(rest, ctx);
  return server;
}
