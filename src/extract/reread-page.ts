// Reads the page again with Readability, without the boxes that are never the story (see
// page-prose: hidden elements, navigation, asides, footers, dialogs, cookie notices). Readability
// scores what it finds, and on a page whose story is a few short lines a cookie notice or a
// footer's legal text may score best; without them it finds the story.
import { Readability } from '@mozilla/readability';
import { MAX_ELEMENTS } from './limits.ts';
import { isOutsideBox } from './page-prose.ts';
import { takePublisherHighlights } from './publisher-highlights.ts';

/** Readability's content of `doc` without its furniture boxes and those `isLeftOut` names; `doc` is left as it was. */
export function rereadWithoutOutsideBoxes(doc: Document, isLeftOut: (element: Element) => boolean = () => false): Node | null {
  const clone = doc.cloneNode(true) as Document;
  if (!clone.body) return null;
  // Outermost first: a box inside a removed one is gone with it.
  for (const element of clone.body.querySelectorAll('*')) {
    if (clone.body.contains(element) && (isOutsideBox(element) || isLeftOut(element))) element.remove();
  }
  takePublisherHighlights(clone);
  return new Readability<Node>(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node, keepClasses: true }).parse()?.content ?? null;
}
