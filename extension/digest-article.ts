// Worker side of the popup's requests: the language engines, and the per-tab cache.
// The engines live here so they load once per worker life, not once per popup.
import { buildDigestWithLanguage, warmUpEngines } from '../src/digest/build-digest.ts';
import { errorMessage } from '../src/error-message.ts';
import type { DigestArticleReply, DigestArticleRequest, TabDigest } from '../src/protocol.ts';
import { cacheDigest } from './digest-cache.ts';
import { readChunkFromExtension } from './language-chunks.ts';

let warm = false;

/**
 * The engines' one-time set-up (tables, chrono's patterns), asked for as the popup opens:
 * a worker that was asleep does it while the popup reads the page.
 */
export function prepareEngines(now: Date): void {
  if (warm) return;
  warm = true;
  warmUpEngines(now);
}

export async function digestArticle(request: DigestArticleRequest): Promise<DigestArticleReply> {
  const { tabId, article, highlights, locale } = request;
  try {
    const digest = await buildDigestWithLanguage(article, { now: new Date(request.now), locale, highlights }, readChunkFromExtension);
    warm = true;
    const entry: TabDigest = { url: article.url ?? '', highlights, digest, readerable: article.readerable };
    // Written after the answer: the reader should not wait for storage. A selection's card
    // is not the tab's page, so it is never kept for the tab.
    if (request.cache !== false) void cacheDigest(tabId, entry).catch(() => undefined);
    return { ok: true, entry };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}
