import { describe, expect, it } from 'vitest';
import { cachedPerKey, forgetCachedKeys } from '../src/cached-per-key.ts';

describe('cachedPerKey', () => {
  it('computes each key once until the cache is full, then starts over', () => {
    const computed: string[] = [];
    const upper = cachedPerKey((key) => (computed.push(key), key.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
    upper('c'); // the third key clears the full cache
    upper('a');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('forgetCachedKeys empties every cache, so a benchmark run meets each word anew', () => {
    const computed: string[] = [];
    const first = cachedPerKey((key) => (computed.push(`first ${key}`), key.length), 10);
    const second = cachedPerKey((key) => (computed.push(`second ${key}`), key.length), 10);
    first('word');
    second('word');
    forgetCachedKeys();
    first('word');
    second('word');
    expect(computed).toEqual(['first word', 'second word', 'first word', 'second word']);
  });
});
