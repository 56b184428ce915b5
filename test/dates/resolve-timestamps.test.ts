import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectDateCandidates } from '../../src/dates/collect-date-candidates.ts';
import { resolveTimestamps } from '../../src/dates/resolve-timestamps.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import type { DateCandidate } from '../../src/types.ts';

const SEED = join(import.meta.dirname, '../../../shared/fixtures/seed');
const NOW = new Date('2026-01-01T00:00:00Z');
const expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as {
  pages: Record<string, { published: string; updated: string }>;
};

const resolve = (candidates: DateCandidate[], url: string | null = null) => resolveTimestamps(candidates, { url, now: NOW });
const meta = (hint: string, value: string, kind: DateCandidate['kind'] = null): DateCandidate => ({ source: 'meta', value, hint, kind });
const text = (value: string, hint = 'span.date in:main at:-20', kind: DateCandidate['kind'] = null): DateCandidate => ({
  source: 'visible-text', value, hint, kind,
});

describe('resolveTimestamps on the seed pages', () => {
  test.each(Object.keys(expected.pages))('%s gives exactly expected.json', (file) => {
    const doc = parseHtml(readFileSync(join(SEED, file), 'utf8'));
    const { published, updated } = expected.pages[file] ?? { published: '', updated: '' };
    expect(resolve(collectDateCandidates(doc, null))).toEqual({ published, updated });
  });
});

