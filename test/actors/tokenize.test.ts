import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/actors/tokenize.ts';

/** The tokenizer's specification: the regex it scans by hand (see src/actors/tokenize.ts). */
const TOKEN =
  /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-&]|(?<=(?:^|[^\p{L}])\p{L})['’](?!s(?![\p{L}\p{N}]))(?=\p{L})|['’](?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|['’](?:[sS]|re|RE|ve|VE|ll|LL|[dDmMtT])\b|\S/gu;

const SAMPLES = [
  '',
  "They're sure China's O'Neill and D'Alema shouldn't leave the U.S.",
  'e.g. U.N. J.R.R. Tolkien a.b.c U.S it.’s x. y .z',
  "Malcolm X's speech, the A’s win, O'Neill's l'homme x's",
  "AT&T's R&D, rock-'n'-roll, well-being -x- a-&b 3-2 &amp; A&",
  "we'RE I'M you'LL he'D it’S 'twas 'st 're 'rex ’ve ’Ve l'Aquila d’Italia Mc’Donald",
  "xO'Neill o'neill 9'a é'b 𝐀'B 𝐀𝐁'c 'S 'S_ 's9 'sé",
  'Prüfung São Paulo İstanbul naïve e\u0301 ß ǅ ſ Ⅻ ½ ٣',
  // Accents written as combining marks after their letters: one word all the same.
  'Facebook Ve\u0301cu, l\u2019e\u0301cole, Jose\u0301-Mari\u0301a, \u0301x 3\u0301',
  '東京 Tokyo ภาษาไทย Москва العربية',
  'astral 𝐀.𝐁. 𝐀𝐁𝐂-𝟙 😀 emoji',
  'lone \uD800 high and \uDC00 low.\uD83D',
  'tabs\tand\u00a0no-break\u2003spaces\u3000and\nnewlines\r\n',
  '“Curly” ‘quotes’ — dashes… (parens) [x] {y}',
];

function regexTokens(text: string): Array<[string, number]> {
  return [...text.matchAll(TOKEN)].map((match) => [match[0], match.index]);
}

describe('tokenize', () => {
  test('finds exactly the matches of the token regex', () => {
    for (const sample of SAMPLES) {
      expect(tokenize(sample).map((t): [string, number] => [t.text, t.start]), sample).toEqual(regexTokens(sample));
    }
  });

  test('a combining accent belongs to the word it follows ("Ve\u0301cu")', () => {
    expect(tokenize('la page Facebook Ve\u0301cu').map((t) => t.text)).toEqual(['la', 'page', 'Facebook', 'Ve\u0301cu']);
  });

  test('gives each token its lower-cased text, capitalization and end', () => {
    expect(tokenize("Élan's U.S. fund")).toEqual([
      { text: 'Élan', lower: 'élan', capitalized: true, start: 0, end: 4 },
      { text: "'s", lower: "'s", capitalized: false, start: 4, end: 6 },
      { text: 'U.S.', lower: 'u.s.', capitalized: true, start: 7, end: 11 },
      { text: 'fund', lower: 'fund', capitalized: false, start: 12, end: 16 },
    ]);
  });
});
