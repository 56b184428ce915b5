// The context menu opens the real popup where the browser can, else the same page in a small window.
import { beforeEach, expect, test, vi } from 'vitest';

const browser = vi.hoisted(() => ({
  action: { openPopup: vi.fn<(options: { windowId?: number }) => Promise<void>>() },
  windows: { create: vi.fn<(data: object) => Promise<object>>(async () => ({})) },
  runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));
const { openPopupFor } = await import('../../extension/open-popup-for.ts');

beforeEach(() => {
  vi.clearAllMocks();
});

test('opens the toolbar popup of the tab\'s window when action.openPopup works', async () => {
  browser.action.openPopup.mockResolvedValue(undefined);
  await openPopupFor({ id: 7, windowId: 3 } as Parameters<typeof openPopupFor>[0]);
  expect(browser.action.openPopup).toHaveBeenCalledWith({ windowId: 3 });
  expect(browser.windows.create).not.toHaveBeenCalled();
});

test('falls back to the popup page for that tab in a popup-sized window', async () => {
  browser.action.openPopup.mockRejectedValue(new Error('not supported'));
  await openPopupFor({ id: 7, windowId: 3 } as Parameters<typeof openPopupFor>[0]);
  expect(browser.windows.create).toHaveBeenCalledWith({
    url: 'chrome-extension://id/popup.html?tab=7',
    type: 'popup',
    width: 420,
    height: 620,
  });
});
