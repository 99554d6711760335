import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createCooldown } from '../src/discord/cooldown.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnopqrstuvwxyz';

describe('configuration', () => {
  it('has working defaults and no token for the local console', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ token: null, apiUrl: null, logLevel: 'info', cooldownQuestions: 5, cooldownSeconds: 30, answerMentions: true, answerChannels: [], shardCount: null, shardMode: 'internal', watchCorpus: true, corpusMaxFileMb: 20 });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_GUILD_ID: '223456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9000/api/',
      LOG_LEVEL: 'DEBUG', COOLDOWN_QUESTIONS: '3', COOLDOWN_SECONDS: '10', ANSWER_MENTIONS: 'false', SHARD_COUNT: 'auto', PSEUDONYM_KEY: 'k'.repeat(64), SHARD_MODE: 'Process',
      ANSWER_CHANNELS: ' 323456789012345678, 423456789012345678,,323456789012345678 ', WATCH_CORPUS: 'off', CORPUS_MAX_FILE_MB: '5',
    });
    expect(config).toMatchObject({ token: TOKEN, clientId: '123456789012345678', guildId: '223456789012345678', apiUrl: 'http://127.0.0.1:9000/api', logLevel: 'debug', cooldownQuestions: 3, cooldownSeconds: 10, answerMentions: false, shardCount: 'auto', pseudonymKey: 'k'.repeat(64), shardMode: 'process' });
    expect(config).toMatchObject({ answerChannels: ['323456789012345678', '423456789012345678'], watchCorpus: false, corpusMaxFileMb: 5 });
    expect(loadConfig({}).pseudonymKey).toBeNull();
  });

  it.each([
    [{ DISCORD_TOKEN: 'has spaces in it but is long' }, 'DISCORD_TOKEN'],
    // An unterminated quote in .env: dotenv keeps the quote.
    [{ DISCORD_TOKEN: '"MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnopqrstuvwxyz' }, 'DISCORD_TOKEN'],
    [{ DISCORD_CLIENT_ID: '12ab' }, 'DISCORD_CLIENT_ID'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
    [{ ANSWER_MENTIONS: 'maybe' }, 'ANSWER_MENTIONS'],
    [{ COOLDOWN_SECONDS: '-1' }, 'COOLDOWN_SECONDS'],
    [{ SHARD_COUNT: '0' }, 'SHARD_COUNT'],
    [{ PSEUDONYM_KEY: 'has spaces in it but is long enough to pass' }, 'PSEUDONYM_KEY'],
    [{ SHARD_MODE: 'workers' }, 'SHARD_MODE'],
    [{ SHARD_MODE: 'process' }, 'SHARD_MODE'],
    [{ ANSWER_CHANNELS: '323456789012345678,#general' }, 'ANSWER_CHANNELS'],
    [{ WATCH_CORPUS: 'sometimes' }, 'WATCH_CORPUS'],
    [{ CORPUS_MAX_FILE_MB: '0.5' }, 'CORPUS_MAX_FILE_MB'],
    [{ CORPUS_MAX_FILE_MB: '5000' }, 'CORPUS_MAX_FILE_MB'],
  ])('rejects %o naming %s, without echoing a token', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message.startsWith(variable)).toBe(true);
    expect((error as Error).message).not.toContain('has spaces in it');
  });

  it('says how long a bot token is when the one given is too short', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'abc' })).toThrow(/20 or more letters, digits and \. _ -/);
  });

  it.each(['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL', 'COOLDOWN_QUESTIONS', 'COOLDOWN_SECONDS', 'ANSWER_MENTIONS', 'ANSWER_CHANNELS', 'SHARD_COUNT', 'SHARD_MODE', 'CORPUS_MAX_FILE_MB', 'WATCH_CORPUS', 'INTERACTIONS_PORT', 'DISCORD_PUBLIC_KEY'])(
    'names %s and the problem when a token is pasted into it, never the value',
    (variable) => {
      expect(() => loadConfig({ [variable]: TOKEN })).toThrow(ConfigError);
      try {
        loadConfig({ [variable]: TOKEN });
      } catch (error) {
        const message = (error as Error).message;
        expect(message).toMatch(new RegExp(`^${variable} (is not|must be) `));
        for (const part of TOKEN.split('.')) expect(message).not.toContain(part.slice(0, 6));
      }
    },
  );
});

