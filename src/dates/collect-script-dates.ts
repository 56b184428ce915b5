// Dates in inline scripts: many pages ship their state as JSON ("created_at",
// "publishDate"…) while the markup shows none. Weakest source: only the first value of
// each publication-like key is kept (none when the key is a list's field), and nothing is
// parsed here. The site's declared time
// zone comes from there too: the clock its UTC stamps are shown on.
import type { DateCandidate } from '../types.ts';

const SCRIPT_DATE_KEY =
  /["']?\b(date_?published|datePublished|publish(?:ed)?_?(?:date|at|time)|publishDate|publicationDate|publication_date|pub_?date|first_?published(?:_at)?|created_at|createdAt|date_?created)["']?\s*[:=]\s*["']([^"']{8,40})["']/gi;
const UPDATED_KEY = /modif|updat/i;
/**
 * A key that comes back with this many different values is the field of a list the state
 * carries (related stories, a feed, a menu of articles): which value, if any, is the page's
 * own is a guess, and the first is often another story's. One other value is not a list: a
 * page's item and its author's account ("photo", then "user") each have their own.
 */
const LIST_VALUES = 3;
/** Marks a candidate's hint as read from script state; scoring trusts these least. */
export const SCRIPT_HINT_PREFIX = 'script:';
/** Big inline bundles are code, not page state; reading them would cost the page. */
export const MAX_SCRIPT_CHARS = 300_000;
/** Marks the candidate that carries the site's declared zone: a zone name, never a date. */
export const SITE_ZONE_HINT = `${SCRIPT_HINT_PREFIX}timezone`;
/**
 * A key naming a time zone, then its IANA name, directly or inside a small object
 * (`"timezone":{"short":"ET","long":"America/New_York"}`). Region/city names only: "GMT"
 * or "0" name no place, and a region/city name is no other setting's value. Cases spelled
 * out, not /i: the scan runs over every inline script.
 */
const DECLARED_ZONE =
  /\b(?:[tT]ime_?[zZ]one(?:_?(?:[sS]tring|[nN]ame|[iI]d))?|tz)["']?\s*[:=]\s*(?:\{[^{}]{0,80}?)?["']((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)(?:\\?\/[A-Za-z_-]+){1,2})["']/g;
const ESCAPED_SLASH = /\\\//g;

export function collectScriptDates(scripts: readonly Element[]): DateCandidate[] {
  /** Each key's values in page order (a Map keeps keys in order of first sight). */
  const valuesByKey = new Map<string, Set<string>>();
  const zones = new Set<string>();
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    for (const match of text.matchAll(DECLARED_ZONE)) zones.add((match[1] ?? '').replace(ESCAPED_SLASH, '/'));
    for (const match of text.matchAll(SCRIPT_DATE_KEY)) {
      const key = (match[1] ?? '').toLowerCase();
      const values = valuesByKey.get(key) ?? new Set<string>();
      values.add(match[2] ?? '');
      valuesByKey.set(key, values);
    }
  }
  const candidates = [...valuesByKey].flatMap(([key, values]): DateCandidate[] => {
    const [first] = values;
    if (first === undefined || values.size >= LIST_VALUES) return [];
    return [{ source: 'meta', value: first, hint: `${SCRIPT_HINT_PREFIX}${key}`, kind: UPDATED_KEY.test(key) ? 'updated' : 'published' }];
  });
  return [...candidates, ...siteZone(zones)];
}

/** The one zone the scripts declare; none when they declare two: which is the site's is then a guess. */
function siteZone(zones: ReadonlySet<string>): DateCandidate[] {
  const [zone] = zones;
  return zones.size === 1 && zone ? [{ source: 'meta', value: zone, hint: SITE_ZONE_HINT, kind: null }] : [];
}
