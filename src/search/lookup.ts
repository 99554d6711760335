/**
 * Look-ups by id and by typing: passages, footnotes and the passages that cite them, the nearest valid ids
 * for a mistyped one, and sentences of the corpus that complete a half-typed question. Built once; pure.
 */
import { distance } from 'fastest-levenshtein';
import { setImmediate as nextTurn } from 'node:timers/promises';
import MiniSearch from 'minisearch';
import type { Corpus, CorpusDocument, Footnote, Passage } from '../corpus/types.js';
import { inFigures, PASSAGE_WORDS, POLITELY_AFTER } from './number-words.js';

export interface FootnoteRef {
  document: CorpusDocument;
  footnote: Footnote;
  /** "iii" when one document has that marker, "tresa2015:iii" when several do. */
  ref: string;
  /** Passages of the document that cite this footnote. */
  citedBy: Passage[];
}

export interface Lookup {
  passage(id: string): Passage | undefined;
  /** Whether an id is a document's ("tresa2015"): the paper itself, which /about shows, not a passage. */
  isDocument(id: string): boolean;
  /** The valid passage ids closest to a mistyped one, closest first. */
  /**
   * The passage ids nearest one typed ("p23": p22, p21, p20); for words, the passages whose text or section has them
   * ("about the author": p22); none where nothing is near.
   */
  nearestPassageIds(id: string, count?: number): string[];
  footnotes(): FootnoteRef[];
  /**
   * A footnote by marker ("iii", "[iii]") or by document and marker ("tresa2015:iii"); else the one footnote whose
   * text has what was typed ("Gorenburg").
   */
  footnote(ref: string): FootnoteRef | undefined;
  /** The footnotes whose text has what was typed ("Gorenburg"), at least three characters of it. */
  footnotesMentioning(typed: string): FootnoteRef[];
  /** The footnotes of every document with the marker typed, where several documents have one ("i" of two papers). */
  footnotesMarked(typed: string): FootnoteRef[];
  /**
   * The markers of the footnotes whose text has what was typed, if any do; else the markers nearest it, when it is
   * written as a marker is ("xii", "12"): none for "foo bar" or "🤔", which no marker is near.
   */
  nearestFootnoteRefs(ref: string, count?: number): string[];
  /** The first and last passage ids and footnote markers, as a reply names them ("p1 to p22", "i to xi"). */
  spans(): { passages: string; footnotes: string };
  /** Passages whose id or text matches what is typed, best first. */
  matchPassages(typed: string, count?: number): Passage[];
  /** Sentences of the corpus that match a half-typed question, best first. */
  completeQuestion(typed: string, count?: number): string[];
}

/** Whether what was typed has the shape of a passage's id ("p14", "[p5]", "smith2020-p3"): letters first, a digit last. */
export const shapedLikePassageId = (typed: string): boolean => /^\[?\p{L}[\p{L}\p{N}_-]*\p{N}\]?$/u.test(typed);

