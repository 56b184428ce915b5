// `npm run bench` (part 2): the popup (and the side panel's page) in headless Chromium with the built extension.
// Times from opening popup.html?tab=… to the skeleton (the popup's own floor, the
// baseline) and to the highlights: fresh, from the per-tab cache, and with the worker
// asleep (as a reader's click most often finds it); and the time to an answer on
// hostile pages; the side panel's page beside the popup, and the popup with and without the
// browser's Summarizer (a stand-in model writing a gist), round by round. The popup reports its own times through a binding;
// the former waitForSelector timing, which loads Playwright's selector engine into the
// popup as it starts, is printed beside it from the same run.
import { readFileSync, statSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { configureFakeSummarizer, installFakeSummarizer, type FakeSummarizerConfig } from '../test/e2e/fake-summarizer.ts';
import { digestStored, launchExtension, startServer, stopWorker, tabIdOf, type ExtensionSession } from '../test/e2e/harness.ts';
import { readabilityPages } from './lib/corpus-pages.ts';
import { hostilePages } from './lib/hostile-pages.ts';
import { median } from './lib/stats.ts';

const OPENS = 10;
const SEED_BUDGET_MS = 150;
const HOSTILE_BUDGET_MS = 3000;

const largest = readabilityPages().sort((a, b) => statSync(b.path).size - statSync(a.path).size)[0];
if (!largest) throw new Error('no corpus pages found');
const hostile = hostilePages().filter((page) => page.name.includes('10 MB') || page.name.includes('nested'));
const generated: Record<string, string> = {
  'largest.html': readFileSync(largest.path, 'utf8'),
  ...Object.fromEntries(hostile.map((page, i) => [`hostile-${i}.html`, page.html])),
};

const server = await startServer(generated);
const session = await launchExtension();

/** Appearance times reported by each open popup, by page. */
const reports = new Map<Page, (seen: Record<string, number>) => void>();
await session.context.exposeBinding('__reportAppearances', ({ page }, seen: Record<string, number>) => reports.get(page)?.(seen));
await session.context.addInitScript(recordAppearances);

/**
 * Runs in the popup from before its first script: records when each testid first
 * appears, and reports once an answer (highlights or a message) is shown. The popup
 * reports for itself so that timing it injects nothing into it while it loads (Playwright's
 * selector engine, which waitForSelector would inject, is a large script of its own).
 */
function recordAppearances(): void {
  const seen: Record<string, number> = {};
  const report = (window as unknown as { __reportAppearances?: (seen: Record<string, number>) => void }).__reportAppearances;
  if (!location.href.startsWith('chrome-extension://') || !report) return;
  Object.assign(window, { __appeared: seen });
  // An object method, not a named function: tsx would wrap a named one in a helper the popup lacks.
  const answer = {
    sent: false,
    send(): void {
      if (answer.sent) return;
      answer.sent = true;
      void report(seen);
    },
  };
  // First contentful paint: when the skeleton (or whatever came first) was on screen.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Element Timing (the highlights carry elementtiming="highlight"): when they were painted.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { renderTime: number }>) {
      seen.painted = Math.min(seen.painted ?? Number.POSITIVE_INFINITY, entry.renderTime);
    }
    if (seen.highlight !== undefined) answer.send();
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((_records, observer) => {
    for (const element of document.querySelectorAll('[data-testid]')) {
      const id = element.getAttribute('data-testid') ?? '';
      seen[id] ??= performance.now();
    }
    if (seen.message !== undefined) answer.send();
    if (seen.highlight === undefined) return;
    observer.disconnect();
    // A paint that never comes (highlights below the fold) must not hold the run.
    if (seen.painted !== undefined) answer.send();
    else setTimeout(() => answer.send(), 2000);
  }).observe(document, { subtree: true, childList: true });
}

/**
 * Opens popup.html (or another page of the card: panel.html) for the tab; resolves with the ms
 * from navigation start at which each testid appeared.
 */
