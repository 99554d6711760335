/**
 * The bot as `npm start` runs it (the real discord.js client in its own process), against the loopback
 * Discord-compatible server. Each test acts as a different member, so cooldowns do not cross tests.
 */
import type { APIMessage } from 'discord-api-types/v10';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pseudonymizer, pseudonymKey } from '../../src/store/secret.js';
import { openStore } from '../../src/store/store.js';
import { rowsMentioning } from '../helpers/store.js';
import { type BotProcess, startBot } from './bot-process.js';
import { FakeDiscord, type InteractionCallback } from './fake-discord.js';

const TOKEN = 'e2e-token-0123456789abcdefghij';
const EPHEMERAL = 64;
let server: FakeDiscord;
let bot: BotProcess;
const dataDir = mkdtempSync(join(tmpdir(), 'bot-data-'));

beforeAll(async () => {
  server = await new FakeDiscord({ token: TOKEN }).start();
  bot = startBot(server, { COOLDOWN_QUESTIONS: '5', COOLDOWN_SECONDS: '60', DATA_DIR: dataDir });
  await bot.waitForLog((l) => l.msg === 'connected to Discord');
});
afterAll(async () => {
  await bot?.stop();
  await server?.stop();
});

const ask = (options: Parameters<FakeDiscord['chatInput']>[1], by = server.user()) => server.interact(server.chatInput('ask', options, by).interaction);
const buttons = (callback: InteractionCallback) => callback.data?.components?.flatMap((row) => row.components) ?? [];
const buttonId = (callback: InteractionCallback, label: RegExp) => buttons(callback).find((b) => label.test(b.label ?? ''))!.custom_id!;
const nobodyPinged = (callback: InteractionCallback) => expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
/** What the bot's edits of a message made of it: each edit's embed title (an answer's is its question) or text. */
const editsOf = (message: APIMessage) =>
  server.edits.filter((e) => e.messageId === message.id).map((e) => (e.body.embeds as Array<{ title?: string }> | undefined)?.[0]?.title ?? e.body.content);
const quizCommand = (subcommand: string, options: Record<string, string> = {}) => server.chatInput('quiz', options, server.user(), {}, subcommand).interaction;

