import { expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/digest/word-count.ts';

test.each([
  ["The U.S. isn't ready, officials said in 2024.", 8],
  ['Wang Lei — a cyber official — spoke.', 6],
  ['北京今天下雨', 6],
  ['东京 Tokyo 2020', 4],
  ['', 0],
])('countWords(%j) → %i', (text, expected) => {
  expect(countWords(text)).toBe(expected);
});

test('reading time rounds to whole minutes, at least one for any text', () => {
  expect([readingMinutes(0), readingMinutes(40), readingMinutes(1000)]).toEqual([0, 1, 4]);
});
