// The popup as a product: accessible in both themes (axe), operable by keyboard alone,
// right to left on right-to-left pages, a skeleton while the page loads.
import { describe, expect, test } from 'vitest';
import { browserAvailable, FAST_LONG_WAITS, openStory, openStoryToCopy, tabIdOf, useBrowserSession } from './harness.ts';
import { axeViolations, focusedControl, PopupPage, type AxeViolation } from './popup-page.ts';

const THEMES = ['light', 'dark'] as const;
const blocking = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
/** Every finding is printed (minor ones too), so the run's log is the accessibility report. */
const report = (what: string, violations: AxeViolation[]): AxeViolation[] => {
  console.log(`axe ${what}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.targets.length})`).join('; ') || 'no violations'}`);
  return violations;
};

/**
 * A story whose own script holds the page's thread for 6 s once it has loaded: the extension's
 * read, which runs on that thread, waits until it lets go.
 */
const BUSY_STORY = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares rise</title></head><body>
<article><h1>Ferry fares rise</h1>${'<p>The harbor board met on Friday and voted to raise the ferry fares by a tenth from May.</p>'.repeat(12)}</article>
<script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + 6000; while (Date.now() < end); }, 0));</script>
</body></html>`;

describe.runIf(browserAvailable())('popup design and accessibility, in Chromium', () => {
  const env = useBrowserSession({ 'busy-story.html': BUSY_STORY });

  test.each(THEMES)('axe: no serious or critical violations on the digest, %s theme', async (theme) => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/story-with-highlights.html`);
    await popupTab.emulateMedia({ colorScheme: theme });
    await new PopupPage(popupTab).waitForDigest();
    expect(blocking(report(`digest, ${theme}`, await axeViolations(popupTab)))).toEqual([]);
    // The theme really changed: the axe run above checked a different palette.
    const background = await popupTab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 24, 29)');
  });

  test.each(THEMES)('axe: no serious or critical violations on a message and on the options page, %s theme', async (theme) => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/pages/not-a-story.html`);
    await popupTab.emulateMedia({ colorScheme: theme });
    await new PopupPage(popupTab).waitForMessage();
    expect(blocking(report(`not-a-story message, ${theme}`, await axeViolations(popupTab)))).toEqual([]);

    const options = await env.session.context.newPage();
    await options.emulateMedia({ colorScheme: theme });
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await options.locator('[data-testid="option-highlights"]').waitFor();
    expect(blocking(report(`options page, ${theme}`, await axeViolations(options)))).toEqual([]);
  });

  test('the card has one h1, section headings and real lists', async () => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/seed/story-with-highlights.html`);
    await new PopupPage(popupTab).waitForDigest();
    const outline = await popupTab.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
      highlightsInList: [...document.querySelectorAll('[data-testid="highlight"]')].every((el) => el.closest('ul > li') !== null),
      timelineOrdered: document.querySelector('[data-testid="timeline-item"]')?.parentElement?.tagName,
    }));
    expect(outline.h1).toBe(1);
    expect(outline.h2).toEqual(expect.arrayContaining(['Highlights', 'From the publisher', 'Key actors', 'Timeline']));
    expect(outline.highlightsInList).toBe(true);
    expect(outline.timelineOrdered).toBe('OL');
  });

  test('keyboard: Tab reaches every control with a visible focus ring, Enter on Copy copies', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const { page, popup: popupTab } = await openStoryToCopy(env.session, url);
    const controls = await popupTab.locator('button').count();

    const visited: string[] = [];
    for (let step = 0; step < controls; step++) {
      await popupTab.keyboard.press('Tab');
      const focused = await focusedControl(popupTab);
      expect(focused?.tag, `Tab ${step + 1} lands on a control`).toBe('button');
      expect(focused?.ring, `Tab ${step + 1} (${focused?.text}) shows a focus ring`).toBe(true);
      visited.push(focused?.testId ?? focused?.text ?? '');
    }
    // Screen order: the way into the side panel in the card's corner, the highlights, then
    // actors …, the footer last (options, copy as Markdown, Copy).
    expect(visited.slice(0, 4)).toEqual(['open-side-panel', 'highlight', 'highlight', 'highlight']);
    expect(visited).toContain('actor');
    expect(visited.slice(-3)).toEqual(['options', 'copy-alt', 'copy']);

    await popupTab.keyboard.press('Enter');
    await popupTab.waitForFunction(() => document.querySelector('[data-testid="copy"]')?.textContent === 'Copied');
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Chinese officials admit to orchestrating cyberattacks on US infrastructure\n/);
    expect(copied).toContain(`Source: Newsroom · ${url}`);
  });

  test('keyboard: Shift+Tab back to "Copy as Markdown" and Space copies Markdown with the title linked', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const { page, popup: popupTab } = await openStoryToCopy(env.session, url);
    await popupTab.keyboard.press('Shift+Tab');
    await popupTab.keyboard.press('Shift+Tab');
    expect((await focusedControl(popupTab))?.testId).toBe('copy-alt');
    await popupTab.keyboard.press('Space');
    await popupTab.waitForFunction(() => document.querySelector('[data-testid="copy-alt"]')?.textContent === 'Copied');
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`## [Chinese officials admit to orchestrating cyberattacks on US infrastructure](${url})\n`)).toBe(true);
    expect(copied).toMatch(/^- /m);
  });

  test('a right-to-left story renders right to left, in its language', async () => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/pages/rtl-story.html`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    expect(await popup.title()).toBe('افتتاح جسر الميناء الجديد بعد ثلاث سنوات من البناء');
    const layout = await popupTab.evaluate(() => {
      const title = document.querySelector('[data-testid="title"]') as HTMLElement;
      const highlight = document.querySelector('[data-testid="highlight"]') as HTMLElement;
      const card = document.querySelector('.card') as HTMLElement;
      return {
        direction: getComputedStyle(title).direction,
        lang: title.lang,
        uiLang: document.documentElement.lang,
        // The accent bar sits at the start of the line: the right edge in RTL.
        barRight: getComputedStyle(highlight).borderRightWidth,
        barLeft: getComputedStyle(highlight).borderLeftWidth,
        titleHugsRight: card.getBoundingClientRect().right - title.getBoundingClientRect().right < 20,
      };
    });
    expect(layout).toEqual({ direction: 'rtl', lang: 'ar', uiLang: expect.stringMatching(/^en/), barRight: '3px', barLeft: '0px', titleHugsRight: true });
    expect(await popup.highlights()).not.toHaveLength(0);
    expect(blocking(report('RTL story, light', await axeViolations(popupTab)))).toEqual([]);
  });

  test('a page too busy to be read: the skeleton says the page is not responding, and the card comes once it lets go', async () => {
    const { page, popup: popupTab } = await openStory(env.session, `${env.server.origin}/generated/busy-story.html`, FAST_LONG_WAITS);
    const loading = popupTab.locator('[data-testid="loading"]');
    // Before: "Reading the story…" for as long as the page held its thread.
    await expect.poll(() => loading.textContent(), { timeout: 5000 }).toBe("The page isn't responding. Still waiting for it…");
    await popupTab.locator('[data-testid="title"]').waitFor({ timeout: 15_000 });
    expect(await new PopupPage(popupTab).title()).toBe('Ferry fares rise');
    await popupTab.close();
    await page.close();
  });

  test('while the page is still loading, a skeleton holds the card\'s place; the card replaces it without a jump', async () => {
    // The page's markup stops arriving mid-body, so the tab stays "loading" and its document unparsed.
    const url = `${env.server.origin}/held/story.html`;
    const page = await env.session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const popupTab = await env.session.context.newPage();
    await popupTab.setViewportSize({ width: 400, height: 600 });
    await popupTab.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${await tabIdOf(env.session.worker, url)}`);
    const loading = popupTab.locator('[data-testid="loading"]');
    await loading.waitFor();
    expect(await loading.textContent()).toBe('Waiting for the page to finish loading…');
    expect(await popupTab.locator('[aria-busy="true"]').count()).toBe(1);
    const height = await popupTab.evaluate(() => document.querySelector('.popup')?.getBoundingClientRect().height ?? 0);
    expect(height).toBeGreaterThanOrEqual(600);

    // No layout jump: the headline and the footer appear where their placeholders stood.
    const top = (selector: string) => (page: typeof popupTab) =>
      page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1, selector);
    const skeletonTitle = await top('.skeleton--title')(popupTab);
    const skeletonFooter = await top('.popup__footer')(popupTab);
    // Measured while the skeleton still shows; once the page has arrived, this popup answers for it.
    env.server.release();
    await popupTab.locator('[data-testid="loading"]').waitFor({ state: 'detached' });
    expect(await popupTab.locator('[data-testid="message"], [data-testid="title"]').count()).toBeGreaterThan(0);
    expect(skeletonTitle).toBeGreaterThan(0);
    const story = await openStory(env.session, `${env.server.origin}/seed/story-only.html`);
    await new PopupPage(story.popup).waitForDigest();
    expect(Math.abs((await top('[data-testid="title"]')(story.popup)) - skeletonTitle)).toBeLessThanOrEqual(6);
    expect(Math.abs((await top('.popup__footer')(story.popup)) - skeletonFooter)).toBeLessThanOrEqual(2);
  });

  test('an empty page and a missing tab get an error message with advice', async () => {
    const { popup: emptyTab } = await openStory(env.session, `${env.server.origin}/pages/empty-page.html`);
    expect(await new PopupPage(emptyTab).waitForMessage()).toBe('No story text was found on this page.');
    const missing = await env.session.context.newPage();
    await missing.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=987654`);
    expect(await new PopupPage(missing).waitForMessage()).toBe("Couldn't read this page.");
    expect(await missing.locator('[data-testid="error-detail"]').textContent()).toMatch(/^Details: .*987654/);
    expect(await missing.locator('.message__hint').textContent()).toBe('Reload the page and try again.');
  });

  test('the context-menu entry "Summarize this story" exists', async () => {
    const exists = await env.session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { contextMenus: { update(id: string, props: object): Promise<void> } } };
      // update() rejects for an unknown id: a way to ask whether the entry was created.
      return chrome.contextMenus.update('summarize-story', {}).then(() => true, () => false);
    });
    expect(exists).toBe(true);
  });
});
