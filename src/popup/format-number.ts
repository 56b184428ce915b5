import { cachedPerKey } from '../cached-per-key.ts';

/** Locales whose formatter is kept: a reader uses one or two. */
const MAX_LOCALES = 8;
/** Every actor chip shows a count: one formatter per locale, built once. */
const numberFormat = cachedPerKey((locale) => new Intl.NumberFormat(locale), MAX_LOCALES);

/** A count in the reader's locale ("1,234", "1.234"). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}
