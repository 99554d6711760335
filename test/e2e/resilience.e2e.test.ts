/**
 * What the bot survives, through the loopback Discord server: Discord's own errors on interaction routes,
 * interactions it cannot read, odd characters in questions, and places where no thread can be started.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBot } from './bot-process.js';
import { MEMBER_PERMISSIONS, FakeDiscord, type InteractionCallback, type Where } from './fake-discord.js';

const EPHEMERAL = 64;
const CALLBACK = /^POST \/interactions\/\d+\/[^/]+\/callback$/;
let server: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  server = await new FakeDiscord({ token: 'resilience-token-0123456789abcdef' }).start();
  bot = startBot(server, { COOLDOWN_QUESTIONS: '1000' });
  await bot.waitForLog((l) => l.msg === 'connected to Discord');
});
afterAll(async () => {
  await bot?.stop();
  await server?.stop();
});

const ask = (question: string, where: Where = {}) => server.interact(server.chatInput('ask', { question }, server.user(), where).interaction);
const labels = (callback: InteractionCallback) => callback.data?.components?.flatMap((row) => row.components.map((b) => b.label)) ?? [];
/** The app's permissions in the loopback guild, less CreatePublicThreads. */
const NO_THREADS = String(BigInt(MEMBER_PERMISSIONS) & ~PermissionFlagsBits.CreatePublicThreads);
const stillServing = async () => expect((await ask('What is RATS?')).data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
/** Nothing the bot logged holds an interaction token, and no request body was logged whole. */
const logsClean = () => {
  expect(bot.stdout()).not.toMatch(/itoken-/);
  expect(bot.stdout()).not.toMatch(/requestBody/);
  expect(bot.stderr()).toBe('');
};

describe('Discord errors on interaction routes', () => {
  it('keeps serving when a callback is refused with 401 Invalid Webhook Token, and logs it without the token', async () => {
    server.injectFault({ match: CALLBACK, status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } });
    const { interaction, token } = server.chatInput('ask', { question: 'What did India donate to Tajikistan?' });
    void server.interact(interaction);
    const line = await bot.waitForLog((l) => l.msg === 'interaction token no longer valid; not answered' && l.interaction === interaction.id);
    expect(line).toMatchObject({ status: 401, code: 50027 });
    await stillServing();
    // A dead token takes no apology either: the only callback was the one refused.
    expect(server.callbacksFor(token)).toHaveLength(0);
    expect(bot.child.exitCode).toBeNull();
    logsClean();
  });

  it('keeps serving when an interaction has expired (404 Unknown interaction)', async () => {
    server.injectFault({ match: CALLBACK, status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const { interaction } = server.chatInput('ask', { question: 'Who wrote this paper?' });
    void server.interact(interaction);
    const line = await bot.waitForLog((l) => l.msg === 'interaction token no longer valid; not answered' && l.interaction === interaction.id);
    expect(line).toMatchObject({ status: 404, code: 10062 });
    await stillServing();
    logsClean();
  });

  it('sends nothing more for an interaction Discord says was answered already (40060, another copy of the bot answered it)', async () => {
    server.injectFault({ match: CALLBACK, status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } });
    const { interaction, token } = server.chatInput('ask', { question: 'What is RATS?' });
    void server.interact(interaction);
    const line = await bot.waitForLog((l) => l.msg === 'interaction answered already (by another copy of the bot, or an earlier try); not answered again' && l.interaction === interaction.id);
    expect(line).toMatchObject({ level: 40, status: 400, code: 40060 });
    await stillServing();
    // No apology after it: Discord would refuse that callback too.
    expect(server.requests.filter((r) => r.path.includes(token))).toHaveLength(1);
    expect(bot.logs.filter((l) => l.interaction === interaction.id && (l.level as number) >= 50)).toEqual([]);
    logsClean();
  });

  it('logs a failed callback without the interaction token or the request body, and apologises', async () => {
    server.injectFault({ match: CALLBACK, status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const { interaction } = server.chatInput('ask', { question: 'What is RATS?' });
    const apology = await server.interact(interaction);
    expect(apology.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Sorry — something went wrong on my side/) });
    const failed = await bot.waitForLog((l) => l.msg === 'interaction failed' && l.interaction === interaction.id);
    expect(JSON.stringify(failed)).toMatch(/\/interactions\/\d+\/\[token\]\/callback/);
    expect(JSON.stringify(failed)).not.toContain('China responded by establishing');
    logsClean();
  });
});

describe('interactions the bot cannot read', () => {
  it('answers privately an interaction with neither member nor user, and keeps serving', async () => {
    const { interaction } = server.chatInput('ask', { question: 'What is RATS?' });
    delete interaction.member;
    delete interaction.user;
    const reply = await server.interact(interaction);
    expect(reply.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^I could not tell who sent that/) });
    await bot.waitForLog((l) => l.msg === 'interaction without a user answered privately' && l.interaction === interaction.id);
    await stillServing();
  });

  it('ignores with one log line an interaction of a shape it does not know, and keeps serving', async () => {
    const { interaction } = server.chatInput('ask', { question: 'What is RATS?' });
    delete interaction.data;
    void server.interact(interaction);
    const line = await bot.waitForLog((l) => l.msg === 'uncaught error; still serving');
    expect(line.err).toMatchObject({ type: 'TypeError' });
    await stillServing();
    expect(bot.stderr()).toBe('');
  });

  it('ignores with a log line an interaction type it does not know', async () => {
    const { interaction } = server.chatInput('ask', { question: 'What is RATS?' });
    void server.interact({ ...interaction, type: 42 });
    await bot.waitForLog((l) => l.msg === 'interaction of an unknown kind ignored' && typeof l.detail === 'string' && /unknown type: 42/.test(l.detail));
    await stillServing();
  });

  it('answers privately a kind of interaction it has no handler for (a select menu)', async () => {
    const answer = await ask('What is RATS?');
    const { interaction } = server.click(answer.message!, 'some:menu');
    const reply = await server.interact({ ...interaction, data: { custom_id: 'some:menu', component_type: 3, values: ['a'] } });
    expect(reply.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^I can't handle that here/) });
  });
});

