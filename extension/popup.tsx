// Popup glue: finds the tab, asks the worker for its digest, renders; re-renders when
// the options page changes a setting. The language engines live in the worker, so this
// page stays small and its skeleton shows at once.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pageAccess } from '../src/page-access.ts';
import { App } from '../src/popup/App.tsx';
import { setTranslator, t } from '../src/popup/i18n.ts';
import type { PopupActions, PopupSettings, PopupState } from '../src/popup/popup-state.ts';
import { nextSpanIndex, pagePassage } from '../src/popup/page-passage.ts';
import { DEFAULT_PREFS, type HighlightSetting } from '../src/popup/user-prefs.ts';
import '../src/popup/popup.css';
import type { DigestTabReply, DigestTabRequest, TabDigest } from '../src/protocol.ts';
import { cachedFor, readStoredDigest } from './digest-cache.ts';
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

function stateFor(entry: TabDigest): PopupState {
  return entry.readerable
    ? { status: 'ready', digest: entry.digest }
    : { status: 'message', message: 'notAStory', anyway: entry.digest };
}

function replyState(reply: DigestTabReply): PopupState {
  if (reply.ok) return stateFor(reply.entry);
  if (reply.reason === 'restricted') return { status: 'message', message: 'restrictedPage' };
  if (reply.reason === 'too-large') return { status: 'message', message: 'tooLarge' };
  if (reply.reason === 'no-article') return { status: 'message', message: 'noStoryFound' };
  return { status: 'message', message: 'failed', detail: reply.message };
}

/** The worker reads the page and builds the digest; without a highlights setting it reads the options itself. */
async function requestDigest(tabId: number, highlights?: HighlightSetting): Promise<PopupState> {
  const request: DigestTabRequest = { type: 'digest-tab', tabId, highlights, locale: settings.locale, now: settings.now.toISOString() };
  const reply = (await browser.runtime.sendMessage(request)) as DigestTabReply | undefined;
  performance.mark('digest-received');
  return reply ? replyState(reply) : { status: 'message', message: 'failed', detail: 'no answer from the extension' };
}

async function run(): Promise<void> {
  // Reading the page takes longest, so the worker is asked first, before the tab, the
  // options or the skeleton; an answer the checks below make moot is dropped.
  const requested = requestedTabId();
  const early = requested === null ? null : requestDigest(requested);
  early?.catch(() => undefined);
  // The cache is read alongside the tab and the options, not after them.
  const storedEarly = requested === null ? null : readStoredDigest(requested).catch(() => null);
  const prefsLoaded = loadPrefs();
  tab = await findTab(requested);
  if (tab?.id === undefined) return show({ status: 'message', message: 'noTab' });
  const access = pageAccess(tab.url);
  if (access === 'restricted') return show({ status: 'message', message: 'restrictedPage' });
  if (access === 'pdf') return show({ status: 'message', message: 'pdfPage' });
  settings = { ...settings, prefs: await prefsLoaded };

  // The worker checks the cache too; reading it here as well means a reopened popup
  // never waits for a worker that was asleep.
  const fromWorker = early ?? requestDigest(tab.id);
  fromWorker.catch(() => undefined);
  const stored = await (storedEarly ?? readStoredDigest(tab.id).catch(() => null));
  const cached = cachedFor(stored, tab.url, settings.prefs.highlights);
  if (cached) return show(stateFor(cached));
  if (tab.status === 'loading') show({ status: 'loading', note: 'waitingForPage' });
  show(await fromWorker);
}

function showError(error: unknown): void {
  show({ status: 'message', message: 'failed', detail: error instanceof Error ? error.message : String(error) });
}

// The worker is asked first. The skeleton is already painted (written into popup.html at
// build time); it is rendered here only when the reader's language words its note differently.
const started = run();
if (root.querySelector('[data-testid="loading"]')?.textContent !== t('loading')) show(state);
onPrefsChanged((prefs) => {
  // A shown digest is rebuilt by the worker; a run still loading has asked already and
  // answers with the count it asked for.
  const rebuild = prefs.highlights !== settings.prefs.highlights && state.status !== 'loading';
  settings = { ...settings, prefs };
  if (!rebuild) return show(state);
  if (tab?.id !== undefined) void requestDigest(tab.id, prefs.highlights).then(show, showError);
  else void run().catch(showError);
});
started.catch(showError);
