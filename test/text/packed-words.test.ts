import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { packWords, unpackWords } from '../../src/text/packed-words.ts';

describe('packed word lists', () => {
  test.each([
    { words: [], packed: '' },
    { words: [''], packed: '0' },
    { words: ['able', 'about', 'above'], packed: '0able\n2out\n2ve' },
    // Ten letters dropped: ':' is the character after '9'.
    { words: ['new york', 'new york city', 'newark'], packed: '0new york\n0 city\n:ark' },
    { words: ['zurich', 'aachen'], packed: '0zurich\n6aachen' },
  ])('$words ↔ $packed', ({ words, packed }) => {
    expect(packWords(words)).toBe(packed);
    expect(unpackWords(packed)).toEqual(words);
  });

  test('any list comes back the same, in its order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((word) => !word.includes('\n'))), (words) => {
        expect(unpackWords(packWords(words))).toEqual(words);
      }),
    );
  });

  test('a surrogate pair is never cut between two lines', () => {
    // The two emoji share their first UTF-16 unit: the second line drops and adds the whole pair.
    const packed = packWords(['a😀', 'a😁']);
    expect(packed).toBe('0a😀\n2😁');
    expect(unpackWords(packed)).toEqual(['a😀', 'a😁']);
  });

  test('a word holding the separator is refused', () => {
    expect(() => packWords(['two\nlines'])).toThrow(/separator/u);
  });
});
