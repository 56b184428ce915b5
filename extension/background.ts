import browser from 'webextension-polyfill';
import { dropCachedDigest } from './digest-cache.ts';
import { openPopupFor } from './open-popup-for.ts';

/** The page context-menu entry; its click grants activeTab on that tab, like the toolbar button. */
const MENU_ID = 'summarize-story';

// A digest belongs to one URL of one tab: navigation (SPA pushState included)
// and closing the tab drop it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void dropCachedDigest(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void dropCachedDigest(tabId);
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
