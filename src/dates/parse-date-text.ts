// Finds calendar dates (and the time next to them) in a raw value: an ISO string, a meta
// content, or a line of visible text in any format the news corpus shows. Each date form
// is one named pattern below, read by its own reader; the clock time beside a date is read
// by clock-time.ts; the words around both come from the per-language tables in
// date-words.ts and month-names.ts.
import { isValidDay, type DateParts } from './date-parts.ts';
import { CLOCK_LOOKAROUND_CHARS, clockAfter, clockBefore } from './clock-time.ts';
import { alternation, MONTH_JOINERS, ORDINAL_SUFFIXES } from './date-words.ts';
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

const ORDINAL = `(?:${alternation(ORDINAL_SUFFIXES)})`;
const JOINER = `(?:(?:${alternation(MONTH_JOINERS)})\\s+)`;
/** A month's name or abbreviation, checked against month-names.ts by the reader. */
const MONTH_WORD = String.raw`(?<month>\p{L}{3,12}\.?)`;
/** A year may run straight into the time after it: "28 luglio 202010:43". */
const YEAR_END = String.raw`(?:(?!\d)|(?=\d{1,2}:\d{2}))`;

/**
 * ISO 8601, with or without time, seconds, fraction and offset: "2025-04-10T19:42:00.000-04:00";
 * the offset may be a zone's abbreviation, as servers print it: "2020-02-20 13:52:51 UTC", and
 * the hour a single digit: "2022-05-11T4:10:00".
 */
const ISO_DATE_TIME =
  /(?<!\d)(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T ](?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{1,2})(?:[.,]\d+)?)?\s*(?<offset>Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5}\b)?)?(?![\d])/g;
