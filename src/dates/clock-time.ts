// The clock time printed beside a date: "19:42", "7:42 PM EDT", "18h02", "14.05 Uhr", with
// the words and marks that join it to the date in each language (date-words.ts) and the
// zone abbreviation after it (time-zone-abbreviations.ts).
import type { DateParts } from './date-parts.ts';
import { alternation, CLOCK_SUFFIXES, DATE_AFTER_TIME_WORDS, DATE_TIME_SEPARATORS, TIME_AFTER_DATE_WORDS } from './date-words.ts';
import { OFFSET_BY_ZONE_ABBREVIATION } from './time-zone-abbreviations.ts';

const SEPARATOR = alternation({}, ...DATE_TIME_SEPARATORS);
/**
 * A clock time: "19:42", "19:42:05", "7:42 PM", "18h02", "19.42 Uhr". A dot between hour
 * and minutes counts only before a clock word, or "10.04" would be a time.
 * Groups: hour, minutes (colon), seconds, minutes (h or dot), meridiem.
 */
const CLOCK = String.raw`(\d{1,2})(?::(\d{2})(?::(\d{2}))?|h(\d{2})|\.(\d{2})(?=\s*(?:${alternation(CLOCK_SUFFIXES)})\b))\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*(?:${alternation(CLOCK_SUFFIXES)})\b)?`;
/** A zone after the clock: "EDT", "(UTC)". */
const ZONE = String.raw`\s*\(?([A-Z]{1,5})?\)?`;
/**
 * The time right after a date: "…, 7:42 PM EDT", "… um 14:05 Uhr", "… à 18h02", and both a
 * mark and a word, as wikis print their footers: "4 May 2021, at 10:15".
 */
const TIME_AFTER = new RegExp(String.raw`^\s*(?:${SEPARATOR})?\s*(?:${alternation(TIME_AFTER_DATE_WORDS)})?\s*${CLOCK}${ZONE}`, 'iu');
/** The time right before a date: "7:42 PM EDT, Thu April 10", "14:05 Uhr am 10. April". Groups as CLOCK, then zone. */
const TIME_BEFORE = new RegExp(
  String.raw`${CLOCK}\s*(?:\(?([A-Z]{2,5})\)?)?\s*(?:${SEPARATOR}|${alternation(DATE_AFTER_TIME_WORDS)})?\s*(?:\p{L}{2,10}\.?,?\s*)?$`,
  'iu',
);
/** How far from a date its clock time is looked for. */
export const CLOCK_LOOKAROUND_CHARS = 40;

export type TimeParts = Pick<DateParts, 'hour' | 'minute' | 'second' | 'offset'>;

/** A clock time read beside a date, and how many characters it takes with its joining words. */
export interface ClockNearDate {
  time: TimeParts;
  length: number;
}

/** The clock time that opens `text` (the text right after a date), if any. */
export function clockAfter(text: string): ClockNearDate | null {
  const m = text.match(TIME_AFTER);
  const time = m ? readClock(m) : null;
  return m && time ? { time, length: m[0].trimEnd().length } : null;
}

/** The clock time that closes `text` (the text right before a date), if any. */
export function clockBefore(text: string): ClockNearDate | null {
  const m = text.match(TIME_BEFORE);
  const time = m ? readClock(m) : null;
  return m && time ? { time, length: m[0].length } : null;
}

/** The time a CLOCK match (then a zone group) reads as, or null when it is no valid time. */
function readClock(m: RegExpMatchArray): TimeParts | null {
  const [hourText, colonMinutes, secondText, hMinutes, dotMinutes, meridiem, zone] = m.slice(1);
  const minuteText = colonMinutes ?? hMinutes ?? dotMinutes;
  if (hourText === undefined || minuteText === undefined) return null;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  const offset = zone ? OFFSET_BY_ZONE_ABBREVIATION[zone.toUpperCase()] ?? null : null;
  return { hour, minute, second: secondText === undefined ? null : Number(secondText), offset };
}
