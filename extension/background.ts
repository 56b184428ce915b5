// The worker wakes only for the reader's own actions: the popup's request, the page
// menu, the side panel's shortcut, install, the extension's own storage writes. No tab
// listeners, so browsing never starts it.
import browser from 'webextension-polyfill';
import { isDigestArticleRequest, isPrepareRequest } from '../src/protocol.ts';
import { digestArticle, digestLeftRequest, prepareEngines } from './digest-article.ts';
import { dropLeftRequest, leftRequest } from './left-request.ts';
import { openPopupFor } from './open-popup-for.ts';
import { storeSelection } from './selection-request.ts';
import { openSidePanel } from './side-panel.ts';

/** The context-menu entries; a click on one grants activeTab on that tab, like the toolbar button. */
const MENU = {
  story: 'summarize-story',
  selection: 'summarize-selection',
  panel: 'open-side-panel',
} as const;
/** The shortcut of the side panel (manifest `commands`). */
const PANEL_COMMAND = 'open-side-panel';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only the extension's own pages may ask; a page's scripts cannot reach this listener,
  // and the script injected on click never sends.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isDigestArticleRequest(message)) return digestArticle(message);
  if (isPrepareRequest(message)) return Promise.resolve(prepareEngines(new Date(message.now)));
  return undefined;
});

// The copy of a digest request the popup left as it sent it: the request itself is lost when
// the popup closes before a waking worker listens (left-request.ts). Only the extension's own
// pages can write storage.session.
browser.storage.onChanged.addListener((changes, area) => {
  const request = area === 'session' ? leftRequest(changes) : null;
  if (request) {
    void digestLeftRequest(request)
      .then(dropLeftRequest)
      .catch(() => undefined);
  }
});

// Menus persist across restarts in Chrome but not in Firefox's event page: (re)create on every start.
function createMenu(): void {
  const create = (id: string, title: string, contexts: browser.Menus.ContextType[]): void => {
    browser.contextMenus.create({ id, title: browser.i18n.getMessage(title), contexts });
  };
  browser.contextMenus.removeAll().then(
    () => {
      create(MENU.story, 'contextMenuTitle', ['page', 'selection']);
      create(MENU.selection, 'contextMenuSelection', ['selection']);
      create(MENU.panel, 'openSidePanel', ['page', 'action']);
    },
    () => undefined,
  );
}
browser.runtime.onInstalled.addListener(createMenu);
browser.runtime.onStartup.addListener(createMenu);

// Each opener is called straight from the click: Firefox wants the gesture for popups and the sidebar.
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU.story) void openPopupFor(tab);
  if (info.menuItemId === MENU.panel) void openSidePanel(tab);
  if (info.menuItemId === MENU.selection && info.selectionText) {
    // The popup takes the selection from storage.session: this write is queued before it opens.
    void storeSelection(tab.id, info.selectionText).catch(() => undefined);
    void openPopupFor(tab);
  }
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === PANEL_COMMAND && tab?.id !== undefined) void openSidePanel(tab);
});
