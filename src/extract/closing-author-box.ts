// The author's box after the story: "Jo Lind covers the port for the Harbor Ledger. Before
// that she reported on shipping for ten years…". Its biography is often written as running
// prose, which no furniture rule may remove (see clean-story-blocks); this is the one place
// prose goes, and only where the markup names the box an author's (see isAuthorBox) and it
// stands after the story's own prose. Left in, the author's past employers and home town
// become key actors, and their bio a highlight.
import type { ElementMark, TextBlock } from './article-text.ts';
import { isRunningProse } from './block-shape.ts';
import { isAuthorBox } from './furniture-by-markup.ts';

/** An author's box holding this share of the article's words is the article, not a box in it. */
const MAX_BOX_SHARE = 0.5;

/**
 * Blocks inside an author's box that comes after every paragraph of running prose outside
 * such boxes, with some of that prose before it, and holds less than half the article's words.
 */
export function closingAuthorBoxes(blocks: readonly TextBlock[]): Set<number> {
  // Each block's outermost author's box below the article's own element.
  const boxOf = (block: TextBlock): ElementMark | undefined => block.path.slice(1).find(isAuthorBox);
  const boxes = new Map<ElementMark, number[]>();
  blocks.forEach((block, index) => {
    const box = boxOf(block);
    if (box) boxes.set(box, [...(boxes.get(box) ?? []), index]);
  });
  const storyProse = blocks.flatMap((block, index) => (isRunningProse(block) && !boxOf(block) ? [index] : []));
  const lastStoryProse = storyProse.at(-1);
  const articleWords = blocks.reduce((sum, block) => sum + block.words, 0);
  const found = new Set<number>();
  if (lastStoryProse === undefined) return found;
  for (const inBox of boxes.values()) {
    const words = inBox.reduce((sum, index) => sum + blocks[index]!.words, 0);
    if (inBox[0]! > lastStoryProse && words < MAX_BOX_SHARE * articleWords) for (const index of inBox) found.add(index);
  }
  return found;
}
