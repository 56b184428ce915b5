/** compromise tags that mark a word as (part of) a name rather than an ordinary word. */
export const NAME_TAGS: ReadonlySet<string> = new Set([
  'ProperNoun', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City',
  'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym',
]);

/** The compromise tags the actors engine reads; every other tag only says "ordinary word". */
export const KEPT_TAGS: ReadonlySet<string> = new Set([...NAME_TAGS, 'Actor', 'Noun']);
/** Stands for any tag outside KEPT_TAGS. */
export const OTHER_TAG = 'Other';

/** A word's tags reduced to what the engine distinguishes, sorted and without repeats. */
export function reduceTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => (KEPT_TAGS.has(tag) ? tag : OTHER_TAG)))].sort();
}
