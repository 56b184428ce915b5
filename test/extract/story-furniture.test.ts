// Each furniture cue on a small page written for it: what goes, and the story text that
// looks like it but stays.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TextBlock } from '../../src/extract/article-text.ts';
import { isRunningProse } from '../../src/extract/block-shape.ts';
import { cleanStoryBlocks } from '../../src/extract/clean-story-blocks.ts';
import { siteName } from '../../src/extract/furniture-by-words.ts';
import { FURNITURE_RULES } from '../../src/extract/furniture-rules.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { storyText } from '../../src/extract/story-text.ts';

const URL = 'https://harbor-ledger.example/city/bridge-vote';
const TITLE = 'Council votes to rebuild the harbor bridge';
/** A paragraph of running prose: long, punctuated, no links. */
const PROSE =
  'The council voted on Tuesday to rebuild the harbor bridge after a long debate about its cost, its design and the years of traffic it would take from the old quarter, and the mayor said work would start in spring.';
const MORE_PROSE =
  'Engineers had warned for a decade that the steel deck was failing, and a report last year found that two of its four piers had shifted, which closed the bridge to trucks and sent them through the market streets.';

/** The story text of an article element holding `body`. */
function clean(body: string, context: { title?: string | null; byline?: string | null } = {}): string[] {
  const doc = parseHtml(`<!DOCTYPE html><html><body><article>${body}</article></body></html>`);
  const article = doc.querySelector('article') as Element;
  return storyText(article, { title: context.title ?? TITLE, byline: context.byline ?? null, url: URL }).split('\n\n');
}

const story = (furniture: string): string => `<p>${PROSE}</p>${furniture}<p>${MORE_PROSE}</p>`;

