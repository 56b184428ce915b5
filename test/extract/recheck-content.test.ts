import { describe, expect, test } from 'vitest';
import { pageBlocks } from '../../src/extract/page-prose.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { recheckContent } from '../../src/extract/recheck-content.ts';

/** A paragraph of running prose: long enough, ending like a sentence; `n` tells them apart. */
const prose = (n: number): string =>
  `Paragraph ${n} tells the council story in plain words, with the dates, the names and the numbers a reader needs to follow what happened at the meeting on Tuesday night in the old town hall.`;

const squeeze = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = (node: Node): string => squeeze(node.textContent);
/** Stands in for Readability's content: a copy of one element of the page. */
const contentFrom = (doc: Document, selector: string): Node => doc.querySelector(selector)!.cloneNode(true);

describe('pageBlocks: the page text a reader sees as the page, outside its furniture', () => {
  test('running prose is marked; hidden boxes, asides, dialogs and comments are left out', () => {
    const doc = parseHtml(`<html><body>
      <p>${prose(1)}</p>
      <div hidden><p>${prose(2)}</p></div>
      <div style="display: none"><p>${prose(3)}</p></div>
      <aside><p>${prose(4)}</p></aside>
      <div class="cookie-notice"><p>${prose(5)}</p></div>
      <div id="comments"><p>${prose(6)}</p></div>
      <p>A short line.</p>
    </body></html>`);
    const blocks = pageBlocks(doc.body);
    expect(blocks.map((block) => [block.text.slice(0, 11), block.prose])).toEqual([
      ['Paragraph 1', true],
      ['A short lin', false],
    ]);
  });

  test('a list item is an item, not running prose; a wrapper named for its sidebar that holds the headline is read', () => {
    const doc = parseHtml(`<html><body><div class="sidebar-wrapper">
      <h1>Council votes</h1><p>${prose(1)}</p>
      <ul><li>${prose(2)}</li></ul>
    </div></body></html>`);
    expect(pageBlocks(doc.body).map((block) => block.prose)).toEqual([false, true, false]);
  });
});

