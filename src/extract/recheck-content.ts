// The check after Readability: when its content misses most of the page's running prose,
// the story's region is read again, and the new reading is kept only when it holds every
// prose paragraph of that region (story text is never traded away). Cheap when the
// check passes (one walk over the page); the second Readability run is rare.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { pageBlocks, type PageBlock } from './page-prose.ts';
import { rereadRegion } from './reread-region.ts';
import { storyRegion } from './story-region.ts';


/**
 * Readability's `content` of `doc`, or a better reading of the story's region. Never
 * changes `doc`. `blocks` are the page's paragraphs, when the caller has read them.
 */
export function recheckContent(doc: Document, content: Node, blocks: readonly PageBlock[] = pageBlocks(doc.body)): Node {
  const story = storyRegion(blocks, content, squeezeWhitespace(content.textContent ?? ''), squeezeWhitespace(doc.title));
  const reread = story ? rereadRegion(doc, story) : null;
  if (!story || !reread) return content;
  const rereadText = squeezeWhitespace(reread.textContent ?? '');
  return story.prose.every((block) => rereadText.includes(block.text)) ? reread : content;
}
