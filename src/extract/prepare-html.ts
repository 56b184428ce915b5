import { ExtractionError } from './extract-article.ts';
import { MAX_ELEMENTS, MAX_HTML_CHARS, MAX_NESTING } from './limits.ts';

// Scripts and styles are most of a modern page's bytes and none of its story;
// JSON-LD stays, it carries the dates and the headline.
const SCRIPT_OR_STYLE = /<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'tr', 'th', 'option', 'dt', 'dd',
]);

/**
 * Readies an HTML string for a DOM library outside the browser: drops scripts and
 * styles, and refuses markup too big or too deeply nested to parse quickly
 * (the check is a linear scan, cheaper than the parse it saves).
 */
export function prepareHtml(html: string): string {
  const stripped = html.replace(SCRIPT_OR_STYLE, (block, tag: string, attributes: string) =>
    tag.toLowerCase() === 'script' && JSON_LD.test(attributes) ? block : '',
  );
  if (stripped.length > MAX_HTML_CHARS) {
    throw ExtractionError.tooLarge(`${stripped.length} characters of markup`);
  }
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const [, closing, name, selfClosing] of stripped.matchAll(TAG)) {
    const tag = (name ?? '').toLowerCase();
    // Elements whose end tag is often left out never count towards depth.
    if (VOID_ELEMENTS.has(tag) || selfClosing) {
      if (!closing) elements++;
      continue;
    }
    if (closing) {
      depth = Math.max(0, depth - 1);
    } else {
      elements++;
      maxDepth = Math.max(maxDepth, ++depth);
    }
  }
  if (elements > MAX_ELEMENTS) {
    throw ExtractionError.tooLarge(`${elements} elements`);
  }
  if (maxDepth > MAX_NESTING) {
    throw new ExtractionError(`This page is too deeply nested to summarize (${maxDepth} levels).`, 'too-large');
  }
  return stripped;
}
