/**
 * Reach on Discord, as `npm start` runs the bot against the loopback server with answer channels set: answer
 * channels and forum posts, questions edited within a minute, "Ask the paper" on a message, the app used where
 * only a member installed it, the Delete button's permission check, /help and /about with command mentions and
 * the source, and /admin. The commands are registered first with the real `npm run deploy-commands`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { scratchCorpus, smallDocument } from '../helpers/corpus.js';
import { type BotProcess, runScript, startBot } from './bot-process.js';
import { FakeDiscord, type InteractionCallback, MODERATOR_PERMISSIONS } from './fake-discord.js';

const TOKEN = 'reach-token-0123456789abcdefghij';
const EPHEMERAL = 64;
const SMITH = { front: 'id: smith2020\ntitle: Water Politics in the Aral Sea Basin\nauthor: A. Smith\nyear: 2020\nurl: https://example.org/aral-sea' };
let server: FakeDiscord;
let bot: BotProcess;
let corpus: { dir: string; cleanup: () => void };
const dataDir = mkdtempSync(join(tmpdir(), 'reach-data-'));

beforeAll(async () => {
  server = await new FakeDiscord({ token: TOKEN }).start();
  const deployed = await runScript('deploy-commands', [], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, DISCORD_CLIENT_ID: server.applicationId });
  expect(deployed.status).toBe(0);
  corpus = scratchCorpus({ 'smith2020.md': smallDocument(SMITH) });
  bot = startBot(server, {
    ANSWER_CHANNELS: `${server.guild.answerChannelId}, ${server.guild.forumId}`,
    COOLDOWN_QUESTIONS: '3',
    COOLDOWN_SECONDS: '60',
    DATA_DIR: dataDir,
    CORPUS_DIR: corpus.dir,
    INDEX_CACHE_DIR: join(corpus.dir, 'cache'),
    WATCH_CORPUS: 'false',
  });
  await bot.waitForLog((l) => l.msg === 'command ids read');
});
afterAll(async () => {
  await bot?.stop();
  await server?.stop();
  corpus?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

type Sent = (typeof server.channelMessages)[number];
const buttons = (components: unknown) => ((components ?? []) as Array<{ components: Array<{ label?: string; custom_id?: string }> }>).flatMap((row) => row.components);
const labels = (components: unknown) => buttons(components).map((b) => b.label);
const footer = (sent: { body: Record<string, unknown> }) => (sent.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text;
const buttonId = (callback: InteractionCallback, label: RegExp) => buttons(callback.data?.components).find((b) => label.test(b.label ?? ''))!.custom_id!;

/** Posts a message and waits for the bot's next message anywhere. */
async function postAndWait(post: () => unknown, what: string): Promise<Sent> {
  const before = server.channelMessages.length;
  post();
  await server.waitFor(() => server.channelMessages.length > before, 10_000, what);
  return server.channelMessages.at(-1)!;
}

/** A question and its answer, to show that nothing else was sent before it. */
async function lastAnswerIs(question: string, by = server.user()): Promise<Sent> {
  return postAndWait(() => server.sendMessage(question, by, { channelId: server.guild.answerChannelId }), `an answer to "${question}"`);
}

describe('the gateway connection', () => {
  it('asks for the Message Content intent, because answer channels read every message', () => {
    expect(server.identifies[0]!.intents & (1 << 15)).toBe(1 << 15);
  });
});

