// The page a reader clicks on is read, never changed; the digest always belongs to
// the page as it is now; huge pages get an answer, not a hang.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostilePages } from '../../bench/lib/hostile-pages.ts';
import { browserAvailable, launchExtension, openStory, startServer, tabIdOf, type ExtensionSession, type TestServer } from './harness.ts';
import { PopupPage } from './popup-page.ts';

const generated = Object.fromEntries(hostilePages().map((page, i) => [`hostile-${i}.html`, page.html]));

describe.runIf(browserAvailable())('the page and the popup, in Chromium', () => {
  let server: TestServer;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await startServer(generated);
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('extraction leaves the live page exactly as it was', async () => {
    const url = `${server.origin}/seed/story-with-highlights.html`;
    const page = await session.context.newPage();
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popupTab = await session.context.newPage();
    await popupTab.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session.worker, url)}`);
    await new PopupPage(popupTab).waitForDigest();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  test('after an in-page (SPA) navigation the popup digests the new story, not the cached one', async () => {
    const url = `${server.origin}/pages/spa-story.html`;
    const { page, popup: first } = await openStory(session, url);
    const firstPopup = new PopupPage(first);
    await firstPopup.waitForDigest();
    expect(await firstPopup.title()).toBe('Council approves harbor budget');
    await first.close();

    await page.evaluate(() => (window as unknown as { goToNextStory(): void }).goToNextStory());
    const tabId = await tabIdOf(session.worker, `${url}?story=2`);
    const second = await session.context.newPage();
    await second.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const secondPopup = new PopupPage(second);
    await secondPopup.waitForDigest();
    expect(await secondPopup.title()).toBe('Ferry strike ends after two weeks');
    expect((await secondPopup.highlights()).join(' ')).toMatch(/ferr/i);
  });

  test.each(hostilePages().map((page, i) => ({ ...page, file: `hostile-${i}.html` })).filter((page) => page.expected === 'too-large'))(
    '$name: a clear "too large" message',
    async ({ file }) => {
      const { popup } = await openStory(session, `${server.origin}/generated/${file}`);
      expect(await new PopupPage(popup).waitForMessage()).toMatch(/^This page is too large to summarize\./);
    },
  );
});
