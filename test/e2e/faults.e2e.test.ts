/** Faults through the loopback Discord server: the bot loses nothing, answers nothing twice, and keeps serving. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { type BotProcess, startBot } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';

const CALLBACK = /^POST \/interactions\/\d+\/[^/]+\/callback$/;
let server: FakeDiscord;
let bot: BotProcess;
const dataDir = mkdtempSync(join(tmpdir(), 'faults-data-'));

beforeAll(async () => {
  server = await new FakeDiscord({ token: 'faults-token-0123456789abcdefghij' }).start();
  bot = startBot(server, { COOLDOWN_QUESTIONS: '1000', DATA_DIR: dataDir });
  await bot.waitForLog((l) => l.msg === 'connected to Discord');
});
afterAll(async () => {
  await bot?.stop();
  await server?.stop();
});

function ask(question: string) {
  const { interaction, token } = server.chatInput('ask', { question });
  return { token, answered: server.interact(interaction) };
}

/** After the first callback, waits a moment for a second one that must not come. */
async function expectAnsweredOnce(tokens: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(tokens.map((t) => server.callbacksFor(t).length)).toEqual(tokens.map(() => 1));
}

describe('faults', () => {
  it('loses no interaction and answers none twice when the gateway closes mid-burst', async () => {
    const resumes = server.resumes.length;
    const questions = ['What is RATS?', 'What did India donate to Tajikistan?', 'why does Uzbekistan skip SCO exercises?', 'Who wrote this paper?'];
    const first = Array.from({ length: 20 }, (_, i) => ask(questions[i % questions.length]!));
    server.dropConnection(0);
    const second = Array.from({ length: 20 }, (_, i) => ask(questions[i % questions.length]!));
    const all = [...first, ...second];
    const callbacks = await Promise.all(all.map((a) => a.answered));
    expect(callbacks.every((c) => c.type === 4 && (c.data?.embeds?.length ?? 0) === 1)).toBe(true);
    expect(server.resumes.length).toBe(resumes + 1);
    await expectAnsweredOnce(all.map((a) => a.token));
  });

  it('answers exactly once when the interaction callback fails with 500 and then succeeds', async () => {
    server.injectFault({ match: CALLBACK, status: 500 });
    const { token, answered } = ask('What is RATS?');
    expect((await answered).data!.embeds![0]!.footer!.text).toMatch(/^Passage p16/);
    expect(server.requests.filter((r) => CALLBACK.test(`${r.method} ${r.path}`) && r.path.includes(token))).toHaveLength(2);
    await expectAnsweredOnce([token]);
  });

  it('waits out a 429 with retry-after and answers exactly once', async () => {
    server.injectFault({
      match: CALLBACK,
      status: 429,
      headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
    });
    const { token, answered } = ask('What did India donate to Tajikistan?');
    const start = performance.now();
    expect((await answered).data!.embeds![0]!.footer!.text).toMatch(/^Passage p18/);
    expect(performance.now() - start).toBeGreaterThanOrEqual(250);
    await expectAnsweredOnce([token]);
  });

  it('keeps answering other users while one REST call stalls, and logs the slow one', async () => {
    server.injectFault({ match: /^POST \/channels\/\d+\/messages$/, status: 200, delayMs: 3_000, body: undefined });
    const before = server.requests.length;
    server.sendMessage(`<@${server.botUser.id}> What is RATS?`);
    await server.waitFor(() => server.requests.slice(before).some((r) => r.path.endsWith('/messages')), 5_000, 'the stalled reply to start');
    const start = performance.now();
    const others = await Promise.all(['Who wrote this paper?', 'What is RATS?', 'What did India donate to Tajikistan?'].map((q) => ask(q).answered));
    expect(performance.now() - start).toBeLessThan(1_500);
    expect(others.every((c) => c.data!.embeds!.length === 1)).toBe(true);
    await bot.waitForLog((l) => l.msg === 'slow reply' || l.msg === 'mention failed', 10_000);
  });

  it('answers at once while another process holds the database lock, says truthfully what is not saved yet, and saves it when the lock clears', async () => {
    const member = server.user('locked-out');
    const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }, member).interaction);
    const quiz = await server.interact(server.chatInput('quiz', {}, member, {}, 'start').interaction);
    const option = quiz.data!.components![0]!.components[0]!.custom_id!;
    const direct = openStore(dataDir);
    const correct = direct.quizQuestion<{ correct: number }>(/^quiz:([\w-]+):/.exec(option)![1]!)!.correct;
    direct.close();

    const other = new Database(join(dataDir, 'bot.sqlite'), { timeout: 0 });
    other.exec('BEGIN EXCLUSIVE');
    const helpful = answer.data!.components![0]!.components.find((b) => b.label === 'Helpful')!.custom_id!;
    const vote = server.interact(server.click(answer.message!, helpful, member).interaction);
    const long = Array.from({ length: 30 }, () => 'Which exercises did China hold with Kazakhstan?').join(' ').slice(0, 1000);
    const questions = ['What is RATS?', 'What is the weather today?', long, 'Who wrote this paper?'];
    const asked = await Promise.all(questions.map((question) => server.interact(server.chatInput('ask', { question }, member).interaction)));
    expect(asked.map((c) => c.data!.embeds?.[0]?.footer?.text.split(' ')[1] ?? c.data!.content!.slice(0, 29))).toEqual(['p16', "The paper doesn't cover that.", 'p10', 'tresa2015']);
    // Within Discord's three seconds, with room to spare: before, each write waited two seconds for the lock.
    expect(Math.max(...asked.map((c) => c.latencyMs))).toBeLessThan(1_500);
    expect((await vote).data!.content).toBe('Thanks — noted 👍 for passage p16. The bot’s database is busy, so it is not saved yet; it will be as soon as the database is free.');
    const pick = quiz.data!.components![0]!.components[correct]!.custom_id!;
    const first = await server.interact(server.click(quiz.message!, pick, member).interaction);
    expect(first.data!.content).toMatch(/^✅ Right: it is \*\*.*\*\*\. The bot’s database is busy, so your score is not on the table yet; it will be as soon as the database is free\. \/quiz start asks another; \/quiz score shows the table\.$/);
    const second = await server.interact(server.click(quiz.message!, pick, member).interaction);
    expect(second.data!.content).toBe('You have answered this one already — /quiz start asks another.');
    const forget = await server.interact(server.chatInput('forget-me', {}, member).interaction);
    expect(forget.data!.content).toBe('The bot’s database is busy right now, so I cannot look that up; please try again in a moment.');

    other.exec('ROLLBACK');
    other.close();
    await bot.waitForLog((l) => l.msg === 'store free again: queued writes saved');
    const store = openStore(dataDir);
    const saved = { report: store.report(), scores: store.quizScores(quiz.message!.channel_id), holdings: store.holdings(member.id) };
    store.close();
    expect(saved.report.up).toBe(1);
    expect(saved.report.unanswered.map((u) => u.question)).toContain('What is the weather today?');
    expect(saved.scores).toContainEqual({ userId: member.id, right: 1, wrong: 0 });
    expect(saved.holdings).toMatchObject({ votes: 1, unanswered: 1, quizAnswers: 1, quizScores: 1 });
  });

  it('says "token rejected" and exits 1 when the token is revoked after start', async () => {
    server.revokeToken();
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/token rejected/);
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });
});
