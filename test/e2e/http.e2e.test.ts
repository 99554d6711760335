/**
 * HTTP interactions mode as `npm start` runs it with INTERACTIONS_PORT: two workers on different loopback ports
 * sharing one DATA_DIR, no gateway. The loopback Discord signs each interaction with the application's Ed25519
 * key and POSTs it to one worker or the other, round-robin; follow-ups reach it through the REST API.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, freePort, startBot } from './bot-process.js';
import { FakeDiscord, type InteractionCallback, MODERATOR_PERMISSIONS } from './fake-discord.js';
import { roundRobin } from './round-robin.js';

const TOKEN = 'e2e-token-0123456789abcdefghij';
const EPHEMERAL = 64;
let server: FakeDiscord;
const workers: Array<{ bot: BotProcess; url: string }> = [];
const dataDir = mkdtempSync(join(tmpdir(), 'bot-data-'));

async function startWorker(): Promise<{ bot: BotProcess; url: string }> {
  const port = await freePort();
  const bot = startBot(server, { INTERACTIONS_PORT: String(port), DISCORD_PUBLIC_KEY: server.publicKeyHex, DATA_DIR: dataDir, COOLDOWN_QUESTIONS: '5', COOLDOWN_SECONDS: '60', WATCH_CORPUS: 'false' });
  await bot.waitForLog((l) => l.msg === 'interactions endpoint listening', 30_000);
  return { bot, url: `http://127.0.0.1:${port}/interactions` };
}

beforeAll(async () => {
  server = await new FakeDiscord({ token: TOKEN }).start();
  // One after the other: the second finds the store the first made.
  workers.push(await startWorker());
  workers.push(await startWorker());
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.bot.stop()));
  await server?.stop();
});

const [A, B] = [0, 1];
const post = (worker: number, interaction: Record<string, unknown>) => server.postInteraction(workers[worker]!.url, interaction);
const buttonId = (callback: InteractionCallback, label: RegExp) =>
  callback.data!.components!.flatMap((row) => row.components).find((b) => label.test(b.label ?? ''))!.custom_id!;

describe('the endpoint', () => {
  it('PONGs a ping, answers /healthz, and makes no gateway connection', async () => {
    const ping = await post(A, { id: '1', application_id: server.applicationId, type: 1, token: 'ping-token', version: 1 });
    expect(ping).toMatchObject({ status: 200, body: { type: 1 } });
    const health = await fetch(workers[B]!.url.replace('/interactions', '/healthz'));
    expect(health.status).toBe(200);
    expect(server.identifies).toHaveLength(0);
    expect(server.requests.some((r) => r.path === '/gateway/bot')).toBe(false);
  });

  it('refuses a body too large with 413 and ends the connection, so a request after it on a kept-alive one is answered', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const { hostname, port } = new URL(workers[A]!.url);
    const request = (method: string, path: string, body?: Buffer, chunked = false) =>
      new Promise<{ status: number | undefined; connection: string | undefined }>((resolve, reject) => {
        const headers = body && !chunked ? { 'content-type': 'application/json', 'content-length': String(body.length) } : { 'content-type': 'application/json' };
        const req = http.request({ host: hostname, port, path, method, agent, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const big = Buffer.alloc(2 << 20, 0x20);
    expect(await request('POST', '/interactions', big)).toEqual({ status: 413, connection: 'close' });
    expect(await request('GET', '/healthz')).toMatchObject({ status: 200 });
    // Sent without its length, read until too large.
    expect(await request('POST', '/interactions', big, true)).toEqual({ status: 413, connection: 'close' });
    expect(await request('GET', '/healthz')).toMatchObject({ status: 200 });
    agent.destroy();
  });

  it('reads a body too large to its end before refusing it, so a client still sending it gets the 413, not a reset', async () => {
    const { hostname, port } = new URL(workers[A]!.url);
    const half = Buffer.alloc(1 << 20, 0x20);
    const errors: string[] = [];
    const status = await new Promise<number | undefined>((resolve) => {
      let code: number | undefined;
      const req = http.request({ host: hostname, port, path: '/interactions', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(2 * half.length) } }, (res) => {
        code = res.statusCode;
        res.resume();
      });
      req.on('error', (error: NodeJS.ErrnoException) => errors.push(error.code ?? error.message));
      req.on('close', () => resolve(code));
      // The second half a moment after the first, as a slow client sends: refused at once, it met a closed connection.
      req.write(half);
      setTimeout(() => req.end(half), 100);
    });
    expect(errors).toEqual([]);
    expect(status).toBe(413);
  });

  it('says which setting to change when its port is taken, and exits 1', async () => {
    const port = new URL(workers[A]!.url).port;
    const third = startBot(server, { INTERACTIONS_PORT: port, DISCORD_PUBLIC_KEY: server.publicKeyHex, DATA_DIR: dataDir, WATCH_CORPUS: 'false' });
    expect(await third.exited).toBe(1);
    expect(third.stderr()).toBe(`Configuration error: INTERACTIONS_PORT is in use on 127.0.0.1:${port} by another program; stop it or choose another port\n`);
  }, 30_000);

  it.each(['missing', 'forged', 'stale', 'tampered'] as const)('answers 401 to a %s signature and does nothing', async (fault) => {
    const { interaction, token } = server.chatInput('ask', { question: 'What is RATS?' });
    const answer = await server.postInteraction(workers[A]!.url, interaction, fault);
    expect(answer.status).toBe(401);
    expect(server.callbacksFor(token)).toHaveLength(0);
    expect(server.webhookMessagesFor(token)).toHaveLength(0);
  });
});

describe('one handler layer over HTTP', () => {
  it('answers /ask at once (type 4), and a vote on it sent to the other worker is stored', async () => {
    const asked = await post(A, server.chatInput('ask', { question: 'why does Uzbekistan skip SCO exercises?' }).interaction);
    expect(asked.status).toBe(200);
    expect(asked.body.type).toBe(4);
    expect(asked.body.data!.embeds![0]!.footer!.text).toMatch(/^Passage p14/);
    const voter = server.user('voter');
    const vote = await post(B, server.click(asked.body.message!, buttonId(asked.body, /^Helpful/), voter).interaction);
    expect(vote.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: 'Thanks — noted 👍 for passage p14.' } });
  });

  it('answers a signed interaction once: the same body sent again to the same worker within its five minutes is refused', async () => {
    const { interaction } = server.chatInput('ask', { question: 'What is RATS?' });
    expect((await post(A, interaction)).body.type).toBe(4);
    expect(await post(A, interaction)).toMatchObject({ status: 409, body: { error: 'interaction already received' } });
  });

  it('answers a button under a question too long for its title on the other worker, from the shared store', async () => {
    const question = Array.from({ length: 30 }, () => 'Which exercises did China hold with Kazakhstan?').join(' ').slice(0, 1000);
    const asked = await post(A, server.chatInput('ask', { question }).interaction);
    expect(asked.body.data!.embeds![0]!.title).toMatch(/…$/);
    const shown = /^Passage (\S+)/.exec(asked.body.data!.embeds![0]!.footer!.text)![1]!;
    const vote = await post(B, server.click(asked.body.message!, buttonId(asked.body, /^Helpful/), server.user('long-voter')).interaction);
    expect(vote.body.data!.content).toBe(`Thanks — noted 👍 for passage ${shown}.`);
  });

  it('pages a private answer in place (type 7) on the worker that did not send it', async () => {
    const asked = await post(A, server.chatInput('ask', { question: 'Which exercises did China hold with Kazakhstan?', private: true }).interaction);
    expect(asked.body.data!.flags).toBe(EPHEMERAL);
    const more = await post(B, server.click(asked.body.message!, buttonId(asked.body, /More passages/)).interaction);
    expect(more.body.type).toBe(7);
    expect(more.body.data!.embeds![0]!.footer!.text).toMatch(/answer 2 of/);
    // Paging in place leaves the message's text as it is.
    expect(more.body.data).not.toHaveProperty('content');
  });

  it('suggests while typing (type 8)', async () => {
    const typed = await post(B, server.autocomplete('passage', 'id', 'p1').interaction);
    expect(typed.body.type).toBe(8);
    expect(typed.body.data!.choices!.map((c) => c.value)).toContain('p14');
  });

  it('offers no discussion thread (its follow-ups are mentions, which need the gateway)', async () => {
    const asked = await post(A, server.chatInput('ask', { question: 'What did India donate to Tajikistan?' }).interaction);
    const labels = asked.body.data!.components!.flatMap((row) => row.components).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['Helpful', 'Delete']));
    expect(labels).not.toContain('Discuss in thread');
  });

  it('deletes a public answer for a moderator (type 6, then DELETE @original)', async () => {
    const asked = await post(A, server.chatInput('ask', { question: 'What is RATS?' }).interaction);
    const click = server.click(asked.body.message!, buttonId(asked.body, /Delete/), server.user('mod'), { permissions: MODERATOR_PERMISSIONS });
    expect((await post(B, click.interaction)).body.type).toBe(6);
    await server.waitFor(() => server.deletedResponses.includes(click.token), 10_000, 'the deletion');
  });

  it('posts a private answer once across workers: two presses of "Post to channel" at once, then one more, post one message', async () => {
    const student = server.user('http-poster');
    const asked = await post(A, server.chatInput('ask', { question: 'What did India donate to Tajikistan?', private: true }, student).interaction);
    const press = () => server.click(asked.body.message!, buttonId(asked.body, /Post to channel/), student).interaction;
    const presses = await Promise.all([post(A, press()), post(B, press())]);
    const publicly = presses.filter((p) => (p.body.data!.flags ?? 0) === 0);
    expect(publicly).toHaveLength(1);
    expect(publicly[0]!.body).toMatchObject({ type: 4, data: { content: `Asked by <@${student.id}>` } });
    const told = presses.find((p) => p !== publicly[0])!;
    expect(told.body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^This answer has been posted to the channel already/) });
    const poster = workers[presses.indexOf(publicly[0]!)]!.bot;
    await poster.waitForLog((l) => l.msg === 'private answer posted to the channel' && l.message === asked.body.message!.id);
    const later = await post(A, press());
    const link = `https://discord.com/channels/${server.guild.id}/${server.guild.channelId}/${publicly[0]!.body.message!.id}`;
    expect(later.body.data).toMatchObject({ flags: EPHEMERAL, content: `This answer has been posted to the channel already: ${link}` });
  });

  it('keeps one quiz across workers: an answer counts once whichever worker gets it', async () => {
    const started = await post(A, server.chatInput('quiz', {}, server.user(), {}, 'start').interaction);
    const option = buttonId(started.body, /./);
    const member = server.user('quizzer');
    const first = await post(B, server.click(started.body.message!, option, member).interaction);
    expect(first.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: expect.stringMatching(/^(✅ Right|❌ Not quite): it is \*\*/) } });
    const again = await post(A, server.click(started.body.message!, option, member).interaction);
    expect(again.body.data!.content).toBe('You have answered this one already — /quiz start asks another.');
  });

  it('answers an unknown command, one without a user, one without its data, and /admin reload deferred then followed up', async () => {
    expect((await post(A, server.chatInput('dance', {}).interaction)).body.data).toMatchObject({ flags: EPHEMERAL, content: "I don't know the command /dance. Try /help." });
    const { member: _member, ...nobody } = server.chatInput('help', {}).interaction;
    expect((await post(B, nobody)).body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^I could not tell who sent that/) });
    const { data: _data, ...noData } = server.chatInput('ask', { question: 'What is RATS?' }).interaction;
    expect((await post(A, noData)).body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Sorry — I could not read that request/) });
    await workers[A]!.bot.waitForLog((l) => l.msg === 'interaction could not be read');
    const reload = server.chatInput('admin', {}, server.user('admin'), {}, 'reload');
    expect((await post(A, reload.interaction)).body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    await server.waitFor(() => server.webhookMessagesFor(reload.token).length === 1, 20_000, 'the reload outcome');
    // The outcome replaces the private "thinking": an edit, which carries no privacy flag of its own.
    const edit = server.requests.find((r) => r.method === 'PATCH' && r.path.includes(reload.token))!;
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(edit.body).not.toHaveProperty('flags');
  });
});

