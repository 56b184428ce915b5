// The time zone a site declares in its page state ("timezone": "America/New_York"): the
// clock its pages show their readers. A page that prints no date of its own, or renders it
// in the browser, still says in which zone its UTC stamps are read.
import type { DateCandidate } from '../types.ts';
import { SITE_ZONE_HINT } from './collect-script-dates.ts';
import type { DateParts } from './date-parts.ts';
import { zoneOffsetTo } from './local-clock.ts';

const MINUTE_MS = 60_000;

/** The zone the page's scripts declare (see `collectSiteTimeZone`), if any. */
export function siteTimeZone(candidates: readonly DateCandidate[]): string | null {
  return candidates.find((candidate) => candidate.source === 'meta' && candidate.hint === SITE_ZONE_HINT)?.value ?? null;
}

/**
 * One formatter per zone name, null for a name the runtime does not know: building an
 * Intl.DateTimeFormat costs far more than formatting with it, and a page names one zone.
 */
const wallClockFormats = new Map<string, Intl.DateTimeFormat | null>();
/** Zone names come from pages' scripts: the cache forgets them past a few dozen. */
const MAX_CACHED_ZONES = 32;

function wallClockFormat(zone: string): Intl.DateTimeFormat | null {
  if (wallClockFormats.has(zone)) return wallClockFormats.get(zone) ?? null;
  let format: Intl.DateTimeFormat | null;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
  } catch {
    format = null;
  }
  if (wallClockFormats.size >= MAX_CACHED_ZONES) wallClockFormats.clear();
  wallClockFormats.set(zone, format);
  return format;
}

/** The zone's offset at that instant (`-04:00` in New York's summer); null for a name the runtime does not know. */
export function offsetInZone(zone: string, instant: number): string | null {
  const format = wallClockFormat(zone);
  if (!format) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format.formatToParts(instant);
  } catch {
    return null; // an instant outside the representable range
  }
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const wallClock: DateParts = { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute'), second: null, offset: null };
  // The wall clock shows whole minutes: compare it with the instant's minute.
  return zoneOffsetTo(wallClock, instant - (instant % MINUTE_MS));
}
