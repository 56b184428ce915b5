import { extractArticle } from '../extract/extract-article.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { prepareHtml } from '../extract/prepare-html.ts';
import type { Digest } from '../types.ts';
import { buildDigest, type DigestOptions } from './build-digest.ts';

/** HTML string → digest outside the browser (CLI, benchmarks): the popup's own pipeline. */
export function digestHtml(html: string, url: string | null, options: DigestOptions): Digest {
  return buildDigest(extractArticle(parseHtml(prepareHtml(html)), { url }), options);
}
