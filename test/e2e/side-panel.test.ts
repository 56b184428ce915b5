// The side panel: the popup's card in a panel that stays open. Its page takes `?tab=ID` like
// the popup's and shows the same test ids; the real panel (chrome.sidePanel, opened from the
// popup's button) is read through chrome.extension.getViews. Without "Follow the active tab"
// it reads a tab only when asked; following, it summarizes each tab the reader moves to.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStory, projectRoot, tabIdOf, useBrowserSession } from './harness.ts';
import { axeViolations, PopupPage, readShownDigest, type ShownDigest } from './popup-page.ts';

const blocking = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

interface SyncStorageGlobal {
  chrome: { storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } } };
}

/** Everything a card shows that the two pages must agree on. */
async function cardOf(card: PopupPage): Promise<Record<string, unknown>> {
  return {
    title: await card.title(),
    published: await card.published(),
    updated: await card.updated(),
    highlights: await card.highlights(),
    publisher: await card.publisherHighlights(),
    actors: await card.actors(),
    timeline: await card.timelineDates(),
  };
}

describe.runIf(browserAvailable())('side panel, in Chromium', () => {
  const env = useBrowserSession();
  const origin = () => env.server.origin;

  /** Opens panel.html?tab=… for a page, in a tab of its own (Playwright cannot see into the real panel's frame). */
  async function openPanelFor(url: string): Promise<{ page: Page; panel: Page }> {
    const page = await env.session.context.newPage();
    await page.goto(url);
    const panel = await env.session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`chrome-extension://${env.session.extensionId}/panel.html?tab=${await tabIdOf(env.session.worker, url)}`);
    return { page, panel };
  }

  const follow = (on: boolean) =>
    env.session.worker.evaluate(
      (value) => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.set({ prefs: { followTab: value } }),
      on,
    );

  test('panel.html?tab= shows the same digest as the popup, with the same test ids', async () => {
    const url = `${origin()}/seed/story-with-highlights.html`;
    const { popup: popupTab } = await openStory(env.session, url);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    const panelTab = await env.session.context.newPage();
    await panelTab.goto(`chrome-extension://${env.session.extensionId}/panel.html?tab=${await tabIdOf(env.session.worker, url)}`);
    const panel = new PopupPage(panelTab);
    await panel.waitForDigest();

    const shown = await cardOf(panel);
    expect(shown).toEqual(await cardOf(popup));
    expect(shown.title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(shown.highlights).toHaveLength(3);
    expect(await panelTab.locator('[data-testid="copy"]').isEnabled()).toBe(true);
    // The panel is where the card goes: it has no button to go there again.
    expect(await panelTab.locator('[data-testid="open-side-panel"]').count()).toBe(0);
    expect(await popupTab.locator('[data-testid="open-side-panel"]').count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await panelTab.emulateMedia({ colorScheme: scheme });
      expect(await blocking(panelTab), `axe, panel, ${scheme}`).toEqual([]);
    }
  });

  test('"Open in side panel" in the popup opens the browser\'s side panel on the same story', async () => {
    const url = `${origin()}/seed/story-only.html`;
    const { page, popup: popupTab } = await openStory(env.session, url);
    await new PopupPage(popupTab).waitForDigest();
    // Reads the panel through getViews; opened first, so that no tab opens while the panel starts.
    const viewer = await env.session.context.newPage();
    await viewer.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    // A real popup is no tab: the story stays the active tab, as it would under a real popup.
    await page.bringToFront();
    const closed = popupTab.waitForEvent('close');
    await popupTab.locator('[data-testid="open-side-panel"]').click();
    await closed;

    const inPanel = (): Promise<ShownDigest | null> =>
      viewer.evaluate(`(() => {
        const view = chrome.extension.getViews().find((v) => v.location.pathname === '/panel.html' && v.location.search === '');
        return view ? ${readShownDigest('view.document')} : null;
      })()`);
    await expect.poll(inPanel, { timeout: 15_000 }).not.toBeNull();
    const shown = await inPanel();
    expect(shown?.message).toBeNull();
    expect(shown?.title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(shown?.highlights).toHaveLength(3);
    expect(shown?.actors).toContain('Wang Lei');
    const contexts = await env.session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<Array<{ contextType: string }>> } } };
      return (await chrome.runtime.getContexts({})).map((context) => context.contextType);
    });
    expect(contexts).toContain('SIDE_PANEL');
    await viewer.close();
  });

  test('a side panel the browser refuses to open leaves the popup\'s card, with a note that says so', async () => {
    // A stand-in for a browser that refuses (seen as "No active side panel for windowId"): the
    // card was replaced by "Couldn't read this page", a page that had been read.
    const refuse = `chrome.sidePanel.open = () => Promise.reject(new Error('No active side panel for windowId: 0'));`;
    const { page, popup: popupTab } = await openStory(env.session, `${origin()}/seed/story-only.html`, refuse);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    await popupTab.locator('[data-testid="open-side-panel"]').click();
    const note = popupTab.locator('[data-testid="side-panel-failed"]');
    await note.waitFor();
    expect(await note.textContent()).toBe("Couldn't open the side panel. The card stays here.Details: No active side panel for windowId: 0");
    expect(await popup.title()).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(await popupTab.locator('[data-testid="message"]').count()).toBe(0);
    expect(popupTab.isClosed()).toBe(false);
    await popupTab.close();
    await page.close();
  });

  test('not following: after a tab switch the panel says so and offers "Summarize this tab", which reads that tab', async () => {
    const { panel: panelTab } = await openPanelFor(`${origin()}/seed/story-only.html`);
    const panel = new PopupPage(panelTab);
    await panel.waitForDigest();

    const other = await env.session.context.newPage();
    await other.goto(`${origin()}/pages/spa-story.html?switch`);
    await other.bringToFront();
    expect(await panel.waitForMessage()).toBe('You switched to another tab.');
    expect(await panelTab.locator('.message__hint').textContent()).toBe('The side panel reads a tab only when you ask it to.');
    expect(await panelTab.locator('[data-testid="title"]').count()).toBe(0);
    await panelTab.screenshot({ path: join(projectRoot, 'test-results', 'panel-tab-switched.png') });
    expect(await blocking(panelTab)).toEqual([]);

    // A new highlights count on the options page leaves the offer standing (the old tab is not
    // read again in its place), and the tab it offers is read with that count.
    await env.session.worker.evaluate(() => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.set({ prefs: { highlights: 1 } }));
    try {
      // Read again, the old tab's story would be back within a second or two.
      await expect(panelTab.waitForSelector('[data-testid="title"]', { timeout: 2_000 })).rejects.toThrow();
      expect(await panelTab.locator('[data-testid="summarize-tab"]').count()).toBe(1);

      await panelTab.bringToFront();
      await panelTab.locator('[data-testid="summarize-tab"]').click();
      await panel.waitForDigest();
      expect(await panel.title()).toBe('Council approves harbor budget');
      expect(await panel.highlights()).toHaveLength(1);
    } finally {
      await env.session.worker.evaluate(() => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.clear());
    }
  });

  test('not following: a navigation in the shown tab (SPA pushState) is said too', async () => {
    const { page, panel: panelTab } = await openPanelFor(`${origin()}/pages/spa-story.html?navigate`);
    const panel = new PopupPage(panelTab);
    await panel.waitForDigest();
    await page.evaluate(() => (window as unknown as { goToNextStory(): void }).goToNextStory());
    expect(await panel.waitForMessage()).toBe('This tab has gone to another page.');
    await panelTab.locator('[data-testid="summarize-tab"]').click();
    await panel.waitForDigest();
    expect(await panel.title()).toBe('Ferry strike ends after two weeks');
  });

  test('following (its host permission granted): the panel summarizes each tab switched to, and each in-page navigation', async () => {
    // The options page saves this once the browser granted the optional host permission; the
    // test build holds a host permission for 127.0.0.1, the pages the panel follows here.
    await follow(true);
    try {
      const { panel: panelTab } = await openPanelFor(`${origin()}/seed/story-only.html?follow`);
      const panel = new PopupPage(panelTab);
      await panel.waitForDigest();
      expect(await panel.title()).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');

      const other = await env.session.context.newPage();
      await other.goto(`${origin()}/pages/spa-story.html?follow`);
      await other.bringToFront();
      await panelTab.waitForFunction(() => document.querySelector('[data-testid="title"]')?.textContent === 'Council approves harbor budget', undefined, { timeout: 15_000 });
      expect(await panelTab.locator('[data-testid="summarize-tab"]').count()).toBe(0);

      await other.evaluate(() => (window as unknown as { goToNextStory(): void }).goToNextStory());
      await panelTab.waitForFunction(() => document.querySelector('[data-testid="title"]')?.textContent === 'Ferry strike ends after two weeks', undefined, { timeout: 15_000 });
      await panel.waitForDigest();
      expect((await panel.highlights()).join(' ')).toMatch(/ferr/i);
    } finally {
      await env.session.worker.evaluate(() => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.clear());
    }
  });

  test('the extension makes no network request of its own', () => {
    expect(env.session.foreignRequests).toEqual([]);
    expect(env.session.extensionRequests).toEqual([]);
  });
});
