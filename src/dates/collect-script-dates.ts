// Dates in inline scripts: many pages ship their state as JSON ("created_at",
// "publishDate"…) while the markup shows none. Weakest source: only the first value of
// each publication-like key is kept, and nothing is parsed here.
import type { DateCandidate } from '../types.ts';

const SCRIPT_DATE_KEY =
  /["']?\b(date_?published|datePublished|publish(?:ed)?_?(?:date|at|time)|publishDate|publicationDate|publication_date|pub_?date|first_?published(?:_at)?|created_at|createdAt|date_?created)["']?\s*[:=]\s*["']([^"']{8,40})["']/gi;
const UPDATED_KEY = /modif|updat/i;
/** Marks a candidate's hint as read from script state; scoring trusts these least. */
export const SCRIPT_HINT_PREFIX = 'script:';
/** Big inline bundles are code, not page state; reading them would cost the page. */
export const MAX_SCRIPT_CHARS = 300_000;

export function collectScriptDates(scripts: readonly Element[]): DateCandidate[] {
  const seen = new Set<string>();
  const candidates: DateCandidate[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    for (const match of text.matchAll(SCRIPT_DATE_KEY)) {
      const key = (match[1] ?? '').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ source: 'meta', value: match[2] ?? '', hint: `${SCRIPT_HINT_PREFIX}${key}`, kind: UPDATED_KEY.test(key) ? 'updated' : 'published' });
    }
  }
  return candidates;
}
