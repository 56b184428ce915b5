// Opening the side panel: Chrome's sidePanel where it exists, else Firefox's sidebar; an open
// panel is then told which tab the reader asked for.
import { beforeEach, expect, test, vi } from 'vitest';

const browser = vi.hoisted(() => ({
  sidePanel: undefined as { open: ReturnType<typeof vi.fn> } | undefined,
  sidebarAction: { open: vi.fn(async () => {}) },
  runtime: { sendMessage: vi.fn(async (_message: object) => undefined) },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));
const { openSidePanel } = await import('../../extension/side-panel.ts');

const tab = { id: 7, windowId: 3 } as Parameters<typeof openSidePanel>[0];

beforeEach(() => {
  vi.clearAllMocks();
  browser.sidePanel = undefined;
});

test('Chrome: opens the side panel of the tab\'s window, then tells an open panel to show the tab', async () => {
  browser.sidePanel = { open: vi.fn(async () => {}) };
  await openSidePanel(tab);
  expect(browser.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  expect(browser.sidebarAction.open).not.toHaveBeenCalled();
  expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'show-tab', tabId: 7, windowId: 3 });
});

test('Firefox: opens the sidebar, synchronously within the gesture', () => {
  void openSidePanel(tab);
  // Called before any await: Firefox refuses sidebarAction.open() outside the user's action.
  expect(browser.sidebarAction.open).toHaveBeenCalledOnce();
});

test('no panel listening yet is no error: the new panel reads the active tab itself', async () => {
  browser.runtime.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
  await expect(openSidePanel(tab)).resolves.toBeUndefined();
});
