// The selection the page menu leaves for the popup it opens: taken once, and only while fresh.
import { beforeEach, expect, test, vi } from 'vitest';
import { sessionStore as store } from './fake-session-storage.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-session-storage.ts')).fakeSessionBrowser }));
const { storeSelection, takeSelection } = await import('../../extension/selection-request.ts');

beforeEach(() => store.clear());

test('the popup for that tab takes the selection, once', async () => {
  await storeSelection(4, 'The council met.', 1000);
  expect(await takeSelection(5, 1500)).toBeNull();
  expect(await takeSelection(4, 1500)).toBe('The council met.');
  expect(await takeSelection(4, 1600)).toBeNull();
});

test('a selection left a minute ago belongs to a popup that never opened: not this one', async () => {
  await storeSelection(4, 'The council met.', 1000);
  expect(await takeSelection(4, 61_000)).toBeNull();
  expect(store.size).toBe(0);
});

test('selections whose popups never opened, on many tabs, hold one place in storage, not one per tab', async () => {
  for (let tabId = 1; tabId <= 30; tabId++) await storeSelection(tabId, `Paragraph ${tabId}.`, 1000);
  expect(store.size).toBe(1);
  // The newest is still its tab's; an older tab's is gone with the click that replaced it.
  expect(await takeSelection(29, 1500)).toBeNull();
  expect(await takeSelection(30, 1500)).toBe('Paragraph 30.');
  expect(store.size).toBe(0);
});
