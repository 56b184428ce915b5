// Cities of the world (data/world-cities.ts), looked up whether or not the story writes their accents.
import { unpackWords } from '../text/packed-words.ts';
import { withoutAccents } from '../text/without-accents.ts';
import { CITIES_NAMED_LIKE_PEOPLE, WORLD_CITIES } from './data/world-cities.ts';

/** The list holds each name once, without accents ("sao paulo"): a form with them is folded to it. */
const CITY_SET: ReadonlySet<string> = new Set(unpackWords(WORLD_CITIES));

/** A city of the world by its lower-case name, accents written or not ("são paulo", "sao paulo"). */
export function isWorldCity(phrase: string): boolean {
  return CITY_SET.has(withoutAccents(phrase));
}

const PERSONAL_CITY_SET: ReadonlySet<string> = new Set(unpackWords(CITIES_NAMED_LIKE_PEOPLE));

/** A city of the same size whose name is also a person's ("austin", "madison"): a city only where the story places it. */
export function isCityNamedLikePeople(phrase: string): boolean {
  return PERSONAL_CITY_SET.has(withoutAccents(phrase));
}