describe('/ask', () => {
  it('answers with the passage on Uzbekistan refusing the SCO exercises, its sentence, section and no invented citation', async () => {
    const callback = await ask({ question: 'why does Uzbekistan skip SCO exercises?' });
    expect(callback.type).toBe(4);
    expect(callback.data!.flags ?? 0).toBe(0);
    const embed = callback.data!.embeds![0]!;
    expect(embed.title).toBe('why does Uzbekistan skip SCO exercises?');
    expect(embed.description).toMatch(/^> But Uzbekistan has consistently refused to participate in the SCO exercises/);
    expect(embed.description).toContain('SCO conducts annual Peace Missions');
    expect(embed.fields).toEqual([
      { name: 'Section', value: 'SCO and the Peace Initiatives', inline: true },
      { name: 'Document', value: 'China-Central Asia Defence Relations', inline: true },
    ]);
    expect(embed.footer!.text).toMatch(/^Passage p14 · answer 1 of \d/);
    nobodyPinged(callback);
    expect(buttons(callback).map((b) => b.label)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
    expect(buttons(callback).map((b) => b.label)).not.toContain('Post to channel');
  });

  it('writes out the footnotes of the passage it answers with', async () => {
    const callback = await ask({ question: 'What did China pledge to Kyrgyzstan in 2004?' });
    const sources = callback.data!.embeds![0]!.fields!.find((f) => f.name === 'Sources')!;
    expect(sources.value).toMatch(/^\[iii\] Joshua Kucera, “China Boosts Military Aid To Kyrgyzstan, Tajikistan”/);
  });

  it('answers privately with private:true, and "Post to channel" posts it publicly crediting the asker without a ping', async () => {
    const student = server.user('asker');
    const callback = await ask({ question: 'What did India donate to Tajikistan?', private: true }, student);
    expect(callback.data!.flags).toBe(EPHEMERAL);
    const post = buttonId(callback, /Post to channel/);
    const posted = await server.interact(server.click(callback.message!, post, student).interaction);
    expect(posted.type).toBe(4);
    expect(posted.data!.flags ?? 0).toBe(0);
    expect(posted.data!.content).toBe(`Asked by <@${student.id}>`);
    nobodyPinged(posted);
    expect(posted.data!.embeds![0]!.footer!.text).toMatch(/^Passage p18/);
    expect(buttons(posted).map((b) => b.label)).not.toContain('Post to channel');
  });

  it('posts a private answer once: "Post to channel" pressed again is told privately where it went', async () => {
    const student = server.user('poster');
    const callback = await ask({ question: 'What did India donate to Tajikistan?', private: true }, student);
    const post = buttonId(callback, /Post to channel/);
    const press = () => server.interact(server.click(callback.message!, post, student).interaction);
    const posted = await press();
    expect(posted.data!.flags ?? 0).toBe(0);
    const again = await press();
    expect(again).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: expect.stringMatching(/^This answer has been posted to the channel already/) } });
    expect(again.data!.embeds ?? []).toEqual([]);
    // Once the bot has learnt the post's id, a press links to it.
    await bot.waitForLog((l) => l.msg === 'private answer posted to the channel' && l.message === callback.message!.id);
    const link = `https://discord.com/channels/${server.guild.id}/${server.guild.channelId}/${posted.message!.id}`;
    expect((await press()).data).toMatchObject({ flags: EPHEMERAL, content: `This answer has been posted to the channel already: ${link}` });
  });

  it('posts a private answer once when "Post to channel" is pressed twice at once', async () => {
    const student = server.user('double-poster');
    const callback = await ask({ question: 'What is RATS?', private: true }, student);
    const post = buttonId(callback, /Post to channel/);
    const presses = await Promise.all([1, 2].map(() => server.interact(server.click(callback.message!, post, student).interaction)));
    const publicly = presses.filter((p) => (p.data!.flags ?? 0) === 0);
    expect(publicly).toHaveLength(1);
    expect(publicly[0]!.data!.embeds![0]!.title).toBe('What is RATS?');
    const told = presses.find((p) => p !== publicly[0])!;
    expect(told.data!.flags).toBe(EPHEMERAL);
    expect(told.data!.content).toMatch(/^This answer has been posted to the channel already(\.|: https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+)$/);
  });

  it('names and pings only the user given in mention', async () => {
    const friend = server.user('friend');
    const callback = await ask({ question: 'What is RATS?', mention: friend });
    expect(callback.data!.content).toContain(`<@${friend.id}>`);
    expect(callback.data!.allowed_mentions).toEqual({ parse: [], users: [friend.id] });
  });

  it('pages through the other passages with "More passages", in place on a private answer', async () => {
    const student = server.user();
    const first = await ask({ question: 'Which exercises did China hold with Kazakhstan?', private: true }, student);
    const footer = first.data!.embeds![0]!.footer!.text;
    const total = Number(/answer 1 of (\d)/.exec(footer)![1]);
    expect(total).toBeGreaterThan(1);
    const second = await server.interact(server.click(first.message!, buttonId(first, /More passages/), student).interaction);
    expect(second.type).toBe(7);
    expect(second.data!.embeds![0]!.footer!.text).toContain(`answer 2 of ${total}`);
    expect(second.data!.embeds![0]!.footer!.text).not.toBe(footer);
  });

  it('pages a public answer privately, so one reader does not change it for everyone', async () => {
    const first = await ask({ question: 'Which exercises did China hold with Kazakhstan?' });
    const next = await server.interact(server.click(first.message!, buttonId(first, /More passages/)).interaction);
    expect(next.type).toBe(4);
    expect(next.data!.flags).toBe(EPHEMERAL);
    expect(next.data!.embeds![0]!.footer!.text).toMatch(/answer 2 of/);
  });

  it('acknowledges 👍 and 👎 privately and stores them, one vote per member, changed not doubled', async () => {
    const callback = await ask({ question: 'What is RATS?' });
    const member = server.user('voter');
    const up = await server.interact(server.click(callback.message!, buttonId(callback, /^Helpful/), member).interaction);
    expect(up.data).toMatchObject({ content: 'Thanks — noted 👍 for passage p16.', flags: EPHEMERAL });
    const down = await server.interact(server.click(callback.message!, buttonId(callback, /Not helpful/), member).interaction);
    expect(down.data!.content).toBe('Thanks — noted 👎 for passage p16.');
    await server.interact(server.click(callback.message!, buttonId(callback, /^Helpful/)).interaction);
    const store = openStore(dataDir);
    const report = store.report();
    store.close();
    expect(report).toMatchObject({ up: 1, down: 1, disliked: [{ passageId: 'p16', down: 1, up: 1 }] });
  });

  it('stores a vote on a 1,000-character question for the passage shown and the whole question, not the cut title', async () => {
    const question = Array.from({ length: 30 }, () => 'Which exercises did China hold with Kazakhstan?').join(' ').slice(0, 1000);
    expect(question).toHaveLength(1000);
    const member = server.user('long-asker');
    const first = await ask({ question, private: true }, member);
    expect(first.data!.embeds![0]!.title!.length).toBeLessThanOrEqual(256);
    expect(first.data!.embeds![0]!.title).toMatch(/…$/);
    // Page on, then vote on the passage the second page shows.
    const second = await server.interact(server.click(first.message!, buttonId(first, /More passages/), member).interaction);
    const shown = /^Passage (\S+) · answer 2 of/.exec(second.data!.embeds![0]!.footer!.text)![1]!;
    const onPage2 = { ...first.message!, embeds: second.data!.embeds!, components: second.data!.components } as APIMessage;
    const vote = await server.interact(server.click(onPage2, buttonId(second, /^Helpful/), member).interaction);
    expect(vote.data!.content).toBe(`Thanks — noted 👍 for passage ${shown}.`);
    const store = openStore(dataDir);
    const upvoted = store.upvoted();
    store.close();
    expect(upvoted.filter((u) => u.question.startsWith('Which exercises did China hold with Kazakhstan? Which'))).toEqual([{ question, passageId: shown }]);
  });

  it('says privately that the paper does not cover an out-of-scope question, names topics it does, and logs the question', async () => {
    const callback = await ask({ question: 'What is the weather today?' });
    expect(callback.data!.flags).toBe(EPHEMERAL);
    expect(callback.data!.content).toMatch(/^The paper doesn't cover that\./);
    expect(callback.data!.content).toContain('SCO and the Peace Initiatives');
    const store = openStore(dataDir);
    const { unanswered } = store.report();
    store.close();
    expect(unanswered.map((u) => u.question)).toContain('What is the weather today?');
  });

  it('shows privately where the paper comes nearest to a question it does not answer, never as the answer', async () => {
    const callback = await ask({ question: "How many soldiers serve in Kyrgyzstan's armed forces?" });
    expect(callback.data!.flags).toBe(EPHEMERAL);
    expect(callback.data!.embeds ?? []).toEqual([]);
    expect(callback.data!.content).toMatch(/^The paper doesn't answer that\. Where it comes nearest:\n`p\d+` \*\*[^*]+\*\* — .*Kyrgyzstan/);
    expect(callback.data!.content).toMatch(/\/passage id:p\d+ shows one whole\.$/);
  });

  it('answers "thanks!" as thanks and a question in another language with what it can be asked, and logs neither as unanswered', async () => {
    const thanks = await ask({ question: 'thanks!' });
    expect(thanks.data!.content).toBe("You're welcome! Ask me anything else about the paper.");
    const spanish = await ask({ question: '¿Por qué Uzbekistán no participa en los ejercicios de la OCS?' });
    expect(spanish.data!.content).toMatch(/^I can only read questions in English\./);
    expect(spanish.data!.flags).toBe(EPHEMERAL);
    const store = openStore(dataDir);
    const { unanswered } = store.report();
    store.close();
    expect(unanswered.map((u) => u.question)).not.toContain('thanks!');
  });

  it('answers "help" with how to use the bot, privately, as /help and "@Bot help" do', async () => {
    const help = await server.interact(server.chatInput('help', {}).interaction);
    // Questions to the bot about itself too: "what can you do?" had been told it follows on from an earlier question.
    for (const question of ['help', 'Help?', 'commands', 'what can you do?', 'who are you?', 'how do I use this?']) {
      const asked = await ask({ question });
      expect(asked.data!.flags, question).toBe(EPHEMERAL);
      expect(asked.data!.embeds, question).toEqual(help.data!.embeds);
    }
  });

  it('never pings @everyone, @here, roles or users written inside a question', async () => {
    const callback = await ask({ question: '@everyone @here <@&123456789012345678> <@123456789012345678> why does Uzbekistan skip SCO exercises?' });
    nobodyPinged(callback);
    expect(callback.data!.content ?? '').not.toContain('@everyone');
  });

  it('tells a user who asks too fast to slow down, privately', async () => {
    const student = server.user('eager');
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await ask({ question: 'What is RATS?' }, student));
    expect(answers.slice(0, 5).every((a) => a.data!.embeds!.length === 1)).toBe(true);
    expect(answers[5]!.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Slow down — you can ask again in \d+ s\.$/) });
  });

  it('treats an answer button it cannot verify as expired', async () => {
    const callback = await ask({ question: 'What is RATS?' });
    const forged = { ...callback.message!, embeds: [{ ...callback.message!.embeds[0]!, title: 'a different question' }] } as APIMessage;
    const expired = await server.interact(server.click(forged, buttonId(callback, /^Helpful/)).interaction);
    expect(expired.data).toMatchObject({ content: 'This answer has expired — ask again with /ask.', flags: EPHEMERAL });
    const unknown = await server.interact(server.click(callback.message!, 'something:else').interaction);
    expect(unknown.data!.content).toBe('This answer has expired — ask again with /ask.');
  });

  it('suggests completions from the paper, at most 25 of at most 100 characters, none for 0 or 1 character', async () => {
    const suggestions = await server.interact(server.autocomplete('ask', 'question', 'uzbekistan exerc').interaction);
    expect(suggestions.type).toBe(8);
    const choices = suggestions.data!.choices!;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(choices.some((c) => /Uzbekistan/.test(c.name))).toBe(true);
    for (const typed of ['', 'u']) {
      expect((await server.interact(server.autocomplete('ask', 'question', typed).interaction)).data!.choices).toEqual([]);
    }
  });
});

