// The story's closing parts that Readability left below its content, on small pages written
// for the cue: boxes built like the content's last paragraph's, right after it.
import { expect, test } from 'vitest';
import { articleText } from '../../src/extract/article-text.ts';
import { pageBlocks } from '../../src/extract/page-prose.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { withPageTail } from '../../src/extract/page-tail.ts';

const PROSE =
  'The ferry company said on Monday that it would stop the night boat to the islands in March, ending a service that has carried workers, nurses and late travellers across the bay for more than forty years.';
const CLOSING = 'The harbor police ask anyone who saw the boat leave to call them.';
const TEASER = 'Council votes to rebuild the harbor bridge after a long debate.';

/** The text withPageTail gives when Readability's content is the first part's box. */
function tailOf(page: string): string[] {
  const doc = parseHtml(`<!DOCTYPE html><html><body>${page}</body></html>`);
  const content = doc.querySelector('.part .text')!.cloneNode(true);
  return articleText(withPageTail(content, pageBlocks(doc.body))).split('\n\n');
}

const part = (inner: string): string => `<div class="part"><div class="text">${inner}</div></div>`;

test("a part built like the content's (its heading and paragraph) right after it is the story's close: it goes last", () => {
  const page = `<h1>Night ferry to stop</h1><div class="parts">${part(`<p>${PROSE}</p>`)}${part(`<h2>Witnesses wanted</h2><p>${CLOSING}</p>`)}</div><div class="more"><p>${TEASER}</p></div>`;
  expect(tailOf(page)).toEqual([PROSE, 'Witnesses wanted', CLOSING]);
});

test('a box built otherwise after the content (other stories) is not the story', () => {
  const page = `<h1>Night ferry to stop</h1><div class="parts">${part(`<p>${PROSE}</p>`)}</div><div class="more"><div class="text"><p>${TEASER}</p></div></div>`;
  expect(tailOf(page)).toEqual([PROSE]);
});
