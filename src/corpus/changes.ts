/** What differs between two loads of the corpus: documents, passages and footnotes added, removed or rewritten. */
import type { Corpus } from './types.js';

export interface CorpusChanges {
  /** Titles of documents only the new corpus has, and only the old one had. */
  documentsAdded: string[];
  documentsRemoved: string[];
  /** Titles of documents whose front matter (title, author, url, …) differs. */
  frontMatterChanged: string[];
  /** Passage ids only the new corpus has, only the old one had, and both have with different text. */
  passagesAdded: string[];
  passagesRemoved: string[];
  passagesChanged: string[];
  /** Footnotes (document and marker) added, removed or rewritten, counted together. */
  footnotesChanged: number;
  /** The gazetteer or thesaurus differs: the same passages may now be found by other words. */
  namesOrWordsChanged: boolean;
  /** The new corpus in figures. */
  documents: number;
  passages: number;
  footnotes: number;
}

function footnoteTexts(corpus: Corpus): Map<string, string> {
  return new Map(corpus.documents.flatMap((d) => [...d.footnotes.values()].map((f) => [`${d.meta.id}:${f.marker}`, f.text] as const)));
}

function difference<T>(keys: Iterable<T>, other: { has(key: T): boolean }): T[] {
  return [...keys].filter((key) => !other.has(key));
}

export function corpusChanges(before: Corpus, after: Corpus): CorpusChanges {
  const oldPassages = new Map(before.passages.map((p) => [p.id, p.text]));
  const newPassages = new Map(after.passages.map((p) => [p.id, p.text]));
  const oldDocuments = new Map(before.documents.map((d) => [d.meta.id, d.meta]));
  const newDocuments = new Map(after.documents.map((d) => [d.meta.id, d.meta]));
  const oldFootnotes = footnoteTexts(before);
  const newFootnotes = footnoteTexts(after);
  const footnotesChanged =
    difference(newFootnotes.keys(), oldFootnotes).length +
    difference(oldFootnotes.keys(), newFootnotes).length +
    [...newFootnotes].filter(([key, text]) => oldFootnotes.has(key) && oldFootnotes.get(key) !== text).length;
  return {
    documentsAdded: difference(newDocuments.keys(), oldDocuments).map((id) => newDocuments.get(id)!.title),
    documentsRemoved: difference(oldDocuments.keys(), newDocuments).map((id) => oldDocuments.get(id)!.title),
    frontMatterChanged: [...newDocuments].filter(([id, meta]) => oldDocuments.has(id) && JSON.stringify(oldDocuments.get(id)) !== JSON.stringify(meta)).map(([, meta]) => meta.title),
    passagesAdded: difference(newPassages.keys(), oldPassages),
    passagesRemoved: difference(oldPassages.keys(), newPassages),
    passagesChanged: [...newPassages].filter(([id, text]) => oldPassages.has(id) && oldPassages.get(id) !== text).map(([id]) => id),
    footnotesChanged,
    namesOrWordsChanged: JSON.stringify([before.gazetteer, before.thesaurus.synonyms, before.thesaurus.expansions]) !== JSON.stringify([after.gazetteer, after.thesaurus.synonyms, after.thesaurus.expansions]),
    documents: after.documents.length,
    passages: after.passages.length,
    footnotes: newFootnotes.size,
  };
}

/** What reading the corpus again came to: the new corpus swapped in, or refused (the old one keeps serving). */
export type ReloadOutcome = { kind: 'reloaded'; changes: CorpusChanges } | { kind: 'refused'; reason: string };

/** True when nothing a reader could notice differs. */
export function unchanged(changes: CorpusChanges): boolean {
  return (
    changes.documentsAdded.length + changes.documentsRemoved.length + changes.frontMatterChanged.length + changes.passagesAdded.length + changes.passagesRemoved.length + changes.passagesChanged.length + changes.footnotesChanged === 0 &&
    !changes.namesOrWordsChanged
  );
}
