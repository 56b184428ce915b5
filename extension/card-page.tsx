// The card's glue, shared by the popup and the side panel: finds the tab, reads its page,
// shows the story part at once and the worker's digest when it comes, and the on-device
// gist beside them; re-renders when the options page changes a setting. The language
// engines live in the worker, so these pages stay small and their skeleton shows at once.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { buildStoryDigest } from '../src/digest/build-story-digest.ts';
import { selectionArticle } from '../src/digest/selection-article.ts';
import { errorMessage } from '../src/error-message.ts';
import { NO_GIST, type GistState } from '../src/gist/gist-state.ts';
import { pageAccess } from '../src/page-access.ts';
import { App } from '../src/popup/App.tsx';
import { setTranslator, t } from '../src/popup/i18n.ts';
import { isFullDigest, type PopupActions, type PopupSettings, type PopupState, type WorkerTrouble } from '../src/popup/popup-state.ts';
import { nextSpanIndex, pagePassage } from '../src/popup/page-passage.ts';
import { DEFAULT_PREFS, type HighlightSetting, type UserPrefs } from '../src/popup/user-prefs.ts';
import type { DigestArticleRequest, PrepareRequest } from '../src/protocol.ts';
import type { Digest, ExtractedArticle, StoryDigest } from '../src/types.ts';
import { askWorker, WORKER_LATE } from './ask-worker.ts';
import { browserLocale } from './browser-locale.ts';
import { cachedFor, readStoredDigest } from './digest-cache.ts';
import { extractFromTab, type PageRead } from './extract-from-tab.ts';
import { leaveRequest } from './left-request.ts';
import { loadPrefs, onPrefsChanged } from './prefs-store.ts';
import { takeSelection } from './selection-request.ts';
import { showInPage } from './show-in-page.ts';
import { summarizerProvider } from './summarizer-provider.ts';
import { whenLate } from './when-late.ts';

export interface CardPage {
  /**
   * Summarizes a tab: the one named, else this window's active tab. With `selection`, a
   * selection the page menu left for that tab is summarized instead of its page.
   */
  run(requested: number | null, options?: { selection?: boolean }): Promise<void>;
  show(next: PopupState): void;
  showError(error: unknown): void;
  /** Shows the tab's stored digest if it still answers for the tab's page; true if it did. */
  showStored(tab: browser.Tabs.Tab): Promise<boolean>;
  readonly state: PopupState;
  readonly tab: browser.Tabs.Tab | undefined;
  readonly prefs: UserPrefs;
}

/**
 * How long the page may take to be read before the card says it is not answering. The read
 * runs on the page's own thread: a page whose scripts hold it (seen: a page busy for 25 s
 * kept "Reading the story…" for all 25) is read only once they let go. The corpus's largest
 * page is read in well under a second here. A page still loading has its own note.
 */
const PAGE_WAIT_MS = 8_000;

/** What the card is made from: the tab's page (read again on a new setting) or a selection of it. */
type Source = { kind: 'page' } | { kind: 'selection'; article: ExtractedArticle };

/**
 * Starts the card in `root`. `extra` holds the page's own actions (the popup opens the side
 * panel; the panel offers to summarize the tab the reader moved to).
 */
