/** Start-up, configuration, shutdown, sharding and command registration, each as `npm start` runs it. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { openStore } from '../../src/store/store.js';
import { type BotProcess, startBot } from './bot-process.js';
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
  ])('names %s and exits 1 when it is malformed', async (variable, value, message) => {
    const bot = launch(null, { DISCORD_TOKEN: TOKEN, [variable]: value });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim().split('\n')).toHaveLength(1);
    expect(bot.stderr()).toMatch(message);
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
    expect((await ask('Why did the Aral Sea shrink?')).content).toMatch(/^The paper doesn't cover that/);

    writeFileSync(join(dir, 'smith2020.md'), smallDocument());
    await bot.waitForLog((l) => l.msg === 'corpus reloaded' && l.documents === 2);
    expect((await ask('Why did the Aral Sea shrink?')).embeds![0]!.footer!.text).toMatch(/^Passage smith-p1/);

    writeFileSync(join(dir, 'broken.md'), '---\nid: broken\n---\n\n{#b1} A document without a title.\n');
    const refused = await bot.waitForLog((l) => l.msg === 'corpus reload refused; still serving the previous index');
    expect(refused.reason).toMatch(/broken\.md:1: the document has no title/);
    expect((await ask('Why did the Aral Sea shrink?')).embeds![0]!.footer!.text).toMatch(/^Passage smith-p1/);
  });

  it('keeps answer buttons and thread context working across a restart', async () => {
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

  it('runs under the ShardingManager with SHARD_COUNT=2: each shard identifies and answers its own guild', async () => {
    const server = await serve(2);
    const bot = launch(server, { SHARD_COUNT: '2' });
    await server.waitFor(() => server.connectedShards().length === 2, 30_000, 'two shards');
    expect(server.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    for (const shard of [0, 1]) {
      const guild = server.guildOfShard(shard);
      const { interaction } = server.chatInput('ask', { question: 'What is RATS?' }, server.user(), { guildId: guild.id });
      const callback = await server.interact(interaction, guild.id);
      expect(callback.data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
    }
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});

describe('npm run deploy-commands', () => {
  // Asynchronous: the fake server answers from this same process.
  const deploy = (server: FakeDiscord, env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(projectRoot, 'dist', 'scripts', 'deploy-commands.js')], {
        cwd: mkdtempSync(join(tmpdir(), 'deploy-')),
        env: { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
      child.on('exit', (status) => resolve({ status, stdout, stderr }));
    });

  it('registers every command in the guild when DISCORD_GUILD_ID is set, and globally otherwise', async () => {
    const server = await serve();
    const clientId = server.applicationId;
    const guild = await deploy(server, { DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: server.guild.id });
    expect(guild.status).toBe(0);
    expect(guild.stdout).toBe(`Registered 8 commands in server ${server.guild.id} (available now): /ask, /search, /passage, /cite, /quiz, /about, /help, /forget-me\n`);
    const registered = server.commands.get(server.guild.id) as Array<{ name: string; options?: Array<{ name: string; autocomplete?: boolean }> }>;
    expect(registered.find((c) => c.name === 'ask')!.options!.map((o) => o.name)).toEqual(['question', 'private', 'mention']);
    const global = await deploy(server, { DISCORD_CLIENT_ID: clientId });
    expect(global.stdout).toMatch(/^Registered 8 commands globally/);
    expect(server.commands.get('global')).toHaveLength(8);
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
