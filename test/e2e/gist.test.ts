// The on-device TL;DR, with a stand-in for Chrome's Summarizer put into the extension's pages:
// a grounded gist shows above the highlights, labelled and streamed; one that names a
// person or a number the story does not is withheld with a quiet note; a model that would
// have to be downloaded is only offered, on the options page, and nothing starts by itself.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { configureFakeSummarizer, fakeSummarizerCalls, gistTextsSeen, installFakeSummarizer, type FakeSummarizerConfig } from './fake-summarizer.ts';
import { browserAvailable, openStory, projectRoot, tabIdOf, useBrowserSession } from './harness.ts';
import { axeViolations, PopupPage } from './popup-page.ts';

/** Written for these tests: every name and date in it is in the seed story. */
const GROUNDED = 'Chinese officials admitted in December to cyberattacks on U.S. infrastructure, which Wang Lei tied to tensions over Taiwan.';
const NAMES_A_STRANGER = 'Chinese officials admitted to the cyberattacks, Li Qiang told the FBI.';
const GIVES_A_NUMBER = 'Chinese officials admitted to 40 cyberattacks on U.S. infrastructure.';

/** The gist split as a model streams it: a few words at a time. */
const inChunks = (text: string): string[] => text.match(/\S+\s*/g)?.reduce<string[]>((chunks, word, i) => {
  if (i % 3 === 0) chunks.push(word);
  else chunks[chunks.length - 1] += word;
  return chunks;
}, []) ?? [];