describe('questions with odd characters', () => {
  it('strips NUL bytes and lone surrogates before echoing a question in the title and the thread name', async () => {
    const answer = await ask('What did China pledge\u0000 to Kyrgyzstan\uD800 in 2004?\uDC00');
    const title = answer.data!.embeds![0]!.title!;
    expect(title).toBe('What did China pledge to Kyrgyzstan in 2004?');
    const thread = answer.data!.components![0]!.components.find((b) => b.label === 'Discuss in thread')!.custom_id!;
    const click = server.click(answer.message!, thread);
    await server.interact(click.interaction);
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the thread to start');
    expect(server.threads.at(-1)!.name).toBe('What did China pledge to Kyrgyzstan in 2004?');
  });

  it('answers a question as if the mentions and ids in it were not there', async () => {
    for (const question of ['<@&123456789012345678> What is RATS?', '<#123456789012345678> what is RATS', 'What is RATS? 123456789012345678 <@!123456789012345678>']) {
      const answer = await ask(question);
      expect(answer.data!.embeds?.[0]?.footer?.text, question).toMatch(/^Passage p16/);
    }
    const before = server.channelMessages.length;
    server.sendMessage(`<@${server.botUser.id}> <@&123456789012345678> What is RATS?`);
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the mention');
    expect((server.channelMessages.at(-1)!.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p16/);
  });
});

describe('the "Discuss in thread" button', () => {
  it('is offered in a guild text channel where the app may create public threads', async () => {
    expect(labels(await ask('What is RATS?'))).toContain('Discuss in thread');
  });

  it.each<[string, Where]>([
    ['a DM', { dm: true }],
    ['the chat of a voice channel', { voice: true }],
    ['a text channel where the app may not create public threads', { appPermissions: NO_THREADS }],
  ])('is not offered in %s', async (_, where) => {
    const answer = await ask('What is RATS?', where);
    expect(answer.data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
    expect(labels(answer)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
    expect(labels(answer)).not.toContain('Discuss in thread');
  });

  it('is offered under a reply to a mention in a guild text channel, and not under a reply to a DM', async () => {
    const replyTo = async (where: { dm?: boolean }) => {
      const before = server.channelMessages.length;
      server.sendMessage(`<@${server.botUser.id}> What is RATS?`, server.user(), where);
      await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply');
      return (server.channelMessages.at(-1)!.body.components as Array<{ components: Array<{ label: string }> }>)[0]!.components.map((b) => b.label);
    };
    expect(await replyTo({})).toContain('Discuss in thread');
    expect(await replyTo({ dm: true })).not.toContain('Discuss in thread');
  });

  it('pressed by two members at once, starts one thread and points the other to it', async () => {
    const answer = await ask('What is RATS?');
    const thread = answer.data!.components![0]!.components.find((b) => b.label === 'Discuss in thread')!.custom_id!;
    const presses = [server.click(answer.message!, thread, server.user('first')), server.click(answer.message!, thread, server.user('second'))];
    presses.forEach((press) => void server.interact(press.interaction));
    await server.waitFor(() => presses.every((press) => server.webhookMessagesFor(press.token).length === 1), 10_000, 'both presses answered');
    const said = presses.map((press) => server.webhookMessagesFor(press.token)[0]!.content).sort();
    expect(said[0]).toMatch(/^Started <#\d+>\. Mention me there/);
    expect(said[1]).toBe(`This answer has a thread already: <#${answer.message!.id}>.`);
    expect(server.threads.filter((t) => t.id === answer.message!.id)).toHaveLength(1);
  });

  it('says privately why, in Discord’s words, when Discord refuses to start the thread', async () => {
    const answer = await ask('What is RATS?');
    const thread = answer.data!.components![0]!.components.find((b) => b.label === 'Discuss in thread')!.custom_id!;
    server.injectFault({ match: /^POST \/channels\/\d+\/messages\/\d+\/threads$/, status: 400, body: { message: 'Maximum number of active threads reached', code: 160006 } });
    const press = server.click(answer.message!, thread);
    void server.interact(press.interaction);
    await server.waitFor(() => server.webhookMessagesFor(press.token).length === 1, 10_000, 'the press answered');
    expect(server.webhookMessagesFor(press.token)[0]!.content).toBe('I could not start a thread on this answer: Discord said “Maximum number of active threads reached”.');
    await bot.waitForLog((l) => l.msg === 'Discord refused to start a discussion thread' && l.reason === 'Maximum number of active threads reached');
  });

  it('clicked where no thread can be started (an answer from before), says so privately', async () => {
    const answer = await ask('What is RATS?');
    const thread = answer.data!.components![0]!.components.find((b) => b.label === 'Discuss in thread')!.custom_id!;
    const reply = await server.interact(server.click(answer.message!, thread, server.user(), { appPermissions: NO_THREADS }).interaction);
    expect(reply.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^I cannot start a thread here/) });
  });
});
