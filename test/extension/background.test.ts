// The worker's wiring, with the browser faked: the menu entries and the shortcut each open
// what they name, straight from the reader's action.
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { sessionStore } from './fake-session-storage.ts';

type Listener = (...args: never[]) => unknown;
const listeners = vi.hoisted(() => new Map<string, Listener>());
const event = (name: string) => ({ addListener: (listener: Listener) => void listeners.set(name, listener) });
const browser = vi.hoisted(() => ({}));
vi.mock('webextension-polyfill', async () => {
  const { fakeSessionBrowser } = await import('./fake-session-storage.ts');
  Object.assign(browser, {
    storage: { ...fakeSessionBrowser.storage, onChanged: event('storage') },
    runtime: { id: 'self', onMessage: event('message'), onInstalled: event('installed'), onStartup: event('startup'), sendMessage: vi.fn(async () => undefined) },
    i18n: { getMessage: (key: string) => key },
    contextMenus: { removeAll: vi.fn(async () => {}), create: vi.fn(), onClicked: event('menu') },
    commands: { onCommand: event('command') },
    action: { openPopup: vi.fn(async () => {}) },
    sidePanel: { open: vi.fn(async () => {}) },
    windows: { create: vi.fn() },
  });
  return { default: browser };
});

interface FakeBrowser {
  contextMenus: { create: ReturnType<typeof vi.fn> };
  action: { openPopup: ReturnType<typeof vi.fn> };
  sidePanel: { open: ReturnType<typeof vi.fn> };
}
const fake = browser as unknown as FakeBrowser;
const tab = { id: 7, windowId: 3 };
const call = (name: string, ...args: unknown[]) => (listeners.get(name) as unknown as (...a: unknown[]) => unknown)(...args);

beforeAll(async () => {
  await import('../../extension/background.ts');
});
beforeEach(() => {
  vi.clearAllMocks();
  sessionStore.clear();
});

test('install creates the three menu entries, each for its contexts', async () => {
  call('installed');
  await vi.waitFor(() => expect(fake.contextMenus.create).toHaveBeenCalledTimes(3));
  expect(fake.contextMenus.create.mock.calls.map(([item]) => [item.id, item.contexts])).toEqual([
    ['summarize-story', ['page', 'selection']],
    ['summarize-selection', ['selection']],
    ['open-side-panel', ['page', 'action']],
  ]);
});

test('the side panel\'s shortcut and menu entry open the side panel in the tab\'s window, at once', () => {
  call('command', 'open-side-panel', tab);
  call('menu', { menuItemId: 'open-side-panel' }, tab);
  expect(fake.sidePanel.open.mock.calls).toEqual([[{ windowId: 3 }], [{ windowId: 3 }]]);
  call('command', 'another-command', tab);
  expect(fake.sidePanel.open).toHaveBeenCalledTimes(2);
});

test('the selection entry leaves the text for the popup and opens it at once', async () => {
  call('menu', { menuItemId: 'summarize-selection', selectionText: 'The council met.' }, tab);
  expect(fake.action.openPopup).toHaveBeenCalledWith({ windowId: 3 });
  const { takeSelection } = await import('../../extension/selection-request.ts');
  await vi.waitFor(() => expect(sessionStore.size).toBe(1));
  expect(await takeSelection(7)).toBe('The council met.');
});

test('the story entry opens the popup and leaves nothing behind', () => {
  call('menu', { menuItemId: 'summarize-story' }, tab);
  expect(fake.action.openPopup).toHaveBeenCalledOnce();
  expect(sessionStore.size).toBe(0);
});

test('a digest request the popup left in storage is built and kept for its tab, and its copy removed', async () => {
  const { articleFromText } = await import('../../src/digest/build-digest.ts');
  const article = articleFromText('The city council met on Monday. Mayor Anna Berg said it would build a new bridge.', 'https://news.example/a');
  const request = { type: 'digest-article' as const, tabId: 7, article, highlights: 'auto' as const, locale: 'en-US', now: '2026-01-05T12:00:00Z' };
  const { leaveRequest } = await import('../../extension/left-request.ts');
  await leaveRequest(request);
  const name = [...sessionStore.keys()][0] ?? '';
  call('storage', { [name]: { newValue: request } }, 'session');
  await vi.waitFor(() => expect(sessionStore.get('digest:7')).toMatchObject({ url: 'https://news.example/a', highlights: 'auto' }));
  await vi.waitFor(() => expect(sessionStore.has(name)).toBe(false));
  // Its removal, and changes elsewhere, build nothing.
  sessionStore.clear();
  call('storage', { [name]: { oldValue: request } }, 'session');
  call('storage', { [name]: { newValue: request } }, 'sync');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sessionStore.size).toBe(0);
});
