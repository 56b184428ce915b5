import type { DateCandidate, Timestamps } from '../types.ts';
import { IMAGE_HINT_PREFIX } from './collect-meta-dates.ts';
import { approximateInstant, formatDay, formatIso, inOffset, wallClockMinutes, type DateParts } from './date-parts.ts';
import { fallsOnDay, isLocalOffset, isUtc, shownOnPageClock, zoneOffsetTo } from './local-clock.ts';
import { type FoundDate, parseDateText } from './parse-date-text.ts';
import { parseUrlDate } from './parse-url-date.ts';
import { offsetInZone, siteTimeZone } from './site-time-zone.ts';
import { isByHeadline, isListItem, isMentionInStory, scoreCandidate, scoreContext } from './score-candidate.ts';

/** Nothing on the web was published before it; older dates are events, not timestamps. */
const EARLIEST_YEAR = 1995;
/** A page's clock may run ahead of the reader's by a time zone. */
const FUTURE_SLACK_MS = 36 * 3_600_000;
/** Candidates this close to the best score are read as one tier. */
const TIER_WIDTH = 5;
/** Dates the page prints for the reader, with the page's own label. */
const PRINTED_SOURCES: ReadonlySet<DateCandidate['source']> = new Set(['time-element', 'visible-text']);
/** A printed date this trusted is a dated line by the headline: it bounds the first publication, and it is what the page shows. */
const PRINTED_UPDATE_MIN_SCORE = 60;
/** Below this, the best date is only something the text mentions. */
const TRUSTED_SCORE = 70;
/** A UTC clock says nothing of the page's own day; a local statement may sit ±1 day off it. */
const LOCAL_DAY_MIN_SCORE = 70;
/**
 * A printed wall clock that states the stamp's very minute on a local offset is the page's
 * own clock even where a bare printed day would not be trusted: no other date it could be.
 * As trusted as a dated line (PRINTED_UPDATE_MIN_SCORE), outside lists.
 */
const PRINTED_CLOCK_MIN_SCORE = PRINTED_UPDATE_MIN_SCORE;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** An ambiguous date's reading this close to another date on the page is the page's own. */
const NEAR_READING_DAYS = 31;
/** Each other source agreeing on the same day adds this much, up to AGREEMENT_CAP. */
const AGREEMENT_BONUS = 4;
const AGREEMENT_CAP = 3;

export interface WeighedDate {
  parts: DateParts;
  day: string;
  kind: DateCandidate['kind'];
  score: number;
  candidate: DateCandidate;
  /** One of a repeated list of dated items (other posts, archive entries). */
  inList: boolean;
}

/** The timestamps and the parsed clues they came from (benchmarks, debugging). */
export interface ExplainedTimestamps extends Timestamps {
  publishedFrom: WeighedDate | null;
  updatedFrom: WeighedDate | null;
}

/**
 * Picks the published and updated timestamps from the page's clues. Pure: `now` bounds
 * what can be true. Output keeps the page's own precision and offset.
 */
export function resolveTimestamps(candidates: DateCandidate[], options: { url: string | null; now: Date }): Timestamps {
  const { published, updated } = explainTimestamps(candidates, options);
  return { published, updated };
}

/** `resolveTimestamps`, with the winning clues. */
export function explainTimestamps(candidates: DateCandidate[], options: { url: string | null; now: Date }): ExplainedTimestamps {
  const withUrl = candidates.some((c) => c.source === 'url') || !options.url
    ? candidates
    : [...candidates, { source: 'url' as const, value: options.url, hint: null, kind: null }];
  const dates = weighDates(withUrl, options.now);
  const published = notAfterPrintedUpdate(pickPublished(dates, siteTimeZone(candidates)), dates);
  const updated = published && published.kind !== 'updated' ? inPageZone(pickUpdated(dates, published), published) : null;
  const shownPublished = published && updated ? onPrintedUpdateClock(published, updated) : published;
  return {
    published: shownPublished ? formatIso(shownPublished.parts) : null,
    updated: updated ? formatIso(updated.parts) : null,
    publishedFrom: shownPublished,
    updatedFrom: updated,
  };
}

