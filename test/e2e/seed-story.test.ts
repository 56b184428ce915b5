// The whole product on the story it was born from: open the page, open the popup,
// read what it shows, press Copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStory, openStoryToCopy, projectRoot, sharedRoot, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage, readShownDigest, type ShownDigest } from './popup-page.ts';

interface SeedExpectation {
  pages: Record<string, { published: string; updated: string; siteName?: string }>;
  actors: { mustInclude: Array<{ name: string; kind: string }>; mustNotInclude: string[] };
}
interface ChromeGlobal {
  chrome: {
    action: { openPopup(): Promise<void> };
    storage: { session: { clear(): Promise<void> } };
  };
}
const expected = JSON.parse(readFileSync(join(sharedRoot, 'fixtures/seed/expected.json'), 'utf8')) as SeedExpectation;
const publisherHighlights = readFileSync(join(sharedRoot, 'fixtures/seed/highlights.txt'), 'utf8').trim().split('\n');

describe.runIf(browserAvailable())('popup on the seed story, in Chromium', () => {
  const env = useBrowserSession();

  test.each(Object.entries(expected.pages))('%s: timestamps, highlights, actors, timeline', async (file, page) => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/${file}`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();

    expect(await popup.title()).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(await popup.published()).toBe(page.published);
    expect(await popup.updated()).toBe(page.updated);
    expect(await popup.publishedText()).toMatch(/Apr(il)? 10, 2025/);

    const highlights = await popup.highlights();
    expect(highlights).toHaveLength(3);
    const storyText = readFileSync(join(sharedRoot, 'fixtures/seed/story.txt'), 'utf8');
    for (const highlight of highlights) expect(storyText.replace(/\s+/g, ' ')).toContain(highlight.trim());

    const actors = await popup.actors();
    for (const actor of expected.actors.mustInclude) expect(actors).toContainEqual({ name: actor.name, kind: actor.kind });
    const names = actors.map((actor) => actor.name);
    for (const word of expected.actors.mustNotInclude) expect(names).not.toContain(word);

    expect(await popup.timelineDates()).toContain('2024-12');
    if (file === 'story-with-highlights.html') expect(await popup.publisherHighlights()).toEqual(publisherHighlights);
    await popup.screenshotWhole(join(projectRoot, 'test-results', `popup-${file.replace('.html', '')}.png`));
  });

  test('Copy summary puts a clean plain-text summary on the clipboard and says "Copied"', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const { page, popup: popupTab } = await openStoryToCopy(env.session, url);
    const popup = new PopupPage(popupTab);
    expect(await popup.copy()).toBe('Copied');
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Chinese officials admit to orchestrating cyberattacks on US infrastructure\n/);
    expect(copied).toContain(`Source: Newsroom · ${url}`);
    expect(copied).toMatch(/Published Apr 10, 2025, 7:42\sPM UTC−4 · Updated Apr 14, 2025, 12:00\sAM UTC−4/);
    expect(copied.match(/^• /gm)).toHaveLength(3);
    expect(copied).toMatch(/People: Wang Lei/);
    expect(copied).not.toMatch(/<[a-z]/i);
  });

  test('the headline and highlights show while the worker is busy; actors and Copy follow', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(env.session.worker, url);
    await env.session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
    // Holds the worker's thread for 2 s, as a worker starting from sleep would be held.
    void env.session.worker.evaluate(() => {
      const until = Date.now() + 2000;
      while (Date.now() < until);
    });
    const popupTab = await env.session.context.newPage();
    await popupTab.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    const popup = new PopupPage(popupTab);
    await popupTab.locator('[data-testid="highlight"]').first().waitFor({ timeout: 1500 });
    expect(await popup.highlights()).toHaveLength(3);
    expect(await popup.published()).toBe(expected.pages['story-only.html']?.published);
    expect(await popupTab.locator('[data-testid="engines-pending"]').count()).toBe(1);
    expect(await popupTab.locator('[data-testid="actor"]').count()).toBe(0);
    expect(await popupTab.locator('[data-testid="copy"]').isDisabled()).toBe(true);

    await popup.waitForDigest();
    expect((await popup.actors()).map((actor) => actor.name)).toContain('Wang Lei');
    expect(await popupTab.locator('[data-testid="copy"]').isDisabled()).toBe(false);
    await popupTab.close();
    await page.close();
  });

  test('the toolbar popup (no tab in its address) summarizes the active tab', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    // Playwright does not list the real popup as a page; an extension page can see into it.
    const viewer = await env.session.context.newPage();
    await viewer.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await viewer.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.session.clear());
    await page.bringToFront();
    await env.session.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.openPopup());

    // The expression runs in the viewer, so that the popup's document is named through getViews.
    const shown = (): Promise<{ address: string; digest: ShownDigest } | null> =>
      viewer.evaluate(`(() => {
        const [view] = chrome.extension.getViews({ type: 'popup' });
        const digest = view ? ${readShownDigest('view.document')} : null;
        return digest && { address: view.location.search, digest };
      })()`);
    await expect.poll(shown, { timeout: 15_000 }).not.toBeNull();
    const popup = await shown();
    expect(popup?.address).toBe('');
    expect(popup?.digest.message).toBeNull();
    expect(popup?.digest.published).toBe(expected.pages['story-only.html']?.published);
    expect(popup?.digest.highlights).toHaveLength(3);
    expect(popup?.digest.actors).toContain('Wang Lei');
    await viewer.evaluate(`chrome.extension.getViews({ type: 'popup' })[0]?.close()`);
    await viewer.close();
    await page.close();
  });

  test('the extension makes no network request of its own', () => {
    expect(env.session.foreignRequests).toEqual([]);
    expect(env.session.extensionRequests).toEqual([]);
  });
});
