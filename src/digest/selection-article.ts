import type { ExtractedArticle } from '../types.ts';
import { articleFromText } from './article-from-text.ts';

/** What the page tells about a selection's source. */
export interface SelectionSource {
  title: string | null;
  url: string | null;
}

/**
 * The text a reader selected, as an article: the CLI's `--text` path, with the page's title
 * and address as its source. Nothing else of the page is read.
 */
export function selectionArticle(text: string, source: SelectionSource): ExtractedArticle {
  return { ...articleFromText(text, source.url), title: source.title };
}