async function openPopup(s: ExtensionSession, tabId: number, path = 'popup.html'): Promise<{ popup: Page; appeared: Promise<Record<string, number>> }> {
  const popup = await s.context.newPage();
  const appeared = new Promise<Record<string, number>>((resolve, reject) => {
    reports.set(popup, resolve);
    setTimeout(() => reject(new Error('the popup showed no answer within 30 s')), 30_000).unref();
  });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/${path}?tab=${tabId}`, { waitUntil: 'commit' });
  return { popup, appeared };
}

/** The earliest of these testids' appearance times. */
const firstOf = (seen: Record<string, number>, testIds: string[]): number =>
  Math.min(...testIds.map((id) => seen[id] ?? Number.POSITIVE_INFINITY));

/**
 * The former way of waiting, kept as a same-run comparison: waitForSelector injects
 * Playwright's selector engine into the popup while it loads and polls its layout.
 */
async function highlightsWithSelectorWait(s: ExtensionSession, tabId: number): Promise<number> {
  const { popup, appeared } = await openPopup(s, tabId);
  await popup.waitForSelector('[data-testid="highlight"]', { timeout: 30_000 });
  const seen = await appeared;
  await popup.close();
  return firstOf(seen, ['highlight']);
}

interface PopupTimes {
  skeleton: number[];
  /** First contentful paint: the skeleton on screen, not just in the DOM. */
  skeletonPainted: number[];
  highlights: number[];
  /** Fresh highlights first painted (Element Timing), after style, layout and the frame. */
  painted: number[];
  cached: number[];
  /** "Cached" opens (round 0 included) that found no cache and read the page themselves. */
  cacheMisses: number;
  cacheOpens: number;
  /** Fresh highlights with the worker stopped first, as Chrome stops it after 30 s idle: most real clicks. */
  asleep: number[];
  /** Fresh highlights timed the former way (waitForSelector), in the same run. */
  selectorWait: number[];
  /** The popup's own performance marks: engines loaded, page extracted, digest built. */
  marks: Record<string, number[]>;
}

/**
 * Runs a call in a short-lived page of the extension. After a worker has been stopped,
 * Playwright's handle on it can be stale; an extension page can clear the cache and look
 * up tabs just as well. It is closed again, so no extension page stays open to keep the
 * extension's process alive.
 */
async function inExtensionPage<T>(call: (page: Page) => Promise<T>): Promise<T> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    return await call(page);
  } finally {
    await page.close();
  }
}

async function clearCache(): Promise<void> {
  await inExtensionPage((page) => page.evaluate('chrome.storage.session.clear()'));
}

const tabIdFor = (url: string): Promise<number> => inExtensionPage((page) => tabIdOf(page, url));

interface ExtensionGlobal {
  chrome: { extension: { getViews(filter: { type: 'popup' }): Window[] } };
}

/** Fresh highlights for a popup that finds the worker asleep. */
async function highlightsWithWorkerAsleep(cdp: CDPSession, tabId: number): Promise<number> {
  await clearCache();
  await stopWorker(cdp);
  const { popup, appeared } = await openPopup(session, tabId);
  const seen = await appeared;
  // Closed once answered, as every open here; the write lands just after.
  await popup.waitForFunction(() => performance.getEntriesByName('digest-received').length > 0, undefined, { timeout: 30_000 });
  await popup.close();
  // The next clear must come after the write.
  await inExtensionPage(digestStored(tabId));
  return firstOf(seen, ['highlight']);
}

async function measure(url: string): Promise<PopupTimes> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(url);
  const result: PopupTimes = { skeleton: [], skeletonPainted: [], highlights: [], painted: [], cached: [], cacheMisses: 0, cacheOpens: 0, asleep: [], selectorWait: [], marks: {} };
  for (let i = 0; i < OPENS + 1; i++) {
    await clearCache();
    const fresh = await openPopup(session, tabId);
    const seen = await fresh.appeared;
    const marks = await fresh.popup.evaluate(() => performance.getEntriesByType('mark').map((m): [string, number] => [m.name, m.startTime]));
    if (!marks.some(([name]) => name === 'story-shown')) throw new Error('a "fresh" open was answered from the cache');
    await fresh.popup.close();
    await inExtensionPage(digestStored(tabId));
    const again = await openPopup(session, tabId);
    const cached = firstOf(await again.appeared, ['highlight']);
    // A popup that found the cache never builds the story part itself: a miss is counted, not timed.
    const missed = await again.popup.evaluate(() => performance.getEntriesByName('story-shown').length > 0);
    result.cacheMisses += missed ? 1 : 0;
    result.cacheOpens += 1;
    await again.popup.close();
    await clearCache();
    const selectorWait = await highlightsWithSelectorWait(session, tabId);
    // Else that popup's digest could land in the cache after the next round's clear.
    await inExtensionPage(digestStored(tabId));
    // The first round warms Chromium's caches for the extension's files; it is not counted.
    if (i === 0) continue;
    result.skeleton.push(firstOf(seen, ['loading', 'highlight']));
    result.skeletonPainted.push(seen.firstPaint ?? Number.NaN);
    result.highlights.push(firstOf(seen, ['highlight']));
    result.painted.push(seen.painted ?? Number.NaN);
    if (!missed) result.cached.push(cached);
    result.selectorWait.push(selectorWait);
    for (const [name, time] of marks) (result.marks[name] ??= []).push(time);
  }
  await page.close();
  return result;
}

/**
 * Fresh opens of the real toolbar popup, as a click opens it (chrome.action.openPopup): it
 * finds its tab with tabs.query, where popup.html?tab=… is told. Playwright cannot see that
 * popup, so an extension page reads the popup's own marks and paint times through getViews.
 */
async function measureToolbar(url: string): Promise<{ storyShown: number[]; skeletonPainted: number[] }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(url);
  const viewer = await session.context.newPage();
  await viewer.goto(`chrome-extension://${session.extensionId}/options.html`);
  const times = { storyShown: [] as number[], skeletonPainted: [] as number[] };
  for (let i = 0; i < OPENS + 1; i++) {
    await viewer.evaluate('chrome.storage.session.clear()');
    await page.bringToFront();
    await session.worker.evaluate('chrome.action.openPopup()');
    const seen = await viewer.waitForFunction(() => {
      const [view] = (globalThis as unknown as ExtensionGlobal).chrome.extension.getViews({ type: 'popup' });
      const shown = view?.performance.getEntriesByName('story-shown')[0];
      // The real popup paints only once it has content: closed after that first paint.
      const painted = view?.performance.getEntriesByName('first-contentful-paint')[0];
      if (!view || !shown || !painted) return null;
      view.close();
      return { storyShown: shown.startTime, skeletonPainted: painted.startTime };
    }, undefined, { timeout: 30_000, polling: 20 });
    const { storyShown, skeletonPainted } = (await seen.jsonValue()) as { storyShown: number; skeletonPainted: number };
    // The worker's digest goes into the cache after the popup has its answer: the next clear must come later.
    await digestStored(tabId)(viewer);
    if (i === 0) continue;
    times.storyShown.push(storyShown);
    times.skeletonPainted.push(skeletonPainted);
  }
  await viewer.close();
  await page.close();
  return times;
}