describe('answer channels', () => {
  it('answer a question without a mention, in a thread under it, with a Delete button for who asked', async () => {
    const student = server.user('asker');
    let question!: APIMessage;
    const reply = await postAndWait(() => (question = server.sendMessage('Why does Uzbekistan skip SCO exercises?', student, { channelId: server.guild.answerChannelId })), 'the answer');
    const thread = server.threads.find((t) => t.id === question.id)!;
    expect(thread).toMatchObject({ parentId: server.guild.answerChannelId, name: 'Why does Uzbekistan skip SCO exercises?' });
    expect(reply.channelId).toBe(thread.id);
    expect(footer(reply)).toMatch(/^Passage p14/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(labels(reply.body.components)).not.toContain('Discuss in thread');
    expect(buttons(reply.body.components).at(-1)).toMatchObject({ label: 'Delete', custom_id: `delete:${student.id}` });
    // The thread remembers its question, so a follow-up mentioning the bot there is read in its context.
    const store = openStore(dataDir);
    expect(store.threadTurns<{ question: string }>(thread.id)!.map((t) => t.question)).toEqual(['Why does Uzbekistan skip SCO exercises?']);
    store.close();
  });

  it('leave chat (with a question mark too), their own messages and other bots’ alone, and answer a mention there once', async () => {
    const before = server.channelMessages.length;
    const threadsBefore = server.threads.length;
    server.sendMessage('thanks, that was helpful', server.user(), { channelId: server.guild.answerChannelId });
    // Chat with a question mark asks the paper nothing either.
    for (const chat of ['anyone here?', 'lol?', 'right?', `<@123456789012345678> did you see this?`]) server.sendMessage(chat, server.user(), { channelId: server.guild.answerChannelId });
    server.sendMessage('Why does Uzbekistan skip SCO exercises?', { ...server.user('otherbot'), bot: true }, { channelId: server.guild.answerChannelId });
    server.sendMessage('What is RATS?', server.botUser, { channelId: server.guild.answerChannelId });
    const reply = await lastAnswerIs(`<@${server.botUser.id}> What did India donate to Tajikistan?`);
    expect(server.channelMessages.length).toBe(before + 1);
    expect(server.threads.length).toBe(threadsBefore + 1);
    expect(server.threads.at(-1)!.name).toBe('What did India donate to Tajikistan?');
    expect(footer(reply)).toMatch(/^Passage p18/);
  });

  it('reply in the channel, without a thread, when the paper does not cover the question or the member asks too fast', async () => {
    const eager = server.user('eager');
    const threadsBefore = server.threads.length;
    const uncovered = await lastAnswerIs('What is the weather today?', eager);
    expect(uncovered.channelId).toBe(server.guild.answerChannelId);
    expect(uncovered.body.content).toMatch(/^The paper doesn't cover that\./);
    // where the paper comes nearest to one it does not answer, in the channel too
    const near = await lastAnswerIs("How many soldiers serve in Kyrgyzstan's armed forces?", server.user('curious'));
    expect(near.channelId).toBe(server.guild.answerChannelId);
    expect(near.body.content).toMatch(/^The paper doesn't answer that\. Where it comes nearest:\n`p\d+`/);
    await lastAnswerIs('What is RATS?', eager);
    await lastAnswerIs('Who wrote this paper?', eager);
    const refused = await lastAnswerIs('What did China pledge to Kyrgyzstan in 2004?', eager);
    expect(refused.channelId).toBe(server.guild.answerChannelId);
    expect(refused.body.content).toMatch(/^Slow down — you can ask again in \d+ s\.$/);
    expect(server.threads.length).toBe(threadsBefore + 2);
  });

  it('answer a new forum post in the post itself, from its title when its text asks nothing', async () => {
    let post!: ReturnType<FakeDiscord['forumPost']>;
    const reply = await postAndWait(() => (post = server.forumPost('Why does Uzbekistan skip SCO exercises?', 'I read the SCO section twice and still cannot tell.')), 'the answer in the post');
    expect(reply.channelId).toBe(post.thread.id);
    expect(reply.body.message_reference).toMatchObject({ message_id: post.message.id });
    expect(footer(reply)).toMatch(/^Passage p14/);
    const threads = server.threads.length + 1;
    const second = await postAndWait(() => (post = server.forumPost('India and Tajikistan', 'What did India donate to Tajikistan?')), 'the answer to the second post');
    expect(second.channelId).toBe(post.thread.id);
    expect(footer(second)).toMatch(/^Passage p18/);
    expect(server.threads.length).toBe(threads); // the post itself, and no thread of the bot's
  });

  it('answer a question edited within a minute again by editing the answer, and chat edited into a question; leave later edits alone', async () => {
    const student = server.user('editor');
    let question!: APIMessage;
    const first = await postAndWait(() => (question = server.sendMessage('What is RATS?', student, { channelId: server.guild.answerChannelId })), 'the first answer');
    expect(footer(first)).toMatch(/^Passage p16/);
    server.editMessage(question, 'What did India donate to Tajikistan?', 20_000);
    await server.waitFor(() => server.edits.some((e) => e.messageId === first.message.id), 10_000, 'the answer to be edited');
    const edit = server.edits.find((e) => e.messageId === first.message.id)!;
    expect(edit.channelId).toBe(first.channelId);
    expect((edit.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p18/);
    await server.waitFor(() => server.channelEdits.some((c) => c.channelId === question.id), 10_000, 'the thread to be renamed');
    expect(server.threads.find((t) => t.id === question.id)!.name).toBe('What did India donate to Tajikistan?');

    let chat!: APIMessage;
    const threads = server.threads.length;
    const answeredAfterEdit = await postAndWait(() => {
      chat = server.sendMessage('see you all at the seminar', server.user(), { channelId: server.guild.answerChannelId });
      server.editMessage(chat, 'What is RATS?', 30_000);
    }, 'the answer to chat edited into a question');
    expect(server.threads.length).toBe(threads + 1);
    expect(answeredAfterEdit.channelId).toBe(chat.id);
    expect(footer(answeredAfterEdit)).toMatch(/^Passage p16/);

    let late!: APIMessage;
    const answered = await postAndWait(() => (late = server.sendMessage('What is RATS?', server.user(), { channelId: server.guild.answerChannelId })), 'the answer to the late-edited question');
    server.editMessage(late, 'What did India donate to Tajikistan?', 90_000);
    await lastAnswerIs('Which exercises did China hold with Kazakhstan?');
    expect(server.edits.some((e) => e.messageId === answered.message.id)).toBe(false);
  });

  it('take the edits of a message one at a time: two quick edits of chat answer it once, and an update that changes no question (a pin, a link preview) edits nothing', async () => {
    const chat = server.sendMessage('hello everyone', server.user('quick-editor'), { channelId: server.guild.answerChannelId });
    server.editMessage(chat, 'What did India donate to Tajikistan?', 2_000);
    server.editMessage(chat, 'What is RATS?', 3_000);
    const answers = () => server.channelMessages.filter((m) => m.channelId === chat.id);
    const editsOfAnswer = () => server.edits.filter((e) => e.messageId === answers()[0]?.message.id).map((e) => (e.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text.split(' ')[1]);
    await server.waitFor(() => editsOfAnswer().length === 1, 10_000, 'the answer to the first edit to be edited for the second');
    server.editMessage(chat, 'What is RATS?', 4_000);
    server.editMessage(chat, 'What did India donate to Tajikistan?', 5_000);
    await server.waitFor(() => editsOfAnswer().length === 2, 10_000, 'the answer to be edited for the last edit');
    expect(editsOfAnswer()).toEqual(['p16', 'p18']);
    expect(server.threads.filter((t) => t.id === chat.id)).toHaveLength(1);
    expect(answers()).toHaveLength(1);
  });
});

describe('"Ask the paper" on a message', () => {
  it('answers the message’s text privately, and "Post to channel" posts it with a thread and a Delete button', async () => {
    const target = server.sendMessage('<@123456789012345678> why does Uzbekistan skip SCO exercises?');
    const reader = server.user('reader');
    const callback = await server.interact(server.messageCommand('Ask the paper', target, reader).interaction);
    expect(callback.data!.flags).toBe(EPHEMERAL);
    expect(callback.data!.embeds![0]!.title).toBe('why does Uzbekistan skip SCO exercises?');
    expect(callback.data!.embeds![0]!.footer!.text).toMatch(/^Passage p14/);
    const posted = await server.interact(server.click(callback.message!, buttonId(callback, /Post to channel/), reader).interaction);
    expect(posted.data!.flags ?? 0).toBe(0);
    expect(posted.data!.content).toBe(`Asked by <@${reader.id}>`);
    expect(labels(posted.data!.components)).toEqual(expect.arrayContaining(['Discuss in thread', 'Delete']));
    expect(buttonId(posted, /^Delete$/)).toBe(`delete:${reader.id}`);
  });

  it('says privately that a message without text has nothing to ask', async () => {
    const callback = await server.interact(server.messageCommand('Ask the paper', server.sendMessage('')).interaction);
    expect(callback.data).toMatchObject({ flags: EPHEMERAL, content: 'That message has no text to ask about. Try /ask with your own words.' });
  });
});

describe('where only the member installed the app', () => {
  const elsewhere = { userInstall: true };

  it('answers /ask and "Ask the paper" but offers no thread, which would need the bot in the server', async () => {
    const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }, server.user(), elsewhere).interaction);
    expect(answer.data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
    expect(labels(answer.data!.components)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful', 'Delete']));
    expect(labels(answer.data!.components)).not.toContain('Discuss in thread');
    const reader = server.user();
    const target = { ...answer.message!, content: 'What did India donate to Tajikistan?' };
    const privately = await server.interact(server.messageCommand('Ask the paper', target, reader, elsewhere).interaction);
    const posted = await server.interact(server.click(privately.message!, buttonId(privately, /Post to channel/), reader, elsewhere).interaction);
    expect(posted.data!.embeds![0]!.footer!.text).toMatch(/^Passage p18/);
    expect(labels(posted.data!.components)).not.toContain('Discuss in thread');
  });

  it('/help says mentions, answer channels and threads do not work there', async () => {
    const help = await server.interact(server.chatInput('help', {}, server.user(), elsewhere).interaction);
    const text = help.data!.embeds![0]!.description!;
    expect(text).toContain('I am not a member of this server');
    expect(text).not.toContain(`<#${server.guild.answerChannelId}>`);
  });
});

describe('the Delete button', () => {
  it('tells anyone else privately they cannot; deletes for a moderator and for who asked', async () => {
    const asker = server.user('asker');
    const ask = () => server.interact(server.chatInput('ask', { question: 'What is RATS?' }, asker).interaction);
    const answer = await ask();
    const remove = buttonId(answer, /^Delete$/);
    expect(remove).toBe(`delete:${asker.id}`);

    const other = server.click(answer.message!, remove);
    const refused = await server.interact(other.interaction);
    expect(refused.data).toMatchObject({ flags: EPHEMERAL, content: 'Only the member who asked, or someone who may manage messages here, can delete this answer.' });

    const moderator = server.click(answer.message!, remove, server.user('moderator'), { permissions: MODERATOR_PERMISSIONS });
    expect((await server.interact(moderator.interaction)).type).toBe(6);
    await server.waitFor(() => server.deletedResponses.includes(moderator.token), 10_000, 'the moderator’s delete');

    const again = await ask();
    const own = server.click(again.message!, buttonId(again, /^Delete$/), asker);
    expect((await server.interact(own.interaction)).type).toBe(6);
    await server.waitFor(() => server.deletedResponses.includes(own.token), 10_000, 'the asker’s delete');
    expect(server.deletedResponses).not.toContain(other.token);
  });

  it('is not fooled by a button forged to name another asker, and the /forget-me buttons do nothing under a public answer', async () => {
    const asker = server.user('asker');
    const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }, asker).interaction);
    const intruder = server.user('intruder');
    const forged = server.click(answer.message!, `delete:${intruder.id}`, intruder);
    const refused = await server.interact(forged.interaction);
    expect(refused.data).toMatchObject({ flags: EPHEMERAL, content: 'Only the member who asked, or someone who may manage messages here, can delete this answer.' });
    for (const id of ['forget:no', 'forget:yes']) {
      const blanking = await server.interact(server.click(answer.message!, id, intruder).interaction);
      expect(blanking.type).toBe(4);
      expect(blanking.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^That button belongs to the private message \/forget-me shows/) });
    }
    expect(server.deletedResponses).not.toContain(forged.token);
  });
});

