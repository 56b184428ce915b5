// One read-only walk over the document that gathers every element the date collectors
// read. Outside the browser (linkedom) each querySelectorAll walks the whole tree again,
// and reading childNodes builds an array per node: one walk over firstChild/nextSibling
// keeps collecting to a few milliseconds on big pages.
import { writtenDate } from './date-writing-script.ts';

export interface Located<T> {
  node: T;
  /** Characters of visible text before the node, in document order. */
  offset: number;
}

export interface DatedText extends Located<Text> {
  /** The node's text joined with the text nodes right after it (see `visit`); a badge's parts (see `dateBadge`). */
  text: string;
  /** The element the date is read from: the node's parent, or the date badge holding it. */
  element: Element;
  /** True for a badge, whose textContent glues its parts ("Feb 18" + "2009" reads "Feb 182009"). */
  badge: boolean;
}

export interface HeadingCandidate extends Located<Element> {
  /** Lower is likelier the story's headline. */
  rank: number;
}

export interface PageScan {
  metas: Element[];
  jsonLdScripts: Element[];
  /** Inline scripts (page state as JSON, analytics objects): a last source of dates. */
  dataScripts: Element[];
  /** Non-meta elements with itemprop datePublished/dateModified/dateCreated. */
  microdata: Element[];
  /** <time>, [datetime], [data-date]-like and hAtom date elements. */
  dated: Located<Element>[];
  /** Text nodes that contain something date-like, with their parent element. */
  datedTexts: DatedText[];
  headings: HeadingCandidate[];
}

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;
/** Never visible, or already read as a dated element. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'textarea', 'time', 'title']);
const STORY_CONTAINERS = new Set(['article', 'main']);
const MICRODATA_DATE = /^date(?:published|modified|created)$/i;
const HATOM_DATE = /\b(?:published|updated|dtstart)\b/;
/**
 * Data attributes that hold an element's date for the page's scripts, as `datetime` does for
 * a <time>: `<div data-date="18. März 2020">`, `<span data-date-time="2023-11-02 20:06:13">`.
 */
const DATE_DATA_ATTRIBUTES = ['data-date', 'data-date-time', 'data-datetime', 'data-publish-date', 'data-published', 'data-published-at-date', 'data-pubdate'] as const;
const MIN_HEADLINE_CHARS = 10;
/** A text node that is only a year of the web's time may be the last part of a date badge (see `dateBadge`). */
const YEAR_ALONE = /^\s*(?:19|20)\d\d\s*$/;
/** A badge is the year's element or its parent, and holds a date and little else. */
const BADGE_LEVELS = 2;
const MAX_BADGE_CHARS = 32;
/**
 * Class names the accessibility conventions give text hidden from sight and kept for screen
 * readers (HTML5 Boilerplate, Bootstrap, WordPress, Drupal).
 */
const SCREEN_READER_ONLY = /(?<![\w-])(?:visuallyhidden|visually-hidden|sr-only|screen-reader-text|element-invisible)(?![\w-])/;
/** WordPress's `.entry-title` sits on a heading (or a header-level element) in practice. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'header', 'div']);

/** Walks the document once; `looksDated` decides which text nodes (and date data attributes) to keep. */
export function scanPage(doc: Document, looksDated: (text: string) => boolean): PageScan {
  const scan: PageScan = { metas: [], jsonLdScripts: [], dataScripts: [], microdata: [], dated: [], datedTexts: [], headings: [] };
  let offset = 0;

  const visit = (node: Node, inStory: boolean, inBody: boolean): void => {
    if (node.nodeType === NODE_TEXT) {
      // Outside the browser, `4.&thinsp;2.&thinsp;2022` parses as five sibling text nodes
      // (browsers merge them): a run of text siblings is read as one.
      if (node.previousSibling?.nodeType === NODE_TEXT) return;
      const text = textRun(node);
      const parent = node.parentElement;
      if (inBody && parent) {
        if (looksDated(text)) scan.datedTexts.push({ node: node as Text, offset, text, element: parent, badge: false });
        else if (YEAR_ALONE.test(text)) {
          const badge = dateBadge(parent, looksDated);
          if (badge) scan.datedTexts.push({ node: node as Text, offset, ...badge, badge: true });
        }
      }
      offset += text.trim().length;
      return;
    }
    if (node.nodeType !== NODE_ELEMENT) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    gather(element, tag, inStory, offset, scan, looksDated);
    if (SKIPPED_TAGS.has(tag)) {
      if (tag === 'time') offset += (element.textContent ?? '').trim().length;
      if (tag === 'script' && inBody) addWrittenDate(element, offset, scan, looksDated);
      return;
    }
    const childInStory = inStory || STORY_CONTAINERS.has(tag);
    const childInBody = inBody || tag === 'body';
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, childInStory, childInBody);
  };
  // From the document's own children: linkedom may leave stray nodes before <html>, and
  // its doctype has no nextSibling, so the top level is read as a list.
  for (const child of doc.childNodes) visit(child, false, false);
  return scan;
}

