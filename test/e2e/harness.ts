// Loads the built extension (dist-test/) into Debian's Chromium and serves test
// pages on 127.0.0.1, the way a reader would meet them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PopupPage } from './popup-page.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const sharedRoot = resolve(projectRoot, '../shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_DIR = join(projectRoot, 'dist-test');

/**
 * Browser tests must run in CI; on a developer machine without the browser or the test
 * build they are skipped loudly.
 */
export function canRunIn(browser: string, extensionDir: string): boolean {
  const build = `${relative(projectRoot, extensionDir)}/`;
  if (existsSync(browser) && existsSync(join(extensionDir, 'manifest.json'))) return true;
  if (process.env.CI) throw new Error(`Browser tests cannot run: need ${browser} and a test build in ${build}`);
  console.warn(`Skipping browser tests: ${browser} or ${build} missing (run npm test)`);
  return false;
}

export const browserAvailable = (): boolean => canRunIn(CHROMIUM, EXTENSION_DIR);

/** Leaves test-results/<marker>.json, which .ci/run requires: proof the browser tests ran, not skipped. */
export function markBrowserRan(marker: string, details: Record<string, string>): void {
  mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'test-results', `${marker}.json`), JSON.stringify({ ...details, at: new Date().toISOString() }));
}

const MOUNTS: Record<string, string> = {
  '/seed/': join(sharedRoot, 'fixtures/seed'),
  '/pages/': join(import.meta.dirname, 'pages'),
  '/corpus/': join(sharedRoot, 'corpus'),
};
/** `?scripts=off` serves a page with its own scripts blocked: the document its HTML says, as the CLI reads it. */
const SCRIPTS_OFF = { 'content-security-policy': "script-src 'none'" };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

export interface TestServer {
  origin: string;
  /** Finishes every page served under /held/, which until then never finish arriving. */
  release(): void;
  close(): Promise<void>;
}

/** A document whose markup stops mid-body: the browser is still parsing it, as on a slow connection. */
const HELD_PAGE_START =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page still loading</title></head><body><p>This page is still arriving.</p>';
const HELD_PAGE_END = '<p>Now it has arrived.</p></body></html>';

/** Pages made in memory (huge or hostile ones), served at /generated/<name>. */
export type GeneratedPages = Record<string, string>;

export async function startServer(generated: GeneratedPages = {}): Promise<TestServer> {
  const held: ServerResponse[] = [];
  const release = (): void => {
    for (const response of held.splice(0)) response.end(HELD_PAGE_END);
  };
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(requested.pathname);
    if (path.startsWith('/held/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).write(HELD_PAGE_START);
      held.push(response);
      return;
    }
    const made = path.startsWith('/generated/') ? generated[path.slice('/generated/'.length)] : undefined;
    if (made !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(made);
      return;
    }
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
    const base = mount ? MOUNTS[mount] : undefined;
    const file = base && mount ? normalize(join(base, path.slice(mount.length))) : null;
    if (!base || !file || !file.startsWith(base) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const scriptsOff = requested.searchParams.get('scripts') === 'off' ? SCRIPTS_OFF : {};
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...scriptsOff });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    release,
    close: () => {
      release();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that left 127.0.0.1, whoever made it. */
  foreignRequests: string[];
  /** Every request made by the extension's own pages and worker (its files excepted). */
  extensionRequests: string[];
  close(): Promise<void>;
}

/** `extensionDir`: another build of the extension (an A/B against another version); the test build by default. */
export async function launchExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'story-summarizer-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const foreignRequests: string[] = [];
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    if (!url.startsWith('http://127.0.0.1:')) foreignRequests.push(url);
    let origin = '';
    try {
      origin = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      // Requests of a service worker have no frame.
    }
    if (origin.startsWith('chrome-extension://')) extensionRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  markBrowserRan('e2e-ran', { chromium: CHROMIUM, extensionId });
  return {
    context,
    extensionId,
    worker,
    foreignRequests,
    extensionRequests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A popup script (see openStory) that makes the card's long waits short: its wait for the
 * page's read (8 s) and for the worker's answer (20 s) pass in 300 ms, since a test cannot sit
 * out the real ones. Shorter timers run as ever.
 */
export const FAST_LONG_WAITS = `(() => {
  const set = globalThis.setTimeout;
  globalThis.setTimeout = (work, ms, ...rest) => set(work, ms >= 5000 ? 300 : ms, ...rest);
})();`;

/**
 * Opens a page as a reader would, then the popup for that tab (Playwright can't click the
 * toolbar). `popupScript`: run in the popup before its own scripts (a stand-in for the browser).
 */
export async function openStory(session: ExtensionSession, url: string, popupScript?: string): Promise<{ page: Page; popup: Page }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session.worker, url);
  const popup = await session.context.newPage();
  if (popupScript !== undefined) await popup.addInitScript(popupScript);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup };
}

