// Worker side of the popup's requests: the language engines, and the per-tab cache.
// The engines live here so they load once per worker life, not once per popup.
import { buildDigestWithLanguage, warmUpEngines } from '../src/digest/build-digest.ts';
import { errorMessage } from '../src/error-message.ts';
import { readerLocale } from '../src/popup/reader-locale.ts';
import type { DigestArticleReply, DigestArticleRequest, TabDigest } from '../src/protocol.ts';
import { cacheDigest, cachedFor, readStoredDigest } from './digest-cache.ts';
import { readChunkFromExtension } from './language-chunks.ts';

/** True once the engines have run whole in this worker: a warm-up or a digest that succeeded. */
let warm = false;

/**
 * The engines' one-time set-up (tables, chrono's patterns), asked for as the popup opens:
 * a worker that was asleep does it while the popup reads the page. True if the engines are
 * warm. A warm-up that throws leaves them cold, so the next popup's request tries again; the
 * reader is told by the digest request, whose failure the card shows where the actors would be.
 */
export function prepareEngines(now: Date): boolean {
  if (warm) return true;
  try {
    warmUpEngines(now);
    warm = true;
  } catch {
    // Cold still: nothing to answer but that (see above).
  }
  return warm;
}

/**
 * The tab's digests being built, by page and settings, until they are kept: a popup
 * reopened while its first opening's digest is under way, and the copy of a request the
 * popup left in storage, join that build instead of starting another. A selection's card is
 * not the tab's page: it is built on its own and never kept for the tab.
 */
const underWay = new Map<string, Promise<DigestArticleReply>>();
const underWayKey = ({ tabId, article, highlights, locale }: DigestArticleRequest): string =>
  JSON.stringify([tabId, article.url, highlights, locale]);

export function digestArticle(request: DigestArticleRequest): Promise<DigestArticleReply> {
  if (request.cache === false) return buildDigest(request);
  const key = underWayKey(request);
  const running = underWay.get(key);
  if (running) return running;
  const reply = buildDigest(request);
  underWay.set(key, reply);
  // Written after the answer: the reader should not wait for storage.
  void reply
    .then((answer) => (answer.ok ? cacheDigest(request.tabId, answer.entry) : undefined))
    .catch(() => undefined)
    .finally(() => underWay.delete(key));
  return reply;
}

/**
 * A request the popup left in storage (see left-request.ts): built unless the popup's own
 * message got here first, whose digest is under way (joined) or already kept.
 */
export async function digestLeftRequest(request: DigestArticleRequest): Promise<void> {
  if (!underWay.has(underWayKey(request))) {
    const stored = await readStoredDigest(request.tabId).catch(() => null);
    if (cachedFor(stored, request.article.url ?? '', request.highlights)) return;
  }
  await digestArticle(request);
}

async function buildDigest(request: DigestArticleRequest): Promise<DigestArticleReply> {
  const { article, highlights } = request;
  try {
    // The popup sends a tag Intl accepts; one that is not would fail the summary's dates.
    const locale = readerLocale([request.locale]);
    const digest = await buildDigestWithLanguage(article, { now: new Date(request.now), locale, highlights }, readChunkFromExtension);
    warm = true;
    const entry: TabDigest = { url: article.url ?? '', highlights, digest, readerable: article.readerable };
    return { ok: true, entry };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}
