/**
 * Generated corpora for the scale bench, written as valid corpus documents with the paper's gazetteer and
 * thesaurus:
 *
 * - varied: each passage a few sentences of English prose found on this machine (the documentation of installed
 *   packages, manual pages), shuffled, a quarter of them with one of the paper's sentences among them, so that the
 *   evaluation questions still find passages. Every passage is distinct and the vocabulary grows with the corpus,
 *   as in a real collection of papers. Nothing is committed: the text is read when the bench runs.
 * - near copies: the paper over and over, with the states it names swapped round from one document to the next;
 *   a stress case for ranking (every question matches thousands of near-identical passages).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusDir, projectRoot } from '../../src/paths.js';

const PAPER = 'tresa2015.md';
const PASSAGES_PER_DOCUMENT = 22;

/** What a generated corpus holds. */
export interface GeneratedCorpus {
  documents: number;
  passages: number;
  /** Distinct words (letters only, lower-cased) of its passages. */
  vocabulary: number;
}

function copyLexicon(dir: string): void {
  const source = corpusDir();
  mkdirSync(dir, { recursive: true });
  for (const name of ['tresa2015.gazetteer.json', 'thesaurus.json']) copyFileSync(join(source, name), join(dir, name));
}

function vocabularyOf(texts: Iterable<string>): number {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.split(/[^\p{L}]+/u)) if (word) words.add(word.toLowerCase());
  return words.size;
}

// ---------------------------------------------------------------- near copies

const STATES = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const POWERS = ['China', 'Russia', 'India'];

function swapper(names: string[], shift: number): (text: string) => string {
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  return (text) => text.replace(pattern, (name) => names[(names.indexOf(name) + shift) % names.length]!);
}

