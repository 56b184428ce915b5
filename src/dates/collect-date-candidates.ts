import type { DateCandidate } from '../types.ts';
import { collectDomDates } from './collect-dom-dates.ts';
import { collectJsonLdDates } from './collect-json-ld-dates.ts';
import { collectMetaDates } from './collect-meta-dates.ts';
import { collectScriptDates } from './collect-script-dates.ts';
import { looksDated } from './date-like-text.ts';
import { scanPage } from './scan-page.ts';

/**
 * Every raw timestamp clue on the page, most structured first: JSON-LD, meta tags and
 * microdata, <time> elements and date-like visible text (in document order), page state
 * in inline scripts (as `meta`, hint `script:<key>`), the URL.
 * DOM reads only: runs in the injected script, never changes the document, and works on
 * browser and linkedom documents alike. Parsing and weighing happen in `resolveTimestamps`.
 */
export function collectDateCandidates(doc: Document, url: string | null): DateCandidate[] {
  const fromUrl: DateCandidate[] = url ? [{ source: 'url', value: url, hint: null, kind: null }] : [];
  const scan = scanPage(doc, looksDated);
  return [
    ...collectJsonLdDates(scan.jsonLdScripts),
    ...collectMetaDates(scan.metas, scan.microdata),
    ...collectDomDates(scan),
    ...collectScriptDates(scan.dataScripts),
    ...fromUrl,
  ];
}
