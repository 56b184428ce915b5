// A note on where the text came from: that it appeared first elsewhere ("This article
// originally appeared on The Atlantic"), or who reported it besides the author ("Jo Lind
// contributed to this report"). Left in, the other outlet and the other reporters become key
// actors of the story.
import { PROVENANCE_PHRASES } from './furniture-phrases.ts';
import { shortLinesWith } from './phrase-lines.ts';

/** Such a note is a sentence or two. */
const PROVENANCE_LINE_WORDS = 30;

/** A line of a sentence or two naming where the text came from (PROVENANCE_PHRASES), anywhere in the story. */
export const provenanceLines = shortLinesWith('provenance lines', PROVENANCE_PHRASES, PROVENANCE_LINE_WORDS);
