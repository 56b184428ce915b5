import browser from 'webextension-polyfill';
import { parsePrefs, type UserPrefs } from '../src/popup/user-prefs.ts';

/** One key in storage.sync holds the options page's choices. */
const PREFS_KEY = 'prefs';

export async function loadPrefs(): Promise<UserPrefs> {
  const stored = await browser.storage.sync.get(PREFS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parsePrefs(stored[PREFS_KEY]);
}

export async function savePrefs(prefs: UserPrefs): Promise<void> {
  await browser.storage.sync.set({ [PREFS_KEY]: prefs });
}

/** Calls back with the new prefs whenever any page of the extension (or another device) changes them. */
export function onPrefsChanged(callback: (prefs: UserPrefs) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[PREFS_KEY];
    if (area === 'sync' && change) callback(parsePrefs(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
