import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { wordnetTable } from '../scripts/wordnet-table.js';
import { PHRASAL_VERBS_FILE, PROPER_NAMES_FILE, WORDNET_FILE } from '../src/nlp/wordnet.js';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { createAnalyzer } from '../src/nlp/analyzer.js';
import { unusedEntries } from '../src/nlp/thesaurus.js';
import { buildIndex, createEngine } from '../src/search/engine.js';
import { loadEngine } from '../src/search/load.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

const committed = loadCorpus(committedCorpus);
const analyzer = createAnalyzer(committed.gazetteer, committed.thesaurus);

/** Loading a scratch corpus whose thesaurus is `thesaurus`: the error it stops with, or null. */
async function loadWith(thesaurus: object): Promise<CorpusError | null> {
  const { dir, cleanup } = scratchCorpus({ 'thesaurus.json': JSON.stringify(thesaurus, null, 1) });
  try {
    await loadEngine(dir, { cacheDir: null });
    return null;
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  } finally {
    cleanup();
  }
}

describe('the thesaurus, checked at load', () => {
  it('loads as committed, and every entry can fire on the committed corpus', async () => {
    expect(await loadWith(JSON.parse(readFileSync(join(committedCorpus, 'thesaurus.json'), 'utf8')))).toBeNull();
    const index = buildIndex(committed, analyzer);
    const has = new Set(index.terms);
    expect(unusedEntries(committed.thesaurus, analyzer.terms, (t) => has.has(t))).toEqual([]);
  });

  it('rejects a word that reads as no word, naming the file, the line, the entry and the fix', async () => {
    const error = await loadWith({ synonyms: [['exercise', 'drill'], ['aid', 'the']], expansions: {} });
    expect(error?.message).toMatch(/thesaurus\.json:\d+: "the" in synonym group 2 is read as no word .*Fix: remove "the" from the group/);
  });

  it('rejects two groups that merge once words are stemmed ("militancy" and "militant" read alike)', async () => {
    const error = await loadWith({ synonyms: [['terrorism', 'militancy'], ['militant', 'insurgent']], expansions: {} });
    expect(error?.message).toMatch(/"militant" in synonym group 2 reads as "milit", like a word of group 1 .*Fix: keep the word in one group, or merge the groups/);
  });

  it('rejects an expansion of a stop word, and one whose target reads as no word', async () => {
    expect((await loadWith({ synonyms: [], expansions: { about: ['topic'] } }))?.message).toMatch(/the expansion of "about" can never fire: "about" is read as no word/);
    expect((await loadWith({ synonyms: [], expansions: { boycott: ['refuse', 'of'] } }))?.message).toMatch(/"of", an expansion of "boycott", is read as no word/);
  });

  it('lists entries a corpus cannot fire, without stopping a corpus that gains a document', async () => {
    // A phrase whose words the corpus has each ("war", "game") stands in for the phrase, which it lacks: it can fire.
    const thesaurus = { synonyms: [['weather', 'climate']], expansions: { exercise: ['military'], skip: ['pizza'], 'war game': ['exercise'] }, file: null };
    const index = buildIndex(committed, analyzer);
    const has = new Set(index.terms);
    expect(unusedEntries(thesaurus, analyzer.terms, (t) => has.has(t))).toEqual([
      'synonym group 1 ("weather", "climate") has no word the corpus uses, so it can never match',
      'the expansion of "exercise" can never fire: the corpus has "exercise" itself, and expansions stand in only for words it lacks',
      '"pizza", an expansion of "skip", is no word of the corpus, so it can never match',
    ]);
    // A document that uses a word the thesaurus expands still loads.
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': smallDocument({ body: '## Water\n\n{#smith-p1} Writers say the Aral Sea shrank.\n' }), 'thesaurus.json': JSON.stringify({ synonyms: [], expansions: { writer: ['author'] } }) });
    try {
      expect(createEngine(loadCorpus(dir)).answer('Why did the Aral Sea shrink?').results[0]!.id).toBe('smith-p1');
    } finally {
      cleanup();
    }
  });
});

describe('the WordNet vocabulary', () => {
  it('is what scripts/wordnet-table.ts makes of WordNet, in the analyzer’s normal forms', () => {
    const { table, phrases, names } = wordnetTable();
    expect(gunzipSync(readFileSync(WORDNET_FILE)).toString('utf8')).toBe(table);
    expect(readFileSync(PHRASAL_VERBS_FILE, 'utf8')).toBe(phrases);
    expect(readFileSync(PROPER_NAMES_FILE, 'utf8')).toBe(names);
    // Only ever names: not "china" (porcelain), "japan" (to lacquer) or "turkey" (the bird).
    expect(names).toMatch(/^putin$/m);
    expect(names).toMatch(/^tashkent$/m);
    for (const word of ['china', 'japan', 'turkey', 'military']) expect(names).not.toMatch(new RegExp(`^${word}$`, 'm'));
    expect(table).toMatch(/^found\tv\t[^\t]*\bestablish\b/m);
    expect(phrases).toMatch(/^play down$/m);
  }, 60_000);
});
