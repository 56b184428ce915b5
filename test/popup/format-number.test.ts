import { expect, test } from 'vitest';
import { formatNumber } from '../../src/popup/format-number.ts';

test('counts are written in each reader locale, one reused format per locale', () => {
  expect(formatNumber(1234, 'en-US')).toBe('1,234');
  expect(formatNumber(1234, 'de-DE')).toBe('1.234');
  expect(formatNumber(5678, 'en-US')).toBe('5,678');
  expect(formatNumber(5678, 'de-DE')).toBe('5.678');
});