describe('/help and /about', () => {
  const idOf = (name: string) => (server.commands.get('global') as Array<{ name: string; id: string }>).find((c) => c.name === name)!.id;

  it('/help shows the commands as clickable mentions, this server’s answer channels, and the source', async () => {
    const help = await server.interact(server.chatInput('help', {}).interaction);
    const text = help.data!.embeds![0]!.description!;
    expect(text).toContain(`</ask:${idOf('ask')}> \`question\``);
    expect(text).toContain(`</quiz start:${idOf('quiz')}>`);
    expect(text).toContain(`In <#${server.guild.answerChannelId}>, <#${server.guild.forumId}> any question is answered without a mention.`);
    expect(text).toContain('[Water Politics in the Aral Sea Basin](https://example.org/aral-sea)');
  });

  it('/about links a document to the url of its front matter, and names the commands as mentions', async () => {
    const about = await server.interact(server.chatInput('about', {}).interaction);
    const smith = about.data!.embeds!.find((e) => e.title === 'Water Politics in the Aral Sea Basin')!;
    expect(smith.url).toBe('https://example.org/aral-sea');
    expect(smith.fields).toContainEqual({ name: 'Source', value: 'https://example.org/aral-sea' });
    expect(about.data!.embeds!.find((e) => e.title === 'China-Central Asia Defence Relations')!.url).toBeUndefined();
    expect(about.data!.content).toContain(`</ask:${idOf('ask')}>`);
  });
});

