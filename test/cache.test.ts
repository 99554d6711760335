import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tableBytes } from '../scripts/embeddings-table.js';
import { EMBEDDINGS_FILE } from '../src/nlp/embeddings.js';
import { PHRASAL_VERBS_FILE, WORDNET_FILE } from '../src/nlp/wordnet.js';
import { cacheFileName, corpusFingerprint, decodeCache } from '../src/search/cache.js';
import { loadEngine } from '../src/search/load.js';
import { makeDirectory } from '../src/paths.js';
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

interface Header {
  passages: { ids: string };
  index: { terms: string[]; postings: { passageCount: number }; spelling: { words: string[] } };
  sections: number[];
}

/** Where a cache file's header ends and its sections begin (see `MAGIC` in src/search/cache.ts). */
function layout(file: Buffer): { headerEnd: number; sectionsStart: number } {
  const headerEnd = 16 + file.readUInt32LE(8);
  return { headerEnd, sectionsStart: Math.ceil(headerEnd / 8) * 8 };
}

/** A cache file with its header replaced by what `edit` makes of it, and its sections as they were. */
function withHeader(file: Buffer, edit: (header: Header) => unknown): Buffer {
  const { headerEnd, sectionsStart } = layout(file);
  const edited = edit(JSON.parse(file.toString('latin1', 16, headerEnd)) as Header);
  const text = typeof edited === 'string' ? edited : JSON.stringify(edited).replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const header = Buffer.from(text, 'latin1');
  const prefix = Buffer.from(file.subarray(0, 16));
  prefix.writeUInt32LE(header.length, 8);
  const padding = Buffer.alloc(Math.ceil((16 + header.length) / 8) * 8 - 16 - header.length);
  return Buffer.concat([prefix, header, padding, file.subarray(sectionsStart)]);
}

/** The section of the postings' passages, by its place in the file (see `encode` in src/search/cache.ts). */
const POSTINGS_PASSAGES = 8;

/** A cache file with one section's bytes changed by `edit`. */
function withSection(file: Buffer, section: number, edit: (bytes: Buffer) => void): Buffer {
  const copy = Buffer.from(file);
  const { headerEnd, sectionsStart } = layout(copy);
  const { sections } = JSON.parse(copy.toString('latin1', 16, headerEnd)) as Header;
  let start = sectionsStart;
  for (let i = 0; i < section; i += 1) start = Math.ceil((start + sections[i]!) / 8) * 8;
  edit(copy.subarray(start, start + sections[section]!));
  return copy;
}

