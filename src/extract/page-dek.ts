// The story's dek (standfirst): the sentence or two under the headline that says what the
// story is about. Pages often set it in the article's header, apart from the body, and
// Readability then leaves it out. The page tells it apart from a caption, a prompt or a
// teaser by giving the same words as its own description (<meta name="description">,
// og:description), which Readability reads as the excerpt, or by setting it as the
// subheading right under the headline. Some pages set the dek as the caption of the lead
// picture (a <figcaption>, which the page's paragraphs leave out as captions): the
// description tells it from a caption there too.
import { countWords } from '../digest/word-count.ts';
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { linkDensity } from './block-shape.ts';
import type { PageBlock } from './page-prose.ts';

/** A dek is at least a clause: a few words matching the description by chance are not one. */
const MIN_DEK_WORDS = 8;
/** A dek is the page's own words, not a link to another page. */
const MAX_DEK_LINK_DENSITY = 0.3;
/** A block this short matches too much to say where the content starts on the page. */
const MIN_MATCH_CHARS = 40;
/**
 * A metadata line set as a subheading: a clock time ("8:54 AM") or parts split by bars
 * ("Von Jo Lind | Oct 24, 2023"). A dek is neither.
 */
const METADATA_LINE = /(?<!\d)\d{1,2}:\d{2}(?!\d)|\s\|\s/u;
/** A description cut short by the page: "…" or "..." at its end. */
const CUT_SHORT = /(?:…|\.\.\.)$/u;
/** A description this short, once cut, says too little to match a dek by its opening. */
const MIN_CUT_DESCRIPTION_CHARS = 40;

/**
 * Where a page describes itself: the description for search engines and the one for
 * link previews, which may differ (the dek in one, a teaser written for sharing in the other).
 */
const DESCRIPTION_META = 'meta[name="description" i], meta[property="og:description" i], meta[name="twitter:description" i]';

/** The page's own descriptions of itself (see DESCRIPTION_META), whitespace collapsed. */
export function pageDescriptions(doc: Document): string[] {
  return [...doc.querySelectorAll(DESCRIPTION_META)].map((meta) => squeezeWhitespace(meta.getAttribute('content') ?? '')).filter(Boolean);
}

/**
 * `content` with the page's dek put first, when the page has one between its headline
 * (`<h1>`; the page's top on a page without one) and the content's first paragraph that
 * the content lacks; else `content` as it is. `blocks` are the page's paragraphs
 * (pageBlocks), `descriptions` what the page says it is about (Readability's excerpt,
 * pageDescriptions), the first matched first.
 */
export function withPageDek(content: Node, blocks: readonly PageBlock[], descriptions: readonly (string | null)[]): Node {
  const contentText = squeezeWhitespace(content.textContent ?? '');
  const under = blocksUnderHeadline(blocks, contentText).filter((block) => !contentText.includes(block.text));
  let described: string | undefined;
  for (const wanted of new Set(descriptions.map((description) => squeezeWhitespace(description ?? '')).filter(Boolean))) {
    described ??= under.find((block) => isDek(block, wanted))?.text ?? captionDek(blocks, contentText, wanted);
  }
  const dek = described ?? subheadingUnder(blocks, under[0])?.text;
  const doc = content.ownerDocument;
  if (!dek || !doc) return content;
  const paragraph = doc.createElement('p');
  paragraph.textContent = dek;
  content.insertBefore(paragraph, content.firstChild);
  return content;
}

/**
 * The page's blocks before the content's first paragraph, after the last headline before
 * it: a dek sits under the headline, not above it (where other stories' teasers are).
 */
export function blocksUnderHeadline(blocks: readonly PageBlock[], contentText: string): readonly PageBlock[] {
  const first = contentStart(blocks, contentText);
  if (first < 0) return [];
  const headline = blocks.slice(0, first).findLastIndex(isHeadline);
  return blocks.slice(headline + 1, first);
}

/**
 * The page's first block under its `<h1>`, when it is a subheading (`<h2>`–`<h6>`) of a
 * clause's length right under it: the page sets its dek as one ("Risks and side effects
 * come not only with drugs…"). A kicker is a few words; a byline is a metadata line.
 */
function subheadingUnder(blocks: readonly PageBlock[], first: PageBlock | undefined): PageBlock | undefined {
  if (!first?.heading || isHeadline(first)) return undefined;
  const above = blocks[blocks.indexOf(first) - 1];
  if (!above || !isHeadline(above)) return undefined;
  return isClause(first) && !METADATA_LINE.test(first.text) ? first : undefined;
}

const isHeadline = (block: PageBlock): boolean => block.owner.tagName.toUpperCase() === 'H1';

/** A few words that may say what the story is about: long enough, the page's own words. */
const isClause = (block: DekCandidate): boolean => linkDensity(block) < MAX_DEK_LINK_DENSITY && countWords(block.text) >= MIN_DEK_WORDS;

/** What a dek is told by: its text and how much of it is links. */
type DekCandidate = Pick<PageBlock, 'text' | 'chars' | 'linkChars'>;

/**
 * The text of a picture's caption between the headline and the content's start that is
 * the page's description, and which the content lacks; else undefined.
 */
function captionDek(blocks: readonly PageBlock[], contentText: string, description: string): string | undefined {
  const first = contentStart(blocks, contentText);
  if (first < 0) return undefined;
  const start = blocks[first]!.owner;
  const headline = blocks.slice(0, first).findLast(isHeadline)?.owner;
  for (const caption of start.ownerDocument.querySelectorAll('figcaption')) {
    if (headline && !precedes(headline, caption)) continue;
    if (!precedes(caption, start)) break;
    const text = squeezeWhitespace(caption.textContent ?? '');
    if (!contentText.includes(text) && isDek({ text, chars: solidLength(text), linkChars: linkedLength(caption) }, description)) return text;
  }
  return undefined;
}

/**
 * `earlier` comes before `later` in the page, and does not hold it. (linkedom's
 * compareDocumentPosition answers wrongly across subtrees: the order is read from the
 * two nodes' ancestors.)
 */
function precedes(earlier: Node, later: Node): boolean {
  const [a, b] = [ancestry(earlier), ancestry(later)];
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++;
  if (depth === 0 || depth === a.length || depth === b.length) return false;
  const siblings = [...a[depth]!.parentNode!.childNodes];
  return siblings.indexOf(a[depth] as ChildNode) < siblings.indexOf(b[depth] as ChildNode);
}

/** The node and its ancestors, the outermost first. */
function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let at: Node | null = node; at; at = at.parentNode) chain.unshift(at);
  return chain;
}

const solidLength = (text: string): number => text.replace(WHITESPACE, '').length;
const WHITESPACE = /\s+/g;

/** Non-space characters inside the element's links. */
function linkedLength(element: Element): number {
  return [...element.querySelectorAll('a')].reduce((sum, link) => sum + solidLength(link.textContent ?? ''), 0);
}

/** Where the content starts on the page: the index of its first block long enough to tell, or -1. */
export function contentStart(blocks: readonly PageBlock[], contentText: string): number {
  return blocks.findIndex((block) => block.chars >= MIN_MATCH_CHARS && contentText.includes(block.text));
}

/** The page's description in the page's text: the same words, or their opening when the description is cut short. */
function isDek(block: DekCandidate, description: string): boolean {
  if (!isClause(block)) return false;
  if (block.text === description || description.startsWith(block.text)) return true;
  const opening = description.replace(CUT_SHORT, '').trimEnd();
  return opening !== description && opening.length >= MIN_CUT_DESCRIPTION_CHARS && block.text.startsWith(opening);
}
