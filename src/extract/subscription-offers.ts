// A paywall's notice or a subscription offer set inside or after the story: "Continue
// reading for free", "Subscribed to The Week? Register your account…", "Exclusive & Unlimited
// access to all our content", "Jederzeit kündbar". The site's, never the story's.
import { SUBSCRIPTION_OFFER_PHRASES } from './furniture-phrases.ts';
import { shortLinesWith } from './phrase-lines.ts';

/** An offer's line is a sentence or two. */
const OFFER_LINE_WORDS = 40;

/** A line of a sentence or two, not running prose, that names a subscription offer (SUBSCRIPTION_OFFER_PHRASES). */
export const subscriptionOffers = shortLinesWith('subscription offers', SUBSCRIPTION_OFFER_PHRASES, OFFER_LINE_WORDS);
