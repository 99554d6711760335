/** Start-up, configuration, shutdown, sharding and command registration, each as `npm start` runs it. */
import { GatewayIntentBits, PermissionFlagsBits } from 'discord-api-types/v10';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { type BotProcess, freePort, runScript, startBot } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';
import { scratchCorpus, smallDocument } from '../helpers/corpus.js';

const TOKEN = 'lifecycle-token-0123456789abcdef';
const running: Array<{ stop: () => Promise<unknown> }> = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.stop();
});

async function serve(shards = 1): Promise<FakeDiscord> {
  const server = await new FakeDiscord({ token: TOKEN }).start(shards);
  running.push(server);
  return server;
}

function launch(server: FakeDiscord | null, env: Record<string, string> = {}): BotProcess {
  const bot = startBot(server, env);
  running.push(bot);
  return bot;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

/** Ids of a process's child processes, from /proc. */
function childProcesses(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** /ask in the guild of `shard` is answered, through that shard. */
async function expectAnswered(server: FakeDiscord, shard: number): Promise<void> {
  const guild = server.guildOfShard(shard);
  const { interaction } = server.chatInput('ask', { question: 'What is RATS?' }, server.user(), { guildId: guild.id });
  const callback = await server.interact(interaction, guild.id);
  expect(callback.data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
}

describe('start-up', () => {
  it('says "token rejected" and what to do, and exits 1 without a stack trace, when Discord answers 401', async () => {
    const server = await serve();
    const bot = launch(server, { DISCORD_TOKEN: 'a-wrong-token-0123456789abcdef' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/token rejected\. Copy the token again/);
    noStackTrace(bot.stderr());
    expect(bot.stdout()).not.toContain('a-wrong-token-0123456789abcdef');
  });

  it.each([
    ['DISCORD_CLIENT_ID', 'abc', /^Configuration error: DISCORD_CLIENT_ID is not a Discord id/],
    ['DISCORD_GUILD_ID', '12', /^Configuration error: DISCORD_GUILD_ID is not a Discord id/],
    ['DISCORD_API_URL', 'ftp://127.0.0.1/api', /^Configuration error: DISCORD_API_URL must be an http\(s\) URL/],
    ['LOG_LEVEL', 'loud', /^Configuration error: LOG_LEVEL must be one of/],
    ['COOLDOWN_QUESTIONS', '0', /^Configuration error: COOLDOWN_QUESTIONS must be a whole number/],
    ['SHARD_COUNT', 'many', /^Configuration error: SHARD_COUNT must be a whole number/],
    ['SHARD_MODE', 'threads', /^Configuration error: SHARD_MODE must be internal or process/],
    ['ANSWER_CHANNELS', '123456789012345678, general', /^Configuration error: ANSWER_CHANNELS must be channel ids separated by commas; entry 2 of 2 is not a Discord id/],
    ['WATCH_CORPUS', 'sometimes', /^Configuration error: WATCH_CORPUS must be true or false/],
  ])('names %s and exits 1 when it is malformed', async (variable, value, message) => {
    const bot = launch(null, { DISCORD_TOKEN: TOKEN, [variable]: value });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim().split('\n')).toHaveLength(1);
    expect(bot.stderr()).toMatch(message);
  });

  it('says in one line that it cannot reach Discord, and exits 1, when nothing answers at DISCORD_API_URL', async () => {
    const port = await freePort();
    const bot = launch(null, { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `http://127.0.0.1:${port}/api`, DATA_DIR: mkdtempSync(join(tmpdir(), 'unreachable-')) });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toBe(`Cannot reach Discord at 127.0.0.1:${port} (ECONNREFUSED). Check this machine's network connection and DISCORD_API_URL; https://discordstatus.com says whether Discord itself is down.\n`);
  });

  it('refuses SHARD_MODE=process without SHARD_COUNT, naming both', async () => {
    const bot = launch(null, { DISCORD_TOKEN: TOKEN, SHARD_MODE: 'process' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toBe('Configuration error: SHARD_MODE is process but SHARD_COUNT is not set; set SHARD_COUNT to a number or auto\n');
  });

  it('keeps answering, and says so once, when the feedback store cannot be written', async () => {
    const server = await serve();
    const dir = mkdtempSync(join(tmpdir(), 'blocked-'));
    writeFileSync(join(dir, 'taken'), '');
    const bot = launch(server, { DATA_DIR: join(dir, 'taken', 'data') });
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
    expect(bot.stderr()).toMatch(/^Feedback store unavailable: .* \(ENOTDIR\); set DATA_DIR to a folder this user can write/);
    const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }).interaction);
    const helpful = answer.data!.components![0]!.components.find((b) => b.label === 'Helpful')!.custom_id!;
    const vote = await server.interact(server.click(answer.message!, helpful).interaction);
    expect(vote.data!.content).toBe('Your 👍 for passage p16 could not be saved right now (the bot’s database is not available); please try again later.');
  });

  it('answers while another process holds the database at start-up, and opens it and saves what waited once it is free', async () => {
    const server = await serve();
    const dataDir = mkdtempSync(join(tmpdir(), 'locked-'));
    // Another program made the database and holds it, not in write-ahead mode: the bot cannot even read it.
    const other = new Database(join(dataDir, 'bot.sqlite'));
    other.exec('CREATE TABLE other (x); BEGIN EXCLUSIVE; INSERT INTO other VALUES (1);');
    const bot = launch(server, { DATA_DIR: dataDir });
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
    expect(bot.logs.some((l) => l.msg === 'store locked by another process at start-up: answering meanwhile, and opening it once it is free')).toBe(true);
    const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }).interaction);
    expect(answer.data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
    const helpful = answer.data!.components![0]!.components.find((b) => b.label === 'Helpful')!.custom_id!;
    const vote = await server.interact(server.click(answer.message!, helpful).interaction);
    expect(vote.data!.content).toBe('Thanks — noted 👍 for passage p16. The bot’s database is busy, so it is not saved yet; it will be as soon as the database is free.');
    const quiz = await server.interact(server.chatInput('quiz', {}, server.user(), {}, 'score').interaction);
    expect(quiz.data!.content).toMatch(/^The quiz keeps its questions and scores in the bot’s store, which is not available right now/);
    other.exec('COMMIT');
    other.close();
    await bot.waitForLog((l) => l.msg === 'store free again: queued writes saved');
    const store = openStore(dataDir);
    expect(store.report().up).toBe(1);
    store.close();
  });

  it('picks up a changed corpus without a restart, and keeps the old index when the new one is malformed', async () => {
    const server = await serve();
    const { dir, cleanup } = scratchCorpus();
    running.push({ stop: async () => cleanup() });
    const bot = launch(server, { CORPUS_DIR: dir, INDEX_CACHE_DIR: join(dir, 'cache') });
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
    const ask = async (question: string) => (await server.interact(server.chatInput('ask', { question }).interaction)).data!;
    expect((await ask('Why did the Aral Sea shrink?')).content).toMatch(/^The paper never mentions Aral Sea, so it can't answer that/);

    writeFileSync(join(dir, 'smith2020.md'), smallDocument());
    await bot.waitForLog((l) => l.msg === 'corpus reloaded' && l.documents === 2);
    expect((await ask('Why did the Aral Sea shrink?')).embeds![0]!.footer!.text).toMatch(/^Passage smith-p1/);

    writeFileSync(join(dir, 'broken.md'), '---\nid: broken\n---\n\n{#b1} A document without a title.\n');
    const refused = await bot.waitForLog((l) => l.msg === 'corpus reload refused; still serving the previous index');
    expect(refused.reason).toMatch(/broken\.md:1: the document has no title/);
    expect((await ask('Why did the Aral Sea shrink?')).embeds![0]!.footer!.text).toMatch(/^Passage smith-p1/);
  });

  it('keeps answer buttons, thread context and posted private answers working across a restart', async () => {
    const server = await serve();
    const dataDir = mkdtempSync(join(tmpdir(), 'restart-'));
    const first = launch(server, { DATA_DIR: dataDir });
    await first.waitForLog((l) => l.msg === 'connected to Discord');
    const answer = await server.interact(server.chatInput('ask', { question: 'Which exercises did China hold with Kazakhstan?' }).interaction);
    const ids = answer.data!.components![0]!.components.map((b) => b.custom_id!);
    const click = server.click(answer.message!, ids.find((id) => id.startsWith('answer:thread:'))!);
    await server.interact(click.interaction);
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the thread to start');
    const thread = server.threads.at(-1)!;
    const asker = server.user('private-asker');
    const privately = await server.interact(server.chatInput('ask', { question: 'What is RATS?', private: true }, asker).interaction);
    const postToChannel = () => server.click(privately.message!, privately.data!.components![0]!.components.find((b) => b.label === 'Post to channel')!.custom_id!, asker).interaction;
    const posted = await server.interact(postToChannel());
    await first.waitForLog((l) => l.msg === 'private answer posted to the channel');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = launch(server, { DATA_DIR: dataDir });
    await second.waitForLog((l) => l.msg === 'connected to Discord');
    const more = await server.interact(server.click(answer.message!, ids.find((id) => id.startsWith('answer:more:'))!).interaction);
    expect(more.data!.embeds![0]!.footer!.text).toMatch(/answer 2 of/);
    const before = server.channelMessages.length;
    server.sendMessage(`<@${server.botUser.id}> and when was that?`, server.user(), { threadId: thread.id });
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a follow-up answer after the restart');
    const reply = server.channelMessages.at(-1)!;
    expect(reply.channelId).toBe(thread.id);
    expect((reply.body.embeds as Array<{ description: string }>)[0]!.description).toContain('Kazakhstan');
    const again = await server.interact(postToChannel());
    expect(again.data).toMatchObject({ flags: 64, content: `This answer has been posted to the channel already: https://discord.com/channels/${server.guild.id}/${server.guild.channelId}/${posted.message!.id}` });
  });

  it('closes the client and exits 0 on SIGTERM, within five seconds', async () => {
    const server = await serve();
    const bot = launch(server);
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
    const start = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - start).toBeLessThan(5_000);
    await server.waitFor(() => server.connectedShards().length === 0, 5_000, 'the gateway to close');
  });

  it('runs every shard in one process with SHARD_COUNT=2: each identifies, each guild is answered, one index', async () => {
    const server = await serve(2);
    const bot = launch(server, { SHARD_COUNT: '2' });
    const ready = await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000);
    expect(ready.shards).toEqual([0, 1]);
    expect(server.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(childProcesses(bot.child.pid!)).toEqual([]);
    for (const shard of [0, 1]) await expectAnswered(server, shard);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('takes Discord\'s recommended shard count with SHARD_COUNT=auto, still in one process', async () => {
    const server = await new FakeDiscord({ token: TOKEN, recommendedShards: 2 }).start(2);
    running.push(server);
    const bot = launch(server, { SHARD_COUNT: 'auto' });
    expect((await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000)).shards).toEqual([0, 1]);
    expect(childProcesses(bot.child.pid!)).toEqual([]);
    for (const shard of [0, 1]) await expectAnswered(server, shard);
  });

  it('runs one process per shard under the ShardingManager with SHARD_MODE=process', async () => {
    const server = await serve(2);
    const bot = launch(server, { SHARD_COUNT: '2', SHARD_MODE: 'process' });
    await server.waitFor(() => server.connectedShards().length === 2, 30_000, 'two shards');
    expect(server.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(childProcesses(bot.child.pid!)).toHaveLength(2);
    for (const shard of [0, 1]) await expectAnswered(server, shard);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  const revokeAtStart = (server: FakeDiscord) => server.revokeTokenAfter(/^GET \/gateway\/bot$/);
  const revokeOnceConnected = async (server: FakeDiscord) => {
    await server.waitFor(() => server.connectedShards().length === 2, 30_000, 'two shards');
    server.revokeToken();
  };
  it.each([
    ['under the ShardingManager, at start (after the manager read /gateway/bot)', 'process', revokeAtStart, async () => undefined],
    ['under the ShardingManager, once both shards are connected', 'process', () => undefined, revokeOnceConnected],
    ['in one process, at start', 'internal', revokeAtStart, async () => undefined],
  ])('with SHARD_COUNT=2 %s, a revoked token: says "token rejected" once, exits 1, respawns nothing', async (_, mode, before, after) => {
    const server = await serve(2);
    before(server);
    const bot = launch(server, { SHARD_COUNT: '2', SHARD_MODE: mode });
    await after(server);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/^Discord says: token rejected\. Copy the token again[^\n]*\n$/);
    const shardStarts = () => server.requests.filter((r) => r.path === '/gateway/bot').length;
    const startsAtExit = shardStarts();
    // One /gateway/bot for the manager, one per shard process at most: none respawned, none left running.
    expect(startsAtExit).toBeLessThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(shardStarts()).toBe(startsAtExit);
    expect(server.connectedShards()).toEqual([]);
  });
});

describe('gateway intents', () => {
  it('asks for no privileged intent by default, so a new app connects without the Message Content switch', async () => {
    const server = await new FakeDiscord({ token: TOKEN, messageContentIntent: false }).start();
    running.push(server);
    const bot = launch(server);
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
    expect(server.identifyPayloads[0]!.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    const replied = server.channelMessages.length;
    server.sendMessage(`<@${server.botUser.id}> What is RATS?`);
    await server.waitFor(() => server.channelMessages.length > replied, 10_000, 'a reply to the mention');
    expect((server.channelMessages.at(-1)!.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p16/);
  });

  it('asks for Guilds only with ANSWER_MENTIONS=false, and for Message Content only with ANSWER_CHANNELS', async () => {
    const server = await serve();
    const quiet = launch(server, { ANSWER_MENTIONS: 'false' });
    await quiet.waitForLog((l) => l.msg === 'connected to Discord');
    expect(server.identifyPayloads.at(-1)!.intents).toBe(GatewayIntentBits.Guilds);
    await quiet.stop();
    const channels = launch(server, { ANSWER_MENTIONS: 'false', ANSWER_CHANNELS: server.guild.answerChannelId });
    await channels.waitForLog((l) => l.msg === 'connected to Discord');
    expect(server.identifyPayloads.at(-1)!.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent);
  });

  it('says which switch to turn on, and exits 1, when ANSWER_CHANNELS needs Message Content and the portal refuses it', async () => {
    const server = await new FakeDiscord({ token: TOKEN, messageContentIntent: false }).start();
    running.push(server);
    const bot = launch(server, { ANSWER_CHANNELS: server.guild.answerChannelId });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/Discord refused the Message Content intent, which ANSWER_CHANNELS needs\. Enable it under Bot → Privileged Gateway Intents/);
    noStackTrace(bot.stderr());
  });
});

describe('npm run deploy-commands', () => {
  const deploy = (server: FakeDiscord, env: Record<string, string>, args: string[] = []) => runScript('deploy-commands', args, { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, ...env });
  type Registered = { name: string; type?: number; contexts?: number[]; integration_types?: number[]; default_member_permissions?: string; options?: Array<{ name: string }> };
  const NAMES = '/ask, /search, /passage, /cite, /quiz, /about, /help, /forget-me, /admin, “Ask the paper” (message menu)';

  it('registers every command globally where it works: installed to a server or an account, in servers and DMs; /admin in servers, for administrators', async () => {
    const server = await serve();
    const global = await deploy(server, { DISCORD_CLIENT_ID: server.applicationId });
    expect(global.status).toBe(0);
    expect(global.stdout).toBe(`Registered 10 commands globally (Discord pushes them to every server and DM; a client still showing the old ones reloads them when used): ${NAMES}\n`);
    const registered = server.commands.get('global') as Registered[];
    const byName = new Map(registered.map((c) => [c.name, c]));
    for (const name of ['ask', 'search', 'passage', 'cite', 'quiz', 'about', 'help', 'forget-me', 'Ask the paper']) {
      expect(byName.get(name)).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
      expect(byName.get(name)!.default_member_permissions).toBeUndefined();
    }
    expect(byName.get('Ask the paper')).toMatchObject({ type: 3 });
    expect(byName.get('Ask the paper')).not.toHaveProperty('description');
    expect(byName.get('admin')).toMatchObject({ integration_types: [0], contexts: [0], default_member_permissions: '0' });
    expect(byName.get('admin')!.options!.map((o) => o.name)).toEqual(['feedback', 'reload']);
    expect(byName.get('ask')!.options!.map((o) => o.name)).toEqual(['question', 'private', 'mention']);
  });

  it('registers them in one server with DISCORD_GUILD_ID, without the contexts Discord honours on global commands only', async () => {
    const server = await serve();
    const guild = await deploy(server, { DISCORD_CLIENT_ID: server.applicationId, DISCORD_GUILD_ID: server.guild.id });
    expect(guild.stdout).toBe(`Registered 10 commands in server ${server.guild.id} (available now): ${NAMES}\n`);
    const registered = server.commands.get(server.guild.id) as Registered[];
    expect(registered.every((c) => c.contexts === undefined && c.integration_types === undefined)).toBe(true);
    expect(registered.find((c) => c.name === 'admin')!.default_member_permissions).toBe('0');
  });

  it('removes the app’s commands with --clear: the server’s with DISCORD_GUILD_ID, else the global ones', async () => {
    const server = await serve();
    const clientId = server.applicationId;
    await deploy(server, { DISCORD_CLIENT_ID: clientId });
    await deploy(server, { DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: server.guild.id });
    const guild = await deploy(server, { DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: server.guild.id }, ['--clear']);
    expect(guild).toMatchObject({ status: 0, stdout: `Removed the app's commands in server ${server.guild.id}.\n` });
    expect(server.commands.get(server.guild.id)).toEqual([]);
    expect(server.commands.get('global')).toHaveLength(10);
    const global = await deploy(server, { DISCORD_CLIENT_ID: clientId }, ['--clear']);
    expect(global.stdout).toBe("Removed the app's commands globally.\n");
    expect(server.commands.get('global')).toEqual([]);
    const wrong = await deploy(server, { DISCORD_CLIENT_ID: clientId }, ['--clean']);
    expect(wrong).toMatchObject({ status: 2, stderr: 'usage: npm run deploy-commands [-- --clear]\n' });
  });

  it('explains a missing client id and a rejected token in one line', async () => {
    const server = await serve();
    const missing = await deploy(server, {});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Configuration error: DISCORD_CLIENT_ID is not set/);
    const rejected = await deploy(server, { DISCORD_CLIENT_ID: server.applicationId, DISCORD_TOKEN: 'wrong-token-0123456789abcdefg' });
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/token rejected/);
    noStackTrace(rejected.stderr);
  });
});

describe('npm run invite', () => {
  it('prints the server invite with scopes bot and applications.commands and exactly the permissions the bot uses, and the user install link', async () => {
    const clientId = '123456789012345678';
    const { status, stdout } = await runScript('invite', [], { DISCORD_CLIENT_ID: clientId });
    expect(status).toBe(0);
    const [server, user] = stdout.split('\n').filter((line) => line.startsWith('https://')).map((line) => new URL(line));
    expect(server!.searchParams.get('client_id')).toBe(clientId);
    expect(server!.searchParams.get('scope')).toBe('bot applications.commands');
    const used = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.CreatePublicThreads | PermissionFlagsBits.SendMessagesInThreads;
    expect(server!.searchParams.get('permissions')).toBe(String(used));
    expect(server!.searchParams.get('integration_type')).toBe('0');
    expect(user!.searchParams.get('scope')).toBe('applications.commands');
    expect(user!.searchParams.get('integration_type')).toBe('1');
    const missing = await runScript('invite', [], {});
    expect(missing).toMatchObject({ status: 1, stderr: expect.stringMatching(/^Configuration error: DISCORD_CLIENT_ID is not set/) });
  });
});