describe('resolveTimestamps', () => {
  test('nothing to go on gives nulls', () => {
    expect(resolve([])).toEqual({ published: null, updated: null });
  });

  test('JSON-LD beats a date-like line of text elsewhere', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2020-05-01T09:00:00+02:00', hint: 'NewsArticle.datePublished', kind: 'published' },
      text('3 June 2020', 'p in:main at:2500'),
    ];
    expect(resolve(candidates)).toEqual({ published: '2020-05-01T09:00:00+02:00', updated: null });
  });

  test('a comment\'s JSON-LD date does not count', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2020-06-01', hint: 'Comment.dateCreated', kind: 'published' },
      meta('date', '2020-05-01'),
    ];
    expect(resolve(candidates).published).toBe('2020-05-01');
  });

  test('labels decide published vs updated, whatever the order', () => {
    const candidates = [text('Aktualisiert 12.04.2025', 'p.meta in:main at:-10', 'updated'), text('10.04.2025', 'p.meta in:main at:-30')];
    expect(resolve(candidates)).toEqual({ published: '2025-04-10', updated: '2025-04-12' });
  });

  test('a page that only prints when it last changed is dated by that, not by a date its text mentions', () => {
    const candidates = [
      text('Seit 4. August 2014 gilt das Gesetz', 'p < div.text in:main at:9000 prose'),
      text('Aktualisiert: 30.12.2016', 'p.info < div in:main at:9500', 'updated'),
    ];
    expect(resolve(candidates)).toEqual({ published: '2016-12-30', updated: null });
  });

  test('a date element repeated down the page is a list of other stories', () => {
    const candidates = [
      text('22. Oktober 2019', 'span.published < p.post-byline in:main at:90'),
      ...['2009-04-11', '2013-09-27', '2012-01-01'].map((value): DateCandidate => ({
        source: 'time-element', value, hint: 'time.published.updated < p.post-date in:main at:3900', kind: 'published',
      })),
    ];
    expect(resolve(candidates).published).toBe('2019-10-22');
  });

  test('dates of items whose ids differ only by their number are a list: a front page is as recent as its newest post', () => {
    const candidates = [
      text('Mar 07 2016', 'div.date < div.post#post-311 in:main at:2100'),
      text('Mar 02 2016', 'div.date < div.post#post-307 in:main at:2900'),
      text('Feb 21 2016', 'div.date < div.post#post-298 in:main at:3700'),
    ];
    expect(resolve(candidates).published).toBe('2016-03-07');
  });

  test('the page\'s own day beats the UTC day of the same moment', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2023-11-09T02:11:03+00:00', hint: 'NewsArticle.datePublished', kind: 'published' },
      { source: 'time-element', value: '2023-11-08T21:11:03-05:00', hint: 'time.pub-date < div in:main at:30', kind: null },
    ];
    expect(resolve(candidates).published).toBe('2023-11-08T21:11:03-05:00');
  });

  test('a UTC stamp printed by the page as its own wall clock is reported on that clock, with the offset the two imply', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2020-05-02T02:54:00Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      text('May 1, 2020 at 10:54 PM', 'span.date < div.byline in:main at:40'),
    ];
    expect(resolve(candidates).published).toBe('2020-05-01T22:54:00-04:00');
  });

  test('a printed wall clock stating the stamp\'s very minute is the page\'s clock even where a printed day alone would not be trusted', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2022-05-04T02:41:00Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      text('3/5/2022 22:41', 'small < div.meta in:main at:900'),
    ];
    expect(resolve(candidates).published).toBe('2022-05-03T22:41:00-04:00');
  });

  test('a printed time at no time zone\'s distance from the stamp is another moment: the stamp stays', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2020-05-02T02:54:00Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      text('May 1, 2020 at 10:07 PM', 'span.date < div.byline in:main at:40'),
    ];
    expect(resolve(candidates).published).toBe('2020-05-02T02:54:00Z');
  });

  test('a UTC stamp on a page that prints no date is read on the clock of the zone its site declares', () => {
    const stamps: DateCandidate[] = [
      { source: 'json-ld', value: '2021-07-03T01:30:00Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      { source: 'json-ld', value: '2021-07-03T02:05:00Z', hint: 'NewsArticle.dateModified', kind: 'updated' },
    ];
    const zone = meta('script:timezone', 'America/Chicago');
    expect(resolve([...stamps, zone])).toEqual({ published: '2021-07-02T20:30:00-05:00', updated: '2021-07-02T21:05:00-05:00' });
    // A day the byline prints outranks the declared zone; where the two agree, the zone adds the clock.
    expect(resolve([...stamps, zone, text('July 3, 2021', 'span.date < div.byline in:main at:40')]).published).toBe('2021-07-03T01:30:00Z');
    const winter = { source: 'json-ld', value: '2021-01-12T09:30:00Z', hint: 'NewsArticle.datePublished', kind: 'published' } as const;
    expect(resolve([winter, meta('script:timezone', 'Europe/Vienna'), text('12. Jänner 2021', 'span.date < div.byline in:main at:40')]).published)
      .toBe('2021-01-12T10:30:00+01:00');
    // A zone name the runtime does not know changes nothing.
    expect(resolve([...stamps, meta('script:timezone', 'Europe/Atlantis')]).published).toBe('2021-07-03T01:30:00Z');
  });

  test('a UTC stamp whose moment the byline prints on the page\'s clock takes that clock, even when the earliest clue is a bare day', () => {
    const candidates: DateCandidate[] = [
      text('Tuesday, June 8, 2021', 'span.dateline < header in:main at:-30'),
      { source: 'json-ld', value: '2021-06-08T15:20:00Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      { source: 'meta', value: '2021-06-08T15:20:41', hint: 'article:modified_time', kind: 'updated' },
      text('By Ann Lee | June 8, 2021 11:20 AM', 'div.byline-date < div.byline in:main at:60'),
    ];
    // The modified stamp without an offset is the same minute on UTC's clock: no update.
    expect(resolve(candidates)).toEqual({ published: '2021-06-08T11:20:00-04:00', updated: null });
  });

  test('once the page shows its zone, a UTC update is read in that zone too', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2023-11-08T21:11:03-05:00', hint: 'NewsArticle.datePublished', kind: 'published' },
      { source: 'json-ld', value: '2023-11-09T02:15:40Z', hint: 'NewsArticle.dateModified', kind: 'updated' },
    ];
    expect(resolve(candidates)).toEqual({ published: '2023-11-08T21:11:03-05:00', updated: '2023-11-08T21:15:40-05:00' });
  });

  test('a UTC publication is read on the clock the page prints its update in', () => {
    const stamps: DateCandidate[] = [
      { source: 'json-ld', value: '2024-03-06T02:10:00Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      { source: 'json-ld', value: '2024-03-06T05:30:00Z', hint: 'NewsArticle.dateModified', kind: 'updated' },
    ];
    const printedUpdate: DateCandidate = {
      source: 'time-element', value: '2024-03-06T05:30:00Z | 12:30 am EST, Wednesday, March 6, 2024', hint: 'time < span.timestamp in:main at:90', kind: 'updated',
    };
    expect(resolve([...stamps, printedUpdate])).toEqual({ published: '2024-03-05T21:10:00-05:00', updated: '2024-03-06T00:30:00-05:00' });
    // A meta tag's offset may be the server's, not the page's: the publication stays on UTC's clock.
    const metaUpdate = meta('article:modified_time', '2024-03-06T00:30:00-05:00', 'updated');
    expect(resolve([stamps[0]!, metaUpdate]).published).toBe('2024-03-06T02:10:00Z');
  });

  test('the one date printed by the headline, later than the machine\'s publication and confirmed by its modified stamp, dates the page', () => {
    const machine: DateCandidate[] = [
      { source: 'json-ld', value: '2025-01-10', hint: 'Article.datePublished', kind: 'published' },
      { source: 'json-ld', value: '2025-03-06T09:10:00+01:00', hint: 'Article.dateModified', kind: 'updated' },
    ];
    const printed = text('Aktualisiert am 06. März 2025', 'span.changed-date < div.article-meta in:main at:40', 'updated');
    expect(resolve([...machine, printed])).toEqual({ published: '2025-03-06T09:10:00+01:00', updated: null });
    // Printed but not confirmed by the machine's own data, or confirmed but not printed: the first publication stays.
    expect(resolve([machine[0] as DateCandidate, printed])).toEqual({ published: '2025-01-10', updated: '2025-03-06' });
    expect(resolve(machine)).toEqual({ published: '2025-01-10', updated: '2025-03-06T09:10:00+01:00' });
  });

  test('a day printed far from the headline (a "Publiziert" line at the story\'s foot) does not overrule the one the headline shows', () => {
    const machine: DateCandidate[] = [
      { source: 'json-ld', value: '2025-01-10T08:00:00Z', hint: 'Article.datePublished', kind: 'published' },
      { source: 'json-ld', value: '2025-03-06T09:10:00Z', hint: 'Article.dateModified', kind: 'updated' },
    ];
    const shown = text('Aktualisiert: 06.03.2025, 10:10', 'span.changed-date < div.article-meta in:main at:40', 'updated');
    const foot = (at: number): DateCandidate => text('Publiziert: 10.01.2025, 09:00', `span.first-date < div.article-foot in:main at:${at}`, 'published');
    expect(resolve([...machine, shown, foot(6200)]).published?.slice(0, 10)).toBe('2025-03-06');
    // Printed by the headline too, the first publication stands.
    expect(resolve([...machine, shown, foot(90)]).published?.slice(0, 10)).toBe('2025-01-10');
  });

  test('a machine stamp equal to its modified stamp was written at the last save: an earlier dateline by the headline is the first publication', () => {
    const stamps = (published: string, modified: string): DateCandidate[] => [
      { source: 'json-ld', value: published, hint: 'NewsArticle.datePublished', kind: 'published' },
      { source: 'json-ld', value: modified, hint: 'NewsArticle.dateModified', kind: 'updated' },
    ];
    const dateline = text('February 2, 2024 / 12:25 PM / Updated 8 hours ago', 'div.article-date < div.header in:main at:-50');
    expect(resolve([...stamps('2024-02-03T09:49:32Z', '2024-02-03T09:49:32Z'), dateline]).published).toBe('2024-02-02T12:25');
    // A later edit of its own, or a date printed away from the headline (an embedded post): the stamp stays.
    expect(resolve([...stamps('2024-02-03T09:49:32Z', '2024-02-03T11:02:00Z'), dateline]).published).toBe('2024-02-03T09:49:32Z');
    const embedded = text('February 2, 2024 / 12:25 PM', 'p < blockquote in:main at:1700');
    expect(resolve([...stamps('2024-02-03T09:49:32Z', '2024-02-03T09:49:32Z'), embedded]).published).toBe('2024-02-03T09:49:32Z');
  });

  test('a UTC timestamp keeps its day when the byline prints that day, whatever the header\'s clock says', () => {
    const candidates: DateCandidate[] = [
      { source: 'json-ld', value: '2022-05-03T20:51:06.620Z', hint: 'NewsArticle.datePublished', kind: 'published' },
      text('Miércoles 4 de Mayo de 2022', 'div.mhh-date-item < div.mhh-date-container in:main at:-129'),
      text('3 de Mayo de 2022', 'div.byline-datetime < div.byline-text-wrapper in:main at:343'),
    ];
    expect(resolve(candidates).published).toBe('2022-05-03T20:51:06Z');
  });

  test.each([
    ['another clue confirms day-first', 'https://example.com.br/politica/2022/05/04/tregua', '2022-05-04'],
    ['nothing else on the page: month first, as in the US', null, '2022-04-05'],
  ])('an ambiguous 04/05/2022 when %s', (_why, url, published) => {
    expect(resolve([text('postado em 04/05/2022', 'small < div.date in:main at:300')], url).published).toBe(published);
  });

  test('midnight to the second with no zone is a day written as a timestamp: the clock the page states for that day wins', () => {
    const candidates: DateCandidate[] = [
      { source: 'time-element', value: '2021-06-14T00:00:00 | 14 juin 2021', hint: 'time.date < div.header-day in:main at:-120', kind: null },
      { source: 'time-element', value: '2021-06-14T08:12:40 | 14 juin 2021 à 08:12', hint: 'time < div.info in:main at:40', kind: null },
      meta('article:published_time', '2021-06-14T08:12:40', 'published'),
    ];
    expect(resolve(candidates).published).toBe('2021-06-14T08:12:40');
  });

  test('a modified stamp on the published one\'s own wall clock, without its offset, or before it, is no update', () => {
    const published = { source: 'json-ld' as const, value: '2021-04-01T09:30:00+02:00', hint: 'NewsArticle.datePublished', kind: 'published' as const };
    const modified = (value: string): DateCandidate => ({ source: 'json-ld', value, hint: 'NewsArticle.dateModified', kind: 'updated' });
    expect(resolve([published, modified('2021-04-01 09:30:00')]).updated).toBeNull();
    expect(resolve([published, modified('2021-04-01 09:12:45')]).updated).toBeNull();
    expect(resolve([published, modified('2021-04-01 11:05:00')]).updated).toBe('2021-04-01T11:05:00');
  });

  test('a modified stamp at the minute of the publication stamp the printed day stood in for is no update', () => {
    const machine = (key: string, value: string, kind: DateCandidate['kind']): DateCandidate => ({ source: 'json-ld', value, hint: `NewsArticle.${key}`, kind });
    const printed = text('March 4, 2021', 'div.story-date < div.byline in:main at:60');
    const published = machine('datePublished', '2021-03-05T02:30:00Z', 'published');
    expect(resolve([published, machine('dateModified', '2021-03-05T02:30:20Z', 'updated'), printed])).toEqual({ published: '2021-03-04', updated: null });
    expect(resolve([published, machine('dateModified', '2021-03-05T15:00:00Z', 'updated'), printed]).updated).toBe('2021-03-05T15:00:00Z');
  });

  test('an ambiguous 02/10/2020 takes the reading near the other dates the page gives (a UK page)', () => {
    const candidates = [
      text('02/10/2020', 'span.time < span in:main at:73'),
      text('Manchester, Sept. 29, 2020 -- A girl walks past the student halls', 'span.caption < span in:main at:3149 prose'),
    ];
    expect(resolve(candidates).published).toBe('2020-10-02');
    expect(resolve([candidates[0] as DateCandidate]).published).toBe('2020-02-10');
  });

  test('two copies of the same ambiguous date confirm neither reading', () => {
    const candidates = [
      text('postado em 04/05/2022 05:49', 'small < div.date in:main at:300'),
      text('atualizado em 04/05/2022 07:10', 'small < div.date in:main at:300', 'updated'),
      meta('date', '2022-05-04'),
    ];
    expect(resolve(candidates)).toEqual({ published: '2022-05-04T05:49', updated: '2022-05-04T07:10' });
  });

  test('a printed update before the machine date bounds the first publication (tagesschau-like)', () => {
    const candidates = [
      meta('date', '2020-04-29T11:52:23'),
      text('Stand: 28.04.2020 18:00 Uhr', 'span.stand < p.text in:main at:55', 'updated'),
      text('Weitere Meldungen, 04.06.2019', 'a < li in:main at:6986'),
    ];
    expect(resolve(candidates)).toEqual({ published: '2020-04-28T18:00', updated: null });
  });

  test('a page-wide "Stand:" line, even in a print footer, dates the page over a date its text mentions', () => {
    const candidates = [
      text('haben am Donnerstag, 28. September 2017, dem Gemeinderat ihren', 'p.entry-descr < div.entry in:main at:3803 prose'),
      text('Ihr Pfad: stuttgart.de [Stand: 09.10.2017, 01:40 Uhr]', 'p.print#footer_print in:aside at:8020', 'updated'),
    ];
    expect(resolve(candidates)).toEqual({ published: '2017-10-09T01:40', updated: null });
  });

  test('a date a sentence mentions well down the story is an event, not the page\'s date: no date rather than that one', () => {
    const deep = 'p < div.body in:main at:4200 prose';
    expect(resolve([text('Die Brücke wurde am 14. März 2021 eröffnet und kostete', deep)]).published).toBeNull();
    expect(resolve([text('the bridge opened on March 14, 2021 after two years', deep)]).published).toBeNull();
    // The container's name is the whole story's, not the sentence's: a story box named 'info' holds no dateline.
    expect(resolve([text('the bridge opened on March 14, 2021 after two years', 'p < div.storyinfo-body in:main at:4200 prose')]).published).toBeNull();
    // A dateline alone on its line, a labelled date, or a sentence by the headline still date the page.
    expect(resolve([text('Lübeck, den 14. März 2021', deep)]).published).toBe('2021-03-14');
    expect(resolve([text('Posted on March 14, 2021 by the editors of the weekly harbour newsletter', 'p.post-meta < div.body in:main at:4200 prose')]).published).toBe('2021-03-14');
    expect(resolve([text('Veröffentlicht am 14. März 2021 von der Redaktion', deep, 'published')]).published).toBe('2021-03-14');
    expect(resolve([text('Am 14. März 2021 öffnet die neue Brücke für alle', 'p < div.body in:main at:120 prose')]).published).toBe('2021-03-14');
  });

  test('without labels the earlier is published and the later updated', () => {
    expect(resolve([text('12 April 2025'), text('10 April 2025')])).toEqual({ published: '2025-04-10', updated: '2025-04-12' });
  });

  test.each([
    ['a date after now', '2027-01-01'],
    ['a date before the web', '1990-03-04'],
  ])('rejects %s', (_why, value) => {
    expect(resolve([meta('article:published_time', value)]).published).toBeNull();
  });

  test('reads the URL path when nothing else dates the page', () => {
    expect(resolve([], 'https://example.com/news/2019/07/04/fireworks/')).toEqual({ published: '2019-07-04', updated: null });
  });

  test('the day in the share image\'s path dates a page that states nothing else, and loses to any dated line', () => {
    const image = meta('image:og:image', 'https://www.eff.org/files/2016/05/04/ar-2015-og.png');
    expect(resolve([image]).published).toBe('2016-05-04');
    expect(resolve([image, text('Posted June 1, 2016', 'p.byline in:main at:40')]).published).toBe('2016-06-01');
    expect(resolve([meta('image:og:image', 'https://example.org/wp-content/uploads/2016/05/cover.jpg')]).published).toBeNull();
  });

  test('keeps the most precise statement of the chosen day', () => {
    const candidates = [meta('date', '2019-07-04'), { source: 'time-element', value: '2019-07-04T21:15:00-04:00', hint: 'time in:main at:10', kind: null } as const];
    expect(resolve(candidates).published).toBe('2019-07-04T21:15:00-04:00');
  });

  test('dates in comments lose to the story\'s own', () => {
    const candidates = [text('May 1, 2020', 'p.byline in:main at:20'), text('May 9, 2020', 'span.date in:comment at:3000')];
    expect(resolve(candidates)).toEqual({ published: '2020-05-01', updated: null });
  });
});

