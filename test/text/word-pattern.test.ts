import { expect, test } from 'vitest';
import { anyOf, wholeWords } from '../../src/text/word-pattern.ts';

test('anyOf escapes marks, lets a space match any run of spaces and tries the longest word first', () => {
  const pattern = new RegExp(`^${anyOf(['a las', 'a', 'EW.com'])}`, 'i');
  expect('a   las 10'.match(pattern)?.[0]).toBe('a   las');
  expect(pattern.test('EWxcom')).toBe(false);
});

test('wholeWords matches words, not parts of words, and leaves marks unbounded', () => {
  const pattern = new RegExp(wholeWords(['on', "'ll", 'is expected to']), 'iu');
  expect(pattern.test('a month ago')).toBe(false);
  expect(pattern.test('on Monday')).toBe(true);
  expect(pattern.test("They'll go")).toBe(true);
  expect(pattern.test('It is  expected to pass')).toBe(true);
});
