import { expect, test } from 'vitest';
import { articleText } from '../../src/extract/article-text.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';

test('one paragraph per block, inline text joined, captions and scripts left out', () => {
  const doc = parseHtml(`<html><body><div id="a">
    <h2>Story</h2>
    <p>First <b>bold</b> and
       <a href="#">linked</a> text.</p>
    <figure><img src="x.jpg"><figcaption>Photo: Agency</figcaption></figure>
    <ul><li>One</li><li>Two</li></ul>
    <script>var x = 1;</script>
    <p>Last.<br>Line two.</p>
  </div></body></html>`);
  expect(articleText(doc.getElementById('a') as Element)).toBe('Story\n\nFirst bold and linked text.\n\nOne\n\nTwo\n\nLast.\n\nLine two.');
});

test('a gallery, whose captions hold more text than the rest, is read with its captions: they are its story', () => {
  const slide = (caption: string): string => `<figure><img src="x.jpg"><figcaption><p>${caption}</p></figcaption></figure>`;
  const doc = parseHtml(`<html><body><div id="a">
    <p>Ten ferries worth a ride.</p>
    ${slide('The night boat to the islands leaves at ten and serves soup on deck until midnight.')}
    ${slide('The harbor shuttle crosses every twenty minutes and carries bicycles for free.')}
  </div></body></html>`);
  expect(articleText(doc.getElementById('a') as Element)).toBe(
    'Ten ferries worth a ride.\n\nThe night boat to the islands leaves at ten and serves soup on deck until midnight.\n\nThe harbor shuttle crosses every twenty minutes and carries bicycles for free.',
  );
});

test("a form box is a control: its labels and fine print are left out, however long; a form wrapping the story is read", () => {
  const first = 'The ferry company will add a night boat to the islands from June, its director said on Monday, after a summer in which the last boat left hundreds of visitors on the quay.';
  const second = 'The boat will leave the harbor at eleven and call at every island on the way out, and the company expects it to carry three hundred people a night in the busiest weeks of August.';
  const story = `<p>${first}</p><p>${second}</p>`;
  const signUp = `<form class="alerts"><span>Get ferry alerts by email</span><div><span>When you sign up we will use the address you give us to send you these alerts, and now and then offers from partners we trust. Our</span><a href="/privacy">Privacy Notice</a><span>explains how we use your data and how to leave the list at any time.</span></div></form>`;
  const doc = parseHtml(`<html><body><div id="a">${signUp}${story}</div><form id="b">${story}<p>Timetables follow in May.</p></form></body></html>`);
  expect(articleText(doc.getElementById('a') as Element)).toBe(`${first}\n\n${second}`);
  // An ASP.NET page wraps the whole page in one form: holding most of the text, it is read.
  expect(articleText(doc.getElementById('b') as Element)).toContain('Timetables follow in May.');
});

test('a <br> inside a sentence, after a line of a few words and before a word reading on in lower case, is a space: hard-wrapped prose is read as its paragraph; other breaks start a line (an address, a label, a link)', () => {
  const doc = parseHtml(`<html><body><div id="a">
    <p>The council voted on Tuesday to rebuild the harbor<br>bridge after a long debate about its cost, <em>its</em><br><em>design</em> and the heavy traffic<br>it would take from the old quarter.</p>
    <p>Harbor Ledger<br>12 Quay Street<br>Port Elin</p>
    <p>Work starts in spring.<br>the mayor said so at noon.</p>
    <p>Tags<br>harbor, bridge</p>
    <p>Read the full council report online at<br>harbor-ledger.example/report</p>
    <p>港の橋を<br>新しくする。</p>
  </div></body></html>`);
  expect(articleText(doc.getElementById('a') as Element)).toBe(
    [
      'The council voted on Tuesday to rebuild the harbor bridge after a long debate about its cost, its design and the heavy traffic it would take from the old quarter.',
      'Harbor Ledger',
      '12 Quay Street',
      'Port Elin',
      'Work starts in spring.',
      'the mayor said so at noon.',
      'Tags',
      'harbor, bridge',
      'Read the full council report online at',
      'harbor-ledger.example/report',
      '港の橋を',
      '新しくする。',
    ].join('\n\n'),
  );
});
