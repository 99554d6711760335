import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tableBytes } from '../scripts/embeddings-table.js';
import { EMBEDDINGS_FILE } from '../src/nlp/embeddings.js';
import { PHRASAL_VERBS_FILE, WORDNET_FILE } from '../src/nlp/wordnet.js';
import { corpusFingerprint } from '../src/search/cache.js';
import { loadEngine } from '../src/search/load.js';
import { scratchCorpus, smallDocument } from './helpers/corpus.js';

const question = 'why does Uzbekistan skip SCO exercises?';

/** Runs `test` on a scratch copy of the corpus (with `files` added) and a cache folder inside it; cleans up after. */
async function withCorpus(files: Record<string, string>, test: (dir: string, cacheDir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = scratchCorpus(files);
  try {
    await test(dir, join(dir, 'cache'));
  } finally {
    cleanup();
  }
}

describe('the index cache', () => {
  it('is written on first load, used on the next, and gives the same answers', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      const built = await loadEngine(dir, { cacheDir });
      expect(readdirSync(cacheDir)).toEqual([`index-${corpusFingerprint(dir)}.json`]);
      const cached = await loadEngine(dir, { cacheDir });
      expect(cached.answer(question)).toEqual(built.answer(question));
      expect(cached.corpus.documents[0]!.footnotes.get('iii')!.text).toContain('Kucera');
      // The speller's words come with the cache: misspelt names are read as the corpus's.
      expect(cached.answer('What did India donate to Tajikstan?').readAs).toBe('What did India donate to Tajikistan?');
    });
  });

  it('holds the spelling index, so a misspelt first question after a cached start reads it from there', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      await loadEngine(dir, { cacheDir });
      const file = JSON.parse(readFileSync(join(cacheDir, readdirSync(cacheDir)[0]!), 'latin1')) as { index: { spelling: { words: string[]; offsets: string; ids: string } } };
      expect(file.index.spelling.words).toContain('refurbishment');
      expect(file.index.spelling.ids.length).toBeGreaterThan(0);
      const cached = await loadEngine(dir, { cacheDir });
      // The corpus text is no longer where words are found: the cached index is.
      for (const passage of cached.corpus.passages) passage.text = '';
      expect(cached.answer('Who paid for the refurbishmnet of the base?').readAs).toBe('Who paid for the refurbishment of the base?');
    });
  });

  it('holds every character of the corpus, written as ASCII', async () => {
    const body = '## Água\n\n{#w-p1} Dushanbe’s “water” talks — naïve 水 plans 🌊 for Tajikistan.\n';
    await withCorpus({ 'water.md': smallDocument({ front: 'id: w\ntitle: Água e política 🌊', body }) }, async (dir, cacheDir) => {
      const built = await loadEngine(dir, { cacheDir });
      const file = readFileSync(join(cacheDir, readdirSync(cacheDir)[0]!));
      expect(file.every((byte) => byte < 0x7f)).toBe(true);
      const cached = await loadEngine(dir, { cacheDir });
      expect(cached.corpus).toEqual(built.corpus);
      expect(cached.answer('Dushanbe water talks').results[0]!.text).toBe('Dushanbe’s “water” talks — naïve 水 plans 🌊 for Tajikistan.');
    });
  });

  it('is rebuilt when a corpus file changes, and the old one removed', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      await loadEngine(dir, { cacheDir });
      const before = corpusFingerprint(dir);
      writeFileSync(join(dir, 'extra.gazetteer.json'), '[{ "canonical": "Aral Sea", "type": "place", "aliases": ["Aral"] }]');
      expect(corpusFingerprint(dir)).not.toBe(before);
      const engine = await loadEngine(dir, { cacheDir });
      expect(engine.corpus.gazetteer.some((e) => e.canonical === 'Aral Sea')).toBe(true);
      expect(readdirSync(cacheDir)).toEqual([`index-${corpusFingerprint(dir)}.json`]);
    });
  });

  it('is rebuilt when a document changes in place, whatever its size', async () => {
    await withCorpus({}, async (dir) => {
      const file = join(dir, 'tresa2015.md');
      const text = readFileSync(file, 'utf8');
      const before = corpusFingerprint(dir);
      // one letter for another: the same size, written within the same moment
      writeFileSync(file, text.replace('Uzbekistan', 'Uzbekistam'));
      expect(corpusFingerprint(dir)).not.toBe(before);
      writeFileSync(file, text);
      expect(corpusFingerprint(dir)).toBe(before);
    });
  });

  it('is rebuilt when a vocabulary table changes, and not when WordNet\'s is only compressed again', async () => {
    await withCorpus({}, async (dir) => {
      const tables = { wordnet: join(dir, 'wordnet.tsv.gz'), phrasalVerbs: join(dir, 'phrasal-verbs.txt'), embeddings: join(dir, 'embeddings.bin') };
      copyFileSync(WORDNET_FILE, tables.wordnet);
      copyFileSync(PHRASAL_VERBS_FILE, tables.phrasalVerbs);
      copyFileSync(EMBEDDINGS_FILE, tables.embeddings);
      const before = corpusFingerprint(dir, undefined, tables);
      expect(before).toMatch(/^[0-9a-f]{32}$/);
      const wordnet = gunzipSync(readFileSync(WORDNET_FILE)).toString('utf8');
      writeFileSync(tables.wordnet, gzipSync(wordnet, { level: 1 }));
      expect(corpusFingerprint(dir, undefined, tables)).toBe(before);
      // one word of one entry for another of the same length
      const edited = wordnet.replace('water_supply', 'water_supplx');
      expect(edited).not.toBe(wordnet);
      writeFileSync(tables.wordnet, gzipSync(edited, { level: 9 }));
      expect(corpusFingerprint(dir, undefined, tables)).not.toBe(before);
      copyFileSync(WORDNET_FILE, tables.wordnet);
      writeFileSync(tables.phrasalVerbs, `${readFileSync(PHRASAL_VERBS_FILE, 'utf8')}stand down\n`);
      expect(corpusFingerprint(dir, undefined, tables)).not.toBe(before);
      copyFileSync(PHRASAL_VERBS_FILE, tables.phrasalVerbs);
      expect(corpusFingerprint(dir, undefined, tables)).toBe(before);
      writeFileSync(tables.embeddings, tableBytes(new Map([['north', Int8Array.of(127, 0)]]), 2, 'test'));
      expect(corpusFingerprint(dir, undefined, tables)).not.toBe(before);
      writeFileSync(tables.wordnet, 'not gzip');
      expect(corpusFingerprint(dir, undefined, tables)).toBeNull();
    });
  });

  it('is passed over when damaged, and never hides a malformed corpus', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      await loadEngine(dir, { cacheDir });
      const cacheFile = join(cacheDir, `index-${corpusFingerprint(dir)}.json`);
      const whole = readFileSync(cacheFile, 'latin1');
      writeFileSync(cacheFile, '{ not json');
      expect((await loadEngine(dir, { cacheDir })).answer(question).results[0]!.id).toBe('p14');
      // Sound JSON that is not a whole index: its dictionary emptied, its postings or its spelling index gone.
      const cut = JSON.parse(whole) as { index: { terms: string[]; postings?: unknown; spelling?: unknown } };
      writeFileSync(cacheFile, JSON.stringify({ ...cut, index: { ...cut.index, terms: [] } }));
      expect((await loadEngine(dir, { cacheDir })).answer(question).results[0]!.id).toBe('p14');
      writeFileSync(cacheFile, JSON.stringify({ ...cut, index: { ...cut.index, postings: undefined } }));
      expect((await loadEngine(dir, { cacheDir })).answer(question).results[0]!.id).toBe('p14');
      writeFileSync(cacheFile, JSON.stringify({ ...cut, index: { ...cut.index, spelling: undefined } }));
      expect((await loadEngine(dir, { cacheDir })).answer(question).results[0]!.id).toBe('p14');
      writeFileSync(join(dir, 'broken.md'), '---\nid: b\n---\n\n{#b1} no title\n');
      await expect(loadEngine(dir, { cacheDir })).rejects.toThrow(/broken\.md:1: the document has no title/);
    });
  });
});
