// Digest dates are ISO 8601 strings exactly as precise as their source; these
// helpers read them back without ever shifting the page's wall-clock to UTC.

const ISO_PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export interface IsoParts {
  year: number;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  /** Minutes east of UTC, when the source gave an offset. */
  offsetMinutes: number | null;
}

export function parseIso(iso: string): IsoParts | null {
  const match = ISO_PATTERN.exec(iso);
  if (!match) return null;
  const [, year, month, day, hour, minute, , zone] = match;
  return {
    year: Number(year),
    month: month ? Number(month) : null,
    day: day ? Number(day) : null,
    hour: hour ? Number(hour) : null,
    minute: minute ? Number(minute) : null,
    offsetMinutes: zone ? parseOffset(zone) : null,
  };
}

function parseOffset(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** The instant an ISO date stands for; a bare wall-clock time is read in the reader's zone. */
export function isoToInstant(parts: IsoParts): number {
  const { year, month, day, hour, minute, offsetMinutes } = parts;
  if (offsetMinutes === null) {
    return new Date(year, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0).getTime();
  }
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0) - offsetMinutes * 60_000;
}
