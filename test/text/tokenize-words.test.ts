import { describe, expect, test } from 'vitest';
import { contentWords, countWords, foldWord, tokenizeWords } from '../../src/text/tokenize-words.ts';

describe('foldWord', () => {
  test.each([
    ['attacks', 'attack'],
    ['attacked', 'attack'],
    ['attacking', 'attack'],
    ['parties', 'party'],
    ['carried', 'carry'],
    ['press', 'press'],
    ['bus', 'bus'],
    ['was', 'was'],
    ['sing', 'sing'],
    ['red', 'red'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('word helpers', () => {
  test('tokenizeWords keeps letters and digits, lowercased, in any script', () => {
    expect(tokenizeWords('Zürich’s 2.5m-euro “deal”, São Paulo!')).toEqual(['zürich', 's', '2', '5m', 'euro', 'deal', 'são', 'paulo']);
  });

  test('countWords counts what tokenizeWords returns', () => {
    const text = "( CNN ) Tottenham 's striker -- 27 -- left .";
    expect(countWords(text)).toBe(tokenizeWords(text).length);
  });

  test('contentWords drops stop words and lone letters', () => {
    expect(contentWords("The officials said it's a flood in the U.S.")).toEqual(['official', 'flood']);
  });
});
