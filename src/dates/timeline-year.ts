// Where a date printed without its year falls: which year, or which week for a weekday
// alone, given the publication day and the way its sentence leans.

/**
 * Which way a date without its year leans from the publication:
 * - after, before: the phrase itself names the week or year after or before
 *   ("next Friday", "last Thursday", "jeudi dernier"): a weekday is never the
 *   publication's own day;
 * - ahead, back: a word by it points there ("later", "pasado", "since");
 * - future, past: its clause's tense says so ("will", "tendrá"; "was", "wurde", "votó").
 *   A tense may be another verb's, so a day within a week of the publication on the
 *   other side is that near day ("announced to be observed on December 8" in a story of
 *   December 6), not the same day a year off;
 * - nearest: it is a bound ("until April 5") or this week's day ("este martes");
 * - unmarked: nothing says. News reports what happened, so a day or month leans back,
 *   unless it comes within a few weeks after the publication: a date that close is
 *   announced, not reported ("Start ist am 8. Februar" in a story of January 31). A
 *   weekday alone is the nearest.
 */
export type Direction = 'before' | 'after' | 'back' | 'ahead' | 'past' | 'future' | 'nearest' | 'unmarked';
/** The side of the publication a date is looked for on. */
type Side = 'back' | 'ahead' | 'nearest';

/** How close to the publication a day lies, on the other side of its clause's tense, for it to be that near day. */
const NEAR_DAYS = 7;
/** How soon after the publication an unmarked day falls for it to be read ahead. */
const NEAR_FUTURE_DAYS = 92;
/** How soon after the publication an unmarked month starts for it to be read ahead. */
const NEAR_FUTURE_MONTH_DAYS = 62;
const DAYS_IN_WEEK = 7;
const DAY_MS = 86_400_000;
/** A schedule's next day comes at most this long after the one before it. */
const SCHEDULE_STEP_DAYS = 183;
/** A day read this long before the publication, or longer, may be a schedule's next day read a year back. */
const SCHEDULE_BACK_DAYS = 14;
/** A date of day precision, as resolvedDate writes it. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date phrase's parts as the text gives them: null where the phrase leaves a part open. */
export interface DateReading {
  year: number | null;
  month: number | null;
  day: number | null;
  /** 0 (Sunday) to 6, as `Date.getDay`. */
  weekday: number | null;
}

/**
 * The ISO date a reading names, as precise as its phrase: a day, a month or a year. A
 * day, month and weekday without a year take the year in which that day is that weekday
 * ("le mardi 3 mars"); other dates without a year lean as `lean` says.
 */
export function resolvedDate(reading: DateReading, reference: Date, lean: Direction): string | null {
  const { year, month, day, weekday } = reading;
  if (year !== null) return isoDate(year, month, month === null ? null : day);
  if (month === null) return weekday === null ? null : weekdayDate(weekday, reference, lean);
  const weekdayYear = day !== null && weekday !== null ? yearOfWeekday(month, day, weekday, reference, lean) : null;
  return isoDate(weekdayYear ?? biasedYear(month, day, reference, lean), month, day);
}

/** A weekday alone: the one on the side the sentence leans to, within a week of the publication. */
function weekdayDate(weekday: number, reference: Date, lean: Direction): string {
  const thisWeek = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + weekday - reference.getDay(), 12);
  const found = weekdayOnSide(thisWeek, reference, lean);
  return isoDate(found.getFullYear(), found.getMonth() + 1, found.getDate());
}

function isoDate(year: number, month: number | null, day: number | null): string {
  const parts = [String(year).padStart(4, '0')];
  if (month !== null) parts.push(String(month).padStart(2, '0'));
  if (month !== null && day !== null) parts.push(String(day).padStart(2, '0'));
  return parts.join('-');
}

/**
 * The year next to the publication's in which `month`/`day` falls on `weekday`, on the
 * side the sentence leans to ("el pasado martes 30 de marzo" is not next year's): the
 * nearest one, if any does.
 */
function yearOfWeekday(month: number, day: number, weekday: number, reference: Date, lean: Direction): number | null {
  const base = reference.getFullYear();
  const side = lean === 'unmarked' ? 'nearest' : sideOf(lean);
  const dateIn = (year: number): Date => new Date(year, month - 1, day, 12);
  const fitting = [base - 1, base, base + 1].filter(
    (year) => dateIn(year).getDay() === weekday && (side === 'back' ? dateIn(year) <= reference : side === 'ahead' ? dateIn(year) >= reference : true),
  );
  return [...fitting].sort((a, b) => distance(dateIn(a), reference) - distance(dateIn(b), reference))[0] ?? null;
}

/** The weekday `candidate` moved by whole weeks to the side of `reference` that `lean` asks for. */
function weekdayOnSide(candidate: Date, reference: Date, lean: Direction): Date {
  // "Last Thursday" in a story of a Thursday is a week before.
  const pointsAway = lean === 'before' || lean === 'after';
  const options = [-DAYS_IN_WEEK, 0, DAYS_IN_WEEK]
    .map((shift) => new Date(candidate.getFullYear(), candidate.getMonth(), candidate.getDate() + shift, 12))
    .filter((option) => !(pointsAway && option.getTime() === reference.getTime()));
  // A weekday nothing leans is the nearest: a story names the days around it, past and coming ("The show opens on Friday").
  return pickBySide(options, reference, lean === 'unmarked' ? 'nearest' : sideOf(lean), (option) => option);
}

