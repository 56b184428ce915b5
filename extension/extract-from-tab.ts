import browser from 'webextension-polyfill';
import type { ExtractResult } from '../src/protocol.ts';

/** The injected script's file name in the build (a stable name, see vite.config.ts). */
export const INJECTED_FILE = 'inject.js';

/**
 * Injects the extractor into the tab (on click only) and returns its plain-JSON result.
 * The file ends by calling the extractor, so its last value is the answer: one round
 * trip to the page instead of inject-then-call.
 */
export async function extractFromTab(tabId: number): Promise<ExtractResult> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_FILE] });
  const result = injection?.result as ExtractResult | undefined;
  return result ?? { ok: false, reason: 'failed', message: 'the page returned nothing' };
}
