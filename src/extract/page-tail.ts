// The story's closing paragraphs that Readability left below its content. A page may set
// each part of a story in a box of its own, one after another, all alike (a section's
// heading and its paragraphs per box), and Readability then keeps the box with most text.
// On the page they follow the content's last paragraph, in boxes built the same way.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { linkDensity } from './block-shape.ts';
import type { PageBlock } from './page-prose.ts';

/** A box is told by its element and the elements around it, this many levels up. */
const SHAPE_LEVELS = 4;
/** A paragraph of the story is the page's own words, not a link to another page. */
const MAX_LINK_DENSITY = 0.3;

/** `content` with the story's closing parts put last, when the page has them below it; else `content` as it is. */
export function withPageTail(content: Node, blocks: readonly PageBlock[]): Node {
  const contentText = squeezeWhitespace(content.textContent ?? '');
  // From the story's last paragraph of prose: what Readability kept below it may be furniture its cleaning drops.
  const last = blocks.findLastIndex((block) => block.prose && contentText.includes(block.text));
  const doc = content.ownerDocument;
  if (last < 0 || !doc) return content;
  const shape = shapeOf(blocks[last]!.owner);
  for (let index = last + 1; index < blocks.length; index++) {
    const block = blocks[index]!;
    const alike = shapeOf(block.owner) === shape && linkDensity(block) < MAX_LINK_DENSITY;
    // A section's heading belongs to the part it opens.
    const opensPart = block.heading && blocks[index + 1] !== undefined && shapeOf(blocks[index + 1]!.owner) === shape;
    if (!alike && !opensPart) break;
    if (contentText.includes(block.text)) continue;
    // A copy of the page's element, so the cleaning reads its links and names as on the page.
    content.appendChild(block.owner.cloneNode(true));
  }
  return content;
}

/** "p < div.text < div.part < section": the element's tag and classes, and its ancestors'. */
function shapeOf(element: Element): string {
  const marks: string[] = [];
  for (let at: Element | null = element; at && marks.length < SHAPE_LEVELS; at = at.parentElement) {
    marks.push(`${at.tagName}.${at.getAttribute('class') ?? ''}`);
  }
  return marks.join('<');
}