describe('markup cues', () => {
  test.each([
    ['a <nav> element', '<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>', ['Home', 'City']],
    ['role="navigation"', '<div role="navigation"><p><a href="/">Home</a> › <a href="/city">City</a></p></div>', ['Home › City']],
    ['aria-label="Breadcrumbs"', '<ol aria-label="Breadcrumbs"><li><a href="/">Home</a></li></ol>', ['Home']],
    ['a class naming a share bar', '<div class="article-share-bar"><p>Share on Facebook</p></div>', ['Share on Facebook']],
    ['a class naming a caption', '<p class="image-caption">The bridge at dusk, seen from the ferry pier</p>', ['The bridge at dusk, seen from the ferry pier']],
    ['a class naming a copyright box', '<div class="media-copyright"><p>The old deck seen from below before the repairs.</p></div>', ['The old deck seen from below before the repairs.']],
    ['a class naming an author box', '<div class="post-author-info"><h4>Jo Lindqvist</h4><p>Jo Lindqvist covers ports and shipping for the desk</p></div>', ['Jo Lindqvist', 'Jo Lindqvist covers ports and shipping for the desk']],
    ['a class naming a newsletter box', '<aside class="newsletter-box"><h4>The Harbor Report</h4><p>Every Friday in your inbox</p></aside>', ['The Harbor Report', 'Every Friday in your inbox']],
    ['a class naming a call to action', '<div class="cta-box"><p>Need a ferry pass?</p><p>Order one in two minutes</p></div>', ['Need a ferry pass?', 'Order one in two minutes']],
    ["a class naming a control's passing notice (a toast)", '<div class="bookmark-toast"><p>Story saved</p><p>Find it under your bookmarks.</p></div>', ['Story saved', 'Find it under your bookmarks.']],
    ['a class naming a link to another story set between paragraphs ("recirculation")', '<p class="story-recirculation-link"><a href="/2024/ferry-fares">Ana Holt: The ferry fares will rise again</a></p>', ['Ana Holt: The ferry fares will rise again']],
    ['a class word compounding a furniture name ("relatedlinks")', '<section class="relatedlinks"><h2>Explore now</h2></section>', ['Explore now']],
    ["a theme's numbered variant of a furniture name (\"cta3\")", '<div class="vc_cta3"><h2>Harbor tours</h2><p>Book a seat on our evening tour of the works.</p></div>', ['Harbor tours', 'Book a seat on our evening tour of the works.']],
  ])('%s goes', (_, furniture, gone) => {
    const kept = clean(story(furniture));
    for (const line of gone) expect(kept).not.toContain(line);
    expect(kept).toEqual([PROSE, MORE_PROSE]);
  });

  test("a short line inside an element named a button goes; a section's toggle and a sentence beside a button stay", () => {
    for (const control of [
      '<p><a class="button big" href="/quiz">TAKE THE HARBOR QUIZ!</a></p>',
      '<div class="author-follow-button"><p>+ FOLLOW</p></div>',
      '<p><a class="btn btn-primary" href="/ferries">more...</a></p>',
      '<div class="vote"><span class="btn-up">0</span></div>',
    ]) {
      expect(clean(story(control))).toEqual([PROSE, MORE_PROSE]);
    }
    const toggle = '<div class="panel"><a class="collapsed" role="button" href="#part-2">The vote of 22 September</a><div id="part-2"><p>' + MORE_PROSE + '</p></div></div>';
    expect(clean(`<p>${PROSE}</p>${toggle}`)).toEqual([PROSE, 'The vote of 22 September', MORE_PROSE]);
    const withProse = `<div class="btn-row"><p>${MORE_PROSE}</p><p>Ferries leave every hour</p></div>`;
    expect(clean(`<p>${PROSE}</p>${withProse}`)).toEqual([PROSE, MORE_PROSE, 'Ferries leave every hour']);
  });

  test('text the page hides from sight for screen readers goes; an element hidden on small screens only, or a hidden label\'s field, stays', () => {
    for (const hidden of [
      '<figure><span class="sr-only">Video</span><div class="player"><video src="v.mp4"></video></div><span class="sr-only">End of the video</span></figure>',
      '<h3 class="visually-hidden">Gallery with 4 pictures</h3>',
      '<p><a class="skip-link screen-reader-text" href="#main">Skip to the story</a></p>',
      '<div class="infobox"><span class="hidecompletely">More information</span></div>',
    ]) {
      expect(clean(story(hidden))).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean(story('<p class="hidden-xs">The ferry runs every hour</p>'))).toEqual([PROSE, 'The ferry runs every hour', MORE_PROSE]);
    expect(clean(`<div class="field label-hidden"><p>${PROSE}</p><p>The ferry runs every hour</p></div>`)).toEqual([PROSE, 'The ferry runs every hour']);
  });

  test('only a number closing a class word is a variant number: "share2x" names no share bar', () => {
    const box = '<div class="share2x h2o-facts"><p>Water level: 2.1 m</p></div>';
    expect(clean(story(box))).toEqual([PROSE, 'Water level: 2.1 m', MORE_PROSE]);
  });

  test('an inline element around a line\'s whole text names it as a block would: a <strong class="caption"> under a picture goes', () => {
    const caption = '<div class="pic"><img src="bridge.jpg"><strong class="caption"><span class="copyright">Jo Lind</span> <span>The old deck seen from the ferry pier</span></strong></div>';
    expect(clean(story(caption))).toEqual([PROSE, MORE_PROSE]);
    // A paragraph whose words sit in inline elements of no furniture name stays.
    expect(clean(story('<p><span class="lead"><b>Spring:</b> work starts on the north pier</span></p>'))).toEqual([PROSE, 'Spring: work starts on the north pier', MORE_PROSE]);
  });

  test('after the story, an empty box (a heading and at most one line) goes, its heading linked or not; a box that says something stays', () => {
    const shell = '<section class="opinions"><h2>Opinions</h2><p>Be the first</p></section>';
    const linkedShell = '<div class="more"><h3><a href="/city">City news</a></h3><p>All of it</p></div>';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${shell}${linkedShell}`)).toEqual([PROSE, MORE_PROSE]);
    const facts = '<div class="facts"><h3>The bridge</h3><p>Opened 1931</p><p>Length 420 m</p><p>Four piers</p></div>';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${facts}`)).toEqual([PROSE, MORE_PROSE, 'The bridge', 'Opened 1931', 'Length 420 m', 'Four piers']);
  });

  test("a picture's caption without a <figcaption>: the line after a picture in a box of its own goes, a credit beside it too", () => {
    const boxes = [
      '<div class="pic"><a href="/img/1"><img src="bridge.jpg"></a><br>The old deck seen from the ferry pier</div>',
      '<div class="media"><img src="pier.jpg"><div class="source">Jo Lind</div><p>The north pier, shifted by a hand\'s width since 2019.</p></div>',
    ];
    expect(clean(story(boxes.join('')))).toEqual([PROSE, MORE_PROSE]);
  });

  test('text after a picture stays when the picture floats in a paragraph, shows a quote\'s speaker, is an icon, or has its <figcaption>; a gallery\'s captions are its story', () => {
    const kept = [
      ['a paragraph a picture floats in', '<p><img src="mayor.jpg">The mayor will open the bridge herself.</p>', ['The mayor will open the bridge herself.']],
      ["a quote with its speaker's portrait", '<blockquote><div><img src="mayor.jpg"></div><div>A bridge is a promise to the next town.</div></blockquote>', ['A bridge is a promise to the next town.']],
      ['an icon before a tip', '<div class="tip"><img src="i.png" width="16" height="16"> Tip: take the ferry until May</div>', ['Tip: take the ferry until May']],
      ['a figure captioned in its <figcaption>', '<figure><img src="deck.jpg"><figcaption>Photo: Jo Lind</figcaption><p>Work starts on the north pier</p></figure>', ['Work starts on the north pier']],
    ] as const;
    for (const [, box, lines] of kept) expect(clean(story(box))).toEqual([PROSE, ...lines, MORE_PROSE]);
    const slides = ['The night boat leaves at ten and serves soup on deck', 'The harbor shuttle carries bicycles for free', 'The island ferry stops at the lighthouse']
      .map((caption) => `<div class="slide"><img src="x.jpg"><p>${caption}</p></div>`);
    expect(clean(`<p>Three ferries worth a ride.</p>${slides.join('')}`)).toEqual([
      'Three ferries worth a ride.',
      'The night boat leaves at ten and serves soup on deck',
      'The harbor shuttle carries bicycles for free',
      'The island ferry stops at the lighthouse',
    ]);
  });

  test('a short furniture name opening a generated class word ("tagstyle_x1") names nothing', () => {
    const kept = clean(`<p>${PROSE}</p><h3 class="tagstyle_x1">What happens next</h3><p>${MORE_PROSE}</p>`);
    expect(kept).toEqual([PROSE, 'What happens next', MORE_PROSE]);
  });

  test('a post whose own classes name furniture ("tag-social") keeps its text, subheadings included', () => {
    const kept = clean(`<div class="post tag-social category-related"><p>${PROSE}</p><h3>What happens next</h3><p>${MORE_PROSE}</p></div>`);
    expect(kept).toEqual([PROSE, 'What happens next', MORE_PROSE]);
  });

  test("a gallery's captions are its story: their caption class names no furniture", () => {
    const captions = ['The night boat leaves at ten and serves soup on deck.', 'The harbor shuttle carries bicycles for free.'];
    const slides = captions.map((caption) => `<figure><img src="x.jpg"><figcaption class="slide-caption"><p>${caption}</p></figcaption></figure>`).join('');
    expect(clean(`<p>Two ferries worth a ride.</p>${slides}`)).toEqual(['Two ferries worth a ride.', ...captions]);
  });

  test('"author" alone names no box: a wrapper around an opinion piece\'s dek keeps it; an author box of prose keeps its headline', () => {
    const dek = 'The bridge is a gift to the next generation, not a burden on this one';
    expect(clean(`<div class="author-bundle"><p class="summary">${dek}</p></div><p>${PROSE}</p>`)).toEqual([dek, PROSE]);
    const account = `<div class="author-box"><h3 class="author-box-headline">Crossed it every day</h3><p>${MORE_PROSE}</p></div>`;
    expect(clean(`<p>${PROSE}</p>${account}`)).toEqual([PROSE, 'Crossed it every day', MORE_PROSE]);
  });

  test('after the story, a box named "author" alone ("post-author") is the author\'s box and goes; before the story it stays', () => {
    const bio = 'Jo Lindqvist covers ports and shipping for the desk and lives on the island';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><section class="post-author"><p>${bio}</p></section>`)).toEqual([PROSE, MORE_PROSE]);
    expect(clean(`<section class="post-author"><p>${bio}</p></section><p>${PROSE}</p>`)).toEqual([bio, PROSE]);
  });

  test("a post's metadata box above the story or after it loses its lines that are no sentence, in any wording; its sentence, and a box so named inside the story, stay", () => {
    const dek = 'The vote ends a decade of delays.';
    const above = `<div class="entry-meta"><p>March 3, 2026 • words by Jo Lind • pictures by Ana</p><p>${dek}</p></div>`;
    expect(clean(`${above}<p>${PROSE}</p><p>${MORE_PROSE}</p>`)).toEqual([dek, PROSE, MORE_PROSE]);
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><p class="postmetadata">Kept by Jo on 07.08.2026 under Harbor</p>`)).toEqual([PROSE, MORE_PROSE]);
    const times = '<div class="recipe-meta"><p>Prep Time 15 mins</p><p>Servings 8</p></div>';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${times}<p>${PROSE}</p>`)).toEqual([PROSE, MORE_PROSE, 'Prep Time 15 mins', 'Servings 8', PROSE]);
  });

  test('a <header> before the story loses its kicker, headline and date; its dek, a sentence, stays', () => {
    const dek = 'The vote ends a decade of delays.';
    const kept = clean(`<header><p>CITY HALL</p><h1>${TITLE}</h1><p>${dek}</p><p>March 3, 2026</p></header><p>${PROSE}</p>`);
    expect(kept).toEqual([dek, PROSE]);
  });

  test("a box named the article's head (class or id word 'header') before the story loses its lines that are no sentence; its dek stays, and so does such a box inside the story", () => {
    const dek = 'The vote ends a decade of delays.';
    const head = `<div class="article-header"><p>CITY HALL</p><p>Harbor Ledger 14, pages 3 to 5</p><p>${dek}</p><p><a href="/bridge.pdf">The story as PDF</a></p></div>`;
    expect(clean(`${head}<p>${PROSE}</p>`)).toEqual([dek, PROSE]);
    const section = '<div id="cost-header"><h2>The cost</h2></div>';
    expect(clean(`<p>${PROSE}</p>${section}<p>${MORE_PROSE}</p>`)).toEqual([PROSE, 'The cost', MORE_PROSE]);
  });

  test('a <header> inside the story opens a section and stays', () => {
    const kept = clean(`<p>${PROSE}</p><section><header><h2>The cost</h2></header><p>${MORE_PROSE}</p></section>`);
    expect(kept).toEqual([PROSE, 'The cost', MORE_PROSE]);
  });

  test('three or more linked lines in a row, and their label, go; two links stay', () => {
    const links = (n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">Ferry fares rise for the ${i + 1}th time this year</a></li>`).join('');
    expect(clean(story(`<p>More from the harbor desk</p><ul>${links(3)}</ul>`))).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story(`<ul>${links(2)}</ul>`))).toHaveLength(4);
  });

  test('a lone linked line after the story goes; addresses, list items and links before the end stay', () => {
    const teaser = '<p><a href="/ferry">Ferry fares rise again this spring</a></p>';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${teaser}`)).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story(teaser))).toEqual([PROSE, 'Ferry fares rise again this spring', MORE_PROSE]);
    for (const source of ['harbor-ledger.example', 'desk@harbor-ledger.example']) {
      expect(clean(`<p>${PROSE}</p><p><a href="https://harbor-ledger.example">${source}</a></p>`)).toEqual([PROSE, source]);
    }
    expect(clean(`<p>${PROSE}</p><ul><li><a href="/report">The engineers’ report</a></li></ul>`)).toEqual([PROSE, 'The engineers’ report']);
  });

  test("an author's box with an account in prose does not carry the story on: a lone linked line before it goes, the box's headline and account stay", () => {
    const bio = 'Jo Lindqvist has covered ports and shipping for the harbor desk since 2015, and before that reported on the ferry lines for a radio station up the coast, where she also ran the morning news.';
    const page = `<p>${PROSE}</p><p>${MORE_PROSE}</p><h2><a href="/ferry">Ferry fares rise again this spring</a></h2><section class="author-bio"><h4>Jo Lindqvist</h4><p>${bio}</p></section>`;
    expect(clean(page)).toEqual([PROSE, MORE_PROSE, 'Jo Lindqvist', bio]);
    // An article of nothing but the author's box (a page whose story is missing) reads its prose as before.
    expect(clean(`<h2><a href="/ferry">Ferry fares rise again this spring</a></h2><section class="author-bio"><p>${bio}</p></section>`)).toEqual(['Ferry fares rise again this spring', bio]);
  });

  test('a linked line opened by an arrow goes anywhere in the story; unlinked, or a quote in guillemets, or linked without an arrow, it stays', () => {
    for (const line of ['<a href="/ferry">&gt;&gt;&gt; Ferry fares rise again</a>', '→ <a href="/results">All results of the vote</a>', '<a href="/ferry">&gt;&gt; Ferry fares rise again &lt;&lt;</a>']) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    for (const line of ['&gt;&gt;&gt; Ferry fares rise again', '<a href="/q">»Not one more year of delays«</a>', '<a href="/report">The engineers’ report</a>']) {
      expect(clean(story(`<p>${line}</p>`))).toHaveLength(3);
    }
  });

  test("after the story, the lines of the article's foot go; a quote's source in its own <footer> and a foot holding prose stay", () => {
    const foot = '<div class="article-footer-box"><h4>Document details</h4><ul><li>Authors: Jo Lind</li><li><a href="/report.pdf">The article as PDF</a></li></ul></div>';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${foot}`)).toEqual([PROSE, MORE_PROSE]);
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><footer><p>Filed in City</p></footer>`)).toEqual([PROSE, MORE_PROSE]);
    const quote = '<blockquote><p>We will not close the old quarter</p><footer>The mayor, in March</footer></blockquote>';
    expect(clean(`<p>${PROSE}</p>${quote}<p>${MORE_PROSE}</p>`)).toEqual([PROSE, 'We will not close the old quarter', 'The mayor, in March', MORE_PROSE]);
    const withProse = `<div class="entry-footer"><p>${MORE_PROSE}</p><p>Ferries leave every hour</p></div>`;
    expect(clean(`<p>${PROSE}</p>${withProse}`)).toEqual([PROSE, MORE_PROSE, 'Ferries leave every hour']);
  });

  test('a linked line in capitals goes anywhere in the story; in title case, unlinked, a heading or a name of two words, it stays', () => {
    for (const line of ['<strong><a href="/ferry">FERRY FARES RISE AGAIN AS THE BRIDGE STAYS SHUT</a></strong>', '<a href="/ferry">A SHORT HISTORY OF THE HARBOR\'S FERRIES</a>']) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    for (const line of ['<p><a href="/report.pdf">The Harbor Bridge Report 2026</a></p>', '<p>FERRY FARES RISE AGAIN</p>', '<h2><a href="#vote">THE VOTE ON TUESDAY</a></h2>', '<p><a href="/nato">NATO HQ</a></p>']) {
      expect(clean(story(line))).toHaveLength(3);
    }
  });

  test('a line of links parted by bars or dots goes anywhere in the story; a linked line without them, or bars in plain text, stays', () => {
    for (const line of [
      '<a href="/print">Print</a> | <a href="/send">Send</a> | <a href="/typo">Report an error</a>',
      '<a href="/press">Press kit - all releases</a> | <a href="/rss">Subscribe to the feed</a>',
      'READ MORE | <a href="/vote">Council delays the vote on the harbor bridge again</a>',
      '<a href="/a">Ferries</a> · <a href="/b">Bridges</a>',
    ]) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    for (const line of ['<a href="/report">The engineers’ report on the piers</a>', 'Kiel | Lübeck | Rostock', 'Fares: <a href="/fares">adults</a> | children | seniors']) {
      expect(clean(story(`<p>${line}</p>`))).toHaveLength(3);
    }
  });

  test('a heading or a label with a colon left last after the story goes; a sign-off and a heading with its text stay', () => {
    expect(clean(`<p>${PROSE}</p><h3>More from the harbor desk</h3><p>Further reading:</p>`)).toEqual([PROSE]);
    expect(clean(`<p>${PROSE}</p><p>Maria Okafor</p>`)).toEqual([PROSE, 'Maria Okafor']);
    expect(clean(`<p>${PROSE}</p><h3>What happens next</h3><p>The vote is in May.</p>`)).toEqual([PROSE, 'What happens next', 'The vote is in May.']);
    expect(clean('<h3>Timetable:</h3>')).toEqual(['Timetable:']);
  });

  test("a line that is a file's size is a download link's: it goes with its label; a size in a sentence or a table stays", () => {
    expect(clean(story('<p>Den Bericht als PDF herunterladen</p><p>123 KB</p>'))).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story('<div>(PDF, 1.2 MB)</div>'))).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story('<p>The plan weighs 40 MB.</p>'))).toEqual([PROSE, 'The plan weighs 40 MB.', MORE_PROSE]);
    expect(clean(`<p>${PROSE}</p><table><tr><td>Size</td><td>40 MB</td></tr></table>`)).toEqual([PROSE, 'Size', '40 MB']);
  });

  test('a short line printed three times (a template slot) goes; twice (a pull quote) stays', () => {
    const slot = '<p>Harbor Ledger gallery</p>';
    expect(clean(`${slot}<p>${PROSE}</p>${slot}<p>${MORE_PROSE}</p>${slot}`)).toEqual([PROSE, MORE_PROSE]);
    expect(clean(`<p>Not one more year of delays</p><p>${PROSE}</p><p>Not one more year of delays</p>`)).toHaveLength(3);
  });

  test('the page address printed as a line (a print header) and the headline as a heading go', () => {
    const kept = clean(`<p>${URL}</p><h2>${TITLE}</h2><p>${PROSE}</p><p>https://harbor-ledger.example/city/other-story</p>`);
    expect(kept).toEqual([PROSE, 'https://harbor-ledger.example/city/other-story']);
  });

  test('a box after the story with a heading and no sentence goes; one that says something stays', () => {
    const empty = '<section><h2>Reader comments</h2><p>Nothing here yet</p></section>';
    expect(clean(`<p>${PROSE}</p>${empty}`)).toEqual([PROSE]);
    const said = '<section><h2>Correction</h2><p>An earlier version misspelled the engineer’s name.</p></section>';
    expect(clean(`<p>${PROSE}</p>${said}`)).toEqual([PROSE, 'Correction', 'An earlier version misspelled the engineer’s name.']);
    const facts = '<section><h2>Harbor bridge</h2><p>Length: 410 m</p><p>Opened: 1962</p><p>Contact: +49 40 1234 5678</p></section>';
    expect(clean(`<p>${PROSE}</p>${facts}`)).toEqual([PROSE, 'Harbor bridge', 'Length: 410 m', 'Opened: 1962', 'Contact: +49 40 1234 5678']);
  });

  test('numbers in a table stay', () => {
    expect(clean(`<p>${PROSE}</p><table><tr><td>Votes for</td><td>7</td></tr><tr><td>Against</td><td>2</td></tr></table>`)).toEqual([PROSE, 'Votes for', '7', 'Against', '2']);
  });

  test('a table that lays out the story (its cells hold the prose) is no data table: its trailing link and its link list go', () => {
    const teaser = '<p><a href="/ferry">Ferry fares rise again this spring</a></p>';
    const links = ['Tide tables for May', 'Harbor webcam', 'Ferry strike ends'].map((title) => `<li><a href="/x">${title}</a></li>`).join('');
    const layout = `<table><tr><td><p>${PROSE}</p><p>${MORE_PROSE}</p>${teaser}</td><td><ul>${links}</ul></td></tr></table>`;
    expect(clean(layout)).toEqual([PROSE, MORE_PROSE]);
    // Cut out of its table by Readability: the cells without their <table> are still the layout's.
    expect(clean(`<td><p>${PROSE}</p><p>${MORE_PROSE}</p>${teaser}</td><td><ul>${links}</ul></td>`)).toEqual([PROSE, MORE_PROSE]);
    // A data table beside the story stays data, even inside a layout table.
    const data = '<table><tr><td><a href="/v">Votes for</a></td><td>7</td></tr><tr><td><a href="/a">Against</a></td><td>2</td></tr><tr><td><a href="/b">Blank</a></td><td>0</td></tr></table>';
    expect(clean(`<table><tr><td><p>${PROSE}</p>${data}</td></tr></table>`)).toEqual([PROSE, 'Votes for', '7', 'Against', '2', 'Blank', '0']);
  });

  test('short paragraphs in a script without spaces stay', () => {
    const paragraphs = ['港の橋の建て替えが決まった。', '工事は春に始まる。', '市長は「長い議論だった」と話した。'];
    expect(clean(paragraphs.map((p) => `<p>${p}</p>`).join(''))).toEqual(paragraphs);
  });
});