/** Fresh opens with the worker asleep: measured after every warm open, as a just-woken worker's code is not yet optimized. */
async function measureAsleep(url: string, times: PopupTimes): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(url);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < OPENS + 1; i++) {
    const asleep = await highlightsWithWorkerAsleep(cdp, tabId);
    if (i > 0) times.asleep.push(asleep);
  }
  await page.close();
}

/**
 * When the worker's digest (actors, timeline, quotes) reached the popup, for fresh opens with the
 * worker awake and with it asleep: a story in another language waits for its language's chunk,
 * fetched and built once per worker life.
 */
async function digestTimes(url: string): Promise<{ awake: number[]; asleep: number[] }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(url);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const times = { awake: [] as number[], asleep: [] as number[] };
  const digestReceived = async (): Promise<number> => {
    const { popup, appeared } = await openPopup(session, tabId);
    await appeared;
    await popup.waitForFunction(() => performance.getEntriesByName('digest-received').length > 0, undefined, { timeout: 30_000 });
    const at = await popup.evaluate(() => performance.getEntriesByName('digest-received')[0]?.startTime ?? Number.NaN);
    await popup.close();
    await inExtensionPage(digestStored(tabId));
    return at;
  };
  for (let i = 0; i < OPENS + 1; i++) {
    await clearCache();
    const awake = await digestReceived();
    await clearCache();
    await stopWorker(cdp);
    const asleep = await digestReceived();
    if (i === 0) continue;
    times.awake.push(awake);
    times.asleep.push(asleep);
  }
  await page.close();
  return times;
}

