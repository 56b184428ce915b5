import { describe, expect, test } from 'vitest';
import { cleanByline, dropFurniture, isDateOnly } from '../../src/extract/page-furniture.ts';

describe('isDateOnly', () => {
  test.each([
    ['Apr 14, 2025, 12:00 AM Apr 10, 2025, 7:42 PM', true],
    ['Updated 3:45 PM EDT, Thu April 10, 2025', true],
    ['10.04.2025 | 19:42', true],
    ['Published on 2025-04-10', true],
    ['In December, officials met.', false],
    ['Opinions', false],
    ['April 10, 2025: the day the talks failed', false],
  ])('%s → %s', (text, expected) => {
    expect(isDateOnly(text)).toBe(expected);
  });
});

test('dropFurniture removes timestamp lines and trailing labels, not the story', () => {
  const paragraphs = ['Apr 14, 2025, 12:00 AM', 'Story', 'The first sentence. The second.', 'The end of it.', 'Opinions', "You've reached the end"];
  expect(dropFurniture(paragraphs)).toEqual(['Story', 'The first sentence. The second.', 'The end of it.']);
});

test('dropFurniture removes the byline line, whichever way it is written', () => {
  const paragraphs = ['By Maria Okafor · November 20, 2026', 'Maria Okafor | Harbor Ledger', 'By the time the bridge opened, it was late.', 'By Thursday, the council will vote.'];
  expect(dropFurniture(paragraphs, 'Maria Okafor · Harbor Ledger')).toEqual(['By the time the bridge opened, it was late.', 'By Thursday, the council will vote.']);
});

test.each([
  ['Newsroom staff · April 10, 2025', 'Newsroom staff'],
  ['By Jane Doe', 'Jane Doe'],
  ['Jane Doe | Mar 3, 2024', 'Jane Doe'],
  ['Jane Doe - Political Correspondent', 'Jane Doe · Political Correspondent'],
  ['April 10, 2025', null],
])('cleanByline(%s) → %s', (input, expected) => {
  expect(cleanByline(input)).toBe(expected);
});
