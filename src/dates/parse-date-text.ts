// Finds calendar dates (and the time next to them) in a raw value: an ISO string, a meta
// content, or a line of visible text in any format the news corpus shows.
import { isValidDay, type DateParts } from './date-parts.ts';
import { monthFromName } from './month-names.ts';
import { OFFSET_BY_ZONE_ABBREVIATION } from './time-zone-abbreviations.ts';

export interface FoundDate {
  parts: DateParts;
  /** Offsets of the date (with its time) inside the searched text. */
  start: number;
  end: number;
  /** `04/05/2022` is April 5 in the US and May 4 almost everywhere else: the other reading. */
  alternative?: DateParts;
}

const ISO_DATE_TIME =
  /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/g;
const YEAR_FIRST_DATE = /(?<![\d.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
const DAY_FIRST_NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|\.\d)/g;
/** A year may run straight into the time after it: "28 luglio 202010:43". */
const YEAR_END = String.raw`(?:(?!\d)|(?=\d{1,2}:\d{2}))`;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\d\p{L}])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?(\p{L}{3,12}\.?)\s*,?\s*(?:de\s+)?(\d{4})${YEAR_END}`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<!\p{L})(\p{L}{3,12}\.?)\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?\s*,?\s*(\d{4})${YEAR_END}`, 'gu');
/** Chinese, Japanese and Korean: 2020年7月12日, 2020년 7월 12일. */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;
/** German typesetting puts (thin) spaces after the dots: `4. 2. 2022`. Four-digit years only. */
const SPACED_DOTTED_DATE = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/g;
/** A whole value like `20120511` or `20120511T0930` (some meta tags). */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;

const TIME_AFTER =
  /^\s*(?:,|at|um|à|a las|às|alle|om|-|–|\||\/|·)?\s*(\d{1,2})(?::(\d{2})(?::(\d{2}))?|[.h](\d{2})(?=\s*(?:uhr|h\b)))\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(?:uhr|h)\b)?\s*\(?([A-Z]{1,5})?\)?/i;
const TIME_BEFORE =
  /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*(?:\(?([A-Z]{2,5})\)?)?\s*(?:,|on|am|le|-|–|\||·)?\s*(?:\p{L}{2,10}\.?,?\s*)?$/iu;
const TIME_LOOKAROUND_CHARS = 40;

/** Every date in `text`, in order, with the time printed next to it when there is one. */
export function parseDateText(text: string): FoundDate[] {
  const compact = parseCompactDate(text.trim());
  if (compact) return [{ parts: compact, start: 0, end: text.length }];
  const found: FoundDate[] = [];
  for (const [pattern, read] of DATE_READERS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((date) => start < date.end && end > date.start)) continue;
      const parts = read(match);
      if (!parts) continue;
      const date = withNearbyTime(text, { parts, start, end });
      const alternative = pattern === DAY_FIRST_NUMERIC_DATE ? swappedReading(match, date.parts) : null;
      found.push(alternative ? { ...date, alternative } : date);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

type DateReader = (match: RegExpMatchArray) => DateParts | null;

const DATE_READERS: readonly (readonly [RegExp, DateReader])[] = [
  [ISO_DATE_TIME, readIso],
  [YEAR_FIRST_DATE, (m) => makeDate(Number(m[1]), Number(m[3]), Number(m[4]))],
  [DAY_MONTH_YEAR, (m) => readWordy(m[1], m[2], m[3])],
  [MONTH_DAY_YEAR, (m) => readWordy(m[2], m[1], m[3])],
  [DAY_FIRST_NUMERIC_DATE, readNumeric],
  [CJK_DATE, (m) => makeDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  [SPACED_DOTTED_DATE, (m) => makeDate(Number(m[3]), Number(m[2]), Number(m[1]))],
];

function readIso(m: RegExpMatchArray): DateParts | null {
  const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date || m[4] === undefined || m[5] === undefined) return date;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return date;
  return { ...date, hour, minute, second: m[6] === undefined ? null : Number(m[6]), offset: normalizeOffset(m[7]) };
}

function readWordy(day: string | undefined, monthName: string | undefined, year: string | undefined): DateParts | null {
  const month = monthName ? monthFromName(monthName) : null;
  return month === null ? null : makeDate(Number(year), month, Number(day));
}

function readNumeric(m: RegExpMatchArray): DateParts | null {
  const [first, separator, second, yearText] = [Number(m[1]), m[2], Number(m[3]), m[4] ?? ''];
  // Two-digit years are only trusted in the German dotted form (`8.5.12`, `08.05.12`).
  if (yearText.length === 2 && separator !== '.') return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  // Slashes are month-first (US) unless the first number cannot be a month.
  const monthFirst = separator === '/' && first <= 12;
  return monthFirst ? makeDate(year, first, second) ?? makeDate(year, second, first) : makeDate(year, second, first);
}

/** The day-month swap of an ambiguous slashed or dashed date, when both readings exist. */
function swappedReading(m: RegExpMatchArray, parts: DateParts): DateParts | null {
  if (m[2] === '.' || parts.month === parts.day) return null;
  const swapped = makeDate(parts.year, parts.day, parts.month);
  return swapped ? { ...parts, month: swapped.month, day: swapped.day } : null;
}

function parseCompactDate(value: string): DateParts | null {
  const m = value.match(COMPACT_DATE);
  if (!m) return null;
  const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date || m[4] === undefined || m[5] === undefined) return date;
  return { ...date, hour: Number(m[4]), minute: Number(m[5]), second: m[6] === undefined ? null : Number(m[6]) };
}

function makeDate(year: number, month: number, day: number): DateParts | null {
  if (!isValidDay(year, month, day)) return null;
  return { year, month, day, hour: null, minute: null, second: null, offset: null };
}

function normalizeOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw === 'Z') return 'Z';
  const m = raw.match(/^([+-])(\d{2}):?(\d{2})?$/);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : null;
}

function withNearbyTime(text: string, found: FoundDate): FoundDate {
  if (found.parts.hour !== null) return found;
  const after = text.slice(found.end, found.end + TIME_LOOKAROUND_CHARS).match(TIME_AFTER);
  if (after) {
    const time = readTime(after[1], after[2] ?? after[4], after[3], after[5], after[6]);
    if (time) return { parts: { ...found.parts, ...time }, start: found.start, end: found.end + after[0].trimEnd().length };
  }
  const beforeText = text.slice(Math.max(0, found.start - TIME_LOOKAROUND_CHARS), found.start);
  const before = beforeText.match(TIME_BEFORE);
  if (before) {
    const time = readTime(before[1], before[2], before[3], before[4], before[5]);
    if (time) return { parts: { ...found.parts, ...time }, start: found.start - before[0].length, end: found.end };
  }
  return found;
}

type TimeParts = Pick<DateParts, 'hour' | 'minute' | 'second' | 'offset'>;

function readTime(
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  meridiem: string | undefined,
  zone: string | undefined,
): TimeParts | null {
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
