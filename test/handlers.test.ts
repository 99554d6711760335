/**
 * The handlers with neither transport: the router fed plain objects that implement the interaction interface,
 * over the real engine and store. What a command needs from Discord is only what src/discord/interaction.ts says.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { BotContext } from '../src/discord/context.js';
import { createCooldown } from '../src/discord/cooldown.js';
import type { ButtonInteraction, Choice, CommandInteraction, InteractionPlace } from '../src/discord/interaction.js';
import { routeInteraction } from '../src/discord/router.js';
import { createLogger } from '../src/log.js';
import type { ReplyPayload } from '../src/present/discord.js';
import { createLookup } from '../src/search/lookup.js';
import { loadEngine } from '../src/search/load.js';
import { openBotStore } from '../src/store/bot-store.js';
import { sharedFromLocal } from '../src/store/shared-store.js';
import { loadCorpus } from '../src/corpus/load.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

let ctx: BotContext;
beforeAll(async () => {
  const engine = await loadEngine(committedCorpus, { cacheDir: null });
  const logger = createLogger('silent');
  const store = sharedFromLocal(openBotStore({ dataDir: mkdtempSync(join(tmpdir(), 'handlers-')), key: 'k'.repeat(32), logger }));
  ctx = { config: loadConfig({}), engine, lookup: createLookup(engine.corpus), cooldown: createCooldown(5, 30), logger, store, commandIds: new Map(), reload: () => Promise.reject(new Error('no reload here')) };
});
afterAll(() => ctx?.store.close());

let nextId = 1;
/** Where a plain interaction happens: a server text channel the bot is in. */
function place(userId: string): InteractionPlace {
  return { id: String(nextId++), user: { id: userId }, channelId: '200000000000000001', guildId: '300000000000000001', locale: 'en-GB', botIsHere: true, threadsWork: false, canManageMessages: false, serverHasChannel: () => false };
}

/** A slash command whose answers are kept in `sent`. */
function command(name: string, options: Record<string, string>, userId = '100000000000000001'): CommandInteraction & { sent: ReplyPayload[] } {
  const sent: ReplyPayload[] = [];
  return {
    ...place(userId),
    kind: 'command',
    commandName: name,
    sent,
    options: {
      string: (key) => options[key] ?? null,
      requiredString: (key) => {
        if (options[key] === undefined) throw new Error(`missing ${key}`);
        return options[key];
      },
      boolean: () => null,
      user: () => null,
      subcommand: () => null,
    },
    reply: async (payload) => void sent.push(payload),
    defer: async () => {},
  };
}

function click(customId: string, title: string, userId: string): ButtonInteraction & { sent: ReplyPayload[] } {
  const sent: ReplyPayload[] = [];
  return {
    ...place(userId),
    kind: 'button',
    customId,
    sent,
    message: { id: '400000000000000001', ephemeral: false, title, threadId: null, askerId: null },
    reply: async (payload) => void sent.push(payload),
    defer: async () => {},
    update: async (payload) => void sent.push(payload),
    deleteMessage: async () => {},
    startThread: () => Promise.reject(new Error('no threads here')),
    repliedMessageId: async () => '400000000000000002',
  };
}

