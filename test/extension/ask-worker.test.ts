// popup.html's first script and the popup's module both call askWorkerOnce: whichever runs
// first asks the worker, and the page is read once per popup, not twice.
import { expect, test, vi } from 'vitest';
import { EARLY_ANSWER_GLOBAL } from '../../src/protocol.ts';

const sendMessage = vi.fn(async () => ({ ok: false, reason: 'failed', message: 'test' }));
const query = vi.fn(async () => [{ id: 3 }]);
vi.stubGlobal('chrome', { runtime: { sendMessage }, tabs: { query } });
vi.stubGlobal('location', { search: '?tab=7' });
vi.stubGlobal('navigator', { language: 'de-DE' });

test('the worker is asked once, for the tab the popup was opened for', async () => {
  const { askWorkerOnce } = await import('../../extension/ask-worker.ts');
  const first = askWorkerOnce();
  expect(askWorkerOnce()).toBe(first);
  expect((globalThis as Record<string, unknown>)[EARLY_ANSWER_GLOBAL]).toBe(first);
  const answer = await first;
  expect(answer?.tabId).toBe(7);
  expect(await answer?.reply).toEqual({ ok: false, reason: 'failed', message: 'test' });
  expect(sendMessage).toHaveBeenCalledTimes(1);
  expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'digest-tab', tabId: 7, locale: 'de-DE' }));
  expect(query).not.toHaveBeenCalled();
});