describe('stateless workers', () => {
  it('answers every interaction once, round-robin, and when one worker is killed mid-run loses only what was in flight to it', async () => {
    const run = await roundRobin(server, [workers[A]!.url, workers[B]!.url], () => workers[B]!.bot.child.kill('SIGKILL'), { asks: 300 });
    // Only requests in flight to the killed worker at the kill are lost; everything else was answered exactly once.
    for (const key of run.lost) expect(run.inFlightAtKill.has(key)).toBe(true);
    expect(run.lost.length).toBeLessThanOrEqual(run.inFlightAtKill.size);
    for (const [token, answer] of run.answers) {
      expect(answer.status).toBe(200);
      expect(server.callbacksFor(token)).toHaveLength(1);
    }
    expect(run.votesSaved + run.votesQueued + run.votesLost).toBe(run.asks - run.asksLost);
    console.log(`HTTP workers, SQLite: ${run.asks} /ask + votes, worker B killed halfway: ${run.inFlightAtKill.size} in flight to it, ${run.lost.length} lost, ${run.answers.size} answered (${run.votesQueued} votes queued behind a lock)`);
    // Every vote answered "saved" is in the shared store once.
    await workers[A]!.bot.stop();
    const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
    const stored = (db.prepare("SELECT COUNT(*) AS n FROM feedback WHERE question IN ('What is RATS?', 'why does Uzbekistan skip SCO exercises?') AND vote = 1").get() as { n: number }).n;
    db.close();
    // The first describe's vote was on the Uzbekistan question too. A vote lost in flight may have been stored
    // before its worker died, and one queued by the killed worker lost with it; none twice (one row per member,
    // question and passage).
    expect(stored).toBeGreaterThanOrEqual(run.votesSaved + 1);
    expect(stored).toBeLessThanOrEqual(run.votesSaved + run.votesQueued + run.votesLost + 1);
  }, 120_000);
});