describe('the index cache', () => {
  it('is written on first load, used on the next, and gives the same answers', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      const built = await loadEngine(dir, { cacheDir });
      expect(readdirSync(cacheDir)).toEqual([cacheFileName(corpusFingerprint(dir)!)]);
      const cached = await loadEngine(dir, { cacheDir });
      expect(cached.answer(question)).toEqual(built.answer(question));
      expect(cached.corpus.documents[0]!.footnotes.get('iii')!.text).toContain('Kucera');
      // The speller's words come with the cache: misspelt names are read as the corpus's.
      expect(cached.answer('What did India donate to Tajikstan?').readAs).toBe('What did India donate to Tajikistan?');
    });
  });

  it('is passed over where its folder cannot be made, and the engine still answers', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      mkdirSync(cacheDir, { recursive: true });
      const file = join(cacheDir, 'a-file');
      writeFileSync(file, 'not a folder');
      const engine = await loadEngine(dir, { cacheDir: join(file, 'cache') });
      expect(engine.answer(question).results.length).toBeGreaterThan(0);
      expect(readdirSync(cacheDir)).toEqual(['a-file']);
    });
  });

  it('makes its folder and those above it, and fails at once where a folder cannot be made', async () => {
    await withCorpus({}, async (_dir, cacheDir) => {
      const deep = join(cacheDir, 'a', 'b', 'c');
      makeDirectory(deep);
      makeDirectory(deep);
      expect(statSync(deep).isDirectory()).toBe(true);
      writeFileSync(join(cacheDir, 'f'), '');
      expect(() => makeDirectory(join(cacheDir, 'f', 'g'))).toThrow(/ENOTDIR/);
      // Node's own recursive mkdir retries this forever.
      if (existsSync('/proc/self')) expect(() => makeDirectory('/proc/no-such-folder/cache')).toThrow(/ENOENT/);
    });
  });

  it('holds the spelling index, so a misspelt first question after a cached start reads it from there', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      await loadEngine(dir, { cacheDir });
      const { index } = decodeCache(readFileSync(join(cacheDir, readdirSync(cacheDir)[0]!)));
      expect(index.spelling.words).toContain('refurbishment');
      expect(index.spelling.ids.length).toBeGreaterThan(0);
      const cached = await loadEngine(dir, { cacheDir });
      // The corpus text is no longer where words are found: the cached index is.
      for (const passage of cached.corpus.passages) passage.text = '';
      expect(cached.answer('Who paid for the refurbishmnet of the base?').readAs).toBe('Who paid for the refurbishment of the base?');
    });
  });

  it('holds every character of the corpus, in passages of Latin-1 characters alone and of others side by side', async () => {
    const body = [
      '## Água',
      '{#w-p1} Dushanbe’s “water” talks — naïve 水 plans 🌊 for Tajikistan.',
      '{#w-p2} A café in Khujand: naïve Ümit’s plan, then.',
      '{#w-p3} Plain water talks in Khujand.',
      '## Tōkyō 🌊',
      '{#w-p4} Aral Sea façade talks, with ½ of the water.',
      '{#w-p5} 水 and 🌊 and nothing else of note here.',
    ].join('\n\n');
    await withCorpus({ 'water.md': smallDocument({ front: 'id: w\ntitle: Água e política 🌊', body: `${body}\n` }) }, async (dir, cacheDir) => {
      const built = await loadEngine(dir, { cacheDir });
      const cached = await loadEngine(dir, { cacheDir });
      expect(cached.corpus).toEqual(built.corpus);
      expect(cached.corpus.passages.filter((p) => p.documentId === 'w').map((p) => [p.text, p.section])).toEqual([
        ['Dushanbe’s “water” talks — naïve 水 plans 🌊 for Tajikistan.', 'Água'],
        ['A café in Khujand: naïve Ümit’s plan, then.', 'Água'],
        ['Plain water talks in Khujand.', 'Água'],
        ['Aral Sea façade talks, with ½ of the water.', 'Tōkyō 🌊'],
        ['水 and 🌊 and nothing else of note here.', 'Tōkyō 🌊'],
      ]);
      expect(cached.answer('Dushanbe water talks').results[0]!.text).toBe('Dushanbe’s “water” talks — naïve 水 plans 🌊 for Tajikistan.');
    });
  });

  it("makes a passage's or footnote's text when it is first read, as a parsed one's own property", async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      const built = await loadEngine(dir, { cacheDir });
      // Memory of its own, which the decoded corpus reads from.
      const file = Buffer.from(new Uint8Array(readFileSync(join(cacheDir, readdirSync(cacheDir)[0]!))).buffer);
      const { corpus } = decodeCache(file);
      // The first two passages of Latin-1 characters alone, whose texts the file's first section holds one after the other.
      const [at, next] = built.corpus.passages.flatMap((p, i) => (/^[\x00-\xff]*$/.test(p.text) ? [i] : [])) as [number, number];
      const [passage, later] = [corpus.passages[at]!, corpus.passages[next]!];
      const [first, second] = [built.corpus.passages[at]!.text, built.corpus.passages[next]!.text];
      const footnote = [...corpus.documents[0]!.footnotes.values()][0]!;
      expect(passage.text).toBe(first);
      // One not read yet is made from its bytes as they are now.
      const secondStart = layout(file).sectionsStart + first.length;
      file.fill('x', secondStart, secondStart + second.length);
      expect(passage.text).toBe(first);
      expect(later.text).toBe('x'.repeat(second.length));
      // Copied as a parsed passage's is, by a spread, JSON and a structured clone; and it can be set.
      for (const copy of [{ ...footnote }, JSON.parse(JSON.stringify(footnote)), structuredClone(footnote)]) expect(copy).toEqual({ marker: footnote.marker, text: footnote.text });
      expect(Object.keys(passage)).toEqual(Object.keys(built.corpus.passages[0]!));
      passage.text = '';
      expect(passage.text).toBe('');
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
      expect(readdirSync(cacheDir)).toEqual([cacheFileName(corpusFingerprint(dir)!)]);
    });
  });

  it('replaces a cache of an earlier format, which it never reads', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      mkdirSync(cacheDir);
      // The JSON file engine-20 wrote, under the name this corpus would have had then.
      writeFileSync(join(cacheDir, 'index-0123456789abcdef0123456789abcdef.json'), '{ "corpus": {}, "index": {} }');
      expect((await loadEngine(dir, { cacheDir })).answer(question).results[0]!.id).toBe('p14');
      expect(readdirSync(cacheDir)).toEqual([cacheFileName(corpusFingerprint(dir)!)]);
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

  it('is rebuilt when which of two documents numbering their passages alike was written later changes', async () => {
    const body = smallDocument().replace('{#smith-p1}', '{#p1}').replace('{#smith-p2}', '{#p30}');
    await withCorpus({ 'smith2020.md': body }, async (dir, cacheDir) => {
      utimesSync(join(dir, 'tresa2015.md'), 1_000, 1_000);
      utimesSync(join(dir, 'smith2020.md'), 2_000, 2_000);
      const before = corpusFingerprint(dir);
      expect((await loadEngine(dir, { cacheDir })).corpus.passages.map((p) => p.id)).toContain('smith2020-p1');
      // The same bytes, the paper now written later: its ids are the ones read with its id, not a cached reading's.
      utimesSync(join(dir, 'tresa2015.md'), 3_000, 3_000);
      expect(corpusFingerprint(dir)).not.toBe(before);
      expect((await loadEngine(dir, { cacheDir })).corpus.passages.map((p) => p.id)).toEqual(expect.arrayContaining(['tresa2015-p1', 'p1', 'p30']));
      // Files written within the same two seconds are of one time, as rewriting one as it was keeps them.
      utimesSync(join(dir, 'tresa2015.md'), 3_001, 3_001);
      const same = corpusFingerprint(dir);
      utimesSync(join(dir, 'tresa2015.md'), 3_000.5, 3_000.5);
      expect(corpusFingerprint(dir)).toBe(same);
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

  it('is passed over when damaged, built again and written whole, and never hides a malformed corpus', async () => {
    await withCorpus({}, async (dir, cacheDir) => {
      await loadEngine(dir, { cacheDir });
      const cacheFile = join(cacheDir, cacheFileName(corpusFingerprint(dir)!));
      const whole = readFileSync(cacheFile);
      const damaged: Array<[string, Buffer]> = [
        ['not a cache file', Buffer.from('{ not json')],
        ['empty', Buffer.alloc(0)],
        ['cut short in its header', whole.subarray(0, 40)],
        ['cut short in its sections', whole.subarray(0, whole.length >> 1)],
        ['its last byte gone', whole.subarray(0, whole.length - 1)],
        ['with bytes after its sections', Buffer.concat([whole, Buffer.alloc(64)])],
        ['its header not JSON', withHeader(whole, () => '{ not json')],
        ['its dictionary emptied', withHeader(whole, (h) => ({ ...h, index: { ...h.index, terms: [] } }))],
        ['a section said to be longer than it is', withHeader(whole, (h) => ({ ...h, sections: h.sections.map((n, i) => (i === 0 ? n + 8 : n)) }))],
        ['a section fewer', withHeader(whole, (h) => ({ ...h, sections: h.sections.slice(0, -1) }))],
        ['a passage fewer', withHeader(whole, (h) => ({ ...h, passages: { ...h.passages, ids: h.passages.ids.replace(/\n[^\n]*$/, '') } }))],
        ['a passage more in the postings', withHeader(whole, (h) => ({ ...h, index: { ...h.index, postings: { passageCount: h.index.postings.passageCount + 1 } } }))],
        ['postings of passages it does not have', withSection(whole, POSTINGS_PASSAGES, (bytes) => bytes.fill(0xff))],
      ];
      for (const [what, bytes] of damaged) {
        writeFileSync(cacheFile, bytes);
        expect((await loadEngine(dir, { cacheDir })).answer(question).results[0]!.id, what).toBe('p14');
        expect(readFileSync(cacheFile).equals(whole), what).toBe(true);
      }
      writeFileSync(join(dir, 'broken.md'), '---\nid: b\n---\n\n{#b1} no title\n');
      await expect(loadEngine(dir, { cacheDir })).rejects.toThrow(/broken\.md:1: the document has no title/);
    });
  });
});