describe('look-up commands', () => {
  it('/search lists the best passages compactly', async () => {
    const callback = await server.interact(server.chatInput('search', { query: 'Peace Mission exercises' }).interaction);
    const embed = callback.data!.embeds![0]!;
    expect(embed.title).toBe('Search: Peace Mission exercises');
    expect(embed.description).toMatch(/^`p14` \*\*SCO and the Peace Initiatives\*\* — /);
    // Every passage matching, ten at most, the rest counted.
    const china = (await server.interact(server.chatInput('search', { query: 'China' }).interaction)).data!.embeds![0]!.description!;
    expect(china.split('\n').filter((line) => line.startsWith('`p'))).toHaveLength(10);
    expect(china).toMatch(/…and \d+ more passages? match(?:es)?: add words to narrow the search\.$/);
    // An id or a marker is shown by the command that shows it: it had been "too common a word" and "not covered".
    expect((await server.interact(server.chatInput('search', { query: 'p14' }).interaction)).data).toMatchObject({ flags: EPHEMERAL, content: "`p14` is a passage's id: /passage id:p14 shows it whole." });
    expect((await server.interact(server.chatInput('search', { query: 'iii' }).interaction)).data).toMatchObject({ flags: EPHEMERAL, content: "`iii` is a footnote's marker: /cite marker:iii shows it, with the passages citing it." });
  });

  it('/passage shows a whole passage with its citations, and autocompletes ids with snippets', async () => {
    const callback = await server.interact(server.chatInput('passage', { id: 'p18' }).interaction);
    const embed = callback.data!.embeds![0]!;
    expect(embed.title).toBe('p18 · Implications for India');
    expect(embed.description).toContain('two Mi-8 helicopters');
    expect(embed.fields!.find((f) => f.name === 'Sources')!.value).toMatch(/^\[xi\] Alexander sodique/);
    const suggestions = await server.interact(server.autocomplete('passage', 'id', 'helicopters').interaction);
    expect(suggestions.data!.choices![0]).toEqual({ name: expect.stringMatching(/^p18 · India’s relation with Tajikistan/), value: 'p18' });
  });

  it('/passage with an unknown id answers privately with the nearest valid ids', async () => {
    const callback = await server.interact(server.chatInput('passage', { id: 'p99' }).interaction);
    expect(callback.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^There is no passage `p99`\. The nearest ids are `p\d+`/) });
  });

  it('/cite shows a footnote and the passages citing it, autocompletes markers, and helps with unknown ones', async () => {
    const callback = await server.interact(server.chatInput('cite', { marker: 'iii' }).interaction);
    const embed = callback.data!.embeds![0]!;
    expect(embed.title).toBe('Footnote [iii] · China-Central Asia Defence Relations');
    expect(embed.description).toContain('Joshua Kucera');
    expect(embed.fields![0]!.value).toMatch(/^`p5` In Kyrgyzstan China has also provided equipment/);
    const suggestions = await server.interact(server.autocomplete('cite', 'marker', 'gorenburg').interaction);
    expect(suggestions.data!.choices!.map((c) => c.value)).toEqual(['vii', 'ix']);
    const unknown = await server.interact(server.chatInput('cite', { marker: 'xiv' }).interaction);
    expect(unknown.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^There is no footnote `xiv`\. The nearest markers are/) });
    // A passage's id is pointed to /passage.
    const passage = await server.interact(server.chatInput('cite', { marker: 'p5' }).interaction);
    expect(passage.data).toMatchObject({ flags: EPHEMERAL, content: "`p5` is a passage's id: /passage id:p5 shows it, with its footnotes." });
  });

  it('/about describes the corpus and /help explains the commands', async () => {
    const about = await server.interact(server.chatInput('about', {}).interaction);
    const embed = about.data!.embeds![0]!;
    expect(embed.title).toBe('China-Central Asia Defence Relations');
    // The series before the number, as the paper writes it (it read "No. C3S Paper 0108/2015").
    expect(embed.description).toBe('K. Jennie Tresa · Chennai Centre for China Studies (C3S) · C3S Paper No. 0108/2015 · 2015');
    expect(embed.fields).toEqual(expect.arrayContaining([{ name: 'Passages', value: '22', inline: true }, { name: 'Footnotes', value: '11', inline: true }]));
    const help = await server.interact(server.chatInput('help', {}).interaction);
    expect(help.data!.flags).toBe(EPHEMERAL);
    expect(help.data!.embeds![0]!.description).toContain('/ask');
  });

  it('answers an unknown command and a failing handler with a private message, and keeps serving', async () => {
    const unknown = await server.interact(server.chatInput('dance', {}).interaction);
    expect(unknown.data).toMatchObject({ flags: EPHEMERAL, content: "I don't know the command /dance. Try /help." });
    // /ask without its required question makes the handler throw inside discord.js's option parsing.
    const broken = await server.interact(server.chatInput('ask', {}).interaction);
    expect(broken.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Sorry — something went wrong on my side/) });
    await bot.waitForLog((l) => l.msg === 'interaction failed');
    expect((await ask({ question: 'What is RATS?' })).data!.embeds).toHaveLength(1);
  });
});