describe('a <time> whose machine value is UTC and whose own text shows the page\'s clock', () => {
  const story = (time: string, head = ''): Document => parseHtml(
    `<!doctype html><html><head>${head}</head><body><article><h1>Night trains resume on the coast line</h1>` +
    `<p class="byline">By Dana Reyes ${time}</p><p>The first train left at dawn.</p></article></body></html>`,
  );
  const published = (doc: Document): string | null => resolve(collectDateCandidates(doc, null)).published;

  test.each([
    ['<time datetime="2021-03-10T03:20:00Z">March 9, 2021</time>', '2021-03-09'],
    ['<time datetime="2021-03-10T03:20:00Z">March 9, 2021, 10:20 PM</time>', '2021-03-09T22:20:00-05:00'],
    ['<time datetime="2021-07-10T03:20:00Z">July 9, 2021 11:20 PM EDT</time>', '2021-07-09T23:20:00-04:00'],
  ])('is read on the page\'s clock: the day the moment falls on, the wall clock with its offset: %s', (time, expected) => {
    expect(published(story(time))).toBe(expected);
  });

  test('keeps its UTC value when the text shows the same day, or a clock at no zone\'s distance', () => {
    expect(published(story('<time datetime="2021-03-10T03:20:00Z">10 March 2021</time>'))).toBe('2021-03-10T03:20:00Z');
    expect(published(story('<time datetime="2021-03-10T03:20:00Z">March 9, 2021, 10:27 PM</time>'))).toBe('2021-03-10T03:20:00Z');
  });

  test('the shown day wins over the same UTC moment in the page\'s meta tags', () => {
    const head = '<meta property="article:published_time" content="2021-03-10T03:20:00Z">';
    expect(published(story('<time datetime="2021-03-10T03:20:00Z">March 9, 2021</time>', head))).toBe('2021-03-09');
  });
});
