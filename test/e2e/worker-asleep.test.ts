// A click that finds the worker asleep, and a reader who closes the popup at once: the
// digest the popup asked for is still built and kept, so the next opening shows it whole.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

interface SessionStorageGlobal {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } } };
}

/**
 * What Chrome does to the digest request of a popup closed before the worker it woke was
 * listening: the message never arrives (seen without this stand-in by closing the popup 20 ms
 * after its story part showed, a timing too tight to test on). Plain JavaScript in a string,
 * run in the popup before its scripts.
 */
const DROP_DIGEST_REQUEST = `(() => {
  // This Chromium has the \`browser\` namespace too, which the polyfill then uses as it is.
  for (const api of [globalThis.browser, globalThis.chrome]) {
    if (!api) continue;
    const send = api.runtime.sendMessage.bind(api.runtime);
    api.runtime.sendMessage = (message, ...rest) => (message && message.type === 'digest-article' ? new Promise(() => {}) : send(message, ...rest));
  }
})()`;

/** Stops the worker as Chrome does after 30 s idle: the next popup has to wake it. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  // Chromium does not always report the stop (a worker already stopping): a pause bounds the wait.
  const stopped = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1000);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ runningStatus: string }> }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

const marked = (popup: Page, name: string): Promise<boolean> =>
  popup.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);

/** Whether the tab's digest is in the session cache within `timeout` ms, read from a page of the extension. */
const digestKept = (viewer: Page, tabId: number, timeout = 10_000): Promise<boolean> =>
  viewer.evaluate(
    async ({ key, timeout }) => {
      const { session } = (globalThis as unknown as SessionStorageGlobal).chrome.storage;
      for (const deadline = performance.now() + timeout; performance.now() < deadline; ) {
        if ((await session.get(key))[key] !== undefined) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    { key: `digest:${tabId}`, timeout },
  );

describe.runIf(browserAvailable())('a popup closed while the worker wakes, in Chromium', () => {
  const env = useBrowserSession();

  test('its digest is still built and kept: the next opening shows it whole from the cache', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(env.session.worker, url);
    const popupUrl = `chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`;
    const viewer = await env.session.context.newPage();
    await viewer.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await viewer.evaluate(() => (globalThis as unknown as SessionStorageGlobal).chrome.storage.session.clear());
    const cdp = await env.session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await stopWorker(cdp);

    const first = await env.session.context.newPage();
    await first.addInitScript(DROP_DIGEST_REQUEST);
    await first.goto(popupUrl);
    await first.waitForFunction(() => performance.getEntriesByName('story-shown').length > 0);
    expect(await marked(first, 'digest-received')).toBe(false);
    await first.close();

    expect(await digestKept(viewer, tabId)).toBe(true);
    const again = await env.session.context.newPage();
    await again.goto(popupUrl);
    await new PopupPage(again).waitForDigest();
    // Answered from the cache: this opening never read the page or built the story part itself.
    expect(await marked(again, 'story-shown')).toBe(false);
    expect((await new PopupPage(again).actors()).length).toBeGreaterThan(0);
    await again.close();
    await viewer.close();
    await page.close();
  });
});
