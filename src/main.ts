/**
 * npm start: the Discord bot when DISCORD_TOKEN is set; without it, the local console with the same answers.
 */
import { config as loadDotenv } from 'dotenv';
import { runConsole } from './cli/console.js';
import { exitWithError } from './cli/fail.js';
import { loadEngine } from './search/load.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const engine = loadEngine();
  if (process.env.DISCORD_TOKEN) {
    process.stderr.write('DISCORD_TOKEN is set, but the Discord bot is not built yet; opening the local console instead.\n');
  } else {
    process.stderr.write('No DISCORD_TOKEN set: opening the local console. To connect to Discord, put DISCORD_TOKEN in .env (see .env.example).\n');
  }
  await runConsole(engine);
}

main().catch((error: unknown) => exitWithError(error));