describe('discussion threads', () => {
  /** Opens a discussion thread on the answer to `question`; what it returns mentions the bot there and gives its reply. */
  const threadOn = async (question: string) => {
    const answer = await ask({ question });
    const click = server.click(answer.message!, buttonId(answer, /Discuss in thread/));
    await server.interact(click.interaction);
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the thread to start');
    const thread = server.threads.at(-1)!;
    return async (content: string) => {
      const before = server.channelMessages.length;
      server.sendMessage(`<@${server.botUser.id}> ${content}`, server.user(), { threadId: thread.id });
      await server.waitFor(() => server.channelMessages.length > before, 10_000, `a reply to "${content}"`);
      return server.channelMessages.at(-1)!.body as { content?: string; embeds?: Array<{ footer: { text: string }; fields: Array<{ name: string; value: string }>; description?: string }> };
    };
  };

  it('points "tell me more" to the pages of the answer above when it has more than the one shown', async () => {
    const replyTo = await threadOn('What did China pledge to Kyrgyzstan in 2004?');
    const uzbekistan = await replyTo('what about Uzbekistan?');
    const pages = /answer 1 of (\d+)/.exec(uzbekistan.embeds![0]!.footer.text);
    expect(Number(pages?.[1])).toBeGreaterThan(1);
    const more = await replyTo('tell me more');
    expect(more.content).toMatch(new RegExp(`^The answer above has ${pages![1]} passages that answer it: \\*\\*More passages\\*\\* under it shows the others\\.`));
  });

  it('pages a follow-up by its own answer when the same words were asked again later in the thread', async () => {
    const replyTo = await threadOn('What did China pledge to Kyrgyzstan in 2004?');
    await replyTo('what about Tajikistan?');
    const first = await replyTo('tell me more');
    const firstMessage = server.channelMessages.at(-1)!.message;
    const more = (first as { components?: Array<{ components: Array<{ label?: string; custom_id?: string }> }> }).components?.flatMap((row) => row.components).find((b) => /More passages/.test(b.label ?? ''));
    expect(more?.custom_id).toBeDefined();
    for (const line of ['what about Uzbekistan?', 'tell me more', 'what about Russia?', 'tell me more']) await replyTo(line);
    const paged = await server.interact(server.click(firstMessage, more!.custom_id!).interaction);
    expect(paged.data!.content ?? '').not.toMatch(/expired/);
    expect(paged.data!.embeds![0]!.footer!.text).toMatch(/answer 2 of/);
  });

  it('open on an answer and answer follow-ups in the context of the thread’s earlier questions', async () => {
    const answer = await ask({ question: 'What did China pledge to Kyrgyzstan in 2004?' });
    const click = server.click(answer.message!, buttonId(answer, /Discuss in thread/));
    const deferred = await server.interact(click.interaction);
    expect(deferred).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the deferred reply');
    expect(server.webhookMessagesFor(click.token)[0]!.content).toMatch(/^Started <#\d+>\. Mention me there/);
    const thread = server.threads.at(-1)!;
    expect(thread.name).toBe('What did China pledge to Kyrgyzstan in 2004?');

    const replyTo = async (content: string) => {
      const before = server.channelMessages.length;
      server.sendMessage(`<@${server.botUser.id}> ${content}`, server.user(), { threadId: thread.id });
      await server.waitFor(() => server.channelMessages.length > before, 10_000, `a reply to "${content}"`);
      const reply = server.channelMessages.at(-1)!;
      expect(reply.channelId).toBe(thread.id);
      const labels = (reply.body.components as Array<{ components: Array<{ label: string; custom_id: string }> }>)[0]!.components;
      return { ...(reply.body.embeds as Array<{ description: string; footer: { text: string } }>)[0]!, message: reply.message, labels };
    };
    const kazakhstan = await replyTo('what about Kazakhstan?');
    expect(kazakhstan.description).toContain('Kazakhstan');
    expect(kazakhstan.footer.text).not.toMatch(/^Passage p5 /);
    expect(kazakhstan.labels.map((b) => b.label)).not.toContain('Discuss in thread');
    // "what about Kazakhstan?" alone names no pledge: its next page comes from the thread's context, as the reply did.
    const more = kazakhstan.labels.find((b) => /^More passages/.test(b.label))!;
    const page = await server.interact(server.click(kazakhstan.message, more.custom_id).interaction);
    const total = /answer 1 of (\d+)/.exec(kazakhstan.footer.text)![1];
    expect(page.data!.embeds![0]!.footer!.text).toMatch(new RegExp(`answer 2 of ${total} `));
    // "when?" asks when, of China and Kazakhstan: the passage dating their exchanges and exercises
    const when = await replyTo('and when was that?');
    expect(when.footer.text).toMatch(/^Passage p10 /);
    expect(when.description).toMatch(/since 1993/);

    const store = openStore(dataDir);
    const turns = store.threadTurns<{ question: string; entities: Array<{ canonical: string }> }>(thread.id)!;
    store.close();
    expect(turns.map((t) => t.question)).toEqual(['What did China pledge to Kyrgyzstan in 2004?', 'what about Kazakhstan?', 'and when was that?']);
    expect(turns[2]!.entities.map((e) => e.canonical)).toEqual(['China', 'Kazakhstan']);
  });
  it('are named after the question without its Discord markdown, which a thread’s name would show as typed', async () => {
    const answer = await ask({ question: '**Why** does __Uzbekistan__ ~~avoid~~ skip ||SCO|| `exercises`?' });
    const click = server.click(answer.message!, buttonId(answer, /Discuss in thread/));
    await server.interact(click.interaction);
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the thread to start');
    expect(server.threads.at(-1)!.name).toBe('Why does Uzbekistan avoid skip SCO exercises?');
  });

  it('answer a follow-up written as a reply to the bot’s answer, which pings it, without the mention typed', async () => {
    const replyTo = await threadOn('What did China pledge to Kyrgyzstan in 2004?');
    await replyTo('what about Kazakhstan?');
    const answer = server.channelMessages.at(-1)!.message;
    const before = server.channelMessages.length;
    server.sendMessage('and when was that?', server.user(), { threadId: answer.channel_id, replyTo: answer });
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the reply');
    const reply = server.channelMessages.at(-1)!;
    expect(reply.channelId).toBe(answer.channel_id);
    expect((reply.body.embeds as Array<{ title: string; footer: { text: string } }>)[0]).toMatchObject({ title: 'and when was that?', footer: { text: expect.stringMatching(/^Passage p10 /) } });
  });

  it('answer a question edited in the thread again by editing the reply, in the thread’s context, and follow on from the edited one', async () => {
    const replyTo = await threadOn('What did China pledge to Kyrgyzstan in 2004?');
    const thread = server.threads.at(-1)!;
    const before = server.channelMessages.length;
    const message = server.sendMessage(`<@${server.botUser.id}> what about Uzbekistan?`, server.user(), { threadId: thread.id });
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the question');
    const reply = server.channelMessages.at(-1)!;
    server.editMessage(message, `<@${server.botUser.id}> what about Kazakhstan?`);
    await server.waitFor(() => editsOf(reply.message).length === 1, 10_000, 'the reply to be edited');
    const edit = server.edits.find((e) => e.messageId === reply.message.id)!;
    expect(edit.channelId).toBe(thread.id);
    const embed = (edit.body.embeds as Array<{ title: string; description: string; footer: { text: string } }>)[0]!;
    expect(embed.title).toBe('what about Kazakhstan?');
    expect(embed.description).toContain('Kazakhstan');
    expect(embed.footer.text).not.toMatch(/^Passage p5 /);
    // "when?" asks when, of China and Kazakhstan: the edited question is the one the discussion goes on from.
    const when = await replyTo('and when was that?');
    expect(when.embeds![0]!.footer.text).toMatch(/^Passage p10 /);
    expect(server.channelMessages.length).toBe(before + 2);
    const store = openStore(dataDir);
    const turns = store.threadTurns<{ question: string }>(thread.id)!;
    store.close();
    expect(turns.map((t) => t.question)).toEqual(['What did China pledge to Kyrgyzstan in 2004?', 'what about Uzbekistan?', 'what about Kazakhstan?', 'and when was that?']);
  });

  it('leave alone a reply to an answer that asks nothing, in its discussion thread or in the channel', async () => {
    const replyTo = await threadOn('What did China pledge to Kyrgyzstan in 2004?');
    await replyTo('what about Kazakhstan?');
    const answer = server.channelMessages.at(-1)!.message;
    const inChannel = await ask({ question: 'Why does Uzbekistan skip SCO exercises?' });
    const before = server.channelMessages.length;
    server.sendMessage('thanks!', server.user(), { threadId: answer.channel_id, replyTo: answer });
    server.sendMessage('look at this one, Sam', server.user(), { replyTo: inChannel.message! });
    // A reply that asks is answered, after the two that did not ask anything: no reply came before it.
    server.sendMessage('and why does it fear Russia?', server.user(), { replyTo: inChannel.message! });
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'the reply to the question');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.channelMessages.slice(before).map((m) => (m.body.embeds as Array<{ title: string }> | undefined)?.[0]?.title ?? m.body.content)).toEqual(['and why does it fear Russia?']);
  });

  it('answer alone what does not follow on (thanks, a passage id, a question about the paper), and keep the discussion going', async () => {
    const replyTo = await threadOn('What did China pledge to Kyrgyzstan in 2004?');
    const kazakhstan = await replyTo('what about Kazakhstan?');
    expect(await replyTo('thanks!')).toMatchObject({ content: "You're welcome! Ask me anything else about the paper.", embeds: [] });
    expect((await replyTo('p14')).embeds![0]!.footer.text).toMatch(/^Passage p14 · answer 1 of 1 /);
    expect((await replyTo('who wrote the paper?')).embeds![0]!.footer.text).toMatch(/^Document tresa2015 /);
    // Still about China and Kazakhstan.
    expect((await replyTo('and when was that?')).embeds![0]!.footer.text.split(' ')[1]).toBe(kazakhstan.embeds![0]!.footer.text.split(' ')[1]);
    // "source?" is about the answer before it, not the paper's card.
    expect((await replyTo('source?')).embeds![0]!.footer.text.split(' ')[1]).toBe(kazakhstan.embeds![0]!.footer.text.split(' ')[1]);
  });

  it('say that the answer above is all there is, and that its passage cites no source, rather than show it again', async () => {
    const replyTo = await threadOn('Why does Uzbekistan skip SCO exercises?');
    const command = (name: string) => `(?:\\*\\*/${name}\\*\\*|</${name}:\\d+>)`;
    for (const source of ['source?', 'which outlet?']) {
      expect(await replyTo(source), source).toMatchObject({ content: expect.stringMatching(new RegExp(`^\`p14\` cites no source of its own\\. ${command('cite')} shows one of the paper's footnotes\\.$`)), embeds: [] });
    }
    // "what does that mean?": the paper's own words are all there is, and "why?" the reason its sentence gives.
    expect(await replyTo('what does that mean?')).toMatchObject({ content: expect.stringMatching(/^I can only show what the paper says, in its own words; .* The answer above is `p14`: “/), embeds: [] });
    expect(await replyTo('why?')).toMatchObject({ content: expect.stringMatching(/^`p14` gives the reason, in the passage above: “[^”]*because it fears domination/), embeds: [] });
    // Passages matching it less closely, a page at a time, then none left.
    for (const more of ['tell me more', 'go on']) expect((await replyTo(more)).embeds![0]!.footer.text, more).toMatch(/^Passage p(?!14 |8 )\d+ /);
    // The last page of them is the answer above, whose other passages are under its More passages.
    expect(await replyTo('anything else?')).toMatchObject({ content: expect.stringMatching(new RegExp(`^The answer above has \\d+ passages that answer it: \\*\\*More passages\\*\\* under it shows the others\\. That is all the paper has on it; ${command('search')} finds others\\.$`)), embeds: [] });
    // Turned to a passage that cites a footnote, "source?" shows it with its sources.
    const china = await replyTo('what did China pledge to Kyrgyzstan in 2004?');
    expect(china.embeds![0]!.footer.text).toMatch(/^Passage p5 /);
    const sources = (await replyTo('source?')).embeds![0]!;
    expect(sources.footer.text).toMatch(/^Passage p5 /);
    expect(sources.fields.find((f) => f.name === 'Sources')!.value).toMatch(/^\[iii\] Joshua Kucera/);
    // After the paper's card, "what are the sources?" lists the paper's footnotes under it.
    const card = await (await threadOn("what's the main argument of this article?"))('what are the sources?');
    expect(card.embeds![0]!.footer.text).toMatch(/^Document tresa2015 /);
    expect(card.embeds![1]!.description).toMatch(/^\[i\] /);
  });

  it('say how to ask on from an earlier question where none is in view: a command, a DM, a channel', async () => {
    const asked = await ask({ question: 'and why?' });
    expect(asked.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^That follows on from an earlier question, which I don’t see here\. Ask it whole/) });
    for (const where of [{ dm: true }, {}]) {
      const before = server.channelMessages.length;
      server.sendMessage(`${where.dm ? '' : `<@${server.botUser.id}> `}tell me more`, server.user(), where);
      await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply');
      expect(server.channelMessages.at(-1)!.body.content).toMatch(/^That follows on from an earlier question/);
    }
  });

  it('start from the whole question, and keep it as the question of whoever asked it', async () => {
    const question = Array.from({ length: 12 }, () => 'What did China pledge to Kyrgyzstan in 2004?').join(' ');
    const asker = server.user('thread-asker');
    const answer = await ask({ question }, asker);
    const click = server.click(answer.message!, buttonId(answer, /Discuss in thread/), server.user('thread-starter'));
    await server.interact(click.interaction);
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the thread to start');
    const thread = server.threads.at(-1)!;
    expect(thread.name.length).toBeLessThanOrEqual(100);
    // The turn is saved just after the reply.
    await vi.waitFor(() => {
      const store = openStore(dataDir);
      const [turns, holdings] = [store.threadTurns<{ question: string }>(thread.id), store.holdings(asker.id)];
      store.close();
      expect(turns!.map((t) => t.question)).toEqual([question]);
      expect(holdings.threadTurns).toBe(1);
    });
  });
});

