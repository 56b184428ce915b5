// Worker side of the popup's request: read the tab, run the language engines, cache.
// The engines live here so they load once per worker life, not once per popup.
import browser from 'webextension-polyfill';
import { buildDigest, warmUpEngines } from '../src/digest/build-digest.ts';
import type { DigestTabReply, DigestTabRequest, ExtractResult } from '../src/protocol.ts';
import type { ExtractedArticle } from '../src/types.ts';
import { cacheDigest, cachedFor, readStoredDigest } from './digest-cache.ts';
import { extractFromTab } from './extract-from-tab.ts';
import { loadPrefs } from './prefs-store.ts';

/** Errors the browser gives for pages no extension may script (store, settings, other extensions). */
const RESTRICTED = /cannot (?:access|be scripted)|extensions gallery|missing host permission/i;

let warm = false;

/** The engines' one-time set-up, done while the page is being read. */
function warmUp(now: Date): void {
  if (warm) return;
  warm = true;
  warmUpEngines(now);
}

/**
 * Reads the page every time the cache misses, a new highlights setting included: a page
 * can change without changing its URL, and reading it again costs less than a stale digest.
 */
async function readTab(extraction: Promise<ExtractResult>, now: Date): Promise<DigestTabReply | ExtractedArticle> {
  warmUp(now);
  const result = await extraction;
  return result.ok ? result.article : result;
}

export async function digestTab(request: DigestTabRequest): Promise<DigestTabReply> {
  const { tabId, locale } = request;
  const now = new Date(request.now);
  try {
    // A tab with nothing stored is a certain miss: its page is read at once, while the tab
    // and the options are looked up. No wait for the tab's "complete" either: the
    // injection itself waits for the parsed document, and a slow ad must not hold it.
    const stored = readStoredDigest(tabId).catch(() => null);
    const early = stored.then((entry) => (entry ? null : extractFromTab(tabId)));
    early.catch(() => undefined); // awaited below, unless the tab is gone first
    const [tab, highlights, entry] = await Promise.all([
      browser.tabs.get(tabId),
      request.highlights ?? loadPrefs().then((prefs) => prefs.highlights),
      stored,
    ]);
    const cached = cachedFor(entry, tab.url, highlights);
    if (cached) return { ok: true, entry: cached };
    const read = await readTab(early.then((result) => result ?? extractFromTab(tabId)), now);
    if ('ok' in read) return read;
    const digest = buildDigest(read, { now, locale, highlights });
    const fresh = { url: read.url ?? tab.url ?? '', highlights, digest, readerable: read.readerable };
    // Written after the answer: the reader should not wait for storage.
    void cacheDigest(tabId, fresh).catch(() => undefined);
    return { ok: true, entry: fresh };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: RESTRICTED.test(message) ? 'restricted' : 'failed', message };
  }
}
