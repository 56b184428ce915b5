// `npm run screenshots`: the popup in each state and both themes, plus the options page,
// into docs/screenshots/. Uses the test build and the e2e harness, so the pictures show
// the real extension in Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openStory, projectRoot, startServer, tabIdOf } from '../test/e2e/harness.ts';

const out = join(projectRoot, 'docs', 'screenshots');
/** Chrome's popup is at most 800 × 600; it shrinks to fit shorter content. */
const POPUP = { width: 400, maxHeight: 600 };
mkdirSync(out, { recursive: true });
const server = await startServer();
const session = await launchExtension();
const popupUrl = (tabId: number | string) => `chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`;

/** One picture per theme; `fit` sizes the viewport to the content, as the real popup does. */
async function capture(page: Page, name: string, { fit = true, width = POPUP.width, maxHeight = POPUP.maxHeight } = {}): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (fit) {
      await page.setViewportSize({ width, height: 100 });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: Math.min(height, maxHeight) });
    }
    await page.screenshot({ path: join(out, `${name}-${scheme}.png`), animations: 'disabled' });
  }
}

async function messagePopup(tabId: number | string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(popupUrl(tabId));
  await page.locator('[data-testid="message"]').waitFor();
  return page;
}

try {
  const story = await openStory(session, `${server.origin}/seed/story-only.html`);
  await story.popup.locator('[data-testid="title"]').waitFor();
  await capture(story.popup, 'digest');
  // The whole card at once, as it scrolls.
  await capture(story.popup, 'digest-full', { maxHeight: 2000 });

  const rtl = await openStory(session, `${server.origin}/pages/rtl-story.html`);
  await rtl.popup.locator('[data-testid="title"]').waitFor();
  await capture(rtl.popup, 'rtl');

  // A page whose markup stops arriving mid-body stays "loading": the popup shows its skeleton.
  const loadingUrl = `${server.origin}/held/story.html`;
  const loadingPage = await session.context.newPage();
  await loadingPage.goto(loadingUrl, { waitUntil: 'commit' });
  const loading = await session.context.newPage();
  await loading.goto(popupUrl(await tabIdOf(session.worker, loadingUrl)));
  await loading.getByText('Waiting for the page to finish loading…').waitFor();
  await capture(loading, 'loading');
  server.release();
  await loadingPage.close();

  const notStory = await openStory(session, `${server.origin}/pages/not-a-story.html`);
  await notStory.popup.locator('[data-testid="message"]').waitFor();
  await capture(notStory.popup, 'not-a-story');

  const browserPage = await session.context.newPage();
  await browserPage.goto('chrome://version');
  // Match patterns cannot name chrome:// pages, so find the tab among all of them.
  const browserTabId = await session.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
    return (await chrome.tabs.query({})).find((tab) => tab.url?.startsWith('chrome://version'))?.id ?? 0;
  });
  await capture(await messagePopup(browserTabId), 'restricted');

  const empty = await openStory(session, `${server.origin}/pages/empty-page.html`);
  await empty.popup.locator('[data-testid="message"]').waitFor();
  await capture(empty.popup, 'no-story-found');

  // A tab closed while the popup opened: the generic failure, with the browser's reason.
  await capture(await messagePopup(987654), 'error');

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('[data-testid="option-highlights"]').waitFor();
  await capture(options, 'options', { width: 520 });
} finally {
  await session.close();
  await server.close();
}
console.log(`Screenshots written to ${out}`);
