// A disclosure that the page's links earn the site money ("FTC: We use income earning auto
// affiliate links.", "Microsoft may earn an Affiliate Commission if you purchase something
// through recommended links in this article."), above the story or under it. The site's
// notice, never the story's.
import { AFFILIATE_DISCLOSURE_PHRASES } from './furniture-phrases.ts';
import { shortLinesWith } from './phrase-lines.ts';

/** A disclosure is a sentence or two. */
const DISCLOSURE_LINE_WORDS = 40;

/** A line of a sentence or two, not running prose, that discloses affiliate links (AFFILIATE_DISCLOSURE_PHRASES). */
export const affiliateDisclosures = shortLinesWith('affiliate disclosures', AFFILIATE_DISCLOSURE_PHRASES, DISCLOSURE_LINE_WORDS);
