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
