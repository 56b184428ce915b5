// What a furniture rule is: one cue, read over the article's blocks.
import type { TextBlock } from './article-text.ts';
import { inAuthorBox } from './author-box.ts';
import { isRunningProse } from './block-shape.ts';

export interface StoryContext {
  title: string | null;
  byline: string | null;
  /** The page's address: a print header repeats it. */
  url: string | null;
}

export interface FurnitureRule {
  name: string;
  /** Indices of the blocks this cue reads as furniture. */
  find(blocks: readonly TextBlock[], context: StoryContext): number[];
}

/** Indices of the blocks that pass `test`. */
export function indicesWhere(blocks: readonly TextBlock[], test: (block: TextBlock, index: number) => boolean): number[] {
  return blocks.flatMap((block, index) => (test(block, index) ? [index] : []));
}

/**
 * The story's paragraphs of running prose: those outside an author's box. The author's
 * account of themselves closes the page, not the story, so what stands between the story
 * and that box (a teaser for another post) is after the story. An article of nothing but
 * such a box (Readability's pick on a page without the story) keeps all its prose.
 */
export function storyProse(blocks: readonly TextBlock[]): number[] {
  const prose = indicesWhere(blocks, isRunningProse);
  const story = prose.filter((index) => !inAuthorBox(blocks[index]!));
  return story.length > 0 ? story : prose;
}

/** The index of the story's last paragraph of prose (see storyProse), or -1. */
export const lastStoryProse = (blocks: readonly TextBlock[]): number => storyProse(blocks).at(-1) ?? -1;

/** Indices of the blocks after the story's last paragraph of prose that pass `test`: the story is over there. */
export function afterLastProse(blocks: readonly TextBlock[], test: (block: TextBlock) => boolean): number[] {
  const lastProse = lastStoryProse(blocks);
  return indicesWhere(blocks, (block, index) => index > lastProse && test(block));
}

/**
 * Where the story's body begins and ends. The header is what comes before its second
 * paragraph of running prose: headline, dek (which may be a long sentence, the first
 * paragraph of prose), byline and date sit there.
 */
export function storyBounds(blocks: readonly TextBlock[]): { header: number; lastProse: number } {
  const prose = storyProse(blocks);
  return { header: prose[1] ?? blocks.length, lastProse: prose.at(-1) ?? blocks.length };
}

/** Indices of the blocks in the story's header or after its last paragraph of prose that pass `test`: where a page frames its story. */
export function outsideStoryBody(blocks: readonly TextBlock[], test: (block: TextBlock) => boolean): number[] {
  const { header, lastProse } = storyBounds(blocks);
  return indicesWhere(blocks, (block, index) => (index < header || index > lastProse) && test(block));
}
