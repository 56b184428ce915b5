import { describe, expect, test } from 'vitest';
import { isLetterOrApostrophe, isLetterOrNumber, wordRuns, type CodePointTest } from '../../src/text/word-runs.ts';

/** What the scan replaces: the regex's matches, as flat offsets. */
function regexRuns(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].flatMap((match) => [match.index, match.index + match[0].length]);
}

const SAMPLES = [
  '',
  'The Mayor said 40 homes flooded in Riverton.',
  "Tottenham 's O'Neill ( CNN ) -- they're in 2024's final",
  'Prüfung Ærø São Paulo İstanbul naïve café résumé',
  '“Curly” ‘quotes’ — dashes… and ½ ² ٣ digits',
  '東京 tokyo ภาษาไทย Москва العربية',
  'combining e\u0301 marks and ß ǅ ſ',
  'astral 𝐀𝐁𝐂 letters 𝟙𝟚 digits 😀 emoji',
  'lone \uD800 high and \uDC00 low surrogates\uD83D',
  "  leading and trailing  ''apostrophes''  ",
];

describe('wordRuns', () => {
  test.each<[string, CodePointTest, RegExp]>([
    ['letters and numbers', isLetterOrNumber, /[\p{L}\p{N}]+/gu],
    ['letters and apostrophes', isLetterOrApostrophe, /[\p{L}']+/gu],
  ])('matches the regex it replaces: %s', (_name, codePointTest, pattern) => {
    for (const sample of SAMPLES) expect(wordRuns(sample, codePointTest), sample).toEqual(regexRuns(sample, pattern));
  });

  test('gives offsets of whole runs, the last one running to the end', () => {
    expect(wordRuns('Hi, 2 you')).toEqual([0, 2, 4, 5, 6, 9]);
    expect(wordRuns("don't", isLetterOrApostrophe)).toEqual([0, 5]);
  });
});
