// The copy of a digest request the popup leaves in storage.session for a worker that may not
// get its message: what it costs in storage, and how the worker reads it back.
import { beforeEach, expect, test, vi } from 'vitest';
import { articleFromText } from '../../src/digest/build-digest.ts';
import type { DigestArticleRequest } from '../../src/protocol.ts';
import { sessionStore as store } from './fake-session-storage.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-session-storage.ts')).fakeSessionBrowser }));
const { dropLeftRequest, leaveRequest, leftRequest } = await import('../../extension/left-request.ts');

const article = articleFromText('The ferry board met on Friday and raised the fares.', 'https://news.example/ferry');
const requestFor = (tabId: number): DigestArticleRequest => ({
  type: 'digest-article',
  tabId,
  article,
  highlights: 'auto',
  locale: 'en-US',
  now: '2026-03-02T09:00:00Z',
});
/** The one entry in storage, as [key, value]. */
const onlyEntry = (): [string, unknown] => {
  expect(store.size).toBe(1);
  return [...store][0] ?? ['', undefined];
};
/** The storage change a write makes, as the browser reports it. */
const changeOf = (name: string, newValue: unknown) => ({ [name]: { newValue } });

beforeEach(() => store.clear());

test('copies left for many tabs, none ever digested (a worker that never ran), hold one article in storage, not one per tab', async () => {
  for (let tabId = 1; tabId <= 30; tabId++) await leaveRequest(requestFor(tabId));
  const [name, kept] = onlyEntry();
  expect(leftRequest(changeOf(name, kept))?.tabId).toBe(30);
});

test('each copy is read from the change its write made, even once a later copy replaced it', async () => {
  await leaveRequest(requestFor(4));
  const [name, first] = onlyEntry();
  await leaveRequest(requestFor(5));
  expect(leftRequest(changeOf(name, first))).toEqual(requestFor(4));
  // A removal, another key, or a malformed value leaves nothing to build.
  expect(leftRequest({ [name]: { oldValue: first } })).toBeNull();
  expect(leftRequest(changeOf('digest:4', first))).toBeNull();
  expect(leftRequest(changeOf(name, { ...requestFor(4), article: null }))).toBeNull();
});

test('the copy is dropped once its digest is done', async () => {
  await leaveRequest(requestFor(4));
  await dropLeftRequest();
  expect(store.size).toBe(0);
});
