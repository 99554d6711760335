/**
 * The reload module on its own: corpus changes indexed in the worker and swapped in, over and over in one process.
 * (test/e2e/reload.e2e.test.ts drives the same through the running bot.)
 */
import { Writable } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createReload, type Served } from '../src/discord/reload.js';
import { createLogger } from '../src/log.js';
import { createBackgroundIndexer } from '../src/search/background.js';
import { loadEngine } from '../src/search/load.js';
import { createLookup } from '../src/search/lookup.js';
import { scratchCorpus, smallDocument } from './helpers/corpus.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A one-passage corpus naming a place its own gazetteer knows: each round brings a new place and a new name for it. */
function writeRound(dir: string, round: number): void {
  writeFileSync(join(dir, 'places.gazetteer.json'), JSON.stringify([{ canonical: `Outpost ${round}`, type: 'place', aliases: [`Fort Number${round}`] }]));
  const body = `## Supplies\n\n{#r1} Supplies for the garrison reached Fort Number${round} by the river road in round ${round}.\n`;
  writeFileSync(join(dir, 'round.md'), smallDocument({ front: 'id: round\ntitle: Rounds', body }));
}

const { dir, cleanup } = scratchCorpus({}, { withCommitted: false });
afterAll(cleanup);

describe('re-indexing', () => {
  it('survives 100 corpus changes in one process: each is indexed and served, and the heap stays flat', async () => {
    writeRound(dir, 0);
    const lines: Array<Record<string, unknown>> = [];
    const logs = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) });
    const cacheDir = join(dir, '.cache');
    const engine = await loadEngine(dir, { cacheDir });
    const ctx: Served = { engine, lookup: createLookup(engine.corpus), logger: createLogger('info', logs), config: loadConfig({ CORPUS_DIR: dir }) };
    const indexer = createBackgroundIndexer();
    const reload = createReload(ctx, dir, { cacheDir, indexer });
    const heap: number[] = [];
    try {
      for (let round = 1; round <= 100; round += 1) {
        writeRound(dir, round);
        expect(await reload()).toMatchObject({ kind: 'reloaded', changes: { passagesChanged: ['r1'] } });
        expect(lines.at(-1)).toMatchObject({ msg: 'corpus reloaded', documents: 1, passages: 1 });
        const answer = ctx.engine.answer(`What reached Fort Number${round}?`);
        expect(answer.results.map((r) => r.id)).toEqual(['r1']);
        expect(answer.entities.filter((e) => e.type === 'place').map((e) => e.canonical)).toEqual([`Outpost ${round}`]);
        expect(ctx.lookup.passage('r1')!.text).toContain(`Fort Number${round} `);
        if (round % 20 === 0) {
          collectGarbage();
          heap.push(process.memoryUsage().heapUsed);
        }
      }
    } finally {
      await indexer.close();
    }
    // Rounds 40 to 100 hold on to no more than rounds 20 to 40 did: what each reload leaves behind is let go.
    const growth = (heap.at(-1)! - heap[1]!) / 1024 / 1024;
    expect(growth).toBeLessThan(3);
  }, 120_000);
});
