import { describe, expect, test } from 'vitest';
import { offsetInZone } from '../../src/dates/site-time-zone.ts';

describe('offsetInZone', () => {
  test('one zone read again gives each instant its own offset (summer and winter time)', () => {
    expect(offsetInZone('America/New_York', Date.UTC(2021, 6, 3, 1, 30))).toBe('-04:00');
    expect(offsetInZone('America/New_York', Date.UTC(2021, 0, 12, 1, 30))).toBe('-05:00');
    expect(offsetInZone('America/New_York', Date.UTC(2021, 6, 3, 1, 30))).toBe('-04:00');
  });

  test('a zone name the runtime does not know gives no offset, each time it is asked', () => {
    expect(offsetInZone('Europe/Atlantis', Date.UTC(2021, 6, 3))).toBeNull();
    expect(offsetInZone('Europe/Atlantis', Date.UTC(2021, 6, 3))).toBeNull();
  });

  test('an instant past the calendar\'s range gives no offset', () => {
    expect(offsetInZone('Europe/Vienna', 9e15)).toBeNull();
  });
});
