import browser from 'webextension-polyfill';
import { EXTRACTOR_GLOBAL, type ExtractResult } from '../src/protocol.ts';

/** The injected script's file name in the build (a stable name, see vite.config.ts). */
export const INJECTED_FILE = 'inject.js';

/** Injects the extractor into the tab (on click only) and returns its plain-JSON result. */
export async function extractFromTab(tabId: number): Promise<ExtractResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_FILE] });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    args: [EXTRACTOR_GLOBAL],
    func: (name: string) => (globalThis as unknown as Record<string, (() => unknown) | undefined>)[name]?.(),
  });
  const result = injection?.result as ExtractResult | undefined;
  return result ?? { ok: false, reason: 'failed', message: 'the page returned nothing' };
}

/** Resolves when the tab has finished loading, or after `timeoutMs`. */
export function waitForTabComplete(tabId: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: { status?: string }): void => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done);
  });
}
