/**
 * Discord signs every request to the interactions endpoint with the application's Ed25519 key: the signature
 * (`X-Signature-Ed25519`, hex) is over the timestamp (`X-Signature-Timestamp`, seconds) followed by the raw body.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** A request signed longer ago than this (or this far in the future) is refused: a replay, or a clock far off. */
export const MAX_SIGNATURE_AGE_S = 300;

/** The application's public key (64 hex digits, from the developer portal) as a key node:crypto verifies with. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** Whether Discord (the holder of the private key) signed this body at this time, within the last five minutes. */
export function signedByDiscord(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer, nowMs = Date.now()): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_S) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
}
