/** A footnote of a document: the full citation text behind a marker such as `[iii]`. */
export interface Footnote {
  /** The marker without brackets, as written in the text: "iii". */
  marker: string;
  text: string;
}

/** One paragraph of a document: the unit the engine retrieves and cites. */
export interface Passage {
  /** Stable id a person can type, unique across the corpus: "p14". */
  id: string;
  /** Id of the document the passage belongs to. */
  documentId: string;
  /** Heading the paragraph stands under, or null before the first heading. */
  section: string | null;
  /** The paragraph as the corpus file has it, footnote markers included. */
  text: string;
  /** Markers of the footnotes this paragraph cites, in order of first citation. */
  citations: string[];
  /** 1-based line of the paragraph in its corpus file. */
  line: number;
}

export interface DocumentMeta {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  series: string | null;
  number: string | null;
  year: number | null;
  /** Where the document can be read (an http or https address); /about and /help link to it. */
  url: string | null;
}

export interface CorpusDocument {
  meta: DocumentMeta;
  /** Path of the file the document was read from. */
  file: string;
  sections: string[];
  passages: Passage[];
  footnotes: Map<string, Footnote>;
}

/** One named thing the corpus mentions, under every name people use for it. */
export interface GazetteerEntry {
  /** The name answers show, and the id entities are matched by: "SCO". */
  canonical: string;
  /** country, organisation, place, people, programme, event, person, ... */
  type: string;
  /** Other names: acronyms, full names, spellings, demonyms, capitals. */
  aliases: string[];
  /** The canonical name of an entry this one lies within ("Moscow" within "Russia"): a mention counts for both. */
  within?: string;
  /** A country's seat of government, whose possessive speaks of the state itself ("Moscow's economic slump"). */
  capital?: boolean;
}

/** Word lists that let a question worded differently from the paper meet its passage. */
export interface Thesaurus {
  /** Groups of words treated as the same word on both sides ("manoeuvre" ~ "exercise"). */
  synonyms: string[][];
  /** Words of a question that also look for other words ("boycott" -> "refuse participate"). */
  expansions: Record<string, string[]>;
  /** The file it was read from, for errors; null when the corpus has none. */
  file: string | null;
}

export interface Corpus {
  documents: CorpusDocument[];
  /** Every passage of every document, in document order. */
  passages: Passage[];
  gazetteer: GazetteerEntry[];
  thesaurus: Thesaurus;
}
