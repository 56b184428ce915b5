// The story's opening paragraphs that Readability left above its content, on small pages
// written for the cue: running prose right above the content's start, under the headline.
import { expect, test } from 'vitest';
import { articleText } from '../../src/extract/article-text.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { pageBlocks } from '../../src/extract/page-prose.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { withPageLead } from '../../src/extract/page-lead.ts';

const OPENING = [
  'The ferry company said on Monday that it would stop the night boat to the islands in March, ending a service that has carried workers, nurses and late travellers across the bay for more than forty years.',
  'The company blamed the price of fuel and a shortage of deckhands, and said the last crossing would leave the north pier at eleven on the final Sunday of the month, weather permitting, with the usual stop at the lighthouse.',
];
const BODY = Array.from(
  { length: 6 },
  (_, k) =>
    `Islanders who work late shifts in the harbor town said the decision left them without a way home, and the council promised to look for money to keep at least one crossing a night, point ${k + 1} of its plan.`,
);
const INFO =
  'The ferry company was founded by three fishing families after the war and runs four boats today, two of them built at the yard on the south bank, and it employs about ninety people on the water and ashore.';

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('');

/** The lead as withPageLead reads it: Readability's content stands in as a copy of the story's body. */
function leadOf(page: string): string[] {
  const doc = parseHtml(`<!DOCTYPE html><html><body>${page}</body></html>`);
  const content = doc.querySelector('.body')!.cloneNode(true);
  return articleText(withPageLead(content, pageBlocks(doc.body))).split('\n\n');
}

test('running prose right above the content, past an ad label, goes first, in order', () => {
  const page = `<h1>Night ferry to stop in March</h1><div class="part">${paragraphs(OPENING)}</div><aside><p>Advertisement</p></aside><div class="body">${paragraphs(BODY)}</div>`;
  expect(leadOf(page)).toEqual([...OPENING, ...BODY]);
});

test('prose above a heading, or above a content that opens with its own headline, is another box', () => {
  const underSection = `<h1>Night ferry to stop in March</h1><p>${INFO}</p><h2>The last crossing</h2><div class="body">${paragraphs(BODY)}</div>`;
  expect(leadOf(underSection)).toEqual(BODY);
  const infobox = `<div class="info"><p>${INFO}</p></div><div class="body"><h2>Night ferry to stop in March after forty years on the bay</h2>${paragraphs(BODY)}</div>`;
  expect(leadOf(infobox)).toEqual(['Night ferry to stop in March after forty years on the bay', ...BODY]);
});

test("a subheading opening the content, under the story's own headline, does not end the opening above it", () => {
  // The site's name is the <h1>; the story's headline is an <h2>, the content opens with a section's <h3>.
  const page = `<h1>Harbor Ledger</h1><h2>Night ferry to stop in March</h2><div class="lead">${paragraphs(OPENING.slice(0, 1))}</div><p>Print</p><div class="body"><h3>The last crossing</h3>${paragraphs(BODY)}</div>`;
  expect(leadOf(page)).toEqual([OPENING[0], 'The last crossing', ...BODY]);
});

test('prose above a longer stretch of other text (a list of links, a form) is not the opening', () => {
  const links = Array.from({ length: 8 }, (_, k) => `<li><a href="/s/${k}">Another story about the harbor, number ${k + 1}</a></li>`).join('');
  const page = `<h1>Night ferry to stop in March</h1><p>${INFO}</p><ul>${links}</ul><div class="body">${paragraphs(BODY)}</div>`;
  expect(leadOf(page)).toEqual(BODY);
});

test('extractArticle keeps the opening a page sets apart, outside the column that holds the long body', () => {
  // Readability keeps its best box and the siblings scoring near it: an opening outside the body's column is left out.
  const longBody = Array.from({ length: 4 }, () => BODY).flat();
  const page = `<!DOCTYPE html><html><head><title>Night ferry to stop in March</title></head><body><main><h1>Night ferry to stop in March</h1><div class="story-part">${paragraphs(OPENING)}</div><div class="column"><aside class="ad"><p>Advertisement</p></aside><div class="story-part">${paragraphs(longBody)}</div></div></main></body></html>`;
  const text = extractArticle(parseHtml(page), { url: null }).text;
  expect(text.split('\n\n').slice(0, 3)).toEqual([...OPENING, BODY[0]]);
});
