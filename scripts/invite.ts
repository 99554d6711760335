/**
 * Prints the links that add the app: to a server, with the permissions the bot uses, and to a member's account.
 *
 *   npm run invite
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../src/config.js';
import { BOT_PERMISSION_BITS, BOT_PERMISSIONS, serverInviteUrl, userInstallUrl } from '../src/discord/invite.js';

try {
  loadDotenv({ quiet: true });
  const { clientId } = loadConfig();
  if (!clientId) throw new ConfigError('DISCORD_CLIENT_ID', 'is not set; copy the Application ID from the General Information page of the developer portal into .env');
  process.stdout.write(
    [
      `Add the bot to a server (permissions ${BOT_PERMISSION_BITS}: ${Object.keys(BOT_PERMISSIONS).join(', ')}):`,
      serverInviteUrl(clientId),
      '',
      'Add the commands to your own account, for any server or DM (switch on User Install under Installation in the developer portal first):',
      userInstallUrl(clientId),
      '',
    ].join('\n'),
  );
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? `Configuration error: ${error.message}` : String(error)}\n`);
  process.exit(1);
}