/**
 * Opens a story and its popup, digested and in front, ready to copy. An extension origin
 * can't be granted clipboard-read, so the story's origin is: its page reads the clipboard back.
 */
export async function openStoryToCopy(session: ExtensionSession, url: string): Promise<{ page: Page; popup: Page }> {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const opened = await openStory(session, url);
  await new PopupPage(opened.popup).waitForDigest();
  await opened.popup.bringToFront();
  return opened;
}

/** The slice of the worker's `chrome` global the tests call. */
interface ChromeTabsGlobal {
  chrome: { tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> } };
}

/** Asks the worker, or any page of the extension (a stopped worker's handle goes stale). */
export async function tabIdOf(asker: Worker | Page, url: string): Promise<number> {
  const lookUp = async (pageUrl: string): Promise<number | null> => {
    const { chrome } = globalThis as unknown as ChromeTabsGlobal;
    const tabs = await chrome.tabs.query({ url: pageUrl.replace(/#.*$/, '') });
    return tabs[0]?.id ?? null;
  };
  // Worker and Page evaluate alike, but their overloads do not unite into one callable type.
  const id = 'mainFrame' in asker ? await asker.evaluate(lookUp, url) : await asker.evaluate(lookUp, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

export interface BrowserSession {
  server: TestServer;
  session: ExtensionSession;
}

/** Starts the page server and the extension before a suite's tests and stops both after them. */
export function useBrowserSession(generated: GeneratedPages = {}): BrowserSession {
  const env = {} as BrowserSession;
  beforeAll(async () => {
    env.server = await startServer(generated);
    env.session = await launchExtension();
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

/** The slice of an extension page's `chrome` global that reads the session cache. */
interface SessionStorageGlobal {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
}

/**
 * Waits until the worker has stored the digest of tab `tabId` after a clear: it writes the
 * cache only after answering the popup, so a popup opened sooner would not find it. The
 * tab's own key, not any: a late write for another tab (a popup closed before its digest came)
 * must not pass for this one. Polled inside the page: waitForFunction does not await its
 * predicate, and the Promise an async one returns is truthy, so it passed at once.
 */
export function digestStored(tabId: number): (page: Page) => Promise<void> {
  return (page) =>
    page.evaluate(
      async ({ key, timeout }) => {
        const { session } = (globalThis as unknown as SessionStorageGlobal).chrome.storage;
        const deadline = performance.now() + timeout;
        while (!(key in (await session.get(null)))) {
          if (performance.now() > deadline) throw new Error(`${key} was not stored within ${timeout} ms`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      { key: `digest:${tabId}`, timeout: 10_000 },
    );
}

/** Stops the worker as Chrome does after 30 s idle: the next popup has to wake it. */
export async function stopWorker(cdp: CDPSession): Promise<void> {
  // Chromium does not always report the stop (a worker already stopping): a pause bounds the wait.
  const stopped = new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      cdp.off('ServiceWorker.workerVersionUpdated', listener);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    const listener = ({ versions }: { versions: Array<{ scriptURL: string; runningStatus: string }> }): void => {
      if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) done();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', listener);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}
