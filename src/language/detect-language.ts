// Which language a story is written in: the page's own `lang` when the text agrees with
// it, else the language whose function words the text uses most. Function words
// ("der", "le", "the") make up a third to a half of running text in every language the
// detector knows, and almost none of a text in another language.
import { FUNCTION_WORDS } from './data/function-words.ts';
import { isLetter, wordRuns } from '../text/word-runs.ts';

/** A primary language subtag, lower-case: "de" for `de-AT`. */
export type LanguageCode = string;

/** Enough words to tell the language; reading more only costs time. */
const SAMPLE_WORDS = 600;
/** Below this share of function words the text is in none of the known languages. */
const MIN_SHARE = 0.2;
/**
 * A text that lists more than it tells (a club's dates, a game's quest log, a short local
 * story among its headings) has fewer function words; below MIN_SHARE one language still
 * wins where its share is at least this, and LEADS_BY times any other language's.
 */
const MIN_LEADING_SHARE = 0.1;
/** How far the leading language's share stands above the next one's: Lorem ipsum's Italian-like words lead by a third, a German list by three times. */
const LEADS_BY = 2.5;
/** A declared language is kept while its share is at least this part of the best one. */
const DECLARED_KEEPS = 0.8;
/** A text this short says too little to overrule the page. */
const MIN_WORDS = 20;
const PRIMARY_SUBTAG = /^([a-z]{2,3})(?:[-_]|$)/i;

const LANGUAGES: readonly LanguageCode[] = Object.keys(FUNCTION_WORDS);

/** Each function word with the languages it belongs to, as bits in LANGUAGES' order: one lookup per word of the sample. */
const LANGUAGES_OF: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  LANGUAGES.forEach((lang, i) => {
    for (const word of FUNCTION_WORDS[lang]!.split(' ')) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  return bits;
})();

/** "de-AT" → "de"; null for a missing or malformed tag. */
export function primarySubtag(tag: string | null | undefined): LanguageCode | null {
  const match = PRIMARY_SUBTAG.exec(tag?.trim() ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Per known language, the share of the sample's words that are its function words. */
export function functionWordShares(text: string): { words: number; shares: Map<LanguageCode, number> } {
  const hits = LANGUAGES.map(() => 0);
  // The sample's words, /\p{L}+/gu's matches, by word-runs' scan: a regex match object per word cost more than its lookup.
  const runs = wordRuns(text, isLetter, SAMPLE_WORDS);
  const words = runs.length / 2;
  for (let r = 0; r < runs.length; r += 2) {
    const bits = LANGUAGES_OF.get(text.slice(runs[r], runs[r + 1]).toLowerCase()) ?? 0;
    for (let i = 0; bits >> i; i++) if ((bits >> i) & 1) hits[i]!++;
  }
  const shares = new Map(LANGUAGES.map((lang, i) => [lang, words ? hits[i]! / words : 0]));
  return { words, shares };
}

/**
 * The story's language: the declared one unless the text clearly is in another known
 * language; detected from the text when the page declares none. Null when neither tells.
 */
export function storyLanguage(declared: string | null, text: string): LanguageCode | null {
  const page = primarySubtag(declared);
  const { words, shares } = functionWordShares(text);
  if (words < MIN_WORDS) return page;
  const [best, bestShare] = [...shares].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0] as [LanguageCode, number]);
  if (bestShare < MIN_SHARE) return page ?? (leadsClearly(best, bestShare, shares) ? best : null);
  if (page && (shares.get(page) ?? 0) >= bestShare * DECLARED_KEEPS) return page;
  // A page declaring a language the detector has no words for keeps it unless the text is plainly another.
  if (page && !shares.has(page) && bestShare < 2 * MIN_SHARE) return page;
  return best;
}

/** Where the page declares no language: `best`'s share is low, but every other language's far lower. */
function leadsClearly(best: LanguageCode, bestShare: number, shares: ReadonlyMap<LanguageCode, number>): boolean {
  if (bestShare < MIN_LEADING_SHARE) return false;
  return [...shares].every(([lang, share]) => lang === best || share * LEADS_BY <= bestShare);
}