describe.runIf(browserAvailable())('on-device TL;DR, in Chromium', () => {
  const env = useBrowserSession();
  beforeAll(() => installFakeSummarizer(env.session.context));
  const url = () => `${env.server.origin}/seed/story-only.html`;
  const shot = (name: string) => join(projectRoot, 'test-results', `${name}.png`);

  /**
   * An extension page to configure the stand-in from and read its log (localStorage is the
   * extension's): an icon, since a page of the extension's own would ask the stand-in things.
   */
  async function configure(config: FakeSummarizerConfig | null) {
    const page = await env.session.context.newPage();
    await page.goto(`chrome-extension://${env.session.extensionId}/icons/icon-16.png`);
    await configureFakeSummarizer(page, config);
    await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
    return page;
  }

  test('a grounded gist shows above the highlights, labelled as the browser model\'s, written as it streams', async () => {
    const log = await configure({ availability: 'available', chunks: inChunks(GROUNDED), chunkDelayMs: 120 });
    const { popup: popupTab } = await openStory(env.session, url());
    const popup = new PopupPage(popupTab);
    // The highlights do not wait for the gist: they are there while it is still being written.
    await popupTab.locator('[data-testid="highlight"]').first().waitFor();
    expect(await popupTab.locator('[data-testid="gist"][data-state="shown"]').count()).toBe(0);
    await popupTab.locator('[data-testid="gist"][data-state="writing"]').waitFor();
    await popupTab.locator('[data-testid="gist"][data-state="shown"]').waitFor({ timeout: 10_000 });
    await popup.waitForDigest();

    expect(await popupTab.locator('[data-testid="gist-text"]').textContent()).toBe(GROUNDED);
    // It was written word by word: the reader saw it grow.
    const seen = await gistTextsSeen(popupTab);
    expect(seen.length).toBeGreaterThan(3);
    for (const text of seen) expect(GROUNDED.startsWith(text)).toBe(true);
    expect(await popupTab.locator('[data-testid="gist"] h2').textContent()).toBe("TL;DR · written by your browser's on-device model");
    // Above the highlights, below the headline.
    const order = await popupTab.evaluate(() => {
      const top = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().top ?? -1;
      return [top('title'), top('gist'), top('highlight')];
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await popupTab.locator('[data-testid="gist-withheld"]').count()).toBe(0);

    const calls = await fakeSummarizerCalls(log);
    expect(calls.find((call) => call.method === 'availability')?.options).toMatchObject({
      type: 'tldr', length: 'short', format: 'plain-text', expectedInputLanguages: ['en'], outputLanguage: 'en',
    });
    // The seed story fits the stand-in's quota, so the model was given the story itself.
    expect(calls.find((call) => call.method === 'summarizeStreaming')?.input).toMatch(/^Chinese officials admit to orchestrating.*\n\nIn a clandestine meeting/s);
    await popupTab.screenshot({ path: shot('gist-shown'), fullPage: true });
    for (const scheme of ['light', 'dark'] as const) {
      await popupTab.emulateMedia({ colorScheme: scheme });
      const blocking = (await axeViolations(popupTab)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking, `axe, gist shown, ${scheme}`).toEqual([]);
    }
  });

  test.each([
    ['a person', NAMES_A_STRANGER],
    ['a number', GIVES_A_NUMBER],
  ])('a gist naming %s the story does not is withheld, with a quiet note; the card is as always', async (_, gist) => {
    await configure({ availability: 'available', chunks: inChunks(gist), chunkDelayMs: 60 });
    const { popup: popupTab } = await openStory(env.session, url());
    await popupTab.locator('[data-testid="gist-withheld"]').waitFor({ timeout: 10_000 });
    await new PopupPage(popupTab).waitForDigest();
    expect(await popupTab.locator('[data-testid="gist"]').count()).toBe(0);
    expect(await popupTab.locator('[data-testid="gist-withheld"]').textContent()).toBe(
      "The browser's on-device summary was left out: it named something the story does not say.",
    );
    expect(await popupTab.evaluate(() => document.body.textContent ?? '')).not.toMatch(/Li Qiang|40 cyberattacks/);
    // What streamed in before the stranger was shown; the stranger never was.
    const seen = await gistTextsSeen(popupTab);
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).not.toMatch(/Li Qiang|Qiang|40/);
    expect(await popupTab.locator('[data-testid="highlight"]').count()).toBe(3);
    const blocking = (await axeViolations(popupTab)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking).toEqual([]);
    await popupTab.screenshot({ path: shot(`gist-withheld-${_.replace(' ', '-')}`), fullPage: true });
  });

  test('Copy summary includes a shown gist, labelled', async () => {
    await configure({ availability: 'available', chunks: inChunks(GROUNDED) });
    await env.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const { page, popup: popupTab } = await openStory(env.session, url());
    await popupTab.locator('[data-testid="gist"][data-state="shown"]').waitFor({ timeout: 10_000 });
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    await popupTab.bringToFront();
    expect(await popup.copy()).toBe('Copied');
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`\n\nTL;DR (written by the browser's on-device model): ${GROUNDED}\n`);
  });

  test('"downloadable": the popup starts nothing; the options page offers the download and starts it only on a click', async () => {
    const log = await configure({ availability: 'downloadable', chunks: inChunks(GROUNDED) });
    const { popup: popupTab } = await openStory(env.session, url());
    await new PopupPage(popupTab).waitForDigest();
    expect(await popupTab.locator('[data-testid="gist"], [data-testid="gist-withheld"]').count()).toBe(0);

    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await options.locator('[data-testid="gist-download"]').waitFor();
    expect(await options.locator('[data-testid="gist-model-status"]').getAttribute('data-availability')).toBe('downloadable');
    // Nothing was created (which is what downloads the model) by the popup or the options page.
    expect((await fakeSummarizerCalls(log)).filter((call) => call.method === 'create')).toEqual([]);
    await options.screenshot({ path: shot('gist-download-offer'), fullPage: true });

    await options.locator('[data-testid="gist-download"]').click();
    await options.locator('[data-testid="gist-download-progress"]').waitFor();
    await options.locator('[data-testid="gist-model-status"][data-availability="available"]').waitFor({ timeout: 10_000 });
    const creates = (await fakeSummarizerCalls(log)).filter((call) => call.method === 'create');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.userActivation).toBe(true);
    const stored = await env.session.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, { modelDownload?: string }>> } } } }).chrome.storage.sync.get('prefs')).prefs);
    expect(stored?.modelDownload).toBe('accepted');
    await env.session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
  });

  test('Off: the model is never asked, even where it is ready', async () => {
    const log = await configure({ availability: 'available', chunks: inChunks(GROUNDED) });
    await env.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome.storage.sync.set({ prefs: { gist: 'off' } }),
    );
    const { popup: popupTab } = await openStory(env.session, url());
    await new PopupPage(popupTab).waitForDigest();
    expect(await popupTab.locator('[data-testid="gist"], [data-testid="gist-withheld"]').count()).toBe(0);
    expect(await fakeSummarizerCalls(log)).toEqual([]);
    await env.session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
  });

  test.each<[string, FakeSummarizerConfig | null]>([
    ['no Summarizer at all (Firefox, older Chrome)', { availability: 'absent' }],
    ["this Chromium's own Summarizer, with no model", null],
  ])('%s: the card is as it always was', async (_, config) => {
    await configure(config);
    const page = await env.session.context.newPage();
    await page.goto(url());
    const popupTab = await env.session.context.newPage();
    await popupTab.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${await tabIdOf(env.session.worker, url())}`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    expect(await popup.highlights()).toHaveLength(3);
    expect(await popupTab.locator('[data-testid="gist"], [data-testid="gist-withheld"]').count()).toBe(0);
    expect(await popupTab.evaluate(() => typeof (globalThis as { Summarizer?: unknown }).Summarizer)).toBe(config ? 'undefined' : 'function');
  });

  test('the extension makes no network request of its own', () => {
    expect(env.session.foreignRequests).toEqual([]);
    expect(env.session.extensionRequests).toEqual([]);
  });
});
