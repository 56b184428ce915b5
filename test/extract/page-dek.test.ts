import { expect, test } from 'vitest';
import { articleText } from '../../src/extract/article-text.ts';
import { pageDescriptions, withPageDek } from '../../src/extract/page-dek.ts';
import { pageBlocks } from '../../src/extract/page-prose.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';

const DEK = 'The council ends a decade of delays and picks a design that keeps the old stone piers.';
const PROSE =
  'The council voted on Tuesday to rebuild the harbor bridge after a long debate about its cost, its design and the years of traffic it would take from the old quarter, and the mayor said work would start in spring.';
const CAPTION = 'The harbor bridge at dusk, seen from the ferry pier on the north bank of the river.';

/** The page's dek as withPageDek reads it: Readability's content stands in as a copy of the story's body. */
function storyOf(header: string, description: string | null, body = `<p>${PROSE}</p>`): string[] {
  const doc = parseHtml(`<!DOCTYPE html><html><body><article><header><h1>Council votes to rebuild the bridge</h1>${header}</header><div class="body">${body}</div></article></body></html>`);
  const content = doc.querySelector('.body')!.cloneNode(true);
  return articleText(withPageDek(content, pageBlocks(doc.body), [description])).split('\n\n');
}

test('the sentence under the headline that the page also gives as its description goes first', () => {
  expect(storyOf(`<p class="intro">${DEK}</p>`, DEK)).toEqual([DEK, PROSE]);
  // A dek set as a subheading is one too.
  expect(storyOf(`<h2>${DEK}</h2>`, DEK)).toEqual([DEK, PROSE]);
});

test('a description cut short ("…") matches the dek it opens', () => {
  expect(storyOf(`<p>${DEK}</p>`, `${DEK.slice(0, 60)}…`)).toEqual([DEK, PROSE]);
});

test('a line under the headline that is not the description (a caption, a prompt) is left out', () => {
  expect(storyOf(`<p>${CAPTION}</p>`, DEK)).toEqual([PROSE]);
  expect(storyOf(`<p>${CAPTION}</p>`, null)).toEqual([PROSE]);
  // Too short to tell a dek from words the description shares by chance.
  expect(storyOf('<p>Harbor bridge vote.</p>', 'Harbor bridge vote.')).toEqual([PROSE]);
});

test('a dek the content already holds is not printed twice', () => {
  expect(storyOf(`<p>${DEK}</p>`, DEK, `<p>${DEK}</p><p>${PROSE}</p>`)).toEqual([DEK, PROSE]);
});

test('a dek is read under the headline, not above it; on a page without a headline, from the top', () => {
  const page = (top: string): string[] => {
    const doc = parseHtml(`<!DOCTYPE html><html><body>${top}<div class="body"><p>${PROSE}</p></div></body></html>`);
    const content = doc.querySelector('.body')!.cloneNode(true);
    return articleText(withPageDek(content, pageBlocks(doc.body), [DEK])).split('\n\n');
  };
  expect(page(`<p>${DEK}</p><h1>Council votes to rebuild the bridge</h1>`)).toEqual([PROSE]);
  expect(page(`<p>${DEK}</p>`)).toEqual([DEK, PROSE]);
});

test('a subheading of a clause right under the headline is the dek, even when the description says something else', () => {
  expect(storyOf(`<h2>${DEK}</h2>`, 'Harbor Ledger: news from the bay every day.')).toEqual([DEK, PROSE]);
  expect(storyOf(`<h2>${DEK}</h2>`, null)).toEqual([DEK, PROSE]);
});

test('a subheading that is a kicker, a byline or not right under the headline is no dek', () => {
  expect(storyOf('<h2>Harbor news</h2>', null)).toEqual([PROSE]);
  expect(storyOf('<h2>By Jo Lind | March 3, 2026 | Updated 8:54 AM</h2>', null)).toEqual([PROSE]);
  expect(storyOf(`<p class="kicker">Harbor news</p><h2>${DEK}</h2>`, null)).toEqual([PROSE]);
});

test("a picture's caption under the headline that is the page's description is the dek; another caption is not", () => {
  const picture = (caption: string): string => `<figure><img src="bridge.jpg"><figcaption>${caption}</figcaption></figure>`;
  expect(storyOf(picture(DEK), DEK)).toEqual([DEK, PROSE]);
  expect(storyOf(picture(CAPTION), DEK)).toEqual([PROSE]);
  expect(storyOf(picture(DEK), null)).toEqual([PROSE]);
  // Above the headline, a caption is another story's.
  const doc = parseHtml(`<!DOCTYPE html><html><body>${picture(DEK)}<h1>Council votes to rebuild the bridge</h1><div class="body"><p>${PROSE}</p></div></body></html>`);
  const content = doc.querySelector('.body')!.cloneNode(true);
  expect(articleText(withPageDek(content, pageBlocks(doc.body), [DEK])).split('\n\n')).toEqual([PROSE]);
});

test("a page's descriptions are all read: the dek may be the search description while the preview gives a teaser", () => {
  const doc = parseHtml(`<!DOCTYPE html><html><head>
    <meta property="og:description" content="Read why the town fought over its bridge for ten years">
    <meta name="description" content="${DEK}"></head>
    <body><article><header><h1>Council votes to rebuild the bridge</h1><div class="intro">${DEK}</div></header><div class="body"><p>${PROSE}</p></div></article></body></html>`);
  const descriptions = pageDescriptions(doc);
  expect(descriptions).toEqual(['Read why the town fought over its bridge for ten years', DEK]);
  const content = doc.querySelector('.body')!.cloneNode(true);
  // Readability's excerpt is the preview's teaser; the search description names the dek.
  expect(articleText(withPageDek(content, pageBlocks(doc.body), [descriptions[0]!, ...descriptions])).split('\n\n')).toEqual([DEK, PROSE]);
});

test("a dek in a box named for the sidebar is read when that box repeats the headline (the story's header set beside it); a sidebar without it stays out", () => {
  const page = (sidebar: string): string[] => {
    const doc = parseHtml(
      `<!DOCTYPE html><html><body><article><div class="hero"><h1>Council votes to rebuild the bridge</h1></div><div class="sidebar">${sidebar}</div><div class="body"><p>${PROSE}</p></div></article></body></html>`,
    );
    const content = doc.querySelector('.body')!.cloneNode(true);
    return articleText(withPageDek(content, pageBlocks(doc.body), [DEK])).split('\n\n');
  };
  expect(page(`<p class="h1">Council votes to rebuild the bridge</p><p class="teaser">${DEK}</p>`)).toEqual([DEK, PROSE]);
  expect(page(`<p class="teaser">${DEK}</p>`)).toEqual([PROSE]);
});
