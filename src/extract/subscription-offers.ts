// A paywall's notice or a subscription offer set inside or after the story: "Continue
// reading for free", "Subscribed to The Week? Register your account…", "Exclusive & Unlimited
// access to all our content", "Jederzeit kündbar". The site's, never the story's.
import { isRunningProse, wordsIn } from './block-shape.ts';
import { SUBSCRIPTION_OFFER_PHRASES } from './furniture-phrases.ts';
import { indicesWhere, type FurnitureRule } from './furniture-rules-api.ts';

const OFFERS = Object.values(SUBSCRIPTION_OFFER_PHRASES).flat();
/** An offer's line is a sentence or two. */
const OFFER_LINE_WORDS = 40;

/** A line of a sentence or two, not running prose, that names a subscription offer (SUBSCRIPTION_OFFER_PHRASES). */
export const subscriptionOffers: FurnitureRule = {
  name: 'subscription offers',
  find: (blocks) =>
    indicesWhere(blocks, (block) => !isRunningProse(block) && wordsIn(block) <= OFFER_LINE_WORDS && OFFERS.some((phrase) => block.line.includes(phrase))),
};
