/**
 * Re-indexing through the running bot, as `npm start` runs it against the loopback Discord server: a large
 * document indexed while /ask goes on being answered, files that could hang or exhaust the bot refused, and a
 * corpus folder replaced by another. The tests run in order on one bot and one corpus folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBot } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';
import { committedCorpus, largeDocument, smallDocument } from '../helpers/corpus.js';

const LARGE_QUESTION = 'Where did the Zerafshan glacier survey teams camp?';

let server: FakeDiscord;
let bot: BotProcess;
const parent = mkdtempSync(join(tmpdir(), 'reload-'));
const dir = join(parent, 'corpus');

/** The next log line, after those seen so far, that passes `test`. */
function nextLog(test: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>> {
  const from = bot.logs.length;
  return bot.waitForLog((line) => bot.logs.indexOf(line) >= from && test(line), timeoutMs);
}
const reloaded = (line: Record<string, unknown>): boolean => line.msg === 'corpus reloaded';
const refused = (line: Record<string, unknown>): boolean => line.msg === 'corpus reload refused; still serving the previous index';

/** The footer of the answer to /ask, from a member of their own (so no cooldown is reached). */
async function ask(question: string): Promise<string> {
  const callback = await server.interact(server.chatInput('ask', { question }).interaction);
  return callback.data!.embeds?.[0]?.footer?.text ?? callback.data!.content ?? '';
}

beforeAll(async () => {
  cpSync(committedCorpus, dir, { recursive: true });
  server = await new FakeDiscord({ token: 'reload-token-0123456789abcdef' }).start();
  bot = startBot(server, { CORPUS_DIR: dir, INDEX_CACHE_DIR: join(parent, 'cache'), CORPUS_MAX_FILE_MB: '2' });
  await bot.waitForLog((l) => l.msg === 'connected to Discord');
});

afterAll(async () => {
  await bot.stop();
  await server.stop();
  rmSync(parent, { recursive: true, force: true });
});

describe('re-indexing while serving', () => {
  it('answers /ask all the while a large document is indexed, then answers from it', async () => {
    const started = nextLog((l) => l.msg === 'corpus changed; indexing it in the background');
    const done = nextLog(reloaded, 60_000);
    let finished = false;
    void done.then(() => (finished = true));
    writeFileSync(join(dir, 'large.md'), largeDocument(400_000, 'The Zerafshan glacier survey teams camped below the Fan mountains in 2014.'));
    await started;
    let answeredMeanwhile = 0;
    while (!finished) {
      const footer = await ask('What is RATS?');
      // From the old index until the swap, from the new one after (the log line may come a moment later).
      expect(footer).toMatch(/^Passage (p16|large-\d+) /);
      if (!finished && footer.startsWith('Passage p16 ')) answeredMeanwhile += 1;
    }
    // The index was built in a worker thread: answers kept coming while it was.
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(5);
    expect(await done).toMatchObject({ documents: 2 });
    expect(await ask(LARGE_QUESTION)).toMatch(/^Passage large-last/);
  }, 90_000);

  it('refuses a file over CORPUS_MAX_FILE_MB, a named pipe and a link to /dev/zero, each with a log line, and keeps serving', async () => {
    const cases: Array<[string, (file: string) => void, RegExp]> = [
      ['huge.md', (file) => writeFileSync(file, smallDocument({ body: `{#h1} ${'Water talks went on. '.repeat(125_000)}` })), /huge\.md: the file is 2\.5 MB, more than CORPUS_MAX_FILE_MB allows \(2 MB\)/],
      ['pipe.md', (file) => execFileSync('mkfifo', [file]), /pipe\.md: the file is a named pipe \(FIFO\), not a regular file/],
      ['zero.md', (file) => symlinkSync('/dev/zero', file), /zero\.md: the file is a link to a character device, not a regular file/],
    ];
    for (const [name, make, reason] of cases) {
      const refusal = nextLog(refused);
      make(join(dir, name));
      expect((await refusal).reason).toMatch(reason);
      expect(await ask(LARGE_QUESTION)).toMatch(/^Passage large-last/);
      const back = nextLog(reloaded);
      rmSync(join(dir, name));
      await back;
    }
  });

  it('picks up a corpus folder replaced by another of the same name, and watches the new one', async () => {
    const next = join(parent, 'corpus.next');
    cpSync(committedCorpus, next, { recursive: true });
    writeFileSync(join(next, 'smith2020.md'), smallDocument());
    const replaced = nextLog((l) => reloaded(l) && l.documents === 2);
    renameSync(dir, join(parent, 'corpus.old'));
    renameSync(next, dir);
    await replaced;
    expect(await ask('Why did the Aral Sea shrink?')).toMatch(/^Passage smith-p1/);
    expect(await ask(LARGE_QUESTION)).toMatch(/doesn't cover that/);

    const edited = nextLog((l) => reloaded(l) && l.documents === 1);
    rmSync(join(dir, 'smith2020.md'));
    await edited;
    expect(await ask('Why did the Aral Sea shrink?')).toMatch(/never mentions Aral Sea/);
  });

  it('still stops on SIGTERM, exit code 0, after all of that', async () => {
    expect(await bot.stop()).toBe(0);
  });
});
