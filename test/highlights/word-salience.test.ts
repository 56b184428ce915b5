import { describe, expect, test } from 'vitest';
import { storyTokens } from '../../src/highlights/story-tokens.ts';
import { wordSalience } from '../../src/highlights/word-salience.ts';

const story = [
  'A flood hit the town of Riverton on Monday.',
  'The flood destroyed 40 homes near the river.',
  'Rescuers in boats reached the stranded families.',
  'The flood was the worst in a century, officials said.',
  'A bakery on Main Street stayed open.',
].map(storyTokens);

describe('wordSalience', () => {
  const salience = wordSalience(story, null);
  const p = (word: string) => salience.get(word) ?? Number.NaN;

  test('gives every word of the story a probability', () => {
    for (const tokens of story) {
      for (const token of tokens) expect(p(token.key)).toBeGreaterThan(0);
      for (const token of tokens) expect(p(token.key)).toBeLessThan(1);
    }
  });

  test('a word repeated across sentences outweighs one said once', () => {
    expect(p('flood')).toBeGreaterThan(p('bakery'));
  });

  test('a word met early outweighs one met late', () => {
    expect(p('riverton')).toBeGreaterThan(p('bakery'));
  });

  test('names and figures weigh more than other words met once as early', () => {
    expect(p('40')).toBeGreaterThan(p('destroy'));
  });

  test('headline words gain weight; stop words in the headline do not', () => {
    const withTitle = wordSalience(story, 'Bakery stays open in the flood');
    expect(withTitle.get('bakery')!).toBeGreaterThan(p('bakery'));
    expect(withTitle.get('the')!).toBeCloseTo(p('the'), 10);
  });
});

describe('storyTokens', () => {
  test('folds inflections and marks stop words, names and numbers', () => {
    const tokens = storyTokens('The Mayor said 40 homes flooded in Riverton.');
    expect(tokens.map((token) => token.key)).toEqual(['the', 'mayor', 'said', '40', 'home', 'flood', 'in', 'riverton']);
    expect(tokens.filter((token) => token.stopWord).map((token) => token.key)).toEqual(['the', 'said', 'in']);
    expect(tokens.filter((token) => token.capitalized).map((token) => token.key)).toEqual(['mayor', 'riverton']);
    expect(tokens.filter((token) => token.number).map((token) => token.key)).toEqual(['40']);
  });

  test('PTB tokenization yields the same words as raw text', () => {
    const keys = (text: string) => storyTokens(text).map((token) => token.key);
    expect(keys("Tottenham 's striker , 27 , left .")).toEqual(keys("Tottenham's striker, 27, left."));
  });
});
