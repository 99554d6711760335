/**
 * A pure function of a string (or a number) remembered for the keys met last: questions bring the same words again and
 * again, and any number of new ones, so what is kept is bounded (forgotten all at once when full, which is cheap and rare).
 */
export function memoized<V, K extends string | number = string>(limit: number, compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      if (kept.size >= limit) kept.clear();
      value = compute(key);
      kept.set(key, value);
    }
    return value as V;
  };
}

/**
 * Forgets the entries of a map kept in the order they were added that are older than `windowMs` at `now` (`at` says
 * when each was added): up to the first young one, so that a map of every message or request of the last minutes costs
 * no more to keep than it forgets.
 */
export function forgetOlderThan<K, V>(entries: Map<K, V>, now: number, windowMs: number, at: (value: V) => number): void {
  for (const [key, value] of entries) {
    if (now - at(value) <= windowMs) break;
    entries.delete(key);
  }
}
