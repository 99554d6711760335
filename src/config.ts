/**
 * Configuration from the environment (and .env), validated once at start. A bad value is reported as one line
 * naming the variable, the problem and what to do, never the value itself: it may be a token pasted into the
 * wrong line. Nothing else reads process.env.
 */
import { resolve } from 'node:path';
import { DEFAULT_MAX_FILE_MB } from './corpus/read.js';
import { corpusDir } from './paths.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const SHARD_MODES = ['internal', 'process'] as const;
export type ShardMode = (typeof SHARD_MODES)[number];

export interface Config {
  /** The bot's token; null opens the local console instead of Discord. */
  token: string | null;
  /** The application's id, for registering commands. */
  clientId: string | null;
  /** Register commands in this server only (instant updates while testing). */
  guildId: string | null;
  /** Base URL of a Discord-compatible REST API (discord.js's `rest.api`); null for Discord's own. */
  apiUrl: string | null;
  logLevel: LogLevel;
  /** Questions one user may ask per cooldown window. Default 5. */
  cooldownQuestions: number;
  /** Length of the cooldown window in seconds. Default 30. */
  cooldownSeconds: number;
  /** Answer "@Bot question" messages and DMs (Discord sends their text without the Message Content intent). Default true. */
  answerMentions: boolean;
  /**
   * Channels where any question is answered without a mention: text channels (answered in a thread under the
   * message) and forums (answered in the post). Non-empty, they need the privileged Message Content intent. Default none.
   */
  answerChannels: string[];
  /** How many gateway shards to run, or "auto" for Discord's recommendation; null for one shard. */
  shardCount: number | 'auto' | null;
  /** "internal": every shard in this process, sharing one index (default); "process": one process per shard (ShardingManager). */
  shardMode: ShardMode;
  corpusDir: string;
  /** Re-read the corpus when a file in it changes; false leaves reloading to /admin reload. Default true. */
  watchCorpus: boolean;
  /** Largest corpus file read, in MB; a larger one is refused, naming the file. Default 20. */
  corpusMaxFileMb: number;
  /** Folder of the bot's SQLite store (feedback, threads, quiz). Default ./data. */
  dataDir: string;
  /**
   * The key that turns member ids into pseudonyms (HMAC-SHA-256), kept outside the database; null to use
   * `DATA_DIR/secret.key`, made on first start.
   */
  pseudonymKey: string | null;
  /**
   * Serve Discord's HTTP interactions endpoint on this port instead of connecting to the gateway; null for the
   * gateway. Needs `publicKey`.
   */
  interactionsPort: number | null;
  /** The address the interactions endpoint listens on. Default 127.0.0.1 (behind a reverse proxy). */
  interactionsHost: string;
  /** The application's Ed25519 public key (64 hex digits), which signs every request to the endpoint. */
  publicKey: string | null;
  /** A PostgreSQL URL: the store lives there instead of DATA_DIR's SQLite file (several machines share it). */
  databaseUrl: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name];
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function snowflake(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = optional(env, name);
  if (value !== null && !SNOWFLAKE.test(value)) {
    throw new ConfigError(name, 'is not a Discord id (17 to 20 digits); copy it from Discord with Developer Mode on');
  }
  return value;
}

/** A comma-separated list of Discord ids; each bad entry is named. */
function snowflakes(env: NodeJS.ProcessEnv, name: string): string[] {
  const value = optional(env, name);
  if (value === null) return [];
  const ids = value.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const bad = ids.findIndex((id) => !SNOWFLAKE.test(id));
  if (bad >= 0) {
    throw new ConfigError(name, `must be channel ids separated by commas; entry ${bad + 1} of ${ids.length} is not a Discord id (17 to 20 digits; copy it with Developer Mode on)`);
  }
  return [...new Set(ids)];
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const value = optional(env, name);
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new ConfigError(name, `must be a whole number from 1 to ${max}`);
  }
  return Number(value);
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = optional(env, name);
  if (value === null) return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(name, 'must be true or false');
}

/** A pseudonym key shorter than this is too easy to guess. */
export const MIN_KEY_LENGTH = 32;

function secretKey(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = optional(env, name);
  // The value is a secret: the message says what is wrong with it, never what it is.
  if (value !== null && (value.length < MIN_KEY_LENGTH || /\s/.test(value))) {
    throw new ConfigError(name, `must be at least ${MIN_KEY_LENGTH} characters with no spaces, e.g. the output of "openssl rand -hex 32"; or leave it unset to use DATA_DIR/secret.key`);
  }
  return value;
}

/** CORPUS_MAX_FILE_MB, for the commands that read only the corpus (`ask`) as well as for the bot. */
/** The URL a setting holds, or null when it is none. */
function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