/** A script that prints its date where it stands (date-writing-script.ts): read as its parent's text. */
function addWrittenDate(script: Element, offset: number, scan: PageScan, looksDated: (text: string) => boolean): void {
  const text = writtenDate(script, looksDated);
  const parent = script.parentElement;
  const node = script.firstChild;
  if (text !== null && parent && node?.nodeType === NODE_TEXT) scan.datedTexts.push({ node: node as Text, offset, text, element: parent, badge: false });
}

/**
 * A date badge: day, month and year each in its own element ("Feb", "18", "2009"), as blog
 * themes print a post's date, so that no text node alone looks like a date. Read from the
 * year's element or the one around it, its parts joined with spaces, when that is short.
 */
function dateBadge(yearHolder: Element, looksDated: (text: string) => boolean): { element: Element; text: string } | null {
  for (let element: Element | null = yearHolder, level = 0; element && level < BADGE_LEVELS; element = element.parentElement, level++) {
    const text = [...element.childNodes].map((child) => (child.textContent ?? '').trim()).filter(Boolean).join(' ');
    if (text.length > MAX_BADGE_CHARS) return null;
    if (looksDated(text)) return { element, text };
  }
  return null;
}

function textRun(first: Node): string {
  let text = first.textContent ?? '';
  for (let next = first.nextSibling; next?.nodeType === NODE_TEXT; next = next.nextSibling) text += next.textContent ?? '';
  return text;
}

function gather(element: Element, tag: string, inStory: boolean, offset: number, scan: PageScan, looksDated: (text: string) => boolean): void {
  const rank = headingRank(element, tag, inStory);
  if (rank !== null && (element.textContent ?? '').trim().length >= MIN_HEADLINE_CHARS) {
    scan.headings.push({ node: element, offset, rank });
  }
  if (tag === 'script') {
    if (/ld\+json/i.test(element.getAttribute('type') ?? '')) scan.jsonLdScripts.push(element);
    else if (!element.hasAttribute('src')) scan.dataScripts.push(element);
    return;
  }
  // Most elements carry no attribute at all: skip the attribute reads. Not a bare <time>:
  // the tag alone says "a date", and SKIPPED_TAGS keeps its text out of the text scan.
  if (tag !== 'time' && !element.hasAttributes()) return;
  if (tag === 'meta') scan.metas.push(element);
  else if (MICRODATA_DATE.test(element.getAttribute('itemprop') ?? '')) scan.microdata.push(element);
  if (tag === 'time' || element.hasAttribute('datetime') || (tag === 'abbr' && HATOM_DATE.test(element.getAttribute('class') ?? '')) ||
    dataDate(element, looksDated) !== null) {
    scan.dated.push({ node: element, offset });
  }
}

/**
 * The date an element's data attribute holds for the page's scripts (see DATE_DATA_ATTRIBUTES),
 * if it looks like one: not a flag ("true"), nor an epoch count in an unknown unit ("1698583644").
 */
export function dataDate(element: Element, looksDated: (text: string) => boolean): string | null {
  // Asked name by name: listing an element's attribute names costs more, outside the browser.
  for (const name of DATE_DATA_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && looksDated(value)) return value;
  }
  return null;
}

function headingRank(element: Element, tag: string, inStory: boolean): number | null {
  if (!HEADING_TAGS.has(tag)) return null;
  const classes = element.getAttribute('class') ?? '';
  // A heading only screen readers get (the site's name in the banner) is not the headline a reader sees.
  if (SCREEN_READER_ONLY.test(classes)) return null;
  const entryTitle = /\bentry-title\b/.test(classes);
  if (tag === 'h1') return inStory || entryTitle ? 0 : 1;
  if (entryTitle) return 2;
  if (tag === 'h2') return inStory ? 3 : 4;
  return null;
}

/** The likeliest headline: best rank, then first in the page. */
export function pickHeadline(headings: readonly HeadingCandidate[]): HeadingCandidate | null {
  let best: HeadingCandidate | null = null;
  for (const heading of headings) if (!best || heading.rank < best.rank) best = heading;
  return best;
}
