/** The Discord client keeps in memory only what the bot reads back: no user, member or message it is sent. */
import { ChannelManager, ChannelType, Client, Collection, GuildManager, GuildMember, GuildMemberManager, LimitedCollection, Message, MessageManager, PresenceManager, ReactionManager, RoleManager, ThreadManager, User, UserManager, VoiceStateManager } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientOptions, createClient } from '../src/discord/bot.js';
import type { BotContext } from '../src/discord/context.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const config = loadConfig({ DISCORD_TOKEN: 'client-test-token-0123456789abcdef', DISCORD_API_URL: 'http://127.0.0.1:9/api' });
const clients: Client[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const client of clients.splice(0)) await client.destroy();
});

function cacheFor(client: Client, manager: unknown, holds: unknown): Collection<string, unknown> {
  const makeCache = client.options.makeCache as unknown as (managerType: unknown, holds: unknown, manager: unknown) => Collection<string, unknown>;
  return makeCache(manager, holds, manager);
}

describe('the Discord client', () => {
  it('keeps no user, member, presence, reaction or voice state, but its own user and member', () => {
    const client = new Client(clientOptions(config));
    clients.push(client);
    const botId = '1300000000000000001';
    const self = { id: botId, client: { user: { id: botId } } };
    const other = { id: '1300000000000000002', client: { user: { id: botId } } };
    for (const [manager, holds] of [[UserManager, User], [GuildMemberManager, GuildMember]] as const) {
      const cache = cacheFor(client, manager, holds) as LimitedCollection<string, unknown>;
      expect(cache).toBeInstanceOf(LimitedCollection);
      expect(cache.maxSize).toBe(0);
      cache.set(other.id, other);
      cache.set(self.id, self);
      expect([...cache.keys()]).toEqual([botId]);
    }
    for (const manager of [PresenceManager, ReactionManager, VoiceStateManager]) expect(cacheFor(client, manager, null)).toMatchObject({ maxSize: 0 });
    expect(client.users.cache).toBeInstanceOf(LimitedCollection);
  });

  it('keeps guilds, channels, roles and threads, which replies and threads need, and sweeps archived threads', () => {
    const client = new Client(clientOptions(config));
    clients.push(client);
    for (const manager of [GuildManager, ChannelManager, RoleManager, ThreadManager]) expect(cacheFor(client, manager, null)).not.toBeInstanceOf(LimitedCollection);
    expect(client.options.sweepers?.threads).toMatchObject({ interval: 3600, lifetime: 14_400 });
  });

  it('keeps messages only for the minute in which an edited question is answered again: two minutes, 200 a channel', () => {
    const client = new Client(clientOptions(config));
    clients.push(client);
    expect(cacheFor(client, MessageManager, Message)).toMatchObject({ maxSize: 200 });
    expect(client.options.sweepers?.messages).toEqual({ interval: 60, lifetime: 120 });
  });

  it('drops the DM channels it cached, one per member who wrote, every minute', () => {
    vi.useFakeTimers();
    const client = createClient({ config, logger: createLogger('silent') } as BotContext, () => undefined);
    clients.push(client);
    // Stand-ins for the channels discord.js caches: the sweep reads only their type.
    client.channels.cache.set('1', { id: '1', type: ChannelType.DM } as never);
    client.channels.cache.set('2', { id: '2', type: ChannelType.GuildText } as never);
    vi.advanceTimersByTime(60_000);
    expect([...client.channels.cache.keys()]).toEqual(['2']);
  });
});
