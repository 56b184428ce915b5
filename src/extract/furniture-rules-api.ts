// What a furniture rule is: one cue, read over the article's blocks.
import type { TextBlock } from './article-text.ts';

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
