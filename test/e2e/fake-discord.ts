/**
 * A Discord-compatible server for the end-to-end tests, on 127.0.0.1 only: the REST routes the bot uses under
 * /api/v10 and a gateway WebSocket (Hello, Identify, READY, GUILD_CREATE, heartbeat ACK, Resume, dispatches).
 * It records what the bot sends so tests can assert on it, and can inject faults. Like Discord, it sends message
 * events only for the intents identified with, and blanks their text without Message Content unless the message
 * is a DM, mentions the bot or is the bot's own.
 */
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommandInteractionDataOption,
  type APIChannel,
  type APIEmbed,
  type APIGuildMember,
  type APIInteraction,
  type APIMessage,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  type GatewayDispatchPayload,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  MessageType,
} from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';

const DISCORD_EPOCH = 1_420_070_400_000n;
let lastSnowflake = 0n;
/** A fresh, increasing Discord id that holds the time it was made, as Discord's do (discord.js reads messages' age from it). */
export function snowflake(): string {
  const now = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  lastSnowflake = now > lastSnowflake ? now : lastSnowflake + 1n;
  return String(lastSnowflake);
}

/** A guild id whose shard, by Discord's formula (id >> 22) % shards, is `shard`: its time moved on a few milliseconds. */
export function guildIdForShard(shard: number, shards: number): string {
  const time = BigInt(snowflake()) >> 22n;
  const offset = (BigInt(shard) - (time % BigInt(shards)) + BigInt(shards)) % BigInt(shards);
  return String(((time + offset) << 22n) | BigInt(shard));
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  at: number;
}

/** What the bot answered to one interaction: the callback and anything sent through its webhook. */
export interface InteractionCallback {
  type: InteractionResponseType;
  data?: {
    content?: string;
    embeds?: APIEmbed[];
    components?: Array<{ type: number; components: Array<{ type: number; custom_id?: string; label?: string; style?: number }> }>;
    flags?: number;
    allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
    choices?: Array<{ name: string; value: string }>;
  };
  /** The message the callback created, when it created one. */
  message?: APIMessage;
  /** Milliseconds from dispatch to callback. */
  latencyMs: number;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  socket: WebSocket | null;
  seq: number;
  /** Every dispatch sent in this session, for replay on Resume. */
  sent: Array<{ s: number; payload: string }>;
}

/** A planned response that replaces the normal one, once, for a request whose path matches. */
interface Fault {
  match: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the request this long before answering (a stalled endpoint). */
  delayMs?: number;
}

/** The route of an interaction's callback: /interactions/<id>/<token>/callback. */
const CALLBACK_ROUTE = /^\/interactions\/(\d+)\/([^/]+)\/callback$/;

/** Gateway intents the server enforces (GatewayIntentBits). */
const INTENT = { GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;
/** What a member may do by default: everything a student may, but not Manage Messages. */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** A moderator: a member who may also manage messages. */
export const MODERATOR_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 13n));

/** A server of the loopback Discord: a study channel, an answer channel and an answer forum. */
export interface FakeGuild {
  id: string;
  channelId: string;
  answerChannelId: string;
  forumId: string;
  name: string;
}

/** A thread: started by the bot on a message, or a forum post by a member. */
interface FakeThread {
  id: string;
  guildId: string;
  parentId: string;
  name: string;
  ownerId: string;
  forum: boolean;
}

/** Where an interaction or message happens. */
export interface Where {
  guildId?: string;
  channelId?: string;
  dm?: boolean;
  /** A server the bot is not in, where the member uses the app through their own (user) install. */
  userInstall?: boolean;
  /** The member's permissions in the channel (default MEMBER_PERMISSIONS). */
  permissions?: string;
  /** The text chat of a voice channel of the guild. */
  voice?: boolean;
  /** The app's permissions in the channel (`app_permissions`; default MEMBER_PERMISSIONS, CreatePublicThreads among them). */
  appPermissions?: string;
}

/** How a signed POST to a worker's endpoint goes wrong on purpose. */
export type SignatureFault = 'none' | 'missing' | 'forged' | 'stale' | 'tampered';

/** What a worker's endpoint answered to one POSTed interaction. */
export interface HttpAnswer {
  status: number;
  /** The interaction response (type 1, 4, 5, 6, 7 or 8 and its data), or the error body. */
  body: InteractionCallback & { error?: string };
}

