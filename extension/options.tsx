// Options page glue: reads and writes the prefs in storage.sync (open popups and panels follow
// the change), asks the browser for the side panel's optional permission, and reports and
// downloads the browser's on-device model, only on the reader's click.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { errorMessage } from '../src/error-message.ts';
import { gistLanguage } from '../src/gist/gist-provider.ts';
import { CardFailed } from '../src/popup/CardFailed.tsx';
import { ErrorBoundary } from '../src/popup/ErrorBoundary.tsx';
import { setTranslator, t } from '../src/popup/i18n.ts';
import type { ModelState } from '../src/popup/ModelStatus.tsx';
import { OptionsForm, type Shortcuts } from '../src/popup/OptionsForm.tsx';
import '../src/popup/popup.css';
import '../src/popup/options.css';
import type { UserPrefs } from '../src/popup/user-prefs.ts';
import { browserLocale } from './browser-locale.ts';
import { hasFollowPermission, releaseFollowPermission, requestFollowPermission } from './follow-tab.ts';
import { loadPrefs, onPrefsChanged, savePrefs } from './prefs-store.ts';
import { summarizerProvider } from './summarizer-provider.ts';

/** The commands whose keys the page shows; the keys are the reader's to change. */
const COMMANDS: Record<keyof Shortcuts, string> = { popup: '_execute_action', panel: 'open-side-panel' };

const root = document.getElementById('app') as HTMLElement;
document.documentElement.lang = browser.i18n.getUILanguage();
setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.title = t('optionsTitle');
const locale = browserLocale();
/** The model is asked about in the reader's language: the one most of their stories are in. */
const modelLanguage = gistLanguage(browser.i18n.getUILanguage()) ?? 'en';
const provider = summarizerProvider();

async function currentShortcuts(): Promise<Shortcuts> {
  const commands = await browser.commands.getAll().catch(() => []);
  const keyOf = (name: string): string | null => commands.find((command) => command.name === name)?.shortcut || null;
  return { popup: keyOf(COMMANDS.popup), panel: keyOf(COMMANDS.panel) };
}

let prefs = await loadPrefs();
// A choice synced from another device holds only where this browser granted the permission.
prefs = { ...prefs, followTab: prefs.followTab && (await hasFollowPermission()) };
let saved = false;
let followDenied = false;
let model: ModelState = { availability: provider ? 'unavailable' : 'absent', progress: null, error: null };
const shortcuts = await currentShortcuts();

function show(): void {
  // A form that throws while rendering says so, with a way to try again: never a blank page.
  render(
    <ErrorBoundary fallback={(error, retry) => <CardFailed error={error} onRetry={retry} message="optionsFailed" />}>
      <OptionsForm
        prefs={prefs}
        onChange={change}
        shortcuts={shortcuts}
        saved={saved}
        locale={locale}
        model={model}
        onDownloadModel={downloadModel}
        onFollowTab={followTab}
        followDenied={followDenied}
      />
    </ErrorBoundary>,
    root,
  );
}

function change(next: UserPrefs): void {
  prefs = next;
  saved = false;
  show();
  void savePrefs(next).then(() => {
    saved = true;
    show();
  });
}

async function checkModel(): Promise<void> {
  if (!provider) return;
  model = { ...model, availability: await provider.availability(modelLanguage).catch(() => 'unavailable' as const) };
  show();
}

function downloadModel(): void {
  if (!provider) return;
  // Started in the click itself: the browser downloads its model only on a user gesture.
  const downloading = provider.download(modelLanguage, (fraction) => {
    model = { ...model, progress: fraction };
    show();
  });
  model = { ...model, progress: 0, error: null };
  change({ ...prefs, modelDownload: 'accepted' });
  downloading.then(
    () => {
      model = { ...model, progress: null };
      return checkModel();
    },
    (error: unknown) => {
      model = { ...model, progress: null, error: errorMessage(error) };
      show();
    },
  );
}

function followTab(follow: boolean): void {
  if (!follow) {
    followDenied = false;
    change({ ...prefs, followTab: false });
    void releaseFollowPermission();
    return;
  }
  // Asked in the click itself: the browser shows its prompt only for a user gesture.
  requestFollowPermission().then(
    (granted) => {
      followDenied = !granted;
      if (granted) change({ ...prefs, followTab: true });
      else show();
    },
    () => {
      followDenied = true;
      show();
    },
  );
}

// Another device (storage.sync) or another open options page may change them too.
onPrefsChanged((next) => {
  prefs = next;
  show();
});
show();
void checkModel();