describe('recheckContent: when Readability misses most of the page prose', () => {
  test('content that holds most of the page prose is kept as it is', () => {
    const doc = parseHtml(`<html><body><article>
      <h1>Council votes</h1><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p>
    </article><div class="more"><p>${prose(4)}</p></div></body></html>`);
    const content = contentFrom(doc, 'article');
    expect(recheckContent(doc, content)).toBe(content);
  });

  test("readers' comments are not the story: a story shorter than its comments is kept", () => {
    const doc = parseHtml(`<html><body>
      <article><h1>Council votes</h1><p>${prose(1)}</p></article>
      <section class="comments-area"><p>${prose(2)}</p><p>${prose(3)}</p><p>${prose(4)}</p></section>
    </body></html>`);
    const content = contentFrom(doc, 'article');
    expect(recheckContent(doc, content)).toBe(content);
  });

  test('one column of a story spread over nested layout columns widens to all of them', () => {
    const column = (n: number): string => `<div class="col"><div class="inner"><div class="text"><h2>Part ${n}</h2><p>${prose(n)}</p><p>${prose(n + 10)}</p></div></div></div>`;
    const doc = parseHtml(`<html><body><header><nav><a href="/">Home</a></nav></header>
      <main><h1>Council votes</h1><div class="row">${column(1)}${column(2)}${column(3)}</div></main>
    </body></html>`);
    const content = contentFrom(doc, '.col:nth-child(2) .text');
    const text = textOf(recheckContent(doc, content));
    for (const n of [1, 11, 2, 12, 3, 13]) expect(text).toContain(squeeze(prose(n)));
    expect(text).not.toContain('Home');
  });

  test('an author box in the footer is the wrong box: the story above it is read instead', () => {
    const doc = parseHtml(`<html><body><article>
      <h1>Council votes</h1>
      <div class="entry"><p>${prose(1)}</p></div>
      <footer class="entry-meta"><div class="author-info"><h3>About the author</h3>
        <p>Jane Doe has written about the town for twenty years, covering its council, its schools and its football club, and she lives by the river with two cats.</p></div></footer>
    </article></body></html>`);
    const text = textOf(recheckContent(doc, contentFrom(doc, '.author-info')));
    expect(text).toContain(squeeze(prose(1)));
    expect(text).not.toContain('Jane Doe');
  });

  test('a long list without one paragraph of prose (a letter\'s signatories) is the wrong box: the letter is read instead', () => {
    const signatories = (count: number): string =>
      Array.from({ length: count }, (_, i) => `<span>Signatory ${i + 1}, Harbor Town College</span><br>`).join('');
    const page = (count: number): Document =>
      parseHtml(`<html><body><article><h1>An open letter on the bridge</h1>
        <div class="letter"><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></div>
        <div class="names">${signatories(count)}</div>
      </article></body></html>`);
    const long = page(30);
    const text = textOf(recheckContent(long, contentFrom(long, '.names')));
    for (const n of [1, 2, 3]) expect(text).toContain(squeeze(prose(n)));
    expect(text).not.toContain('Signatory 30');
    // A few short lines may be a story told briefly: kept as Readability read them.
    const short = page(5);
    const content = contentFrom(short, '.names');
    expect(recheckContent(short, content)).toBe(content);
  });

  test("a story's paragraphs side by side are one story, however long a box set between them: it is read from its opening line", () => {
    const caption = (n: number): string => `<p class="caption">Picture ${n}: the harbor bridge seen from the old ferry landing at dawn, with the council offices and the market hall behind it in the low winter light</p>`;
    const names = Array.from({ length: 30 }, (_, i) => `<tr><td>Ward ${i + 1}</td><td>Councillor ${i + 1}</td></tr>`).join('');
    const doc = parseHtml(`<html><body><h1>Council votes on the bridge</h1><div class="body">
      <p>The council voted on the bridge last night.</p>
      <p>${prose(1)}</p><p>${prose(2)}</p>
      <div class="insert"><h3>Earlier: the ferry</h3>${[1, 2, 3, 4, 5, 6, 7, 8].map(caption).join('')}<p>${prose(3)}</p></div>
      <p>${prose(4)}</p><p>${prose(5)}</p><p>${prose(6)}</p>
      <table class="wards">${names}</table>
    </div></body></html>`);
    const text = textOf(recheckContent(doc, contentFrom(doc, '.wards')));
    expect(text).toContain('The council voted on the bridge last night.');
    for (const n of [1, 2, 4, 5, 6]) expect(text).toContain(squeeze(prose(n)));
    expect(text).not.toContain('Councillor 30');
  });

  test('stories loaded one under another (an endless scroll): the one the page title names is read, not a longer one below', () => {
    const story = (headline: string, numbers: readonly number[]): string =>
      `<article><header><h1>${headline}</h1></header><div class="text">${numbers.map((n) => `<p>${prose(n)}</p>`).join('')}</div></article>`;
    const page = (title: string): Document =>
      parseHtml(`<html><head><title>${title}</title></head><body><main>${story('Night ferry stops in March', [1, 2])}${story('Council votes on the harbor bridge', [3, 4, 5, 6, 7])}</main></body></html>`);
    const scrolled = page('Harbor Ledger | Night ferry stops in March');
    const text = textOf(recheckContent(scrolled, contentFrom(scrolled, 'article:nth-child(2) .text')));
    for (const n of [1, 2]) expect(text).toContain(squeeze(prose(n)));
    expect(text).not.toContain(squeeze(prose(3)));
    // A title naming the story Readability read leaves its reading as it is.
    const named = page('Harbor Ledger | Council votes on the harbor bridge');
    const content = contentFrom(named, 'article:nth-child(2) .text');
    expect(recheckContent(named, content)).toBe(content);
  });

  test('posts of a listing, each under its linked title, are not widened into one story', () => {
    const post = (n: number): string => `<div class="post"><h2><a href="/p${n}">Post ${n}</a></h2><p>${prose(n)}</p><p>${prose(n + 10)}</p></div>`;
    const doc = parseHtml(`<html><body><div class="posts">${post(1)}${post(2)}${post(3)}</div></body></html>`);
    const content = contentFrom(doc, '.post');
    expect(recheckContent(doc, content)).toBe(content);
    // Teasers side by side in one element are parted by their linked titles too.
    const flat = parseHtml(`<html><body><div class="posts">${[1, 2, 3].map((n) => `<h2><a href="/p${n}">Post ${n}</a></h2><p>${prose(n)}</p><p>${prose(n + 10)}</p>`).join('')}</div></body></html>`);
    const first = parseHtml(`<div><p>${prose(1)}</p><p>${prose(11)}</p></div>`).querySelector('div')!;
    expect(recheckContent(flat, first)).toBe(first);
  });

  test('content wholly in a box that is never the story (a cookie notice) on a page of a few short lines: the page is read again without such boxes', () => {
    const cookies = '<div class="widget cookie-law"><p>Privacy and cookies: this site uses cookies, and by going on you agree to their use, as the policy explains, with details on how to control them, which you can read, print, or save.</p></div>';
    const doc = parseHtml(`<html><body><div class="post"><h1>Night talk</h1><div class="post-content">
      <p>K: Who slips next on the ice? Me: I bet you do… aah. Ouch. K: Won!</p></div></div>${cookies}</body></html>`);
    const text = textOf(recheckContent(doc, contentFrom(doc, '.cookie-law')));
    expect(text).toContain('Who slips next on the ice?');
    expect(text).not.toContain('cookies');
    // Content on the page's story side stays as Readability read it, however short.
    const content = contentFrom(doc, '.post-content');
    expect(recheckContent(doc, content)).toBe(content);
    // A story the page shows in a box of its own (a lightbox) is running prose, no notice: it stays.
    const lightbox = parseHtml(`<html><body><div class="teaser"><p>The bridge vote, in short: yes.</p></div>
      <div class="modal"><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></div></body></html>`);
    const story = contentFrom(lightbox, '.modal');
    expect(recheckContent(lightbox, story)).toBe(story);
  });

  test("content that is an author's box and nothing else is the wrong box: the page is read again without it", () => {
    const bio = Array.from({ length: 4 }, (_, i) => `<p>I am Jo Lind, part ${i + 1}: I grew up by the harbor, I have written about its ferries for twenty years, and I still take the night boat every Friday.</p>`).join('');
    const doc = parseHtml(`<html><body><main><h1>Five gifts for the ferry fan</h1><div class="entry">
      <p>Gifts for the people you love, chosen as if for yourself: that is how I like to shop, and here is what I found this year for the ones who love the water.</p>
      <p>Ferry mug: enamel, blue, and it survives the deck.</p><p>Tide clock: it tells you when to run for the boat.</p><p>Rope lamp: warm light for a cabin.</p>
    </div><div class="author-description">${bio}</div></main></body></html>`);
    const text = textOf(recheckContent(doc, contentFrom(doc, '.author-description')));
    expect(text).toContain('Tide clock: it tells you when to run for the boat.');
    expect(text).not.toContain('I am Jo Lind');
  });

  test('the page is left as it was', () => {
    const column = (n: number): string => `<div class="col"><div class="inner"><p>${prose(n)}</p><p>${prose(n + 10)}</p></div></div>`;
    const doc = parseHtml(`<html><head></head><body><main><h1>Council votes</h1><div class="row">${column(1)}${column(2)}${column(3)}</div></main></body></html>`);
    const before = doc.documentElement.outerHTML;
    recheckContent(doc, contentFrom(doc, '.col'));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
