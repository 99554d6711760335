/** Runs the bot in several processes under discord.js's ShardingManager, each shard a `main.js` of its own. */
import { REST } from '@discordjs/rest';
import { type RESTGetAPIGatewayBotResult, Routes } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';

/** Discord's recommended shard count and how many shards may identify at once, from our own REST base. */
async function gatewayInfo(config: Config): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token!);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

export async function runShards(config: Config, logger: Logger, entry: string): Promise<ShardingManager> {
  const info = await gatewayInfo(config);
  const totalShards = config.shardCount === 'auto' ? info.shards : (config.shardCount as number);
  const manager = new ShardingManager(entry, { totalShards, token: config.token!, respawn: true, execArgv: process.execArgv });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id, totalShards }, 'shard launched'));
  // Shards may identify together up to max_concurrency; beyond that Discord wants five seconds between them.
  const delay = info.session_start_limit.max_concurrency >= totalShards ? 0 : 5_500;
  await manager.spawn({ amount: totalShards, delay, timeout: 60_000 });
  return manager;
}
