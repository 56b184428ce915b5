// The story's blocks without the page furniture Readability kept: every furniture rule
// proposes blocks, and all are dropped but running prose, which no rule may remove.
import type { TextBlock } from './article-text.ts';
import { isRunningProse } from './block-shape.ts';
import { isLabelLine } from './furniture-by-markup.ts';
import { INLINE_SHARE_LABELS } from './furniture-phrases.ts';
import type { FurnitureRule, StoryContext } from './furniture-rules-api.ts';
import { FURNITURE_RULES } from './furniture-rules.ts';

export interface CleanOptions extends StoryContext {
  /** The rules to apply; all by default (the bench leaves one out at a time). */
  rules?: readonly FurnitureRule[];
}

const INLINE_SHARE = Object.values(INLINE_SHARE_LABELS).flat();

/** The blocks each rule would drop (running prose excepted), by rule name. */
export function furnitureByRule(blocks: readonly TextBlock[], options: CleanOptions): Map<string, Set<number>> {
  const byRule = new Map<string, Set<number>>();
  for (const rule of options.rules ?? FURNITURE_RULES) {
    byRule.set(rule.name, new Set(rule.find(blocks, options).filter((index) => !isRunningProse(blocks[index]!))));
  }
  return byRule;
}

/** The blocks that are story text, in order, with share buttons cut off their ends. */
export function cleanStoryBlocks(blocks: readonly TextBlock[], options: CleanOptions): TextBlock[] {
  const furniture = new Set<number>();
  for (const indices of furnitureByRule(blocks, options).values()) for (const index of indices) furniture.add(index);
  return withoutTrailingLabels(blocks.filter((_, index) => !furniture.has(index))).map(withoutInlineShareLabel);
}

/**
 * Labels left last once their boxes are gone ("Weitere Informationen", "Related
 * coverage:"): after the story's last paragraph of prose, a heading or a label line with
 * nothing after it labels nothing.
 */
function withoutTrailingLabels(blocks: readonly TextBlock[]): TextBlock[] {
  const lastProse = blocks.findLastIndex(isRunningProse);
  if (lastProse < 0) return [...blocks];
  let end = blocks.length;
  while (end - 1 > lastProse && isLabel(blocks[end - 1]!)) end--;
  return blocks.slice(0, end);
}

/** A line that announces what follows: a heading, or a label ending in a colon. */
const ANNOUNCING = /:\s*$/u;
const isLabel = (block: TextBlock): boolean => isLabelLine(block) && (block.heading || ANNOUNCING.test(block.text));

/** "A quote worth sharing.Click To Tweet" → "A quote worth sharing." */
function withoutInlineShareLabel(block: TextBlock): TextBlock {
  const lower = block.text.toLowerCase();
  const label = INLINE_SHARE.find((phrase) => lower.endsWith(phrase));
  return label ? { ...block, text: block.text.slice(0, -label.length).trimEnd() } : block;
}
