// 'auto' asks buildDigest for as many highlights as the story's length deserves,
// from the word count the digest reports.
import { expect, test } from 'vitest';
import { articleFromText, buildDigest } from '../../src/digest/build-digest.ts';
import { highlightCount } from '../../src/highlights/highlight-count.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const sentence = (i: number): string =>
  `The council of district ${i} approved a new budget for schools, roads and parks after a long debate on Tuesday.`;
const story = Array.from({ length: 160 }, (_, i) => sentence(i)).join(' ');

test("'auto' picks the count for the story's word count; a number is used as is", () => {
  const auto = buildDigest(articleFromText(story), { now: NOW, highlights: 'auto' });
  expect(highlightCount(auto.wordCount)).toBeGreaterThan(3);
  expect(auto.highlights).toHaveLength(highlightCount(auto.wordCount));
  expect(buildDigest(articleFromText(story), { now: NOW, highlights: 2 }).highlights).toHaveLength(2);
});

test("the timeline is read in the story's language", () => {
  const german = [
    'Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke abzureißen und neu zu bauen.',
    'Im Dezember hatten die Gutachter vor dem Zustand der Pfeiler gewarnt, die sich seit Jahren absenken.',
    'Die Arbeiten sollen im Frühjahr beginnen und werden nach Angaben der Stadt etwa drei Jahre dauern.',
  ].join(' ');
  const article = { ...articleFromText(german), lang: 'de', dateCandidates: [{ source: 'meta' as const, value: '2025-04-10', hint: 'date', kind: null }] };
  const digest = buildDigest(article, { now: NOW });
  expect(digest.language).toBe('de');
  expect(digest.timeline.map((entry) => [entry.date, entry.phrase])).toEqual([
    ['2024-12', 'Im Dezember'],
    ['2025-04-08', 'am Dienstag'],
  ]);
});
