import { describe, expect, test } from 'vitest';
import { type CoverageCandidate, DEFAULT_COVERAGE_OPTIONS, selectByCoverage } from '../../src/highlights/select-by-coverage.ts';
import { storyTokens } from '../../src/highlights/story-tokens.ts';

const candidate = (text: string, needs: number | null = null): CoverageCandidate => ({ tokens: storyTokens(text), needs });

// Salience by hand: the story is about a flood and a rescue.
const salience = new Map([
  ['flood', 0.9], ['rescue', 0.8], ['river', 0.7], ['town', 0.6], ['boat', 0.6], ['mayor', 0.5],
]);

describe('selectByCoverage', () => {
  test('keeps the lead even when other sentences cover more', () => {
    const picks = selectByCoverage(
      [candidate('Officials spoke today.'), candidate('Flood rescue river town boat.')],
      salience,
      1,
    );
    expect(picks).toEqual([0]);
  });

  test('without the lead rule, takes the sentence covering the most', () => {
    const picks = selectByCoverage(
      [candidate('Officials spoke today.'), candidate('Flood rescue river town boat.')],
      salience,
      1,
      { ...DEFAULT_COVERAGE_OPTIONS, keepLead: false },
    );
    expect(picks).toEqual([1]);
  });

  test('does not repeat what a pick already covers', () => {
    const picks = selectByCoverage(
      [
        candidate('Flood hits town.'),
        candidate('Flood hits town again.'),
        candidate('Boat rescue on the river.'),
      ],
      salience,
      2,
    );
    expect(picks).toEqual([0, 2]);
  });

  test('a sentence leaning on another waits until that one is picked', () => {
    const candidates = [
      candidate('Flood hits town.'),
      candidate('The mayor spoke.'),
      candidate('He praised the boat rescue on the river.', 1),
    ];
    expect(selectByCoverage(candidates, salience, 2)).toEqual([0, 1]);
    expect(selectByCoverage(candidates, salience, 3)).toEqual([0, 1, 2]);
  });

  test('still returns the count asked when only leaning sentences remain', () => {
    const candidates = [candidate('Flood hits town.'), candidate('He praised the rescue.', -1)];
    expect(selectByCoverage(candidates, salience, 2)).toEqual([0, 1]);
  });

  test('returns every candidate when asked for more', () => {
    expect(selectByCoverage([candidate('Flood.'), candidate('Rescue.')], salience, 5)).toHaveLength(2);
  });

  test('a story of more words than fit a small phrase key still covers each phrase once', () => {
    // 40,000 distinct words: word and phrase ids pass 2^15, where phrase keys change form.
    const words = Array.from({ length: 40_000 }, (_, i) => ({ key: `w${i}`, stopWord: false, capitalized: false, number: false }));
    const bigSalience = new Map(words.map(({ key }) => [key, 0.5]));
    const tail = words.slice(-4);
    const picks = selectByCoverage(
      [
        { tokens: words, needs: null },
        // The last words again, in the same order: nothing new once the first is picked.
        { tokens: tail, needs: null },
        // The same words in another order: new phrases between covered words.
        { tokens: [...tail].reverse(), needs: null },
      ],
      bigSalience,
      2,
    );
    expect(picks).toEqual([0, 2]);
  });
});
