// Readability's article element → the story's plain text: its blocks, without the page
// furniture, capped at a paragraph break.
import { articleBlocks } from './article-text.ts';
import { cleanStoryBlocks, type CleanOptions } from './clean-story-blocks.ts';
import { MAX_STORY_CHARS } from './limits.ts';

/** The story's paragraphs, separated by a blank line. */
export function storyText(content: Node, options: CleanOptions): string {
  const paragraphs = cleanStoryBlocks(articleBlocks(content), options).map((block) => block.text);
  let length = 0;
  const kept = paragraphs.filter((paragraph) => (length += paragraph.length + 2) <= MAX_STORY_CHARS);
  // A single paragraph longer than the cap is cut rather than dropped.
  return kept.length > 0 ? kept.join('\n\n') : (paragraphs[0] ?? '').slice(0, MAX_STORY_CHARS);
}