describe('word cues, in every language of the tables', () => {
  test.each([
    ['control labels', ['Share · Tweet · Email', 'Kommentare (3)', 'Advertisement', 'Publicité', 'Lire la suite', 'About the author']],
    ['an advertising label before the ad', ['ANZEIGE – Heute mal ausgehen? Drei Tische frei im Hafenkeller']],
    ['a label for other stories', ['Lesen Sie auch', 'À lire aussi :', 'Te puede interesar', 'Schon gelesen?']],
    ['prompts to act on the publication', ['Sign up for our newsletter to get the harbor report every Friday.', 'Folgen Sie uns auf Twitter', 'Abonnez-vous à notre newsletter', 'Follow @harborledger for updates']],
    ['media credits', ['Photo: Jane Doe/Harbor Ledger', 'Foto: dpa', 'Crédits photos : Agence Port', 'Image 3 of 12', 'The bridge at dusk (Image: Harbor Ledger)', 'Image copyright Harbor Ledger', '© Jane Doe / Harbor Ledger', 'Figure 3: Traffic over the bridge by hour', 'Abb. 4: Querschnitt der Brücke', 'The old deck seen from the ferry pier. Photo: Jane Doe/Harbor Ledger', 'Die Brücke im Nebel. Foto: Hafenbote']],
    ['post metadata', ['Filed under: Harbor, Bridges', 'Schlagwörter: Hafen, Brücke', 'Posted on March 30, 2026 by Admin', 'SUGGESTED CITATION Lind, Jo: The bridge vote, Harbor Ledger, 2026/3/4', 'Zitiervorschlag: Lind, Jo (2026): Die Brücke. Hafenbote.', 'Citation: The bridge vote (2026, March 4) retrieved 5 March 2026 from https://harbor-ledger.example/bridge-vote']],
    ['reading time', ['4 min read', 'Lesezeit: 3 Minuten', 'Tempo de leitura: 2 minutos']],
    ['timestamp lines', ['Updated March 3, 2026, 10:15 AM', 'Publiziert: 03.03.2026, 10:15', 'Aktualisiert am 3. März 2026, 10:15 Uhr', 'Publié le 5 juin 2024 à 18h02']],
  ])('%s go', (_, lines) => {
    expect(clean(story(lines.map((line) => `<p>${line}</p>`).join('')))).toEqual([PROSE, MORE_PROSE]);
  });

  test.each([
    ['controls: search, download, skip to content, back to top, enlarge, listen, report an error, shop buttons', [
      'Suche', 'Zum Inhalt springen', 'Pasar al contenido principal', 'Aller au contenu', 'Zum Seitenanfang »', 'Bild vergrößern',
      'ESCUCHA LA NOTICIA', 'Reportar error', 'Télécharger', 'Zum Angebot', 'Preis vergleichen', 'Anmelden und weiterlesen',
    ]],
    ['share buttons naming a platform, and a wiki\'s jump links', ['Share on Facebook', 'Compartir en Twitter', 'Partager sur LinkedIn', 'Delen op WhatsApp', 'Jump to: navigation, search', 'Wechseln zu: Navigation, Suche']],
    ['comment prompts and comment headings', ['Tus comentarios', 'Deixe seu comentário', 'Lesermeinungen']],
    ['advertising slots, "continues after the ad" included', ['Advertorial', 'Anzeigen', 'CONTINUA DEPOIS DA PUBLICIDADE', 'Story continues below advertisement']],
    ['labels of other stories', ['Passend zum Thema', 'Weitere Videos', 'Nos lecteurs ont lu aussi', 'Diese Artikel könnten euch auch interessieren:']],
    ['credits labelled as such', ['Bildcredit: (c) Jo Lind', 'Die Brücke im Nebel. (Symbolbild: Hafenbote)', '(Credits: Harbor Ledger)']],
    ['credits of the words beside the pictures\', and of a translation', ['Text: Jo Lind Fotos: Ana Ruiz', 'Words: Jo Lind, Photos: Ana Ruiz', 'Traduit de l’anglais', 'Übersetzt von: Jo Lind']],
    ['post metadata, its label glued to the first tag included', ['Tags:Uncategorized', 'Eingeordnet unter Allgemein', 'Kategorisiert unter: Häfen • Brücken', 'Erstellt von Jo am Dienstag 6. Mai 2026']],
    ['labels a page wrote with decomposed letters (U and U+0308 for "Ü")', ['U\u0308ber den Autor', 'Zuru\u0308ck zur U\u0308bersicht']],
  ])('%s go, in the languages of the tables', (_, lines) => {
    expect(clean(story(lines.map((line) => `<p>${line}</p>`).join('')))).toEqual([PROSE, MORE_PROSE]);
  });

  test('a counter set in two lines, its number beside its words, goes; a number alone, or beside other words, stays', () => {
    for (const counter of ['<div class="views"><span>3.409</span><br><span>letture</span></div>', '<p>Aufrufe</p><p>1.234</p>']) {
      expect(clean(story(counter))).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean(story('<p>3.409</p><p>Ferries a day</p>'))).toEqual([PROSE, '3.409', 'Ferries a day', MORE_PROSE]);
    expect(clean(story('<p>2026</p>'))).toEqual([PROSE, '2026', MORE_PROSE]);
  });

  test("a prompt to act that names the site by its address's name goes; one naming another service, on the same site, stays", () => {
    const onSite = (line: string): string[] => {
      const doc = parseHtml(`<!DOCTYPE html><html><body><article><p>${PROSE}</p><p>${line}</p><p>${MORE_PROSE}</p></article></body></html>`);
      return storyText(doc.querySelector('article') as Element, { title: TITLE, byline: null, url: 'https://www.hafenbote.example/stadt/bruecke' }).split('\n\n');
    };
    expect(onSite('Subscribe to HAFENBOTE and stay up to date with the harbor.')).toEqual([PROSE, MORE_PROSE]);
    expect(onSite('Sign up for a ferry pass with the harbor office.')).toHaveLength(3);
  });

  test.each([
    ['https://www.hafenbote.example/stadt', 'hafenbote'],
    ['https://news.ledger.co.uk/a', 'ledger'],
    ['https://www.ledger.com.au/a', 'ledger'],
    ['https://edition.abc.example/a', 'abc'],
    ['https://ap.example/a', null],
    ['https://harbor-ledger.example/a', null],
    ['not an address', null],
  ])("the site's name in %s is %s", (url, name) => {
    expect(siteName(url)).toBe(name);
  });

  test.each([
    ['a counter and nothing else', ['Post Views: 22', '(Visited 215 times, 55 visits today)', '1.234 Aufrufe', '37 views', '12 visualizações'], ['22 people came today', 'Die Fähre fuhr 3 mal']],
    [
      "a line naming the site's own newsletter",
      ['Lust auf Hafengeschichten? Melden Sie sich jetzt für unseren Newsletter an!', 'Get our harbor newsletter every Friday.', 'Recibe nuestro boletín cada viernes.', 'Schrijf je in voor onze nieuwsbrief.'],
      ['The port authority stopped its newsletter in May.'],
    ],
    [
      "what a page prints where it could not show something (an old browser, no JavaScript, an embed's placeholder)",
      ['Dein Browser ist leider veraltet.', 'Please enable JavaScript to view the map.', 'Besuchen Sie die Webseite, um dieses Element zu sehen.', 'Para ver este contenido, acepta las cookies.'],
      ['The old ferry terminal still runs on software from 2009.'],
    ],
  ])('%s goes anywhere in the story, in the languages of the tables; a line like it stays', (_, gone, kept) => {
    for (const line of gone) expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    for (const line of kept) expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, line, MORE_PROSE]);
  });

  test("a site's cookie notice goes above the story or after it, in the languages of the tables; a report on cookies inside the story stays", () => {
    for (const notice of ['Diese Website verwendet Cookies. Wenn du sie weiterhin nutzt, stimmst du zu.', 'By continuing to browse, you agree to the use of cookies.', 'Este sitio utiliza cookies propias y de terceros.']) {
      expect(clean(`<p>${notice}</p><p>${PROSE}</p><p>${MORE_PROSE}</p>`)).toEqual([PROSE, MORE_PROSE]);
      expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><p>${notice}</p>`)).toEqual([PROSE, MORE_PROSE]);
    }
    const report = 'The harbor authority’s website uses cookies to track visitors, the regulator found.';
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><p>${report}</p><p>${PROSE}</p>`)).toEqual([PROSE, MORE_PROSE, report, PROSE]);
  });

  test('a label of other stories before a link, in another language, goes with the link: "Nota relacionada: <a>…</a>"', () => {
    for (const label of ['Nota relacionada:', 'Lea aquí:', 'Mehr lesen:']) {
      expect(clean(story(`<p>${label} <a href="/ferry">Ferry fares rise again</a></p>`))).toEqual([PROSE, MORE_PROSE]);
    }
  });

  test('the items of a list under a label of other stories go when each holds a link, however little of it is linked; a list of the story stays', () => {
    const item = (text: string, linked: string): string => `<li>${text} <a href="/s">${linked}</a></li>`;
    const teasers = `<p>More Great Harbor Stories</p><ul>${item('Ferry fares rise,', 'and why it matters')}${item('The night boat', 'returns in May')}</ul>`;
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${teasers}`)).toEqual([PROSE, MORE_PROSE]);
    const decisions = `<p>What the council decided:</p><ul>${item('A new deck,', 'see the plans')}${item('Four new piers', 'by 2028')}</ul>`;
    expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p>${decisions}`)).toEqual([PROSE, MORE_PROSE, 'What the council decided:', 'A new deck, see the plans', 'Four new piers by 2028']);
  });

  test("a site's disclaimer after the story goes: the editors' view, no liability", () => {
    for (const notice of ['Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!', '© Hafenbote - Alle Angaben ohne Gewähr!', "Ses contenus n'engagent pas la rédaction."]) {
      expect(clean(`<p>${PROSE}</p><p>${notice}</p>`)).toEqual([PROSE]);
    }
  });

  test("a timestamp's label alone goes with the date under it; without a date under it, it stays", () => {
    expect(clean(story('<p>Erstveröffentlichung</p><p>31.10.2026</p><p>Letzte Aktualisierung</p><p>02.11.2026</p>'))).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story('<p>Published</p><p>March 3, 2026</p>'))).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story('<p>postado em 04/05/2026 05:49 / atualizado em 04/05/2026 05:50</p>'))).toEqual([PROSE, MORE_PROSE]);
    expect(clean(story('<p>Letzte Aktualisierung</p>'))).toEqual([PROSE, 'Letzte Aktualisierung', MORE_PROSE]);
  });

  test('a line opening with © that is a sentence stays: a dek or a caption may be glued to the credit', () => {
    const glued = '© Harbor Ledger The council picked a design that keeps the old stone piers.';
    expect(clean(story(`<p>${glued}</p>`))).toEqual([PROSE, glued, MORE_PROSE]);
  });

  test('a teaser closed by a linked read-more label goes with its title; a sentence ending in the same word stays', () => {
    const teaser = '<h3><a href="/ferry">Ferry fares rise again</a></h3><p>The night boat costs a euro more from May. <a href="/ferry">more</a></p>';
    expect(clean(story(teaser))).toEqual([PROSE, MORE_PROSE]);
    const cut = '<p>Wie der Hafen früher aussah… <a href="/archiv">mehr ›</a></p>';
    expect(clean(story(cut))).toEqual([PROSE, MORE_PROSE]);
    const sentence = 'Die Fähre kostet ab Mai immer mehr';
    expect(clean(story(`<p>${sentence}</p>`))).toEqual([PROSE, sentence, MORE_PROSE]);
    const unlinked = 'The tolls went up. More';
    expect(clean(story(`<p>${unlinked}</p>`))).toEqual([PROSE, unlinked, MORE_PROSE]);
    // A notice whose last sentence is a link: "… More." ends a sentence, not a teaser.
    const notice = 'We earn a fee from some links. <a href="/fees">More.</a>';
    expect(clean(story(`<p>${notice}</p>`))).toEqual([PROSE, 'We earn a fee from some links. More.', MORE_PROSE]);
  });

  test('a closing credit is a label and a name after the last sentence: a sentence after a label stays', () => {
    const line = 'The mayor gave one reason. Source: the budget, which ran short by a third.';
    expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, line, MORE_PROSE]);
    const list = 'Two things changed. Photo: the pier, the deck and the old crane were all rebuilt';
    expect(clean(story(`<p>${list}</p>`))).toEqual([PROSE, list, MORE_PROSE]);
  });

  test('"Text:" without a picture\'s credit, and a sentence about a translation, stay', () => {
    for (const line of ['Text: Die Brücke bleibt bis Mai gesperrt', 'Translated from Latin, the motto means harbor of peace.']) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, line, MORE_PROSE]);
    }
  });

  test('a figure label opens a caption only with its number: "Figure skating…" stays', () => {
    const line = 'Figure skating returns to the harbor rink in May.';
    expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, line, MORE_PROSE]);
  });

  test('a site notice after the story goes (commenting needs an account, rate this article, the views are the author\'s), its words alone anywhere; inside the story, a sentence using them stays', () => {
    const notices = [
      'You must be logged in to post a comment.',
      'Um diesen Beitrag kommentieren zu können, müssen Sie angemeldet sein.',
      'Connectez-vous pour réagir à cet article.',
      'Hier können Sie den Artikel bewerten',
      'Valora este artículo',
      'The views expressed here are the author’s own and do not necessarily reflect those of Harbor Ledger.',
      'Dieser Beitrag gibt die Meinung der Autorin wieder, nicht notwendigerweise die der Redaktion.',
    ];
    for (const notice of notices) expect(clean(`<p>${PROSE}</p><p>${notice}</p>`)).toEqual([PROSE]);
    // A notice that comments are moderated or where they go, after the story: the site's too.
    for (const notice of ['Note: comments are moderated and may take a day to appear.', 'Kommentare zu diesem Text könnt ihr uns in unseren Netzwerken hinterlassen!', 'Comentários ofensivos não serão aprovados pelo moderador.']) {
      expect(clean(`<p>${PROSE}</p><p>${notice}</p>`)).toEqual([PROSE]);
    }
    // A line that is a notice's words alone is the notice, inside the story too; a sentence of the story using them stays.
    expect(clean(story('<p>(Alle Angaben ohne Gewähr)</p><p>Rate this article:</p>'))).toEqual([PROSE, MORE_PROSE]);
    const ownWords = 'Die Fähre fährt wieder, alle Angaben ohne Gewähr, sagt der Hafenmeister.';
    expect(clean(story(`<p>${ownWords}</p>`))).toEqual([PROSE, ownWords, MORE_PROSE]);
    // The story's closing line about a comment it asked for stays, a platform named or not.
    const noComment = 'The mayor did not respond to a request for comment on Twitter.';
    expect(clean(`<p>${PROSE}</p><p>${noComment}</p>`)).toEqual([PROSE, noComment]);
    // A story's own sentence about accounts and comments, before its last paragraph of prose.
    const inStory = 'Residents must register to comment on the plans.';
    expect(clean(story(`<p>${inStory}</p>`))).toEqual([PROSE, inStory, MORE_PROSE]);
    // "Comment" and "login" inside longer words name neither.
    const words = 'The uncommented bylogin file stayed.';
    expect(clean(`<p>${PROSE}</p><p>${words}</p>`)).toEqual([PROSE, words]);
    // A closing line of the story that shares a disclaimer's words but not its phrase.
    const closing = 'Das ist nicht notwendigerweise die beste Lösung.';
    expect(clean(`<p>${PROSE}</p><p>${closing}</p>`)).toEqual([PROSE, closing]);
  });

  test("a press release's contact block after the story goes, its label alone and the short lines under it, up to a sentence; a fact box's contact line stays", () => {
    const contacts = '<p>Pressekontakt:</p><p>Hafenamt Kiel</p><p>Jo Lind</p><p>Tel.: 0431 123456</p><p>presse@hafen.example</p>';
    const about = 'Das Hafenamt verwaltet seit 1920 die Kais und Fähren der Stadt und beschäftigt heute mehr als dreihundert Menschen an vier Standorten, von der Schleuse bis zum Ostufer, rund um die Uhr im Schichtdienst.';
    expect(clean(`<p>${PROSE}</p>${contacts}`)).toEqual([PROSE]);
    expect(clean(`<p>${PROSE}</p><p>Media contact</p><p>Jo Lind, +1 555 0100</p><p>The harbor office answers calls on weekdays.</p>`)).toEqual([PROSE, 'The harbor office answers calls on weekdays.']);
    // Between the story's paragraphs of prose (a boilerplate about the sender after it), it stays.
    expect(clean(`<p>${PROSE}</p>${contacts}<p>${about}</p>`)).toHaveLength(7);
    // In an info box above the story's first paragraph of prose, it goes.
    expect(clean(`<div class="infobox"><p>Kontakt</p><p>Jo Lind</p><p>Hafenamt, Kai 1</p><p>24103 Kiel Tel: 0431 123456</p></div><p>${PROSE}</p><p>${about}</p>`)).toEqual([PROSE, about]);
    expect(clean(`<p>${PROSE}</p><p>Contact: +49 40 1234 5678</p>`)).toEqual([PROSE, 'Contact: +49 40 1234 5678']);
  });

  test('a rights notice after the story goes, in any language; a sentence of terms and a mention inside the story stay', () => {
    for (const notice of ['© 2026 Harbor Ledger', 'Copyright Harbor Ledger Media', 'Alle Rechte vorbehalten', 'Texte sous licence CC BY-SA 4.0']) {
      expect(clean(`<p>${PROSE}</p><p>${notice}</p>`)).toEqual([PROSE]);
    }
    const licence = 'This text is published under a CC BY-SA 4.0 licence. The photos are not.';
    expect(clean(`<p>${PROSE}</p><p>${licence}</p>`)).toEqual([PROSE]);
    const inStory = 'The archive put its harbor photos under a Creative Commons licence.';
    expect(clean(story(`<p>${inStory}</p>`))).toEqual([PROSE, inStory, MORE_PROSE]);
    // Ending in full stops, a line of nothing but the notice's sentences goes too; a story's sentence on copyright stays.
    for (const notice of ['Copyright @ 2026 Harbor Ledger.', '© 2026 Harbor Ledger Media LLC. All Rights Reserved.', 'Copyright © Harbor Ledger. Alle Rechte vorbehalten.']) {
      expect(clean(`<p>${PROSE}</p><p>${notice}</p>`)).toEqual([PROSE]);
    }
    expect(clean(`<p>${PROSE}</p><p>Copyright holders sued the port in 2026.</p>`)).toEqual([PROSE, 'Copyright holders sued the port in 2026.']);
    const terms = '© 2026 Harbor Wire. All rights reserved. This material may not be published or rewritten.';
    expect(clean(`<p>${PROSE}</p><p>${terms}</p>`)).toEqual([PROSE, terms]);
    expect(clean(story('<p>Copyright law and the bridge</p>'))).toEqual([PROSE, 'Copyright law and the bridge', MORE_PROSE]);
  });

  test('a label opening a line whose rest is a link goes: "Related: <a>…</a>"', () => {
    expect(clean(story('<p>Related: <a href="/ferry">Ferry fares rise again</a></p>'))).toEqual([PROSE, MORE_PROSE]);
  });

  test.each([
    ['a sentence that opens like a label', 'Related costs rose by a third.'],
    ['a prompt about something else', 'Sign up for a library card at the front desk.'],
    ['a story sentence that opens like a post line', 'Posted on the door of city hall, the notice gave residents two weeks.'],
    ['a word that contains a label', 'Anzeigen in der Zeitung kosten mehr.'],
    ['a photo without a credit label', 'Photo finishes decided two of the races.'],
    ['a share of something else', 'Share on the harbor board'],
    ['dimensions, whose "x" is no label', '160 x 305 x 255'],
  ])('%s stays', (_, line) => {
    expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, line, MORE_PROSE]);
  });

  test('a byline labelled with a colon goes, in any language of the table, its label alone too; a line opening with the same word as a preposition stays', () => {
    for (const line of ['Von: Jo Lind', 'Von:', 'Par : Jo Lind', 'Autora: Jo Lind', 'Author: Harbor Ledger staff']) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean(story('<h3>Von Brücken und Fähren</h3>'))).toEqual([PROSE, 'Von Brücken und Fähren', MORE_PROSE]);
  });

  test('the byline printed as its own line goes', () => {
    expect(clean(story('<p>By Maria Okafor</p><p>Maria Okafor | Harbor Ledger</p>'), { byline: 'Maria Okafor · Harbor Ledger' })).toEqual([PROSE, MORE_PROSE]);
  });

  test('a byline opened by a preposition of another language goes above the story or after it; over a section or inside the story it stays', () => {
    const bylines = ['Von Jo Lind', 'von Jo Lind und Ana Ruiz', 'Eine Kolumne von Jo Lind', 'Por Ana Ruiz', 'Von Jo Lind, Ana Ruiz und Lu Berg, dpa', 'Ein Artikel von Jo Lind | 27.01.2026 - 12:45'];
    for (const line of bylines) {
      expect(clean(`<p>${line}</p><p>${PROSE}</p><p>${MORE_PROSE}</p>`)).toEqual([PROSE, MORE_PROSE]);
      // Under a dek that is itself a long sentence, the byline is still above the story.
      expect(clean(`<p>${PROSE}</p><p>${line}</p><p>${MORE_PROSE}</p>`)).toEqual([PROSE, MORE_PROSE]);
      expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><p>${line}</p>`)).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean('<h3>Von Rittern und Burgen</h3><p>' + PROSE + '</p>')).toEqual(['Von Rittern und Burgen', PROSE]);
    for (const line of ['Von Hamburg nach Kiel', 'Von Jo', 'Por qué cerró el puente']) {
      expect(clean(`<p>${line}</p><p>${PROSE}</p>`)).toEqual([line, PROSE]);
    }
    const inside = `<p>${PROSE}</p><p>${MORE_PROSE}</p><p>Von Rittern und Burgen</p><p>${PROSE}</p>`;
    expect(clean(inside)).toEqual([PROSE, MORE_PROSE, 'Von Rittern und Burgen', PROSE]);
  });

  test("above the story, a stamp of timestamps and names goes (who, where, when); a line without a timestamp, or inside the story, stays", () => {
    for (const line of ['11.03.2026 - Jo Lind', '04.03.2026 | 13:10 Uhr | Jo Lind', 'Kiel - Mittwoch, 04.03.2026, 11:17 Uhr']) {
      expect(clean(`<p>${line}</p><p>${PROSE}</p><p>${MORE_PROSE}</p>`)).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean(`<p>Kiel - Lübeck 2:1</p><p>${PROSE}</p>`)).toEqual(['Kiel - Lübeck 2:1', PROSE]);
    const inside = `<p>${PROSE}</p><p>${MORE_PROSE}</p><p>04.03.2026 | Kiel</p><p>${PROSE}</p>`;
    expect(clean(inside)).toEqual([PROSE, MORE_PROSE, '04.03.2026 | Kiel', PROSE]);
  });

  test('above the story, a date in digits and a desk with only a space between is a stamp too; a date opening a clause stays', () => {
    for (const line of ['04.03.2026 Hafen', '2026-03-04 Harbor Desk']) {
      expect(clean(`<p>${line}</p><p>${PROSE}</p><p>${MORE_PROSE}</p>`)).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean(`<p>04.03.2026 Der Rat tagt</p><p>${PROSE}</p>`)).toEqual(['04.03.2026 Der Rat tagt', PROSE]);
  });

  test("an author's or agency's initials after the story's last sentence go; a list of acronyms, a word and a code inside the story stay", () => {
    for (const code of ['AgE', 'DS', '(jg)', 'erb/ots', 'PM DJV/fh']) {
      expect(clean(`<p>${PROSE}</p><p>${MORE_PROSE}</p><p>${code}</p>`)).toEqual([PROSE, MORE_PROSE]);
    }
    expect(clean(`<p>${PROSE}</p><p>Betroffen sind:</p><p>UFF</p><p>IFB</p>`)).toEqual([PROSE, 'Betroffen sind:', 'UFF', 'IFB']);
    expect(clean(`<p>${PROSE}</p><p>Pros</p>`)).toEqual([PROSE, 'Pros']);
    expect(clean(story('<p>DS</p>'))).toEqual([PROSE, 'DS', MORE_PROSE]);
  });

  test('a share button glued to a quote is cut off, the quote stays', () => {
    expect(clean(story('<p>Bridges outlive the people who argue about them.Click To Tweet</p>'))).toEqual([
      PROSE,
      'Bridges outlive the people who argue about them.',
      MORE_PROSE,
    ]);
  });

  test("a prompt's box goes whole: its pitch and its button's label with the prompt; a box of the story, or one holding most of a short story, stays", () => {
    const box = '<div class="panel"><p>The day on the water, before your coffee</p><p>Sign up for our newsletter to get the harbor report every morning.</p><p><a href="/join">Sign up now</a></p></div>';
    expect(clean(story(box))).toEqual([PROSE, MORE_PROSE]);
    // A section of the story holding a prompt among its lines keeps them: the section has prose.
    const section = `<section><h3>How to follow the works</h3><p>${PROSE}</p><p>Sign up for our newsletter.</p></section>`;
    expect(clean(section)).toEqual(['How to follow the works', PROSE]);
    // A short story of short lines in one box, a prompt last: the box is the story, its lines stay.
    const brief = '<div class="body"><p>The ferry runs again from Monday.</p><p>Tickets cost the same as last year.</p><p>Sign up for our newsletter.</p></div>';
    expect(clean(brief)).toEqual(['The ferry runs again from Monday.', 'Tickets cost the same as last year.']);
  });

  test("a subscription offer goes with its box (the price, the benefits), in the languages of the tables; a story's line about a service's pass stays", () => {
    const offer = '<div class="panel"><p>Keep reading the Harbor Ledger</p><ul><li>Unlimited access to all our stories</li><li>The crossword every day</li></ul><p>€4 a month</p></div>';
    expect(clean(story(offer))).toEqual([PROSE, MORE_PROSE]);
    for (const line of ['Already a subscriber? Log in here.', 'Nur für Abonnenten: Lesen Sie weiter mit dem Hafenboten-Abo.', 'Réservé aux abonnés']) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    const pass = 'The new pass gives commuters unlimited access to the ferries and can be cancelled anytime.';
    expect(clean(story(`<p>${pass}</p>`))).toEqual([PROSE, pass, MORE_PROSE]);
  });

  test("a disclosure of the page's affiliate links goes anywhere, in the languages of the tables; a story's line on affiliate marketing stays", () => {
    for (const line of [
      'This post may contain affiliate links: buying through them supports the Harbor Ledger.',
      'Dieser Artikel enthält Affiliate-Links.',
      'Cet article contient des liens affiliés.',
    ]) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    const market = 'The ferry company cut the affiliate commission it pays travel blogs to three percent.';
    expect(clean(story(`<p>${market}</p>`))).toEqual([PROSE, market, MORE_PROSE]);
  });

  test('a contact line after the story goes (an address or a handle and a word asking to get in touch), in the languages of the tables; a handle without one, or inside the story, stays', () => {
    const end = (line: string): string => `<p>${PROSE}</p><p>${MORE_PROSE}</p><p>${line}</p>`;
    for (const line of [
      'Jo Lind covers the port for the Harbor Ledger. Follow her on Twitter @jolind or email her at jo@harbor-ledger.example',
      'To reach the desk behind this story, contact harbor@harbor-ledger.example.',
      'Fragen zur Fähre? Dann melden Sie sich gern bei uns: per E-Mail an faehre@hafenbote.example',
      'Reach the reporters on the social site at http://social.example/jolind and http://social.example/anaruiz',
      'Follow our full coverage of the bridge at https://www.harbor-ledger.example/bridge',
    ]) {
      expect(clean(end(line))).toEqual([PROSE, MORE_PROSE]);
    }
    for (const line of ['— Harbor Ledger (@harborledger) May 3, 2026', 'The council posted the vote on its account, @harborcouncil.', 'The full report is at https://harbor.example/report.pdf']) {
      expect(clean(end(line))).toEqual([PROSE, MORE_PROSE, line]);
    }
    const inside = 'Readers can email the ferry desk at ferry@harbor-ledger.example.';
    expect(clean(story(`<p>${inside}</p>`))).toEqual([PROSE, inside, MORE_PROSE]);
  });

  test('a note on where the text came from goes anywhere, in the languages of the tables; a sentence about a first publication stays', () => {
    for (const line of [
      'This article originally appeared on the Ferry Gazette.',
      'Jo Lind contributed to this report.',
      'Dieser Artikel erschien zuerst im Hafenboten 3/26.',
      'Cet article a été initialement publié dans La Gazette du Port.',
      'Bei diesem Beitrag handelt es sich um einen Blog aus der Hafenboten-Community.',
      'This is a guest post by the Ferry Friends.',
    ]) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    const history = 'The bridge plans were first published in 1931, the year the old deck opened.';
    expect(clean(story(`<p>${history}</p>`))).toEqual([PROSE, history, MORE_PROSE]);
  });

  test("a prompt to click the page's link goes anywhere, in the languages of the tables; a story's sentence about clicking stays", () => {
    for (const line of [
      'Get the Harbor Ledger delivered every week. Click here for more information.',
      'Die Fähre jetzt auch digital! Einfach hier klicken und registrieren!',
      'Wie wohnen unsere Leser? Klicke dich durch die Bilder der Community.',
      'Pour lire le rapport du conseil, cliquez ici.',
    ]) {
      expect(clean(story(`<p>${line}</p>`))).toEqual([PROSE, MORE_PROSE]);
    }
    const vote = 'Councillors voted by clicking a button on their tablets.';
    expect(clean(story(`<p>${vote}</p>`))).toEqual([PROSE, vote, MORE_PROSE]);
  });

  test('running prose stays even when it opens with a prompt', () => {
    const prompt = `Sign up for our newsletter, the mayor told residents at the meeting, was the quickest way to hear when the old bridge would close for good and which ferry routes would run while it was rebuilt.`;
    expect(clean(story(`<p>${prompt}</p>`))).toEqual([PROSE, prompt, MORE_PROSE]);
  });
});

describe('running prose is never removed', () => {
  const word = fc.constantFrom('bridge', 'council', 'Share', 'Related:', 'Photo:', 'Sign', 'up', 'our', 'newsletter', 'March', '3,', '2026', 'the', 'and');
  const block = fc.record({
    words: fc.array(word, { minLength: 1, maxLength: 45 }),
    end: fc.constantFrom('', '.', '?'),
    linked: fc.boolean(),
    names: fc.array(fc.constantFrom('share', 'nav', 'caption', 'related', 'content', 'post'), { maxLength: 2 }),
    tag: fc.constantFrom('p', 'li', 'h3', 'nav', 'header'),
    pictured: fc.boolean(),
  });
  test('whatever the rules read', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (specs) => {
        const blocks: TextBlock[] = specs.map((spec) => {
          const text = `${spec.words.join(' ')}${spec.end}`;
          const chars = text.replace(/\s+/g, '').length;
          return {
            text,
            chars,
            words: text.split(/\s+/).filter(Boolean).length,
            line: text.toLowerCase(),
            linkChars: spec.linked ? chars : 0,
            path: [{ tag: spec.tag, names: spec.names, opensWithPicture: spec.pictured }],
            heading: spec.tag === 'h3',
            listItem: spec.tag === 'li',
            tableCell: false,
          };
        });
        const kept = cleanStoryBlocks(blocks, { title: null, byline: null, url: URL });
        for (const prose of blocks.filter(isRunningProse)) expect(kept.map((b) => b.text)).toContain(prose.text);
      }),
    );
  });
});

test('every furniture rule is listed once, so the bench leaves each out once', () => {
  const names = FURNITURE_RULES.map((rule) => rule.name);
  expect(new Set(names).size).toBe(names.length);
});