describe('/admin', () => {
  const admin = (subcommand: string) => server.chatInput('admin', {}, server.user('admin'), {}, subcommand);

  it('feedback shows the votes per passage and the questions the paper could not answer, privately', async () => {
    const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }).interaction);
    await server.interact(server.click(answer.message!, buttonId(answer, /Not helpful/)).interaction);
    await server.interact(server.chatInput('ask', { question: 'Who won the 2018 World Cup?' }).interaction);
    const report = await server.interact(admin('feedback').interaction);
    expect(report.data!.flags).toBe(EPHEMERAL);
    const embed = report.data!.embeds![0]!;
    expect(embed.description).toMatch(/^\d+\.\d% helpful \(\d+ 👍, \d+ 👎\)$/);
    expect(embed.fields!.find((f) => f.name === 'Passages with the most 👎')!.value).toMatch(/`p16` — 1 👎, 0 👍/);
    expect(embed.fields!.find((f) => f.name.startsWith('Questions the paper could not answer'))!.value).toContain('1× Who won the 2018 World Cup?');
  });

  it('reload re-reads the corpus now and says what changed, or why a malformed corpus was refused', async () => {
    const reload = async () => {
      const { interaction, token } = admin('reload');
      const deferred = await server.interact(interaction);
      expect(deferred).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
      await server.waitFor(() => server.webhookMessagesFor(token).length === 1, 15_000, 'the reload’s answer');
      return server.webhookMessagesFor(token)[0]!.content;
    };
    expect(await reload()).toBe('Reloaded: nothing changed (2 documents, 24 passages, 12 footnotes).');

    const grown = smallDocument(SMITH).replace('\n## Footnotes', '\n{#smith-p3} Kazakhstan built the Kokaral dam in 2005 and the northern Aral Sea rose again.\n\n## Footnotes');
    writeFileSync(join(corpus.dir, 'smith2020.md'), grown);
    expect(await reload()).toBe('Reloaded: now 2 documents, 25 passages, 12 footnotes.\nPassages added: `smith-p3`.');
    const answer = await server.interact(server.chatInput('ask', { question: 'When was the Kokaral dam built?' }).interaction);
    expect(answer.data!.embeds![0]!.footer!.text).toMatch(/^Passage smith-p3/);

    writeFileSync(join(corpus.dir, 'broken.md'), '---\nid: broken\n---\n\n{#b1} A document without a title.\n');
    expect(await reload()).toMatch(/^Reload refused; still serving the previous index\. .*broken\.md:1: the document has no title/);
    rmSync(join(corpus.dir, 'broken.md'));
  });
});
