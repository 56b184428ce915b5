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

export function leaveRequest(request: DigestArticleRequest): Promise<void> {
  return browser.storage.session.set({ [`${PREFIX}${request.tabId}`]: request });
}

/**
 * The requests left among these storage changes; their copies are removed at once, as the
 * change itself carries the request (a newer one left meanwhile arrives as its own change).
 */
export function takeLeftRequests(changes: Record<string, browser.Storage.StorageChange>): DigestArticleRequest[] {
  const left = Object.entries(changes).flatMap(([name, { newValue }]) =>
    name.startsWith(PREFIX) && isDigestArticleRequest(newValue) ? [{ name, request: newValue }] : [],
  );
  if (left.length > 0) void browser.storage.session.remove(left.map(({ name }) => name)).catch(() => undefined);
  return left.map(({ request }) => request);
}
