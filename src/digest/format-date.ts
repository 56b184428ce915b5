import { isoToInstant, parseIso, type IsoParts } from './iso-date.ts';

const DAY_MS = 24 * 3600_000;
const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

type Precision = 'year' | 'month' | 'day' | 'minute';
const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { dateStyle: 'medium' },
  minute: { dateStyle: 'medium', timeStyle: 'short' },
};
/** Building an Intl.DateTimeFormat costs far more than using one: a timeline formats dozens of dates. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}\u0000${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...PRECISION_OPTIONS[precision], timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** "Apr 10, 2025, 7:42 PM UTC−4", "Apr 10, 2025", "December 2024": only what the source said. */
export function formatIsoDate(iso: string, locale: string): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  // The wall-clock fields are formatted as if in UTC so that nothing shifts.
  const wallClock = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0));
  const text = dateFormat(locale, parts.day === null ? (parts.month === null ? 'year' : 'month') : parts.hour === null ? 'day' : 'minute').format(wallClock);
  return parts.offsetMinutes === null || parts.hour === null ? text : `${text} ${formatOffset(parts.offsetMinutes)}`;
}

export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** "3 days ago" (or "in 2 hours") between an ISO date and `now`. */
export function formatRelative(iso: string, now: Date, locale: string): string | null {
  const parts = parseIso(iso);
  return parts ? relativePhrase(isoToInstant(parts) - now.getTime(), locale, parts) : null;
}

/** "4 days": how long after `from` the `to` date came (calendar days, as a reader counts), or null. */
export function formatGap(from: string, to: string, locale: string): string | null {
  const a = parseIso(from);
  const b = parseIso(to);
  if (!a || !b) return null;
  const days = a.day !== null && b.day !== null ? Math.round((calendarDay(b) - calendarDay(a)) / DAY_MS) : 0;
  const gap = days >= 1 ? days * DAY_MS : isoToInstant(b) - isoToInstant(a);
  for (const [unit, size] of RELATIVE_UNITS) {
    if (gap >= size && (days >= 1 || size < DAY_MS)) {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(gap / size));
    }
  }
  return null;
}

function calendarDay(parts: IsoParts): number {
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

function relativePhrase(deltaMs: number, locale: string, parts: IsoParts): string | null {
  // 'always': "1 year ago" is exact where "last year" would name a calendar year.
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const precise = parts.hour !== null;
  for (const [unit, size] of RELATIVE_UNITS) {
    if (!precise && (unit === 'hour' || unit === 'minute')) break;
    if (Math.abs(deltaMs) >= size) return format.format(Math.trunc(deltaMs / size), unit);
  }
  return precise ? format.format(0, 'minute') : format.format(0, 'day');
}
