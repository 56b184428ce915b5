// A notice laid over the page that the reader's browser is too old ("Liebe Leser, leider
// verwendet Ihr einen veralteten Browser…" in a box named "ie-overlay"). Its letter to the
// reader may be a paragraph of prose, which Readability keeps beside the story and which no
// furniture rule may remove: so the box is left out before the story is read, as a dialog is.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { classAndIdWords } from './element-names.ts';
import { BROWSER_NOTICE_PHRASES } from './furniture-phrases.ts';
import { mentionsPhrase } from './phrase-match.ts';

/** Class and id words by which a page names a layer over its content (whole words: "ie-overlay" → ie, overlay). */
const LAYER_NAMES: ReadonlySet<string> = new Set(['overlay', 'modal', 'popup', 'banner', 'notice', 'alert', 'layer']);
/** A notice is a letter of a paragraph or two; a layer holding more text wraps the page, story and all. */
const MAX_NOTICE_CHARS = 1_500;
const BROWSER_NOTICES = Object.values(BROWSER_NOTICE_PHRASES).flat();

/**
 * A box named as a layer over the page (see LAYER_NAMES) that holds a short notice about the
 * reader's browser. `words`: its class and id words, when the caller has read them already.
 */
export function isBrowserNotice(element: Element, words: readonly string[] = classAndIdWords(element)): boolean {
  if (!words.some((word) => LAYER_NAMES.has(word))) return false;
  const text = element.textContent ?? '';
  return text.length <= MAX_NOTICE_CHARS && mentionsPhrase(squeezeWhitespace(text).toLowerCase(), BROWSER_NOTICES);
}

/** Removes the browser notices from `doc` (a copy: the page the reader sees is never changed). */
export function removeBrowserNotices(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // Outermost first: a box inside a removed one is gone with it (linkedom has no isConnected).
  for (const element of body.querySelectorAll('[class], [id]')) {
    if (body.contains(element) && isBrowserNotice(element)) element.remove();
  }
}
