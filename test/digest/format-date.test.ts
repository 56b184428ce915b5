import { describe, expect, test } from 'vitest';
import { formatGap, formatIsoDate, formatRelative } from '../../src/digest/format-date.ts';
import { parseIso } from '../../src/digest/iso-date.ts';

describe('formatIsoDate keeps the page wall-clock and shows only what the source said', () => {
  test.each([
    ['2025-04-10T19:42:00-04:00', 'en-US', 'Apr 10, 2025, 7:42 PM UTC−4'],
    ['2025-04-10T19:42', 'en-US', 'Apr 10, 2025, 7:42 PM'],
    ['2025-04-10', 'en-US', 'Apr 10, 2025'],
    ['2024-12', 'en-US', 'December 2024'],
    ['2024', 'en-US', '2024'],
    ['2025-04-14T00:00:00+05:30', 'en-GB', '14 Apr 2025, 00:00 UTC+5:30'],
    ['2025-04-10T23:30:00Z', 'de-DE', '10.04.2025, 23:30 UTC'],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(formatIsoDate(iso, locale).replace(/\u202f/g, ' ')).toBe(expected);
  });

  test('an unreadable value is shown as given', () => {
    expect(formatIsoDate('last Tuesday', 'en-US')).toBe('last Tuesday');
  });
});

describe('relative phrases', () => {
  const now = new Date('2025-04-13T19:42:00-04:00');
  test.each([
    ['2025-04-10T19:42:00-04:00', '3 days ago'],
    ['2025-04-13T17:42:00-04:00', '2 hours ago'],
    ['2024-04-01', '1 year ago'],
  ])('%s → %s', (iso, expected) => {
    expect(formatRelative(iso, now, 'en-US')).toBe(expected);
  });

  test('the gap between published and updated', () => {
    expect(formatGap('2025-04-10T19:42:00-04:00', '2025-04-14T00:00:00-04:00', 'en-US')).toBe('4 days');
    expect(formatGap('2025-04-10', '2025-04-10', 'en-US')).toBeNull();
  });
});

test('parseIso reads precision and offset', () => {
  expect(parseIso('2025-04-10T19:42:00-04:00')).toEqual({ year: 2025, month: 4, day: 10, hour: 19, minute: 42, offsetMinutes: -240 });
  expect(parseIso('2024-12')).toEqual({ year: 2024, month: 12, day: null, hour: null, minute: null, offsetMinutes: null });
  expect(parseIso('April 2024')).toBeNull();
});
