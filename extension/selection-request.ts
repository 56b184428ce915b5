import browser from 'webextension-polyfill';
import { isRecord } from '../src/is-record.ts';

/**
 * The text the reader selected before choosing "Summarize the selected text": the menu opens
 * the toolbar popup, which cannot be given an address, so the worker leaves the text here
 * for it. Taken once; a request older than this is a popup that never opened, not this one.
 */
const SELECTION_TTL_MS = 60_000;
/**
 * One place for every tab's selection: a popup opens at once for the menu click that left it,
 * so a newer click can only replace one whose popup never opened, which would otherwise stay,
 * one per tab, until that tab's next popup.
 */
const KEY = 'selection:pending';

interface PendingSelection {
  tabId: number;
  text: string;
  /** When the menu was clicked (ms). */
  at: number;
}

const isPendingSelection = (value: unknown): value is PendingSelection =>
  isRecord(value) && Number.isInteger(value.tabId) && typeof value.text === 'string' && typeof value.at === 'number';

export async function storeSelection(tabId: number, text: string, now = Date.now()): Promise<void> {
  const pending: PendingSelection = { tabId, text, at: now };
  await browser.storage.session.set({ [KEY]: pending });
}

/**
 * The tab's pending selection, if there is one; it is removed (and so is one too old to be
 * any popup's), so the next popup is the page's again.
 */
export async function takeSelection(tabId: number, now = Date.now()): Promise<string | null> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  if (stored === undefined) return null;
  const pending = isPendingSelection(stored) && now - stored.at < SELECTION_TTL_MS ? stored : null;
  // Another tab's fresh selection belongs to the popup opening for it.
  if (pending && pending.tabId !== tabId) return null;
  await browser.storage.session.remove([KEY]);
  return pending?.text ?? null;
}
