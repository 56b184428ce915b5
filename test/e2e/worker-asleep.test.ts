// A click that finds the worker asleep, and a reader who closes the popup at once: the
// digest the popup asked for is still built and kept, so the next opening shows it whole.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, digestStored, stopWorker, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

interface SessionStorageGlobal {
  chrome: { storage: { session: { clear(): Promise<void> } } };
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

const marked = (popup: Page, name: string): Promise<boolean> =>
  popup.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);

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

    // Without the request left in storage, nothing is ever kept: this throws after 10 s.
    await digestStored(tabId)(viewer);
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
