// The shape three notices share: a line of a sentence or two, no running prose, holding one
// of a table's phrases in any language (an affiliate disclosure, a note on where the text
// came from, a subscription offer). Each notice names its table and how long its line runs.
import { isRunningProse, wordsIn } from './block-shape.ts';
import { indicesWhere, type FurnitureRule } from './furniture-rules-api.ts';
import { containsPhrase } from './phrase-match.ts';

/** A rule that finds short lines, not running prose, holding a phrase of `phrasesByLanguage`. */
export function shortLinesWith(name: string, phrasesByLanguage: Readonly<Record<string, readonly string[]>>, maxWords: number): FurnitureRule {
  const phrases = Object.values(phrasesByLanguage).flat();
  return {
    name,
    find: (blocks) => indicesWhere(blocks, (block) => !isRunningProse(block) && wordsIn(block) <= maxWords && containsPhrase(block.line, phrases)),
  };
}
