// The worker acts only on well-formed requests from the popup.
import { expect, test } from 'vitest';
import { isDigestTabRequest } from '../src/protocol.ts';

const request = { type: 'digest-tab', tabId: 12, highlights: 'auto', locale: 'en-US', now: '2026-11-26T00:00:00.000Z' };

test('a well-formed digest request passes', () => {
  expect(isDigestTabRequest(request)).toBe(true);
  expect(isDigestTabRequest({ ...request, highlights: 5 })).toBe(true);
  expect(isDigestTabRequest({ ...request, highlights: undefined })).toBe(true);
});

test.each([
  ['null', null],
  ['a string', 'digest-tab'],
  ['another type', { ...request, type: 'extract' }],
  ['a fractional tab id', { ...request, tabId: 1.5 }],
  ['a missing tab id', { ...request, tabId: undefined }],
  ['an unknown highlights setting', { ...request, highlights: 'many' }],
  ['no clock', { ...request, now: undefined }],
  ['no locale', { ...request, locale: 7 }],
])('%s is refused', (_name, message) => {
  expect(isDigestTabRequest(message)).toBe(false);
});
