// compromise's word knowledge (names, places, organizations, job titles, ordinary
// words), read from the snapshot in data/lexicon-classes.ts: building a Map from it
// takes a few ms, where loading compromise itself costs the popup ~400 ms.
import { unpackWords } from '../text/packed-words.ts';
import { LEXICON_BY_TAGS, ORG_HEAD_WORDS, PLACE_HEAD_WORDS } from './data/lexicon-classes.ts';

const NO_TAGS: readonly string[] = [];

const LEXICON = new Map<string, readonly string[]>();
for (const [key, words] of Object.entries(LEXICON_BY_TAGS)) {
  const tags = key.split(',');
  for (const word of unpackWords(words)) LEXICON.set(word, tags);
}

/** The lexicon's tags for a lower-cased word or phrase ("new york"), reduced to those the engine reads. */
export function lexiconTags(phrase: string): readonly string[] {
  return LEXICON.get(phrase) ?? NO_TAGS;
}

/** Every lexicon phrase carrying `tag`, lower-cased. */
export function lexiconWordsTagged(tag: string): string[] {
  return Object.entries(LEXICON_BY_TAGS).flatMap(([key, words]) => (key.split(',').includes(tag) ? unpackWords(words) : []));
}

/** Head nouns compromise knows for organizations ("bank", "council") and places ("river"). */
export const ORG_WORDS: ReadonlySet<string> = new Set(unpackWords(ORG_HEAD_WORDS));
export const PLACE_WORDS: ReadonlySet<string> = new Set(unpackWords(PLACE_HEAD_WORDS));
