// The worker's answer to the popup: the digest of the page the popup read, kept for the tab.
import { beforeEach, expect, test, vi } from 'vitest';
import { articleFromText } from '../../src/digest/build-digest.ts';
import type { DigestArticleRequest, TabDigest } from '../../src/protocol.ts';
import { sessionStore as store } from './fake-session-storage.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-session-storage.ts')).fakeSessionBrowser }));
const { digestArticle, digestLeftRequest } = await import('../../extension/digest-article.ts');

const article = articleFromText('The city council met on Monday. Mayor Anna Berg said it would build a new bridge over the river.', 'https://news.example/a');
const request: DigestArticleRequest = { type: 'digest-article', tabId: 7, article, highlights: 'auto', locale: 'en-US', now: '2026-01-05T12:00:00Z' };

beforeEach(() => store.clear());

test('the digest answers with the engines\' part and is kept for the tab, its URL and setting', async () => {
  const reply = await digestArticle(request);
  expect(reply.ok).toBe(true);
  if (!reply.ok) return;
  expect(reply.entry.digest.actors.map((actor) => actor.name)).toContain('Anna Berg');
  await vi.waitFor(() => expect(store.has('digest:7')).toBe(true));
  const kept = store.get('digest:7') as TabDigest;
  expect(kept).toMatchObject({ url: 'https://news.example/a', highlights: 'auto', readerable: true });
  expect(kept.digest.summary).toBe(reply.entry.digest.summary);
});

test('an article the engines cannot read answers with a failure, not an exception', async () => {
  const broken = { ...request, article: { ...article, text: null as unknown as string } };
  const reply = await digestArticle(broken);
  expect(reply.ok).toBe(false);
  expect(store.has('digest:7')).toBe(false);
});

test('a selection\'s card (cache: false) answers but is never kept for the tab', async () => {
  const reply = await digestArticle({ ...request, cache: false });
  expect(reply.ok).toBe(true);
  // The same request kept for the tab is written within a tick or two (above); give it as long.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(store.has('digest:7')).toBe(false);
});

test('a request for the tab\'s page while the same digest is under way joins it: one build, one answer', async () => {
  const reopened = { ...request, now: '2026-01-05T12:00:03Z' };
  const first = digestArticle(request);
  expect(digestArticle(reopened)).toBe(first);
  // Another setting, or a selection of the same page, is another card.
  const others = [digestArticle({ ...request, highlights: 3 }), digestArticle({ ...request, cache: false })];
  for (const other of others) expect(other).not.toBe(first);
  await Promise.all([first, ...others]);
  // Their writes land before the next test's store is cleared.
  await new Promise((resolve) => setTimeout(resolve, 20));
});

test('a request left in storage is built and kept, unless its digest is already kept', async () => {
  await digestLeftRequest(request);
  expect((store.get('digest:7') as TabDigest).digest.actors.length).toBeGreaterThan(0);
  // The popup's own message got there first: its digest is kept, and is not built again.
  const kept = { url: article.url, highlights: 'auto', digest: { marker: 'kept first' }, readerable: true };
  store.set('digest:7', kept);
  await digestLeftRequest(request);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(store.get('digest:7')).toEqual(kept);
});
