// The check after Readability: when its content misses most of the page's running prose,
// the story's region is read again, and the new reading is kept only when it holds every
// prose paragraph of that region (story text is never traded away). When no region is found
// and its content lies wholly in a box that is never the story (a cookie notice, a footer, an
// author's box), the page is read again without such boxes. Cheap when the
// check passes (one walk over the page); the second Readability run is rare.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { articleBlocks, markOf } from './article-text.ts';
import { isRunningProse } from './block-shape.ts';
import { isAuthorBox } from './author-box.ts';
import { pageBlocks, type PageBlock } from './page-prose.ts';
import { rereadWithoutOutsideBoxes } from './reread-page.ts';
import { rereadRegion } from './reread-region.ts';
import { isMostlyOutside, storyRegion } from './story-region.ts';

/**
 * Readability's `content` of `doc`, or a better reading of the story's region or of the
 * page. Never changes `doc`. `blocks` are the page's paragraphs, when the caller has read them.
 */
export function recheckContent(doc: Document, content: Node, blocks: readonly PageBlock[] = pageBlocks(doc.body)): Node {
  const contentText = squeezeWhitespace(content.textContent ?? '');
  const story = storyRegion(blocks, content, contentText, squeezeWhitespace(doc.title));
  if (story) {
    const reread = rereadRegion(doc, story);
    const rereadText = squeezeWhitespace(reread?.textContent ?? '');
    return reread && story.prose.every((block) => rereadText.includes(block.text)) ? reread : content;
  }
  if (!isWrongBox(blocks, content, contentText)) return content;
  const reread = rereadWithoutOutsideBoxes(doc, (element) => isAuthorBox(markOf(element)));
  return reread && !isWrongBox(blocks, reread, squeezeWhitespace(reread.textContent ?? '')) ? reread : content;
}

/**
 * Readability's content (or a new reading) that is not the story: a notice, mostly none of
 * the page's own text, or an author's box and nothing else (the author's account of
 * themselves in prose). Paragraphs of running prose outside the page's story side are a
 * story all the same (one the page shows in a box of its own, a lightbox): they stay.
 */
function isWrongBox(blocks: readonly PageBlock[], content: Node, contentText: string): boolean {
  const contentBlocks = articleBlocks(content);
  const notice = contentBlocks.filter(isRunningProse).length <= MAX_NOTICE_PROSE && isMostlyOutside(blocks, contentBlocks, contentText);
  return notice || contentBlocks.every((block) => block.path.some(isAuthorBox));
}

/** A notice (a cookie banner, a footer's legal lines) holds a paragraph of prose at most. */
const MAX_NOTICE_PROSE = 1;
