/** Looks into a store's database file as anyone holding a copy of it could. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The database file and its write-ahead log, as bytes. */
export function fileBytes(dataDir: string): string {
  return ['bot.sqlite', 'bot.sqlite-wal']
    .map((f) => join(dataDir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
}

/** Each table with rows that contain `text` in any column, and how many. */
export function rowsMentioning(dataDir: string, text: string): Record<string, number> {
  const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    const found: Record<string, number> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
      const n = rows.filter((row) => Object.values(row).some((v) => String(v).includes(text))).length;
      if (n > 0) found[table] = n;
    }
    return found;
  } finally {
    db.close();
  }
}