export interface FakeDiscordOptions {
  token: string;
  /** How many shards the gateway recommends. Default 1. */
  recommendedShards?: number;
  /** The Message Content intent is switched on in the developer portal; if not, asking for it closes with 4014. Default true. */
  messageContentIntent?: boolean;
  /**
   * Keep what the bot sent for tests to read: its requests with their bodies, its callbacks' payloads and the messages
   * they create. Default true; the bench's long runs turn it off, and the server then keeps only what counts and
   * times the callbacks (it still answers every route as Discord would).
   */
  keepBodies?: boolean;
}

export class FakeDiscord {
  token: string;
  readonly botUser: APIUser = { id: snowflake(), username: 'PaperBot', discriminator: '0', global_name: 'Paper Bot', avatar: null, bot: true };
  readonly applicationId = this.botUser.id;
  /** Every request the bot made, in order (when keeping bodies, see FakeDiscordOptions). */
  readonly requests: RecordedRequest[] = [];
  readonly identifies: Array<{ shard: [number, number]; intents: number }> = [];
  /** Each identify with the whole Identify payload's `d`, token removed. */
  readonly identifyPayloads: Array<Record<string, unknown>> = [];
  readonly resumes: string[] = [];
  readonly commands = new Map<string, unknown[]>();
  readonly channelMessages: Array<{ channelId: string; body: Record<string, unknown>; message: APIMessage }> = [];
  /** Threads the bot started and forum posts. */
  readonly threads: FakeThread[] = [];
  /** Messages the bot edited, and channels it renamed. */
  readonly edits: Array<{ channelId: string; messageId: string; body: Record<string, unknown> }> = [];
  readonly channelEdits: Array<{ channelId: string; body: Record<string, unknown> }> = [];
  /** Interaction responses the bot deleted, by interaction token. */
  readonly deletedResponses: string[] = [];

  /** The application's Ed25519 key pair, as the developer portal holds it: the bot gets only the public half. */
  private readonly signingKeys = generateKeyPairSync('ed25519');
  private server: Server;
  private gateway: WebSocketServer;
  private sessions = new Map<string, Session>();
  /** By interaction token: when it was sent and what the bot answered; the interaction itself when keeping bodies. */
  private callbacks = new Map<string, { dispatchedAt: number; interaction: Record<string, unknown> | null; resolve: (c: InteractionCallback) => void; all: InteractionCallback[] }>();
  /** Messages members sent, by id, for the replies that quote them. */
  private memberMessages = new Map<string, APIMessage>();
  private webhookMessages = new Map<string, APIMessage[]>();
  private waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
  private faults: Fault[] = [];
  private revokeAfter: RegExp | null = null;
  private recommendedShards: number;
  private messageContentIntent: boolean;
  private keepBodies: boolean;
  private guilds: FakeGuild[] = [];
  port = 0;

  constructor(options: FakeDiscordOptions) {
    this.token = options.token;
    this.recommendedShards = options.recommendedShards ?? 1;
    this.messageContentIntent = options.messageContentIntent ?? true;
    this.keepBodies = options.keepBodies ?? true;
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.gateway = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.gateway.on('connection', (socket) => this.handleSocket(socket));
  }

  /** Starts listening on 127.0.0.1 and creates one guild per shard of `shards`. */
  async start(shards = 1): Promise<this> {
    for (let shard = 0; shard < shards; shard += 1) {
      this.guilds.push({ id: guildIdForShard(shard, shards), channelId: snowflake(), answerChannelId: snowflake(), forumId: snowflake(), name: `Study group ${shard + 1}` });
    }
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The application's public key, 64 hex digits, as the developer portal shows it (DISCORD_PUBLIC_KEY). */
  get publicKeyHex(): string {
    return Buffer.from(this.signingKeys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  }

  /** Signs a body as Discord does: Ed25519 over the timestamp (seconds) followed by the body. */
  private signed(body: string, fault: SignatureFault, key: KeyObject = this.signingKeys.privateKey): Record<string, string> {
    if (fault === 'missing') return {};
    const timestamp = String(Math.floor(Date.now() / 1000) - (fault === 'stale' ? 301 : 0));
    const signer = fault === 'forged' ? generateKeyPairSync('ed25519').privateKey : key;
    const signature = sign(null, Buffer.from(timestamp + (fault === 'tampered' ? `${body} ` : body)), signer).toString('hex');
    return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
  }

  /**
   * POSTs an interaction, signed, to a worker's HTTP endpoint (`url`), as Discord does in HTTP mode. The response
   * is the bot's answer; a message it creates is recorded as a callback's is, so its buttons can be clicked.
   */
  async postInteraction(url: string, interaction: Record<string, unknown>, fault: SignatureFault = 'none'): Promise<HttpAnswer> {
    const body = JSON.stringify(interaction);
    const dispatchedAt = performance.now();
    this.callbacks.set(String(interaction.token), { dispatchedAt, interaction: this.keepBodies ? interaction : null, resolve: () => {}, all: [] });
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...this.signed(body, fault) } });
    const answer = (await response.json()) as InteractionCallback & { error?: string };
    if (response.status === 200) {
      const recorded = this.recordCallback(String(interaction.token), answer);
      this.notify();
      return { status: 200, body: recorded };
    }
    return { status: response.status, body: answer };
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get guild(): FakeGuild {
    return this.guilds[0]!;
  }

