import { describe, expect, test } from 'vitest';
import { collectDateCandidates } from '../../src/dates/collect-date-candidates.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import type { DateCandidate } from '../../src/types.ts';

const page = (head: string, body: string): Document =>
  parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

const pick = (candidates: DateCandidate[]) => candidates.map(({ source, value, kind }) => ({ source, value, kind }));

describe('collectDateCandidates', () => {
  test('reads JSON-LD through @graph, arrays and nesting, with the key and @type as hint', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', dateModified: '2020-01-03' },
        [{ '@type': 'NewsArticle', datePublished: '2020-01-01T08:00:00+01:00', comment: { '@type': 'Comment', dateCreated: '2020-01-02' } }],
      ],
    });
    const candidates = collectDateCandidates(page(`<script type="application/ld+json">${jsonLd}</script>`, ''), null);
    expect(candidates.map((c) => [c.value, c.hint, c.kind])).toEqual([
      ['2020-01-03', 'WebPage.dateModified', 'updated'],
      ['2020-01-01T08:00:00+01:00', 'NewsArticle.datePublished', 'published'],
      ['2020-01-02', 'Comment.dateCreated', 'published'],
    ]);
  });

  test('reads the keys of JSON-LD that JSON.parse rejects', () => {
    const sloppy = '{"@type": "BlogPosting", "datePublished": "2019-05-06", }';
    const candidates = collectDateCandidates(page(`<script type="application/ld+json">${sloppy}</script>`, ''), null);
    expect(pick(candidates)).toEqual([{ source: 'json-ld', value: '2019-05-06', kind: 'published' }]);
  });

  test.each([
    ['<meta property="article:published_time" content="2021-02-03T04:05:06Z">', 'article:published_time', 'published'],
    ['<meta property="og:updated_time" content="2021-02-04">', 'og:updated_time', 'updated'],
    ['<meta itemprop="datePublished" content="2021-02-03">', 'itemprop:datepublished', 'published'],
    ['<meta name="DC.date.issued" content="2021-02-03">', 'dc.date.issued', 'published'],
    ['<meta name="parsely-pub-date" content="2021-02-03">', 'parsely-pub-date', 'published'],
    ['<meta name="sailthru.date" content="2021-02-03">', 'sailthru.date', null],
    ['<meta name="date" content="2021-02-03">', 'date', null],
  ])('reads meta %s', (tag, hint, kind) => {
    const [candidate] = collectDateCandidates(page(tag, ''), null);
    expect(candidate).toMatchObject({ source: 'meta', hint, kind });
  });

  test('keeps the first share image address, whose path may carry the upload day', () => {
    const head = '<meta property="og:image" content="https://www.eff.org/files/2016/05/04/ar-2015-og.png">' +
      '<meta name="twitter:image" content="https://www.eff.org/files/2016/05/04/ar-2015-tw.png">';
    expect(collectDateCandidates(page(head, ''), null)).toEqual([
      { source: 'meta', value: 'https://www.eff.org/files/2016/05/04/ar-2015-og.png', hint: 'image:og:image', kind: null },
    ]);
  });

  test('ignores meta tags that are not dates', () => {
    const head = '<meta name="viewport" content="width=device-width"><meta property="og:title" content="2021">';
    expect(collectDateCandidates(page(head, ''), null)).toEqual([]);
  });

  test('reads <time datetime> with the label printed before it and the class it carries', () => {
    const body = `<article><h1>A headline long enough</h1>
      <p>By Jane · Updated <time datetime="2022-03-05T10:00:00+01:00">5 March</time></p>
      <time class="entry-date published" datetime="2022-03-01">1 March</time></article>`;
    const times = collectDateCandidates(page('', body), null).filter((c) => c.source === 'time-element');
    expect(times.map((c) => [c.value.split(' | ')[0], c.kind])).toEqual([
      ['2022-03-05T10:00:00+01:00', 'updated'],
      ['2022-03-01', 'published'],
    ]);
    expect(times[0]?.hint).toMatch(/^time < p in:main at:\d+$/);
  });

  test('reads the label a <time> prints itself before its date; one saying when something takes effect is no candidate', () => {
    const body = `<article><h1>Harbour fees go up for the summer</h1>
      <p class="stamp"><time datetime="2022-03-01T08:00:00Z">Published: 1 March 2022</time>
      <time datetime="2022-03-05T10:00:00Z">Last updated 5 March 2022, 11:00</time></p>
      <p><time datetime="2022-06-01">Gültig ab 1. Juni 2022</time></p></article>`;
    const times = collectDateCandidates(page('', body), null).filter((c) => c.source === 'time-element');
    expect(times.map((c) => [c.value.split(' | ')[0], c.kind])).toEqual([
      ['2022-03-01T08:00:00Z', 'published'],
      ['2022-03-05T10:00:00Z', 'updated'],
    ]);
  });

  test('reads a bare <time> with no attribute at all: the tag alone marks a date', () => {
    const body = '<article><h1>Tenants stop paying rent</h1><ul class="info"><li>By Ann Lee</li><li><time>29.04.2020, 12:01 Uhr</time></li></ul></article>';
    expect(pick(collectDateCandidates(page('', body), null))).toEqual([{ source: 'time-element', value: '29.04.2020, 12:01 Uhr', kind: null }]);
  });

  test('reads bare visible dates near the headline, in document order (the seed layout)', () => {
    const body = `<article><div class="story-dates"><span class="date">Apr 14, 2025, 12:00 AM</span>
      <span class="date">Apr 10, 2025, 7:42 PM</span></div><h1>Chinese officials admit to it</h1><p>Text.</p></article>`;
    const visible = collectDateCandidates(page('', body), null);
    expect(visible.map((c) => [c.source, c.kind])).toEqual([['visible-text', null], ['visible-text', null]]);
    expect(visible[0]?.value).toContain('Apr 14, 2025, 12:00 AM');
    expect(visible[1]?.value).toMatch(/Apr 10, 2025, 7:42 PM$/);
    expect(visible[1]?.hint).toMatch(/^span\.date < div\.story-dates in:main at:-\d+$/);
  });

  test.each([
    ['Aktualisiert am 10.04.2025', 'updated'],
    ['Mis à jour le 10 avril 2025', 'updated'],
    ['Veröffentlicht am 10. April 2025', 'published'],
    ['Published: April 10, 2025', 'published'],
    ['April 10, 2025', null],
  ])('labels visible text %s as %s', (text, kind) => {
    const [candidate] = collectDateCandidates(page('', `<p class="meta">${text}</p>`), null);
    expect(candidate).toMatchObject({ source: 'visible-text', kind });
  });

  test.each([
    ['Dieser Beitrag wurde am Montag, 3. Mai 2021 um 9:15 Uhr veröffentlicht und unter Hafen abgelegt.', 'published'],
    ['Dit bericht werd op 3 mei 2021 gepubliceerd in Nieuws.', 'published'],
    ['Die Seite wurde am 3. Mai 2021 aktualisiert.', 'updated'],
    ['Die Zahlen vom 3. Mai 2021, die das Amt veröffentlicht hat, sind neu.', null],
  ])('a participle closing the date\'s clause labels it (German, Dutch): %s', (text, kind) => {
    const [candidate] = collectDateCandidates(page('', `<p class="meta">${text}</p>`), null);
    expect(candidate).toMatchObject({ source: 'visible-text', kind });
  });

  test.each([
    ['Tarif 2019 (gültig seit 01.03.2019)'],
    ['Effective date: March 1, 2019'],
    ['Tarifa vigente desde 1 de marzo de 2019'],
  ])('a date labelled as when something takes effect is no candidate: %s', (text) => {
    expect(collectDateCandidates(page('', `<p class="meta">${text}</p>`), null)).toEqual([]);
  });

  test('of two dates on one line, only the one labelled as taking effect is dropped', () => {
    const body = '<article><h1>Fahrplan der Inselfähre</h1><p class="meta">Stand: 20.02.2019 (gültig ab 01.03.2019)</p></article>';
    const candidates = collectDateCandidates(page('', body), null);
    expect(candidates.map((c) => [c.value.slice(0, 17), c.kind])).toEqual([['Stand: 20.02.2019', 'updated']]);
  });

  test.each([
    ['Anmeldungen sind bis zum 15. März 2021 möglich.'],
    ['The footpath stays closed until April 30, 2021.'],
    ['Die Brücke wird vom 3. Mai bis 28. Juni 2021 gesperrt.'],
    ['Festival des jardins du 12 au 14 juin 2021'],
    ['Workshop 9.–11. September 2021'],
    ['14 snapshots 02 Mar 2009 – 17 Aug 2021'],
    ['Die Fähre fährt seit dem 1. Juni 2021 wieder stündlich.'],
    ['The pier has been closed since March 5, 2021.'],
    ['Le musée est fermé depuis le 3 mars 2021.'],
    ['La biblioteca abre los domingos desde el 1 de marzo de 2021.'],
  ])('a date that bounds a period is no candidate: %s', (text) => {
    const body = `<article><h1>News from the valley</h1><p class="meta">${text}</p></article>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test.each([
    ['As of May 3, 2021, the club has 812 members and four boats.'],
    ['Au 3 mai 2021, le club compte 812 membres.'],
    ['A fecha de 3 de mayo de 2021, el club tiene 812 socios.'],
    ['Stand 3. Mai 2021, der Verein hat 812 Mitglieder.'],
  ])('a reporting date opening a sentence dates its figures, not the page: %s', (text) => {
    const body = `<article><h1>News from the valley</h1><p>${text}</p></article>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test.each([
    ['Stand: 03.05.2021, 09:40 Uhr', 'updated'],
    ['Stand: 03.05.2021, Autor: Lena Berg', 'updated'],
    ['Membership figures as of May 3, 2021', null],
  ])('a reporting date on a line of its own dates the page: %s', (text, kind) => {
    const body = `<article><h1>News from the valley</h1><p class="meta">${text}</p></article>`;
    expect(collectDateCandidates(page('', body), null).map((c) => c.kind)).toEqual([kind]);
  });

  test.each([
    ['Updated 10:30 – 12.03.2021'],
    ['Posted 12 March 2021 - 9:15 PM'],
  ])('a time beside its date with a dash is no period: %s', (text) => {
    const body = `<article><h1>News from the valley</h1><p class="meta">${text}</p></article>`;
    expect(collectDateCandidates(page('', body), null)).toHaveLength(1);
  });

  test('a date element right after another element\'s text, with no space between, keeps its label and its date', () => {
    const body = '<article><h2>Notes from the harbour</h2><p class="byline"><span>Posted</span><span>March 1, 2019</span></p></article>';
    expect(pick(collectDateCandidates(page('', body), null))).toEqual([{ source: 'visible-text', value: 'Posted March 1, 2019', kind: 'published' }]);
  });

  test('the adjective "effective" before a byline\'s date is no in-force label', () => {
    const body = '<article><h2>Three effective ways to save water</h2><p>March 1, 2019</p></article>';
    expect(collectDateCandidates(page('', body), null).map((c) => c.kind)).toEqual([null]);
  });

  test('a <time> labelled as when something takes effect is no candidate', () => {
    const body = '<article><h1>Terms of service</h1><p>Valid from <time datetime="2019-03-01">1 March 2019</time></p></article>';
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test.each([
    ['<p class="date">15 августа 2016, 13:43</p>', '15 августа 2016'],
    ['<span class="entry-top-info-time">2020年07月12日</span>', '2020年07月12日'],
    ['<table class="subline"><tr><td>14 | 03 | 2021</td><td>Wallis</td></tr></table>', '14 | 03 | 2021'],
    // linkedom splits entities into sibling text nodes; browsers keep one node.
    ['<div class="att-publish-date">Von <span>Deutscher Tennis Bund</span> 4.&thinsp;2.&thinsp;2022.</div>', '4. 2. 2022'],
  ])('reads the visible date in %s', (body, shown) => {
    const [candidate] = collectDateCandidates(page('', `<article><h1>The headline of the story</h1>${body}</article>`), null);
    expect(candidate?.value).toContain(shown);
  });

  test.each([
    ['<span class="month">Mar</span> <span class="day">07</span><span class="year">2016</span>', 'Mar 07 2016'],
    ['<span>07</span><span>März</span> 2016', '07 März 2016'],
  ])('reads a date badge whose parts sit in their own elements: %s', (badge, value) => {
    const body = `<article><div class="post-date">${badge}</div><h2>Spring in the allotment garden</h2><p>Text.</p></article>`;
    expect(pick(collectDateCandidates(page('', body), null))).toEqual([{ source: 'visible-text', value, kind: null }]);
  });

  test('measures distance from the headline a reader sees, not from a heading only screen readers get', () => {
    const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/t${i}">Topic number ${i}</a></li>`).join('');
    const body = `<header><h1 class="visually-hidden">Harbour news: the council budget | City Herald</h1><nav><ul>${menu}</ul></nav></header>
      <article><h2 class="title">Harbour news: the council budget</h2><p class="meta"><time datetime="2022-01-25">25.01.2022</time></p></article>`;
    const [time] = collectDateCandidates(page('', body), null);
    expect(time?.hint).toMatch(/ at:32$/);
  });

  test('marks dates inside running text as prose', () => {
    const sentence = 'The council met on 3 May 2020 to discuss the budget, and it agreed after a long debate that lasted well into the night and left everyone tired.';
    const [candidate] = collectDateCandidates(page('', `<article><h1>The headline of the story</h1><p>${sentence}</p></article>`), null);
    expect(candidate?.hint).toMatch(/ prose$/);
  });

  test.each([
    ['The old ferry needed a new engine after forty years of service on the lake. On 3 May 2019 the town bought a second boat, which still runs every hour in summer.'],
    ['Die alte Fähre brauchte nach vierzig Jahren auf dem See einen neuen Motor. Am 03.05.2019 kaufte die Gemeinde ein zweites Boot, das im Sommer stündlich fährt.'],
  ])('an unlabelled date in a paragraph\'s later sentence is an event the story tells of: %s', (text) => {
    const body = `<article><h1>The headline of the story</h1><p>${text}</p></article>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test.each([
    ['3 May 2019 – The town bought a second boat for the lake, after the old ferry needed a new engine following forty years of service, and it runs every hour.', null],
    ['Die alte Fähre brauchte nach vierzig Jahren auf dem See einen neuen Motor. Dieser Beitrag wurde am 3. Mai 2019 veröffentlicht und zuletzt im Sommer gelesen.', 'published'],
    ['Die alte Fähre brauchte nach vierzig Jahren auf dem See einen neuen Motor, wie die Gemeinde mitteilte, und sie hat nun ein zweites Boot. Hamburg, 3. Mai 2019', null],
  ])('a date opening its paragraph, labelled, or ending it stays a candidate: %s', (text, kind) => {
    const body = `<article><h1>The headline of the story</h1><p>${text}</p></article>`;
    expect(collectDateCandidates(page('', body), null).map((c) => c.kind)).toEqual([kind]);
  });

  test('a date in a picture\'s caption tells of the photo: no candidate', () => {
    const body = `<article><h1>A second boat for the lake</h1>
      <figure><img src="boat.jpg" alt=""><figcaption>The new ferry at the harbour, May 3, 2019. Photo: Ann Lee</figcaption></figure>
      <p>The town bought a second boat.</p></article>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test.each([
    ['<h2>Upcoming events</h2><div class="box"><ul><li><a href="/fair"><time datetime="2021-06-12">12 June</time></a> Boat fair</li></ul></div>'],
    ['<h3>Veranstaltungen</h3><div><div><p>03.07.2021</p><p><a href="/fest">Hafenfest</a></p></div></div>'],
  ])('a date in a box headed as coming events is an event\'s day: no candidate: %s', (box) => {
    const body = `<article><h1>A second boat for the lake</h1><p>The town bought a second boat.</p></article><aside>${box}</aside>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test('a story headline with the word "events" is no events box', () => {
    const body = '<article><h1>Five events that shaped the harbour</h1><p class="byline"><time datetime="2021-06-12">12 June 2021</time></p></article>';
    expect(collectDateCandidates(page('', body), null)).toHaveLength(1);
  });

  test('marks dates in comments and sidebars by their zone', () => {
    const body = `<article><h1>The headline of the story</h1><p>Body</p></article>
      <div id="comments"><p>Reply on 3 May 2020</p></div><aside><p>Older: 1 May 2020</p></aside>`;
    const hints = collectDateCandidates(page('', body), null).map((c) => c.hint);
    expect(hints[0]).toContain('in:comment');
    expect(hints[1]).toContain('in:aside');
  });

  test('a header widget showing the reader\'s current day is no candidate: it tells when the page was served', () => {
    const body = `<header><div class="site-today">Wednesday, May 6, 2020</div><div id="clock">06.05.2020 09:14</div></header>
      <article><h1>Council approves the harbour budget</h1><p>The council met to discuss the budget.</p></article>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test.each([
    ['<div class="board-status">Aktuelles Datum und Uhrzeit: 14.05.2021, 19:22</div>'],
    ['<p class="stamp">Today is Friday, May 14, 2021</p>'],
    ['<p>Fecha actual: <time datetime="2021-05-14">14/05/2021</time></p>'],
  ])('a date labelled as the reader\'s current day is no candidate: %s', (widget) => {
    const body = `<div class="board">${widget}<h2>Rules of the reading club</h2><p>Be kind to each other.</p></div>`;
    expect(collectDateCandidates(page('', body), null)).toEqual([]);
  });

  test('a date in a link\'s title names the page it leads to: no candidate; a permalink\'s own date stays', () => {
    const body = `<article><h1>Spring fair in the old town</h1>
      <p class="meta"><a href="/2021/05/04/spring-fair">Tuesday, May 4, 2021 at 10:00</a></p><p>Stalls opened early.</p></article>
      <div class="sidebar"><h3>New posts</h3><ul><li><a href="/radio-show">The radio show of 01.07.21 (summer special)</a></li>
      <li><a href="/market">Markt am 12. Juni 2021 abgesagt</a></li></ul></div>`;
    expect(pick(collectDateCandidates(page('', body), null))).toEqual([
      { source: 'visible-text', value: 'Tuesday, May 4, 2021 at 10:00', kind: null },
    ]);
  });

  test('reads page state in inline scripts as a last resort, first value per key only', () => {
    const script = '<script>window.state = {"photo": {"created_at": "2013-02-16T04:36:36-05:00"}, "user": {"created_at": "2011-01-01T00:00:00Z"}};</script>';
    expect(collectDateCandidates(page('', script), null)).toEqual([
      { source: 'meta', value: '2013-02-16T04:36:36-05:00', hint: 'script:created_at', kind: 'published' },
    ]);
  });

  test('a script key that comes back with three different values is a list\'s field (related stories): none is read', () => {
    const related = ['2019-03-02T08:00:00Z', '2018-11-20T08:00:00Z', '2017-06-14T08:00:00Z']
      .map((day, i) => `{slug:"story-${i}",first_published_at:"${day}"}`).join(',');
    const script = `<script>window.__STATE__={story:{slug:"tide-tables",first_published_at:S},related:[${related}]};</script>`;
    expect(collectDateCandidates(page('', script), null).filter((c) => c.hint?.startsWith('script:'))).toEqual([]);
    const twice = '<script>var a={"publishDate":"2021-04-01"},b={"publishDate":"2021-04-01"},c={"publishDate":"2020-02-02"};</script>';
    expect(collectDateCandidates(page('', twice), null).map((c) => c.value)).toEqual(['2021-04-01']);
  });

  test('a script that prints its date where it stands is read as that place\'s text, once, whether or not it ran', () => {
    const byline = (written: string) => `<h1>Ferry timetable changes for the winter</h1>
      <div class="byline">Posted <script>printStamp("2019/11/04 07:30:00")</script>${written} · 12 views</div>
      <p>The early boat no longer stops at the pier.</p>`;
    const dated = (body: string) => collectDateCandidates(page('', body), null).filter((c) => c.source === 'visible-text').map((c) => c.value);
    // Outside the browser the script never ran: its literal is the only copy of the date.
    expect(dated(byline(''))).toEqual(['Posted printStamp("2019/11/04 07:30:00") · 12 views']);
    // In the browser the helper wrote the date after itself: the element is read once, its literal and the written copy one candidate each.
    expect(dated(byline('2019/11/04 07:30'))).toHaveLength(2);
    // A script doing more than printing one value is no printed date.
    const state = '<div class="byline"><script>track("view", "2019/11/04 07:30:00")</script> 12 views</div>';
    expect(dated(state)).toEqual([]);
  });

  test('reads a date a data attribute holds for the page\'s scripts, as a <time>\'s datetime; not a flag nor an epoch count', () => {
    const body = `<article data-published="true"><header><h1>Night trains return to the valley</h1>
      <div class="timeline"><div class="timeline__marker" data-date="12. Mai 2021"></div></div>
      <span class="stamp" data-date-time="2021-05-12 08:40:00">vor 3 Stunden</span>
      <span class="ago" data-date="1620801600">vor 3 Stunden</span></header><p>The line closed on 3 May 2009.</p></article>`;
    expect(pick(collectDateCandidates(page('', body), null).filter((c) => c.source === 'time-element'))).toEqual([
      { source: 'time-element', value: '12. Mai 2021', kind: null },
      { source: 'time-element', value: '2021-05-12 08:40:00 | vor 3 Stunden', kind: null },
    ]);
  });

  test('reads the time zone the site declares in its scripts, when it declares one place\'s', () => {
    const zoneOf = (script: string) => collectDateCandidates(page('', `<script>${script}</script>`), null).filter((c) => c.hint === 'script:timezone').map((c) => c.value);
    expect(zoneOf('var config = {"site": "Daily Post", "timezone": {"short": "CT", "long": "America\\/Chicago"}};')).toEqual(['America/Chicago']);
    expect(zoneOf("settings.timezone_string = 'Europe/Lisbon';")).toEqual(['Europe/Lisbon']);
    // No place named, or two: nothing.
    expect(zoneOf('var config = {"timeZone": "GMT", "tz": "0"};')).toEqual([]);
    expect(zoneOf('var a = {"timezone": "Europe/Paris"}, b = {"timeZone": "Asia/Tokyo"};')).toEqual([]);
  });

  test('reads pages with markup before <html> (linkedom keeps it at the top level)', () => {
    const doc = parseHtml('<!doctype html><script src="/a.js"></script><html><head><meta name="date" content="2021-02-03"></head><body></body></html>');
    expect(pick(collectDateCandidates(doc, null))).toEqual([{ source: 'meta', value: '2021-02-03', kind: null }]);
  });

  test('adds the URL last, and leaves the document unchanged', () => {
    const doc = page('<meta name="date" content="2021-02-03">', '<h1>Headline of the page</h1><time datetime="2021-02-03">x</time>');
    const before = doc.documentElement.outerHTML;
    const candidates = collectDateCandidates(doc, 'https://example.com/2021/02/03/story');
    expect(candidates.at(-1)).toEqual({ source: 'url', value: 'https://example.com/2021/02/03/story', hint: null, kind: null });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
