/**
 * MiniSearch's index, read from its own serialised form into flat typed arrays, and scored the way
 * `MiniSearch#search` scores (BM25 with MiniSearch's parameters, times each term's boost, times the number of
 * query terms a passage matches) but keeping only the best few hits.
 *
 * Why not call `search`: it builds a result object for every passage any query term matches and sorts them
 * all. Over the paper that is nothing; over 22,000 passages it is ~50 ms a question and hundreds of MB of
 * garbage, where this pass over the same postings allocates nothing per hit. test/postings.test.ts checks that
 * the scores and their order are MiniSearch's own.
 */
import type { AsPlainObject, BM25Params } from 'minisearch';

/** MiniSearch's documented default BM25 parameters (it exports no constant for them; the test compares with its search). */
const BM25: BM25Params = { k: 1.2, b: 0.7, d: 0.5 };

/** A passage (by its index in the corpus) and its score. */
export interface Hit {
  passage: number;
  score: number;
}

/** A query term (by its id in the dictionary) and how much a match on it counts. */
export interface QueryTerm {
  term: number;
  boost: number;
}

/**
 * MiniSearch's postings as flat arrays: read once from its serialised index (here, or in the worker that builds an
 * index, which hands them over without a copy).
 */
export interface PostingsArrays {
  /** How many passages the index holds. */
  count: number;
  /** Term `t`'s postings are `[offsets[t], offsets[t + 1])` of the two arrays below. */
  offsets: Int32Array;
  /** The passage of each posting. */
  passages: Int32Array;
  /** BM25's term-frequency part of each posting, which depends on the passage only; the term's rarity multiplies it. */
  weights: Float64Array;
}

/**
 * @param search MiniSearch's serialised index of one field.
 * @param dictionary Term ids by term; every term of the index must have one.
 * @param passageOf The passage index of each document id the index holds.
 */
export function readPostings(search: AsPlainObject, dictionary: ReadonlyMap<string, number>, passageOf: (id: string) => number): PostingsArrays {
  const fieldIds = Object.values(search.fieldIds);
  if (fieldIds.length !== 1) throw new Error(`the index has ${fieldIds.length} fields; Postings reads one`);
  const field = String(fieldIds[0]);
  const averageLength = search.averageFieldLength[fieldIds[0]!]!;

  // By MiniSearch's short document id: the passage, and BM25's length normalisation (as MiniSearch computes it).
  const { k, b, d } = BM25;
  const passageOfShortId = new Int32Array(search.nextId).fill(-1);
  const normOfShortId = new Float64Array(search.nextId);
  for (const [shortId, id] of Object.entries(search.documentIds)) {
    passageOfShortId[Number(shortId)] = passageOf(String(id));
    normOfShortId[Number(shortId)] = k * (1 - b + (b * search.fieldLength[shortId]![fieldIds[0]!]!) / averageLength);
  }

  // Each term's postings, read once: MiniSearch's order (short ids ascending), so equal scores come out in its order.
  const terms: Array<{ id: number; shortIds: string[]; frequencies: number[] }> = [];
  const offsets = new Int32Array(dictionary.size + 1);
  for (const [term, fields] of search.index) {
    const entry = fields[field];
    if (!entry) continue;
    const id = dictionary.get(term);
    if (id === undefined) throw new Error(`the index holds "${term}", which the dictionary lacks`);
    const shortIds = Object.keys(entry);
    terms.push({ id, shortIds, frequencies: Object.values(entry) });
    offsets[id + 1] = shortIds.length;
  }
  for (let t = 0; t < dictionary.size; t += 1) offsets[t + 1]! += offsets[t]!;
  const passages = new Int32Array(offsets[dictionary.size]!);
  const weights = new Float64Array(passages.length);
  for (const { id, shortIds, frequencies } of terms) {
    let at = offsets[id]!;
    for (let i = 0; i < shortIds.length; i += 1, at += 1) {
      const shortId = Number(shortIds[i]);
      const frequency = frequencies[i]!;
      passages[at] = passageOfShortId[shortId]!;
      weights[at] = d + (frequency * (k + 1)) / (frequency + normOfShortId[shortId]!);
    }
  }
  return { count: search.documentCount, offsets, passages, weights };
}

export class Postings {
  private readonly offsets: Int32Array;
  private readonly passages: Int32Array;
  private readonly weights: Float64Array;
  private readonly count: number;
  // Scratch space for one question at a time (answers are synchronous): reset after each use.
  private readonly scores: Float64Array;
  private readonly matched: Uint16Array;
  private readonly touched: Int32Array;

  constructor({ count, offsets, passages, weights }: PostingsArrays) {
    [this.count, this.offsets, this.passages, this.weights] = [count, offsets, passages, weights];
    this.scores = new Float64Array(count);
    this.matched = new Uint16Array(count);
    this.touched = new Int32Array(count);
  }

  /** How many passages hold a term. */
  frequency(term: number): number {
    return term >= 0 && term + 1 < this.offsets.length ? this.offsets[term + 1]! - this.offsets[term]! : 0;
  }

  /** The `limit` best passages for the query terms, best first: MiniSearch's scores, in MiniSearch's order. */
  best(query: readonly QueryTerm[], limit: number): Hit[] {
    const { scores, matched, touched, passages, weights, offsets } = this;
    let touchedCount = 0;
    for (const { term, boost } of query) {
      const frequency = this.frequency(term);
      if (frequency === 0) continue;
      const rarity = Math.log(1 + (this.count - frequency + 0.5) / (frequency + 0.5));
      for (let at = offsets[term]!, end = offsets[term + 1]!; at < end; at += 1) {
        const passage = passages[at]!;
        if (matched[passage] === 0) touched[touchedCount++] = passage;
        // MiniSearch's order of operations, so the floating-point sums are the same.
        scores[passage] = scores[passage]! + boost * (rarity * weights[at]!);
        matched[passage] = matched[passage]! + 1;
      }
    }
    const best: Hit[] = [];
    for (let i = 0; i < touchedCount; i += 1) {
      const passage = touched[i]!;
      const score = scores[passage]! * matched[passage]!;
      scores[passage] = 0;
      matched[passage] = 0;
      if (best.length === limit && score <= best[limit - 1]!.score) continue;
      // Insert after every equal score: MiniSearch's sort is stable over first-matched order.
      let position = best.length;
      while (position > 0 && best[position - 1]!.score < score) position -= 1;
      best.splice(position, 0, { passage, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
