import browser from 'webextension-polyfill';

/** A window the size of the toolbar popup, for browsers that cannot open the popup itself. */
const POPUP_WINDOW = { width: 420, height: 620 };

/**
 * Opens the popup for the tab the context menu was used on: the real toolbar popup where
 * `action.openPopup()` exists (Chrome 127+, Firefox), else the same page in a small window.
 * Must be called straight from the click handler: Firefox requires the user gesture.
 */
export async function openPopupFor(tab: browser.Tabs.Tab): Promise<void> {
  try {
    await browser.action.openPopup({ windowId: tab.windowId });
    return;
  } catch {
    // Not supported, or the window has no toolbar (a popup window): fall through.
  }
  await browser.windows.create({
    url: browser.runtime.getURL(`popup.html?tab=${tab.id}`),
    type: 'popup',
    ...POPUP_WINDOW,
  });
}
