// Many news layouts open with the publisher's own bullet summary ("Highlights",
// "Key points", "Story highlights"). It is shown as the publisher's, never ranked:
// ranking it would just copy it back as "our" highlights.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';

const HIGHLIGHTS_HEADING =
  /^(?:story |key |the )?(?:highlights?|key points|key takeaways|takeaways|at a glance|in brief|in short|what you need to know|what we know|the big picture|summary|tl;?dr|zusammenfassung|das wichtigste in kürze|en bref|l'essentiel|puntos clave)\s*:?$/i;
const HIGHLIGHTS_CLASS = /(?:^|[-_\s])(?:story-?)?(?:highlights?|key-?points|takeaways|tldr|summary-list)(?:$|[-_\s])/i;
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, header, strong, b, p, span, div';
const MIN_ITEMS = 2;
const MAX_ITEMS = 8;
const MAX_ITEM_CHARS = 400;
/** A highlights box holds its list and a label, little else; more text means the class names a bigger element. */
const MAX_BOX_EXTRA_CHARS = 200;

/** Finds the page's own highlights list, removes its block from `doc`, returns its items. */
export function takePublisherHighlights(doc: Document): string[] {
  const list = findHighlightsList(doc);
  if (!list) return [];
  const items = [...list.items].map((item) => squeezeWhitespace(item)).filter(Boolean);
  list.block.remove();
  return items;
}

interface HighlightsList {
  block: Element;
  items: string[];
}

function findHighlightsList(doc: Document): HighlightsList | null {
  for (const list of doc.querySelectorAll('ul, ol')) {
    const items = [...list.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '');
    if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) continue;
    if (items.some((item) => item.length > MAX_ITEM_CHARS || hasOnlyLinks(list))) continue;
    const block = labelledBlock(list);
    if (block) return { block, items };
  }
  return null;
}

/** The smallest element holding both the list and its "Highlights" label, if it has one. */
function labelledBlock(list: Element): Element | null {
  let node: Element | null = list;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    // WordPress puts a post's tags in its classes ("tag-highlights"): a class names the box only when the box is little more than the list.
    if (HIGHLIGHTS_CLASS.test(`${node.className} ${node.id}`) && holdsLittleBut(node, list)) return node;
    const label = precedingLabel(node);
    if (label) {
      const parent = node.parentElement;
      // Remove label and list together when the parent holds more than the two of them.
      return parent && parent.children.length <= 2 ? parent : wrapPair(label, node);
    }
  }
  return null;
}

function precedingLabel(node: Element): Element | null {
  const previous = node.previousElementSibling;
  if (!previous || !previous.matches(HEADING_SELECTOR)) return null;
  return HIGHLIGHTS_HEADING.test(squeezeWhitespace(previous.textContent ?? '')) ? previous : null;
}

/** Moves a label and its list into one element so both leave the clone together. */
function wrapPair(label: Element, list: Element): Element {
  const wrapper = list.ownerDocument.createElement('div');
  list.before(wrapper);
  wrapper.append(label, list);
  return wrapper;
}

function holdsLittleBut(box: Element, list: Element): boolean {
  return squeezeWhitespace(box.textContent ?? '').length - squeezeWhitespace(list.textContent ?? '').length <= MAX_BOX_EXTRA_CHARS;
}

function hasOnlyLinks(list: Element): boolean {
  const text = squeezeWhitespace(list.textContent ?? '').length;
  const linked = [...list.querySelectorAll('a')].reduce((sum, a) => sum + squeezeWhitespace(a.textContent ?? '').length, 0);
  return text > 0 && linked / text > 0.8;
}
