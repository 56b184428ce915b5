import type { DateCandidate, Timestamps } from '../types.ts';
import { approximateInstant, formatDay, formatIso, type DateParts } from './date-parts.ts';
import { parseDateText } from './parse-date-text.ts';
import { parseUrlDate } from './parse-url-date.ts';
import { scoreCandidate } from './score-candidate.ts';

/** Nothing on the web was published before it; older dates are events, not timestamps. */
const EARLIEST_YEAR = 1995;
/** A page's clock may run ahead of the reader's by a time zone. */
const FUTURE_SLACK_MS = 36 * 3_600_000;
/** Candidates this close to the best score are read as one tier. */
const TIER_WIDTH = 5;
/** Each other source agreeing on the same day adds this much, up to AGREEMENT_CAP. */
const AGREEMENT_BONUS = 4;
const AGREEMENT_CAP = 3;

interface WeighedDate {
  parts: DateParts;
  day: string;
  kind: DateCandidate['kind'];
  score: number;
  source: DateCandidate['source'];
}

/**
 * Picks the published and updated timestamps from the page's clues. Pure: `now` bounds
 * what can be true. Output keeps the page's own precision and offset.
 */
export function resolveTimestamps(candidates: DateCandidate[], options: { url: string | null; now: Date }): Timestamps {
  const withUrl = candidates.some((c) => c.source === 'url') || !options.url
    ? candidates
    : [...candidates, { source: 'url' as const, value: options.url, hint: null, kind: null }];
  const dates = weighDates(withUrl, options.now);
  const published = pickPublished(dates);
  if (!published) return { published: null, updated: null };
  const updated = pickUpdated(dates, published);
  return { published: formatIso(published.parts), updated: updated ? formatIso(updated.parts) : null };
}

/** Explains the choice: every parsed date with its score, best first (benchmarks, debugging). */
export function weighDates(candidates: DateCandidate[], now: Date): WeighedDate[] {
  const dates = candidates.flatMap((candidate) => {
    const parts = parseCandidate(candidate);
    const score = scoreCandidate(candidate);
    if (!parts || score <= 0 || !isPlausible(parts, now)) return [];
    return [{ parts, day: formatDay(parts), kind: candidate.kind, score, source: candidate.source }];
  });
  return dates.map((date) => ({ ...date, score: date.score + agreement(date, dates) }));
}

function parseCandidate(candidate: DateCandidate): DateParts | null {
  if (candidate.source === 'url') return parseUrlDate(candidate.value)?.parts ?? null;
  return parseDateText(candidate.value)[0]?.parts ?? null;
}

function isPlausible(parts: DateParts, now: Date): boolean {
  return parts.year >= EARLIEST_YEAR && approximateInstant(parts) <= now.getTime() + FUTURE_SLACK_MS;
}

function agreement(date: WeighedDate, all: readonly WeighedDate[]): number {
  const sources = new Set(all.filter((other) => other !== date && other.day === date.day).map((other) => other.source));
  sources.delete(date.source);
  return AGREEMENT_BONUS * Math.min(AGREEMENT_CAP, sources.size);
}

function pickPublished(dates: readonly WeighedDate[]): WeighedDate | null {
  const pool = topTier(dates.filter((date) => date.kind !== 'updated'));
  // Unlabeled dates of equal standing: the earliest is the first publication.
  const earliest = minBy(pool, (date) => approximateInstant(date.parts));
  return earliest ? mostPrecise(earliest, dates.filter((date) => date.kind !== 'updated')) : null;
}

function pickUpdated(dates: readonly WeighedDate[], published: WeighedDate): WeighedDate | null {
  const labelled = topTier(dates.filter((date) => date.kind === 'updated'));
  const pool = labelled.length > 0 ? labelled : topTier(dates.filter((date) => date.kind === null && date.score >= published.score - TIER_WIDTH));
  const latest = maxBy(pool, (date) => approximateInstant(date.parts));
  if (!latest || approximateInstant(latest.parts) <= approximateInstant(published.parts)) return null;
  return mostPrecise(latest, labelled.length > 0 ? dates.filter((date) => date.kind === 'updated') : pool);
}

function topTier(dates: readonly WeighedDate[]): WeighedDate[] {
  const best = Math.max(...dates.map((date) => date.score));
  return dates.filter((date) => date.score >= best - TIER_WIDTH);
}

/** The same day as `chosen`, stated with the most precision (offset > clock time > day). */
function mostPrecise(chosen: WeighedDate, pool: readonly WeighedDate[]): WeighedDate {
  const sameDay = pool.filter((date) => date.day === chosen.day);
  return maxBy(sameDay, (date) => precision(date.parts) * 1000 + date.score) ?? chosen;
}

function precision(parts: DateParts): number {
  if (parts.hour === null) return 0;
  return parts.offset === null ? 1 : 2;
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
