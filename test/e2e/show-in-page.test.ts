// Clicking a highlight (or an actor) takes the reader to that passage in the page and
// marks it with the selection, which changes no DOM. Each test opens its own URL: the
// harness finds a page's tab by URL.
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStory, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

describe.runIf(browserAvailable())('show in page, in Chromium', () => {
  const env = useBrowserSession();

  test('clicking a highlight selects that sentence in the page and leaves its DOM alone', async () => {
    const { page, popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/story-only.html`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const highlights = await popup.highlights();
    const last = highlights.at(-1) ?? '';
    await popupTab.locator('[data-testid="highlight"]').last().click();
    await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') !== '');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.length).toBeGreaterThan(20);
    expect(last.trim().startsWith(selected.trim())).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  test('clicking an actor selects its mention; clicking again selects the next one', async () => {
    const { page, popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/story-only.html?actor`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    const chip = popupTab.locator('[data-testid="actor"]', { hasText: 'United States' });
    /** The selected text and where it starts in the page's rendered text. */
    const selection = () =>
      page.evaluate(() => {
        const current = window.getSelection();
        if (!current || current.rangeCount === 0) return { text: '', at: -1 };
        const range = document.createRange();
        range.setStart(document.body, 0);
        range.setEnd(current.getRangeAt(0).startContainer, current.getRangeAt(0).startOffset);
        return { text: current.toString(), at: range.toString().length };
      });
    await chip.click();
    await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') !== '');
    const first = await selection();
    expect(first.text).toMatch(/^(?:United States|U\.S\.|US|American)$/i);
    await chip.click();
    await expect.poll(async () => (await selection()).at).toBeGreaterThan(first.at);
    const second = await selection();
    expect(second.text).toMatch(/^(?:United States|U\.S\.|US|American)$/i);
    expect(second.at).toBeGreaterThan(first.at);
  });
});
