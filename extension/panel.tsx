// Side panel glue (Chrome's sidePanel, Firefox's sidebar): the popup's card in a panel that
// stays open. It reads a tab only when the reader asks (activeTab): after a tab switch or a
// navigation it says so and offers to summarize the tab. With "Follow the active tab" (an
// optional host permission the reader granted) it summarizes each tab as the reader moves.
import browser from 'webextension-polyfill';
import type { MessageKey } from '../src/popup/i18n.ts';
import '../src/popup/popup.css';
import '../src/popup/panel.css';
import { isShowTabRequest } from '../src/protocol.ts';
import { requestedTabId, startCardPage } from './card-page.tsx';

/** After an in-page navigation (pushState) a single-page app may still be drawing the new story. */
const SPA_SETTLE_MS = 300;

performance.mark('popup-script');
const root = document.getElementById('app') as HTMLElement;
/** The tab the reader moved to: what "Summarize this tab" reads. */
let offered: number | null = null;

const card = startCardPage(root, {
  summarizeTab: () => {
    const tabId = offered ?? card.tab?.id;
    if (tabId !== undefined) card.run(tabId).catch(card.showError);
  },
});
card.run(requestedTabId()).catch(card.showError);

let following: ReturnType<typeof setTimeout> | undefined;

/**
 * The reader moved to another tab, or the tab to another page. Following, the panel reads it;
 * else it shows a digest already made for what the tab shows now, or offers to read it.
 */
function moved(tabId: number, message: MessageKey, settleMs = 0): void {
  offered = tabId;
  clearTimeout(following);
  if (card.prefs.followTab) {
    following = setTimeout(() => card.run(tabId).catch(card.showError), settleMs);
    return;
  }
  browser.tabs.get(tabId).then(
    async (tab) => {
      if (offered === tabId && !(await card.showStored(tab))) card.show({ status: 'message', message, offerTab: true });
    },
    () => undefined,
  );
}

/**
 * Listens for the reader's moves in this panel's window. (Not top-level await: the module
 * would then be split, and the panel load two files where the popup loads one.)
 */
async function listen(): Promise<void> {
  // A panel opened in a tab of its own (panel.html?tab=… in tests) never summarizes itself.
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const { id: windowId } = await browser.windows.getCurrent();

  browser.tabs.onActivated.addListener(({ tabId, windowId: activatedIn }) => {
    if (activatedIn === windowId && tabId !== own?.id) moved(tabId, 'tabSwitched');
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    const shown = card.tab;
    if (tabId !== shown?.id) return;
    // The address is told only where the extension may read the tab; a load starting always is.
    const navigated = change.url !== undefined ? change.url !== shown.url : change.status === 'loading';
    // Not following, a card still loading is waiting for this very page.
    if (!navigated || (!card.prefs.followTab && card.state.status === 'loading')) return;
    moved(tabId, 'tabNavigated', change.status === undefined ? SPA_SETTLE_MS : 0);
  });

  // The panel's shortcut or the page menu's entry on a tab (the worker opens the panel): show it.
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isShowTabRequest(message) || message.windowId !== windowId) return undefined;
    offered = message.tabId;
    card.run(message.tabId).catch(card.showError);
    return undefined;
  });
}
listen().catch(card.showError);
