import { describe, expect, test } from 'vitest';
import { formatIso } from '../../src/dates/date-parts.ts';
import { parseDateText } from '../../src/dates/parse-date-text.ts';

const firstIso = (text: string): string | null => {
  const found = parseDateText(text)[0];
  return found ? formatIso(found.parts) : null;
};

describe('parseDateText', () => {
  test.each([
    ['2025-04-10T19:42:00-04:00', '2025-04-10T19:42:00-04:00'],
    ['2025-04-10T23:42:00.000Z', '2025-04-10T23:42:00Z'],
    ['2025-04-10T19:42:00+0200', '2025-04-10T19:42:00+02:00'],
    ['2025-04-10 19:42', '2025-04-10T19:42'],
    ['2025-04-10', '2025-04-10'],
    // A server's stamp with its zone's abbreviation.
    ['2021-02-20 13:52:51 UTC', '2021-02-20T13:52:51Z'],
    ['2021-09-29T00:30:00PDT', '2021-09-29T00:30:00-07:00'],
    ['2021-05-11T4:10:00', '2021-05-11T04:10:00'],
    ['2021-05-06 7:12:00 -0700', '2021-05-06T07:12:00-07:00'],
    ['20120511', '2012-05-11'],
    ['2012/05/11', '2012-05-11'],
    ['Apr 10, 2025, 7:42 PM', '2025-04-10T19:42'],
    ['Apr 14, 2025, 12:00 AM', '2025-04-14T00:00'],
    ['April 10th, 2025', '2025-04-10'],
    ['10. April 2025', '2025-04-10'],
    ['10. März 2025, 14:05 Uhr', '2025-03-10T14:05'],
    ['10.04.2025', '2025-04-10'],
    ['Stand: 10.04.25 19.42 Uhr', '2025-04-10T19:42'],
    ['10 avril 2025', '2025-04-10'],
    ['10 de abril de 2025', '2025-04-10'],
    ['Updated 3:45 PM EDT, Thu April 10, 2025', '2025-04-10T15:45-04:00'],
    ['Posted on 4/10/2025', '2025-04-10'],
    ['25/12/2019', '2019-12-25'],
    // The time after a date, in each language's words and clock styles.
    ['Publié le 5 juin 2024 à 18h02', '2024-06-05T18:02'],
    ['18h02 le 5 juin 2024', '2024-06-05T18:02'],
    ['4 de junho de 2025 às 9h30', '2025-06-04T09:30'],
    ['10 de abril de 2025 a las 10:30 hs', '2025-04-10T10:30'],
    ['10 april 2025 om 9.30 uur', '2025-04-10T09:30'],
    ['6 May 2022 - 2:00 a. m.', '2022-05-06T02:00'],
    ['last edited on 4 May 2021, at 10:15.', '2021-05-04T10:15'],
    ['posted on March 3, 2021, at 9:40 a.m.', '2021-03-03T09:40'],
    // Cyrillic and Polish pages print the genitive month.
    ['15 августа 2016, 13:43', '2016-08-15T13:43'],
    ['3 березня 2021', '2021-03-03'],
    ['12 października 2020', '2020-10-12'],
    // Danish, Norwegian, Swedish, Catalan and Arabic month names.
    ['10. marts 2021', '2021-03-10'],
    ['3. desember 2021', '2021-12-03'],
    ['5 augusti 2021', '2021-08-05'],
    ['23 març 2021', '2021-03-23'],
    ['ديسمبر 24, 2021', '2021-12-24'],
    // Chinese, Japanese and Korean pages.
    ['2020年07月12日', '2020-07-12'],
    ['2020年7月11日 22:00', '2020-07-11T22:00'],
    ['2021년 3월 5일', '2021-03-05'],
    // German typesetting with (thin) spaces after the dots.
    ['Von Deutscher Tennis Bund 4.\u20092.\u20092022.', '2022-02-04'],
    ['4. 2. 2022', '2022-02-04'],
    // A two-digit year after slashes or dashes, with the clock a board prints beside it.
    ['Posted by kim on 26/10/13, 03:48 pm', '2013-10-26T15:48'],
    ['14:05 26-09-20', '2020-09-26T14:05'],
    // Numbers set apart by a spaced mark, as some designs set a dateline.
    ['Reportage · 14 | 03 | 2021 · Wallis', '2021-03-14'],
    ['Am 14 / 03 / 2021 um 9:15', '2021-03-14T09:15'],
  ])('%s → %s', (text, iso) => {
    expect(firstIso(text)).toBe(iso);
  });

  test.each([
    ['version 1.2.3'],
    ['Page 12 of 2015'],
    ['2025-02-30'],
    ['call 0800 123 4567'],
    ['Kapitel 4. 2. 22'],
    ['Final score 26/10/13'],
    ['Ratio 3-12-20 in the sample'],
    ['Rows 3 | 14 | 20215 of the table'],
  ])('%s has no date', (text) => {
    expect(parseDateText(text)).toEqual([]);
  });

  test('finds several dates in order with their offsets', () => {
    const text = 'Published April 10, 2025 · Updated April 14, 2025';
    const found = parseDateText(text).map((date) => [formatIso(date.parts), text.slice(date.start, date.end)]);
    expect(found).toEqual([
      ['2025-04-10', 'April 10, 2025'],
      ['2025-04-14', 'April 14, 2025'],
    ]);
  });
});
