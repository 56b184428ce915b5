import browser from 'webextension-polyfill';
import type { HighlightSetting } from '../src/popup/user-prefs.ts';
import type { Digest } from '../src/types.ts';

/** A tab's digest, kept for the session so reopening the popup is instant. */
export interface CachedDigest {
  url: string;
  /** The highlights setting the digest was built with: another setting needs another digest. */
  highlights: HighlightSetting;
  digest: Digest;
  readerable: boolean;
}

const key = (tabId: number): string => `digest:${tabId}`;

/** The tab's digest if it was built for this URL with this highlights setting. */
export async function readCachedDigest(tabId: number, url: string | undefined, highlights: HighlightSetting): Promise<CachedDigest | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as CachedDigest | undefined;
  return stored && stored.url === url && stored.highlights === highlights ? stored : null;
}

export async function cacheDigest(tabId: number, entry: CachedDigest): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: entry });
}

export async function dropCachedDigest(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
