// The product in Firefox: the Firefox build summarizes the seed story in Firefox ESR, as
// the Chromium tests do in Chromium. Extension pages are opened in tabs, since no test can
// click the toolbar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxAvailable, launchFirefoxExtension, type FirefoxSession, type FirefoxTab } from './firefox-session.ts';
import { projectRoot, sharedRoot, startServer, type TestServer } from './harness.ts';
import { readShownDigest, type ShownDigest } from './popup-page.ts';

const expected = JSON.parse(readFileSync(join(sharedRoot, 'fixtures/seed/expected.json'), 'utf8')) as {
  pages: Record<string, { published: string; updated: string }>;
};

const english = JSON.parse(readFileSync(join(projectRoot, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Asks again until the tab answers with a value: a tab that is still loading may not. */
async function answerOf<T>(tab: FirefoxTab, expression: string): Promise<T> {
  let answer: T | null = null;
  await expect
    .poll(async () => (answer = await tab.evaluate<T | null>(expression).catch(() => null)), { timeout: 15_000, interval: 100 })
    .not.toBeNull();
  return answer as T;
}

describe.runIf(firefoxAvailable())('popup on the seed story, in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Opens a story, then a page of the card (the popup's or the sidebar's) for its tab, and reads what it shows. */
  async function openCardFor(url: string, page: string): Promise<{ card: FirefoxTab; shown: ShownDigest; options: FirefoxTab }> {
    await firefox.openPage(url);
    const options = await firefox.openExtensionPage('options.html');
    const tabId = await answerOf<number>(
      options,
      `typeof browser === 'undefined' ? null : browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url === ${JSON.stringify(url)})?.id ?? null)`,
    );
    const card = await firefox.openExtensionPage(`${page}?tab=${tabId}`);
    return { card, shown: await answerOf<ShownDigest>(card, readShownDigest('document')), options };
  }

  test('story-only.html: timestamps, highlights, actors; Copy summary copies', async () => {
    const { card: popup, shown } = await openCardFor(`${server.origin}/seed/story-only.html`, 'popup.html');

    expect(shown.message).toBeNull();
    expect(shown.title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(shown.published).toBe(expected.pages['story-only.html']?.published);
    expect(shown.updated).toBe(expected.pages['story-only.html']?.updated);
    expect(shown.highlights).toHaveLength(3);
    const story = readFileSync(join(sharedRoot, 'fixtures/seed/story.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const highlight of shown.highlights) expect(story).toContain(highlight.trim());
    expect(shown.actors).toEqual(expect.arrayContaining(['Wang Lei', 'Ministry of Foreign Affairs', 'China', 'United States']));
    await popup.screenshot(join(projectRoot, 'test-results', 'popup-firefox.png'));

    // Copy: Firefox lets an extension page write the clipboard on a click; the button says so.
    await popup.click('[data-testid="copy"]');
    await expect.poll(() => popup.evaluate<string>(`document.querySelector('[data-testid="copy"]').textContent`), { timeout: 5000 }).toBe('Copied');
  });

  test('the sidebar\'s page (panel.html?tab=) shows the same card; its shortcut is set', async () => {
    const { card: panel, shown, options } = await openCardFor(`${server.origin}/seed/story-only.html?sidebar`, 'panel.html');
    expect(shown.message).toBeNull();
    expect(shown.title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(shown.published).toBe(expected.pages['story-only.html']?.published);
    expect(shown.highlights).toHaveLength(3);
    expect(shown.actors).toContain('Wang Lei');
    // No Summarizer in Firefox: the card has no gist and says nothing about one.
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-testid="gist"], [data-testid="gist-withheld"]').length`)).toBe(0);
    const shortcuts = await options.evaluate<Array<[string, string]>>(`browser.commands.getAll().then((all) => all.map((c) => [c.name, c.shortcut]))`);
    expect(shortcuts).toEqual(expect.arrayContaining([['open-side-panel', 'Alt+Shift+D']]));
  });

  test('a page of the browser itself gets the restricted-page message', async () => {
    const options = await firefox.openExtensionPage('options.html');
    const tabId = await answerOf<number>(
      options,
      `typeof browser === 'undefined' ? null : browser.tabs.getCurrent().then((tab) => tab?.id ?? null)`,
    );
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    const shown = await answerOf<ShownDigest>(popup, readShownDigest('document'));
    expect(shown.message).toBe(english.restrictedPage?.message);
    expect(shown.highlights).toEqual([]);
  });
});
