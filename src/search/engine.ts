/**
 * The answer engine: the corpus indexed once with MiniSearch, a question analysed with wink-nlp, the
 * passages that answer it ranked, cut to the relevant ones and returned with highlight and citations.
 * No Discord here: answers are plain data.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Corpus, CorpusDocument, Passage } from '../corpus/types.js';
import { createAnalyzer, isEntityTerm, type Analyzer } from '../nlp/analyzer.js';
import type { Answer, Citation, Entity, Result } from './types.js';

export interface EngineOptions {
  /** Most passages in one answer. Default 5. */
  maxResults?: number;
  /**
   * Least share of a question's weight (its words and names, each weighed by how rare it is in the corpus)
   * that the best passage must match, or the engine abstains. Default 0.5.
   */
  minCoverage?: number;
  /** A passage after the first is listed only when its score is at least this share of the first's. Default 0.35. */
  minRelativeScore?: number;
  /** Longest question analysed, in characters; the rest is ignored. Default 2,000. */
  maxQuestionLength?: number;
}

const DEFAULTS: Required<EngineOptions> = { maxResults: 5, minCoverage: 0.5, minRelativeScore: 0.35, maxQuestionLength: 2000 };

/** How much a name the question uses counts against a plain word. */
const ENTITY_BOOST = 1.5;
/** How much a word found only through the thesaurus counts against the question's own word. */
const EXPANSION_BOOST = 0.4;
/** How much a section heading's words count against the passage's own. */
const SECTION_BOOST = 0.5;

export interface Engine {
  readonly corpus: Corpus;
  /** Answers a question with the passages that answer it, best first. Never throws on any string. */
  answer(question: string): Answer;
  /** A passage by id, ignoring case and surrounding brackets: "P14", "[p14]". */
  passage(id: string): Passage | undefined;
  /** The document a passage belongs to. */
  documentOf(passage: Passage): CorpusDocument;
  /** The passage presented as a result, with its citations, for look-ups by id. */
  present(passage: Passage, highlight?: string): Result;
  /** Names of the sections of every document: what the corpus covers. */
  topics(): string[];
}

/** One thing a question asks about: a word or a name, with the other words that may stand for it. */
interface Concept {
  terms: string[];
  /** How rare the concept is in the corpus: rare words decide more. */
  weight: number;
}

interface IndexedPassage {
  passage: Passage;
  terms: Set<string>;
  sentences: Array<{ text: string; terms: Set<string> }>;
}