/** Every plausible parsed date with its reliability score. */
function weighDates(candidates: DateCandidate[], now: Date): WeighedDate[] {
  const context = scoreContext(candidates);
  const readings = candidates.map(parseCandidate);
  // Only unambiguous readings settle an ambiguous one: two copies of `04/05/2022` settle nothing.
  const anchors = readings.flatMap((reading) => (reading && !reading.alternative ? [reading.parts] : []));
  const dates = candidates.flatMap((candidate, index) => {
    const reading = readings[index] ?? null;
    const parts = settleAmbiguity(reading, anchors);
    const score = scoreCandidate(candidate, context);
    if (!parts || score <= 0 || !isPlausible(parts, now)) return [];
    // An event a sentence tells of, deep in the story, says nothing of when the page was written.
    if (reading && isMentionInStory(candidate, candidate.value.slice(reading.end))) return [];
    return [{ parts, day: formatDay(parts), kind: candidate.kind, score, candidate, inList: isListItem(candidate, context) }];
  });
  return dates.map((date) => ({ ...date, score: date.score + agreement(date, dates) }));
}

function parseCandidate(candidate: DateCandidate): FoundDate | null {
  const isAddress = candidate.source === 'url' || candidate.hint?.startsWith(IMAGE_HINT_PREFIX) === true;
  if (!isAddress) {
    const found = parseDateText(candidate.value)[0] ?? null;
    // A <time>'s own text may print its UTC moment on the page's clock.
    return found && candidate.source === 'time-element' ? { ...found, parts: shownOnPageClock(found.parts, candidate.value) } : found;
  }
  const fromUrl = parseUrlDate(candidate.value);
  return fromUrl ? { parts: fromUrl.parts, start: 0, end: 0 } : null;
}

/**
 * An ambiguous `04/05/2022` takes the reading another clue on the page confirms; else the
 * reading near the other dates the page gives, when only one is (a story of late September
 * dated 02/10/2020 is from October 2, not February 10).
 */
function settleAmbiguity(reading: FoundDate | null, anchors: readonly DateParts[]): DateParts | null {
  if (!reading?.alternative) return reading?.parts ?? null;
  const primaryGap = nearestGapDays(reading.parts, anchors);
  const alternativeGap = nearestGapDays(reading.alternative, anchors);
  if (primaryGap === 0) return reading.parts;
  if (alternativeGap === 0) return reading.alternative;
  return alternativeGap <= NEAR_READING_DAYS && primaryGap > NEAR_READING_DAYS ? reading.alternative : reading.parts;
}

function nearestGapDays(parts: DateParts, anchors: readonly DateParts[]): number {
  const day = Date.UTC(parts.year, parts.month - 1, parts.day);
  return Math.min(...anchors.map((anchor) => Math.abs(Date.UTC(anchor.year, anchor.month - 1, anchor.day) - day) / DAY_MS));
}

function isPlausible(parts: DateParts, now: Date): boolean {
  return parts.year >= EARLIEST_YEAR && approximateInstant(parts) <= now.getTime() + FUTURE_SLACK_MS;
}

function agreement(date: WeighedDate, all: readonly WeighedDate[]): number {
  const sources = new Set(all.filter((other) => other !== date && other.day === date.day).map((other) => other.candidate.source));
  sources.delete(date.candidate.source);
  return AGREEMENT_BONUS * Math.min(AGREEMENT_CAP, sources.size);
}

function pickPublished(dates: readonly WeighedDate[], siteZone: string | null): WeighedDate | null {
  const unlabelledOrPublished = dates.filter((date) => date.kind !== 'updated');
  const best = Math.max(...unlabelledOrPublished.map((date) => date.score));
  const updates = printedUpdates(dates);
  // A page that only says when it last changed ("Stand:", "Aktualisiert") is best dated by
  // that, not by a date its text happens to mention, even where the line sits (a print
  // footer): the label makes it a statement about the page, the mention is about an event.
  if (best < TRUSTED_SCORE && updates.length > 0) return minBy(topTier(updates), (date) => approximateInstant(date.parts));
  const pool = topTier(unlabelledOrPublished);
  // Unlabeled dates of equal standing: the earliest is the first publication. When all
  // that is left is a list of items, the page is as recent as its newest one.
  const listsOnly = pool.every((date) => date.inList);
  const earliest = listsOnly
    ? maxBy(pool, (date) => approximateInstant(date.parts))
    : minBy(pool, (date) => approximateInstant(date.parts));
  if (!earliest) return null;
  const shown = shownAndConfirmed(dates, earliest);
  if (shown) return mostPrecise(shown, dates, { siteZone });
  return mostPrecise(inPageCalendar(earliest, unlabelledOrPublished, siteZone), unlabelledOrPublished, { siteZone, chosenOnPageCalendar: true });
}

