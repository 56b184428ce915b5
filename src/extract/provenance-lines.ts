// A note on where the text came from: that it appeared first elsewhere ("This article
// originally appeared on The Atlantic"), or who reported it besides the author ("Jo Lind
// contributed to this report"). Left in, the other outlet and the other reporters become key
// actors of the story.
import { isRunningProse, wordsIn } from './block-shape.ts';
import { PROVENANCE_PHRASES } from './furniture-phrases.ts';
import { indicesWhere, type FurnitureRule } from './furniture-rules-api.ts';

const PROVENANCE = Object.values(PROVENANCE_PHRASES).flat();
/** Such a note is a sentence or two. */
const PROVENANCE_LINE_WORDS = 30;

/** A line of a sentence or two naming where the text came from (PROVENANCE_PHRASES), anywhere in the story. */
export const provenanceLines: FurnitureRule = {
  name: 'provenance lines',
  find: (blocks) =>
    indicesWhere(blocks, (block) => !isRunningProse(block) && wordsIn(block) <= PROVENANCE_LINE_WORDS && PROVENANCE.some((phrase) => block.line.includes(phrase))),
};