/** N copies of the paper with the states it names swapped round: 15 distinct texts, whatever N. */
export function generateNearCopies(dir: string, documents: number): GeneratedCorpus {
  const paper = readFileSync(join(corpusDir(), PAPER), 'utf8');
  copyLexicon(dir);
  const passages = new Set<string>();
  for (let k = 0; k < documents; k += 1) {
    const states = swapper(STATES, k % STATES.length);
    const powers = swapper(POWERS, Math.floor(k / STATES.length) % POWERS.length);
    const text = powers(states(paper))
      .replace(/^id: .*$/m, `id: gen${k}`)
      .replace(/^title: .*$/m, `title: Generated paper ${k + 1} on Central Asian defence relations`)
      .replace(/\{#p(\d+)\}/g, `{#gen${k}-p$1}`);
    for (const match of text.matchAll(/^\{#[^}]+\} (.*)$/gm)) passages.add(match[1]!);
    writeFileSync(join(dir, `gen${String(k).padStart(4, '0')}.md`), text);
  }
  return { documents, passages: documents * PASSAGES_PER_DOCUMENT, vocabulary: vocabularyOf(passages) };
}

// ---------------------------------------------------------------- varied prose

/** Where this machine keeps English prose: the project's packages' documentation first, then the system's. */
const PROSE_ROOTS = [join(projectRoot, 'node_modules'), '/usr/share/doc', '/usr/share/man', '/usr/share/vim', '/usr/share/perl'];
/** Files worth reading for prose, by name. */
const PROSE_FILE = /(\.(md|markdown|txt|rst|pod|[1-9][a-z]*)(\.gz)?|\/(readme|news|changelog|changes)[^/]*)$/i;
/** Folders of translated manual pages (man/de, man/pt_BR): the corpus is English. */
const TRANSLATION = /\/man\/[a-z]{2}(_[A-Z]{2})?$/;
/** A sentence as the generator takes it: plain characters only, so no footnote marker, id or markdown appears. */
const PLAIN_SENTENCE = /^[A-Z][a-z][A-Za-z0-9 ,.;:'’()!?-]*[a-z][.!?]$/;

/** Files under a folder, in name order, so the same machine always gives the same corpus. */
function* filesUnder(dir: string, depth = 0): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory() && depth < 8 && !TRANSLATION.test(path)) yield* filesUnder(path, depth + 1);
    else if (stat.isFile() && stat.size < 2_000_000 && PROSE_FILE.test(path)) yield path;
  }
}

/** A file's text: gunzipped when compressed, a manual page's formatting requests and escapes taken out. */
function proseOf(file: string): string {
  const bytes = readFileSync(file);
  let text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  if (/\.[1-9][a-z]*(\.gz)?$/.test(file)) {
    text = text
      .split('\n')
      .filter((line) => !/^[.']/.test(line))
      .join('\n')
      .replace(/\\f(\(..|\[[^\]]*\]|.)|\\\(..|\\\*(\(..|.)|\\[-&e|^0]/g, '');
  }
  return text;
}

/** The plain prose sentences of a text: six to forty words, starting with a capital and ending a sentence. */
function sentencesOf(text: string): string[] {
  const found: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of paragraph.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const words = sentence.split(' ').length;
      if (words >= 6 && words <= 40 && PLAIN_SENTENCE.test(sentence)) found.push(sentence);
    }
  }
  return found;
}

/** Every distinct prose sentence this machine's documentation holds (a few hundred thousand on this one). */
export function machineProse(): string[] {
  const sentences = new Set<string>();
  for (const root of PROSE_ROOTS) {
    for (const file of filesUnder(root)) {
      try {
        for (const sentence of sentencesOf(proseOf(file))) sentences.add(sentence);
      } catch {
        // unreadable or not text: passed over
      }
    }
  }
  return [...sentences];
}

/** A seeded random number generator (mulberry32): the same corpus from the same text, run after run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffle<T>(list: T[], next: () => number): T[] {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** The paper's sentences, footnote markers kept, and its footnote definitions. */
function paperParts(): { sentences: string[]; footnotes: string[] } {
  const paper = readFileSync(join(corpusDir(), PAPER), 'utf8');
  const sentences = [...paper.matchAll(/^\{#[^}]+\} (.*)$/gm)].flatMap((match) => match[1]!.split(/(?<=[.!?\]])\s+(?=[A-Z])/));
  const footnotes = [...paper.matchAll(/^\[[ivx]+\]: .*$/gm)].map((match) => match[0]);
  return { sentences, footnotes };
}

/**
 * N documents of 22 passages each, every passage three to six sentences of `prose` (see `machineProse`), a
 * quarter of them with one of the paper's sentences too; headings are the opening words of other sentences.
 * Sentences are drawn without repeats until `prose` runs out, then again in a new order; no two passages are the same.
 */
export function generateVaried(dir: string, documents: number, prose: readonly string[], seed = 1): GeneratedCorpus {
  if (prose.length < 100) throw new Error(`only ${prose.length} prose sentences found under ${PROSE_ROOTS.join(', ')}: too few for a varied corpus`);
  const next = random(seed);
  const paper = paperParts();
  let pool: string[] = [];
  const draw = (): string => {
    if (pool.length === 0) pool = shuffle([...prose], next);
    return pool.pop()!;
  };
  copyLexicon(dir);
  const passages = new Set<string>();
  for (let k = 0; k < documents; k += 1) {
    const lines = ['---', `id: gen${k}`, `title: Generated paper ${k + 1}`, '---', ''];
    for (let p = 1; p <= PASSAGES_PER_DOCUMENT; p += 1) {
      if (p % 6 === 1) lines.push(`## ${draw().split(' ').slice(0, 2 + Math.floor(next() * 4)).join(' ').replace(/[^A-Za-z0-9]+$/, '')}`, '');
      const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, draw);
      if (next() < 0.25) sentences.splice(Math.floor(next() * sentences.length), 0, paper.sentences[Math.floor(next() * paper.sentences.length)]!);
      let text = sentences.join(' ');
      while (passages.has(text)) text = `${text} ${draw()}`;
      passages.add(text);
      lines.push(`{#gen${k}-p${p}} ${text}`, '');
    }
    lines.push('## Footnotes', '', ...paper.footnotes.flatMap((footnote) => [footnote, '']));
    writeFileSync(join(dir, `gen${String(k).padStart(4, '0')}.md`), lines.join('\n'));
  }
  return { documents, passages: passages.size, vocabulary: vocabularyOf(passages) };
}
