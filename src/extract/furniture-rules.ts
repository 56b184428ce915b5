// Every cue that tells page furniture from story text in the blocks Readability keeps.
// Each rule names one cue and returns the blocks it reads as furniture;
// clean-story-blocks.ts drops their union, except running prose, which no rule can remove.
import { affiliateDisclosures } from './affiliate-disclosures.ts';
import { clickPrompts } from './click-prompts.ts';
import { contactLines } from './contact-lines.ts';
import {
  arrowLinks,
  articleFooters,
  articleHeader,
  buttons,
  closingBoxes,
  downloads,
  linkBars,
  linkRuns,
  metadataBoxes,
  namedFurniture,
  navigation,
  pageIdentity,
  pictureCaptions,
  repeatedLines,
  screenReaderText,
  shoutedLinks,
  trailingLinks,
} from './furniture-by-markup.ts';
import {
  advertising,
  callsToAction,
  controlLabels,
  cookieNotices,
  counters,
  credits,
  newsletterPrompts,
  otherStories,
  pageNotices,
  postMeta,
  pressContacts,
  readingTime,
  rightsNotices,
  siteNotices,
  teaserBlurbs,
} from './furniture-by-words.ts';
import type { FurnitureRule } from './furniture-rules-api.ts';
import { bylineLine, dateLines, namedBylineLines, signOffs, stampLines } from './page-furniture.ts';
import { promptBoxes } from './prompt-boxes.ts';
import { provenanceLines } from './provenance-lines.ts';
import { subscriptionOffers } from './subscription-offers.ts';

/** Every rule, in the order the bench reports them. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  navigation,
  screenReaderText,
  articleHeader,
  namedFurniture,
  buttons,
  metadataBoxes,
  articleFooters,
  pictureCaptions,
  linkRuns,
  trailingLinks,
  arrowLinks,
  shoutedLinks,
  linkBars,
  downloads,
  repeatedLines,
  pageIdentity,
  closingBoxes,
  controlLabels,
  advertising,
  otherStories,
  teaserBlurbs,
  callsToAction,
  newsletterPrompts,
  subscriptionOffers,
  clickPrompts,
  promptBoxes,
  counters,
  credits,
  postMeta,
  readingTime,
  rightsNotices,
  siteNotices,
  affiliateDisclosures,
  cookieNotices,
  pageNotices,
  pressContacts,
  contactLines,
  provenanceLines,
  dateLines,
  bylineLine,
  namedBylineLines,
  stampLines,
  signOffs,
];
