/** The Discord client: intents, shards, caches, REST base, events wired to the router, mentions and answer channels. */
import { ApplicationCommandType, type Channel, ChannelType, Client, type ClientOptions, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { createAnswerChannels } from './answer-channels.js';
import { EDIT_WINDOW_MS } from './edits.js';
import type { BotContext } from './context.js';
import { fromGateway } from './gateway-interaction.js';
import { carriesInteractionToken } from './interaction-tokens.js';
import { createMentions } from './mentions.js';
import { routeInteraction } from './router.js';
import { screenInteractions } from './screen.js';

/**
 * The gateway intents the bot asks for: no privileged one unless a feature needs it. Discord sends the text of
 * DMs and of messages that mention the bot without Message Content; answer channels read every message, so
 * only they ask for it.
 */
export function intentsFor(config: Pick<Config, 'answerMentions' | 'answerChannels'>): GatewayIntentBits[] {
  const intents = new Set([GatewayIntentBits.Guilds]);
  if (config.answerMentions) [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages].forEach((i) => intents.add(i));
  if (config.answerChannels.length > 0) [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent].forEach((i) => intents.add(i));
  return [...intents];
}

/**
 * Which shards this client runs. Internal sharding runs them all in this process over one index; under the
 * ShardingManager (SHARD_MODE=process) discord.js reads this process's shard from the environment the manager set.
 */
function shardOptions(config: Config): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (config.shardMode === 'process' || config.shardCount === null) return {};
  // discord.js also reads SHARD_COUNT from the environment (the manager's protocol); ours is read already, and "auto" would not parse.
  delete process.env.SHARD_COUNT;
  if (config.shardCount === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: config.shardCount }, (_, id) => id), shardCount: config.shardCount };
}

/** Command ids by name, so /help and /about can show clickable mentions; the server's own when DISCORD_GUILD_ID is set. */
async function readCommandIds(client: Client<true>, ctx: BotContext): Promise<void> {
  try {
    const registered = [...(await client.application.commands.fetch()).values()];
    if (ctx.config.guildId) registered.push(...(await client.application.commands.fetch({ guildId: ctx.config.guildId })).values());
    for (const command of registered) if (command.type === ApplicationCommandType.ChatInput) ctx.commandIds.set(command.name, command.id);
    ctx.logger.info({ commands: ctx.commandIds.size }, 'command ids read');
  } catch (error) {
    ctx.logger.warn({ err: error }, 'cannot read the registered commands; /help names them without links');
  }
}

/** Why logging in failed, in words a person can act on; null when it is not a known cause. */
export function loginFailure(error: unknown): string | null {
  const code = (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  // @discordjs/ws rejects a login with this error when the gateway closes with 4004 (authentication failed), which
  // can come before discord.js reports the shard's disconnect when the machine is busy.
  const gatewayRefused = error instanceof Error && error.message === 'Authentication failed';
  if (code === 'TokenInvalid' || status === 401 || gatewayRefused) {
    return 'Discord says: token rejected. Copy the token again from the Bot page of the Discord developer portal into DISCORD_TOKEN (reset it if it leaked).';
  }
  if (code === 'DisallowedIntents' || code === 4014) {
    return 'Discord refused the Message Content intent, which ANSWER_CHANNELS needs. Enable it under Bot → Privileged Gateway Intents in the developer portal, or unset ANSWER_CHANNELS.';
  }
  return null;
}

/** Codes of a connection to Discord that could not be made or was cut (Node's and undici's). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/**
 * Why Discord's API could not be reached at all, in words a person can act on; null for another failure. `apiUrl`
 * is DISCORD_API_URL (null for Discord's own); only its host is named, as the URL may hold credentials.
 */
export function unreachableReason(error: unknown, apiUrl: string | null): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  // discord.js gives up on a request Discord never answers (15 s, four tries) with an AbortError.
  const timedOut = (error as { name?: unknown } | null)?.name === 'AbortError';
  if (!timedOut && !(typeof code === 'string' && NETWORK_CODES.has(code))) return null;
  const host = apiUrl === null ? 'discord.com' : new URL(apiUrl).host;
  const why = timedOut ? 'it did not answer in time' : String(code);
  const check = apiUrl === null ? "this machine's network connection" : "this machine's network connection and DISCORD_API_URL";
  return `Cannot reach Discord at ${host} (${why}). Check ${check}; https://discordstatus.com says whether Discord itself is down.`;
}