describe('/quiz', () => {
  it('asks the channel a question, tells each member privately whether they were right, and keeps the table', async () => {
    const asked = await server.interact(quizCommand('start'));
    expect(asked.data!.flags ?? 0).toBe(0);
    expect(asked.data!.embeds![0]!.description).toContain('_____');
    const options = buttons(asked);
    expect(options).toHaveLength(4);
    const id = /^quiz:([\w-]+):\d$/.exec(options[0]!.custom_id!)![1]!;
    const store = openStore(dataDir);
    const saved = store.quizQuestion<{ correct: number; options: string[]; passageId: string }>(id)!;
    store.close();
    const [alice, bob] = [server.user('alice'), server.user('bob')];
    // A button the question never had (a forged custom id) answers nothing and counts nothing: her real answer counts.
    const forged = await server.interact(server.click(asked.message!, `quiz:${id}:7`, alice).interaction);
    expect(forged.data).toMatchObject({ flags: EPHEMERAL, content: 'That is not one of this question’s answers — pick one of its buttons.' });
    const right = await server.interact(server.click(asked.message!, options[saved.correct]!.custom_id!, alice).interaction);
    expect(right.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^✅ Right: it is \*\*/) });
    expect(right.data!.embeds![0]!.footer!.text).toContain(`passage ${saved.passageId}`);
    const again = await server.interact(server.click(asked.message!, options[saved.correct]!.custom_id!, alice).interaction);
    expect(again.data!.content).toBe('You have answered this one already — /quiz start asks another.');
    const wrongIndex = (saved.correct + 1) % 4;
    const wrong = await server.interact(server.click(asked.message!, options[wrongIndex]!.custom_id!, bob).interaction);
    expect(wrong.data!.content).toBe(`❌ Not quite: it is **${saved.options[saved.correct]}**. /quiz start asks another; /quiz score shows the table.`);
  });

  it('shows the channel’s scores without pinging anyone, and narrows questions to a topic', async () => {
    const score = await server.interact(quizCommand('score'));
    nobodyPinged(score);
    expect(score.data!.embeds![0]!.description).toMatch(/^1\. <@\d+> — 1 right, 0 wrong\n2\. <@\d+> — 0 right, 1 wrong$/);
    const topical = await server.interact(quizCommand('start', { topic: 'India and Tajikistan' }));
    expect(topical.data!.embeds![0]!.footer!.text).toMatch(/^From passage p(17|18|19|7)/);
    const nothing = await server.interact(quizCommand('start', { topic: 'the weather in Paris' }));
    expect(nothing.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^The paper has nothing on/) });
  });

  it('asks a topic’s facts again once all were asked, keeping what the channel was asked of the rest of the paper', async () => {
    const channel = server.guild.channelId;
    const asked = () => {
      const store = openStore(dataDir);
      const facts = store.askedFacts(channel);
      store.close();
      return facts;
    };
    await server.interact(quizCommand('start'));
    await vi.waitFor(() => expect(asked().size).toBeGreaterThan(0));
    const earlier = asked();
    for (let i = 0; i < 10; i += 1) expect((await server.interact(quizCommand('start', { topic: 'Mongols' }))).data!.embeds![0]!.footer!.text).toMatch(/^From passage p1\b/);
    await vi.waitFor(() => expect([...earlier].every((fact) => asked().has(fact))).toBe(true));
  });
});

