// Options page glue: reads and writes the prefs in storage.sync; open popups follow the change.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { setTranslator, t } from '../src/popup/i18n.ts';
import { OptionsForm } from '../src/popup/OptionsForm.tsx';
import '../src/popup/popup.css';
import '../src/popup/options.css';
import type { UserPrefs } from '../src/popup/user-prefs.ts';
import { loadPrefs, onPrefsChanged, savePrefs } from './prefs-store.ts';

/** The command that opens the popup; its key is the reader's to change. */
const OPEN_POPUP_COMMAND = '_execute_action';

const root = document.getElementById('app') as HTMLElement;
document.documentElement.lang = browser.i18n.getUILanguage();
setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.title = t('optionsTitle');
const locale = navigator.language || 'en-US';

async function currentShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name === OPEN_POPUP_COMMAND)?.shortcut || null;
}

let prefs = await loadPrefs();
let saved = false;
const shortcut = await currentShortcut();

function show(): void {
  render(<OptionsForm prefs={prefs} onChange={change} shortcut={shortcut} saved={saved} locale={locale} />, root);
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

// Another device (storage.sync) or another open options page may change them too.
onPrefsChanged((next) => {
  prefs = next;
  show();
});
show();
