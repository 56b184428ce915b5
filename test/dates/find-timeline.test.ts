import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTimeline } from '../../src/dates/find-timeline.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const SEED = join(import.meta.dirname, '../../../shared/fixtures/seed');
const NOW = new Date('2026-01-01T00:00:00Z');
const PUBLISHED = '2025-04-10T19:42'; // a Thursday

describe('findTimeline', () => {
  test('resolves the seed story\'s "In December" to the December before publication', () => {
    const story = readFileSync(join(SEED, 'story.txt'), 'utf8');
    const timeline = findTimeline(story, { published: PUBLISHED, now: NOW });
    expect(timeline.map((entry) => [entry.date, entry.phrase.toLowerCase()])).toEqual([['2024-12', 'in december']]);
    const [entry] = timeline;
    expect(entry && story.slice(entry.start, entry.end)).toBe(entry?.phrase);
  });

  test.each([
    ['In December, talks began.', '2024-12', 'In December'],
    ['He spoke on Tuesday.', '2025-04-08', 'on Tuesday'],
    ['They met on Saturday.', '2025-04-05', 'on Saturday'],
    ['The vote is next Tuesday.', '2025-04-15', 'next Tuesday'],
    ['It began on May 5.', '2024-05-05', 'on May 5'],
    ['Prices rose in March 2023.', '2023-03', 'in March 2023'],
    ['The law passed on Jan. 3, 2022.', '2022-01-03', 'on Jan. 3, 2022'],
    ['He resigned yesterday.', '2025-04-09', 'yesterday'],
    ['Sales have grown since 2019.', '2019', 'since 2019'],
    ['A toll will take effect on January 5, officials said.', '2026-01-05', 'on January 5'],
    ['The council is expected to vote in March.', '2026-03', 'in March'],
    ['Approved in March, the toll will take effect soon.', '2025-03', 'in March'],
    ["They'll meet on Tuesday.", '2025-04-15', 'on Tuesday'],
  ])('%s → %s', (sentence, date, phrase) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW })).toEqual([
      { date, phrase, start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length, sentence: null },
    ]);
  });

  test.each([
    ['Now the work starts.'],
    ['Today we report.'],
    ['About 3/4 agreed.'],
    ['He scored 12 points.'],
    ['The rain lasted for two days.'],
    ['They built it in one day.'],
    ['Under the midnight sun the town stays awake.'],
  ])('%s adds nothing', (sentence) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW })).toEqual([]);
  });

  test('keeps one entry per date, the first mention, sorted by date', () => {
    const story = 'On Tuesday, he left. In December, they met. He had left on Tuesday before.';
    expect(findTimeline(story, { published: PUBLISHED, now: NOW }).map((entry) => [entry.date, entry.start])).toEqual([
      ['2024-12', 21],
      ['2025-04-08', 0],
    ]);
  });

  test('a date phrase stops at a blank line: the next paragraph\'s number is not part of it', () => {
    const story = 'The vote is set for tomorrow\n\n19 members have signed the letter.';
    expect(findTimeline(story, { published: PUBLISHED, now: NOW }).map((entry) => entry.phrase)).toEqual(['tomorrow']);
  });

  test('places each date in the sentence that mentions it', () => {
    const story = 'On Tuesday, he left. In December, they met.';
    const sentences = splitSentences(story);
    const timeline = findTimeline(story, { published: PUBLISHED, now: NOW, sentences });
    expect(timeline.map((entry) => entry.sentence && story.slice(entry.sentence.start, entry.sentence.end))).toEqual([
      'In December, they met.',
      'On Tuesday, he left.',
    ]);
  });

  test('without a publication date, resolves against now', () => {
    expect(findTimeline('In December, talks began.', { published: null, now: NOW }).map((e) => e.date)).toEqual(['2025-12']);
  });
});