describe('the router over a plain interaction', () => {
  it('answers /ask, and a vote on the answer is stored and acknowledged privately', async () => {
    const asked = command('ask', { question: 'why does Uzbekistan skip SCO exercises?' });
    await routeInteraction(asked, ctx);
    expect(asked.sent).toHaveLength(1);
    const answer = asked.sent[0]!;
    expect(answer.embeds[0]!.footer!.text).toMatch(/^Passage p14/);
    const buttons = answer.components.flatMap((row) => row.components) as Array<{ label?: string; custom_id?: string }>;
    const helpful = buttons.find((b) => b.label === 'Helpful')!;
    const vote = click(helpful.custom_id!, answer.embeds[0]!.title!, '100000000000000002');
    await routeInteraction(vote, ctx);
    expect(vote.sent).toEqual([expect.objectContaining({ content: 'Thanks — noted 👍 for passage p14.', ephemeral: true })]);
    expect((await ctx.store.report()).up).toBe(1);
  });

  it('says a vote is expired, and stores none, when its passage is not in the corpus (removed by a reload since)', async () => {
    const asked = command('ask', { question: 'What is RATS?' }, '100000000000000004');
    await routeInteraction(asked, ctx);
    const answer = asked.sent[0]!;
    const helpful = (answer.components.flatMap((row) => row.components) as Array<{ label?: string; custom_id?: string }>).find((b) => b.label === 'Helpful')!;
    const before = await ctx.store.report();
    const vote = click(helpful.custom_id!.replace(/:p16$/, ':p999'), answer.embeds[0]!.title!, '100000000000000005');
    await routeInteraction(vote, ctx);
    expect(vote.sent).toEqual([expect.objectContaining({ content: 'This answer has expired — ask again with /ask.', ephemeral: true })]);
    expect(await ctx.store.report()).toEqual(before);
  });

  it('shows /passage by the number alone, and says a document id is the paper, not a passage', async () => {
    const byNumber = command('passage', { id: '14' });
    await routeInteraction(byNumber, ctx);
    expect(byNumber.sent[0]!.embeds[0]!.title).toMatch(/p14/);
    const paper = command('passage', { id: 'tresa2015' });
    await routeInteraction(paper, ctx);
    expect(paper.sent).toEqual([expect.objectContaining({ content: '`tresa2015` is the paper itself, not one of its passages: /about shows it.', ephemeral: true })]);
  });

  it('reads an id or a marker typed as people write them, and says what to type when nothing is', async () => {
    const run = async (name: string, options: Record<string, string>) => {
      const interaction = command(name, options);
      await routeInteraction(interaction, ctx);
      return interaction.sent[0]!;
    };
    for (const id of ['`p2`', '"p2"', 'passage 2', 'paragraph 2']) expect((await run('passage', { id })).embeds[0]!.title, id).toMatch(/^p2 · /);
    // A footnote asked of /passage, even one whose number is a passage's: /cite shows it.
    for (const id of ['footnote 3', 'footnote iii']) expect((await run('passage', { id })).content, id).toBe(`There is no passage \`${id}\`, but there is a footnote [iii]: /cite marker:iii shows it and the passages citing it.`);
    for (const marker of ['footnote 3', 'note 3', 'fn iii', '`iii`']) expect((await run('cite', { marker })).embeds[0]!.title, marker).toBe('Footnote [iii] · China-Central Asia Defence Relations');
    // Only spaces, or only a mention, which is no id: before, "There is no passage ``".
    expect(await run('passage', { id: '   ' })).toMatchObject({ content: 'Type a passage id, like p14 (start typing for suggestions), or ask a question with /ask.', ephemeral: true });
    expect(await run('cite', { marker: '<@123456789012345678>' })).toMatchObject({ content: 'Type a footnote marker, like iii or 3 (start typing for suggestions).', ephemeral: true });
    // Nothing near what no marker or id is written as: the span there is (it had been three markers spelt most alike).
    expect(await run('cite', { marker: 'foo bar' })).toMatchObject({ content: 'There is no footnote `foo bar`. Footnotes run i to xi.', ephemeral: true });
    expect(await run('passage', { id: 'zzqx' })).toMatchObject({ content: 'There is no passage `zzqx`. Passages run p1 to p22.', ephemeral: true });
  });

  it('names each document’s footnote of a marker two documents have, for /cite', async () => {
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument() });
    try {
      const interaction = command('cite', { marker: 'i' });
      await routeInteraction(interaction, { ...ctx, lookup: createLookup(loadCorpus(dir)) });
      expect(interaction.sent).toEqual([expect.objectContaining({ content: 'Footnotes `smith2020:i`, `tresa2015:i` are marked `i`, one in each document: pick one of them.', ephemeral: true })]);
    } finally {
      cleanup();
    }
  });

  it('says /search has no word to look for in a query of punctuation or common words, whatever it looks like', async () => {
    for (const query of ['*', 'the', 'why?', 'and then?']) {
      const searched = command('search', { query });
      await routeInteraction(searched, ctx);
      // Symbols alone are no words at all, not common ones.
      const why = query === '*' ? 'no letters or digits' : 'too common a word';
      expect(searched.sent, query).toEqual([expect.objectContaining({ content: `\`${query}\` has no word to search by (${why}): try a word of the topic, for example /search query:Peace Mission.`, ephemeral: true })]);
    }
  });

  it('suggests passage ids while typing', async () => {
    let shown: Choice[] = [];
    await routeInteraction({ ...place('100000000000000003'), kind: 'autocomplete', commandName: 'passage', focused: 'p1', showChoices: async (choices) => void (shown = choices) }, ctx);
    expect(shown.map((c) => c.value)).toContain('p14');
  });

  it('suggests first the passage an id typed as /passage reads it names (“14”, “passage 14”), then the ids it begins', async () => {
    const suggested = async (focused: string) => {
      let shown: Choice[] = [];
      await routeInteraction({ ...place('100000000000000003'), kind: 'autocomplete', commandName: 'passage', focused, showChoices: async (choices) => void (shown = choices) }, ctx);
      return shown.map((c) => c.value);
    };
    for (const typed of ['14', 'passage 14', 'P14']) expect((await suggested(typed))[0], typed).toBe('p14');
    expect((await suggested('p1')).slice(0, 4)).toEqual(['p1', 'p10', 'p11', 'p12']);
    expect((await suggested('2')).slice(0, 3)).toEqual(['p2', 'p20', 'p21']);
  });

  it('apologises privately when a handler fails', async () => {
    const broken = command('ask', {});
    await routeInteraction(broken, ctx);
    expect(broken.sent).toEqual([expect.objectContaining({ content: expect.stringMatching(/^Sorry — something went wrong on my side/), ephemeral: true })]);
  });
});
