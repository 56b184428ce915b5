// A click that finds the worker asleep, and a reader who closes the popup at once: the
// digest the popup asked for is still built and kept, so the next opening shows it whole.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, digestStored, FAST_LONG_WAITS, openStory, stopWorker, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

interface SessionStorageGlobal {
  chrome: { storage: { session: { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } } };
}

/** What storage.session holds beside the digests: the request copies the popups left. */
const leftCopies = (viewer: Page): Promise<string[]> =>
  viewer.evaluate(async () =>
    Object.keys(await (globalThis as unknown as SessionStorageGlobal).chrome.storage.session.get(null)).filter((key) => key.startsWith('request:')),
  );

/** The answer of a worker that hangs for a while: the real one, 1.5 s late. */
const LATE_ANSWER = 'send(message, ...rest).then((reply) => new Promise((resolve) => setTimeout(() => resolve(reply), 1500)))';

/**
 * What becomes of the popup's digest request, put into the popup before its scripts (plain
 * JavaScript in a string). 'never': what Chrome does to the request of a popup closed before
 * the worker it woke was listening, the message never arrives (seen without this stand-in by
 * closing the popup 20 ms after its story part showed, a timing too tight to test on).
 * 'refused': the browser refuses it, as for a worker that is stopping or gone. 'late': the
 * worker answers, but only after the card has stopped waiting (with FAST_LONG_WAITS).
 */
function digestRequestIs(fate: 'never' | 'refused' | 'late'): string {
  const answers = {
    never: 'new Promise(() => {})',
    refused: "Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))",
    late: LATE_ANSWER,
  };
  const answer = answers[fate];
  return `(() => {
    // This Chromium has the \`browser\` namespace too, which the polyfill then uses as it is.
    for (const api of [globalThis.browser, globalThis.chrome]) {
      if (!api) continue;
      const send = api.runtime.sendMessage.bind(api.runtime);
      api.runtime.sendMessage = (message, ...rest) => (message && message.type === 'digest-article' ? ${answer} : send(message, ...rest));
    }
  })()`;
}

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
    await first.addInitScript(digestRequestIs('never'));
    await first.goto(popupUrl);
    await first.waitForFunction(() => performance.getEntriesByName('story-shown').length > 0);
    expect(await marked(first, 'digest-received')).toBe(false);
    await first.close();

    // Without the request left in storage, nothing is ever kept: this throws after 10 s.
    await digestStored(tabId)(viewer);
    // Its copy goes once the digest is kept: storage keeps the digest alone.
    await expect.poll(() => leftCopies(viewer)).toEqual([]);
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

  test('a worker that cannot be reached takes only its own part away: the story part stays, with a note', async () => {
    const { page, popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/story-only.html`, digestRequestIs('refused'));
    const popup = new PopupPage(popupTab);
    await popupTab.locator('[data-testid="engines-failed"]').waitFor({ timeout: 15_000 });
    expect(await popupTab.locator('[data-testid="engines-failed"]').textContent()).toBe(
      "Couldn't find the key actors and dates.Details: Could not establish connection. Receiving end does not exist.",
    );
    expect(await popup.title()).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(await popup.highlights()).toHaveLength(3);
    expect(await popupTab.locator('[data-testid="message"], [data-testid="engines-pending"]').count()).toBe(0);
    await popupTab.close();
    await page.close();
  });

  test('a worker that hangs takes only its own part away too, until its late answer fills it in', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const { page, popup: popupTab } = await openStory(env.session, url, FAST_LONG_WAITS + digestRequestIs('late'));
    const popup = new PopupPage(popupTab);
    const note = popupTab.locator('[data-testid="engines-failed"]');
    // Before: the actors' placeholder pulsed until the answer came, however long that took.
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toBe("The extension hasn't answered in 20 seconds: the key actors and dates will show when it does.");
    expect(await popup.title()).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(await popup.highlights()).toHaveLength(3);
    await note.waitFor({ state: 'detached', timeout: 15_000 });
    expect((await popup.actors()).length).toBeGreaterThan(0);
    expect(await popupTab.locator('[data-testid="message"], [data-testid="engines-pending"]').count()).toBe(0);
    await popupTab.close();
    await page.close();
  });
});