describe('HTTP interactions mode', () => {
  const KEY = 'a'.repeat(64);
  const http = { INTERACTIONS_PORT: '8443', DISCORD_PUBLIC_KEY: KEY, DISCORD_TOKEN: TOKEN };

  it('reads the port and the public key, and answers no mentions (they need the gateway)', () => {
    const config = loadConfig(http);
    expect(config).toMatchObject({ interactionsPort: 8443, interactionsHost: '127.0.0.1', publicKey: KEY, answerMentions: false });
    expect(loadConfig({}).interactionsPort).toBeNull();
  });

  it.each([
    [{ ...http, DISCORD_PUBLIC_KEY: undefined }, 'DISCORD_PUBLIC_KEY', /is not set/],
    [{ ...http, DISCORD_PUBLIC_KEY: 'zz'.repeat(32) }, 'DISCORD_PUBLIC_KEY', /64 hexadecimal digits/],
    [{ ...http, DISCORD_TOKEN: undefined }, 'DISCORD_TOKEN', /is not set/],
    [{ ...http, INTERACTIONS_PORT: '70000' }, 'INTERACTIONS_PORT', /whole number from 1 to 65535/],
    [{ ...http, ANSWER_CHANNELS: '323456789012345678' }, 'ANSWER_CHANNELS', /needs the gateway/],
    [{ ...http, ANSWER_MENTIONS: 'true' }, 'ANSWER_MENTIONS', /needs the gateway/],
    [{ ...http, SHARD_COUNT: '2' }, 'SHARD_COUNT', /several workers/],
  ])('refuses %o naming %s', (env, variable, problem) => {
    expect(() => loadConfig(env)).toThrow(problem);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable} `));
  });

  it('never echoes a bad public key', () => {
    expect(() => loadConfig({ ...http, DISCORD_PUBLIC_KEY: 'not-a-key-but-a-secret' })).not.toThrow(/not-a-key-but-a-secret/);
  });
});

describe('DATABASE_URL', () => {
  const key = 'k'.repeat(32);
  it('takes a PostgreSQL URL, with PSEUDONYM_KEY', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://bot:pw@db.example:5432/bot', PSEUDONYM_KEY: key }).databaseUrl).toBe('postgres://bot:pw@db.example:5432/bot');
    expect(loadConfig({}).databaseUrl).toBeNull();
  });

  it.each([
    [{ DATABASE_URL: 'mysql://bot:hunter2-password@db/bot', PSEUDONYM_KEY: key }, 'DATABASE_URL', /must be a PostgreSQL URL/],
    [{ DATABASE_URL: 'hunter2-password', PSEUDONYM_KEY: key }, 'DATABASE_URL', /must be a PostgreSQL URL/],
    [{ DATABASE_URL: 'postgres://bot:hunter2-password@db/bot' }, 'PSEUDONYM_KEY', /DATABASE_URL needs it/],
  ])('refuses %o naming %s, never the password', (env, variable, problem) => {
    expect(() => loadConfig(env)).toThrow(problem);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable} `));
    expect(() => loadConfig(env)).not.toThrow(/hunter2/);
  });
});

describe('PSEUDONYM_KEY', () => {
  it('must be long enough to be a secret, and the error never shows it', () => {
    expect(() => loadConfig({ PSEUDONYM_KEY: 'tooshort-secret' })).toThrow(/^PSEUDONYM_KEY must be at least 32 characters with no spaces/);
    expect(() => loadConfig({ PSEUDONYM_KEY: 'tooshort-secret' })).not.toThrow(/tooshort-secret/);
  });
});

describe('cooldown', () => {
  it('allows a few questions per window, then says how long to wait, per user', () => {
    const cooldown = createCooldown(2, 10);
    expect(cooldown.take('a', 0)).toBe(0);
    expect(cooldown.take('a', 1_000)).toBe(0);
    expect(cooldown.take('a', 2_000)).toBe(8);
    expect(cooldown.take('b', 2_000)).toBe(0);
    expect(cooldown.take('a', 10_001)).toBe(0);
  });

  it('forgets users whose window has passed, without waiting for them to ask again', () => {
    const cooldown = createCooldown(5, 30);
    for (let user = 0; user < 10_000; user += 1) cooldown.take(`user${user}`, user);
    expect(cooldown.size).toBe(10_000);
    cooldown.take('late', 30_000 + 4_999);
    // Users 0 to 4,999 asked more than 30 s before; 5,000 to 9,999 and the late one are still in their window.
    expect(cooldown.size).toBe(5_001);
    cooldown.take('later', 60_000 + 10_000);
    expect(cooldown.size).toBe(1);
  });

  it('answers exactly as a plain per-user list of recent questions would, and holds only users inside the window', () => {
    const step = fc.record({ user: fc.integer({ min: 0, max: 5 }), after: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.constant(0), fc.integer({ min: 0, max: 15_000 })) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 10 }), fc.array(step, { maxLength: 60 }), (questions, seconds, steps) => {
        const cooldown = createCooldown(questions, seconds);
        const windowMs = seconds * 1000;
        const allowed = new Map<number, number[]>();
        let now = 0;
        for (const { user, after } of steps) {
          now += after;
          const recent = (allowed.get(user) ?? []).filter((t) => now - t < windowMs);
          const expected = recent.length >= questions ? Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) : 0;
          if (expected === 0) recent.push(now);
          allowed.set(user, recent);
          expect(cooldown.take(String(user), now)).toBe(expected);
          expect(cooldown.size).toBe([...allowed.values()].filter((times) => times.length > 0 && now - times.at(-1)! < windowMs).length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
