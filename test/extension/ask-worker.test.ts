// The card's question to the worker: an answer, a failure, or a worker that hangs, which the
// card must say as it says a failure, never leaving the actors' placeholder pulsing for good.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { articleFromText } from '../../src/digest/build-digest.ts';
import type { DigestArticleReply, DigestArticleRequest } from '../../src/protocol.ts';

const worker = vi.hoisted(() => ({ answer: (): Promise<unknown> => new Promise(() => {}) }));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: () => worker.answer() } } }));
const { askWorker, WORKER_WAIT_MS } = await import('../../extension/ask-worker.ts');

const article = articleFromText('The ferry board met on Friday and raised the fares.', 'https://news.example/ferry');
const request: DigestArticleRequest = { type: 'digest-article', tabId: 2, article, highlights: 'auto', locale: 'en-US', now: '2026-03-02T09:00:00Z' };
const failure: DigestArticleReply = { ok: false, message: 'the place names did not load' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a worker that never answers is reported late after the wait, not left pending for good', async () => {
  worker.answer = () => new Promise(() => {});
  const onLate = vi.fn();
  void askWorker(request, onLate);
  await vi.advanceTimersByTimeAsync(WORKER_WAIT_MS - 1);
  expect(onLate).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(onLate).toHaveBeenCalledOnce();
});

test('an answer after the wait still comes through', async () => {
  let answer: (reply: DigestArticleReply) => void = () => {};
  worker.answer = () => new Promise((resolve) => (answer = resolve));
  const onLate = vi.fn();
  const reply = askWorker(request, onLate);
  await vi.advanceTimersByTimeAsync(WORKER_WAIT_MS);
  expect(onLate).toHaveBeenCalledOnce();
  answer(failure);
  expect(await reply).toEqual(failure);
});

test('an answer in time is never reported late; no answer, or a refused message, is a failure', async () => {
  const onLate = vi.fn();
  worker.answer = async () => failure;
  expect(await askWorker(request, onLate)).toEqual(failure);
  worker.answer = async () => undefined;
  expect(await askWorker(request, onLate)).toEqual({ ok: false, message: 'no answer from the extension' });
  worker.answer = async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };
  expect(await askWorker(request, onLate)).toEqual({ ok: false, message: 'Could not establish connection. Receiving end does not exist.' });
  await vi.advanceTimersByTimeAsync(WORKER_WAIT_MS * 2);
  expect(onLate).not.toHaveBeenCalled();
});
