import { describe, expect, test } from 'vitest';
import { nextSpanIndex, pagePassage } from '../../src/popup/page-passage.ts';

const text = 'First paragraph ends here.\nWang Lei met officials. Later, an aide to Wang Lei said talks went well.';
const second = text.lastIndexOf('Wang Lei');

describe('pagePassage', () => {
  test('a mention comes with the words before it, within its paragraph and starting on a word', () => {
    const { lead, passage } = pagePassage(text, { start: second, end: second + 'Wang Lei'.length });
    expect(passage).toBe('Wang Lei');
    expect(lead).toBe('Wang Lei met officials. Later, an aide to ');
    expect(text.slice(0, second).endsWith(lead)).toBe(true);
  });

  test('a mention at a paragraph start has no lead from the paragraph before', () => {
    const first = text.indexOf('Wang Lei');
    expect(pagePassage(text, { start: first, end: first + 8 })).toEqual({ lead: '', passage: 'Wang Lei' });
  });

  test('a lead cut from a long paragraph starts on a whole word', () => {
    const long = 'The minister, who had spent three decades in regional politics before, met Wang Lei.';
    const at = long.indexOf('Wang Lei');
    const { lead } = pagePassage(long, { start: at, end: at + 8 });
    expect(lead).toBe('had spent three decades in regional politics before, met ');
    expect(long.slice(0, at).endsWith(lead)).toBe(true);
    expect(long[at - lead.length - 1]).toBe(' ');
  });

  test('near the start of the text the lead is everything before the span', () => {
    expect(pagePassage('Mr. Smith spoke.', { start: 4, end: 9 })).toEqual({ lead: 'Mr. ', passage: 'Smith' });
  });
});

describe('nextSpanIndex', () => {
  const mentions = [{ start: 3, end: 8 }, { start: 20, end: 25 }, { start: 40, end: 45 }];
  test('repeated clicks on one actor walk through its mentions and wrap around', () => {
    let state = nextSpanIndex(null, mentions);
    const seen = [state.index];
    for (let i = 0; i < 3; i++) {
      state = nextSpanIndex(state, mentions);
      seen.push(state.index);
    }
    expect(seen).toEqual([0, 1, 2, 0]);
  });

  test('another list starts at its first span', () => {
    const state = nextSpanIndex({ key: 3, index: 1 }, [{ start: 50, end: 55 }]);
    expect(state).toEqual({ key: 50, index: 0 });
  });
});
