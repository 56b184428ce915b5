import browser from 'webextension-polyfill';
import type { ShowTabRequest } from '../src/protocol.ts';

/** Chrome's side panel (Chrome 116+); webextension-polyfill passes it through, but its types lack it. */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

/**
 * Opens the side panel in the tab's window (Chrome's sidePanel, Firefox's sidebar) and tells
 * an open panel to show that tab. Both browsers want the reader's gesture: call it straight
 * from the click, menu or shortcut handler, with no await before it.
 */
export function openSidePanel(tab: browser.Tabs.Tab): Promise<void> {
  const chromePanel = chromeSidePanel();
  const opening = chromePanel ? chromePanel.open({ windowId: tab.windowId }) : browser.sidebarAction.open();
  return opening.then(() => {
    if (tab.id === undefined || tab.windowId === undefined) return;
    const request: ShowTabRequest = { type: 'show-tab', tabId: tab.id, windowId: tab.windowId };
    // A panel that has just opened is not listening yet: it reads the active tab by itself.
    return browser.runtime.sendMessage(request).then(
      () => undefined,
      () => undefined,
    );
  });
}
