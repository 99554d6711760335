/**
 * Interaction tokens. Discord authorises an interaction's callback and its webhook (follow-ups, edits) with the
 * interaction's own token, carried in the path, not with the bot's token: a 401 there says nothing about the bot's
 * token, and the path is a secret (it lets anyone answer as the bot for 15 minutes) that must never reach a log.
 */

/** The token segment of /interactions/{id}/{token}/… and /webhooks/{application}/{token}/…, in a path or a URL. */
const TOKEN_SEGMENT = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"]+/;
const TOKEN_SEGMENTS = new RegExp(TOKEN_SEGMENT.source, 'g');

/** Discord's codes for an interaction token that no longer works: Invalid Webhook Token, Unknown interaction. */
const DEAD_TOKEN_CODES = new Set([50027, 10062]);
/** Discord's code for a callback to an interaction that has had one: Interaction has already been acknowledged. */
const ALREADY_ACKNOWLEDGED = 40060;

/** Whether a request path is authorised by an interaction token rather than the bot's. */
export function carriesInteractionToken(path: string): boolean {
  return TOKEN_SEGMENT.test(path);
}

/** The text with every interaction token in it replaced by "[token]". */
export function redactInteractionTokens(text: string): string {
  return text.replace(TOKEN_SEGMENTS, '$1[token]');
}

/** Whether Discord refused a call because the interaction's token has expired or was never valid. */
export function interactionTokenDead(error: unknown): error is { code: number; status?: number } {
  return typeof error === 'object' && error !== null && DEAD_TOKEN_CODES.has((error as { code?: unknown }).code as number);
}

/**
 * Whether Discord refused a callback because the interaction was answered already: by another process holding the
 * same token (two copies of the bot during a deploy), or by an earlier attempt of a retried request that did arrive.
 */
export function interactionAnsweredElsewhere(error: unknown): error is { code: number; status?: number } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === ALREADY_ACKNOWLEDGED;
}