describe('/forget-me', () => {
  it('shows privately what the bot keeps, and after "Delete everything" no row of any table refers to the member', async () => {
    const member = server.user('leaving');
    const answer = await ask({ question: 'What is RATS?' }, member);
    await server.interact(server.click(answer.message!, buttonId(answer, /^Helpful/), member).interaction);
    await ask({ question: 'What is the weather today?' }, member);
    const quiz = await server.interact(server.chatInput('quiz', {}, member, {}, 'start').interaction);
    await server.interact(server.click(quiz.message!, buttons(quiz)[0]!.custom_id!, member).interaction);
    const threaded = await ask({ question: 'What did India donate to Tajikistan?' }, member);
    const click = server.click(threaded.message!, buttonId(threaded, /Discuss in thread/), member);
    await server.interact(click.interaction);
    await server.waitFor(() => server.webhookMessagesFor(click.token).length === 1, 10_000, 'the thread to start');
    const before = server.channelMessages.length;
    server.sendMessage(`<@${server.botUser.id}> what about Kazakhstan?`, member, { threadId: server.threads.at(-1)!.id });
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'the follow-up answer');

    const pseudonym = pseudonymizer(pseudonymKey(dataDir, null))(member.id);
    await vi.waitFor(() => expect(rowsMentioning(dataDir, pseudonym)).toEqual({ feedback: 1, abstentions: 1, quiz_answers: 1, thread_turns: 2 }));
    expect(rowsMentioning(dataDir, member.id)).toEqual({ quiz_scores: 1 });

    const cancelled = await server.interact(server.chatInput('forget-me', {}, member).interaction);
    const cancel = await server.interact(server.click(cancelled.message!, buttonId(cancelled, /^Cancel$/), member).interaction);
    expect(cancel).toMatchObject({ type: 7, data: { content: 'Nothing was deleted.', components: [] } });
    expect(rowsMentioning(dataDir, member.id)).toEqual({ quiz_scores: 1 });

    const asked = await server.interact(server.chatInput('forget-me', {}, member).interaction);
    expect(asked.data!.flags).toBe(EPHEMERAL);
    expect(asked.data!.content).toMatch(/^The bot keeps, about you: 1 vote, 1 question it could not answer, 2 questions in discussion threads and DMs, 1 quiz answer, 1 line on a channel’s quiz table\./);
    const done = await server.interact(server.click(asked.message!, buttonId(asked, /^Delete everything$/), member).interaction);
    expect(done).toMatchObject({ type: 7, data: { components: [] } });
    expect(done.data!.content).toMatch(/^Deleted: 1 vote, .*\. The bot keeps nothing more about you\.$/);
    expect(rowsMentioning(dataDir, pseudonym)).toEqual({});
    expect(rowsMentioning(dataDir, member.id)).toEqual({});
    const again = await server.interact(server.chatInput('forget-me', {}, member).interaction);
    expect(again.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^The bot keeps nothing about you/), components: [] });
  });
});

