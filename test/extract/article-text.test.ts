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
