// The worker wakes only for the reader's own actions: the popup's request, the page
// menu, install. No tab listeners, so browsing never starts it.
import browser from 'webextension-polyfill';
import { isDigestArticleRequest, isPrepareRequest } from '../src/protocol.ts';
import { digestArticle, prepareEngines } from './digest-article.ts';
import { openPopupFor } from './open-popup-for.ts';

/** The page context-menu entry; its click grants activeTab on that tab, like the toolbar button. */
const MENU_ID = 'summarize-story';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only the extension's own pages may ask; a page's scripts cannot reach this listener,
  // and the script injected on click never sends.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isDigestArticleRequest(message)) return digestArticle(message);
  if (isPrepareRequest(message)) {
    prepareEngines(new Date(message.now));
    return Promise.resolve(true);
  }
  return undefined;
});

// Menus persist across restarts in Chrome but not in Firefox's event page: (re)create on every start.
function createMenu(): void {
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('contextMenuTitle'), contexts: ['page', 'selection'] }),
    () => undefined,
  );
}
browser.runtime.onInstalled.addListener(createMenu);
browser.runtime.onStartup.addListener(createMenu);

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void openPopupFor(tab);
});
