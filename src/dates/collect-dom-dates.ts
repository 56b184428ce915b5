// Dates read from the page's visible structure: <time> (and hAtom) elements, and date-like
// text anywhere in the body, each with the label printed before it, its page zone and its
// distance from the headline.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import type { DateCandidate } from '../types.ts';
import { formatDomHint } from './date-hint.ts';
import { type DateLabel, isForeignLabel, labelKind } from './date-labels.ts';
import { boundsPeriod } from './date-periods.ts';
import { alternation, MONTH_JOINERS, ORDINAL_SUFFIXES } from './date-words.ts';
import { describeElement, pageZone } from './page-zone.ts';
import { pickHeadline, type PageScan } from './scan-page.ts';

// What counts as date-like text. Loose on purpose (any word may be a month: the resolver
// checks), and small, since it ships in the script injected into the page.
const ORDINAL = `(?:${alternation(ORDINAL_SUFFIXES)})`;
const JOINER = `(?:(?:${alternation(MONTH_JOINERS)})\\s+)`;
/** Year first in digits: "2025-04-10", "2025/4/10", "2025.04.10". */
const YEAR_FIRST_DIGITS = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`;
/** Day (or month) first in digits: "10.04.2025", "4/10/25", "10. 4. 2025". */
const DAY_FIRST_DIGITS = String.raw`\d{1,2}(?:[-/]|\.\s?)\d{1,2}(?:[-/]|\.\s?)\d{2,4}`;
/** Day, a word, a year: "10. April 2025", "1er mai 2024", "10 de abril de 2025". */
const DAY_WORD_YEAR = String.raw`\d{1,2}${ORDINAL}?\s*${JOINER}?\p{L}{3,12}\.?,?\s*${JOINER}?\d{4}`;
/** A word, a day, a year: "April 10, 2025", "Apr. 10th 2025". */
const WORD_DAY_YEAR = String.raw`\p{L}{3,12}\.?\s+\d{1,2}${ORDINAL}?,?\s*\d{4}`;
/** Chinese, Japanese and Korean: "2020年7月12日", "2021년 3월 5일". */
const CJK_YEAR_MONTH_DAY = String.raw`\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}`;
const DATE_LIKE_TEXT = new RegExp([YEAR_FIRST_DIGITS, DAY_FIRST_DIGITS, DAY_WORD_YEAR, WORD_DAY_YEAR, CJK_YEAR_MONTH_DAY].join('|'), 'u');
/** Every date form above has a four-digit year or a d.m.yy triple: a cheap test before the full pattern. */
const DATE_DIGITS = /\d{4}|\d[-/.]\d{1,2}[-/.]\d\d/;
const DATE_LIKE_TEXT_ALL = new RegExp(DATE_LIKE_TEXT.source, 'gu');
/** How far back (in characters) a label such as "Updated" is looked for before a date. */
const LABEL_CONTEXT_CHARS = 48;
/** How many levels up the label search climbs when the date is first in its parent. */
const LABEL_LEVELS = 2;
/** How much text after a date is kept with it, for the time printed there. */
const TIME_CONTEXT_CHARS = 32;
/** An element this short holds a bare date: its label is read from the parent's text. */
const SHORT_OWNER_TEXT = 40;
/** Parent text longer than this is not read whole for a label: only the date's own text node. */
const MAX_OWNER_TEXT = 240;
/** A page listing more dates than this in its text is an archive; the first ones are enough. */
const MAX_TEXT_CANDIDATES = 80;
/** Longer than any dateline or byline: the date is part of a sentence. */
const PROSE_CHARS = 140;
/** hAtom's and WordPress's class for the first publication's element. */
const PUBLISHED_CLASS = /published/;

/** A candidate before its hint is written: the element it was read from and where it sits. */
interface Found {
  candidate: DateCandidate;
  element: Element;
  /** Characters of visible text before it (see PageScan). */
  offset: number;
  prose: boolean;
}

/**
 * Candidates from <time>-like elements and date-like text, in document order. A date in a
 * widget showing the reader's current day (a header's "today") is no candidate at all.
 */
export function collectDomDates(scan: PageScan): DateCandidate[] {
  const headline = pickHeadline(scan.headings);
  return [...fromDatedElements(scan), ...fromDatedTexts(scan)]
    .sort((a, b) => a.offset - b.offset)
    .flatMap(({ candidate, element, offset, prose }) => {
      const zone = pageZone(element);
      if (zone === 'clock') return [];
      const distance = headline ? offset - headline.offset : null;
      return [{ ...candidate, hint: formatDomHint({ descriptor: candidate.hint ?? describeElement(element), zone, distance, prose }) }];
    });
}

/** One candidate per <time>, [datetime] or hAtom element that holds a value. */
function fromDatedElements(scan: PageScan): Found[] {
  const holdsDated = ancestorsOf(scan.dated.map((located) => located.node));
  return scan.dated.flatMap(({ node, offset }) => {
    const candidate = datedElementCandidate(node, holdsDated);
    return candidate ? [{ candidate, element: node, offset, prose: false }] : [];
  });
}

/**
 * One candidate per date in the text, read from the element that holds it (whole once,
 * however many text nodes it has), up to MAX_TEXT_CANDIDATES for the page.
 */
function fromDatedTexts(scan: PageScan): Found[] {
  const found: Found[] = [];
  const readElements = new Set<Element>();
  for (const { offset, text, element, badge } of scan.datedTexts) {
    if (readElements.has(element) || found.length >= MAX_TEXT_CANDIDATES) continue;
    readElements.add(element);
    const prose = squeezeWhitespace(element.textContent ?? '').length > PROSE_CHARS;
    const candidates = badge ? [badgeDate(text)] : textDates(text, element);
    for (const candidate of candidates.slice(0, MAX_TEXT_CANDIDATES - found.length)) {
      found.push({ candidate, element, offset, prose });
    }
  }
  return found;
}

/** A date badge's date as the scan joined its parts (its textContent glues them): no label around it. */
function badgeDate(text: string): DateCandidate {
  return { source: 'visible-text', value: text, hint: null, kind: null };
}

/**
 * The element's machine value (datetime, else title, else its text), followed by
 * ` | shown text` when the page shows something else; null for an empty element or one
 * labelled as when something takes effect or as the reader's current day.
 */
function datedElementCandidate(element: Element, holdsDated: ReadonlySet<Node>): DateCandidate | null {
  const value = (element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.textContent ?? '').trim();
  if (!value) return null;
  const descriptor = describeElement(element);
  const pubdate = element.hasAttribute('pubdate') ? ' pubdate' : '';
  const kind = datedElementKind(element, descriptor, pubdate !== '', holdsDated);
  if (isForeignLabel(kind)) return null;
  const shownText = squeezeWhitespace(element.textContent ?? '');
  const shown = shownText && shownText !== value ? ` | ${shownText.slice(0, 80)}` : '';
  return { source: 'time-element', value: `${value}${shown}`, hint: `${descriptor}${pubdate}`, kind };
}

/** What a dated element says it is: the label printed before it, else its class names. */
function datedElementKind(element: Element, descriptor: string, hasPubdate: boolean, holdsDated: ReadonlySet<Node>): DateLabel | null {
  const printed = labelKind(labelBefore(element, holdsDated));
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

/** True when a text node may hold a date. A cheap digit test first: the full pattern is slow. */
export function looksDated(text: string): boolean {
  return DATE_DIGITS.test(text) && DATE_LIKE_TEXT.test(text);
}

/** A label belongs to the date right after it, not to one printed before. */
function afterLastDate(context: string): string {
  let end = 0;
  for (const match of context.matchAll(DATE_LIKE_TEXT_ALL)) end = match.index + match[0].length;
  return context.slice(end);
}

/**
 * One candidate per date-like match, with its label context and any time after it. A date
 * labelled as when something takes effect ("gültig seit") or as the reader's current day
 * ("Aktuelles Datum:"), or one bounding a period
 * ("bis zum 28. Februar", "21 Feb 2007 – 23 Mar 2021"), is no candidate at all.
 */
function textDates(text: string, parent: Element): DateCandidate[] {
  const owner = ownerContext(parent, text);
  const matches = [...owner.text.matchAll(DATE_LIKE_TEXT_ALL)];
  const ends = matches.map((match) => match.index + match[0].length);
  return matches.flatMap((match, index) => {
    const start = match.index;
    const previousEnd = ends[index - 1] ?? null;
    const from = Math.max(previousEnd ?? 0, start - LABEL_CONTEXT_CHARS);
    const kind = labelKind(owner.text.slice(from, start));
    const span = { start, end: ends[index] ?? start, previousEnd, nextStart: matches[index + 1]?.index ?? null };
    if (start < owner.ownStart || isForeignLabel(kind) || boundsPeriod(owner.text, span)) return [];
    const value = owner.text.slice(from, Math.min(owner.text.length, span.end + TIME_CONTEXT_CHARS)).trim();
    return [{ source: 'visible-text', value, hint: null, kind }];
  });
}

/**
 * The text to read dates from, and where the element's own text starts in it. A bare
 * date's label often sits in a preceding sibling, so a short element borrows from its parent.
 * The borrowed text ends in a space: textContent glues adjacent elements' text together
 * ("Posted" + "March 1, 2019" reads "PostedMarch 1, 2019"), which hides the label and lets
 * a date pattern start inside the sibling's last word.
 */
function ownerContext(parent: Element, text: string): { text: string; ownStart: number } {
  const parentText = squeezeWhitespace(parent.textContent ?? '');
  if (parentText.length > MAX_OWNER_TEXT || parentText.length === 0) return { text: squeezeWhitespace(text), ownStart: 0 };
  const grand = parent.parentElement;
  if (parentText.length < SHORT_OWNER_TEXT && grand) {
    const grandText = squeezeWhitespace(grand.textContent ?? '');
    const at = grandText.indexOf(parentText);
    if (grandText.length <= MAX_OWNER_TEXT && at >= 0) {
      const borrowed = grandText.slice(Math.max(0, at - LABEL_CONTEXT_CHARS), at).trimEnd();
      const ownStart = borrowed ? borrowed.length + 1 : 0;
      return { text: borrowed ? `${borrowed} ${parentText}` : parentText, ownStart };
    }
  }
  return { text: parentText, ownStart: 0 };
}
