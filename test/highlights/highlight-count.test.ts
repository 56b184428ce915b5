import { describe, expect, test } from 'vitest';
import { highlightCount } from '../../src/highlights/highlight-count.ts';

describe('highlightCount', () => {
  test.each([
    [0, 1],
    [60, 1],
    [150, 2],
    [450, 3],
    [800, 3],
    [1200, 3],
    [1500, 4],
    [2500, 5],
    [4000, 7],
    [20000, 7],
    [Number.NaN, 1],
  ])('%d words → %d highlights', (words, expected) => {
    expect(highlightCount(words)).toBe(expected);
  });

  test('never decreases as a story grows', () => {
    let previous = 0;
    for (let words = 0; words <= 6000; words += 50) {
      const count = highlightCount(words);
      expect(count).toBeGreaterThanOrEqual(previous);
      previous = count;
    }
  });
});
