// The options page: choices land in storage.sync and an open popup follows them without
// a reload; the session cache never serves a digest built for another highlights count.
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStory, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

interface SyncStorageGlobal {
  chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } } };
}

describe.runIf(browserAvailable())('options page, in Chromium', () => {
  const env = useBrowserSession();

  const storedPrefs = () =>
    env.session.worker.evaluate(async () => (await (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.get('prefs')).prefs);

  test('changes are stored in storage.sync and an open popup follows them at once', async () => {
    const url = `${env.server.origin}/seed/story-with-highlights.html`;
    const { popup: popupTab } = await openStory(env.session, url);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    expect(await popup.highlights()).toHaveLength(3);
    expect(await popup.timelineDates()).not.toHaveLength(0);
    expect(await popupTab.locator('[data-testid="copy"]').getAttribute('data-format')).toBe('text');

    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    expect(await options.locator('[data-testid="shortcut"]').textContent()).toBe('Alt+Shift+S');
    expect(await options.locator('[data-testid="shortcut-panel"]').textContent()).toBe('Alt+Shift+D');
    await options.locator('[data-testid="option-highlights"]').selectOption('5');
    await options.locator('[data-testid="option-format-markdown"]').check();
    await options.locator('[data-testid="option-section-timeline"]').uncheck();
    await options.locator('[data-testid="saved"]').filter({ hasText: 'Saved' }).waitFor();
    expect(await storedPrefs()).toEqual({
      highlights: 5,
      copyFormat: 'markdown',
      sections: { highlights: true, publisher: true, actors: true, timeline: false, quotes: true },
      gist: 'auto',
      modelDownload: 'ask',
      followTab: false,
    });

    // The popup opened before the change: rebuilt with five highlights, no timeline, Markdown first.
    await popupTab.waitForFunction(() => document.querySelectorAll('[data-testid="highlight"]').length === 5);
    expect(await popupTab.locator('[data-testid="timeline-item"]').count()).toBe(0);
    expect(await popupTab.locator('[data-testid="copy"]').getAttribute('data-format')).toBe('markdown');
    expect(await popupTab.locator('[data-testid="copy-alt"]').textContent()).toBe('Copy as text');

    // A popup opened now reads the env.session cache: it must hold the five-highlight digest.
    const again = new PopupPage((await openStory(env.session, url)).popup);
    await again.waitForDigest();
    expect(await again.highlights()).toHaveLength(5);

    // Back to "follow the story's length": the cached five-highlight digest is not reused.
    await options.locator('[data-testid="option-highlights"]').selectOption('auto');
    await popupTab.waitForFunction(() => document.querySelectorAll('[data-testid="highlight"]').length !== 5);
    const third = new PopupPage((await openStory(env.session, url)).popup);
    await third.waitForDigest();
    expect((await third.highlights()).length).toBe((await popup.highlights()).length);
    expect(await third.highlights()).not.toHaveLength(5);
    await env.session.worker.evaluate(() => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.clear());
  });

  test('the options form is operable by keyboard', async () => {
    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await options.locator('[data-testid="option-highlights"]').waitFor();
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('highlights');
    await options.keyboard.press('Tab');
    await options.keyboard.press('ArrowDown');
    expect(await options.locator('[data-testid="option-format-markdown"]').isChecked()).toBe(true);
    await options.keyboard.press('Tab');
    await options.keyboard.press('Space');
    await options.locator('[data-testid="saved"]').filter({ hasText: 'Saved' }).waitFor();
    expect(await storedPrefs()).toMatchObject({ copyFormat: 'markdown', sections: { highlights: false } });
    await env.session.worker.evaluate(() => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.clear());
  });
});
