import browser from 'webextension-polyfill';
import { isRecord } from '../src/is-record.ts';

/**
 * The text the reader selected before choosing "Summarize the selected text": the menu opens
 * the toolbar popup, which cannot be given an address, so the worker leaves the text here
 * for it. Taken once; a request older than this is a popup that never opened, not this one.
 */
const SELECTION_TTL_MS = 60_000;
const key = (tabId: number): string => `selection:${tabId}`;

export async function storeSelection(tabId: number, text: string, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { text, at: now } });
}

/** The tab's pending selection, if there is one; it is removed, so the next popup is the page's again. */
export async function takeSelection(tabId: number, now = Date.now()): Promise<string | null> {
  const stored: unknown = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  if (stored === undefined) return null;
  await browser.storage.session.remove([key(tabId)]);
  return isRecord(stored) && typeof stored.text === 'string' && typeof stored.at === 'number' && now - stored.at < SELECTION_TTL_MS
    ? stored.text
    : null;
}
