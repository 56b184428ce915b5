// The worker acts only on well-formed requests from the popup.
import { expect, test } from 'vitest';
import { articleFromText } from '../src/digest/build-digest.ts';
import { isDigestArticleRequest, isPrepareRequest, isShowTabRequest } from '../src/protocol.ts';

const article = articleFromText('The council met on Monday.', 'https://news.example/a');
const request = { type: 'digest-article', tabId: 12, article, highlights: 'auto', locale: 'en-US', now: '2026-11-26T00:00:00.000Z' };

test('a well-formed digest request passes', () => {
  expect(isDigestArticleRequest(request)).toBe(true);
  expect(isDigestArticleRequest({ ...request, highlights: 5 })).toBe(true);
  expect(isDigestArticleRequest({ ...request, cache: false })).toBe(true);
});

test.each([
  ['null', null],
  ['a string', 'digest-article'],
  ['another type', { ...request, type: 'extract' }],
  ['a fractional tab id', { ...request, tabId: 1.5 }],
  ['a missing tab id', { ...request, tabId: undefined }],
  ['no highlights setting', { ...request, highlights: undefined }],
  ['an unknown highlights setting', { ...request, highlights: 'many' }],
  ['no clock', { ...request, now: undefined }],
  ['a clock that is no date', { ...request, now: 'Monday' }],
  ['no locale', { ...request, locale: 7 }],
  ['no article', { ...request, article: undefined }],
  ['an article without text', { ...request, article: { ...article, text: 42 } }],
  ['an article without date clues', { ...request, article: { ...article, dateCandidates: null } }],
  ['a cache flag that is not a boolean', { ...request, cache: 'no' }],
])('%s is refused', (_name, message) => {
  expect(isDigestArticleRequest(message)).toBe(false);
});

test('a prepare request carries the popup\'s clock', () => {
  expect(isPrepareRequest({ type: 'prepare', now: '2026-11-26T00:00:00.000Z' })).toBe(true);
  expect(isPrepareRequest({ type: 'prepare' })).toBe(false);
  expect(isPrepareRequest({ type: 'prepare', now: 'Invalid Date' })).toBe(false);
  expect(isPrepareRequest(request)).toBe(false);
});

test('a show-tab message names a tab and its window', () => {
  expect(isShowTabRequest({ type: 'show-tab', tabId: 4, windowId: 1 })).toBe(true);
  expect(isShowTabRequest({ type: 'show-tab', tabId: 4 })).toBe(false);
  expect(isShowTabRequest({ type: 'show-tab', tabId: '4', windowId: 1 })).toBe(false);
  expect(isShowTabRequest(request)).toBe(false);
});
