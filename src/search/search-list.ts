/**
 * What /search lists: the passages that answer the words best, then every other passage that matches them at least
 * half as much as an answer must, so that "/search Kazakhstan Kyrgyzstan" finds the passages on either, not only the
 * best few. Pure: the engine's answer and its further passages.
 */
import type { Engine } from './engine.js';
import type { Answer, Result } from './types.js';

/** How many passages a search lists; the rest are counted. */
export const SEARCH_LISTED = 10;

export interface SearchList {
  /** The engine's answer to the words: what a search with none matching says (what the paper lacks, or chat). */
  answer: Answer;
  /** The passages listed, best first. */
  listed: Result[];
  /** How many more match than are listed. */
  more: number;
}

/** What a search says of the passages it does not list: "…and 2 more passages match: add words to narrow the search." */
export function moreMatching(more: number): string {
  return `…and ${more} more ${more === 1 ? 'passage matches' : 'passages match'}: add words to narrow the search.`;
}

export function searchList(engine: Engine, query: string, listed: number = SEARCH_LISTED): SearchList {
  const answer = engine.answer(query);
  if (answer.results.length === 0) return { answer, listed: [], more: 0 };
  const all = [...answer.results, ...engine.further(query, answer.results.map((r) => r.id))];
  return { answer, listed: all.slice(0, listed), more: Math.max(0, all.length - listed) };
}
