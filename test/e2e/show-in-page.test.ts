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

  test('clicking an actor selects one of its mentions', async () => {
    const { page, popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/story-only.html?actor`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    await popupTab.locator('[data-testid="actor"]', { hasText: 'Wang Lei' }).click();
    await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') !== '');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Wang Lei');
  });
});
