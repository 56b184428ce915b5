import browser from 'webextension-polyfill';
import { isDigestArticleRequest, type DigestArticleRequest } from '../src/protocol.ts';

/**
 * A copy of the popup's digest request, left in storage.session as the request is sent.
 * Chrome drops a message whose sender closed before the worker it woke was listening: a
 * popup closed within a few hundred milliseconds of a click that found the worker asleep
 * asked for a digest that was never built, and its next opening had to start over. A
 * storage change is the browser's to deliver whatever became of the page that made it: it
 * wakes the worker, which builds and keeps the digest from the copy the change carries.
 */
const PREFIX = 'request:';
const key = (tabId: number): string => `${PREFIX}${tabId}`;

export function leaveRequest(request: DigestArticleRequest): Promise<void> {
  return browser.storage.session.set({ [key(request.tabId)]: request });
}

/** The requests left among these storage changes (not their removals). */
export function leftRequests(changes: Record<string, browser.Storage.StorageChange>): DigestArticleRequest[] {
  return Object.entries(changes).flatMap(([name, { newValue }]) => (name.startsWith(PREFIX) && isDigestArticleRequest(newValue) ? [newValue] : []));
}

/**
 * Removes the tab's copy, once its digest is done: the change that carried it was all the
 * worker needed (a newer one left meanwhile arrived as its own change). Not before: a removal
 * is a change too, with the whole article, and would be delivered while the reader waits.
 */
export function dropLeftRequest(tabId: number): Promise<void> {
  return browser.storage.session.remove([key(tabId)]);
}
