import { describe, expect, it } from 'vitest';
import { memoized } from '../src/memo.js';

describe('a memoized function', () => {
  it('computes a key once while it is kept, null included, and keeps no more than its limit', () => {
    const computed: string[] = [];
    const lengthOrNull = memoized(3, (key) => (computed.push(key), key === '' ? null : key.length));
    expect(['ab', 'ab', '', '', 'abc'].map(lengthOrNull)).toEqual([2, 2, null, null, 3]);
    expect(computed).toEqual(['ab', '', 'abc']);
    // Full: the next new key forgets every other.
    expect(lengthOrNull('abcd')).toBe(4);
    expect(lengthOrNull('ab')).toBe(2);
    expect(computed).toEqual(['ab', '', 'abc', 'abcd', 'ab']);
  });
});
