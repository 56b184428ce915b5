// A wait the reader is told about: the page's read and the worker's answer, each past its bound.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { whenLate } from '../../extension/when-late.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A promise settled from outside, as a page's read or a worker's answer is. */
function pending<T>(): { work: Promise<T>; settle: (value: T) => void; fail: (error: Error) => void } {
  let settle: (value: T) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const work = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { work, settle, fail };
}

test('work still under way after the wait is reported late, once, and what it gives afterwards still comes', async () => {
  const { work, settle } = pending<string>();
  const onLate = vi.fn();
  const result = whenLate(work, 8000, onLate);
  await vi.advanceTimersByTimeAsync(7999);
  expect(onLate).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(onLate).toHaveBeenCalledOnce();
  settle('the article');
  expect(await result).toBe('the article');
  await vi.advanceTimersByTimeAsync(60_000);
  expect(onLate).toHaveBeenCalledOnce();
});

test('work done in time, or failed in time, is never reported late', async () => {
  const onLate = vi.fn();
  const done = pending<string>();
  const failed = pending<string>();
  const results = [whenLate(done.work, 8000, onLate), whenLate(failed.work, 8000, onLate).catch((error: Error) => error.message)];
  done.settle('the article');
  failed.fail(new Error('No tab with id: 4'));
  expect(await Promise.all(results)).toEqual(['the article', 'No tab with id: 4']);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(onLate).not.toHaveBeenCalled();
});