/**
 * The date the page shows its readers by its headline, when the machine's own data stands
 * behind it against the machine's first publication (`chosen`):
 * - the best printed day, later, that the machine's modified stamp names too and no other
 *   day printed by the headline contradicts: the story as it stands is of that day, as its
 *   readers see it (a refreshed piece, re-dated); a day printed far from the headline (a
 *   "Publiziert:" line at the story's foot) tells its history, not what the reader is shown;
 * - an earlier dateline right by the headline, when the machine's publication is its
 *   modified stamp to the second: both were written at the last save (some CMSs rewrite
 *   both), and the dateline keeps the first publication ("January 19, 2020 / 12:25 PM /
 *   Updated 8 hours ago"), unless it is that same moment on a local clock.
 */
function shownAndConfirmed(dates: readonly WeighedDate[], chosen: WeighedDate): WeighedDate | null {
  if (PRINTED_SOURCES.has(chosen.candidate.source)) return null;
  const datelines = dates.filter((date) => PRINTED_SOURCES.has(date.candidate.source) && !date.inList && date.score >= PRINTED_UPDATE_MIN_SCORE);
  const machineUpdates = dates.filter((date) => !PRINTED_SOURCES.has(date.candidate.source) && date.kind === 'updated');
  const shown = maxBy(datelines, (date) => date.score);
  if (shown && shown.day > chosen.day) {
    const confirmed = machineUpdates.some((date) => date.day === shown.day && date.score >= TRUSTED_SCORE);
    const uncontradicted = datelines.every((date) => date.day === shown.day || !isByHeadline(date.candidate));
    return confirmed && uncontradicted ? shown : null;
  }
  const instant = approximateInstant(chosen.parts);
  const rewritten = chosen.parts.second !== null && machineUpdates.some((date) => approximateInstant(date.parts) === instant);
  const first = maxBy(datelines.filter((date) => date.kind !== 'updated' && isByHeadline(date.candidate)), (date) => date.score);
  if (!rewritten || !first || first.day >= chosen.day) return null;
  const sameMoment = first.parts.hour === null ? fallsOnDay(instant, first.parts) : zoneOffsetTo(first.parts, instant) !== null;
  return sameMoment ? null : first;
}

/**
 * A story cannot be first published after the page says it was last updated: a printed
 * "Stand: 28.04.2020" before a machine date of April 29 means that date is a later edit.
 * The first publication is then the best clue on or before the printed update, or the update.
 */
function notAfterPrintedUpdate(published: WeighedDate | null, dates: readonly WeighedDate[]): WeighedDate | null {
  if (!published) return null;
  const updates = printedUpdates(dates).filter((date) => date.score >= PRINTED_UPDATE_MIN_SCORE && date.day < published.day);
  const update = minBy(updates, (date) => approximateInstant(date.parts));
  if (!update) return published;
  const before = dates.filter((date) => date.kind !== 'updated' && date.day <= update.day && date.score >= update.score);
  return minBy(topTier(before), (date) => approximateInstant(date.parts)) ?? update;
}

/** Updates the page prints about itself ("Stand:", "Aktualisiert"), not a list's items. */
function printedUpdates(dates: readonly WeighedDate[]): WeighedDate[] {
  return dates.filter((date) => date.kind === 'updated' && !date.inList && PRINTED_SOURCES.has(date.candidate.source));
}

function pickUpdated(dates: readonly WeighedDate[], published: WeighedDate): WeighedDate | null {
  const labelled = topTier(dates.filter((date) => date.kind === 'updated' && !isPublicationMoment(date, published, dates)));
  const pool = labelled.length > 0 ? labelled : topTier(dates.filter((date) => date.kind === null && date.score >= published.score - TIER_WIDTH));
  const latest = maxBy(pool, (date) => approximateInstant(date.parts));
  if (!latest || !isLaterMinute(latest.parts, published.parts)) return null;
  const candidates = labelled.length > 0 ? dates.filter((date) => date.kind === 'updated') : pool;
  return mostPrecise(inPageCalendar(latest, candidates), candidates, { siteZone: null, chosenOnPageCalendar: true });
}

/**
 * A modified stamp naming the very minute of the publication stamp that the page's printed
 * day stood in for (inPageCalendar: "Nov. 19, 2019" for 2019-11-20T01:53Z) is the one save
 * that put the story out, not a later edit: many CMSs write both stamps at once. The printed
 * day keeps no clock, so the modified stamp would otherwise read as an update a day later.
 */
