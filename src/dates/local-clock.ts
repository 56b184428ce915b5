// The page's own clock beside a machine's UTC one: which offset a printed wall clock implies,
// on which days a moment falls around the world, and what a <time> element shows its reader.
import { SHOWN_TEXT_SEPARATOR } from './date-hint.ts';
import { approximateInstant, inOffset, wallClockMinutes, type DateParts } from './date-parts.ts';
import { parseDateText } from './parse-date-text.ts';

const EARLIEST_OFFSET_MS = -12 * 3_600_000;
const LATEST_OFFSET_MS = 14 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const UTC_OFFSETS: ReadonlySet<string> = new Set(['Z', '+00:00', '-00:00']);
/** Time zones sit whole quarter-hours from UTC. */
const ZONE_STEP_MINUTES = 15;

/**
 * The offset (`-05:00`) under which a bare printed wall clock shows `instant`, when one
 * exists: the page printed the machine's moment in its own zone. Null for a clock with
 * its own offset, without minutes, or at no zone's distance from the instant.
 */
export function zoneOffsetTo(parts: DateParts, instant: number): string | null {
  if (parts.offset !== null || parts.hour === null || parts.minute === null) return null;
  const minutes = Math.round((wallClockMinutes(parts) * MINUTE_MS - instant) / MINUTE_MS);
  if (minutes % ZONE_STEP_MINUTES !== 0 || minutes < EARLIEST_OFFSET_MS / MINUTE_MS || minutes > LATEST_OFFSET_MS / MINUTE_MS) return null;
  const sign = minutes < 0 ? '-' : '+';
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** An offset that is not UTC's: a page printing the UTC clock tells nothing of its zone. */
export function isLocalOffset(offset: string | null): boolean {
  return offset !== null && !UTC_OFFSETS.has(offset);
}

/** A stamp on UTC's clock, whatever way its offset was written. */
export function isUtc(parts: DateParts): boolean {
  return parts.offset !== null && UTC_OFFSETS.has(parts.offset);
}

/** True when the instant is on that calendar day in some time zone. */
export function fallsOnDay(instant: number, day: DateParts): boolean {
  const start = Date.UTC(day.year, day.month - 1, day.day);
  return instant >= start - LATEST_OFFSET_MS && instant < start + DAY_MS - EARLIEST_OFFSET_MS;
}

/**
 * A <time> element states its moment twice: its machine value, and the text it shows the
 * reader. When the value is UTC ("2020-05-02T02:54:29Z") and the text the same moment on the
 * page's clock, the shown one is the page's statement:
 * - a wall clock at a zone's distance ("May 1, 2020 10:54 PM"): the moment on that clock,
 *   with the offset the two imply (2020-05-01T22:54:29-04:00);
 * - a day other than UTC's that the moment falls on somewhere ("May 1, 2020"): that day.
 * Otherwise, or for any other element, the machine value as it is.
 */
export function shownOnPageClock(machine: DateParts, elementValue: string): DateParts {
  const at = elementValue.indexOf(SHOWN_TEXT_SEPARATOR);
  if (at < 0 || !isUtc(machine) || machine.hour === null) return machine;
  const shown = parseDateText(elementValue.slice(at + SHOWN_TEXT_SEPARATOR.length))[0];
  if (!shown) return machine;
  const instant = approximateInstant(machine);
  const readings = [shown.parts, ...(shown.alternative ? [shown.alternative] : [])];
  const zone = readings.map((parts) => shownOffset(parts, instant)).find(isLocalOffset);
  if (zone) return inOffset(machine, zone);
  if (readings.some((parts) => parts.hour !== null || sameDay(parts, machine))) return machine;
  const day = readings.find((parts) => fallsOnDay(instant, parts));
  return day ?? machine;
}

/** The offset a shown clock states ("10:54 PM EDT") or implies, when it shows `instant`. */
function shownOffset(parts: DateParts, instant: number): string | null {
  if (parts.offset === null) return zoneOffsetTo(parts, instant);
  return Math.abs(approximateInstant(parts) - instant) < MINUTE_MS ? parts.offset : null;
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
