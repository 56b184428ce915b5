// The reader's locale: a language tag Intl refuses ("en_US") would make every date and number
// formatter throw, and so every card; the first tag Intl accepts is used, else en-US.
import { describe, expect, test } from 'vitest';
import { formatGap, formatIsoDate, formatRelative } from '../../src/digest/format-date.ts';
import { formatNumber } from '../../src/popup/format-number.ts';
import { FALLBACK_LOCALE, readerLocale } from '../../src/popup/reader-locale.ts';

describe('readerLocale', () => {
  test.each([
    [['de-DE'], 'de-DE'],
    [['EN-us'], 'en-US'],
    [['sr-Latn-RS'], 'sr-Latn-RS'],
    // Well formed, though no locale data has it: Intl accepts it and falls back by itself.
    [['zz'], 'zz'],
    [['en_US', 'de-AT'], 'de-AT'],
    [['', undefined, null, 'fr'], 'fr'],
    [['de-', 'x', '123'], FALLBACK_LOCALE],
    [[], FALLBACK_LOCALE],
  ])('%j → %s', (tags, expected) => {
    expect(readerLocale(tags)).toBe(expected);
  });

  test.each(['en_US', '', 'de-', 'i-klingon', 'de-DE', 'zz'])('whatever the browser says (%j), the card\'s formatters work', (tag) => {
    const locale = readerLocale([tag]);
    expect(() => [
      formatIsoDate('2026-03-01T09:30:00+01:00', locale),
      formatRelative('2026-03-01', new Date('2026-03-04T00:00:00Z'), locale),
      formatGap('2026-03-01', '2026-03-04', locale),
      formatNumber(1234, locale),
    ]).not.toThrow();
  });
});
