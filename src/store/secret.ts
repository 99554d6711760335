/**
 * The key behind members' pseudonyms, kept outside the database so a copy of `bot.sqlite` alone cannot be
 * matched against a member list: `PSEUDONYM_KEY` when set, else `DATA_DIR/secret.key`, made (mode 0600) on
 * first start.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_KEY_LENGTH } from '../config.js';
import { StoreError } from './errors.js';
import { makeDirectory } from '../paths.js';

export const SECRET_FILE = 'secret.key';

/** A member's pseudonym: HMAC-SHA-256 of their id under the key, in hex. */
export function pseudonymizer(key: string): (userId: string) => string {
  return (userId) => createHmac('sha256', key).update(userId).digest('hex');
}

function readKey(file: string): string {
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < MIN_KEY_LENGTH || /\s/.test(key)) {
    throw new StoreError(`${file} is damaged (it should hold one line of at least ${MIN_KEY_LENGTH} characters); restore it from a backup, or delete it to start new pseudonyms (earlier votes can then no longer be matched to members)`);
  }
  return key;
}

/** The pseudonym key: `fromEnv` when given, else the one in `dataDir`, which is made if there is none yet. */
export function pseudonymKey(dataDir: string, fromEnv: string | null): string {
  if (fromEnv !== null) return fromEnv;
  const file = join(dataDir, SECRET_FILE);
  const fix = 'set DATA_DIR to a folder this user can write, or set PSEUDONYM_KEY';
  try {
    return readKey(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === undefined) throw error;
    if (code !== 'ENOENT') throw new StoreError(`${file} cannot be read (${code}); ${fix}`);
  }
  try {
    makeDirectory(dataDir);
    // Written aside and linked into place: shards starting together all end up with the same key.
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    try {
      linkSync(aside, file);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(aside);
    }
  } catch (error) {
    throw new StoreError(`${file} cannot be created (${(error as { code?: string }).code ?? (error as Error).message}); ${fix}`);
  }
  return readKey(file);
}
