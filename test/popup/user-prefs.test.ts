import { describe, expect, test } from 'vitest';
import { highlightCountFor } from '../../src/highlights/highlight-count.ts';
import { DEFAULT_PREFS, parsePrefs } from '../../src/popup/user-prefs.ts';

describe('parsePrefs', () => {
  test.each([
    ['nothing stored', undefined],
    ['a string', 'prefs'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('%s gives the defaults', (_, raw) => {
    expect(parsePrefs(raw)).toEqual(DEFAULT_PREFS);
  });

  test('keeps valid choices', () => {
    const prefs = {
      highlights: 5,
      copyFormat: 'markdown',
      sections: { highlights: true, publisher: false, actors: true, timeline: false, quotes: true },
      gist: 'off',
      modelDownload: 'declined',
      followTab: true,
    };
    expect(parsePrefs(prefs)).toEqual(prefs);
    expect(parsePrefs({ copyFormat: 'notes' }).copyFormat).toBe('notes');
  });

  test.each([0, 8, 2.5, '3', null])('an out-of-range highlights count %s falls back to auto', (highlights) => {
    expect(parsePrefs({ highlights }).highlights).toBe('auto');
  });

  test('bad fields fall back one by one; unknown fields are dropped', () => {
    const prefs = parsePrefs({
      highlights: 7,
      copyFormat: 'html',
      sections: { quotes: false, actors: 'no' },
      theme: 'pink',
      gist: 'always',
      modelDownload: 'yes',
      followTab: 'true',
    });
    expect(prefs).toEqual({ ...DEFAULT_PREFS, highlights: 7, sections: { ...DEFAULT_PREFS.sections, quotes: false } });
  });
});

describe('highlightCountFor', () => {
  test('a fixed setting is used as is', () => {
    expect(highlightCountFor(6, 50)).toBe(6);
  });
  test.each([
    [50, 1],
    [250, 3],
    [800, 3],
    [3000, 6],
  ])('auto: %i words get %i highlights', (wordCount, expected) => {
    expect(highlightCountFor('auto', wordCount)).toBe(expected);
  });
});
