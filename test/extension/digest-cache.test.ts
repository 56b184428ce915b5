// The session cache answers only for the URL and setting a digest was built with, and
// keeps the 24 most recently digested tabs: closed tabs cannot fill storage.session.
import { beforeEach, expect, test, vi } from 'vitest';
import type { TabDigest } from '../../src/protocol.ts';
import { sessionStore as store } from './fake-session-storage.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-session-storage.ts')).fakeSessionBrowser }));
const { cacheDigest, cachedFor, readStoredDigest } = await import('../../extension/digest-cache.ts');
const readCachedDigest = async (tabId: number, url: string, highlights: TabDigest['highlights']) => cachedFor(await readStoredDigest(tabId), url, highlights);

const entry = (url: string): TabDigest => ({ url, highlights: 'auto', readerable: true, digest: { title: url } as TabDigest['digest'] });

beforeEach(() => store.clear());

test('a digest answers for its URL and highlights setting only', async () => {
  await cacheDigest(1, entry('https://news.example/a'));
  expect((await readCachedDigest(1, 'https://news.example/a', 'auto'))?.digest.title).toBe('https://news.example/a');
  expect(await readCachedDigest(1, 'https://news.example/a?story=2', 'auto')).toBeNull();
  expect(await readCachedDigest(1, 'https://news.example/a', 5)).toBeNull();
  expect(await readCachedDigest(2, 'https://news.example/a', 'auto')).toBeNull();
});

test('the next digest of a tab replaces its entry', async () => {
  await cacheDigest(1, entry('https://news.example/a'));
  await cacheDigest(1, entry('https://news.example/b'));
  expect(await readCachedDigest(1, 'https://news.example/a', 'auto')).toBeNull();
  expect(await readCachedDigest(1, 'https://news.example/b', 'auto')).not.toBeNull();
});

test('only the 24 most recently digested tabs stay cached', async () => {
  for (let tabId = 1; tabId <= 30; tabId++) await cacheDigest(tabId, entry(`https://news.example/${tabId}`));
  // Digesting tab 7 again makes it recent: it survives the next evictions.
  await cacheDigest(7, entry('https://news.example/7'));
  await cacheDigest(31, entry('https://news.example/31'));
  const kept = [...store.keys()].filter((key) => /^digest:\d+$/.test(key));
  expect(kept).toHaveLength(24);
  expect(await readCachedDigest(7, 'https://news.example/7', 'auto')).not.toBeNull();
  expect(await readCachedDigest(31, 'https://news.example/31', 'auto')).not.toBeNull();
  expect(await readCachedDigest(8, 'https://news.example/8', 'auto')).toBeNull();
  expect(await readCachedDigest(9, 'https://news.example/9', 'auto')).not.toBeNull();
});
