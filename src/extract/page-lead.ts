// The story's opening paragraphs that Readability left above its content. A page may set
// the first paragraphs of a story in a box of their own (split from the rest by an ad, a
// photo or a newsletter box), and Readability then keeps only the larger box below. On the
// page they are running prose right above the content's start, under the headline, with
// nothing between but short lines (an ad's label, a caption).
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { blocksUnderHeadline, contentStart } from './page-dek.ts';
import type { PageBlock } from './page-prose.ts';

/** Short lines between the opening and the content, in characters: an ad's label, a caption, a credit. */
const MAX_GAP_CHARS = 200;

/** `content` with the story's opening paragraphs put first, when the page has them above it; else `content` as it is. */
export function withPageLead(content: Node, blocks: readonly PageBlock[]): Node {
  const contentText = squeezeWhitespace(content.textContent ?? '');
  const lead = leadAbove(blocks, contentText);
  const doc = content.ownerDocument;
  if (lead.length === 0 || !doc) return content;
  const first = content.firstChild;
  for (const block of lead) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = block.text;
    content.insertBefore(paragraph, first);
  }
  return content;
}

/**
 * The running prose adjoining the content from above, read upwards from the content's
 * start. A heading ends it, the content's own included (a content that opens with its
 * headline has its beginning), and so does a longer stretch of other text. A heading of
 * the content's with another heading above it on the page (the story's headline) is a
 * section's: the opening may stand above it.
 */
function leadAbove(blocks: readonly PageBlock[], contentText: string): PageBlock[] {
  const first = contentStart(blocks, contentText);
  if (first < 0 || blocks[first]!.heading) return [];
  const above = blocksUnderHeadline(blocks, contentText);
  const lead: PageBlock[] = [];
  let gap = 0;
  for (let index = above.length - 1; index >= 0; index--) {
    const block = above[index]!;
    const inContent = contentText.includes(block.text);
    if (block.prose) {
      if (!inContent) lead.unshift(block);
      gap = 0;
    } else if (block.heading && !(inContent && above.slice(0, index).some((higher) => higher.heading))) {
      break;
    } else if (!inContent && (gap += block.chars) > MAX_GAP_CHARS) {
      break;
    }
  }
  return lead;
}