/** A page of the card opened with the browser's Summarizer as this variant has it. */
interface CardVariant {
  name: string;
  path: string;
  /** null: this Chromium's own Summarizer, which has no model here. */
  summarizer: FakeSummarizerConfig | null;
}

/** Written for the bench, grounded in the seed story: the stand-in model streams it while the highlights are timed. */
const SEED_GIST = 'Chinese officials admitted in December to cyberattacks on U.S. infrastructure, which Wang Lei tied to tensions over Taiwan.';
const CARD_VARIANTS: CardVariant[] = [
  { name: 'popup, no Summarizer API (Firefox, older Chrome)', path: 'popup.html', summarizer: { availability: 'absent' } },
  { name: "popup, this Chromium's Summarizer (no model)", path: 'popup.html', summarizer: null },
  { name: 'popup, a model writing the gist (stand-in)', path: 'popup.html', summarizer: { availability: 'available', chunks: SEED_GIST.match(/\S+\s*/g) ?? [] } },
  { name: "side panel (panel.html?tab=), this Chromium's Summarizer", path: 'panel.html', summarizer: null },
];

/**
 * Fresh opens of each variant in turn, round after round, so that all meet the machine in the
 * same moments: the side panel's time to the story beside the popup's, and the popup's with
 * and without the browser's Summarizer.
 */
async function measureVariants(url: string): Promise<Map<CardVariant, { skeleton: number[]; highlights: number[]; painted: number[] }>> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(url);
  const times = new Map(CARD_VARIANTS.map((variant) => [variant, { skeleton: [] as number[], highlights: [] as number[], painted: [] as number[] }]));
  for (let i = 0; i < OPENS + 1; i++) {
    for (const variant of CARD_VARIANTS) {
      await inExtensionPage((extensionPage) => configureFakeSummarizer(extensionPage, variant.summarizer));
      await clearCache();
      const { popup, appeared } = await openPopup(session, tabId, variant.path);
      const seen = await appeared;
      await popup.close();
      await inExtensionPage(digestStored(tabId));
      if (i === 0) continue;
      const entry = times.get(variant);
      entry?.skeleton.push(firstOf(seen, ['loading', 'highlight']));
      entry?.highlights.push(firstOf(seen, ['highlight']));
      entry?.painted.push(seen.painted ?? Number.NaN);
    }
  }
  await inExtensionPage((extensionPage) => configureFakeSummarizer(extensionPage, null));
  await page.close();
  return times;
}

