// A contact line after the story: the author's ("Follow him on Twitter @jo or email him at
// jo@…"), the desk's ("To reach the reporter behind this story, contact …") or the site's
// call for tips and feedback ("We'd love to get your feedback at …"). Left in, the reporter
// and the desk become key actors.
import { isRunningProse, wordsIn } from './block-shape.ts';
import { CONTACT_WORDS } from './furniture-phrases.ts';
import { afterLastProse, type FurnitureRule } from './furniture-rules-api.ts';
import { mentionsPhrase } from './phrase-match.ts';

const CONTACT = Object.values(CONTACT_WORDS).flat();
/**
 * An e-mail address ("jo@harbor-ledger.example"), a social handle ("@harborledger") or a web
 * address written out ("http://social.example/jolind", "www.harbor-ledger.example/tips").
 */
const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]{2,}|\b(?:https?:\/\/|www\.)\S+/u;
/** A contact line is a sentence or two. */
const CONTACT_LINE_WORDS = 40;

/**
 * After the story's last paragraph of prose, a line of a sentence or two that gives an
 * address or a handle and asks the reader to get in touch (CONTACT_WORDS). A handle without
 * such a word (a tweet's attribution "— Harbor Ledger (@harborledger) May 3, 2026", an
 * account the story names) stays.
 */
export const contactLines: FurnitureRule = {
  name: 'contact lines',
  find: (blocks) =>
    afterLastProse(
      blocks,
      (block) => !isRunningProse(block) && wordsIn(block) <= CONTACT_LINE_WORDS && ADDRESS.test(block.text) && mentionsPhrase(block.line, CONTACT),
    ),
};
