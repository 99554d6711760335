import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { parseDocument, withoutMarkers } from '../src/corpus/parse.js';
import { corpusFingerprint } from '../src/search/cache.js';
import { ingest, toMarkdown } from '../scripts/ingest.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

const corpus = loadCorpus(committedCorpus);
const paper = corpus.documents[0]!;
const allText = corpus.passages.map((p) => p.text).join('\n');

describe('the committed corpus', () => {
  it('holds the paper with its header as metadata', () => {
    expect(corpus.documents).toHaveLength(1);
    expect(paper.meta).toMatchObject({ id: 'tresa2015', title: 'China-Central Asia Defence Relations', author: 'K. Jennie Tresa', number: '0108/2015', year: 2015 });
    expect(allText).not.toContain('C3S Paper No.');
  });

  it('names the four headings and the opening, closing and author sections', () => {
    expect(paper.sections).toEqual([
      'Introduction',
      'China’s Military Ties with Central Asian States',
      'SCO and the Peace Initiatives',
      'China’s response to terrorism via its Central Asia policy',
      'Implications for India',
      'Conclusion',
      'About the author',
    ]);
    expect(corpus.passages[0]!.section).toBe('Introduction');
    expect(corpus.passages.find((p) => p.text.startsWith('The primary focus of China'))!.section).toBe('Conclusion');
    expect(corpus.passages.at(-1)!.text).toMatch(/^K\.Jennie Tresa is an intern with Chennai Centre for China Studies/);
  });

  it('drops the web page junk and keeps the curly quotes', () => {
    for (const junk of ['top of page', 'bottom of page', '4 views', 'comments', 'E-mail']) expect(allText).not.toContain(junk);
    expect(allText).toContain('the “three evils”');
    expect(allText).toContain('China’s security relations');
  });

  it('repairs the words the scrape ran together', () => {
    for (const joined of ['goalof', 'Asiahave', 'forcesin', 'exercisereflects', 'fearsdomination', 'makesit', 'preventterrorism', 'theCentral', 'measures.This', 'powers,particularly']) {
      expect(allText).not.toContain(joined);
    }
    for (const repaired of ['primary goal of', 'Central Asia have', 'armed forces in', 'fears domination', 'makes it', 'powers, particularly']) expect(allText).toContain(repaired);
  });

  it('gives every paragraph a typeable id and the citations it makes, and no footnote is a passage', () => {
    expect(corpus.passages.map((p) => p.id)).toEqual(Array.from({ length: corpus.passages.length }, (_, i) => `p${i + 1}`));
    expect(paper.footnotes.size).toBe(11);
    expect(corpus.passages.find((p) => p.text.includes('USD 16 million'))!.citations).toEqual(['iii']);
    expect(corpus.passages.find((p) => p.text.includes('Mi-8'))!.citations).toEqual(['xi']);
    expect(corpus.passages.find((p) => p.text.includes('consistently refused'))!.citations).toEqual([]);
    expect(corpus.passages.some((p) => p.text.includes('Accessed on'))).toBe(false);
    const cited = new Set(corpus.passages.flatMap((p) => p.citations));
    expect([...cited].sort()).toEqual([...paper.footnotes.keys()].sort());
  });

  it('is what the ingest script makes of the scraped source, which it keeps', () => {
    const shared = join(committedCorpus, '..', '..', 'shared', 'corpus-source', 'china-central-asia-defence-relations.txt');
    if (existsSync(shared)) expect(readFileSync(join(committedCorpus, 'source', 'china-central-asia-defence-relations.txt'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
    const raw = readFileSync(join(committedCorpus, 'source', 'china-central-asia-defence-relations.txt'), 'utf8');
    expect(toMarkdown(ingest(raw))).toBe(readFileSync(join(committedCorpus, 'tresa2015.md'), 'utf8'));
  });
});

function problemOf(source: string): CorpusError {
  try {
    parseDocument('corpus/bad.md', source);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('malformed documents', () => {
  it('rejects a document without a title, naming the file and the fix', () => {
    const error = problemOf(smallDocument({ front: 'id: x1' }));
    expect(error.message).toMatch(/^corpus\/bad\.md:1: the document has no title\. Fix: add "title:/);
  });

  it('rejects a file without front matter', () => {
    expect(problemOf('{#p1} Just text.\n').message).toContain('does not start with front matter');
  });

  it('rejects a marker with no footnote, at the line of the paragraph', () => {
    const error = problemOf(smallDocument({ body: '## A\n\n{#a1} Text citing a note[iv].\n' }));
    expect(error.line).toBe(10);
    expect(error.message).toContain('cites [iv] but no footnote [iv] is defined');
  });

  it('reads a line opening with a passage id or a footnote marker as a paragraph of its own, with no blank line between', () => {
    const body = '## A\n\n{#a1} First paragraph,\nwrapped on a second line[i].\n{#a2} Second paragraph[ii].\n\n[i]: One source.\n[ii]: Another source.\n';
    const doc = parseDocument('corpus/lines.md', smallDocument({ body }));
    expect(doc.passages.map((p) => [p.id, p.text, p.line])).toEqual([
      ['a1', 'First paragraph, wrapped on a second line[i].', 10],
      ['a2', 'Second paragraph[ii].', 12],
    ]);
    expect([...doc.footnotes.values()].map((f) => f.text)).toEqual(['One source.', 'Another source.']);
  });

  it('reads an editor’s bracketed letter in a quoted word as text, not a footnote marker', () => {
    const doc = parseDocument('corpus/quote.md', smallDocument({ body: "## A\n\n{#a1} A brief said that '[i]n 1992 the country tried to build an army' of its own.\n" }));
    expect(doc.passages[0]!.citations).toEqual([]);
    expect(doc.passages[0]!.text).toContain("'[i]n 1992");
    expect(withoutMarkers('Kashi in Xinjiang [ii]. The [i]n quote[iii].')).toBe('Kashi in Xinjiang. The [i]n quote.');
  });

  it('says what is wrong with an id that is written but cannot be used', () => {
    const spaced = problemOf(smallDocument({ body: '## A\n\n{#M 1} Text.\n' }));
    expect(spaced.message).toContain('passage id "{#M 1}" is not usable');
    // The document's own id numbered, for its first passage: never another document's series ("p1" is the paper's).
    expect(spaced.message).toContain('as {#smith2020-1}');
    const document = problemOf(smallDocument({ front: 'id: my doc!\ntitle: Mine' }));
    expect(document.message).toContain('document id "my doc!" is not usable');
    expect(document.message).toContain('as "id: my-doc"');
  });

  it('rejects a duplicate passage id at the second use', () => {
    const error = problemOf(smallDocument({ body: '{#a1} One.\n\n{#a1} Two.\n' }));
    expect(error.line).toBe(10);
    expect(error.message).toContain('duplicate passage id "a1" (first at line 8)');
  });

  it('rejects a paragraph without an id and suggests the next of the document’s own series', () => {
    expect(problemOf(smallDocument({ body: '{#a1} One.\n\nTwo.\n' })).message).toContain('start it with an id in braces, as "{#a2} ..."');
    expect(problemOf(smallDocument({ body: 'One.\n' })).message).toContain('as "{#smith2020-1} ..."');
  });

  it('says how this format writes what other Markdown writes otherwise: footnotes, and keys in lower case', () => {
    expect(problemOf(smallDocument({ body: '{#a1} One[1].\n\n[^1]: A source.\n' })).message).toContain('write it "[1]: the citation"');
    expect(problemOf(smallDocument({ body: '{#a1} One[^1].\n\n[1]: A source.\n' })).message).toContain('passage a1 marks a footnote [^1] as other Markdown does');
    const capital = problemOf(smallDocument({ front: 'id: mine\nTitle: Mine' }));
    expect(capital.message).toContain('the document has no title');
    expect(capital.message).toContain('write the key in lower case: "title:", not "Title:"');
    expect(problemOf(smallDocument({ front: 'id: mine\ntitle: Mine\nauthor: Maria Keller: teacher' })).message).toContain('quote a value holding ": "');
  });

  it('rejects a footnote defined twice and a document with no passages', () => {
    expect(problemOf(smallDocument({ body: '{#a1} One[i].\n\n[i]: A.\n\n[i]: B.\n' })).message).toContain('footnote [i] is defined twice');
    expect(problemOf(smallDocument({ body: '## Empty\n' })).message).toContain('has no passages');
  });

  it('reads an optional url, and rejects one that is no web address at its line', () => {
    expect(parseDocument('corpus/a.md', smallDocument({ front: 'id: a\ntitle: A\nurl: https://example.org/a?b=1' })).meta.url).toBe('https://example.org/a?b=1');
    expect(parseDocument('corpus/a.md', smallDocument({ front: 'id: a\ntitle: A' })).meta.url).toBeNull();
    for (const url of ['example.org/a', 'ftp://example.org/a', 'javascript:alert(1)']) {
      const error = problemOf(smallDocument({ front: `id: a\ntitle: A\nurl: ${url}` }));
      expect(error.line).toBe(4);
      expect(error.message).toMatch(/is not a web address\. Fix: write the full address, as "url: https:\/\/example\.org\/paper"/);
    }
  });

  it('rejects invalid front matter with its line', () => {
    const error = problemOf('---\nid: a\ntitle: [unclosed\n---\n\n{#a1} One.\n');
    expect(error.message).toContain('not valid YAML');
  });

  it('fails the whole load, naming the file, when one document is broken', () => {
    const { dir, cleanup } = scratchCorpus({ 'broken.md': smallDocument({ body: '{#b1} Cites nothing real[ii].\n' }) });
    try {
      expect(() => loadCorpus(dir)).toThrow(/broken\.md:8: passage b1 cites \[ii\]/);
    } finally {
      cleanup();
    }
  });

  it('reads the ids of a document added as it is, numbering its passages as the paper does, with its own id before them', () => {
    const { dir, cleanup } = scratchCorpus({ 'other.md': smallDocument({ body: '{#p3} Clash.\n\n{#p40} No clash.\n' }) });
    try {
      const touch = (name: string, seconds: number) => utimesSync(join(dir, name), seconds, seconds);
      const ids = (): string[] => loadCorpus(dir).passages.map((p) => p.id);
      // The document just added takes its id before each of its ids ("smith2020-p3", and "smith2020-p40" beside it),
      // not the paper whose ids people cite: every id is still one passage's, and the paper's are as they were.
      touch('tresa2015.md', 1_000);
      touch('other.md', 2_000);
      expect(ids()).toEqual(expect.arrayContaining(['p3', 'p14', 'smith2020-p3', 'smith2020-p40']));
      expect(ids()).not.toContain('p40');
      expect(new Set(ids()).size).toBe(ids().length);
      // Written later, the paper's ids are the ones read so.
      touch('tresa2015.md', 3_000);
      expect(ids()).toEqual(expect.arrayContaining(['tresa2015-p3', 'p3', 'p40']));
      // Copied together (written within the same two seconds), the paper, whose front matter gives more, keeps its ids.
      touch('tresa2015.md', 2_001);
      expect(ids()).toEqual(expect.arrayContaining(['p3', 'smith2020-p3']));
    } finally {
      cleanup();
    }
  });

  it('rejects a passage id two documents still share once the later document\'s ids are read with its id', () => {
    // The paper, written later, reads its p5 as "tresa2015-p5", an id the other document has taken already.
    const { dir, cleanup } = scratchCorpus({ 'other.md': smallDocument({ body: '{#p3} Clash.\n\n{#tresa2015-p5} Taken.\n' }) });
    try {
      utimesSync(join(dir, 'other.md'), 1_000, 1_000);
      utimesSync(join(dir, 'tresa2015.md'), 2_000, 2_000);
      expect(() => loadCorpus(dir)).toThrow(/tresa2015\.md:\d+: duplicate passage id "tresa2015-p5" \(also in .*other\.md\)/);
    } finally {
      cleanup();
    }
  });

  it('reports an unreadable file and a missing folder', () => {
    const { dir, cleanup } = scratchCorpus({ 'locked.md': smallDocument() });
    try {
      chmodSync(join(dir, 'locked.md'), 0o000);
      // root reads anything; the check only means something for other users
      if (process.getuid?.() !== 0) expect(() => loadCorpus(dir)).toThrow(/locked\.md: the file cannot be read \(EACCES\)/);
    } finally {
      cleanup();
    }
    expect(() => loadCorpus('/nonexistent/corpus')).toThrow(/the corpus folder cannot be read \(ENOENT\)\. Fix: set CORPUS_DIR/);
  });

  it('reports a directory where a document should be', () => {
    const { dir, cleanup } = scratchCorpus();
    try {
      // a folder named like a document cannot be read as one
      mkdirSync(join(dir, 'folder.md'));
      expect(() => loadCorpus(dir)).toThrow(/folder\.md: the file is a folder, not a regular file, so it is not read\. Fix: corpus files must be regular files/);
    } finally {
      cleanup();
    }
  });

  it('never opens a named pipe or a device named like a document, which would block or never end', () => {
    for (const make of [(file: string) => execFileSync('mkfifo', [file]), (file: string) => symlinkSync('/dev/zero', file)]) {
      const { dir, cleanup } = scratchCorpus();
      try {
        make(join(dir, 'zz.md'));
        make(join(dir, 'zz.gazetteer.json'));
        expect(() => loadCorpus(dir)).toThrow(/zz\.md: the file is (a named pipe \(FIFO\)|a link to a character device), not a regular file, so it is not read/);
        rmSync(join(dir, 'zz.md'));
        expect(() => loadCorpus(dir)).toThrow(/zz\.gazetteer\.json: the file is (a named pipe|a link to a character device)/);
        expect(corpusFingerprint(dir)).toBeNull();
      } finally {
        cleanup();
      }
    }
  });

  it('refuses a file larger than CORPUS_MAX_FILE_MB, naming the file, its size and the variable', () => {
    const { dir, cleanup } = scratchCorpus({ 'large.md': smallDocument({ body: `{#l1} ${'Water talks went on. '.repeat(60_000)}` }) });
    try {
      expect(() => loadCorpus(dir, { maxFileMb: 1 })).toThrow(
        /large\.md: the file is 1\.2 MB, more than CORPUS_MAX_FILE_MB allows \(1 MB\)\. Fix: split the document into smaller files, or raise CORPUS_MAX_FILE_MB/,
      );
      expect(loadCorpus(dir, { maxFileMb: 2 }).passages.some((p) => p.id === 'l1')).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('rejects a gazetteer entry with a field of the wrong kind, naming what each field holds', () => {
    for (const entry of ['{ "canonical": "X", "type": "place", "aliases": [], "within": 3 }', '{ "canonical": "X", "type": "place", "aliases": [], "capital": "yes" }']) {
      const bad = scratchCorpus({ 'extra.gazetteer.json': `[${entry}]` });
      try {
        expect(() => loadCorpus(bad.dir)).toThrow(/extra\.gazetteer\.json: entry 1 needs "canonical" \(text\), "type" \(text\) and "aliases" \(a list of text\), "within" if any as text and "capital" if any as true or false\. Fix: complete or remove that entry/);
      } finally {
        bad.cleanup();
      }
    }
  });

  it('rejects a gazetteer that is not valid JSON, or that gives one name to two entries', () => {
    const bad = scratchCorpus({ 'extra.gazetteer.json': '[\n  { "canonical": "X", "type": "place", "aliases": [] },\n  oops\n]' });
    try {
      expect(() => loadCorpus(bad.dir)).toThrow(/extra\.gazetteer\.json:3: the file is not valid JSON/);
    } finally {
      bad.cleanup();
    }
    // A comma before a closing bracket, which YAML's reading of JSON lets through: its line all the same.
    const comma = scratchCorpus({ 'extra.gazetteer.json': '[\n  { "canonical": "X", "type": "place", "aliases": ["Y",] }\n]' });
    try {
      expect(() => loadCorpus(comma.dir)).toThrow(/extra\.gazetteer\.json:2: the file is not valid JSON\. Fix: check the commas, quotes and brackets near that line/);
    } finally {
      comma.cleanup();
    }
    const clash = scratchCorpus({ 'extra.gazetteer.json': '[\n  { "canonical": "Uzbeks", "type": "people", "aliases": [] }\n]' });
    try {
      // Blamed on the file written last, at the name's line, though the paper's comes after it by name.
      const later = new Date(Date.now() + 10_000);
      utimesSync(join(clash.dir, 'extra.gazetteer.json'), later, later);
      expect(() => loadCorpus(clash.dir)).toThrow(/extra\.gazetteer\.json:2: the name "Uzbeks" belongs to both "Uzbeks" here and "Uzbekistan" \(.*tresa2015\.gazetteer\.json\)/);
    } finally {
      clash.cleanup();
    }
  });
});