function isPublicationMoment(update: WeighedDate, published: WeighedDate, dates: readonly WeighedDate[]): boolean {
  if (published.parts.hour !== null || update.parts.hour === null || update.parts.offset === null) return false;
  const instant = approximateInstant(update.parts);
  return dates.some((date) => date.kind === 'published' && date.parts.offset !== null &&
    Math.abs(approximateInstant(date.parts) - instant) < MINUTE_MS && fallsOnDay(instant, published.parts));
}

/**
 * True when `a` is a later minute than `b`: the same minute stated with and without its
 * seconds is one moment, not an update, and so is the same wall clock with and without its
 * offset (a JSON-LD "10:07:01" beside a meta tag's "10:07:01 CEST": one page, one clock).
 * A clock without offset may be UTC's too ("17:01:28" beside "12:01:27-05:00", once read
 * as "17:01:27Z"): it is later only when later on both clocks.
 */
function isLaterMinute(a: DateParts, b: DateParts): boolean {
  if (a.offset !== null && b.offset !== null) return approximateInstant(a) - approximateInstant(b) >= MINUTE_MS;
  const onEachClock = b.offset === null ? [b] : [b, inOffset(b, 'Z')];
  return onEachClock.every((clock) => wallClockMinutes(a) > wallClockMinutes(clock));
}

/**
 * Machine timestamps are often UTC ("2023-11-09T02:11Z") while the page prints its own
 * day ("November 8, 2023"): the page's own wall clock wins, as its readers see it. A
 * stamp already in a local zone is the page's own clock and stays.
 * - Another clue states the same moment with its local offset: that clue.
 * - The page prints the same moment as a bare wall clock ("Nov 8, 2023, 9:11 PM"): that
 *   wall clock, with the offset the two imply (-05:00).
 * - The page prints a bare day that moment falls on somewhere on Earth: that day, unless a
 *   local clue names the stamp's own day (a header's "today" may sit beside the byline's date).
 * - The page prints nothing of that day but its scripts declare the site's zone: the
 *   moment on that zone's clock.
 */
function inPageCalendar(chosen: WeighedDate, pool: readonly WeighedDate[], siteZone: string | null = null): WeighedDate {
  if (chosen.parts.offset === null || chosen.parts.hour === null) return chosen;
  const instant = approximateInstant(chosen.parts);
  const trusted = pool.filter((date) => date.score >= LOCAL_DAY_MIN_SCORE);
  const sameMoment = trusted.filter((date) => date.day !== chosen.day && date.parts.offset !== null && !isUtc(date.parts) &&
    Math.abs(approximateInstant(date.parts) - instant) < MINUTE_MS);
  if (sameMoment.length > 0) return maxBy(sameMoment, (date) => date.score) ?? chosen;
  if (!isUtc(chosen.parts)) return chosen;
  const clocks = pool.filter((date) => PRINTED_SOURCES.has(date.candidate.source) && !date.inList && date.score >= PRINTED_CLOCK_MIN_SCORE);
  const printedClock = maxBy(clocks.filter((date) => isLocalOffset(zoneOffsetTo(date.parts, instant))), (date) => date.score);
  const zone = printedClock ? zoneOffsetTo(printedClock.parts, instant) : null;
  // The machine's moment (seconds and all) on the page's clock.
  if (printedClock && zone) return { ...printedClock, parts: inOffset(chosen.parts, zone) };
  const siteOffset = siteZone ? offsetInZone(siteZone, instant) : null;
  const onSiteClock = siteOffset && isLocalOffset(siteOffset) ? withParts(chosen, inOffset(chosen.parts, siteOffset)) : null;
  const localDays = trusted.filter((date) => !isUtc(date.parts) && date.parts.hour === null);
  // A printed day outranks the site's declared zone; where both agree, the zone adds the clock.
  const printedDay = localDays.find((date) => date.day === chosen.day) ??
    maxBy(localDays.filter((date) => fallsOnDay(instant, date.parts)), (date) => date.score);
  if (!printedDay) return onSiteClock ?? chosen;
  if (onSiteClock?.day === printedDay.day) return onSiteClock;
  return printedDay.day === chosen.day ? chosen : printedDay;
}

function withParts(date: WeighedDate, parts: DateParts): WeighedDate {
  return { ...date, parts, day: formatDay(parts) };
}

/**
 * The update on the page's own clock: once the publication shows the page's zone
 * (-05:00), a UTC update of the same page is read in that zone too. An update stamped
 * with its own zone keeps it (summer and winter time differ).
 */