export function createEngine(corpus: Corpus, options: EngineOptions = {}): Engine {
  const settings = { ...DEFAULTS, ...options };
  const analyzer: Analyzer = createAnalyzer(corpus.gazetteer, corpus.thesaurus);
  const documents = new Map(corpus.documents.map((d) => [d.meta.id, d]));

  const indexed = new Map<string, IndexedPassage>();
  const documentFrequency = new Map<string, number>();
  const search = new MiniSearch<{ id: string; terms: string; section: string }>({
    fields: ['terms', 'section'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { boost: { terms: 1, section: SECTION_BOOST } },
  });
  const sectionTerms = new Map<string, string[]>();
  for (const passage of corpus.passages) {
    const sentences = analyzer.analyze(passage.text).sentences.map((text) => {
      const analysis = analyzer.analyze(text);
      return { text, terms: new Set([...analysis.words, ...analysis.entityTerms]) };
    });
    const terms = new Set(sentences.flatMap((s) => [...s.terms]));
    const section = passage.section ?? '';
    if (!sectionTerms.has(section)) {
      const analysis = analyzer.analyze(section);
      sectionTerms.set(section, [...analysis.words, ...analysis.entityTerms]);
    }
    const headingTerms = sectionTerms.get(section)!;
    for (const term of new Set([...terms, ...headingTerms])) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    indexed.set(passage.id, { passage, terms: new Set([...terms, ...headingTerms]), sentences });
    search.add({ id: passage.id, terms: sentences.map((s) => [...s.terms].join(' ')).join(' '), section: headingTerms.join(' ') });
  }

  const passageCount = corpus.passages.length;
  const idf = (term: string): number => {
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
  };

  // The thesaurus's one-way expansions, keyed by the normal form of the word they expand.
  const expansions = new Map<string, string[]>();
  for (const [word, targets] of Object.entries(corpus.thesaurus.expansions)) {
    const [key] = analyzer.terms(word);
    if (key === undefined) continue;
    const terms = targets.flatMap((target) => analyzer.terms(target)).filter((t) => t !== key && documentFrequency.has(t));
    expansions.set(key, [...new Set([...(expansions.get(key) ?? []), ...terms])]);
  }

  function conceptsOf(words: string[], namedWords: Set<string>, entityTerms: string[]): Concept[] {
    const concepts: Concept[] = [];
    for (const word of new Set(words)) {
      // A word of a name ("beij" of "Beijing") is asked through its entity, unless the corpus has the word itself.
      if (namedWords.has(word) && !documentFrequency.has(word)) continue;
      const alternatives = expansions.get(word) ?? [];
      const known = documentFrequency.has(word);
      const weight = known || alternatives.length === 0 ? idf(word) : Math.max(...alternatives.map(idf));
      concepts.push({ terms: [word, ...alternatives], weight });
    }
    for (const term of new Set(entityTerms)) concepts.push({ terms: [term], weight: idf(term) * ENTITY_BOOST });
    return concepts;
  }

  function coverage(concepts: Concept[], terms: Set<string>): number {
    let total = 0;
    let matched = 0;
    for (const concept of concepts) {
      total += concept.weight;
      if (concept.terms.some((term) => terms.has(term))) matched += concept.weight;
    }
    return total === 0 ? 0 : matched / total;
  }

  function highlight(concepts: Concept[], entry: IndexedPassage): string {
    let best = entry.sentences[0]?.text ?? entry.passage.text;
    let bestScore = 0;
    for (const sentence of entry.sentences) {
      let score = 0;
      for (const concept of concepts) if (concept.terms.some((term) => sentence.terms.has(term))) score += concept.weight;
      if (score > bestScore) {
        best = sentence.text;
        bestScore = score;
      }
    }
    return best;
  }

  function citationsOf(passage: Passage): Citation[] {
    const footnotes = documents.get(passage.documentId)!.footnotes;
    return passage.citations.map((marker) => ({ marker, text: footnotes.get(marker)!.text }));
  }

  function present(passage: Passage, sentence?: string, score = 0): Result {
    return {
      id: passage.id,
      document: documents.get(passage.documentId)!.meta.title,
      section: passage.section,
      text: passage.text,
      highlight: sentence ?? passage.text,
      score: Math.round(score * 1000) / 1000,
      citations: citationsOf(passage),
    };
  }

  function uniqueEntities(entities: Entity[]): Entity[] {
    const seen = new Set<string>();
    return entities.filter((e) => {
      const key = `${e.type}\u0000${e.canonical}\u0000${e.text}`.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  function answer(question: string): Answer {
    const text = String(question ?? '').slice(0, settings.maxQuestionLength);
    if (text.trim() === '') return { question, entities: [], results: [] };
    const analysis = analyzer.analyze(text);
    const entities = uniqueEntities(analysis.entities);
    const concepts = conceptsOf(analysis.words, analysis.namedWords, analysis.entityTerms);
    const queryTerms = [...new Set(concepts.flatMap((c) => c.terms))].filter((t) => documentFrequency.has(t));
    if (queryTerms.length === 0) return { question, entities, results: [] };

    const own = new Set(concepts.map((c) => c.terms[0]));
    const hits: SearchResult[] = search.search(queryTerms.join(' '), {
      boostTerm: (term) => (isEntityTerm(term) ? ENTITY_BOOST : own.has(term) ? 1 : EXPANSION_BOOST),
    });
    const ranked = hits
      .map((hit) => {
        const entry = indexed.get(String(hit.id))!;
        const share = coverage(concepts, entry.terms);
        return { entry, share, score: hit.score * (0.25 + share) };
      })
      .sort((a, b) => b.score - a.score);
    const top = ranked[0];
    if (!top || top.share < settings.minCoverage) return { question, entities, results: [] };
    const results = ranked
      .filter((r, i) => i === 0 || (r.score >= top.score * settings.minRelativeScore && r.share >= settings.minCoverage / 2))
      .slice(0, settings.maxResults)
      .map((r) => present(r.entry.passage, highlight(concepts, r.entry), r.score));
    return { question, entities, results };
  }

  const byLowerId = new Map(corpus.passages.map((p) => [p.id.toLowerCase(), p]));
  return {
    corpus,
    answer,
    passage: (id) => byLowerId.get(id.trim().replace(/^\[|\]$/g, '').replace(/^#/, '').toLowerCase()),
    documentOf: (passage) => documents.get(passage.documentId)!,
    present: (passage, sentence) => present(passage, sentence),
    topics: () => [...new Set(corpus.documents.flatMap((d) => d.sections))],
  };
}
