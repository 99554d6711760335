/** The logger: no interaction token or request body in a log line; errors nothing caught logged, not fatal. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { carriesInteractionToken, redactInteractionTokens } from '../src/discord/interaction-tokens.js';
import { createLogger } from '../src/log.js';
import { projectRoot } from '../src/paths.js';

function logged(write: (logger: ReturnType<typeof createLogger>) => void): string {
  let out = '';
  const sink = new Writable({ write: (chunk, _encoding, done) => ((out += String(chunk)), done()) });
  write(createLogger('info', sink));
  return out;
}

describe('interaction tokens', () => {
  it('are found in interaction and webhook paths only, and redacted from any text', () => {
    expect(carriesInteractionToken('/interactions/1300000000000000006/itoken-abc/callback')).toBe(true);
    expect(carriesInteractionToken('/webhooks/1300000000000000001/itoken-abc/messages/@original')).toBe(true);
    expect(carriesInteractionToken('/webhooks/1300000000000000001')).toBe(false);
    expect(carriesInteractionToken('/channels/1300000000000000003/messages')).toBe(false);
    expect(carriesInteractionToken('/gateway/bot')).toBe(false);
    expect(redactInteractionTokens('POST http://127.0.0.1:1/api/v10/interactions/13/itoken-abc/callback?with_response=false and /webhooks/12/itoken-def')).toBe(
      'POST http://127.0.0.1:1/api/v10/interactions/13/[token]/callback?with_response=false and /webhooks/12/[token]',
    );
  });

  it('never reach a log line through a REST error, and neither does its request body', () => {
    const error = new DiscordAPIError(
      { message: 'Invalid Form Body', code: 50035 },
      50035,
      400,
      'POST',
      'http://127.0.0.1:1/api/v10/interactions/13/itoken-secret/callback',
      { files: [], body: { type: 4, data: { content: 'the whole reply, with what the member asked' } } },
    );
    const line = JSON.parse(logged((logger) => logger.error({ err: error }, 'interaction failed'))) as { err: Record<string, unknown> };
    expect(line.err).toMatchObject({ type: 'DiscordAPIError', code: 50035, status: 400, url: 'http://127.0.0.1:1/api/v10/interactions/13/[token]/callback' });
    expect(JSON.stringify(line)).not.toMatch(/itoken-secret|the whole reply|requestBody/);
  });
});

describe('errors nothing caught', () => {
  it('are logged as one line each, and the process keeps running', () => {
    const log = pathToFileURL(join(projectRoot, 'dist', 'src', 'log.js')).href;
    const script = [
      `import { createLogger, keepServingThroughUncaughtErrors } from ${JSON.stringify(log)};`,
      `keepServingThroughUncaughtErrors(createLogger('info'));`,
      `setTimeout(() => { throw new TypeError('thrown in a timer'); }, 10);`,
      `setTimeout(() => void Promise.reject(new Error('rejected with nobody listening')), 20);`,
      `setTimeout(() => console.log(JSON.stringify({ msg: 'still running' })), 60);`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; origin?: string; err?: { message: string } });
    expect(lines.map((l) => [l.msg, l.origin, l.err?.message])).toEqual([
      ['uncaught error; still serving', 'uncaughtException', 'thrown in a timer'],
      ['uncaught error; still serving', 'unhandledRejection', 'rejected with nobody listening'],
      ['still running', undefined, undefined],
    ]);
  });
});
