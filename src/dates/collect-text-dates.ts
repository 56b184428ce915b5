// Dates in the page's text: each text node that looks dated is read from the element that
// holds it, with the label printed before the date ("Aktualisiert am", "Posted") and the
// clock time after it. Dates that are not the page's own (in force from, the reader's
// current day, a period's bounds, a figure's reporting date, a linked page's title) are no
// candidates.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import type { DateCandidate } from '../types.ts';
import { closingLabelKind, isForeignLabel, LABEL_CONTEXT_CHARS, labelKind } from './date-labels.ts';
import { DATE_LIKE_TEXT_ALL } from './date-like-text.ts';
import { boundsPeriod, type DateSpan } from './date-periods.ts';
import { isInLaterSentence } from './later-sentence.ts';
import { isLinkedTitle } from './linked-title.ts';
import { datesFigures } from './reporting-date.ts';
import type { PageScan } from './scan-page.ts';

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

/** A candidate before its hint is written: the element it was read from and where it sits. */
export interface FoundDate {
  candidate: DateCandidate;
  element: Element;
  /** Characters of visible text before it (see PageScan). */
  offset: number;
  prose: boolean;
}

/**
 * One candidate per date in the text, read from the element that holds it (whole once,
 * however many text nodes it has), up to MAX_TEXT_CANDIDATES for the page.
 */
export function collectTextDates(scan: PageScan): FoundDate[] {
  const found: FoundDate[] = [];
  const readElements = new Set<Element>();
  for (const { offset, text, element, badge } of scan.datedTexts) {
    if (readElements.has(element) || found.length >= MAX_TEXT_CANDIDATES) continue;
    readElements.add(element);
    if (isLinkedTitle(element, text)) continue;
    const prose = squeezeWhitespace(element.textContent ?? '').length > PROSE_CHARS;
    const candidates = badge ? [badgeDate(text)] : textDates(text, element, prose);
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
 * One candidate per date-like match in the element's own text, with its label context and
 * any time after it. A date labelled as when something takes effect ("gültig seit") or as
 * the reader's current day ("Aktuelles Datum:"), or one that tells of something else (see
 * tellsOfSomethingElse), is none.
 */
function textDates(text: string, parent: Element, prose: boolean): DateCandidate[] {
  const owner = ownerContext(parent, text);
  const matches = [...owner.text.matchAll(DATE_LIKE_TEXT_ALL)];
  const ends = matches.map((match) => match.index + match[0].length);
  return matches.flatMap((match, index) => {
    const start = match.index;
    const previousEnd = ends[index - 1] ?? null;
    const from = Math.max(previousEnd ?? 0, start - LABEL_CONTEXT_CHARS);
    const span = { start, end: ends[index] ?? start, previousEnd, nextStart: matches[index + 1]?.index ?? null };
    const kind = labelKind(owner.text.slice(from, start)) ?? closingLabelKind(owner.text.slice(span.end, span.nextStart ?? undefined));
    if (start < owner.ownStart || isForeignLabel(kind) || tellsOfSomethingElse(owner.text, span, kind === null && prose)) return [];
    const value = owner.text.slice(from, Math.min(owner.text.length, span.end + TIME_CONTEXT_CHARS)).trim();
    return [{ source: 'visible-text', value, hint: null, kind }];
  });
}

/**
 * True for a date that tells of something other than the page:
 * - bounding a period ("bis zum 28. Februar", "21 Feb 2007 – 23 Mar 2021", "seit dem 1. Juni");
 * - dating the figures of its sentence ("As of May 3, 2021, the club has 812 members");
 * - unlabelled in running text (`unlabelledProse`), past the first sentence ("…einen neuen
 *   Motor. Am 3. Mai 2019 kaufte…").
 */
function tellsOfSomethingElse(text: string, span: DateSpan, unlabelledProse: boolean): boolean {
  return boundsPeriod(text, span) || datesFigures(text, span) || (unlabelledProse && isInLaterSentence(text, span));
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
