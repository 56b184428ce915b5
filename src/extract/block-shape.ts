// What a block's text looks like, independent of its words: how long, how much of it is
// link text, whether it ends like a sentence. The furniture rules read these; running
// prose is what no rule may ever remove.
import type { TextBlock } from './article-text.ts';

/** What these cues read of a block: its text and counts, wherever it was read from. */
export type BlockShape = Pick<TextBlock, 'text' | 'chars' | 'linkChars' | 'words'>;

/** A sentence ends here: its mark, then closing quotes or brackets (any script). */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
/** Running prose: a paragraph this long that ends like a sentence and is mostly not links. */
const PROSE_MIN_WORDS = 30;
const PROSE_MAX_LINK_DENSITY = 0.5;
/** A line this short (in words) reads as a label, a headline or a caption, not as a paragraph. */
export const SHORT_LINE_WORDS = 20;

export function linkDensity(block: Pick<BlockShape, 'chars' | 'linkChars'>): number {
  return block.chars === 0 ? 0 : block.linkChars / block.chars;
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function wordsIn(block: BlockShape): number {
  return block.words;
}

/** A paragraph of the story's own running text: long, punctuated, mostly not links. Never furniture. */
export function isRunningProse(block: BlockShape): boolean {
  return linkDensity(block) < PROSE_MAX_LINK_DENSITY && endsLikeSentence(block.text) && wordsIn(block) >= PROSE_MIN_WORDS;
}

/** A short line: a label, a headline, a caption or a credit, not a paragraph. */
export function isShortLine(block: BlockShape): boolean {
  return wordsIn(block) <= SHORT_LINE_WORDS;
}
