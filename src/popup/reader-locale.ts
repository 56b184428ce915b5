/** What the card falls back to when the browser gives no language tag Intl accepts. */
export const FALLBACK_LOCALE = 'en-US';

/**
 * The first of the browser's language tags that Intl accepts, in its canonical form
 * ("EN-us" → "en-US"), else FALLBACK_LOCALE. Every date and number formatter throws a
 * RangeError for a tag that is not well formed ("en_US", ""), which would break every card;
 * a well-formed tag Intl has no data for is accepted, and Intl itself falls back.
 */
export function readerLocale(tags: ReadonlyArray<string | null | undefined>): string {
  for (const tag of tags) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // Not a well-formed tag: try the next one.
    }
  }
  return FALLBACK_LOCALE;
}
