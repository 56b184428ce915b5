import browser from 'webextension-polyfill';
import type { HighlightSetting } from '../src/popup/user-prefs.ts';
import type { TabDigest } from '../src/protocol.ts';

/**
 * Digests are kept per tab for the browser session, so reopening the popup is instant.
 * An entry answers only for the URL it was built from: after a navigation (SPA
 * pushState included) it is never served, and the next digest of that tab replaces it.
 * No tab listeners drop entries, so the worker sleeps while the reader browses; a
 * short most-recent list bounds what closed tabs leave behind.
 */
const MAX_CACHED_TABS = 24;
const INDEX_KEY = 'digest:recent';
const key = (tabId: number): string => `digest:${tabId}`;

/** Whatever digest the tab last had, for any URL or setting: `cachedFor` says if it answers. */
export async function readStoredDigest(tabId: number): Promise<TabDigest | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabDigest | undefined;
  return stored ?? null;
}

/** The stored digest if it was built for this URL with this highlights setting. */
export function cachedFor(stored: TabDigest | null, url: string | undefined, highlights: HighlightSetting): TabDigest | null {
  return stored && stored.url === url && stored.highlights === highlights ? stored : null;
}

export async function cacheDigest(tabId: number, entry: TabDigest): Promise<void> {
  const stored = (await browser.storage.session.get(INDEX_KEY))[INDEX_KEY];
  const recent = Array.isArray(stored) ? stored.filter((id): id is number => Number.isInteger(id) && id !== tabId) : [];
  const kept = [tabId, ...recent].slice(0, MAX_CACHED_TABS);
  const evicted = recent.slice(MAX_CACHED_TABS - 1);
  if (evicted.length > 0) await browser.storage.session.remove(evicted.map(key));
  await browser.storage.session.set({ [key(tabId)]: entry, [INDEX_KEY]: kept });
}
