/**
 * The index of the corpus's passages as flat typed arrays (cached as such), scored the way
 * `MiniSearch#search` scores (BM25 with MiniSearch's parameters, times each term's boost, times the number of
 * query terms a passage matches) but keeping only the best few hits.
 *
 * Why not call `search`: it builds a result object for every passage any query term matches and sorts them
 * all. Over the paper that is nothing; over 22,000 passages it is ~50 ms a question and hundreds of MB of
 * garbage, where this pass over the same postings allocates nothing per hit. test/postings.test.ts checks that
 * the scores and their order are MiniSearch's own.
 */
import type { BM25Params } from 'minisearch';

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
 * The postings as the index cache holds them: flat typed arrays, written and read back as bytes without an object per
 * posting (MiniSearch's own serialised form makes one for every term and passage: most of a large corpus's start-up).
 */
export interface PackedPostings {
  /** How many passages the index holds. */
  passageCount: number;
  /** One more than there are terms: term `t`'s postings are `[offsets[t], offsets[t + 1])`. */
  offsets: Int32Array;
  /** The passage (its index in the corpus) of each posting. */
  passages: Int32Array;
  /** How often the term occurs in the passage, for each posting. */
  frequencies: Uint32Array;
  /** By passage: BM25's length normalisation, computed as MiniSearch computes it. */
  norms: Float64Array;
}

/**
 * The postings of the corpus's passages, gathered passage by passage as MiniSearch indexes one field (its text split
 * on spaces, empty tokens dropped, BM25's field length the number of distinct tokens) and packed for the cache. It
 * holds them as they come in flat arrays, where MiniSearch's index held a map entry for every term and passage and
 * its serialised form a copy of that: together about 150 MB of the peak of building 22,000 passages.
 * test/postings.test.ts checks the scores against MiniSearch's own search over the same passages.
 */
export class PostingsBuilder {
  /** One entry a posting, in the order they come: its term, its passage and how often the term occurs there. */
  private terms = new Int32Array(1024);
  private passages = new Int32Array(1024);
  private frequencies = new Uint32Array(1024);
  private count = 0;
  /** By passage: BM25's field length. */
  private readonly lengths: number[] = [];
  /** The mean field length, computed as MiniSearch computes it (a running mean), so the norms are its own to the last bit. */
  private averageLength = 0;

  /** @param dictionary Term ids by term; every term of every passage must have one. */
  constructor(private readonly dictionary: ReadonlyMap<string, number>) {}

  /** Adds the next passage of the corpus (the first is passage 0): its terms, separated by spaces. */
  add(text: string): void {
    const tokens = text.split(' ');
    const passage = this.lengths.length;
    const length = new Set(tokens).size;
    this.averageLength = (this.averageLength * passage + length) / (passage + 1);
    this.lengths.push(length);
    const counts = new Map<number, number>();
    for (const token of tokens) {
      if (token === '') continue;
      const id = this.dictionary.get(token);
      if (id === undefined) throw new Error(`the index holds "${token}", which the dictionary lacks`);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [term, frequency] of counts) this.push(term, passage, frequency);
  }

  private push(term: number, passage: number, frequency: number): void {
    if (this.count === this.terms.length) {
      const grow = <T extends Int32Array | Uint32Array>(array: T, make: (length: number) => T): T => {
        const grown = make(array.length * 2);
        grown.set(array);
        return grown;
      };
      this.terms = grow(this.terms, (n) => new Int32Array(n));
      this.passages = grow(this.passages, (n) => new Int32Array(n));
      this.frequencies = grow(this.frequencies, (n) => new Uint32Array(n));
    }
    this.terms[this.count] = term;
    this.passages[this.count] = passage;
    this.frequencies[this.count] = frequency;
    this.count += 1;
  }

  /** The postings, term by term in the dictionary's order, each term's in passage order (MiniSearch's). */
  pack(): PackedPostings {
    const termCount = this.dictionary.size;
    const offsets = new Int32Array(termCount + 1);
    for (let at = 0; at < this.count; at += 1) offsets[this.terms[at]! + 1]! += 1;
    for (let t = 0; t < termCount; t += 1) offsets[t + 1]! += offsets[t]!;
    const passages = new Int32Array(this.count);
    const frequencies = new Uint32Array(this.count);
    const filled = offsets.slice(0, termCount);
    // In the order they came, so each term's passages stay in corpus order.
    for (let at = 0; at < this.count; at += 1) {
      const slot = filled[this.terms[at]!]!++;
      passages[slot] = this.passages[at]!;
      frequencies[slot] = this.frequencies[at]!;
    }
    const { k, b } = BM25;
    const norms = Float64Array.from(this.lengths, (length) => k * (1 - b + (b * length) / this.averageLength));
    return { passageCount: this.lengths.length, offsets, passages, frequencies, norms };
  }
}