try {
  const rows: Array<[string, Awaited<ReturnType<typeof measure>>]> = [
    ['seed story', await measure(`${server.origin}/seed/story-only.html`)],
    [`largest corpus page (${largest.id}, ${(statSync(largest.path).size / 1024).toFixed(0)} KB)`, await measure(`${server.origin}/generated/largest.html`)],
    // The worker reads it with the German chunk: its digest-received mark times the chunk's use.
    ['German story (invented, test/e2e/pages)', await measure(`${server.origin}/pages/german-story.html`)],
  ];
  const toolbar = await measureToolbar(`${server.origin}/seed/story-only.html`);
  await measureAsleep(`${server.origin}/seed/story-only.html`, rows[0]![1]);
  await measureAsleep(`${server.origin}/generated/largest.html`, rows[1]![1]);
  // Asleep, the worker loads the German chunk anew: the digest waits for its fetch and lookup sets.
  await measureAsleep(`${server.origin}/pages/german-story.html`, rows[2]![1]);
  const digests = [
    ['seed story (English: no chunk)', await digestTimes(`${server.origin}/seed/story-only.html`)],
    ['German story (the German chunk)', await digestTimes(`${server.origin}/pages/german-story.html`)],
  ] as const;
  await installFakeSummarizer(session.context);
  const variants = await measureVariants(`${server.origin}/seed/story-only.html`);
  console.log(`Popup in headless Chromium: median of ${OPENS} opens, ms from opening popup.html`);
  const columns: Array<[string, (r: PopupTimes) => number[]]> = [
    ['skeleton', (r) => r.skeleton],
    ['skeleton painted', (r) => r.skeletonPainted.filter(Number.isFinite)],
    ['highlights', (r) => r.highlights],
    ['highlights painted', (r) => r.painted.filter(Number.isFinite)],
    ['cached', (r) => r.cached],
    ['worker asleep', (r) => r.asleep],
    ['highlights, timed by waitForSelector', (r) => r.selectorWait],
  ];
  console.log(`${'page'.padEnd(58)} ${columns.map(([title]) => title.padStart(Math.max(9, title.length))).join(' ')}`);
  for (const [name, r] of rows) {
    const cells = columns.map(([title, pick]) => median(pick(r)).toFixed(0).padStart(Math.max(9, title.length)));
    console.log(`${name.padEnd(58)} ${cells.join(' ')}`);
  }
  console.log('  skeleton, highlights: in the DOM (highlights are the budget\'s measure); skeleton painted: first contentful paint;');
  console.log('  highlights painted: first frame showing them (Element Timing)');
  console.log('  worker asleep: fresh highlights after the worker was stopped, as Chrome stops it after 30 s idle');
  console.log(`  cached: reopened once the digest is stored; opens that missed the cache (not timed): ${rows.map(([name, r]) => `${name.split(' (')[0]} ${r.cacheMisses} of ${r.cacheOpens}`).join(', ')}`);
  for (const [name, r] of rows) {
    const marks = Object.entries(r.marks).map(([mark, times]) => `${mark} ${median(times).toFixed(0)}`).join(', ');
    console.log(`  ${name.split(' (')[0]}: ${marks}`);
  }
  console.log(
    `  seed story, real toolbar popup (chrome.action.openPopup; finds its tab with tabs.query): story part shown ${median(toolbar.storyShown).toFixed(0)}, ` +
      `skeleton painted ${median(toolbar.skeletonPainted).toFixed(0)} (the popup's own marks)`,
  );
  console.log(`\nSeed story, fresh opens taken in turn each round (median of ${OPENS}): skeleton, highlights in the DOM, highlights painted`);
  for (const [variant, times] of variants) {
    const cells = [times.skeleton, times.highlights, times.painted.filter(Number.isFinite)].map((values) => median(values).toFixed(0).padStart(9));
    console.log(`  ${variant.name.padEnd(62)} ${cells.join(' ')}`);
  }
  console.log(`\nWorker's digest (actors, timeline, quotes) received by the popup, ms from opening it (median of ${OPENS}): worker awake, worker asleep`);
  for (const [name, times] of digests) console.log(`  ${name.padEnd(40)} ${median(times.awake).toFixed(0).padStart(6)} ${median(times.asleep).toFixed(0).padStart(6)}`);
  const seed = median(rows[0]?.[1].highlights ?? []);
  console.log(`Seed story highlights: ${seed.toFixed(0)} ms (target ≤ ${SEED_BUDGET_MS}: ${seed <= SEED_BUDGET_MS ? 'met' : 'NOT met'}); skeleton is the baseline: the popup's own first render`);

  console.log(`\nHostile pages: ms from opening the popup to an answer (budget ${HOSTILE_BUDGET_MS})`);
  for (const [i, page] of hostile.entries()) {
    const url = `${server.origin}/generated/hostile-${i}.html`;
    const tab = await session.context.newPage();
    await tab.goto(url);
    const { popup, appeared } = await openPopup(session, await tabIdFor(url));
    const answered = firstOf(await appeared, ['message', 'highlight']);
    const what = (await popup.locator('[data-testid="message"]').count()) > 0 ? 'message' : 'digest';
    console.log(`  ${page.name.padEnd(40)} ${answered.toFixed(0).padStart(6)} ms (${what}) ${answered <= HOSTILE_BUDGET_MS ? 'met' : 'NOT met'}`);
    await popup.close();
    await tab.close();
  }
  console.log(`\nNetwork requests made by the extension's pages and worker during the run: ${session.extensionRequests.length}`);
} finally {
  await session.close();
  await server.close();
}
