import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rankHighlights } from '../../src/highlights/rank-highlights.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const SEED = join(import.meta.dirname, '../../../shared/fixtures/seed');
const story = readFileSync(join(SEED, 'story.txt'), 'utf8');
const sentences = splitSentences(story);

function rank(count: number, title: string | null = null) {
  return rankHighlights({ text: story, sentences, title, count });
}

describe('rankHighlights on the seed story', () => {
  test('returns the requested number, in story order, with offsets into the text', () => {
    const highlights = rank(3);
    expect(highlights).toHaveLength(3);
    for (const highlight of highlights) {
      expect(story.slice(highlight.start, highlight.end)).toBe(highlight.text);
    }
    const starts = highlights.map((highlight) => highlight.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('leads with the admission the story is about', () => {
    expect(rank(3)[0]?.text).toMatch(/^In a clandestine meeting that took place in December/);
  });

  test('picks distinct sentences', () => {
    const highlights = rank(7);
    expect(new Set(highlights.map((highlight) => highlight.start)).size).toBe(7);
  });

  test('a headline pulls the sentences that share its words forward', () => {
    const title = 'FBI reports breaches of telecommunications networks';
    const picksFbi = (title: string | null) =>
      rank(4, title).some((highlight) => highlight.text.startsWith('The FBI has reported breaches'));
    expect(picksFbi(title)).toBe(true);
    expect(picksFbi(null)).toBe(false);
  });

  test('returns every usable sentence when asked for more than the story has', () => {
    expect(rank(50)).toHaveLength(sentences.length);
  });

  test('does not change its input', () => {
    const copy = structuredClone(sentences);
    rank(3, 'Chinese cyberattacks');
    expect(sentences).toEqual(copy);
  });
});

describe('rankHighlights edge cases', () => {
  test('no sentences or a zero count give no highlights', () => {
    expect(rankHighlights({ text: '', sentences: [], title: null, count: 3 })).toEqual([]);
    expect(rank(0)).toEqual([]);
  });

  test('skips page furniture', () => {
    const text =
      'SCROLL DOWN FOR VIDEO\n\nA storm flooded hundreds of homes across the valley on Sunday. ' +
      'Rescuers pulled 40 people from rooftops as the river rose.\n\nRead more.';
    const highlights = rankHighlights({ text, sentences: splitSentences(text), title: null, count: 3 });
    expect(highlights.map((highlight) => highlight.text)).toEqual([
      'A storm flooded hundreds of homes across the valley on Sunday.',
      'Rescuers pulled 40 people from rooftops as the river rose.',
    ]);
  });

  test('a story of short lines still yields highlights', () => {
    const text = 'Fire at mill.\n\nNo one hurt.';
    const highlights = rankHighlights({ text, sentences: splitSentences(text), title: null, count: 1 });
    expect(highlights).toHaveLength(1);
    expect(highlights[0]?.text).toBe('Fire at mill.');
  });
});