export function corpusMaxFileMb(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env, 'CORPUS_MAX_FILE_MB', DEFAULT_MAX_FILE_MB, 1024);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const token = optional(env, 'DISCORD_TOKEN');
  // A bot token is letters, digits, '.', '_' and '-': a quote or a space is left over from editing .env.
  if (token !== null && !/^[\w.-]{20,}$/.test(token)) {
    throw new ConfigError('DISCORD_TOKEN', 'does not look like a bot token (a bot token is 20 or more letters, digits and . _ -, with no quotes or spaces); copy it again from the Bot page of the Discord developer portal');
  }
  const apiUrl = optional(env, 'DISCORD_API_URL');
  if (apiUrl !== null) {
    const url = parsedUrl(apiUrl);
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw new ConfigError('DISCORD_API_URL', 'must be an http(s) URL such as http://127.0.0.1:8080/api');
    }
  }
  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const shards = optional(env, 'SHARD_COUNT');
  let shardCount: Config['shardCount'] = null;
  if (shards !== null) {
    if (shards.toLowerCase() === 'auto') shardCount = 'auto';
    else shardCount = positiveInteger(env, 'SHARD_COUNT', 1, 1000);
  }
  const shardMode = (optional(env, 'SHARD_MODE') ?? 'internal').toLowerCase();
  if (!(SHARD_MODES as readonly string[]).includes(shardMode)) {
    throw new ConfigError('SHARD_MODE', 'must be internal or process');
  }
  if (shardMode === 'process' && shardCount === null) {
    throw new ConfigError('SHARD_MODE', 'is process but SHARD_COUNT is not set; set SHARD_COUNT to a number or auto');
  }
  const interactionsPort = optional(env, 'INTERACTIONS_PORT') === null ? null : positiveInteger(env, 'INTERACTIONS_PORT', 0, 65_535);
  const publicKey = optional(env, 'DISCORD_PUBLIC_KEY');
  // A public key is not secret, but the line may hold something else pasted by mistake: its value is not echoed.
  if (publicKey !== null && !/^[0-9a-f]{64}$/i.test(publicKey)) {
    throw new ConfigError('DISCORD_PUBLIC_KEY', 'must be 64 hexadecimal digits; copy it from General Information → Public Key in the developer portal');
  }
  if (interactionsPort !== null) {
    if (publicKey === null) throw new ConfigError('DISCORD_PUBLIC_KEY', 'is not set, and INTERACTIONS_PORT needs it to check that requests come from Discord; copy it from General Information → Public Key in the developer portal');
    if (token === null) throw new ConfigError('DISCORD_TOKEN', 'is not set, and INTERACTIONS_PORT needs it to start threads and read the command ids; copy it from the Bot page of the developer portal');
    // What needs the gateway's events cannot be asked for in HTTP mode: say so rather than silently not do it.
    if (optional(env, 'ANSWER_CHANNELS') !== null) throw new ConfigError('ANSWER_CHANNELS', 'needs the gateway (it reads messages), so it cannot be used with INTERACTIONS_PORT; unset one of them');
    if (flag(env, 'ANSWER_MENTIONS', false)) throw new ConfigError('ANSWER_MENTIONS', 'needs the gateway (it reads messages), so it cannot be true with INTERACTIONS_PORT; unset it');
    if (shardCount !== null) throw new ConfigError('SHARD_COUNT', 'is for gateway shards; with INTERACTIONS_PORT run several workers instead (see Deployment in the README); unset it');
  }
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl !== null) {
    // The URL holds a password: what is wrong is said, never the value.
    const url = parsedUrl(databaseUrl);
    if (!url || !/^postgres(ql)?:$/.test(url.protocol) || url.hostname === '') {
      throw new ConfigError('DATABASE_URL', 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database');
    }
    if (optional(env, 'PSEUDONYM_KEY') === null) {
      throw new ConfigError('PSEUDONYM_KEY', 'is not set, and DATABASE_URL needs it: every worker must pseudonymise members with the same key (e.g. the output of "openssl rand -hex 32")');
    }
  }
  return {
    token,
    clientId: snowflake(env, 'DISCORD_CLIENT_ID'),
    guildId: snowflake(env, 'DISCORD_GUILD_ID'),
    apiUrl: apiUrl?.replace(/\/+$/, '') ?? null,
    logLevel: logLevel as LogLevel,
    cooldownQuestions: positiveInteger(env, 'COOLDOWN_QUESTIONS', 5, 1000),
    cooldownSeconds: positiveInteger(env, 'COOLDOWN_SECONDS', 30, 86_400),
    answerMentions: flag(env, 'ANSWER_MENTIONS', interactionsPort === null),
    answerChannels: snowflakes(env, 'ANSWER_CHANNELS'),
    shardCount,
    shardMode: shardMode as ShardMode,
    corpusDir: corpusDir(env),
    watchCorpus: flag(env, 'WATCH_CORPUS', true),
    corpusMaxFileMb: corpusMaxFileMb(env),
    dataDir: resolve(optional(env, 'DATA_DIR') ?? 'data'),
    pseudonymKey: secretKey(env, 'PSEUDONYM_KEY'),
    interactionsPort,
    interactionsHost: optional(env, 'INTERACTIONS_HOST') ?? '127.0.0.1',
    publicKey,
    databaseUrl,
  };
}
