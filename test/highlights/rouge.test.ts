// The benchmark's ROUGE must agree with Google's rouge-score: these cases and their
// expected values are the ones rouge-score's own tests check (rouge_scorer_test.py).
import { describe, expect, test } from 'vitest';
import { rougeTokens, scoreRouge } from '../../bench/rouge.ts';

describe('rougeTokens', () => {
  test('lowercases, splits on non-alphanumerics, stems words longer than 3 letters', () => {
    expect(rougeTokens('The U.S.-based cats were RUNNING!')).toEqual(['the', 'u', 's', 'base', 'cat', 'were', 'run']);
  });

  test('drops characters outside a-z and 0-9, as rouge-score does', () => {
    expect(rougeTokens('café £195 /')).toEqual(['caf', '195']);
  });
});

describe('scoreRouge', () => {
  test('ROUGE-1', () => {
    expect(scoreRouge(['testing one two'], ['testing']).rouge1).toBeCloseTo(1 / 2, 6);
  });

  test('ROUGE-2', () => {
    expect(scoreRouge(['testing one two'], ['testing one']).rouge2).toBeCloseTo(2 / 3, 6);
  });

  test('ROUGE-Lsum takes the union of LCS hits over candidate sentences', () => {
    const scores = scoreRouge(['w1 w2 w3 w4 w5'], ['w1 w2 w6 w7 w8', 'w1 w3 w8 w9 w5']);
    expect(scores.rougeLsum).toBeCloseTo((2 * 0.8 * 0.4) / (0.8 + 0.4), 6);
  });

  test('stemming lets inflections match', () => {
    // reference: a cat run; prediction: the cat were run → 2 hits of 4 predicted, 3 reference.
    expect(scoreRouge(['a cat runs'], ['the cats were running']).rouge1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 6);
  });

  test.each([
    [['w1 w2 w3 w4 w5'], []],
    [[], ['w1']],
    [['w1 w2 w3 w4 w5'], ['/']],
  ])('empty or wordless sides score 0: %j vs %j', (reference, predicted) => {
    expect(scoreRouge(reference, predicted)).toEqual({ rouge1: 0, rouge2: 0, rougeLsum: 0 });
  });
});
