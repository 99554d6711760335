/** The HTTP endpoint's parts: Ed25519 signatures, and an answer that misses the deadline following by webhook. */
import { generateKeyPairSync, sign } from 'node:crypto';
import { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../src/present/discord.js';
import { createExchange } from '../src/http/interaction.js';
import { publicKeyFromHex, signedByDiscord } from '../src/http/signature.js';
import { FakeDiscord } from './e2e/fake-discord.js';

describe('signedByDiscord', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  const key = publicKeyFromHex(hex);
  const body = Buffer.from('{"type":1}');
  const now = Date.now();
  const at = (secondsAgo: number) => String(Math.floor(now / 1000) - secondsAgo);
  const signed = (timestamp: string, by = privateKey, text = body) => sign(null, Buffer.concat([Buffer.from(timestamp), text]), by).toString('hex');

  it('accepts what the application’s key signed, within five minutes', () => {
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(signedByDiscord(key, signed(at(0)), at(0), body, now)).toBe(true);
    expect(signedByDiscord(key, signed(at(299)), at(299), body, now)).toBe(true);
  });

  it('refuses another key, another body, a stale or future timestamp, and missing or malformed headers', () => {
    expect(signedByDiscord(key, signed(at(0), generateKeyPairSync('ed25519').privateKey), at(0), body, now)).toBe(false);
    expect(signedByDiscord(key, signed(at(0)), at(0), Buffer.from('{"type":2}'), now)).toBe(false);
    expect(signedByDiscord(key, signed(at(301)), at(301), body, now)).toBe(false);
    expect(signedByDiscord(key, signed(at(-301)), at(-301), body, now)).toBe(false);
    expect(signedByDiscord(key, undefined, at(0), body, now)).toBe(false);
    expect(signedByDiscord(key, signed(at(0)), undefined, body, now)).toBe(false);
    expect(signedByDiscord(key, 'zz'.repeat(64), at(0), body, now)).toBe(false);
  });
});

describe('an answer not ready by the deadline', () => {
  let server: FakeDiscord;
  let rest: REST;
  beforeAll(async () => {
    server = await new FakeDiscord({ token: 'unit-token-0123456789abcdef' }).start();
    rest = new REST({ api: server.apiUrl }).setToken(server.token);
  });
  afterAll(() => server.stop());

  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const exchange = (interaction: Record<string, unknown>) => createExchange(interaction as unknown as APIInteraction, { rest, deadlineMs: 30, sent: Promise.resolve() });

  it('says "thinking" (type 5) in the response, then edits it into the public answer', async () => {
    const { interaction, token } = server.chatInput('about', {});
    const { interaction: asked, response } = exchange(interaction);
    expect(await response).toEqual({ type: 5 });
    await later(10);
    if (asked.kind !== 'command') throw new Error('not a command');
    await asked.reply({ ...notice('late but here'), ephemeral: false });
    expect(server.requests.filter((r) => r.path.includes(token)).map((r) => r.method)).toEqual(['PATCH']);
    expect(server.webhookMessagesFor(token)[0]!.content).toBe('late but here');
  });

  it('keeps a private answer private: a private follow-up, and the public "thinking" deleted', async () => {
    const { interaction, token } = server.chatInput('about', {});
    const { interaction: asked, response } = exchange(interaction);
    expect((await response).type).toBe(5);
    if (asked.kind !== 'command') throw new Error('not a command');
    await asked.reply(notice('only for you'));
    expect(server.requests.filter((r) => r.path.includes(token)).map((r) => `${r.method} ${r.path.split(token)[1]}`)).toEqual(['POST ', 'DELETE /messages/@original']);
    expect(server.webhookMessagesFor(token)[0]!.flags).toBe(64);
  });

  it('acknowledges a button without a change (type 6), then follows up', async () => {
    const message = { id: '1', channel_id: '2', embeds: [], flags: 0 };
    const { interaction, token } = server.click(message as never, 'forget:no');
    const { interaction: clicked, response } = exchange(interaction);
    expect(await response).toEqual({ type: 6 });
    if (clicked.kind !== 'button') throw new Error('not a button');
    await clicked.reply(notice('noted'));
    expect(server.requests.filter((r) => r.path.includes(token)).map((r) => r.method)).toEqual(['POST']);
  });

  it('answers in the response itself when ready in time', async () => {
    const { interaction } = server.chatInput('about', {});
    const { interaction: asked, response } = exchange(interaction);
    if (asked.kind !== 'command') throw new Error('not a command');
    await asked.reply(notice('at once'));
    expect(await response).toMatchObject({ type: 4, data: { content: 'at once', flags: 64 } });
  });
});