/**
 * The year of a month, or a day, printed without its year: on or before the publication
 * day when leaning back, on or after it when leaning ahead, the closest to it for a bound;
 * unmarked, ahead only when it comes soon after the publication. A month alone counts
 * from its first day (back) or its last (ahead).
 */
export function biasedYear(month: number, day: number | null, reference: Date, lean: Direction): number {
  const base = reference.getFullYear();
  const at = (year: number, edge: 'first' | 'last'): Date =>
    new Date(year, month - 1, day ?? (edge === 'first' ? 1 : 28), edge === 'first' ? 0 : 23);
  const side = lean === 'unmarked' ? unmarkedSide(month, day, reference) : tenseSide(month, day, reference, lean);
  return pickBySide([base - 1, base, base + 1], reference, side, (year) => at(year, side === 'ahead' ? 'last' : 'first'));
}

/** The side a word or a tense puts a date on; for a tense, a day within a week of the publication is the nearest such day. */
function tenseSide(month: number, day: number | null, reference: Date, lean: Exclude<Direction, 'unmarked'>): Side {
  if ((lean !== 'past' && lean !== 'future') || day === null) return sideOf(lean);
  const base = reference.getFullYear();
  const nearest = Math.min(...[base - 1, base, base + 1].map((year) => distance(new Date(year, month - 1, day, 12), reference)));
  return nearest / DAY_MS <= NEAR_DAYS ? 'nearest' : sideOf(lean);
}

/** The side a lean looks on: a tense's and a word's alike. */
function sideOf(lean: Exclude<Direction, 'unmarked'>): Side {
  if (lean === 'past' || lean === 'before') return 'back';
  return lean === 'future' || lean === 'after' ? 'ahead' : lean;
}

/** Ahead when the next such day (or the next such month's first day) is at most a few weeks off; else back. */
function unmarkedSide(month: number, day: number | null, reference: Date): 'ahead' | 'back' {
  const base = reference.getFullYear();
  const next = [base, base + 1].map((year) => new Date(year, month - 1, day ?? 1, 12)).find((date) => date > reference);
  const window = day === null ? NEAR_FUTURE_MONTH_DAYS : NEAR_FUTURE_DAYS;
  return next && (next.getTime() - reference.getTime()) / DAY_MS <= window ? 'ahead' : 'back';
}

function pickBySide<T>(options: readonly T[], reference: Date, side: Side, dateOf: (option: T) => Date): T {
  const onSide = options.filter((option) => {
    if (side === 'back') return dateOf(option) <= reference;
    if (side === 'ahead') return dateOf(option) >= reference;
    return true;
  });
  return [...onSide].sort((a, b) => distance(dateOf(a), reference) - distance(dateOf(b), reference))[0] ?? (options[1] as T);
}

function distance(date: Date, reference: Date): number {
  return Math.abs(date.getTime() - reference.getTime());
}

/**
 * A schedule continues: a day nothing leans, read well before the publication, that comes
 * within half a year after the last day announced (read after the publication) is the
 * schedule's next day, not one of the year before ("kicks off June 9th … June 10 – Tampa …
 * July 2 – Uncasville" in a story of November).
 */
export function continueSchedule(date: string | null, reading: DateReading, direction: Direction, announced: Date | null, reference: Date): string | null {
  const day = date ? dayOf(date) : null;
  if (!day || !announced || direction !== 'unmarked' || reading.year !== null || reading.month === null || reading.day === null) return date;
  if ((reference.getTime() - day.getTime()) / DAY_MS < SCHEDULE_BACK_DAYS) return date;
  const next = resolvedDate({ ...reading, year: yearOnOrAfter(reading.month, reading.day, announced) }, reference, direction);
  const nextDay = next ? dayOf(next) : null;
  return nextDay && (nextDay.getTime() - announced.getTime()) / DAY_MS <= SCHEDULE_STEP_DAYS ? next : date;
}

/** Local noon of an ISO day, or null for a month or a year. */
export function dayOf(date: string): Date | null {
  const parts = date.match(ISO_DAY);
  return parts ? new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12) : null;
}

/** The first year in which `month`/`day` falls on or after `after`: a schedule continues forward. */
function yearOnOrAfter(month: number, day: number, after: Date): number {
  const base = after.getFullYear();
  return new Date(base, month - 1, day, 12) >= new Date(base, after.getMonth(), after.getDate(), 12) ? base : base + 1;
}

/** The month and year, next to the publication's, in which day `day` of the month falls on `weekday`: the nearest, if any. */
export function monthOfWeekdayDay(weekday: number, day: number, reference: Date): { year: number; month: number } | null {
  const fitting = [-1, 0, 1]
    .map((shift) => new Date(reference.getFullYear(), reference.getMonth() + shift, day, 12))
    .filter((date) => date.getDate() === day && date.getDay() === weekday);
  const nearest = [...fitting].sort((a, b) => distance(a, reference) - distance(b, reference))[0];
  return nearest ? { year: nearest.getFullYear(), month: nearest.getMonth() + 1 } : null;
}