  guildOfShard(shard: number): FakeGuild {
    return this.guilds[shard]!;
  }

  /** Resolves when `test` holds, checked after every event the server sees; rejects after `timeoutMs`. */
  waitFor(test: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ test, resolve: done });
    });
  }

  private notify(): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.test());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  /** Sessions that have identified and hold an open socket. */
  connectedShards(): number[] {
    return [...this.sessions.values()].filter((s) => s.socket?.readyState === WebSocket.OPEN).map((s) => s.shard[0]);
  }

  /** Replaces the next response to a matching request: an error status, a 429, or a stall. */
  injectFault(fault: Fault): void {
    this.faults.push(fault);
  }

  /** The token is reset, as in the developer portal: sessions close with 4004 and REST answers 401. */
  revokeToken(): void {
    this.token = `revoked-${randomUUID()}`;
    for (const session of this.sessions.values()) {
      session.socket?.close(4004, 'Authentication failed.');
      session.socket = null;
    }
    this.sessions.clear();
  }

  /** Revokes the token (as revokeToken does) once the next request that matches has been answered. */
  revokeTokenAfter(match: RegExp): void {
    this.revokeAfter = match;
  }

  /** Drops the gateway connection of a shard without a close frame, as a network failure would. */
  dropConnection(shard = 0): void {
    for (const session of this.sessions.values()) {
      if (session.shard[0] === shard && session.socket) {
        session.socket.terminate();
        session.socket = null;
      }
    }
  }

  // ---------------------------------------------------------------- gateway

  private handleSocket(socket: WebSocket): void {
    let session: Session | null = null;
    socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      switch (packet.op) {
        case GatewayOpcodes.Heartbeat:
          socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null }));
          break;
        case GatewayOpcodes.Identify: {
          if (packet.d.token !== this.token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          if (!this.messageContentIntent && (Number(packet.d.intents) & INTENT.MessageContent) !== 0) {
            socket.close(4014, 'Disallowed intent(s).');
            return;
          }
          const shard = (packet.d.shard as [number, number] | undefined) ?? [0, 1];
          session = { id: randomUUID(), shard, intents: Number(packet.d.intents), socket, seq: 0, sent: [] };
          this.sessions.set(session.id, session);
          this.identifies.push({ shard, intents: session.intents });
          const { token: _token, ...identify } = packet.d;
          this.identifyPayloads.push(identify);
          const guilds = this.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0]);
          this.dispatch(session, {
            t: 'READY',
            d: {
              v: 10,
              user: this.botUser,
              guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
              session_id: session.id,
              resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
              shard,
              application: { id: this.applicationId, flags: 0 },
            },
          } as unknown as GatewayDispatchPayload);
          for (const guild of guilds) this.dispatch(session, { t: 'GUILD_CREATE', d: this.guildPayload(guild) } as unknown as GatewayDispatchPayload);
          break;
        }
        case GatewayOpcodes.Resume: {
          const found = this.sessions.get(String(packet.d.session_id));
          if (!found || packet.d.token !== this.token) {
            socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null }));
            return;
          }
          session = found;
          session.socket = socket;
          this.resumes.push(session.id);
          const seq = Number(packet.d.seq);
          for (const missed of session.sent.filter((e) => e.s > seq)) socket.send(missed.payload);
          this.dispatch(session, { t: 'RESUMED', d: {} } as unknown as GatewayDispatchPayload);
          break;
        }
        default:
          break;
      }
      this.notify();
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
      this.notify();
    });
  }

  private dispatch(session: Session, event: Pick<GatewayDispatchPayload, 't' | 'd'>): void {
    const seen = this.asSeenBy(session, event);
    if (seen === null) return;
    session.seq += 1;
    const payload = JSON.stringify({ op: GatewayOpcodes.Dispatch, t: seen.t, s: session.seq, d: seen.d });
    session.sent.push({ s: session.seq, payload });
    // Long runs keep only what a Resume after a short drop would replay, as Discord does.
    if (!this.keepBodies && session.sent.length > 2_000) session.sent.splice(0, 1_000);
    // Sent while disconnected, an event waits for the Resume that replays it.
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(payload);
  }

  /**
   * A message event as a session sees it: not at all without the intent for its kind of channel, and with its
   * text blanked without Message Content, unless it is a DM, mentions the bot or is the bot's own.
   */
  private asSeenBy(session: Session, event: Pick<GatewayDispatchPayload, 't' | 'd'>): Pick<GatewayDispatchPayload, 't' | 'd'> | null {
    if (event.t !== 'MESSAGE_CREATE' && event.t !== 'MESSAGE_UPDATE') return event;
    const message = event.d as APIMessage & { guild_id?: string };
    const dm = message.guild_id === undefined;
    if ((session.intents & (dm ? INTENT.DirectMessages : INTENT.GuildMessages)) === 0) return null;
    const readable = dm || (session.intents & INTENT.MessageContent) !== 0 || message.author.id === this.botUser.id || message.mentions.some((u) => u.id === this.botUser.id);
    return readable ? event : ({ t: event.t, d: { ...message, content: '', embeds: [], attachments: [], components: [] } } as unknown as Pick<GatewayDispatchPayload, 't' | 'd'>);
  }

  private sessionFor(guildId: string | undefined): Session {
    const sessions = [...this.sessions.values()];
    const count = sessions[0]?.shard[1] ?? 1;
    const shard = guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
    const session = sessions.filter((s) => s.shard[0] === shard).at(-1);
    if (!session) throw new Error(`no session for shard ${shard}`);
    return session;
  }

  /** A public thread (one the bot started on a message, or a forum post), as Discord describes it. */
  private threadPayload(thread: FakeThread): Record<string, unknown> {
    return {
      id: thread.id,
      type: ChannelType.PublicThread,
      guild_id: thread.guildId,
      parent_id: thread.parentId,
      owner_id: thread.ownerId,
      name: thread.name,
      last_message_id: null,
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    };
  }

  private guildPayload(guild: FakeGuild): Record<string, unknown> {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      member_count: 3,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [{ id: guild.id, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      // The bot's own member, as Discord sends it: its permissions come from it.
      members: [{ user: this.botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
      channels: [
        { id: guild.channelId, type: ChannelType.GuildText, guild_id: guild.id, name: 'study', position: 0, permission_overwrites: [] },
        { id: guild.answerChannelId, type: ChannelType.GuildText, guild_id: guild.id, name: 'questions', position: 1, permission_overwrites: [] },
        { id: guild.forumId, type: ChannelType.GuildForum, guild_id: guild.id, name: 'ask-the-paper', position: 2, permission_overwrites: [], available_tags: [], default_reaction_emoji: null, default_sort_order: null, default_forum_layout: 0 },
      ],
      // Active threads come with the guild, as Discord sends them after a reconnect.
      threads: this.threads.filter((t) => t.guildId === guild.id).map((t) => this.threadPayload(t)),
      presences: [],
      voice_states: [],
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
    };
  }

  // ---------------------------------------------------------------- users and interactions

  /** A member of the study group. */
  user(name = 'student'): APIUser {
    return { id: snowflake(), username: name, discriminator: '0', global_name: name, avatar: null };
  }

  private member(user: APIUser, permissions = MEMBER_PERMISSIONS): APIGuildMember {
    return { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions } as unknown as APIGuildMember;
  }

  /** A server the bot is not in (new ids unless given). */
  private foreignGuild(where: Where): FakeGuild {
    return { id: where.guildId ?? snowflake(), channelId: where.channelId ?? snowflake(), answerChannelId: snowflake(), forumId: snowflake(), name: 'Another server' };
  }

  private base(user: APIUser, where: Where) {
    const thread = this.threads.find((t) => t.id === where.channelId);
    const guild = where.dm ? null : where.userInstall ? this.foreignGuild(where) : (this.guilds.find((g) => g.id === (thread?.guildId ?? where.guildId)) ?? this.guild);
    const channel: APIChannel = where.dm
      ? ({ id: where.channelId ?? snowflake(), type: ChannelType.DM, recipients: [user], last_message_id: null, flags: 0 } as unknown as APIChannel)
      : thread
        ? (this.threadPayload(thread) as unknown as APIChannel)
        : where.voice
          ? ({ id: where.channelId ?? snowflake(), type: ChannelType.GuildVoice, guild_id: guild!.id, name: 'study room', position: 3, permission_overwrites: [], bitrate: 64_000, user_limit: 0, rtc_region: null, flags: 0 } as unknown as APIChannel)
          : ({ id: where.userInstall ? guild!.channelId : (where.channelId ?? guild!.channelId), type: ChannelType.GuildText, guild_id: guild!.id, name: 'study', position: 0, permission_overwrites: [], flags: 0 } as unknown as APIChannel);
    // Who authorised the app here: the server's install, or only the member's own.
    const owners = where.userInstall ? { '1': user.id } : { '0': guild?.id ?? '0' };
    return {
      id: snowflake(),
      application_id: this.applicationId,
      token: `itoken-${randomUUID()}`,
      version: 1,
      locale: 'en-US',
      entitlements: [],
      app_permissions: where.appPermissions ?? MEMBER_PERMISSIONS,
      attachment_size_limit: 10_485_760,
      channel,
      channel_id: channel.id,
      ...(guild
        ? { guild_id: guild.id, guild: { id: guild.id, locale: 'en-US', features: [] }, guild_locale: 'en-US', member: this.member(user, where.permissions), context: 0, authorizing_integration_owners: owners }
        : { user, context: 1, authorizing_integration_owners: owners }),
    };
  }

  /** Sends INTERACTION_CREATE on the shard that owns the guild; resolves with the bot's callback. */
  interact(interaction: Record<string, unknown>, guildId?: string): Promise<InteractionCallback> {
    const id = String(interaction.id);
    const promise = new Promise<InteractionCallback>((resolve) => {
      this.callbacks.set(String(interaction.token), { dispatchedAt: performance.now(), interaction: this.keepBodies ? interaction : null, resolve, all: [] });
    });
    this.dispatch(this.sessionFor(guildId), { t: 'INTERACTION_CREATE', d: interaction as unknown as APIInteraction } as Pick<GatewayDispatchPayload, 't' | 'd'>);
    void id;
    return promise;
  }

  /** Every callback the bot made for an interaction token (normally exactly one). */
  callbacksFor(token: string): InteractionCallback[] {
    return this.callbacks.get(token)?.all ?? [];
  }

  /** Messages sent through an interaction's webhook: follow-ups and edits. */
  webhookMessagesFor(token: string): APIMessage[] {
    return this.webhookMessages.get(token) ?? [];
  }

  chatInput(
    name: string,
    options: Record<string, string | boolean | APIUser>,
    by: APIUser = this.user(),
    where: Where = {},
    subcommand?: string,
  ): { interaction: Record<string, unknown>; token: string } {
    const users: Record<string, APIUser> = {};
    const members: Record<string, unknown> = {};
    const opts: APIApplicationCommandInteractionDataOption[] = Object.entries(options).map(([key, value]) => {
      if (typeof value === 'string') return { type: ApplicationCommandOptionType.String, name: key, value };
      if (typeof value === 'boolean') return { type: ApplicationCommandOptionType.Boolean, name: key, value };
      users[value.id] = value;
      const { user: _user, ...member } = this.member(value);
      members[value.id] = member;
      return { type: ApplicationCommandOptionType.User, name: key, value: value.id };
    });
    const interaction = {
      ...this.base(by, where),
      type: InteractionType.ApplicationCommand,
      data: {
        id: snowflake(),
        name,
        type: ApplicationCommandType.ChatInput,
        options: subcommand ? [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options: opts }] : opts,
        ...(Object.keys(users).length > 0 ? { resolved: { users, ...(where.dm ? {} : { members }) } } : {}),
      },
    };
    return { interaction, token: interaction.token };
  }

  autocomplete(name: string, option: string, typed: string, by: APIUser = this.user()): { interaction: Record<string, unknown>; token: string } {
    const interaction = {
      ...this.base(by, {}),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: [{ type: ApplicationCommandOptionType.String, name: option, value: typed, focused: true }] },
    };
    return { interaction, token: interaction.token };
  }

  /** "Ask the paper" (or another command of a message's Apps menu) used on a message. */
  messageCommand(name: string, target: APIMessage, by: APIUser = this.user(), where: Where = {}): { interaction: Record<string, unknown>; token: string } {
    const interaction = {
      ...this.base(by, { channelId: target.channel_id, ...where }),
      type: InteractionType.ApplicationCommand,
      data: { id: snowflake(), name, type: ApplicationCommandType.Message, target_id: target.id, resolved: { messages: { [target.id]: target } } },
    };
    return { interaction, token: interaction.token };
  }

  /** A click on a button of a message the bot sent. */
  click(message: APIMessage, customId: string, by: APIUser = this.user(), where: Where = {}): { interaction: Record<string, unknown>; token: string } {
    const interaction = {
      ...this.base(by, { channelId: message.channel_id, ...where }),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.Button },
      message,
    };
    return { interaction, token: interaction.token };
  }

  /**
   * A message in a channel (the study channel unless `channelId` names another of the guild), a thread or a DM;
   * dispatched as MESSAGE_CREATE to the bot if its intents let it see messages there.
   */
  sendMessage(
    content: string,
    by: APIUser = this.user(),
    where: { dm?: boolean; guildId?: string; threadId?: string; channelId?: string; id?: string; replyTo?: APIMessage; ping?: boolean } = {},
  ): APIMessage {
    const thread = this.threads.find((t) => t.id === where.threadId);
    const guild = where.dm ? null : (this.guilds.find((g) => g.id === (thread?.guildId ?? where.guildId)) ?? this.guild);
    // As Discord does, a reply pings the author of the message it replies to unless the member switched that off.
    const repliesToBot = where.replyTo?.author.id === this.botUser.id && (where.ping ?? true);
    const mentioned = content.includes(`<@${this.botUser.id}>`) || repliesToBot ? [{ ...this.botUser, member: {} }] : [];
    const message = {
      id: where.id ?? snowflake(),
      // A member's DMs with the bot are one channel, as Discord's are.
      channel_id: thread ? thread.id : guild ? (where.channelId ?? guild.channelId) : this.dmChannelOf(by.id),
      channel_type: thread ? ChannelType.PublicThread : guild ? ChannelType.GuildText : ChannelType.DM,
      ...(guild ? { guild_id: guild.id, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
      author: by,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: content.includes('@everyone'),
      mentions: mentioned,
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: where.replyTo ? MessageType.Reply : MessageType.Default,
      ...(where.replyTo ? { message_reference: { message_id: where.replyTo.id, channel_id: where.replyTo.channel_id }, referenced_message: where.replyTo } : {}),
      flags: 0,
    } as unknown as APIMessage;
    this.memberMessages.set(message.id, message);
    this.dispatch(this.sessionFor(guild?.id), { t: 'MESSAGE_CREATE', d: message } as unknown as Pick<GatewayDispatchPayload, 't' | 'd'>);
    return message;
  }

  private readonly dmChannels = new Map<string, string>();
  /** The channel of a member's DMs with the bot, made on the first. */
  dmChannelOf(userId: string): string {
    let id = this.dmChannels.get(userId);
    if (!id) this.dmChannels.set(userId, (id = snowflake()));
    return id;
  }

  /** A member's new post in the guild's forum: THREAD_CREATE, then its first message, whose id is the post's. */
  forumPost(title: string, content: string, by: APIUser = this.user(), guildId?: string): { thread: FakeThread; message: APIMessage } {
    const guild = this.guilds.find((g) => g.id === guildId) ?? this.guild;
    const thread: FakeThread = { id: snowflake(), guildId: guild.id, parentId: guild.forumId, name: title, ownerId: by.id, forum: true };
    this.threads.push(thread);
    this.dispatch(this.sessionFor(guild.id), { t: 'THREAD_CREATE', d: { ...this.threadPayload(thread), newly_created: true } } as unknown as Pick<GatewayDispatchPayload, 't' | 'd'>);
    const message = this.sendMessage(content, by, { threadId: thread.id, id: thread.id });
    return { thread, message };
  }

  /**
   * The author edits a message: MESSAGE_UPDATE with the new text, `afterMs` after it was posted. As on Discord, its
   * mentions are the new text's (and the ping of the message it replies to, which an edit keeps).
   */
  editMessage(message: APIMessage, content: string, afterMs = 5_000): APIMessage {
    const typed = (text: string) => text.includes(`<@${this.botUser.id}>`);
    const pingsBot = typed(content) || (message.referenced_message?.author.id === this.botUser.id && !typed(message.content) && message.mentions.some((u) => u.id === this.botUser.id));
    const mentions = pingsBot ? [{ ...this.botUser, member: {} }] : [];
    const edited = { ...message, content, mentions, edited_timestamp: new Date(Date.parse(message.timestamp) + afterMs).toISOString() } as APIMessage & { guild_id?: string };
    this.dispatch(this.sessionFor(edited.guild_id), { t: 'MESSAGE_UPDATE', d: edited } as unknown as Pick<GatewayDispatchPayload, 't' | 'd'>);
    return edited;
  }

  // ---------------------------------------------------------------- REST

  /** A message the bot sent; `extra` adds what Discord adds (who triggered it, the message it replies to). */
  private message(channelId: string, body: Record<string, unknown>, extra: Record<string, unknown> = {}): APIMessage {
    const reference = body.message_reference as { message_id?: string } | undefined;
    const quoted = reference?.message_id ? this.memberMessages.get(reference.message_id) : undefined;
    return {
      ...extra,
      ...(quoted ? { message_reference: { message_id: quoted.id, channel_id: quoted.channel_id }, referenced_message: quoted } : {}),
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: (body.content as string | undefined) ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: (body.embeds as APIEmbed[] | undefined) ?? [],
      components: (body.components as APIMessage['components']) ?? [],
      pinned: false,
      type: body.message_reference ? MessageType.Reply : MessageType.Default,
      flags: (body.flags as number | undefined) ?? 0,
    } as APIMessage;
  }

  /** The bot's answer to an interaction, through the callback route or as an HTTP response, with the message it created. */
  private recordCallback(token: string, callback: InteractionCallback): InteractionCallback {
    const entry = this.callbacks.get(token)!;
    const latencyMs = performance.now() - entry.dispatchedAt;
    let recorded: InteractionCallback = { type: callback.type, latencyMs };
    const source = entry.interaction;
    // The payload and the message it creates are kept only with the interaction, when keeping bodies.
    if (source) {
      const user = (source.member as { user: APIUser } | undefined)?.user ?? (source.user as APIUser);
      const metadata = { interaction_metadata: { id: source.id, type: source.type, user, authorizing_integration_owners: source.authorizing_integration_owners } };
      const message = callback.type === InteractionResponseType.ChannelMessageWithSource ? this.message(String(source.channel_id), (callback.data ?? {}) as Record<string, unknown>, metadata) : undefined;
      recorded = { type: callback.type, ...(callback.data ? { data: callback.data } : {}), ...(message ? { message } : {}), latencyMs };
    }
    entry.all.push(recorded);
    if (entry.all.length === 1) entry.resolve(recorded);
    return recorded;
  }

  /**
   * A request's JSON body. `typeOnly`: all that is needed is its `type` (an interaction callback when bodies are not
   * kept), read from the head the bot writes (`{"type":4,…`) without decoding or parsing the rest: parsing every
   * answer cost the bench's load runs more of the driver's CPU than the bot's callbacks cost an independent driver.
   */
  private async readBody(req: IncomingMessage, typeOnly = false): Promise<unknown> {
    // Events rather than `for await`, which makes an async iterator per request and a promise per chunk.
    const chunks = await new Promise<Buffer[]>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(chunks));
      req.on('error', reject);
    });
    if (typeOnly && chunks.length > 0) {
      const head = /^\{"type":(\d+)[,}]/.exec(chunks[0]!.toString('latin1', 0, 16));
      if (head) return { type: Number(head[1]) };
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '') return null;
    if ((req.headers['content-type'] ?? '').includes('multipart/form-data')) {
      const json = /name="payload_json"\r\n(?:Content-Type: application\/json\r\n)?\r\n([\s\S]*?)\r\n--/.exec(text)?.[1];
      return json ? JSON.parse(json) : null;
    }
    return JSON.parse(text);
  }

  private send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [pathname = '/', search = ''] = (req.url ?? '/').split('?', 2);
    const path = decodeURIComponent(pathname).replace(/^\/api\/v\d+/, '');
    const body = await this.readBody(req, !this.keepBodies && req.method === 'POST' && CALLBACK_ROUTE.test(path));
    if (this.keepBodies) this.requests.push({ method: req.method ?? 'GET', path, query: new URLSearchParams(search), body, at: performance.now() });
    try {
      if (req.headers.authorization !== `Bot ${this.token}` && !path.startsWith('/interactions/') && !path.startsWith('/webhooks/')) {
        return this.send(res, 401, { message: '401: Unauthorized', code: 0 });
      }
      const faultIndex = this.faults.findIndex((f) => f.match.test(`${req.method} ${path}`));
      if (faultIndex >= 0) {
        const [fault] = this.faults.splice(faultIndex, 1);
        if (fault!.delayMs) await new Promise((resolve) => setTimeout(resolve, fault!.delayMs));
        return this.send(res, fault!.status, fault!.body ?? { message: 'injected fault', code: 0 }, fault!.headers);
      }
      this.route(req.method ?? 'GET', path, body as Record<string, unknown>, res);
      if (this.revokeAfter?.test(`${req.method} ${path}`)) {
        this.revokeAfter = null;
        this.revokeToken();
      }
    } finally {
      this.notify();
    }
  }

  private route(method: string, path: string, body: Record<string, unknown>, res: ServerResponse): void {
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return this.send(res, 200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
      });
    }
    if (method === 'GET' && path === '/users/@me') return this.send(res, 200, this.botUser);
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      // As Discord does, the answer gives every command its type (1, a slash command, unless given) and an id.
      const registered = (body as unknown as Array<Record<string, unknown>>).map((c) => ({ type: ApplicationCommandType.ChatInput, ...c, id: snowflake(), application_id: m![1], version: snowflake() }));
      this.commands.set(m[2] ?? 'global', registered);
      return this.send(res, 200, registered);
    }
    if (method === 'GET' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      return this.send(res, 200, this.commands.get(m[2] ?? 'global') ?? []);
    }
    if (method === 'POST' && (m = CALLBACK_ROUTE.exec(path))) {
      if (!this.callbacks.has(m[2]!)) return this.send(res, 404, { message: 'Unknown interaction', code: 10062 });
      this.recordCallback(m[2]!, body as unknown as InteractionCallback);
      return this.send(res, 204);
    }
    if (method === 'DELETE' && (m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      this.deletedResponses.push(m[2]!);
      return this.send(res, 204);
    }
    if (method === 'GET' && (m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      // The message the interaction's response made; over HTTP it is recorded once the response has arrived.
      const token = m[2]!;
      const made = (): APIMessage | undefined => this.callbacks.get(token)?.all.find((c) => c.message)?.message;
      void this.waitFor(() => made() !== undefined, 5_000, 'the response').then(
        () => this.send(res, 200, made()),
        () => this.send(res, 404, { message: 'Unknown Message', code: 10008 }),
      );
      return;
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const message = this.message(snowflake(), body ?? {});
      const list = this.webhookMessages.get(m[2]!) ?? [];
      list.push(message);
      this.webhookMessages.set(m[2]!, list);
      return this.send(res, 200, message);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      // As Discord does: a message has one thread at most, whose id is the message's.
      if (this.threads.some((t) => t.id === m![2])) return this.send(res, 400, { message: 'A thread has already been created for this message', code: 160004 });
      const guild = this.guilds.find((g) => g.channelId === m![1] || g.answerChannelId === m![1]) ?? this.guild;
      const started: FakeThread = { id: m[2]!, guildId: guild.id, parentId: m[1]!, name: String(body.name), ownerId: this.botUser.id, forum: false };
      this.threads.push(started);
      const thread = this.threadPayload(started);
      // A bot in HTTP mode has no gateway session to tell.
      if (this.sessions.size > 0) this.dispatch(this.sessionFor(guild.id), { t: 'THREAD_CREATE', d: { ...thread, newly_created: true } } as unknown as Pick<GatewayDispatchPayload, 't' | 'd'>);
      return this.send(res, 201, thread);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const message = this.message(m[1]!, body);
      this.channelMessages.push({ channelId: m[1]!, body, message });
      return this.send(res, 200, message);
    }
    if (method === 'PATCH' && (m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      this.edits.push({ channelId: m[1]!, messageId: m[2]!, body });
      return this.send(res, 200, { ...this.message(m[1]!, body), id: m[2]!, edited_timestamp: new Date().toISOString() });
    }
    if ((m = /^\/channels\/(\d+)$/.exec(path))) {
      const thread = this.threads.find((t) => t.id === m![1]);
      if (!thread) return this.send(res, 404, { message: 'Unknown Channel', code: 10003 });
      if (method === 'PATCH') {
        this.channelEdits.push({ channelId: thread.id, body });
        if (typeof body.name === 'string') thread.name = body.name;
      }
      return this.send(res, 200, this.threadPayload(thread));
    }
    return this.send(res, 404, { message: `404: Not Found (${method} ${path})`, code: 0 });
  }
}
