/**
 * The Discord client keeps in memory only what the bot reads back: no user, member or message it is sent. A first
 * reply is posted as the JSON discord.js would post for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChannelManager, ChannelType, ChatInputCommandInteraction, Client, Collection, GuildManager, GuildMember, GuildMemberManager, InteractionResponseType, LimitedCollection, Message, MessageManager, MessagePayload, PresenceManager, ReactionManager, RoleManager, ThreadManager, User, UserManager, VoiceStateManager } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientOptions, createClient, loginFailure, unreachableReason } from '../src/discord/bot.js';
import type { BotContext } from '../src/discord/context.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { loadCorpus } from '../src/corpus/load.js';
import { replyCallback, replyOptions } from '../src/discord/respond.js';
import { commandMentions, notice, presentAnswer, presentHelp, type ReplyPayload, withDeleteButton } from '../src/present/discord.js';
import { projectRoot } from '../src/paths.js';
import { createEngine } from '../src/search/engine.js';
import { committedCorpus } from './helpers/corpus.js';

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

  it('drops the DM channels it cached, one per member who wrote, every minute, but those written in during the last minute', () => {
    vi.useFakeTimers();
    const client = createClient({ config, logger: createLogger('silent') } as BotContext, () => undefined);
    clients.push(client);
    // Stand-ins for the channels discord.js caches: the sweep reads their type and when their messages were written.
    const channel = (id: string, type: ChannelType, writtenAt: number[]) =>
      ({ id, type, isTextBased: () => true, messages: { cache: new Collection(writtenAt.map((at, i) => [String(i), { createdTimestamp: at }])) } }) as never;
    client.channels.cache.set('1', channel('1', ChannelType.DM, [Date.now()]));
    // Its question may still be edited and answered again in its place.
    client.channels.cache.set('3', channel('3', ChannelType.DM, [Date.now(), Date.now() + 30_000]));
    client.channels.cache.set('2', channel('2', ChannelType.GuildText, []));
    vi.advanceTimersByTime(60_000);
    expect([...client.channels.cache.keys()].sort()).toEqual(['2', '3']);
  });
});

describe('a login Discord refuses', () => {
  it('is told as a token to copy again, however the refusal arrives: REST, the gateway close code, or the gateway client', () => {
    const rejected = /^Discord says: token rejected\. Copy the token again/;
    expect(loginFailure({ code: 'TokenInvalid' })).toMatch(rejected);
    expect(loginFailure({ status: 401 })).toMatch(rejected);
    // what @discordjs/ws rejects a login with on close code 4004
    expect(loginFailure(new Error('Authentication failed'))).toMatch(rejected);
    expect(loginFailure({ code: 4014 })).toMatch(/Message Content intent/);
    expect(loginFailure(new Error('connect ECONNREFUSED 127.0.0.1:9'))).toBeNull();
  });

  it('is not a refusal when Discord cannot be reached: that is said with the host and what to check', () => {
    const refused = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
    expect(loginFailure(refused)).toBeNull();
    expect(unreachableReason(refused, null)).toBe("Cannot reach Discord at discord.com (ENOTFOUND). Check this machine's network connection; https://discordstatus.com says whether Discord itself is down.");
    const aborted = new DOMException('This operation was aborted', 'AbortError');
    expect(unreachableReason(aborted, 'http://user:secret@127.0.0.1:9/api')).toMatch(/^Cannot reach Discord at 127\.0\.0\.1:9 \(it did not answer in time\)\. Check .* and DISCORD_API_URL;/);
    expect(unreachableReason(aborted, 'http://user:secret@127.0.0.1:9/api')).not.toContain('secret');
    expect(unreachableReason(new Error('Invalid Form Body'), null)).toBeNull();
  });
});

describe('a first reply', () => {
  const corpus = loadCorpus(committedCorpus);
  const engine = createEngine(corpus);
  const topics = engine.topics();
  /** What discord.js's `interaction.reply(options)` posts as the interaction callback. */
  const discordJsCallback = (client: Client, options: ReturnType<typeof replyOptions>) => {
    const target = Object.assign(Object.create(ChatInputCommandInteraction.prototype) as ChatInputCommandInteraction, { client });
    const { body } = MessagePayload.create(target, options).resolveBody();
    return { type: InteractionResponseType.ChannelMessageWithSource, data: body };
  };

  it('is posted as the JSON discord.js would post for it, key for key', () => {
    const client = new Client(clientOptions(config));
    clients.push(client);
    const questions = readFileSync(join(projectRoot, 'test', 'eval', 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { q: string }).q);
    const payloads: ReplyPayload[] = [notice('Slow down — you can ask again in 3 s.'), presentHelp({ mention: commandMentions(new Map([['ask', '123456789012345678']])), botHere: true, answerMentions: true, answerChannels: ['323456789012345678'], sources: [{ title: 'The Paper', url: 'https://example.org/paper' }] })];
    for (const question of [...questions, 'What is the weather in Paris today?', 'Tajikstan?']) {
      const answer = engine.answer(question);
      payloads.push(presentAnswer(answer, topics, { page: 0, ephemeral: false }));
      payloads.push(withDeleteButton(presentAnswer(answer, topics, { page: 0, ephemeral: true, offerThread: true, mentionUserId: '1300000000000000003' }), '1300000000000000004'));
    }
    expect(payloads.length).toBeGreaterThan(40);
    for (const payload of payloads) expect(JSON.stringify(replyCallback(payload))).toBe(JSON.stringify(discordJsCallback(client, replyOptions(payload))));
  });
});