/** The word before an id that says it is a passage's ("passage 14"), or a footnote's ("footnote 3"). */
const PASSAGE_WORD = new RegExp(`^(?:${PASSAGE_WORDS})\\b[\\s.:#-]*(?=\\S)`, 'i');
const FOOTNOTE_WORD = /^(?:footnote|note|fn)\b(?:[\s.:#]|-(?!\d))*(?=\S)/i;

/**
 * An id as typed, cleaned: thanks or a please after it, quotes and backticks around it, the word naming it as
 * `kind`'s, brackets, a leading "#", trailing punctuation and spaces before a number go ("[p14]", "p 14", "p14.",
 * "`p14`", "passage 14", "p14 pls"; "footnote 3");
 * a number in words after that word is one in figures ("paragraph twenty", "footnote three"), and a footnote's alone ("five").
 */
const cleanId = (id: string, kind: RegExp = PASSAGE_WORD): string => {
  const typed = id.trim().replace(POLITELY_AFTER, '').replace(/^[`'"“‘]+|[`'"”’]+$/g, '');
  const unnamed = typed.replace(kind, '');
  // A footnote's number in words alone is one too ("/cite five" is footnote v, as "footnote five" is); not a passage's
  // ("twenty" alone asks nothing of p20).
  return (unnamed !== typed || kind === FOOTNOTE_WORD ? inFigures(unnamed.replace(/[.,;:!?]+$/, '').trim()) : unnamed)
    .replace(/[.,;:!?]+$/, '')
    .replace(/^[[{(#]+|[\]})]+$/g, '')
    .replace(/^#/, '')
    // Spaces before a number only ("p 14"): "i ii" is two markers, not "iii".
    .replace(/\s+(?=\d)/g, '')
    .toLowerCase();
};

/** A whole number from 1 to 3999 in lower-case Roman numerals ("14" -> "xiv"); anything else as it is. */
function roman(text: string): string {
  let n = /^\d{1,4}$/.test(text) ? Number(text) : 0;
  if (n < 1 || n > 3999) return text;
  let out = '';
  for (const [value, numeral] of ROMAN) for (; n >= value; n -= value) out += numeral;
  return out;
}
/** The value of a Roman numeral ("xii" is 12); NaN for anything else. */
function romanValue(text: string): number {
  if (!/^[ivxlcdm]+$/.test(text)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = ROMAN.find(([, numeral]) => numeral === text[i])![0];
    const next = i + 1 < text.length ? ROMAN.find(([, numeral]) => numeral === text[i + 1])![0] : 0;
    total += value < next ? -value : value;
  }
  return roman(String(total)) === text ? total : Number.NaN;
}
const ROMAN: ReadonlyArray<readonly [number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** The look-ups' two search indexes, empty: sentences (to complete a half-typed question) and passages. */
function searchIndexes() {
  return {
    sentences: new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2 } }),
    passages: new MiniSearch<{ id: string; text: string }>({ fields: ['id', 'text'], searchOptions: { prefix: true, fuzzy: 0.2, boost: { id: 3 } } }),
  };
}
type SearchIndexes = ReturnType<typeof searchIndexes>;

/** Adds passages and their sentences (numbered on from `sentenceId`) to the indexes; returns the next sentence id. */
function addPassages(indexes: SearchIndexes, passages: Passage[], sentenceId: number): number {
  const sentences = passages.flatMap((p) => p.text.split(/(?<=[.!?])\s+(?=[A-Z“"])/));
  indexes.sentences.addAll(sentences.map((text, i) => ({ id: sentenceId + i, text })));
  indexes.passages.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  return sentenceId + sentences.length;
}

/** Passages added to the search indexes per turn of the event loop by `createLookupInSteps`: a few ms each. */
const CHUNK = 20;

/** The look-ups for a corpus, built at once. */
export function createLookup(corpus: Corpus): Lookup {
  const indexes = searchIndexes();
  addPassages(indexes, corpus.passages, 0);
  return assemble(corpus, indexes);
}

/**
 * The look-ups for a corpus, their search indexes filled a few passages at a time with the event loop free in
 * between: for a corpus re-indexed while the bot serves (filling them at once takes seconds for a large corpus).
 */
export async function createLookupInSteps(corpus: Corpus): Promise<Lookup> {
  const indexes = searchIndexes();
  let sentenceId = 0;
  for (let from = 0; from < corpus.passages.length; from += CHUNK) {
    await nextTurn();
    sentenceId = addPassages(indexes, corpus.passages.slice(from, from + CHUNK), sentenceId);
  }
  return assemble(corpus, indexes);
}

function assemble(corpus: Corpus, { sentences, passages: passageText }: SearchIndexes): Lookup {
  const byId = new Map(corpus.passages.map((p) => [p.id.toLowerCase(), p]));
  const markerCount = new Map<string, number>();
  for (const document of corpus.documents) for (const marker of document.footnotes.keys()) markerCount.set(marker, (markerCount.get(marker) ?? 0) + 1);
  const refs: FootnoteRef[] = corpus.documents.flatMap((document) =>
    [...document.footnotes.values()].map((footnote) => ({
      document,
      footnote,
      ref: markerCount.get(footnote.marker)! > 1 ? `${document.meta.id}:${footnote.marker}` : footnote.marker,
      citedBy: document.passages.filter((p) => p.citations.includes(footnote.marker)),
    })),
  );
  const byRef = new Map<string, FootnoteRef>();
  for (const ref of refs) {
    byRef.set(`${ref.document.meta.id}:${ref.footnote.marker}`.toLowerCase(), ref);
    if (markerCount.get(ref.footnote.marker) === 1) byRef.set(ref.footnote.marker.toLowerCase(), ref);
  }

  const nearest = (wanted: string, candidates: string[], count: number): string[] =>
    candidates
      .map((candidate) => ({ candidate, d: distance(wanted, candidate.toLowerCase()) }))
      .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate, 'en', { numeric: true }))
      .slice(0, count)
      .map(({ candidate }) => candidate);

  // "14" is p14 where one passage's id is letters and 14: the documents' own numbering, typed without its letters.
  const byNumber = new Map<string, Passage | null>();
  // Each passage's id and number as typed, in the corpus's order, for the ids a partly typed one begins.
  const typedIds: Array<{ passage: Passage; id: string; number: string | undefined }> = [];
  // The same for ids read with their document's id before them ("mngecon-p33", see assembleCorpus): "33" is the paper's
  // p33 where it has one.
  const byQualifiedNumber = new Map<string, Passage | null>();
  for (const p of corpus.passages) {
    const number = /^[a-z]+(\d+)$/i.exec(p.id)?.[1];
    if (number !== undefined) byNumber.set(number, byNumber.has(number) ? null : p);
    const qualifiedNumber = /^.+-[a-z]+(\d+)$/i.exec(p.id)?.[1];
    if (qualifiedNumber !== undefined) byQualifiedNumber.set(qualifiedNumber, byQualifiedNumber.has(qualifiedNumber) ? null : p);
    typedIds.push({ passage: p, id: p.id.toLowerCase(), number });
  }
  const documentIds = new Set(corpus.documents.map((d) => d.meta.id.toLowerCase()));

  // "Gorenburg", "Kucera": the footnotes whose text has what was typed, for a marker typed as the source's name.
  const mentioning = (typed: string): FootnoteRef[] => {
    const words = typed.toLowerCase().trim();
    return words.length < 3 ? [] : refs.filter((r) => r.footnote.text.toLowerCase().includes(words));
  };
  const byMarker = (ref: string): FootnoteRef | undefined => byRef.get(cleanId(ref, FOOTNOTE_WORD)) ?? byRef.get(roman(cleanId(ref, FOOTNOTE_WORD)));

  return {
    passage: (id) => {
      // "footnote 3" is no passage, whatever passage 3 is.
      if (FOOTNOTE_WORD.test(id.trim())) return undefined;
      // "tresa2015:p14": a passage of a document named with its id, as /cite takes "tresa2015:iii".
      const [, document, own] = /^\s*([^:\s]+)\s*:\s*(\S.*)$/.exec(id) ?? [];
      if (document !== undefined && own !== undefined && documentIds.has(document.toLowerCase())) {
        const wanted = cleanId(own);
        const ofDocument = typedIds.filter((t) => t.passage.documentId.toLowerCase() === document.toLowerCase());
        return (ofDocument.find((t) => t.id === wanted) ?? ofDocument.find((t) => t.number === wanted))?.passage;
      }
      // "p33" of a document whose ids were read with its own before them ("mngecon-p33", see assembleCorpus), where no
      // other passage is so numbered.
      const typed = cleanId(id);
      const numbered = byId.get(typed) ?? byNumber.get(typed);
      if (numbered) return numbered;
      const qualified = typedIds.filter((t) => t.id.endsWith(`-${typed}`));
      return qualified.length === 1 ? qualified[0]!.passage : (byQualifiedNumber.get(typed) ?? undefined);
    },
    isDocument: (id) => documentIds.has(cleanId(id)),
    nearestPassageIds: (id, count = 3) => {
      // "p23" or "23" where the passages run p1 to p22: the numbers nearest it (p22, p21, p20), not the ids spelt most alike (p3).
      const typed = /^([a-z]*)(\d+)$/.exec(cleanId(id).toLowerCase());
      const numbered = typed ? typedIds.filter((t) => t.number !== undefined && (typed[1] === '' || t.id === typed[1] + t.number)) : [];
      if (numbered.length === 0) {
        // Written as an id is, a few letters and figures ("p1O", "q7"): the ids spelt most alike.
        const cleaned = cleanId(id);
        if (/^[\p{L}\p{N}_-]{1,16}$/u.test(cleaned) && /\p{N}/u.test(cleaned)) return nearest(cleaned, corpus.passages.map((p) => p.id), count);
        return passageText.search(id).slice(0, count).map((hit) => byId.get(String(hit.id).toLowerCase())!.id);
      }
      const asked = Number(typed![2]);
      const away = (t: (typeof typedIds)[number]): number => Math.abs(Number(t.number) - asked);
      return [...numbered].sort((a, b) => away(a) - away(b) || Number(a.number) - Number(b.number)).slice(0, count).map((t) => t.passage.id);
    },
    footnotes: () => refs,
    footnotesMentioning: mentioning,
    footnotesMarked: (typed) => {
      const marker = cleanId(typed, FOOTNOTE_WORD);
      return refs.filter((r) => r.footnote.marker.toLowerCase() === marker || r.footnote.marker.toLowerCase() === roman(marker));
    },
    // "3" is footnote iii where the markers are Roman numerals.
    // The one footnote whose text has what was typed, when no marker is.
    footnote: (ref) => {
      const marked = byMarker(ref);
      if (marked) return marked;
      const found = mentioning(ref);
      return found.length === 1 ? found[0] : undefined;
    },
    nearestFootnoteRefs: (ref, count = 3) => {
      const found = mentioning(ref);
      if (found.length > 0) return found.slice(0, count).map((r) => r.ref);
      // "xii" or "12" where the markers are Roman numerals: the numbers nearest it, "xi" and "x".
      const asked = romanValue(roman(cleanId(ref, FOOTNOTE_WORD)));
      if (!Number.isNaN(asked) && refs.every((r) => !Number.isNaN(romanValue(r.ref)))) {
        return [...refs].sort((a, b) => Math.abs(romanValue(a.ref) - asked) - Math.abs(romanValue(b.ref) - asked)).slice(0, count).map((r) => r.ref);
      }
      // Near a marker only when written as one: a few letters or figures.
      const typed = cleanId(ref, FOOTNOTE_WORD);
      return /^[\p{L}\p{N}]{1,6}$/u.test(typed) ? nearest(roman(typed), refs.map((r) => r.ref), count) : [];
    },
    spans: () => ({
      passages: corpus.passages.length > 0 ? `${corpus.passages[0]!.id} to ${corpus.passages.at(-1)!.id}` : 'none',
      footnotes: refs.length > 0 ? `${refs[0]!.ref} to ${refs.at(-1)!.ref}` : 'none',
    }),
    matchPassages(typed, count = 25) {
      const query = typed.trim();
      if (query === '') return corpus.passages.slice(0, count);
      // The passage the id names as /passage reads it ("14", "passage 14"), then the ids it begins ("p1": p10, p11…).
      const id = cleanId(query);
      const exact = id === '' || FOOTNOTE_WORD.test(query) ? undefined : (byId.get(id) ?? byNumber.get(id) ?? undefined);
      const begun = id === '' ? [] : typedIds.filter((t) => t.id.startsWith(id) || t.number?.startsWith(id)).slice(0, count).map((t) => t.passage);
      const found = passageText.search(query).map((hit) => byId.get(String(hit.id).toLowerCase())!);
      return [...new Set([...(exact ? [exact] : []), ...begun, ...found])].slice(0, count);
    },
    completeQuestion(typed, count = 25) {
      if (typed.trim().length < 2) return [];
      return sentences.search(typed).slice(0, count).map((hit) => String(hit.text));
    },
  };
}
