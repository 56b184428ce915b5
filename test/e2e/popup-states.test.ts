// What the popup says when there is no story to read, and that page text is
// always shown as text.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStory, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

/** The answer replaces the skeleton written into popup.html: one main landmark, no "Reading the story…" left below it. */
async function expectOnlyTheAnswer(popupTab: Page): Promise<void> {
  expect(await popupTab.locator('main').count()).toBe(1);
  expect(await popupTab.locator('[data-testid="loading"], .skeleton').count()).toBe(0);
}

describe.runIf(browserAvailable())('popup states, in Chromium', () => {
  const env = useBrowserSession();

  test('a page that is not a story gets a one-line message and "Summarize anyway"', async () => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/pages/not-a-story.html`);
    const popup = new PopupPage(popupTab);
    expect(await popup.waitForMessage()).toBe("This page doesn't look like a news story.");
    await expectOnlyTheAnswer(popupTab);
    await popup.summarizeAnyway();
    await popup.waitForDigest();
    expect(await popup.title()).toBe('Sign in · Example Mail');
  });

  test('a restricted browser page gets a clear message, not a blank popup', async () => {
    const page = await env.session.context.newPage();
    await page.goto('chrome://version');
    const tabId = await env.session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url?.startsWith('chrome://version'))?.id ?? tabs.at(-1)?.id ?? null;
    });
    const popupTab = await env.session.context.newPage();
    await popupTab.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    expect(await new PopupPage(popupTab).waitForMessage()).toBe("Browser pages and extension stores can't be summarized.");
    await expectOnlyTheAnswer(popupTab);
  });

  test('markup in the page title, byline and text is shown as text and never runs', async () => {
    const url = `${env.server.origin}/pages/hostile-story.html`;
    const { page, popup: popupTab } = await openStory(env.session, url);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    await expectOnlyTheAnswer(popupTab);
    expect(await popup.title()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await popupTab.locator('img, script:not([src])').count()).toBe(0);
    expect(await popupTab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await tabIdOf(env.session.worker, url)).toBeGreaterThan(0);
  });
});
