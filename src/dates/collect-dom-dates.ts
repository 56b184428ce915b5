// Dates read from the page's visible structure: <time> (and hAtom) elements, and date-like
// text anywhere in the body, each with the label printed before it, its page zone and its
// distance from the headline. One read-only walk over the DOM.
import type { DateCandidate } from '../types.ts';
import { formatDomHint } from './date-hint.ts';
import { labelKind } from './date-labels.ts';
import { describeElement, pageZone } from './page-zone.ts';

/** Loose on purpose (any word may be a month): the resolver validates. Kept small for the page. */
const DATE_LIKE_TEXT =
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?\p{L}{3,10}\.?,?\s*(?:de\s+)?\d{4}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}/u;
const DATE_LIKE_TEXT_ALL = new RegExp(DATE_LIKE_TEXT.source, 'gu');
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'select', 'textarea', 'time']);
const HEADLINE_SELECTORS = ['article h1', 'main h1', 'h1.entry-title', 'h1', '.entry-title', 'article h2', 'h2'];
const DATED_ELEMENTS = 'time, [datetime], abbr.published, abbr.updated, abbr.dtstart';
const LABEL_CONTEXT_CHARS = 48;
const TIME_CONTEXT_CHARS = 32;
const SHORT_OWNER_TEXT = 40;
const MAX_OWNER_TEXT = 240;
const MAX_TEXT_CANDIDATES = 80;

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;

interface Located {
  candidate: DateCandidate;
  element: Element;
  offset: number;
}

export function collectDomDates(doc: Document): DateCandidate[] {
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  const headline = findHeadline(doc);
  const dated = new Set(doc.querySelectorAll(DATED_ELEMENTS));
  const found: Located[] = [];
  let offset = 0;
  let headlineOffset: number | null = null;
  let textCandidates = 0;
  // A parent's text is read whole once, however many text nodes it has.
  const readParents = new Set<Element>();

  const visit = (node: Node): void => {
    if (node.nodeType === NODE_TEXT) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (textCandidates < MAX_TEXT_CANDIDATES && parent && !readParents.has(parent) && DATE_LIKE_TEXT.test(text)) {
        readParents.add(parent);
        for (const candidate of textDates(text, parent)) {
          if (textCandidates++ >= MAX_TEXT_CANDIDATES) break;
          found.push({ candidate, element: parent, offset });
        }
      }
      offset += text.trim().length;
      return;
    }
    if (node.nodeType !== NODE_ELEMENT) return;
    const element = node as Element;
    if (element === headline) headlineOffset = offset;
    if (dated.has(element)) {
      const candidate = datedElementCandidate(element);
      if (candidate) found.push({ candidate, element, offset });
    }
    if (SKIPPED_TAGS.has(element.tagName.toLowerCase())) {
      offset += element.tagName.toLowerCase() === 'time' ? (element.textContent ?? '').trim().length : 0;
      return;
    }
    for (const child of element.childNodes) visit(child);
  };
  visit(body);

  return found.map(({ candidate, element, offset: at }) => ({
    ...candidate,
    hint: formatDomHint({
      descriptor: candidate.hint ?? describeElement(element),
      zone: pageZone(element),
      distance: headlineOffset === null ? null : at - headlineOffset,
    }),
  }));
}

function findHeadline(doc: Document): Element | null {
  for (const selector of HEADLINE_SELECTORS) {
    for (const element of doc.querySelectorAll(selector)) {
      if ((element.textContent ?? '').trim().length >= 10) return element;
    }
  }
  return null;
}

function datedElementCandidate(element: Element): DateCandidate | null {
  const value = (element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.textContent ?? '').trim();
  if (!value) return null;
  const descriptor = describeElement(element);
  const pubdate = element.hasAttribute('pubdate') ? ' pubdate' : '';
  const context = `${labelBefore(element)} ${descriptor}${pubdate}`;
  const shownText = collapse(element.textContent ?? '');
  const shown = shownText && shownText !== value ? ` | ${shownText.slice(0, 80)}` : '';
  return { source: 'time-element', value: `${value}${shown}`, hint: `${descriptor}${pubdate}`, kind: labelKind(context) };
}

/** The text printed just before the element inside its parent: "Updated", "Posted on"… */
function labelBefore(element: Element): string {
  const parent = element.parentElement;
  if (!parent) return '';
  const parentText = collapse(parent.textContent ?? '');
  const own = collapse(element.textContent ?? '');
  const at = own ? parentText.indexOf(own) : -1;
  return at > 0 ? parentText.slice(Math.max(0, at - LABEL_CONTEXT_CHARS), at) : '';
}

/** One candidate per date-like match, with its label context and any time after it. */
function textDates(text: string, parent: Element): DateCandidate[] {
  const owner = ownerContext(parent, text);
  const candidates: DateCandidate[] = [];
  let previousEnd = 0;
  for (const match of owner.text.matchAll(DATE_LIKE_TEXT_ALL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start >= owner.ownStart) {
      const from = Math.max(previousEnd, start - LABEL_CONTEXT_CHARS);
      const value = owner.text.slice(from, Math.min(owner.text.length, end + TIME_CONTEXT_CHARS)).trim();
      candidates.push({ source: 'visible-text', value, hint: null, kind: labelKind(owner.text.slice(from, start)) });
    }
    previousEnd = end;
  }
  return candidates;
}

/**
 * The text to read dates from, and where the element's own text starts in it. A bare
 * date's label often sits in a preceding sibling, so a short element borrows from its parent.
 */
function ownerContext(parent: Element, text: string): { text: string; ownStart: number } {
  const parentText = collapse(parent.textContent ?? '');
  if (parentText.length > MAX_OWNER_TEXT || parentText.length === 0) return { text: collapse(text), ownStart: 0 };
  const grand = parent.parentElement;
  if (parentText.length < SHORT_OWNER_TEXT && grand) {
    const grandText = collapse(grand.textContent ?? '');
    const at = grandText.indexOf(parentText);
    if (grandText.length <= MAX_OWNER_TEXT && at >= 0) {
      const from = Math.max(0, at - LABEL_CONTEXT_CHARS);
      return { text: grandText.slice(from, at + parentText.length), ownStart: at - from };
    }
  }
  return { text: parentText, ownStart: 0 };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
