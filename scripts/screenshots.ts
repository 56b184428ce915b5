// `npm run screenshots`: the popup in each state and both themes, the side panel, the
// on-device gist (from a stand-in model) shown and withheld, a selection's card, plus the
// options page, into docs/screenshots/. Uses the test build and the e2e harness, so the
// pictures show the real extension in Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { configureFakeSummarizer, installFakeSummarizer, type FakeSummarizerConfig } from '../test/e2e/fake-summarizer.ts';
import { launchExtension, openStory, projectRoot, startServer, tabIdOf } from '../test/e2e/harness.ts';

const out = join(projectRoot, 'docs', 'screenshots');
/** Chrome's popup is at most 800 × 600; it shrinks to fit shorter content. */
const POPUP = { width: 400, maxHeight: 600 };
mkdirSync(out, { recursive: true });
const server = await startServer();
const session = await launchExtension();
const popupUrl = (tabId: number | string) => `chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`;
/** A side panel is as wide as the reader makes it; Chrome opens it about this wide. */
const PANEL = { width: 360, height: 760 };
/** Written for these pictures: grounded in the seed story (the first), or naming someone it does not (the second). */
const GISTS = {
  grounded: 'Chinese officials admitted in December to cyberattacks on U.S. infrastructure, which Wang Lei tied to tensions over Taiwan.',
  stranger: 'Chinese officials admitted to the cyberattacks, Li Qiang told the FBI.',
};

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

/** Sets what the stand-in Summarizer says for the pages opened next (null: this Chromium's own, with no model). */
async function summarizer(config: FakeSummarizerConfig | null): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/icons/icon-16.png`);
  await configureFakeSummarizer(page, config);
  await page.evaluate('chrome.storage.session.clear()');
  await page.close();
}

try {
  await installFakeSummarizer(session.context);
  const story = await openStory(session, `${server.origin}/seed/story-only.html`);
  await story.popup.locator('[data-testid="title"]').waitFor();
  // The worker's part too (actors, timeline, quotes): a picture of its placeholder shows nothing.
  await story.popup.locator('[data-testid="engines-pending"]').waitFor({ state: 'detached' });
  await capture(story.popup, 'digest');
  // The whole card at once, as it scrolls.
  await capture(story.popup, 'digest-full', { maxHeight: 2000 });

  const rtl = await openStory(session, `${server.origin}/pages/rtl-story.html`);
  await rtl.popup.locator('[data-testid="title"]').waitFor();
  await rtl.popup.locator('[data-testid="engines-pending"]').waitFor({ state: 'detached' });
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

  // The side panel's page, as tall as a panel, on the story; then its offer after a tab switch.
  const panelStory = `${server.origin}/seed/story-with-highlights.html`;
  const panelPage = await session.context.newPage();
  await panelPage.goto(panelStory);
  const panel = await session.context.newPage();
  await panel.setViewportSize(PANEL);
  await panel.goto(`chrome-extension://${session.extensionId}/panel.html?tab=${await tabIdOf(session.worker, panelStory)}`);
  await panel.locator('[data-testid="engines-pending"]').waitFor({ state: 'detached' });
  await panel.locator('[data-testid="title"]').waitFor();
  await capture(panel, 'side-panel', { fit: false });
  const elsewhere = await session.context.newPage();
  await elsewhere.goto(`${server.origin}/pages/spa-story.html`);
  await panel.locator('[data-testid="summarize-tab"]').waitFor();
  await capture(panel, 'side-panel-switched', { fit: false });

  // The on-device gist, from a stand-in model: shown, and withheld by the grounding check.
  for (const [name, gist] of [['gist', GISTS.grounded], ['gist-withheld', GISTS.stranger]] as const) {
    await summarizer({ availability: 'available', chunks: gist.match(/\S+\s*/g) ?? [] });
    const opened = await openStory(session, `${server.origin}/seed/story-only.html?${name}`);
    await opened.popup.locator(name === 'gist' ? '[data-testid="gist"][data-state="shown"]' : '[data-testid="gist-withheld"]').waitFor();
    await opened.popup.locator('[data-testid="engines-pending"]').waitFor({ state: 'detached' });
    await capture(opened.popup, name);
  }
  await summarizer({ availability: 'downloadable' });
  const modelOffer = await session.context.newPage();
  await modelOffer.goto(`chrome-extension://${session.extensionId}/options.html`);
  await modelOffer.locator('[data-testid="gist-download"]').waitFor();
  await capture(modelOffer, 'options-model-offer', { width: 520, maxHeight: 1400 });
  await summarizer(null);

  // A selection's card: the page menu's click, dispatched in the worker as the browser does.
  const selectionUrl = `${server.origin}/seed/story-only.html?selection`;
  const selectionPage = await session.context.newPage();
  await selectionPage.goto(selectionUrl);
  const selectionTab = await tabIdOf(session.worker, selectionUrl);
  const paragraph = await selectionPage.evaluate(() => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Wang Lei'))?.textContent ?? '');
  await session.worker.evaluate(
    ([tabId, text]) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } };
      // What the worker's storeSelection (extension/selection-request.ts) leaves for the popup.
      return chrome.storage.session.set({ 'selection:pending': { tabId, text, at: Date.now() } });
    },
    [selectionTab, paragraph] as const,
  );
  const selection = await session.context.newPage();
  await selection.goto(popupUrl(selectionTab));
  await selection.locator('[data-testid="selection-note"]').waitFor();
  await selection.locator('[data-testid="engines-pending"]').waitFor({ state: 'detached' });
  await capture(selection, 'selection');

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('[data-testid="option-highlights"]').waitFor();
  await capture(options, 'options', { width: 520, maxHeight: 1400 });
} finally {
  await session.close();
  await server.close();
}
console.log(`Screenshots written to ${out}`);