function inPageZone(date: WeighedDate | null, published: WeighedDate): WeighedDate | null {
  const zone = published.parts.offset;
  if (!date || zone === null || isUtc(published.parts) || !isUtc(date.parts) || date.parts.hour === null) return date;
  return withParts(date, inOffset(date.parts, zone));
}

/** How far apart two stamps may be and still share one zone offset (summer and winter time differ). */
const SAME_SEASON_MS = 14 * DAY_MS;

/**
 * The publication on the clock the page prints its update in: a UTC publication stamp
 * ("02:07Z") beside a printed "Updated 12:24 am EST" is read on that clock (21:07 the day
 * before), as inPageZone reads a UTC update on the publication's clock. Only a clock the page
 * prints for its readers tells its zone; a meta tag's offset may be the server's.
 */
function onPrintedUpdateClock(published: WeighedDate, updated: WeighedDate): WeighedDate {
  const zone = updated.parts.offset;
  if (!isUtc(published.parts) || published.parts.hour === null || zone === null || isUtc(updated.parts)) return published;
  if (!PRINTED_SOURCES.has(updated.candidate.source)) return published;
  if (Math.abs(approximateInstant(updated.parts) - approximateInstant(published.parts)) > SAME_SEASON_MS) return published;
  return withParts(published, inOffset(published.parts, zone));
}

function topTier(dates: readonly WeighedDate[]): WeighedDate[] {
  const best = Math.max(...dates.map((date) => date.score));
  return dates.filter((date) => date.score >= best - TIER_WIDTH);
}

/** How mostPrecise reads a day onto the page's clock. */
interface PageClock {
  /** The zone the site declares, if any (see inPageCalendar). */
  siteZone: string | null;
  /**
   * `chosen` is already inPageCalendar's answer for the same pool and zone: it is not read
   * again when it stays the best statement of its day.
   */
  chosenOnPageCalendar?: boolean;
}

/**
 * The same day as `chosen`, stated with the most precision (offset > clock time > day),
 * and the same moment on the page's own clock rather than UTC's: a clue's local offset,
 * else the clock the page prints or its site declares (inPageCalendar), when that keeps the day.
 */
function mostPrecise(chosen: WeighedDate, pool: readonly WeighedDate[], { siteZone, chosenOnPageCalendar = false }: PageClock): WeighedDate {
  // A weak clue may name the same day with another clock (a script's, a list's): not a refinement.
  const floor = Math.min(chosen.score, TRUSTED_SCORE);
  // The chosen date competes too: it may carry the page's zone, which its own clue lacked (inPageCalendar).
  const sameDay = [chosen, ...pool.filter((date) => date.day === chosen.day && date.score >= floor)];
  const best = maxBy(sameDay, (date) => precision(date.parts) * 1000 + date.score) ?? chosen;
  if (!isUtc(best.parts) || best.parts.hour === null) return best;
  const instant = approximateInstant(best.parts);
  const local = sameDay.filter((date) => isLocalOffset(date.parts.offset) && Math.abs(approximateInstant(date.parts) - instant) < MINUTE_MS);
  const sameMoment = maxBy(local, (date) => date.score);
  if (sameMoment) return sameMoment;
  // inPageCalendar leaves a UTC stamp as it is only when the page offers no clock for it: asking again finds none.
  if (best === chosen && chosenOnPageCalendar) return best;
  const onPageClock = inPageCalendar(best, pool, siteZone);
  return onPageClock.day === best.day ? onPageClock : best;
}

/**
 * Day < clock time < clock time with its offset. Midnight to the second with no zone
 * ("2015-04-30T00:00:00") is a day written as a timestamp, no clock time: a real clock
 * for that day is more precise.
 */
function precision(parts: DateParts): number {
  if (parts.hour === null || isMidnightPlaceholder(parts)) return 0;
  return parts.offset === null ? 1 : 2;
}

function isMidnightPlaceholder(parts: DateParts): boolean {
  return parts.hour === 0 && parts.minute === 0 && !parts.second && parts.offset === null;
}

function minBy<T>(items: readonly T[], key: (item: T) => number): T | null {
  return maxBy(items, (item) => -key(item));
}

function maxBy<T>(items: readonly T[], key: (item: T) => number): T | null {
  let best: T | null = null;
  let bestKey = -Infinity;
  for (const item of items) {
    const value = key(item);
    if (value > bestKey) [best, bestKey] = [item, value];
  }
  return best;
}