/** Gateway close codes after which Discord will not take the bot back: no point in running on. */
const FATAL_CLOSE_CODES = new Set([4004, 4010, 4011, 4012, 4013, 4014]);

/** How often the DM channels discord.js caches (one per member who writes to the bot) are dropped, once quiet for a minute. */
const DM_SWEEP_MS = 60_000;

/**
 * The client's options. What it keeps in memory: discord.js caches every user and member it sees (about 0.5 KB a
 * member who ever asked); the bot reads them from each event, so none is kept but its own user and member (for
 * its permissions). Messages are kept only for the minute in which an edited question is answered again (swept
 * when two minutes old, at most 200 a channel); presences, reactions, voice states and the like not at all.
 * Guilds, channels, roles and threads are kept: replies and threads need them, and discord.js does not support
 * limiting them; archived threads are swept (discord.js's default).
 */
export function clientOptions(config: Config): ClientOptions {
  return {
    intents: intentsFor(config),
    ...shardOptions(config),
    partials: [Partials.Channel],
    // Nothing the bot sends pings anyone unless a reply names the users it may ping.
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
      MessageManager: 200,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildBanManager: 0,
      GuildInviteManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildStickerManager: 0,
      BaseGuildEmojiManager: 0,
      GuildEmojiManager: 0,
      AutoModerationRuleManager: 0,
      EntitlementManager: 0,
    }),
    sweepers: { ...Options.DefaultSweeperSettings, messages: { interval: EDIT_WINDOW_MS / 1000, lifetime: (2 * EDIT_WINDOW_MS) / 1000 } },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  };
}

/**
 * The client, wired to the router and the mention handler. `onFatal` is called once when Discord stops
 * accepting the bot (a token revoked after start, intents refused), with a reason a person can act on.
 */
export function createClient(ctx: BotContext, onFatal: (reason: string) => void): Client {
  const client = new Client(clientOptions(ctx.config));
  client.once(Events.ClientReady, (ready) => {
    ctx.logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.map((s) => s.id) }, 'connected to Discord');
    void readCommandIds(ready, ctx);
  });
  screenInteractions(client, ctx.logger);
  client.on(Events.InteractionCreate, (interaction) => void routeInteraction(fromGateway(interaction), ctx));
  const answerChannels = ctx.config.answerChannels.length > 0 ? createAnswerChannels(ctx, client) : null;
  const failed = (what: string, message: { id: string; channelId: string }) => (error: unknown) => ctx.logger.error({ err: error, message: message.id, channel: message.channelId }, what);
  const mentions = ctx.config.answerMentions ? createMentions(ctx, client) : null;
  if (mentions || answerChannels) {
    client.on(Events.MessageCreate, (message) => {
      if (!client.isReady()) return;
      if (answerChannels?.owns(message)) answerChannels.answer(message).catch(failed('answer channel failed', message));
      else mentions?.answer(message).catch(failed('mention failed', message));
    });
    client.on(Events.MessageUpdate, (_old, message) => {
      if (!client.isReady() || message.partial) return;
      if (answerChannels?.owns(message)) answerChannels.edited(message).catch(failed('answer to an edited question failed', message));
      else mentions?.edited(message).catch(failed('answer to an edited mention failed', message));
    });
  }
  // A DM written in the last minute is kept with its messages: edited, its question is answered again.
  const quiet = (channel: Channel) => !channel.isTextBased() || !channel.messages.cache.some((m) => Date.now() - m.createdTimestamp < EDIT_WINDOW_MS);
  setInterval(() => client.channels.cache.sweep((channel) => channel.type === ChannelType.DM && quiet(channel)), DM_SWEEP_MS).unref();
  client.on(Events.ShardResume, (id, replayed) => ctx.logger.info({ shard: id, replayed }, 'gateway resumed'));
  client.on(Events.ShardDisconnect, (event, id) => {
    ctx.logger.warn({ shard: id, code: event.code }, 'gateway disconnected');
    if (FATAL_CLOSE_CODES.has(event.code)) onFatal(loginFailure({ code: event.code === 4004 ? 'TokenInvalid' : event.code }) ?? `Discord closed the connection for good (code ${event.code}).`);
  });
  // Only the bot's own token can be rejected for good; an interaction's token (in the path) expires on its own,
  // and the router logs that interaction as not answered.
  client.rest.on('response', (request, response) => {
    if (response.status === 401 && !carriesInteractionToken(request.path)) onFatal(loginFailure({ status: 401 })!);
  });
  client.on(Events.Error, (error) => ctx.logger.error({ err: error }, 'client error'));
  return client;
}
