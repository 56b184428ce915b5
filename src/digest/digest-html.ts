import { extractArticle } from '../extract/extract-article.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { prepareHtml } from '../extract/prepare-html.ts';
import type { Digest, ExtractedArticle } from '../types.ts';
import type { ChunkReader } from '../language/language-data.ts';
import { buildDigest, buildDigestWithLanguage, type DigestOptions } from './build-digest.ts';

/** HTML string → the article the injected script would return for it. */
export function articleFromHtml(html: string, url: string | null): ExtractedArticle {
  return extractArticle(parseHtml(prepareHtml(html)), { url });
}

/** HTML string → digest outside the browser (CLI, benchmarks), read as English: the popup's own pipeline. */
export function digestHtml(html: string, url: string | null, options: DigestOptions): Digest {
  return buildDigest(articleFromHtml(html, url), options);
}

/** HTML string → digest with the story's language data, as the popup builds it. */
export function digestHtmlWithLanguage(html: string, url: string | null, options: DigestOptions, read: ChunkReader): Promise<Digest> {
  return buildDigestWithLanguage(articleFromHtml(html, url), options, read);
}
