// The page a reader clicks on is read, never changed; the digest always belongs to
// the page as it is now; huge pages get an answer, not a hang.
import { describe, expect, test } from 'vitest';
import { hostilePages } from '../../bench/lib/hostile-pages.ts';
import { browserAvailable, openStory, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

const generated = Object.fromEntries(hostilePages().map((page, i) => [`hostile-${i}.html`, page.html]));

describe.runIf(browserAvailable())('the page and the popup, in Chromium', () => {
  const env = useBrowserSession(generated);

  test('extraction leaves the live page exactly as it was', async () => {
    const url = `${env.server.origin}/seed/story-with-highlights.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popupTab = await env.session.context.newPage();
    await popupTab.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${await tabIdOf(env.session.worker, url)}`);
    await new PopupPage(popupTab).waitForDigest();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  test('after an in-page (SPA) navigation the popup digests the new story, not the cached one', async () => {
    const url = `${env.server.origin}/pages/spa-story.html`;
    const { page, popup: first } = await openStory(env.session, url);
    const firstPopup = new PopupPage(first);
    await firstPopup.waitForDigest();
    expect(await firstPopup.title()).toBe('Council approves harbor budget');
    await first.close();

    await page.evaluate(() => (window as unknown as { goToNextStory(): void }).goToNextStory());
    const tabId = await tabIdOf(env.session.worker, `${url}?story=2`);
    const second = await env.session.context.newPage();
    await second.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`);
    const secondPopup = new PopupPage(second);
    await secondPopup.waitForDigest();
    expect(await secondPopup.title()).toBe('Ferry strike ends after two weeks');
    expect((await secondPopup.highlights()).join(' ')).toMatch(/ferr/i);
  });

  test.each(hostilePages().map((page, i) => ({ ...page, file: `hostile-${i}.html` })).filter((page) => page.expected === 'too-large'))(
    '$name: a clear "too large" message',
    async ({ file }) => {
      const { popup } = await openStory(env.session, `${env.server.origin}/generated/${file}`);
      expect(await new PopupPage(popup).waitForMessage()).toMatch(/^This page is too large to summarize\./);
    },
  );
});
