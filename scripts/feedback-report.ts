/**
 * What members' feedback says: the most-asked questions the bot could not answer, the passages with the most 👎,
 * and the overall 👍 share.
 *
 *   npm run feedback-report [-- --json] [-- --limit N]
 */
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../src/config.js';
import { pseudonymKey } from '../src/store/secret.js';
import { createLogger } from '../src/log.js';
import { StoreError } from '../src/store/errors.js';
import { openPgStore } from '../src/store/pg-store.js';
import { type FeedbackReport, openStore } from '../src/store/store.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 10;
  const config = loadConfig();
  let report: FeedbackReport;
  if (config.databaseUrl) {
    const store = await openPgStore({ url: config.databaseUrl, key: config.pseudonymKey!, logger: createLogger('warn') });
    report = await store.report(limit);
    await store.close();
  } else {
    const store = openStore(config.dataDir, { key: pseudonymKey(config.dataDir, config.pseudonymKey) });
    report = store.report(limit);
    store.close();
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const share = report.upShare === null ? 'no votes yet' : `${(report.upShare * 100).toFixed(1)}% (${report.up} 👍, ${report.down} 👎)`;
  const lines = [`Overall 👍 share: ${share}`, '', 'Most-asked questions with no answer:', '| times | question |', '|---:|---|'];
  lines.push(...(report.unanswered.length ? report.unanswered.map((u) => `| ${u.count} | ${u.question.replace(/\|/g, '\\|').slice(0, 120)} |`) : ['| 0 | (none) |']));
  lines.push('', 'Passages with the most 👎:', '| passage | 👎 | 👍 |', '|---|---:|---:|');
  lines.push(...(report.disliked.length ? report.disliked.map((d) => `| ${d.passageId} | ${d.down} | ${d.up} |`) : ['| (none) | 0 | 0 |']));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof StoreError ? `Cannot read the feedback store: ${error.message}` : `Error: ${(error as Error).message}`}\n`);
  process.exit(1);
});
