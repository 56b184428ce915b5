// A disclosure that the page's links earn the site money ("FTC: We use income earning auto
// affiliate links.", "Microsoft may earn an Affiliate Commission if you purchase something
// through recommended links in this article."), above the story or under it. The site's
// notice, never the story's.
import { isRunningProse, wordsIn } from './block-shape.ts';
import { AFFILIATE_DISCLOSURE_PHRASES } from './furniture-phrases.ts';
import { indicesWhere, type FurnitureRule } from './furniture-rules-api.ts';

const DISCLOSURES = Object.values(AFFILIATE_DISCLOSURE_PHRASES).flat();
/** A disclosure is a sentence or two. */
const DISCLOSURE_LINE_WORDS = 40;

/** A line of a sentence or two, not running prose, that discloses affiliate links (AFFILIATE_DISCLOSURE_PHRASES). */
export const affiliateDisclosures: FurnitureRule = {
  name: 'affiliate disclosures',
  find: (blocks) =>
    indicesWhere(blocks, (block) => !isRunningProse(block) && wordsIn(block) <= DISCLOSURE_LINE_WORDS && DISCLOSURES.some((phrase) => block.line.includes(phrase))),
};
