/**
 * Reads a corpus folder: every `*.md` is a document, every `*.gazetteer.json` adds names to the
 * gazetteer, and `thesaurus.json` (optional) adds word lists. Everything is validated before anything is
 * returned, so a corpus is served whole or not at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument as parseYamlDocument } from 'yaml';
import { CorpusError } from './errors.js';
import { isDocumentFile, isGazetteerFile, SAME_TIME_MS, THESAURUS_FILE } from './files.js';
import { parseDocument } from './parse.js';
import { DEFAULT_MAX_FILE_MB, readCorpusFile } from './read.js';
import type { Corpus, CorpusDocument, GazetteerEntry, Thesaurus } from './types.js';

export interface LoadCorpusOptions {
  /** Largest file read, in MB; a larger one fails the load with a CorpusError. Default 20 (CORPUS_MAX_FILE_MB). */
  maxFileMb?: number;
}

function readJson(file: string, maxFileMb: number): unknown {
  const source = readCorpusFile(file, maxFileMb).toString('utf8');
  try {
    return JSON.parse(source);
  } catch {
    // JSON.parse does not say where on Node 20; YAML's JSON schema reads the same text and does.
    const line = parseYamlDocument(source, { schema: 'json' }).errors[0]?.linePos?.[0].line ?? trailingCommaLine(source);
    throw new CorpusError(file, line, 'the file is not valid JSON', line === null ? 'check the commas, quotes and brackets' : 'check the commas, quotes and brackets near that line');
  }
}

/**
 * The line of a comma before a closing bracket (`["a", "b",]`), which YAML's reading of JSON allows and JSON does not;
 * null where there is none.
 */
function trailingCommaLine(source: string): number | null {
  const at = /,\s*[\]}]/.exec(source)?.index;
  return at === undefined ? null : source.slice(0, at).split('\n').length;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

export function parseGazetteer(file: string, data: unknown): GazetteerEntry[] {
  if (!Array.isArray(data)) {
    throw new CorpusError(file, 1, 'a gazetteer must be a JSON array of entries', 'write [{ "canonical": "SCO", "type": "organisation", "aliases": ["Shanghai Cooperation Organisation"] }, ...]');
  }
  return data.map((entry: unknown, index) => {
    const e = entry as Partial<Record<keyof GazetteerEntry, unknown>> | null;
    if (!e || typeof e.canonical !== 'string' || e.canonical.trim() === '' || typeof e.type !== 'string' || !isStringArray(e.aliases ?? []) || (e.within !== undefined && typeof e.within !== 'string') || (e.capital !== undefined && typeof e.capital !== 'boolean')) {
      throw new CorpusError(file, null, `entry ${index + 1} needs "canonical" (text), "type" (text) and "aliases" (a list of text), "within" if any as text and "capital" if any as true or false`, 'complete or remove that entry');
    }
    const parsed: GazetteerEntry = { canonical: e.canonical.trim(), type: e.type.trim(), aliases: ((e.aliases as string[] | undefined) ?? []).map((a) => a.trim()) };
    if (typeof e.within === 'string') parsed.within = e.within.trim();
    if (e.capital === true) parsed.capital = true;
    return parsed;
  });
}

export function parseThesaurus(file: string, data: unknown): Thesaurus {
  const t = (typeof data === 'object' && data !== null ? data : null) as Partial<Record<keyof Thesaurus, unknown>> | null;
  const synonyms = t?.synonyms ?? [];
  const expansions = t?.expansions ?? {};
  if (!t || !Array.isArray(synonyms) || !synonyms.every(isStringArray) || typeof expansions !== 'object' || expansions === null || !Object.values(expansions).every(isStringArray)) {
    throw new CorpusError(file, null, 'a thesaurus needs "synonyms" (a list of word lists) and "expansions" (an object of word lists)', 'write { "synonyms": [["exercise", "manoeuvre"]], "expansions": { "boycott": ["refuse", "participate"] } }');
  }
  return { synonyms: synonyms as string[][], expansions: expansions as Record<string, string[]>, file };
}

/** The line of a JSON file where a name is first written as a string (null where it cannot be read). */
function lineOfName(file: string, name: string): number | null {
  try {
    const at = readFileSync(file, 'utf8').split(/\r?\n/).findIndex((line) => line.includes(JSON.stringify(name)));
    return at < 0 ? null : at + 1;
  } catch {
    return null;
  }
}

/**
 * Checks names across gazetteer files: one entry per name, and every "within" names an entry. A name two files give
 * is blamed on the file `newer` says was written later, at the name's line: the file just edited, not the paper's.
 */
function checkGazetteer(files: Array<{ file: string; entries: GazetteerEntry[] }>, newer: (a: string, b: string) => boolean = () => false): GazetteerEntry[] {
  const owner = new Map<string, { canonical: string; file: string }>();
  for (const { file, entries } of files) {
    for (const entry of entries) {
      for (const name of [entry.canonical, ...entry.aliases]) {
        const key = name.toLowerCase();
        const other = owner.get(key);
        if (other && other.canonical !== entry.canonical) {
          const [blamed, kept] = other.file !== file && newer(other.file, file) ? [{ file: other.file, canonical: other.canonical }, { file, canonical: entry.canonical }] : [{ file, canonical: entry.canonical }, other];
          throw new CorpusError(
            blamed.file,
            lineOfName(blamed.file, name),
            `the name "${name}" belongs to both "${blamed.canonical}" here and "${kept.canonical}"${kept.file === blamed.file ? '' : ` (${kept.file})`}`,
            'keep each name under one entry; use "within" for a place inside another',
          );
        }
        owner.set(key, { canonical: entry.canonical, file });
      }
    }
  }
  for (const { file, entries } of files) {
    for (const entry of entries) {
      if (entry.within !== undefined && owner.get(entry.within.toLowerCase())?.canonical !== entry.within) {
        throw new CorpusError(file, null, `"${entry.canonical}" lies within "${entry.within}", which no entry is called`, `add an entry for "${entry.within}" or correct the name`);
      }
    }
  }
  return files.flatMap(({ entries }) => entries);
}

