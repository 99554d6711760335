/** The Discord client: intents, REST base, events wired to the router and mention handler. */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { BotContext } from './context.js';
import { handleMessage } from './mentions.js';
import { routeInteraction } from './router.js';

/** Why logging in failed, in words a person can act on; null when it is not a known cause. */
export function loginFailure(error: unknown): string | null {
  const code = (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  if (code === 'TokenInvalid' || status === 401) {
    return 'Discord says: token rejected. Copy the token again from the Bot page of the Discord developer portal into DISCORD_TOKEN (reset it if it leaked).';
  }
  if (code === 'DisallowedIntents' || code === 4014) {
    return 'Discord refused the Message Content intent. Enable it under Bot → Privileged Gateway Intents, or set ANSWER_MENTIONS=false to run with slash commands only.';
  }
  return null;
}

/** Gateway close codes after which Discord will not take the bot back: no point in running on. */
const FATAL_CLOSE_CODES = new Set([4004, 4010, 4011, 4012, 4013, 4014]);

/**
 * The client, wired to the router and the mention handler. `onFatal` is called once when Discord stops
 * accepting the bot (a token revoked after start, intents refused), with a reason a person can act on.
 */
export function createClient(ctx: BotContext, onFatal: (reason: string) => void): Client {
  const intents = [GatewayIntentBits.Guilds];
  if (ctx.config.answerMentions) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    // Nothing the bot sends pings anyone unless a reply names the users it may ping.
    allowedMentions: { parse: [], repliedUser: false },
    ...(ctx.config.apiUrl ? { rest: { api: ctx.config.apiUrl } } : {}),
  });
  client.once(Events.ClientReady, (ready) => {
    ctx.logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.map((s) => s.id) }, 'connected to Discord');
  });
  client.on(Events.InteractionCreate, (interaction) => void routeInteraction(interaction, ctx));
  if (ctx.config.answerMentions) {
    client.on(Events.MessageCreate, (message) => {
      if (!client.isReady()) return;
      handleMessage(message, client, ctx).catch((error: unknown) => ctx.logger.error({ err: error, message: message.id, channel: message.channelId }, 'mention failed'));
    });
  }
  client.on(Events.ShardResume, (id, replayed) => ctx.logger.info({ shard: id, replayed }, 'gateway resumed'));
  client.on(Events.ShardDisconnect, (event, id) => {
    ctx.logger.warn({ shard: id, code: event.code }, 'gateway disconnected');
    if (FATAL_CLOSE_CODES.has(event.code)) onFatal(loginFailure({ code: event.code === 4004 ? 'TokenInvalid' : event.code }) ?? `Discord closed the connection for good (code ${event.code}).`);
  });
  client.rest.on('response', (request, response) => {
    if (response.status === 401) onFatal(loginFailure({ status: 401 })!);
  });
  client.on(Events.Error, (error) => ctx.logger.error({ err: error }, 'client error'));
  return client;
}
