// The date a URL path carries: /2025/04/10/, /2025-04-10-slug, /20250410/.
import { isValidDay, type DateParts } from './date-parts.ts';

const SEPARATED_URL_DATE = /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/;
const COMPACT_URL_DATE = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/;
/** Day first, as German and French sites write it: /29-10-2021. */
const DAY_FIRST_URL_DATE = /[/_-](\d{2})[-_.](\d{2})[-_.]((?:19|20)\d{2})(?=[/_.-]|$)/;

export interface UrlDate {
  parts: DateParts;
  /** `20250410` could be an id: trusted less than `/2025/04/10/`. */
  compact: boolean;
}

export function parseUrlDate(url: string): UrlDate | null {
  const path = pathOf(url);
  for (const [pattern, compact] of [[SEPARATED_URL_DATE, false], [COMPACT_URL_DATE, true], [DAY_FIRST_URL_DATE, false]] as const) {
    const m = path.match(pattern);
    if (!m) continue;
    const dayFirst = pattern === DAY_FIRST_URL_DATE;
    const [year, month, day] = dayFirst ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDay(year, month, day)) {
      return { parts: { year, month, day, hour: null, minute: null, second: null, offset: null }, compact };
    }
  }
  return null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
