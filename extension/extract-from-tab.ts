import browser from 'webextension-polyfill';
import { errorMessage } from '../src/error-message.ts';
import type { ExtractResult, PageReadFailure } from '../src/protocol.ts';
import type { ExtractedArticle } from '../src/types.ts';

/** The injected script's file name in the build (a stable name, see vite.config.ts). */
export const INJECTED_FILE = 'inject.js';

/** Errors the browser gives for pages no extension may script (store, settings, other extensions). */
const RESTRICTED = /cannot (?:access|be scripted)|extensions gallery/i;
/**
 * Errors for a page this extension was not let into: no click granted activeTab there (a
 * side panel after a tab switch) and no host permission covers it. Chrome: "…must request
 * permission to access…"; Firefox: "Missing host permission for the tab".
 */
const NO_ACCESS = /must request permission|missing host permission/i;

export type PageRead = { ok: true; article: ExtractedArticle } | { ok: false; reason: PageReadFailure; message: string };

/**
 * Injects the extractor into the tab (on click only) and returns its plain-JSON result.
 * The file ends by calling the extractor, so its last value is the answer: one round
 * trip to the page instead of inject-then-call.
 */
export async function extractFromTab(tabId: number): Promise<PageRead> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_FILE] });
    const result = injection?.result as ExtractResult | undefined;
    return result ?? { ok: false, reason: 'failed', message: 'the page returned nothing' };
  } catch (error) {
    const message = errorMessage(error);
    return { ok: false, reason: NO_ACCESS.test(message) ? 'no-access' : RESTRICTED.test(message) ? 'restricted' : 'failed', message };
  }
}
