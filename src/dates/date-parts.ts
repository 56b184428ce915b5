// A calendar date as the page states it: its own wall clock, never shifted to UTC,
// with only the precision the source gives.

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** `Z` or `±hh:mm`, only when the source states it. */
  offset: string | null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The day part, `YYYY-MM-DD`. */
export function formatDay(parts: DateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** ISO 8601 exactly as precise as the source: day, wall-clock minutes/seconds, offset. */
export function formatIso(parts: DateParts): string {
  const day = formatDay(parts);
  if (parts.hour === null || parts.minute === null) return day;
  const seconds = parts.second === null ? '' : `:${pad(parts.second)}`;
  return `${day}T${pad(parts.hour)}:${pad(parts.minute)}${seconds}${parts.offset ?? ''}`;
}

/** Minutes since the epoch of the page's wall clock (offset ignored: same-page dates share one). */
export function wallClockMinutes(parts: DateParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0) / 60_000;
}

/** The instant, when the offset is known; else the wall clock read as UTC. */
export function approximateInstant(parts: DateParts): number {
  const base = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return base - offsetMinutes(parts.offset) * 60_000;
}

/** The same moment on the wall clock of another offset: 02:15Z → 21:15-05:00 the day before. */
export function inOffset(parts: DateParts, offset: string): DateParts {
  const shifted = new Date(approximateInstant(parts) + offsetMinutes(offset) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: parts.second === null ? null : shifted.getUTCSeconds(),
    offset,
  };
}

function offsetMinutes(offset: string | null): number {
  const match = offset?.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}

/** True when the numbers make a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
