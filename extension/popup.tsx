// Popup glue: finds the tab, injects the extractor, runs the core, renders.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { buildDigest } from '../src/digest/build-digest.ts';
import { pageAccess } from '../src/page-access.ts';
import { App } from '../src/popup/App.tsx';
import { setTranslator } from '../src/popup/i18n.ts';
import type { PopupActions, PopupSettings, PopupState } from '../src/popup/popup-state.ts';
import '../src/popup/popup.css';
import type { ExtractResult } from '../src/protocol.ts';
import { cacheDigest, readCachedDigest, type CachedDigest } from './digest-cache.ts';
import { extractFromTab, waitForTabComplete } from './extract-from-tab.ts';
import { showInPage } from './show-in-page.ts';

const PAGE_LOAD_WAIT_MS = 8000;
const root = document.getElementById('app') as HTMLElement;
const settings: PopupSettings = { locale: navigator.language || 'en-US', now: new Date() };
setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));

let tabId: number | null = null;
let digestText = '';
const actions: PopupActions = {
  copy: (text) => navigator.clipboard.writeText(text),
  showInPage: (spans) => {
    const first = spans[0];
    if (tabId !== null && first) void showInPage(tabId, digestText.slice(first.start, first.end)).catch(() => undefined);
  },
};

function show(state: PopupState): void {
  if (state.status === 'ready') digestText = state.digest.text;
  if (state.status === 'message' && state.anyway) digestText = state.anyway.text;
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

async function run(): Promise<void> {
  show({ status: 'loading', note: 'loading' });
  const tab = await findTab();
  if (tab?.id === undefined) return show({ status: 'message', message: 'noTab' });
  tabId = tab.id;
  const access = pageAccess(tab.url);
  if (access === 'restricted') return show({ status: 'message', message: 'restrictedPage' });
  if (access === 'pdf') return show({ status: 'message', message: 'pdfPage' });

  const cached = await readCachedDigest(tab.id, tab.url).catch(() => null);
  if (cached) return show(stateFor(cached));
  if (tab.status === 'loading') {
    show({ status: 'loading', note: 'waitingForPage' });
    await waitForTabComplete(tab.id, PAGE_LOAD_WAIT_MS);
  }
  const result = await extractFromTab(tab.id);
  if (!result.ok) return show(failureState(result));
  const { article } = result;
  const digest = buildDigest(article, { now: settings.now, locale: settings.locale });
  const entry: CachedDigest = { url: article.url ?? tab.url ?? '', digest, readerable: article.readerable };
  show(stateFor(entry));
  await cacheDigest(tab.id, entry).catch(() => undefined);
}

run().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  const restricted = /cannot (?:access|be scripted)|extensions gallery|missing host permission/i.test(detail);
  show(restricted ? { status: 'message', message: 'restrictedPage' } : { status: 'message', message: 'failed', detail });
});
