// What kind of word a single lower-cased word or phrase is, from compromise's
// lexicon plus this engine's own lists.
import { cachedPerKey } from '../cached-per-key.ts';
import { COMMON_WORDS } from './common-words.ts';
import { lexiconTags, lexiconWordsTagged, ORG_WORDS, PLACE_WORDS } from './lexicon.ts';
import { NAME_TAGS } from './lexicon-tags.ts';
import { COMPANY_WORDS } from './company-words.ts';
import { EXTRA_ORGANIZATIONS, EXTRA_PLACES, GROUP_WORDS, HOLIDAYS } from './extra-names.ts';
import { PLACE_ALIASES, demonymPlace } from './place-aliases.ts';
import { isWorldCity } from './world-cities.ts';
import { EXTRA_ORG_WORDS, EXTRA_PLACE_HEADS, PLACE_WORDS_NOT_HEADS, PERSON_TITLES, ROAD_HEADS } from './word-lists.ts';


const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS: ReadonlySet<string> = new Set(['Country', 'City', 'Region']);
const ORG_TAGS: ReadonlySet<string> = new Set(['Organization', 'SportsTeam']);

export const ORG_HEADS: ReadonlySet<string> = new Set([...ORG_WORDS, ...EXTRA_ORG_WORDS]);
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  ...[...PLACE_WORDS].filter((word) => !PLACE_WORDS_NOT_HEADS.has(word)),
  ...EXTRA_PLACE_HEADS,
  ...ROAD_HEADS,
]);

/** Job and title nouns ("minister", "official") from compromise's Actor tag and our titles. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...lexiconWordsTagged('Actor'),
  ...PERSON_TITLES,
  'official', 'officials', 'spokesperson', 'adviser', 'advisor', 'aide', 'diplomat', 'analyst',
  'economist', 'lawmaker', 'legislator', 'negotiator', 'prosecutor', 'researcher', 'expert',
  // the news trade's own jobs, before a reporter's name ("BBC correspondent …", "ESPN NFL Insider …")
  'correspondent', 'commentator', 'pundit', 'insider',
]);

/** 'group': a faith or a people; 'holiday': a feast or a holiday. Neither is an actor. */
export type NameClass = 'person' | 'first-name' | 'last-name' | 'place' | 'organization' | 'nationality' | 'group' | 'holiday';

const EXTRA_PLACE_SET: ReadonlySet<string> = new Set(EXTRA_PLACES);
const EXTRA_ORGANIZATION_SET: ReadonlySet<string> = new Set(EXTRA_ORGANIZATIONS);
const GROUP_SET: ReadonlySet<string> = new Set(GROUP_WORDS);
/** Plural and verb endings, so "Scorers" and "Standings" count as common words. */
const INFLECTIONS: ReadonlyArray<[RegExp, string]> = [[/ies$/, 'y'], [/s$/, ''], [/es$/, ''], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e']];

/** Words whose answers are remembered before the caches start over. */
const MAX_CACHED_WORDS = 50_000;

/** The name class of a known word or phrase, or null when it is not a known name. */
export const nameClass: (phrase: string) => NameClass | null = cachedPerKey(lookUpNameClass, MAX_CACHED_WORDS);

function lookUpNameClass(phrase: string): NameClass | null {
  if (PLACE_ALIASES.has(phrase) || EXTRA_PLACE_SET.has(phrase)) return 'place';
  if (EXTRA_ORGANIZATION_SET.has(phrase)) return 'organization';
  if (GROUP_SET.has(phrase)) return 'group';
  if (HOLIDAYS.has(phrase)) return 'holiday';
  if (demonymPlace(phrase)) return 'nationality';
  const tags = lexiconTags(phrase);
  if (tags.some((tag) => PLACE_TAGS.has(tag))) return 'place';
  if (tags.some((tag) => ORG_TAGS.has(tag))) return 'organization';
  if (tags.includes('Demonym')) return 'nationality';
  if (isWorldCity(phrase)) return 'place';
  // The list holds words of company names, some of them ordinary ones ("Reliance", "Innovations",
  // "Hotels"): a word shaped like one, or an ordinary word's plural, names no company alone.
  if (COMPANY_WORDS.has(phrase) && !WORD_ENDINGS.test(phrase) && !isCommonWord(phrase)) return 'organization';
  if (tags.includes('Person')) return 'person';
  if (tags.some((tag) => FIRST_NAME_TAGS.has(tag))) return 'first-name';
  if (tags.includes('LastName')) return 'last-name';
  return null;
}

/**
 * Endings that English words take and names seldom do ("Ironically",
 * "Shipments", "Proponents"): where case says nothing, an unknown word with one
 * of them is taken for an ordinary word rather than a name.
 */
const WORD_ENDINGS = /.{3}(?:ly|ness|ments?|ents|tions?|sions?|ities|ity|ous|ive|able|ible|ful|less|isms?|ings|ances?|ences?|ers|ors|ists|ards?|ial|aved|ived|oved|ated|ited|uted|ened|ized|ised|ured|ored|ired)$/u;

/** Like isCommonWord, and also true for unknown words shaped like ordinary ones. */
export const looksCommon: (word: string) => boolean = cachedPerKey(shapedLikeWord, MAX_CACHED_WORDS);

function shapedLikeWord(word: string): boolean {
  if (isCommonWord(word)) return true;
  if (nameClass(word) !== null) return false;
  if (WORD_ENDINGS.test(word)) return true;
  // "Year-on-year", "ROUND-UP": compounds of ordinary words.
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => part === '' || isCommonWord(part) || /^\d+$/u.test(part));
}

/** True for countries and nations ("England", "U.S."): in sport they field national teams. */
export function isCountry(phrase: string): boolean {
  return PLACE_ALIASES.has(phrase) || EXTRA_PLACE_SET.has(phrase) || lexiconTags(phrase).includes('Country');
}

/** True for ordinary words: common English words, or in the lexicon with no name tag. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((tag) => NAME_TAGS.has(tag))) return false;
  // compromise files some rare surnames ("wang") as bare nouns: those need SCOWL's word.
  if (COMMON_WORDS.has(word) || tags.some((tag) => tag !== 'Noun')) return true;
  return INFLECTIONS.some(([ending, stem]) => ending.test(word) && COMMON_WORDS.has(word.replace(ending, stem)));
}
