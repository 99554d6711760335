import type { Entity } from '../nlp/analyzer.js';

export type { Entity };

export interface Citation {
  /** The footnote marker without brackets: "iii". */
  marker: string;
  /** The footnote's full text. */
  text: string;
}

/** One passage that answers a question. */
export interface Result {
  /** Passage id: "p14". */
  id: string;
  /** Title of the document the passage is from. */
  document: string;
  section: string | null;
  /** The passage as the corpus has it. */
  text: string;
  /** The sentence of the passage that best answers the question. */
  highlight: string;
  score: number;
  /** Every footnote the passage cites, written out. */
  citations: Citation[];
}

/** The engine's whole answer to one question: plain data for any presenter. */
export interface Answer {
  question: string;
  /** The question as it was read, when misspelt words in it were read as the paper's ("Tajikstan" as "Tajikistan"). */
  readAs?: string;
  entities: Entity[];
  /** Best first, at most five; empty when the corpus does not answer the question. */
  results: Result[];
  /**
   * With no results, the words the question rests on that the corpus never has, as the question wrote them: a name
   * it never mentions ("Putin"), a year none of its passages on the question has ("2019"). Absent otherwise.
   */
  missing?: string[];
  /**
   * With no results, the passages that come nearest to the question, best first, at most three: they name what it
   * names (or hold two of its words) and meet part of it, not enough to answer it. Shown as where to look, never as the answer. Absent otherwise
   * (and when the question names what the corpus never mentions: `missing`).
   */
  nearest?: Result[];
  /** With no results, when the text asked the paper nothing: small talk ("thanks!"), or not English. Absent otherwise. */
  unasked?: 'chat' | 'foreign';
  /**
   * When the question asks how the document is made ("how many footnotes are there?", "what are the sections?"):
   * the document of the card that is the first result, its sections' headings in order, how many passages it has,
   * and its footnotes' markers. With no results, in a corpus of one document, when the question asks for a passage or
   * footnote it lacks ("footnote 12", "p23"): that document's, to say what there is. Absent otherwise.
   */
  outline?: Outline;
  /**
   * When the question asks for the document's sources as a whole ("list the sources", "bibliography"): every footnote
   * of the card's document, in order (the five results hold only a few). Absent otherwise.
   */
  sources?: Citation[];
  /**
   * With results, the questions of a line asking several ("what is RATS and who leads it today?") that the corpus does
   * not answer, as typed, each with the names it never mentions: the results answer the others. Absent otherwise.
   */
  unanswered?: Unanswered[];
  /**
   * With results, the names the question gives that the first passage never mentions ("Turkmenistan" of "Why did China
   * give Turkmenistan 16 million dollars?", answered by the passage on Kyrgyzstan's): it may tell of another. Absent
   * otherwise.
   */
  unmentioned?: string[];
}

/** A question of a line asking several that the corpus does not answer (`Answer.unanswered`). */
export interface Unanswered {
  question: string;
  /** The names it rests on that the corpus never mentions ("Putin"), as `Answer.missing`. */
  missing?: string[];
  /**
   * Set where the question was not read: a line is answered for its first MOST_QUESTIONS questions; how many of the
   * line's questions, from this one on, are to be asked again.
   */
  later?: number;
}

/** How many questions of one line are answered each ("rats? sco? tapi?"): the rest are said to be left for later. */
export const MOST_QUESTIONS = 4;

/** How a document is made: its sections, passages and footnotes. */
export interface Outline {
  sections: string[];
  passages: number;
  footnotes: string[];
}
