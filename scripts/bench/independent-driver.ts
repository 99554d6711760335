/**
 * An independent loopback driver for the load bench: the least of Discord's gateway and REST API a bot needs to
 * answer /ask, written apart from the test server (test/e2e/fake-discord.ts) and sharing no code with it, so that
 * the two can be set side by side: if the test server's figures drift from this one's, the test server is the
 * slow part. One shard; callbacks are counted by token and answered 204 without being read.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

let lastId = 1_400_000_000_000_000_000n;
const nextId = (): string => String((lastId += 1n));

export class IndependentDriver {
  readonly token = 'bench-token-independent-0123456789';
  private readonly botId = nextId();
  private readonly guildId = nextId();
  private readonly channelId = nextId();
  private readonly server = createServer((req, res) => this.rest(req, res));
  private readonly gateway = new WebSocketServer({ server: this.server, path: '/gateway' });
  private socket: WebSocket | null = null;
  private sequence = 0;
  private readonly pending = new Map<string, { sentAt: number; callbacks: number; resolve: (ms: number) => void }>();
  private ready: () => void = () => undefined;
  /** Resolves when the bot has identified and been sent its guild. */
  readonly connected = new Promise<void>((resolve) => (this.ready = resolve));
  private port = 0;

  constructor() {
    this.gateway.on('connection', (socket) => {
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
      socket.on('message', (raw) => {
        const packet = JSON.parse(String(raw)) as { op: number };
        if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        if (packet.op === 2) this.identified(socket);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(t: string, d: unknown): void {
    this.sequence += 1;
    this.socket?.send(JSON.stringify({ op: 0, t, s: this.sequence, d }));
  }

  private identified(socket: WebSocket): void {
    this.socket = socket;
    const bot = { id: this.botId, username: 'PaperBot', discriminator: '0', avatar: null, bot: true };
    this.send('READY', { v: 10, user: bot, guilds: [{ id: this.guildId, unavailable: true }], session_id: 'independent', resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`, shard: [0, 1], application: { id: this.botId, flags: 0 } });
    this.send('GUILD_CREATE', {
      id: this.guildId,
      name: 'Study group',
      icon: null,
      owner_id: nextId(),
      unavailable: false,
      member_count: 3,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [{ id: this.guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      members: [],
      channels: [{ id: this.channelId, type: 0, guild_id: this.guildId, name: 'study', position: 0, permission_overwrites: [] }],
      threads: [],
      presences: [],
      voice_states: [],
      preferred_locale: 'en-US',
    });
    this.ready();
  }

  private rest(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0]!.replace(/^\/api\/v\d+/, '');
    const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(path);
    req.resume();
    req.on('end', () => {
      if (callback) {
        const entry = this.pending.get(callback[1]!);
        if (entry && ++entry.callbacks === 1) entry.resolve(performance.now() - entry.sentAt);
        res.writeHead(204).end();
      } else if (path === '/gateway/bot') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }));
      } else if (req.method === 'PUT') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"404: Not Found","code":0}');
      }
    });
  }

  /** Sends an /ask from a member; resolves with the milliseconds from dispatch to the bot's callback. */
  ask(question: string, userId: string): { token: string; answered: Promise<number> } {
    const token = `independent-${nextId()}`;
    const user = { id: userId, username: `student${userId.slice(-3)}`, discriminator: '0', global_name: null, avatar: null };
    const answered = new Promise<number>((resolve) => this.pending.set(token, { sentAt: performance.now(), callbacks: 0, resolve }));
    this.send('INTERACTION_CREATE', {
      id: nextId(),
      application_id: this.botId,
      type: 2,
      token,
      version: 1,
      locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'study', position: 0, permission_overwrites: [], flags: 0 },
      channel_id: this.channelId,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      member: { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' },
      context: 0,
      authorizing_integration_owners: { '0': this.guildId },
      data: { id: nextId(), name: 'ask', type: 1, options: [{ type: 3, name: 'question', value: question }] },
    });
    return { token, answered };
  }

  /** How many callbacks the bot made for an interaction. */
  callbacks(token: string): number {
    return this.pending.get(token)?.callbacks ?? 0;
  }
}
