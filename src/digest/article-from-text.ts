import type { ExtractedArticle } from '../types.ts';

/**
 * A plain-text input (CLI `--text`, a selection in the page): analyzed as given, so offsets
 * index into it. A module of its own so that the popup can use it without the engines
 * build-digest.ts imports.
 */
export function articleFromText(text: string, url: string | null = null): ExtractedArticle {
  return {
    url,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    excerpt: null,
    text,
    publisherHighlights: [],
    dateCandidates: [],
    readerable: true,
  };
}
