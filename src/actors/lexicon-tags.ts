/** The compromise tags the actors engine reads; every other tag only says "ordinary word". */
export const KEPT_TAGS: ReadonlySet<string> = new Set([
  'ProperNoun', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City',
  'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym', 'Actor', 'Noun',
]);
/** Stands for any tag outside KEPT_TAGS. */
export const OTHER_TAG = 'Other';

/** A word's tags reduced to what the engine distinguishes, sorted and without repeats. */
export function reduceTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => (KEPT_TAGS.has(tag) ? tag : OTHER_TAG)))].sort();
}
