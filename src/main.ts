/**
 * npm start: the Discord bot when DISCORD_TOKEN is set (all its shards in this process, or one process per
 * shard under the ShardingManager with SHARD_MODE=process; or, with INTERACTIONS_PORT, Discord's HTTP
 * interactions endpoint and no gateway); without a token, the local console with the same answers.
 */
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { type ConsoleServed, runConsole } from './cli/console.js';
import { exitWithError, quitWhenOutputCloses } from './cli/fail.js';
import { type Config, loadConfig } from './config.js';
import type { Logger } from './log.js';
import type { Engine } from './search/engine.js';
import { loadEngine } from './search/load.js';

/** Stops on SIGINT/SIGTERM: runs `close`, then exits 0, within five seconds whatever happens. */
function exitOnSignals(logger: Logger, close: () => Promise<unknown>): void {
  const stop = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), 4_500).unref();
    close()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/**
 * The console's answers follow the corpus as the bot's do (WATCH_CORPUS): an edited file is read aside and replaces
 * what the console answers from, or is refused with its reason while the last good corpus goes on answering. Each
 * outcome is one line on standard error.
 */
async function watchForConsole(engine: Engine, config: Config): Promise<{ served: ConsoleServed; close: () => void }> {
  const [{ createLookup }, { createReload, watchCorpus }, { createLogger }, { createBackgroundIndexer }] = await Promise.all([import('./search/lookup.js'), import('./discord/reload.js'), import('./log.js'), import('./search/background.js')]);
  const logger = createLogger('silent');
  const served = { engine, lookup: createLookup(engine.corpus), logger, config };
  const indexer = createBackgroundIndexer();
  const reload = createReload(served, config.corpusDir, { indexer });
  const watcher = watchCorpus(
    {
      logger,
      reload: async () => {
        const outcome = await reload();
        const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
        process.stderr.write(
          outcome.kind === 'reloaded'
            ? `\n(The corpus changed: now answering from ${count(outcome.changes.documents, 'document')}, ${count(outcome.changes.passages, 'passage')}.)\n`
            : `\n(The corpus changed but cannot be loaded: ${outcome.reason.replace(/([^.])$/, '$1.')} Still answering from the last good one.)\n`,
        );
        return outcome;
      },
    },
    config.corpusDir,
  );
  const close = (): void => {
    watcher.close();
    void indexer.close();
  };
  return { served, close };
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  if (config.token === null) {
    const engine = await loadEngine(config.corpusDir, { maxFileMb: config.corpusMaxFileMb });
    process.stderr.write('No DISCORD_TOKEN set: opening the local console. To connect to Discord, put DISCORD_TOKEN in .env (see .env.example).\n');
    quitWhenOutputCloses();
    const watching = config.watchCorpus ? await watchForConsole(engine, config) : null;
    await runConsole(engine, process.stdin, process.stdout, watching?.served);
    watching?.close();
    return;
  }
  // discord.js takes a third of a second to load: only the bot pays for it, not the console.
  const [{ createClient, loginFailure, unreachableReason }, { createCooldown }, { reportFatalToManager, runShards, underShardingManager }, { createLogger, keepServingThroughUncaughtErrors }, { createLookup }, { openBotStore }, { createReload, watchCorpus }, { warmUp }, { sharedFromLocal }] = await Promise.all([
    import('./discord/bot.js'),
    import('./discord/cooldown.js'),
    import('./discord/shards.js'),
    import('./log.js'),
    import('./search/lookup.js'),
    import('./store/bot-store.js'),
    import('./discord/reload.js'),
    import('./search/warm-up.js'),
    import('./store/shared-store.js'),
  ]);
  const logger = createLogger(config.logLevel);
  /** Stops for good with a reason a person can act on, said once: by the manager when this is one of its shards. */
  const stopForGood = (reason: string): void => {
    logger.fatal({ reason }, 'Discord does not accept the bot');
    if (underShardingManager()) return reportFatalToManager(reason);
    process.stderr.write(`${reason}\n`);
    process.exit(1);
  };
  try {
    if (config.shardMode === 'process' && process.env.SHARDING_MANAGER !== 'true') {
      // A malformed corpus stops the manager before any shard starts; a sound one is indexed and cached once
      // here, and each shard starts from the cache. The manager keeps no engine.
      await loadEngine(config.corpusDir, { maxFileMb: config.corpusMaxFileMb });
      const manager = await runShards(config, logger, fileURLToPath(import.meta.url));
      exitOnSignals(logger, async () => manager.shards.forEach((shard) => shard.kill()));
      return;
    }
    keepServingThroughUncaughtErrors(logger);
    // Start-up indexes in this thread: nothing is served until it is done, and a worker would load a second wink
    // model for nothing. Re-indexing while serving goes to a worker (./discord/reload.ts).
    const engine = await loadEngine(config.corpusDir, { maxFileMb: config.corpusMaxFileMb });
    const started = performance.now();
    logger.debug({ answers: warmUp(engine), ms: Math.round(performance.now() - started) }, 'engine warmed up');
    const store = config.databaseUrl
      ? await (await import('./store/pg-store.js')).openPgStore({ url: config.databaseUrl, key: config.pseudonymKey!, logger })
      : sharedFromLocal(openBotStore({ dataDir: config.dataDir, key: config.pseudonymKey, logger }));
    const base = { config, engine, lookup: createLookup(engine.corpus), cooldown: createCooldown(config.cooldownQuestions, config.cooldownSeconds), logger, store, commandIds: new Map<string, string>() };
    // The reload swaps the engine of this same object, which every handler reads.
    const ctx = Object.assign(base, { reload: createReload(base, config.corpusDir) });
    const watcher = config.watchCorpus ? watchCorpus(ctx, config.corpusDir) : null;
    if (config.interactionsPort !== null) {
      const { serveInteractions } = await import('./http/serve.js');
      const server = await serveInteractions(ctx, stopForGood);
      exitOnSignals(logger, async () => {
        watcher?.close();
        await new Promise((resolve) => server.close(resolve));
        await store.close();
      });
      return;
    }
    let stopping = false;
    const client = createClient(ctx, (reason) => {
      if (stopping) return;
      stopping = true;
      void client.destroy().finally(() => stopForGood(reason));
    });
    exitOnSignals(logger, async () => {
      watcher?.close();
      await client.destroy();
      await store.close();
    });
    await client.login(config.token);
  } catch (error) {
    const reason = loginFailure(error);
    if (reason !== null) return stopForGood(reason);
    // Not a refusal: under the ShardingManager the shard exits and is started again, as for any other failure.
    const unreachable = unreachableReason(error, config.apiUrl);
    if (unreachable === null) throw error;
    process.stderr.write(`${unreachable}\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => exitWithError(error));