describe('mentions and DMs', () => {
  it('replies to "@Bot question" in a channel with the same answer, pinging nobody', async () => {
    const before = server.channelMessages.length;
    const message = server.sendMessage(`<@${server.botUser.id}> why does Uzbekistan skip SCO exercises?`);
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the mention');
    const reply = server.channelMessages.at(-1)!;
    expect(reply.channelId).toBe(message.channel_id);
    expect(reply.body.message_reference).toMatchObject({ message_id: message.id });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect((reply.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p14/);
  });

  it('answers "@Bot help" with how to use it, not with the paper', async () => {
    const before = server.channelMessages.length;
    server.sendMessage(`<@${server.botUser.id}> help`);
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to "@Bot help"');
    const reply = server.channelMessages.at(-1)!;
    expect((reply.body.embeds as Array<{ title: string; description: string }>)[0]).toMatchObject({ title: 'How to use this bot', description: expect.stringContaining('You can also mention me with a question') });
  });

  it('edits its reply when a question mentioning it is edited, not posting another; an edit that asks nothing new or drops the mention leaves it', async () => {
    const asker = server.user('typo');
    const mention = (text: string) => `<@${server.botUser.id}> ${text}`;
    const before = server.channelMessages.length;
    const message = server.sendMessage(mention('what is RTAS?'), asker);
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the mention');
    const reply = server.channelMessages.at(-1)!;
    server.editMessage(message, mention('what is RATS?'), 10_000);
    await server.waitFor(() => editsOf(reply.message).length === 1, 10_000, 'the reply to be edited');
    const edit = server.edits.find((e) => e.messageId === reply.message.id)!;
    expect(edit.channelId).toBe(message.channel_id);
    expect((edit.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p16/);
    const labels = (edit.body.components as Array<{ components: Array<{ label: string; custom_id: string }> }>).flatMap((row) => row.components);
    expect(labels.at(-1)).toMatchObject({ label: 'Delete', custom_id: `delete:${asker.id}` });
    // The same question again (as when a link's preview is added), chat, the mention taken out: the answer stands.
    server.editMessage(message, mention('what is RATS?'), 15_000);
    server.editMessage(message, mention('thanks!'), 20_000);
    server.editMessage(message, 'What did India donate to Tajikistan?', 25_000);
    // Edits are taken in order: once this one is answered, those before it have been read.
    server.editMessage(message, mention('What did India donate to Tajikistan? And why?'), 30_000);
    await server.waitFor(() => editsOf(reply.message).length === 2, 10_000, 'the reply to be edited for the last edit');
    expect(editsOf(reply.message)).toEqual(['what is RATS?', 'What did India donate to Tajikistan? And why?']);
    expect(server.channelMessages.length).toBe(before + 1);
  });

  it('answers a message once a mention of it is added by an edit within the minute', async () => {
    const before = server.channelMessages.length;
    const message = server.sendMessage('What did India donate to Tajikistan?');
    server.editMessage(message, `<@${server.botUser.id}> What did India donate to Tajikistan?`);
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the edited message');
    const reply = server.channelMessages.at(-1)!;
    expect(reply.body.message_reference).toMatchObject({ message_id: message.id });
    expect((reply.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p18/);
    expect(server.channelMessages.length).toBe(before + 1);
  });

  it('answers a reply to its answer that asked nothing once it is edited into a question', async () => {
    const inChannel = await ask({ question: 'Why does Uzbekistan skip SCO exercises?' });
    const before = server.channelMessages.length;
    const chat = server.sendMessage('look at this one, Sam', server.user(), { replyTo: inChannel.message! });
    server.editMessage(chat, 'look at this one, Sam. And why does it fear Russia?');
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'the reply to the edited question');
    const reply = server.channelMessages.at(-1)!;
    expect(reply.body.message_reference).toMatchObject({ message_id: chat.id });
    expect((reply.body.embeds as Array<{ title: string }>)[0]!.title).toBe('look at this one, Sam. And why does it fear Russia?');
    expect(server.channelMessages.length).toBe(before + 1);
  });

  it('answers two quick edits of a question in a DM one after the other, ending with the last one’s answer', async () => {
    const asker = server.user('quick-typo');
    const before = server.channelMessages.length;
    const dm = server.sendMessage('what is RTAS?', asker, { dm: true });
    // Both edits arrive before the first answer is sent: each waits for the answer to the one before.
    server.editMessage(dm, 'What did India donate to Tajikistan?', 2_000);
    server.editMessage(dm, 'What is RATS?', 3_000);
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the DM');
    const reply = server.channelMessages.at(-1)!;
    await server.waitFor(() => editsOf(reply.message).length === 2, 10_000, 'the reply to be edited twice');
    expect(editsOf(reply.message)).toEqual(['What did India donate to Tajikistan?', 'What is RATS?']);
    expect(server.channelMessages.length).toBe(before + 1);
  });

  it('ignores channel messages that do not mention it, and answers a DM', async () => {
    const before = server.channelMessages.length;
    server.sendMessage('why does Uzbekistan skip SCO exercises?');
    const dm = server.sendMessage('What did India donate to Tajikistan?', server.user(), { dm: true });
    await server.waitFor(() => server.channelMessages.length > before, 10_000, 'a reply to the DM');
    expect(server.channelMessages.length).toBe(before + 1);
    const reply = server.channelMessages.at(-1)!;
    expect(reply.channelId).toBe(dm.channel_id);
    expect((reply.body.embeds as Array<{ footer: { text: string } }>)[0]!.footer.text).toMatch(/^Passage p18/);
  });

  it('says a slash command typed in a mention is one to pick from the / menu, and answers "/ask" as the question after it', async () => {
    const reply = async (text: string) => {
      const before = server.channelMessages.length;
      server.sendMessage(`<@${server.botUser.id}> ${text}`);
      await server.waitFor(() => server.channelMessages.length > before, 10_000, `a reply to "${text}"`);
      return server.channelMessages.at(-1)!.body as { content?: string; embeds?: Array<{ footer: { text: string } }> };
    };
    // The command named as a link where its id is known, else in bold.
    expect((await reply('/cite iii')).content).toMatch(/^(?:<\/cite:\d+>|\*\*\/cite\*\*) is a slash command: type \/ in the message box and pick it from the list, then give it “iii”\.$/);
    expect((await reply('/quiz')).content).toMatch(/^(?:<\/quiz:\d+>|\*\*\/quiz\*\*) is a slash command: type \/ in the message box and pick it from the list\.$/);
    expect((await reply('/ask What is RATS?')).embeds![0]!.footer.text).toMatch(/^Passage p16/);
  });

  it('follows on in a DM from the question asked before it there, as in a discussion thread', async () => {
    const student = server.user('dm-student');
    const say = async (text: string) => {
      const before = server.channelMessages.length;
      server.sendMessage(text, student, { dm: true });
      await server.waitFor(() => server.channelMessages.length > before, 10_000, `a reply to "${text}"`);
      return server.channelMessages.at(-1)!.body as { content?: string; embeds?: Array<{ description: string; footer: { text: string } }> };
    };
    expect((await say('What did China promise Kyrgyzstan in 2004?')).embeds![0]!.footer.text).toMatch(/^Passage p5/);
    const more = await say('what was the money for?');
    expect(more.content ?? '').not.toMatch(/earlier question/);
    expect(more.embeds![0]!.description).toContain('upgrading of weapons and equipment');
    // A follow-up the paper does not answer leaves the discussion where it was: "when?" after it dates the aid.
    const refused = await say('who was the president there?');
    expect(JSON.stringify(refused)).toMatch(/doesn.t (?:cover|answer) that/);
    expect((await say('when?')).embeds![0]!.footer.text).toMatch(/^Passage p5/);
  });
});

describe('the gateway', () => {
  it('resumes after the connection drops mid-conversation and still answers what was sent meanwhile', async () => {
    const resumesBefore = server.resumes.length;
    server.dropConnection(0);
    const pending = ask({ question: 'What is RATS?' });
    await server.waitFor(() => server.resumes.length > resumesBefore, 15_000, 'a Resume');
    const callback = await pending;
    expect(callback.data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
    expect(server.identifies).toHaveLength(1);
  });

  it('never writes the token to its logs', () => {
    expect(bot.stdout()).not.toContain(TOKEN);
    expect(bot.stderr()).not.toContain(TOKEN);
  });
});
