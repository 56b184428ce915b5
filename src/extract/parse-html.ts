import { DOMParser } from 'linkedom';

/**
 * Builds a DOM from an HTML string outside the browser (CLI, tests, benchmarks).
 * linkedom is several times faster than jsdom and gives Readability the same article.
 */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
