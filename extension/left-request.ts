import browser from 'webextension-polyfill';
import { isDigestArticleRequest, type DigestArticleRequest } from '../src/protocol.ts';

/**
 * A copy of the popup's digest request, left in storage.session as the request is sent.
 * Chrome drops a message whose sender closed before the worker it woke was listening: a
 * popup closed within a few hundred milliseconds of a click that found the worker asleep
 * asked for a digest that was never built, and its next opening had to start over. A
 * storage change is the browser's to deliver whatever became of the page that made it: it
 * wakes the worker, which builds and keeps the digest from the copy the change carries.
 *
 * One place for every tab's copy, not one per tab: the worker reads the change, never the
 * stored value, and each write is a change of its own, delivered even once the next write
 * has replaced it. So these copies hold at most one article in storage, whatever became of
 * the worker: one that never ran (a crash) leaves the last copy behind, not one per tab the
 * reader ever clicked on, which no tab limit bounded.
 */
const KEY = 'request:left';

export function leaveRequest(request: DigestArticleRequest): Promise<void> {
  return browser.storage.session.set({ [KEY]: request });
}

/** The request left by this storage change, if it left one (not a removal, not another key). */
export function leftRequest(changes: Record<string, browser.Storage.StorageChange>): DigestArticleRequest | null {
  const left: unknown = changes[KEY]?.newValue;
  return isDigestArticleRequest(left) ? left : null;
}

/**
 * Removes the copy, once its digest is done: the change that carried it was all the worker
 * needed, and a newer copy left meanwhile (another tab's) arrived as its own change. Not
 * before: a removal is a change too, with the whole article, and would be delivered to every
 * page of the extension while the reader waits.
 */
export function dropLeftRequest(): Promise<void> {
  return browser.storage.session.remove([KEY]);
}
