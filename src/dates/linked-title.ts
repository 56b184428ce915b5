// A date inside a link's title: "Das Magazin am 01.07.17 (Day of the Podcast)" in a list
// of recent posts names the page the link leads to, and the day that page tells of. A
// permalink's own date ("<a>Monday, May 4, 2020 at 10:00</a>") or a byline's label
// ("Posted on …") is no title: its words are the date's own.
import { PUBLISHED_LABEL, UPDATED_LABEL } from './date-labels.ts';
import { DATE_LIKE_TEXT_ALL } from './date-like-text.ts';
import { WEEKDAY_NAMES } from './weekday-names.ts';

/** A word of a title: three letters or more ("am", "at", "um" join a date to its time). */
const TITLE_WORD = /\p{L}{3,}/gu;
/** A headline has a few words; a label and a name beside a date ("Posted by Ann Lee") fewer. */
const MIN_TITLE_WORDS = 2;

/** True when `text`, read from `element`, sits in a link and holds a title's words beside its date. */
export function isLinkedTitle(element: Element, text: string): boolean {
  if (!element.closest('a')) return false;
  const rest = text.replace(DATE_LIKE_TEXT_ALL, ' ').replace(PUBLISHED_LABEL, ' ').replace(UPDATED_LABEL, ' ');
  const words = (rest.match(TITLE_WORD) ?? []).filter((word) => !WEEKDAY_NAMES.has(word.toLowerCase()));
  return words.length >= MIN_TITLE_WORDS;
}
