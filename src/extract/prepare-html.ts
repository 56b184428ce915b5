import { MAX_SCRIPT_CHARS } from '../dates/collect-script-dates.ts';
import { ExtractionError } from './extract-article.ts';
import { MAX_ELEMENTS, MAX_HTML_CHARS, MAX_NESTING } from './limits.ts';

// Scripts and styles are most of a modern page's bytes and none of its story, so their
// bodies go; their elements stay, so the page counts and scans as the browser's does. What
// the popup reads in a live page stays too: JSON-LD (dates, headline) and inline scripts
// small enough for the date collector to read as page state. Kept or not, script bodies
// never count towards the markup cap: the browser parses them as plain text. A script's
// text ends at "</script" then a space, "/" or ">", and its end tag runs on to the next ">"
// ("</script\n<!-- widget -->"), as the HTML tokenizer reads it.
const SCRIPT_OR_STYLE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1(?=[\s/>])[^>]*>/gi;
const EXTERNAL_SCRIPT = /\bsrc\s*=/i;
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
  let keptBodies = 0;
  const stripped = html.replace(SCRIPT_OR_STYLE, (block, tag: string, attributes: string, body: string) => {
    if (tag.toLowerCase() === 'script' && !EXTERNAL_SCRIPT.test(attributes) && body.length <= MAX_SCRIPT_CHARS) {
      keptBodies += body.length;
      return block;
    }
    return `<${tag}${attributes}></${tag}>`;
  });
  const markup = stripped.length - keptBodies;
  if (markup > MAX_HTML_CHARS) {
    throw ExtractionError.tooLarge(`${markup} characters of markup`);
  }
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const [, closing, name, selfClosing] of withoutScriptBodies(stripped).matchAll(TAG)) {
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

/** The markup without script bodies, whose "<p>" strings are text, not tags. */
function withoutScriptBodies(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (_, tag: string, attributes: string) => `<${tag}${attributes}></${tag}>`);
}
