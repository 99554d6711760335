import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { it, expect } from 'vitest';
import { startBot } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';

it('before: /ask under a lock', async () => {
  const server = await new FakeDiscord({ token: 'tmp-token-0123456789abcdefghij' }).start();
  const dataDir = mkdtempSync(join(tmpdir(), 'lock-'));
  const bot = startBot(server, { DATA_DIR: dataDir, COOLDOWN_QUESTIONS: '1000' });
  await bot.waitForLog((l) => l.msg === 'connected to Discord');
  const answer = await server.interact(server.chatInput('ask', { question: 'What is RATS?' }).interaction);
  const other = new Database(join(dataDir, 'bot.sqlite'), { timeout: 0 });
  other.exec('BEGIN EXCLUSIVE');
  const helpful = answer.data!.components![0]!.components.find((b) => b.label === 'Helpful')!.custom_id!;
  const votes = Array.from({ length: 3 }, () => server.interact(server.click(answer.message!, helpful).interaction));
  const asks = Array.from({ length: 5 }, () => server.interact(server.chatInput('ask', { question: 'What is the weather in Paris?' }).interaction));
  const plain = Array.from({ length: 5 }, () => server.interact(server.chatInput('ask', { question: 'What is RATS?' }).interaction));
  const v = await Promise.all(votes); const a = await Promise.all(asks); const p = await Promise.all(plain);
  console.log('votes', v.map((c) => Math.round(c.latencyMs)), v[0]!.data!.content);
  console.log('abstaining asks', a.map((c) => Math.round(c.latencyMs)));
  console.log('plain asks', p.map((c) => Math.round(c.latencyMs)));
  other.exec('ROLLBACK'); other.close();
  await bot.stop(); await server.stop();
  expect(1).toBe(1);
}, 60_000);