export function startCardPage(root: HTMLElement, extra: Pick<PopupActions, 'openSidePanel' | 'summarizeTab'> = {}): CardPage {
  document.documentElement.lang = browser.i18n.getUILanguage();
  setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));

  let settings: PopupSettings = { locale: browserLocale(), now: new Date(), prefs: DEFAULT_PREFS };
  let state: PopupState = { status: 'loading', note: 'loading' };
  let tab: browser.Tabs.Tab | undefined;
  let source: Source = { kind: 'page' };
  let digestText = '';
  /** The list clicked last and the span shown: clicking an actor again shows its next mention. */
  let shown: { key: number; index: number } | null = null;
  let gist: GistState = NO_GIST;
  /** The story the gist is being written for, and how to stop it. */
  let gistRun: { text: string; stop: AbortController } | null = null;
  const provider = summarizerProvider();

  const actions: PopupActions = {
    copy: (text) => navigator.clipboard.writeText(text),
    showInPage: (spans) => {
      shown = nextSpanIndex(shown, spans);
      const span = spans[shown.index];
      if (tab?.id !== undefined && span) void showInPage(tab.id, pagePassage(digestText, span)).catch(() => undefined);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    ...extra,
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
    render(<App state={state} actions={actions} settings={settings} gist={gist} />, root);
  }

  /** Stops any gist under way and clears it, unless it is this story's: the card is about another story now. */
  function dropGist(keepFor: string | null = null): void {
    if (keepFor !== null && gistRun?.text === keepFor) return;
    gistRun?.stop.abort();
    gistRun = null;
    gist = NO_GIST;
  }

  /**
   * Writes the story's gist on the device, if the reader wants one and the browser's model is
   * there. Called once the worker's digest is shown, since the worker works out the story's
   * language (a page's lang can be wrong): the highlights never wait for it. The same story
   * keeps the gist it has.
   */
  function startGist(story: Digest): void {
    if (!provider || settings.prefs.gist === 'off') return dropGist();
    if (gistRun?.text === story.text) return;
    dropGist();
    const run = { text: story.text, stop: new AbortController() };
    gistRun = run;
    // After the next frame: the highlights are painted before any of the gist's work, which
    // is loaded only here (a browser without the Summarizer API, Firefox or older Chrome, never loads it).
    afterNextFrame(() =>
      import('../src/gist/write-gist.ts').then(({ writeGist }) =>
        gistRun !== run
          ? undefined
          : writeGist(
              provider,
              story,
              (next) => {
                if (gistRun !== run) return;
                gist = next;
                show(state);
              },
              run.stop.signal,
            ),
      ),
    );
  }

  /** Shows a story (or its worker digest) with the gist that belongs to it, then starts that gist. */
  function showStory(digest: Digest | StoryDigest, readerable: boolean): void {
    dropGist(readerable ? digest.text : null);
    show(stateFor(digest, readerable));
    if (readerable && isFullDigest(digest)) startGist(digest);
  }

  function stateFor(digest: Digest | StoryDigest, readerable: boolean, enginesFailed?: WorkerTrouble): PopupState {
    const failed = enginesFailed === undefined ? {} : { enginesFailed };
    if (source.kind === 'selection') return { status: 'ready', digest, selection: true, ...failed };
    return readerable ? { status: 'ready', digest, ...failed } : { status: 'message', message: 'notAStory', anyway: digest, ...failed };
  }

  function failureState(read: Extract<PageRead, { ok: false }>): PopupState {
    if (read.reason === 'restricted') return { status: 'message', message: 'restrictedPage' };
    if (read.reason === 'no-access') return { status: 'message', message: 'noAccess', offerTab: true };
    if (read.reason === 'too-large') return { status: 'message', message: 'tooLarge' };
    if (read.reason === 'no-article') return { status: 'message', message: 'noStoryFound' };
    return { status: 'message', message: 'failed', detail: read.message };
  }

  /** Bumped by every page read: a read overtaken by a newer one (a setting, another tab) shows nothing. */
  let reads = 0;

  /**
   * Reads the page and shows its story part (headline, timestamps, highlights) at once: it
   * needs no language engine, so it never waits for a worker that was asleep. The worker's
   * digest, with actors, timeline and quotes, replaces it when it comes. `reading` is a read
   * already under way, if any.
   */
  async function digestPage(tabId: number, highlights: HighlightSetting, reading: Promise<PageRead>): Promise<void> {
    const read = ++reads;
    const page = await whenLate(reading, PAGE_WAIT_MS, () => {
      if (read === reads && state.status === 'loading' && state.note === 'loading') show({ status: 'loading', note: 'pageNotAnswering' });
    });
    performance.mark('page-read');
    if (read !== reads) return;
    if (!page.ok) {
      dropGist();
      return show(failureState(page));
    }
    const { article } = page;
    const story = buildStoryDigest(article, { now: settings.now, highlights });
    const readerable = article.readerable || source.kind === 'selection';
    showStory(story, readerable);
    performance.mark('story-shown');
    const request: DigestArticleRequest = {
      type: 'digest-article',
      tabId,
      article,
      highlights,
      locale: settings.locale,
      now: settings.now.toISOString(),
      cache: source.kind === 'page',
    };
    // The tab's page is also left in storage for the worker: a popup closed before a waking
    // worker listens loses its message, never its digest (left-request.ts).
    if (request.cache) void leaveRequest(request).catch(() => undefined);
    // The page was read and its story part is shown: a worker that fails takes only its own
    // part away, and so does one that hangs, until its answer comes.
    const reply = await askWorker(request, () => {
      if (read === reads) show(stateFor(story, readerable, WORKER_LATE));
    });
    performance.mark('digest-received');
    if (read !== reads) return;
    if (!reply.ok) return show(stateFor(story, readerable, { kind: 'failed', detail: reply.message }));
    showStory(reply.entry.digest, reply.entry.readerable || source.kind === 'selection');
  }

  /** The page read again, or the selection as it was: what a new highlights setting is applied to. */
  function readSource(tabId: number): Promise<PageRead> {
    return source.kind === 'selection' ? Promise.resolve({ ok: true, article: source.article }) : extractFromTab(tabId);
  }

  async function findTab(requested: number | null): Promise<browser.Tabs.Tab | undefined> {
    if (requested !== null) return browser.tabs.get(requested);
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  }

  async function showStored(forTab: browser.Tabs.Tab): Promise<boolean> {
    if (forTab.id === undefined || forTab.url === undefined) return false;
    const cached = cachedFor(await readStoredDigest(forTab.id).catch(() => null), forTab.url, settings.prefs.highlights);
    if (!cached) return false;
    ++reads;
    tab = forTab;
    source = { kind: 'page' };
    showStory(cached.digest, cached.readerable);
    return true;
  }

  async function run(requested: number | null, options: { selection?: boolean } = {}): Promise<void> {
    const read = ++reads;
    // The side panel lives on: "3 days ago" is counted from each request, not from its opening.
    settings = { ...settings, now: new Date() };
    // The cache is read alongside the tab and the options, not after them.
    const storedEarly = requested === null ? null : readStoredDigest(requested).catch(() => null);
    const prefsLoaded = loadPrefs();
    // The page is read while the tab, the options and the cache are looked up: waiting for
    // them first cost the highlights 15-20 ms. A cache hit (or a selection) drops the read; a
    // restricted page only makes it fail.
    const readEarly = requested === null ? null : extractFromTab(requested);
    const found = await findTab(requested);
    if (read !== reads) return;
    tab = found;
    source = { kind: 'page' };
    if (tab?.id === undefined) {
      dropGist();
      return show({ status: 'message', message: 'noTab' });
    }
    const selected = options.selection ? takeSelection(tab.id).catch(() => null) : null;
    const access = pageAccess(tab.url);
    const reading = access === 'ok' ? (readEarly ?? extractFromTab(tab.id)) : null;
    settings = { ...settings, prefs: await prefsLoaded };
    const selection = await selected;
    if (read !== reads) return;
    if (selection) {
      source = { kind: 'selection', article: selectionArticle(selection, { title: tab.title ?? null, url: tab.url ?? null }) };
      return digestPage(tab.id, settings.prefs.highlights, readSource(tab.id));
    }
    if (access !== 'ok') {
      dropGist();
      return show({ status: 'message', message: access === 'pdf' ? 'pdfPage' : 'restrictedPage' });
    }
    const stored = await (storedEarly ?? readStoredDigest(tab.id).catch(() => null));
    if (read !== reads) return;
    const cached = cachedFor(stored, tab.url, settings.prefs.highlights);
    if (cached) return showStory(cached.digest, cached.readerable);
    // A worker that was asleep starts its engines while this page reads the story.
    const prepare: PrepareRequest = { type: 'prepare', now: settings.now.toISOString() };
    browser.runtime.sendMessage(prepare).catch(() => undefined);
    if (tab.status === 'loading') show({ status: 'loading', note: 'waitingForPage' });
    else if (state.status !== 'loading') show({ status: 'loading', note: 'loading' });
    await digestPage(tab.id, settings.prefs.highlights, reading ?? extractFromTab(tab.id));
  }

  function showError(error: unknown): void {
    show({ status: 'message', message: 'failed', detail: errorMessage(error) });
  }

  onPrefsChanged((prefs) => {
    // A shown digest is rebuilt from a fresh read of the page; a run still loading reads
    // the page once, with the count it started with. A panel offering another tab ("Summarize
    // this tab") shows no digest of its own tab: the offer stays, and reads with the new count.
    const offersTab = state.status === 'message' && state.offerTab === true;
    const rebuild = prefs.highlights !== settings.prefs.highlights && state.status !== 'loading' && !offersTab;
    const gistChanged = prefs.gist !== settings.prefs.gist;
    settings = { ...settings, prefs };
    if (gistChanged && prefs.gist === 'off') dropGist();
    if (gistChanged && prefs.gist !== 'off' && state.status === 'ready' && isFullDigest(state.digest)) startGist(state.digest);
    if (!rebuild) return show(state);
    if (tab?.id !== undefined) void digestPage(tab.id, prefs.highlights, readSource(tab.id)).catch(showError);
    else void run(null).catch(showError);
  });

  // The skeleton is already painted (written into the page at build time); it is rendered
  // again only when the reader's language words its note differently. After the caller's
  // first run() has started reading the page: that read must not wait for a render.
  queueMicrotask(() => {
    if (prerendered && root.querySelector('[data-testid="loading"]')?.textContent !== t('loading')) show(state);
  });

  return {
    run,
    show,
    showError,
    showStored,
    get state() {
      return state;
    },
    get tab() {
      return tab;
    },
    get prefs() {
      return settings.prefs;
    },
  };
}

/** The tab named in the page's address (`?tab=ID`: a popup window from the page menu, tests), if any. */
export function requestedTabId(): number | null {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(requested) && requested > 0 ? requested : null;
}

/** How long a page that draws no frame (hidden) waits before the gist starts anyway. */
const HIDDEN_PAGE_WAIT_MS = 100;

/** Runs `work` once the next frame is drawn, or after a short wait in a page that draws none. */
function afterNextFrame(work: () => unknown): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    void work();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, HIDDEN_PAGE_WAIT_MS);
}
