// A line asking the reader to click the page's link ("Click here for more information.",
// "DHB jetzt auch digital! Einfach hier klicken und registrieren!"): a pointer to another
// page or an offer, set between or after the story's paragraphs. The story's own sentences
// are running prose and stay whatever they say.
import { CLICK_PROMPT_PHRASES } from './furniture-phrases.ts';
import { shortLinesWith } from './phrase-lines.ts';

/** Such a prompt is a sentence or two. */
const CLICK_PROMPT_WORDS = 30;

/** A line of a sentence or two, not running prose, asking to click a link (CLICK_PROMPT_PHRASES). */
export const clickPrompts = shortLinesWith('click prompts', CLICK_PROMPT_PHRASES, CLICK_PROMPT_WORDS);
