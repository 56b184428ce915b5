// Popup glue: finds the tab, reads its page, shows the story part at once and the worker's
// digest when it comes; re-renders when the options page changes a setting. The language
// engines live in the worker, so this page stays small and its skeleton shows at once.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { buildStoryDigest } from '../src/digest/build-story-digest.ts';
import { errorMessage } from '../src/error-message.ts';
import { pageAccess } from '../src/page-access.ts';
import { App } from '../src/popup/App.tsx';
import { setTranslator, t } from '../src/popup/i18n.ts';
import type { PopupActions, PopupSettings, PopupState } from '../src/popup/popup-state.ts';
import { nextSpanIndex, pagePassage } from '../src/popup/page-passage.ts';
import { DEFAULT_PREFS, type HighlightSetting } from '../src/popup/user-prefs.ts';
import '../src/popup/popup.css';
import type { DigestArticleReply, DigestArticleRequest, PrepareRequest } from '../src/protocol.ts';
import type { Digest, StoryDigest } from '../src/types.ts';
import { cachedFor, readStoredDigest } from './digest-cache.ts';
import { extractFromTab, type PageRead } from './extract-from-tab.ts';
import { loadPrefs, onPrefsChanged } from './prefs-store.ts';
import { showInPage } from './show-in-page.ts';

performance.mark('popup-script');
const root = document.getElementById('app') as HTMLElement;
document.documentElement.lang = browser.i18n.getUILanguage();
setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));

let settings: PopupSettings = { locale: navigator.language || 'en-US', now: new Date(), prefs: DEFAULT_PREFS };
let state: PopupState = { status: 'loading', note: 'loading' };
let tab: browser.Tabs.Tab | undefined;
let digestText = '';
/** The list clicked last and the span shown: clicking an actor again shows its next mention. */
let shown: { key: number; index: number } | null = null;

const actions: PopupActions = {
  copy: (text) => navigator.clipboard.writeText(text),
  showInPage: (spans) => {
    shown = nextSpanIndex(shown, spans);
    const span = spans[shown.index];
    if (tab?.id !== undefined && span) void showInPage(tab.id, pagePassage(digestText, span)).catch(() => undefined);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};

/** True until the first render: the skeleton in the page is the build's markup, not Preact's. */
let prerendered = true;

function show(next: PopupState): void {
  state = next;
  if (next.status === 'ready') digestText = next.digest.text;
  if (next.status === 'message' && next.anyway) digestText = next.anyway.text;
  // Preact keeps markup it did not render when the new tree does not match it: a message
  // would sit above a stale skeleton. The first render starts from an empty root.
  if (prerendered) root.replaceChildren();
  prerendered = false;
  render(<App state={state} actions={actions} settings={settings} />, root);
}

/** The tab named in the address (a popup window opened from the page menu, tests), if any. */
function requestedTabId(): number | null {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(requested) && requested > 0 ? requested : null;
}

async function findTab(requested: number | null): Promise<browser.Tabs.Tab | undefined> {
  if (requested !== null) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function stateFor(digest: Digest | StoryDigest, readerable: boolean): PopupState {
  return readerable ? { status: 'ready', digest } : { status: 'message', message: 'notAStory', anyway: digest };
}

function failureState(read: Extract<PageRead, { ok: false }>): PopupState {
  if (read.reason === 'restricted') return { status: 'message', message: 'restrictedPage' };
  if (read.reason === 'too-large') return { status: 'message', message: 'tooLarge' };
  if (read.reason === 'no-article') return { status: 'message', message: 'noStoryFound' };
  return { status: 'message', message: 'failed', detail: read.message };
}

/** Bumped by every page read: a read overtaken by a newer one (a settings change) shows nothing. */
let reads = 0;

/**
 * Reads the page and shows its story part (headline, timestamps, highlights) at once: it
 * needs no language engine, so it never waits for a worker that was asleep. The worker's
 * digest, with actors, timeline and quotes, replaces it when it comes. `reading` is a read
 * already under way, if any.
 */
async function digestPage(tabId: number, highlights: HighlightSetting, reading = extractFromTab(tabId)): Promise<void> {
  const read = ++reads;
  const page = await reading;
  performance.mark('page-read');
  if (read !== reads) return;
  if (!page.ok) return show(failureState(page));
  const { article } = page;
  show(stateFor(buildStoryDigest(article, { now: settings.now, highlights }), article.readerable));
  performance.mark('story-shown');
  const request: DigestArticleRequest = { type: 'digest-article', tabId, article, highlights, locale: settings.locale, now: settings.now.toISOString() };
  const reply = (await browser.runtime.sendMessage(request)) as DigestArticleReply | undefined;
  performance.mark('digest-received');
  if (read !== reads) return;
  if (!reply) return show({ status: 'message', message: 'failed', detail: 'no answer from the extension' });
  show(reply.ok ? stateFor(reply.entry.digest, reply.entry.readerable) : { status: 'message', message: 'failed', detail: reply.message });
}

async function run(): Promise<void> {
  const requested = requestedTabId();
  // The cache is read alongside the tab and the options, not after them.
  const storedEarly = requested === null ? null : readStoredDigest(requested).catch(() => null);
  const prefsLoaded = loadPrefs();
  // The page is read while the tab, the options and the cache are looked up: waiting for
  // them first cost the highlights 15-20 ms. A cache hit drops the read; a restricted page
  // only makes it fail.
  const readEarly = requested === null ? null : extractFromTab(requested);
  tab = await findTab(requested);
  if (tab?.id === undefined) return show({ status: 'message', message: 'noTab' });
  const access = pageAccess(tab.url);
  if (access === 'restricted') return show({ status: 'message', message: 'restrictedPage' });
  if (access === 'pdf') return show({ status: 'message', message: 'pdfPage' });
  const reading = readEarly ?? extractFromTab(tab.id);
  settings = { ...settings, prefs: await prefsLoaded };
  const stored = await (storedEarly ?? readStoredDigest(tab.id).catch(() => null));
  const cached = cachedFor(stored, tab.url, settings.prefs.highlights);
  if (cached) return show(stateFor(cached.digest, cached.readerable));
  // A worker that was asleep starts its engines while this page reads the story.
  const prepare: PrepareRequest = { type: 'prepare', now: settings.now.toISOString() };
  browser.runtime.sendMessage(prepare).catch(() => undefined);
  if (tab.status === 'loading') show({ status: 'loading', note: 'waitingForPage' });
  await digestPage(tab.id, settings.prefs.highlights, reading);
}

function showError(error: unknown): void {
  show({ status: 'message', message: 'failed', detail: errorMessage(error) });
}

// The skeleton is already painted (written into popup.html at build time); it is
// rendered here only when the reader's language words its note differently.
const started = run();
if (root.querySelector('[data-testid="loading"]')?.textContent !== t('loading')) show(state);
onPrefsChanged((prefs) => {
  // A shown digest is rebuilt from a fresh read of the page; a run still loading reads
  // the page once, with the count it started with.
  const rebuild = prefs.highlights !== settings.prefs.highlights && state.status !== 'loading';
  settings = { ...settings, prefs };
  if (!rebuild) return show(state);
  if (tab?.id !== undefined) void digestPage(tab.id, prefs.highlights).catch(showError);
  else void run().catch(showError);
});
started.catch(showError);
