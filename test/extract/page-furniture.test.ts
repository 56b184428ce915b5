import { describe, expect, test } from 'vitest';
import { isDateOnly } from '../../src/extract/date-line.ts';
import { cleanByline } from '../../src/extract/page-furniture.ts';

describe('isDateOnly', () => {
  test.each([
    ['Apr 14, 2025, 12:00 AM Apr 10, 2025, 7:42 PM', true],
    ['Updated 3:45 PM EDT, Thu April 10, 2025', true],
    ['10.04.2025 | 19:42', true],
    ['Published on 2025-04-10', true],
    ['Aktualisiert am Dienstag, 3. März 2025, 10:15 Uhr', true],
    ['Publié le 5 juin 2024 à 18h02', true],
    ['quarta-feira, 4 de junho de 2025 às 9:30', true],
    ['Today 12:01 AM', true],
    // A zone whose offset the dates cannot tell is still a timestamp's word; a word that is also a zone's name is not.
    ['Updated 9:05 pm CST, Friday, March 6, 2026', true],
    ['Mar 6, 2026, 06:15 PM IST', true],
    ['Cat 6, March 2026', false],
    ['In December, officials met.', false],
    ['Opinions', false],
    ['April 10, 2025: the day the talks failed', false],
    // Numbers alone, a year alone and a phone number are not timestamps.
    ['63', false],
    ['2019', false],
    ['+81 158-23-2012', false],
  ])('%s → %s', (text, expected) => {
    expect(isDateOnly(text)).toBe(expected);
  });
});

test.each([
  ['Newsroom staff · April 10, 2025', 'Newsroom staff'],
  ['By Jane Doe', 'Jane Doe'],
  ['Jane Doe | Mar 3, 2024', 'Jane Doe'],
  ['Jane Doe - Political Correspondent', 'Jane Doe · Political Correspondent'],
  ['April 10, 2025', null],
  ['von hseppelt', 'hseppelt'],
  ['Von Jo Lind und Ana Ruiz', 'Jo Lind und Ana Ruiz'],
  ['Por Ana Ruiz · 3 de marzo de 2024', 'Ana Ruiz'],
  ['a cura di Marco Bini', 'Marco Bini'],
  ['Autorin: Jo Lind', 'Jo Lind'],
  ['Par : Lou Marin', 'Lou Marin'],
  ['Von Miller', 'Von Miller'],
  ['Von Jo Lind am 08.12.2025', 'Jo Lind'],
  ['Redaktion, 24. Januar 2025', 'Redaktion'],
  ['von Ulrike 18.10.2025 16:06 Uhr', 'Ulrike'],
  ['Jane Doe on March 3, 2025 at 10:15 am', 'Jane Doe'],
  ['Agent 47', 'Agent 47'],
  ['Nicole Marx22. Februar 2025', 'Nicole Marx'],
  ['Tom Ruiz14 Dec 2025', 'Tom Ruiz'],
  ['Di Maria', 'Di Maria'],
])('cleanByline(%s) → %s', (input, expected) => {
  expect(cleanByline(input)).toBe(expected);
});
