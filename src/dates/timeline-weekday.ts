// A weekday chrono read alone and the words beside it that give its day: a number after it
// ("el martes 3", "nesta terça-feira (3)", "am Samstag, 6.11."), which chrono may have read
// as the weekday's hour ("lunes 16"), or a date set beside it ("Am Montag, dem 11. Oktober");
// and the weekdays listed with it, which may make it a weekly routine ("Montag und Donnerstag").
import { wholeWords } from '../text/word-pattern.ts';
import { monthOfWeekdayDay, type DateReading } from './timeline-year.ts';
import { fullWeekdayNumbers } from './weekday-names.ts';

/**
 * The day of the month right after a weekday chrono read alone: "el martes 3", "el lunes
 * 16 al viernes 20", in parentheses as Brazil's press writes it: "nesta terça-feira (3)",
 * "no domingo (1º)", or with its month, dotted: "am Samstag, 6.11.". Groups: day, month,
 * day in parentheses. Not a clock time or a longer number.
 */
const DAY_AFTER_WEEKDAY = /^(?:,?\s+(\d{1,2})(?:\.(\d{1,2})\.)?|\s*\((\d{1,2})º?\))(?![\d.:/]?\d)/;
/**
 * A number closing a weekday phrase, which chrono read as its hour ("lunes 16" as 4 pm,
 * "Samstag, 4.11" as 4:11): with no clock word after it, it is the day of the month.
 */
const NUMBER_AFTER_WEEKDAY = /,?\s+\d{1,2}(?:\.\d{1,2})?$/;
/** The comma or space left where the hour was taken off a phrase. */
const TRAILING_SEPARATOR = /[\s,]+$/;
/** A dotted day and month whose month is over 12 is no date ("14.30." is a clock). */
const MONTHS_IN_YEAR = 12;
const DAYS_IN_WEEK = 7;
/** How far around a weekday the list holding it is read. */
const LIST_CHARS = 80;
/** A word, hyphens inside it ("terça-feira"). */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** A reading that gives a weekday and neither its day nor its month. */
export function isWeekdayAlone(reading: DateReading): boolean {
  return reading.weekday !== null && reading.day === null && reading.month === null;
}

/**
 * A weekday phrase without the number chrono read as its hour ("lunes 16", "Samstag, 4.11"),
 * when the number, read from `from` (the text at the phrase), is a day (DAY_AFTER_WEEKDAY):
 * withDayAfterWeekday reads it after the phrase. A clock stays the weekday's: "Samstag 14.30 Uhr".
 */
export function withoutWeekdayHour(phrase: string, from: string, reading: DateReading): string {
  const number = isWeekdayAlone(reading) ? phrase.match(NUMBER_AFTER_WEEKDAY) : null;
  if (!number || !DAY_AFTER_WEEKDAY.test(from.slice(number.index))) return phrase;
  return phrase.slice(0, number.index).replace(TRAILING_SEPARATOR, '');
}

/**
 * A weekday chrono read alone, followed by its day of the month ("el martes 3"): that day,
 * near the publication, if it is that weekday; with its month ("Samstag, 6.11."), that day
 * in the year where it is that weekday. Null when no such day is near the publication:
 * the story names a day the timeline cannot place. A number counting a unit of time is no
 * day ("published Thursday, 21 months after"; `countedUnit` reads the words after it).
 */
export function withDayAfterWeekday(
  text: string,
  end: number,
  reading: DateReading,
  context: { reference: Date; countedUnit: RegExp },
): { reading: DateReading; end: number } | null {
  const number = isWeekdayAlone(reading) ? text.slice(end).match(DAY_AFTER_WEEKDAY) : null;
  if (!number || context.countedUnit.test(text.slice(end + number[0].length))) return { reading, end };
  const day = Number(number[1] ?? number[3]);
  const month = number[2] === undefined ? null : Number(number[2]);
  const numberEnd = end + number[0].length;
  if (month !== null) return month <= MONTHS_IN_YEAR ? { reading: { ...reading, month, day }, end: numberEnd } : { reading, end };
  const found = reading.weekday !== null ? monthOfWeekdayDay(reading.weekday, day, context.reference) : null;
  return found ? { reading: { ...reading, ...found, day }, end: numberEnd } : null;
}

/**
 * A weekday alone whose date chrono read right after it, set beside it by a comma and
 * maybe an article (`apposition`): "Am Montag, dem 11. Oktober 2021". The date is the
 * entry; the weekday adds nothing.
 */
export function isDatedBeside(text: string, end: number, next: { index: number; reading: DateReading } | undefined, apposition: RegExp): boolean {
  return next !== undefined && next.reading.day !== null && next.index >= end && apposition.test(text.slice(end, next.index));
}

/** A language's lists of weekdays, and the day (`Date.getDay`) each full name names. */
export interface WeekdayList {
  /** The language's full names joined by commas and its "and", each maybe behind a preposition ("am Dienstag und Donnerstag"). */
  pattern: RegExp;
  days: ReadonlyMap<string, number>;
}

/** The weekday lists of a language, from its weekday names, its "and" and its prepositions; null for a language without weekday names. */
export function weekdayList(language: string, and: readonly string[], prepositions: readonly string[]): WeekdayList | null {
  const days = fullWeekdayNumbers(language);
  if (days.size === 0) return null;
  const item = `(?:${wholeWords(prepositions)}\\s+)?${wholeWords(days.keys())}`;
  const joint = `\\s*,\\s*(?:${wholeWords(and)}\\s+)?|\\s+${wholeWords(and)}\\s+`;
  return { pattern: new RegExp(`${item}(?:(?:${joint})${item})+`, 'giu'), days };
}

/**
 * The list of weekdays that do not follow each other holding a weekday ("On Tuesday,
 * Wednesday and Friday she tutors", "Montag und Donnerstag von 10 bis 12 Uhr"), as a span
 * of the text: told in the present, a weekly routine, no day of the story (the caller
 * reads the list's tense). Days named together for one event follow each other
 * ("presentará el viernes y sábado", "am Donnerstag und Freitag"): null, as for a weekday
 * in no list.
 */
export function routineListAround(text: string, index: number, phrase: string, list: WeekdayList | null): { start: number; text: string } | null {
  if (!list) return null;
  const from = Math.max(0, index - LIST_CHARS);
  const end = index + phrase.length;
  const run = [...text.slice(from, end + LIST_CHARS).matchAll(list.pattern)].find((match) => from + match.index < end && index < from + match.index + match[0].length);
  if (!run) return null;
  const days = (run[0].toLowerCase().match(WORD) ?? []).flatMap((word) => list.days.get(word) ?? []);
  const followEachOther = days.every((day, position) => position === 0 || day === ((days[position - 1] ?? day) + 1) % DAYS_IN_WEEK);
  return followEachOther ? null : { start: from + run.index, text: run[0] };
}