/** Year first with slashes or dots: "2012/05/11", "2012.05.11". */
const YEAR_FIRST_DATE = /(?<![\d.])(?<year>\d{4})(?<separator>[/.])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})(?![\d])/g;
/** Day (or US month) first, one separator throughout: "10.04.2025", "4/10/2025", "10-04-25". */
const DAY_FIRST_NUMERIC_DATE = /(?<![\d./-])(?<first>\d{1,2})(?<separator>[./-])(?<middle>\d{1,2})\k<separator>(?<year>\d{4}|\d{2})(?![\d]|\.\d)/g;
/** Day, month name, year: "10. April 2025", "10 avril 2025", "10 de abril de 2025", "10th April, 2025". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\d\p{L}])(?<day>\d{1,2})${ORDINAL}?\s*${JOINER}?${MONTH_WORD}\s*,?\s*${JOINER}?(?<year>\d{4})${YEAR_END}`,
  'giu',
);
/** Month name, day, year: "April 10, 2025", "Apr 10th 2025". */
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<!\p{L})${MONTH_WORD}\s+(?<day>\d{1,2})(?!\d)${ORDINAL}?\s*,?\s*(?<year>\d{4})${YEAR_END}`, 'giu');
/** Chinese, Japanese and Korean: "2020年7月12日", "2020년 7월 12일". */
const CJK_DATE = /(?<year>\d{4})\s*[年년]\s*(?<month>\d{1,2})\s*[月월]\s*(?<day>\d{1,2})\s*[日일]?/g;
/** German typesetting puts (thin) spaces after the dots: "4. 2. 2022". Four-digit years only. */
const SPACED_DOTTED_DATE = /(?<![\d.])(?<day>\d{1,2})\.\s(?<month>\d{1,2})\.\s(?<year>\d{4})(?!\d)/g;
/**
 * Day, month and year set apart by a mark with a space each side, as some page designs set
 * a dateline: "26 | 01 | 2022", "26 / 01 / 2022". Four-digit years only; read as the
 * unspaced forms are (slashes may be month-first).
 */
const SPACED_NUMERIC_DATE = /(?<![\d|/.-]\s?)(?<first>\d{1,2})\s(?<separator>[|/.-])\s(?<middle>\d{1,2})\s\k<separator>\s(?<year>\d{4})(?!\d)/g;
/** A whole value like "20120511" or "20120511T0930" (some meta tags). */
const COMPACT_DATE = /^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?:T?(?<hour>\d{2})(?<minute>\d{2})(?<second>\d{2})?)?$/;

/** Every date in `text`, in order, with the time printed next to it when there is one. */
export function parseDateText(text: string): FoundDate[] {
  const compact = parseCompactDate(text.trim());
  if (compact) return [{ parts: compact, start: 0, end: text.length }];
  const found: FoundDate[] = [];
  for (const [pattern, read] of DATE_READERS) {
    for (const match of text.matchAll(pattern)) {
      if (isReadAlready(found, match)) continue;
      const date = readMatch(text, match, pattern, read);
      if (date) found.push(date);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A stretch of text an earlier, more trusted pattern read is not read again (see DATE_READERS). */
function isReadAlready(found: readonly FoundDate[], match: RegExpMatchArray): boolean {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  return found.some((date) => start < date.end && end > date.start);
}

/**
 * One pattern's match as a date: its parts, the clock time printed beside it, and the other
 * reading of an ambiguous form; null when the match is no valid day, or a short form that
 * needs a clock to be a date (needsClock) has none.
 */
function readMatch(text: string, match: RegExpMatchArray, pattern: RegExp, read: DateReader): FoundDate | null {
  const groups: DateGroups = match.groups ?? {};
  const parts = read(groups);
  if (!parts) return null;
  const start = match.index ?? 0;
  const date = withNearbyTime(text, { parts, start, end: start + match[0].length });
  if (date.parts.hour === null && needsClock(groups, pattern)) return null;
  const alternative = SWAPPABLE.has(pattern) ? swappedReading(groups, date.parts) : null;
  return alternative ? { ...date, alternative } : date;
}

/**
 * The named groups the date patterns capture, each pattern those of its form: a year, a
 * month (a number or a name) and a day; or, in the numeric forms that may be day-first
 * or month-first, the `first` and `middle` numbers, the `separator` between them and the
 * year; an ISO value's clock and offset.
 */
type DateGroups = Partial<Record<'year' | 'month' | 'day' | 'first' | 'separator' | 'middle' | 'hour' | 'minute' | 'second' | 'offset', string>>;
type DateReader = (groups: DateGroups) => DateParts | null;

/** In order of trust: a stretch of text read by an earlier pattern is not read again. */
const DATE_READERS: readonly (readonly [RegExp, DateReader])[] = [
  [ISO_DATE_TIME, readIso],
  [YEAR_FIRST_DATE, readNumbered],
  [DAY_MONTH_YEAR, readWordy],
  [MONTH_DAY_YEAR, readWordy],
  [DAY_FIRST_NUMERIC_DATE, readNumeric],
  [CJK_DATE, readNumbered],
  [SPACED_DOTTED_DATE, readNumbered],
  [SPACED_NUMERIC_DATE, readNumeric],
];
/** Forms whose first two numbers may be day-month or month-day. */
const SWAPPABLE: ReadonlySet<RegExp> = new Set([DAY_FIRST_NUMERIC_DATE, SPACED_NUMERIC_DATE]);

/** An ISO value: its day, and its clock and offset when the time is a valid one. */
function readIso({ year, month, day, hour, minute, second, offset }: DateGroups): DateParts | null {
  const date = makeDate(Number(year), Number(month), Number(day));
  if (!date || hour === undefined || minute === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59) return date;
  return { ...date, hour: Number(hour), minute: Number(minute), second: second === undefined ? null : Number(second), offset: normalizeOffset(offset) };
}

/** A year, a month and a day, all numbers: "2012/05/11", "2020年7月12日", "4. 2. 2022". */
function readNumbered({ year, month, day }: DateGroups): DateParts | null {
  return makeDate(Number(year), Number(month), Number(day));
}

/** A day, a month's name and a year, in either order: "10. April 2025", "April 10, 2025". */
function readWordy({ year, month: monthName, day }: DateGroups): DateParts | null {
  const month = monthName ? monthFromName(monthName) : null;
  return month === null ? null : makeDate(Number(year), month, Number(day));
}

/** A numeric date that may be day-first or month-first: "10.04.2025", "4/10/2025", "10-04-25". */
function readNumeric({ first: firstText, separator, middle: middleText, year: yearText = '' }: DateGroups): DateParts | null {
  const [first, middle] = [Number(firstText), Number(middleText)];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  // Slashes are month-first (US) unless the first number cannot be a month.
  const monthFirst = separator === '/' && first <= 12;
  return monthFirst ? makeDate(year, first, middle) ?? makeDate(year, middle, first) : makeDate(year, middle, first);
}

/**
 * A two-digit year after slashes or dashes (`26/10/13`) may be a score, a ratio or a code
 * alone: it is a date only with a clock time beside it (`26/10/13, 03:48 pm`), as forums
 * and boards print their posts. The German dotted form (`8.5.12`) is a date by itself.
 */
function needsClock({ year, separator }: DateGroups, pattern: RegExp): boolean {
  return pattern === DAY_FIRST_NUMERIC_DATE && year?.length === 2 && separator !== '.';
}

/** The day-month swap of an ambiguous slashed or dashed date, when both readings exist. */
function swappedReading({ separator }: DateGroups, parts: DateParts): DateParts | null {
  if (separator === '.' || parts.month === parts.day) return null;
  const swapped = makeDate(parts.year, parts.day, parts.month);
  return swapped ? { ...parts, month: swapped.month, day: swapped.day } : null;
}

/** A whole value of digits alone (COMPACT_DATE): its day, and its clock when it has one. */
function parseCompactDate(value: string): DateParts | null {
  const groups: DateGroups | undefined = value.match(COMPACT_DATE)?.groups;
  if (!groups) return null;
  const { hour, minute, second } = groups;
  const date = readNumbered(groups);
  if (!date || hour === undefined || minute === undefined) return date;
  return { ...date, hour: Number(hour), minute: Number(minute), second: second === undefined ? null : Number(second) };
}

/** The day, with no clock yet; null for a day no calendar has ("31.02.2022"). */
function makeDate(year: number, month: number, day: number): DateParts | null {
  if (!isValidDay(year, month, day)) return null;
  return { year, month, day, hour: null, minute: null, second: null, offset: null };
}

/** An ISO offset as written: "+02:00", "+0200", "+02". */
const WRITTEN_OFFSET = /^(?<sign>[+-])(?<hours>\d{2}):?(?<minutes>\d{2})?$/;

/** `Z` or `±hh:mm`, whichever way the offset was written, a zone's abbreviation included. */
function normalizeOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw === 'Z') return 'Z';
  const written = raw.match(WRITTEN_OFFSET)?.groups;
  if (written) return `${written['sign'] ?? ''}${written['hours'] ?? ''}:${written['minutes'] ?? '00'}`;
  return OFFSET_BY_ZONE_ABBREVIATION[raw] ?? null;
}

/** The date with the clock time printed right after it, or else right before it. */
function withNearbyTime(text: string, found: FoundDate): FoundDate {
  if (found.parts.hour !== null) return found;
  const after = clockAfter(text.slice(found.end, found.end + CLOCK_LOOKAROUND_CHARS));
  if (after) return { parts: { ...found.parts, ...after.time }, start: found.start, end: found.end + after.length };
  const before = clockBefore(text.slice(Math.max(0, found.start - CLOCK_LOOKAROUND_CHARS), found.start));
  if (before) return { parts: { ...found.parts, ...before.time }, start: found.start - before.length, end: found.end };
  return found;
}
