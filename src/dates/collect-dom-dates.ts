// Dates read from the page's visible structure: <time> (and hAtom) elements here, and
// date-like text (collect-text-dates.ts), each with the label printed before it, its page
// zone and its distance from the headline.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import type { DateCandidate } from '../types.ts';
import { collectTextDates, type FoundDate } from './collect-text-dates.ts';
import { formatDomHint, SHOWN_TEXT_SEPARATOR } from './date-hint.ts';
import { type DateLabel, isForeignLabel, LABEL_CONTEXT_CHARS, labelKind } from './date-labels.ts';
import { afterLastDate, beforeFirstDate, looksDated } from './date-like-text.ts';
import { isInEventBox } from './event-box.ts';
import { describeElement, pageZone } from './page-zone.ts';
import { dataDate, pickHeadline, type PageScan } from './scan-page.ts';

/** How many levels up the label search climbs when the date is first in its parent. */
const LABEL_LEVELS = 2;
/**
 * A picture's caption tells of its picture: when the photo was taken ("…at the harbour,
 * May 3, 2019. Photo: Ann Lee"), a credit's year. Never when the page was written.
 */
const CAPTION = 'figcaption';
/** hAtom's and WordPress's class for the first publication's element. */
const PUBLISHED_CLASS = /published/;
/** HTML5's old `pubdate` attribute, kept in the hint: scoring reads it as the article's own date (score-candidate.ts PUBLISHED_DESCRIPTOR). */
const PUBDATE_HINT = ' pubdate';
/** How much of the text a dated element shows is kept beside its machine value. */
const SHOWN_TEXT_CHARS = 80;

/**
 * Candidates from <time>-like elements and date-like text, in document order, each with the
 * hint the resolver reads (date-hint.ts): the element's names, its page zone, its distance
 * from the headline, whether it sits in running text. A date whose place says it is not the
 * page's (standsApart) is no candidate at all.
 */
export function collectDomDates(scan: PageScan): DateCandidate[] {
  const headline = pickHeadline(scan.headings);
  return [...fromDatedElements(scan), ...collectTextDates(scan)]
    .sort((a, b) => a.offset - b.offset)
    .flatMap(({ candidate, element, offset, prose }) => {
      const zone = pageZone(element);
      if (zone === 'clock' || standsApart(element)) return [];
      const distance = headline ? offset - headline.offset : null;
      return [{ ...candidate, hint: formatDomHint({ descriptor: candidate.hint ?? describeElement(element), zone, distance, prose }) }];
    });
}

/**
 * True for an element whose place on the page says its date is not the page's, whatever
 * words are printed around it (the clock zone, a widget showing the reader's current day,
 * is told apart by pageZone):
 * - a picture's caption (CAPTION): when the photo was taken;
 * - a box of coming events (event-box.ts): when they take place.
 */
function standsApart(element: Element): boolean {
  return element.closest(CAPTION) !== null || isInEventBox(element);
}

/** One candidate per <time>, [datetime], [data-date] or hAtom element that holds a value. */
function fromDatedElements(scan: PageScan): FoundDate[] {
  const holdsDated = ancestorsOf(scan.dated.map((located) => located.node));
  return scan.dated.flatMap(({ node, offset }) => {
    const candidate = datedElementCandidate(node, holdsDated);
    return candidate ? [{ candidate, element: node, offset, prose: false }] : [];
  });
}

/**
 * The element's machine value (datetime or a date data attribute, else title, else its text), followed by
 * ` | shown text` when the page shows something else; null for an empty element or one
 * labelled as when something takes effect or as the reader's current day.
 */
function datedElementCandidate(element: Element, holdsDated: ReadonlySet<Node>): DateCandidate | null {
  const value = (element.getAttribute('datetime') ?? dataDate(element, looksDated) ?? element.getAttribute('title') ?? element.textContent ?? '').trim();
  if (!value) return null;
  const look: DatedElementLook = {
    descriptor: describeElement(element),
    shownText: squeezeWhitespace(element.textContent ?? ''),
    hasPubdate: element.hasAttribute('pubdate'),
  };
  const kind = datedElementKind(element, look, holdsDated);
  if (isForeignLabel(kind)) return null;
  const shown = look.shownText && look.shownText !== value ? `${SHOWN_TEXT_SEPARATOR}${look.shownText.slice(0, SHOWN_TEXT_CHARS)}` : '';
  return { source: 'time-element', value: `${value}${shown}`, hint: `${look.descriptor}${look.hasPubdate ? PUBDATE_HINT : ''}`, kind };
}

/** How a dated element presents itself: its names, the text it shows, a pubdate flag. */
interface DatedElementLook {
  descriptor: string;
  shownText: string;
  hasPubdate: boolean;
}

/**
 * What a dated element says it is: the label it prints itself before its date ("Last updated
 * September 14, 2016"), else the label printed just before it, else its class names.
 */
function datedElementKind(element: Element, { descriptor, shownText, hasPubdate }: DatedElementLook, holdsDated: ReadonlySet<Node>): DateLabel | null {
  const printed = labelKind(beforeFirstDate(shownText)) ?? labelKind(labelBefore(element, holdsDated));
  if (printed) return printed;
  // WordPress marks one <time> "published updated" when there was no later edit: published, then.
  if (PUBLISHED_CLASS.test(descriptor) || hasPubdate) return 'published';
  return labelKind(descriptor);
}

/**
 * The text printed just before the element: "Updated", "Posted on"… Read backwards over
 * siblings (climbing when the element is first in its parent), stopping at another date.
 */
function labelBefore(element: Element, holdsDated: ReadonlySet<Node>): string {
  let label = '';
  let node: Node | null = element;
  for (let level = 0; node && level < LABEL_LEVELS && label.length < LABEL_CONTEXT_CHARS; level++) {
    for (let sibling = node.previousSibling; sibling && label.length < LABEL_CONTEXT_CHARS; sibling = sibling.previousSibling) {
      const text = squeezeWhitespace(sibling.textContent ?? '');
      if (holdsDated.has(sibling)) return label.trim();
      if (looksDated(text)) return `${afterLastDate(text)} ${label}`.trim();
      label = `${text} ${label}`;
    }
    node = node.parentNode;
  }
  return label.trim().slice(-LABEL_CONTEXT_CHARS);
}

/** The dated elements and every element that contains one. */
function ancestorsOf(elements: readonly Element[]): Set<Node> {
  const holders = new Set<Node>();
  for (const element of elements) {
    for (let node: Node | null = element; node && !holders.has(node); node = node.parentNode) holders.add(node);
  }
  return holders;
}
