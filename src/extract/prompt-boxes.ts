// A prompt's box: a site sets its prompt to subscribe or sign up in a box of a few lines
// (a pitch, a benefit or two, the button's label: "Get more of the Star in your inbox" /
// "Never miss the latest news. Sign up for our newsletters…" / "Sign Up Now"). The word
// rules read the prompt; the lines around it name neither the publication nor an action,
// yet they are the same box's, and left in they turn into highlights and key actors.
import type { ElementMark, TextBlock } from './article-text.ts';
import { isRunningProse } from './block-shape.ts';
import { callsToAction, newsletterPrompts } from './furniture-by-words.ts';
import { indicesWhere, type FurnitureRule } from './furniture-rules-api.ts';
import { subscriptionOffers } from './subscription-offers.ts';

/** The word rules that read a prompt to act on the publication, or its offer. */
const PROMPT_RULES: readonly FurnitureRule[] = [callsToAction, newsletterPrompts, subscriptionOffers];
/** A prompt's box is a few lines; more, and it is a section of the story. */
const PROMPT_BOX_LINES = 8;
/** Each line of it a sentence or two at most. */
const PROMPT_BOX_LINE_WORDS = 40;
/** A box holding this share of the article's words is the story, not a box in it. */
const MAX_BOX_SHARE = 0.5;

/**
 * The lines of the outermost element around a prompt that is still a prompt's box: a few
 * short lines, no running prose nor a heading of the story, less than half of the article.
 */
export const promptBoxes: FurnitureRule = {
  name: 'prompt boxes',
  find: (blocks, context) => {
    const prompts = new Set(PROMPT_RULES.flatMap((rule) => rule.find(blocks, context)));
    const articleWords = blocks.reduce((sum, block) => sum + block.words, 0);
    const found = new Set<number>();
    for (const prompt of prompts) {
      for (const index of boxAround(blocks, prompt, articleWords)) found.add(index);
    }
    return [...found];
  },
};

/** The blocks of the outermost prompt's box around `prompt` (the article's own element excluded), or none. */
function boxAround(blocks: readonly TextBlock[], prompt: number, articleWords: number): number[] {
  let box: number[] = [];
  // path[0] is the article itself.
  for (const mark of [...blocks[prompt]!.path].reverse().slice(0, -1)) {
    const inBox = blockRange(blocks, prompt, mark);
    if (!isPromptBox(blocks, inBox, articleWords)) break;
    box = inBox;
  }
  return box.length > 1 ? box : [];
}

/** The blocks that sit in `mark`: a run around `at`, as an element's blocks are consecutive. */
function blockRange(blocks: readonly TextBlock[], at: number, mark: ElementMark): number[] {
  let start = at;
  let end = at;
  while (start > 0 && blocks[start - 1]!.path.includes(mark)) start--;
  while (end + 1 < blocks.length && blocks[end + 1]!.path.includes(mark)) end++;
  return indicesWhere(blocks, (_, index) => index >= start && index <= end);
}

function isPromptBox(blocks: readonly TextBlock[], inBox: readonly number[], articleWords: number): boolean {
  const lines = inBox.map((index) => blocks[index]!);
  const words = lines.reduce((sum, block) => sum + block.words, 0);
  return (
    lines.length <= PROMPT_BOX_LINES &&
    words < MAX_BOX_SHARE * articleWords &&
    lines.every((block) => block.words <= PROMPT_BOX_LINE_WORDS && !isRunningProse(block) && !block.tableCell)
  );
}
