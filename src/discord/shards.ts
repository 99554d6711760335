/** Runs the bot in several processes under discord.js's ShardingManager, each shard a `main.js` of its own. */
import { REST } from '@discordjs/rest';
import { type RESTGetAPIGatewayBotResult, Routes } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';

/** What a shard tells the manager when Discord will not take the bot back (a revoked token, refused intents). */
interface FatalMessage {
  fatal: string;
}

function isFatalMessage(message: unknown): message is FatalMessage {
  return typeof message === 'object' && message !== null && typeof (message as FatalMessage).fatal === 'string';
}

/** Whether this process is a shard the ShardingManager started. */
export function underShardingManager(): boolean {
  return process.env.SHARDING_MANAGER === 'true' && typeof process.send === 'function';
}

/**
 * In a shard: hands a reason to stop for good to the manager, which says it once and stops every shard (a shard
 * that exited by itself would be respawned, only to be refused again). Exits by itself if the manager does not.
 */
export function reportFatalToManager(reason: string): void {
  process.send!({ fatal: reason } satisfies FatalMessage);
  setTimeout(() => process.exit(1), 5_000);
}

/** Discord's recommended shard count and how many shards may identify at once, from our own REST base. */
async function gatewayInfo(config: Config): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token!);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

export async function runShards(config: Config, logger: Logger, entry: string): Promise<ShardingManager> {
  const info = await gatewayInfo(config);
  const totalShards = config.shardCount === 'auto' ? info.shards : (config.shardCount as number);
  const manager = new ShardingManager(entry, { totalShards, token: config.token!, respawn: true, execArgv: process.execArgv });
  const stopAll = (): void => {
    manager.respawn = false;
    manager.shards.forEach((shard) => shard.kill());
  };
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard launched');
    shard.on('message', (message: unknown) => {
      if (!isFatalMessage(message)) return;
      stopAll();
      logger.fatal({ shard: shard.id, reason: message.fatal }, 'Discord no longer accepts the bot; every shard stopped');
      process.stderr.write(`${message.fatal}\n`);
      process.exit(1);
    });
    // A respawn that fails is logged; the shard's own log says why.
    shard.on('error', (error) => logger.error({ shard: shard.id, err: error }, 'shard could not be restarted'));
  });
  // Shards may identify together up to max_concurrency; beyond that Discord wants five seconds between them.
  const delay = info.session_start_limit.max_concurrency >= totalShards ? 0 : 5_500;
  try {
    await manager.spawn({ amount: totalShards, delay, timeout: 60_000 });
  } catch (error) {
    stopAll();
    throw new Error(`the shards could not all connect (${error instanceof Error ? error.message : String(error)}); their log lines say why.`);
  }
  return manager;
}
