import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Engine } from '../search/engine.js';
import type { Lookup } from '../search/lookup.js';
import type { SharedStore } from '../store/shared-store.js';
import type { Cooldown } from './cooldown.js';
import type { Reload } from './reload.js';

/** What every handler may use: built once at start-up, shared by all interactions. */
export interface BotContext {
  config: Config;
  engine: Engine;
  lookup: Lookup;
  cooldown: Cooldown;
  logger: Logger;
  store: SharedStore;
  /** Re-reads the corpus now (/admin reload, the corpus watcher). */
  reload: Reload;
  /** Registered command ids by name, read from Discord at start-up, for clickable mentions; empty until then. */
  commandIds: Map<string, string>;
}
