/**
 * Discord's HTTP interactions endpoint (INTERACTIONS_PORT): `POST /interactions`, each request's Ed25519 signature
 * checked, answered by the same router as the gateway's; `GET /healthz` for a load balancer. It keeps nothing
 * between requests that another worker would need: any worker answers any interaction.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { REST } from '@discordjs/rest';
import { type APIInteraction, InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type { BotContext } from '../discord/context.js';
import { routeInteraction } from '../discord/router.js';
import { NO_USER } from '../discord/screen.js';
import { actingUser, createExchange } from './interaction.js';
import { forgetOlderThan } from '../memo.js';
import { MAX_SIGNATURE_AGE_S, signedByDiscord } from './signature.js';

/** Discord waits three seconds for the response; what is not ready by then follows by webhook. */
export const DEFAULT_DEADLINE_MS = 2_500;
const UNREADABLE = 'Sorry — I could not read that request, so I cannot answer it. It has been logged; please try again.';
/** No interaction Discord sends is near this size; a larger body is not read. */
const MAX_BODY_BYTES = 1 << 20;

export interface InteractionsServerOptions {
  publicKey: KeyObject;
  rest: REST;
  deadlineMs?: number;
}

/**
 * `close`: the connection ends with the response, for a request whose body was not read to its end (one too large):
 * what is left of it on a kept-alive connection would be read as the next request, which then never gets an answer.
 */
function send(res: ServerResponse, status: number, body: unknown, { close = false } = {}): Promise<void> {
  return new Promise((resolve) => {
    res.writeHead(status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) });
    res.end(JSON.stringify(body), () => resolve());
  });
}

/**
 * How much of a body too large is read and dropped, and for how long, before it is refused: a client still sending
 * when the connection closes under it gets a reset (EPIPE), and may lose the 413 it was sent (seen in the tests, under
 * load). Past either bound the request is refused as it stands.
 */
const DRAINED_BYTES = 8 << 20;
const DRAINED_MS = 2_000;

/** The body, or null when it is larger than MAX_BODY_BYTES (by its length said, or as read), read to its end first within the bounds above. */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (body: Buffer | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(body);
    };
    const refuse = (): void => {
      if (tooLarge) return;
      tooLarge = true;
      chunks.length = 0;
      timer = setTimeout(() => settle(null), DRAINED_MS);
    };
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) refuse();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) refuse();
      if (tooLarge) {
        if (size > DRAINED_BYTES) settle(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', () => settle(null));
  });
}

export function createInteractionsServer(ctx: BotContext, options: InteractionsServerOptions): Server {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  // The ids of the interactions received while their signatures hold (MAX_SIGNATURE_AGE_S), oldest first.
  const seen = new Map<string, number>();
  const firstTime = (id: string): boolean => {
    const now = Date.now();
    forgetOlderThan(seen, now, MAX_SIGNATURE_AGE_S * 1000, (at) => at);
    if (seen.has(id)) return false;
    seen.set(id, now);
    return true;
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return send(res, 200, { ok: true });
    if (path !== '/interactions') return send(res, 404, { error: 'not found: POST /interactions or GET /healthz' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    // Too large by its length said, or as read: refused once the rest is read and dropped (see `readBody`).
    const body = await readBody(req);
    if (body === null) return send(res, 413, { error: 'body too large' }, { close: true });
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (!signedByDiscord(options.publicKey, typeof signature === 'string' ? signature : undefined, typeof timestamp === 'string' ? timestamp : undefined, body)) {
      ctx.logger.warn({ remote: req.socket.remoteAddress }, 'interaction refused: bad, missing or stale signature');
      return send(res, 401, { error: 'invalid request signature' });
    }
    let raw: APIInteraction;
    try {
      raw = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    if (typeof raw !== 'object' || raw === null) return send(res, 400, { error: 'body is not an interaction' });
    if (raw.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
    // A signed body sent again within the five minutes its signature holds (replayed by whoever saw it, or retried by a
    // proxy) is not answered twice; Discord sends each interaction once.
    if (typeof raw.id === 'string' && !firstTime(raw.id)) {
      ctx.logger.warn({ interaction: raw.id, remote: req.socket.remoteAddress }, 'interaction refused: received already');
      return send(res, 409, { error: 'interaction already received' });
    }
    if (actingUser(raw) === null) {
      ctx.logger.warn({ interaction: raw.id, type: raw.type }, 'interaction without a user answered privately');
      if (raw.type === InteractionType.ApplicationCommandAutocomplete) return send(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
      return send(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: NO_USER, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } } });
    }
    let markSent!: () => void;
    const sent = new Promise<void>((resolve) => (markSent = resolve));
    let exchange: ReturnType<typeof createExchange>;
    try {
      exchange = createExchange(raw, { rest: options.rest, deadlineMs, sent });
    } catch (error) {
      // Signed by Discord but not shaped as its interactions are (a field missing): said privately, as the gateway does.
      ctx.logger.error({ err: error, interaction: raw.id, type: raw.type }, 'interaction could not be read');
      if (raw.type === InteractionType.ApplicationCommandAutocomplete) return send(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
      return send(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: UNREADABLE, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } } });
    }
    // The router answers every failure itself (an apology, or a log line for a dead token).
    void routeInteraction(exchange.interaction, ctx).finally(() => exchange.finished());
    await send(res, 200, await exchange.response);
    markSent();
  };
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      ctx.logger.error({ err: error }, 'interactions endpoint failed');
      if (!res.headersSent) void send(res, 500, { error: 'internal error' });
    });
  });
}