/**
 * Merges parsed documents into one corpus, checking what no single file can check alone. Where two documents number
 * their passages alike ("p1", "p2" … in each), the one `newer` says was written later — the document just added, not
 * the paper whose ids people cite — has every id read with its document's id before it ("mngecon-p1"), as the format
 * asks a new document to write them: a document added as it is loads. Without `newer`, the later in order. Ids that
 * still clash (a document whose own id is already taken, or "mngecon-p1" written in two documents) are refused.
 */
export function assembleCorpus(documents: CorpusDocument[], gazetteer: GazetteerEntry[], thesaurus: Thesaurus, newer: (a: CorpusDocument, b: CorpusDocument) => boolean = () => false): Corpus {
  const byDocumentId = new Map<string, CorpusDocument>();
  for (const document of documents) {
    const other = byDocumentId.get(document.meta.id);
    if (other) {
      const [changed, kept] = newer(other, document) ? [other, document] : [document, other];
      throw new CorpusError(changed.file, 1, `document id "${changed.meta.id}" is already used by ${kept.file}`, 'give each document its own id');
    }
    byDocumentId.set(document.meta.id, document);
  }
  // Oldest first (a stable sort: in order where `newer` tells none apart): each keeps the ids no older one has taken.
  const byAge = documents.map((document, at) => ({ document, at })).sort((a, b) => (newer(a.document, b.document) ? 1 : newer(b.document, a.document) ? -1 : a.at - b.at));
  const taken = new Set<string>();
  const qualified = new Map<CorpusDocument, CorpusDocument>();
  for (const { document } of byAge) {
    const clashes = document.passages.some((passage) => taken.has(passage.id));
    const read = clashes ? { ...document, passages: document.passages.map((passage) => ({ ...passage, id: `${document.meta.id}-${passage.id}` })) } : document;
    qualified.set(document, read);
    for (const passage of read.passages) taken.add(passage.id);
  }
  const assembled = documents.map((document) => qualified.get(document)!);
  const byPassageId = new Map<string, { document: CorpusDocument; line: number }>();
  for (const document of assembled) {
    for (const passage of document.passages) {
      const owner = byPassageId.get(passage.id);
      if (owner) {
        const [changed, line, kept] = newer(owner.document, document) ? [owner.document, owner.line, document] : [document, passage.line, owner.document];
        throw new CorpusError(changed.file, line, `duplicate passage id "${passage.id}" (also in ${kept.file})`, `give this document's passages ids of their own, as {#${changed.meta.id}-p1}`);
      }
      byPassageId.set(passage.id, { document, line: passage.line });
    }
  }
  return { documents: assembled, passages: assembled.flatMap((d) => d.passages), gazetteer, thesaurus };
}

/** How many details a document's front matter gives besides its id and title. */
const detailsGiven = ({ meta }: CorpusDocument): number => [meta.author, meta.publisher, meta.series, meta.number, meta.year, meta.url].filter((field) => field !== null && field !== '').length;

/**
 * Whether document `a` was added to the corpus after `b`: written later, or, where the two were written at once (a
 * folder copied whole), the one whose front matter gives less (the paper people cite gives its author, series and
 * year; an article added beside it, its title).
 */
function addedLater(a: CorpusDocument, b: CorpusDocument): boolean {
  const apart = modifiedAt(a.file) - modifiedAt(b.file);
  return Math.abs(apart) > SAME_TIME_MS ? apart > 0 : detailsGiven(a) < detailsGiven(b);
}

/** When a file was last changed, in ms; 0 where that cannot be told. */
function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Loads and validates every corpus file in `dir`; throws a CorpusError on the first problem. */
export function loadCorpus(dir: string, { maxFileMb = DEFAULT_MAX_FILE_MB }: LoadCorpusOptions = {}): Corpus {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CorpusError(dir, null, `the corpus folder cannot be read (${code})`, 'set CORPUS_DIR to the folder that holds the *.md documents');
  }
  const documents = names.filter(isDocumentFile).map((n) => parseDocument(join(dir, n), readCorpusFile(join(dir, n), maxFileMb).toString('utf8')));
  if (documents.length === 0) {
    throw new CorpusError(dir, null, 'the corpus folder has no documents', 'add a *.md document (see "The corpus" in README.md for the format)');
  }
  const gazetteer = checkGazetteer(
    names.filter(isGazetteerFile).map((n) => ({ file: join(dir, n), entries: parseGazetteer(join(dir, n), readJson(join(dir, n), maxFileMb)) })),
    (a, b) => modifiedAt(a) > modifiedAt(b),
  );
  const thesaurus = names.includes(THESAURUS_FILE)
    ? parseThesaurus(join(dir, THESAURUS_FILE), readJson(join(dir, THESAURUS_FILE), maxFileMb))
    : { synonyms: [], expansions: {}, file: null };
  return assembleCorpus(documents, gazetteer, thesaurus, addedLater);
}
