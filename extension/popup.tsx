// Popup glue: finds the tab, injects the extractor, runs the core, renders;
// re-renders when the options page changes a setting.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pageAccess } from '../src/page-access.ts';
import { App } from '../src/popup/App.tsx';
import { highlightCountFor } from '../src/popup/highlight-count-for.ts';
import { setTranslator } from '../src/popup/i18n.ts';
import type { PopupActions, PopupSettings, PopupState } from '../src/popup/popup-state.ts';
import { DEFAULT_PREFS } from '../src/popup/user-prefs.ts';
import '../src/popup/popup.css';
import type { ExtractResult } from '../src/protocol.ts';
import type { ExtractedArticle } from '../src/types.ts';
import { cacheDigest, readCachedDigest, type CachedDigest } from './digest-cache.ts';
import { extractFromTab, waitForTabComplete } from './extract-from-tab.ts';
import { loadPrefs, onPrefsChanged } from './prefs-store.ts';
import { showInPage } from './show-in-page.ts';

const PAGE_LOAD_WAIT_MS = 8000;
const root = document.getElementById('app') as HTMLElement;
document.documentElement.lang = browser.i18n.getUILanguage();
setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));

let settings: PopupSettings = { locale: navigator.language || 'en-US', now: new Date(), prefs: DEFAULT_PREFS };
let state: PopupState = { status: 'loading', note: 'loading' };
let tab: browser.Tabs.Tab | undefined;
/** The last extraction, so a new highlights setting rebuilds without touching the page again. */
let article: ExtractedArticle | null = null;
let digestText = '';

type Engines = typeof import('../src/digest/build-digest.ts');
let engines: Promise<Engines> | null = null;
/**
 * The language engines (compromise, chrono-node) are most of the popup's code. They load,
 * and warm their lazy tables, while the page is being read, so the skeleton shows at
 * once and a cached digest never waits for them.
 */
function loadEngines(): Promise<Engines> {
  engines ??= import('../src/digest/build-digest.ts').then((module) => {
    performance.mark('engines-loaded');
    module.warmUpEngines(settings.now);
    performance.mark('engines-warm');
    return module;
  });
  return engines;
}

const actions: PopupActions = {
  copy: (text) => navigator.clipboard.writeText(text),
  showInPage: (spans) => {
    const first = spans[0];
    if (tab?.id !== undefined && first) void showInPage(tab.id, digestText.slice(first.start, first.end)).catch(() => undefined);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};

function show(next: PopupState): void {
  state = next;
  if (next.status === 'ready') digestText = next.digest.text;
  if (next.status === 'message' && next.anyway) digestText = next.anyway.text;
  render(<App state={state} actions={actions} settings={settings} />, root);
}

async function findTab(): Promise<browser.Tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function stateFor(entry: CachedDigest): PopupState {
  return entry.readerable
    ? { status: 'ready', digest: entry.digest }
    : { status: 'message', message: 'notAStory', anyway: entry.digest };
}

function failureState(result: Extract<ExtractResult, { ok: false }>): PopupState {
  if (result.reason === 'too-large') return { status: 'message', message: 'tooLarge' };
  if (result.reason === 'no-article') return { status: 'message', message: 'noStoryFound' };
  return { status: 'message', message: 'failed', detail: result.message };
}

/** Digest of the extracted article with the current settings, shown and cached. */
async function digestAndShow(tabId: number, extracted: ExtractedArticle, url: string | undefined): Promise<void> {
  const highlights = settings.prefs.highlights;
  const { buildDigest } = await loadEngines();
  const digest = buildDigest(extracted, {
    now: settings.now,
    locale: settings.locale,
    highlights: highlightCountFor(highlights, extracted.text),
  });
  performance.mark('digest-built');
  const entry: CachedDigest = { url: extracted.url ?? url ?? '', highlights, digest, readerable: extracted.readerable };
  show(stateFor(entry));
  await cacheDigest(tabId, entry).catch(() => undefined);
}

async function run(): Promise<void> {
  tab = await findTab();
  if (tab?.id === undefined) return show({ status: 'message', message: 'noTab' });
  const access = pageAccess(tab.url);
  if (access === 'restricted') return show({ status: 'message', message: 'restrictedPage' });
  if (access === 'pdf') return show({ status: 'message', message: 'pdfPage' });

  const cached = await readCachedDigest(tab.id, tab.url, settings.prefs.highlights).catch(() => null);
  if (cached) return show(stateFor(cached));
  void loadEngines().catch(() => undefined);
  if (tab.status === 'loading') {
    show({ status: 'loading', note: 'waitingForPage' });
    await waitForTabComplete(tab.id, PAGE_LOAD_WAIT_MS);
  }
  const result = await extractFromTab(tab.id);
  performance.mark('page-extracted');
  if (!result.ok) return show(failureState(result));
  article = result.article;
  await digestAndShow(tab.id, article, tab.url);
}

function showError(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  const restricted = /cannot (?:access|be scripted)|extensions gallery|missing host permission/i.test(detail);
  show(restricted ? { status: 'message', message: 'restrictedPage' } : { status: 'message', message: 'failed', detail });
}

async function start(): Promise<void> {
  show(state);
  settings = { ...settings, prefs: await loadPrefs() };
  onPrefsChanged((prefs) => {
    // A run still loading reads the new prefs when it builds; a shown digest is rebuilt.
    const rebuild = prefs.highlights !== settings.prefs.highlights && state.status !== 'loading';
    settings = { ...settings, prefs };
    if (!rebuild) return show(state);
    const tabId = tab?.id;
    if (article && tabId !== undefined) void digestAndShow(tabId, article, tab?.url).catch(showError);
    else void run().catch(showError);
  });
  await run();
}

start().catch(showError);