/** The postings as the search reads them, checked (see `unpackPostings`): the packed arrays themselves, no copy. */
export interface PostingsArrays extends Omit<PackedPostings, 'passageCount'> {
  /** How many passages the index holds. */
  count: number;
}

/**
 * Packed postings checked for the search: one pass over the postings, which makes nothing.
 * @param termCount How many terms the dictionary they were packed with holds; they are refused if it differs.
 */
export function unpackPostings(packed: PackedPostings, termCount: number): PostingsArrays {
  const { offsets, passages, frequencies, norms, passageCount } = packed;
  if (offsets.length !== termCount + 1 || offsets[0] !== 0 || offsets.at(-1) !== passages.length || frequencies.length !== passages.length || norms.length !== passageCount) {
    throw new Error('the packed postings do not fit together');
  }
  for (let term = 0; term < termCount; term += 1) if (offsets[term]! > offsets[term + 1]!) throw new Error('the packed postings do not fit together');
  // A passage the index does not have (a damaged cache) is refused here, not met by a search.
  for (let at = 0; at < passages.length; at += 1) if (!(passages[at]! >= 0 && passages[at]! < passageCount)) throw new Error('the packed postings do not fit together');
  return { count: passageCount, offsets, passages, frequencies, norms };
}

/** Whether `values[from..to)`, in ascending order, holds `value`: a binary search. */
export function sortedHas(values: Int32Array, from: number, to: number, value: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = values[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

export class Postings {
  private readonly offsets: Int32Array;
  private readonly passages: Int32Array;
  private readonly frequencies: Uint32Array;
  private readonly norms: Float64Array;
  /**
   * BM25's term-frequency part of each posting, which depends on the passage only (the term's rarity multiplies it):
   * worked out for a term's postings when a search first has the term. Working out all of them at start-up took a
   * tenth of a cached start at 1,000 documents (800,000 postings, 6 MB written), most of them never read.
   */
  private readonly weights: Float64Array;
  private readonly weighed: Uint8Array;
  private readonly count: number;
  // Scratch space for one question at a time (answers are synchronous): reset after each use.
  private readonly scores: Float64Array;
  private readonly matched: Uint16Array;
  private readonly touched: Int32Array;

  constructor({ count, offsets, passages, frequencies, norms }: PostingsArrays) {
    [this.count, this.offsets, this.passages, this.frequencies, this.norms] = [count, offsets, passages, frequencies, norms];
    this.weights = new Float64Array(passages.length);
    this.weighed = new Uint8Array(offsets.length - 1);
    this.scores = new Float64Array(count);
    this.matched = new Uint16Array(count);
    this.touched = new Int32Array(count);
  }

  /** How many passages hold a term. */
  frequency(term: number): number {
    return term >= 0 && term + 1 < this.offsets.length ? this.offsets[term + 1]! - this.offsets[term]! : 0;
  }

  /**
   * The passages holding every one of the terms, in order, at most `limit` of them: those of the rarest, each looked for
   * in the others' lists (a term's passages are listed in order).
   */
  holdingAll(terms: readonly number[], limit: number): number[] {
    const { offsets, passages } = this;
    if (terms.length === 0 || terms.some((term) => this.frequency(term) === 0)) return [];
    const [rarest, ...others] = [...terms].sort((a, b) => this.frequency(a) - this.frequency(b));
    const holds = (term: number, passage: number): boolean => sortedHas(passages, offsets[term]!, offsets[term + 1]!, passage);
    const found: number[] = [];
    for (let at = offsets[rarest!]!, end = offsets[rarest! + 1]!; at < end && found.length < limit; at += 1) {
      const passage = passages[at]!;
      if (others.every((term) => holds(term, passage))) found.push(passage);
    }
    return found;
  }

  /** Works out the weights of a term's postings (see `weights`). */
  private weigh(term: number): void {
    const { d, k } = BM25;
    const { passages, frequencies, norms, weights } = this;
    for (let at = this.offsets[term]!, end = this.offsets[term + 1]!; at < end; at += 1) {
      const frequency = frequencies[at]!;
      // MiniSearch's formula and order of operations, so the scores are its own to the last bit.
      weights[at] = d + (frequency * (k + 1)) / (frequency + norms[passages[at]!]!);
    }
    this.weighed[term] = 1;
  }

  /** The `limit` best passages for the query terms, best first: MiniSearch's scores, in MiniSearch's order. */
  best(query: readonly QueryTerm[], limit: number): Hit[] {
    const { scores, matched, touched, passages, weights, offsets } = this;
    let touchedCount = 0;
    for (const { term, boost } of query) {
      const frequency = this.frequency(term);
      if (frequency === 0) continue;
      if (this.weighed[term] === 0) this.weigh(term);
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
