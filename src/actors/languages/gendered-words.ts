// Word tables split by the grammatical gender they give their person ("he"/"she",
// "Herr"/"Frau"): the pronoun rules read the gender, the name rules only the words.
export type Gender = 'masculine' | 'feminine';

/** A table of words by the gender they give their person: pronouns, courtesy titles. */
export interface GenderedWords {
  masculine: readonly string[];
  feminine: readonly string[];
}

/** Both lists as one: where a rule asks only "is this such a word?". */
export function allGendered(words: GenderedWords): string[] {
  return [...words.masculine, ...words.feminine];
}

/** Word → the gender it gives. */
export function genderOfWords(words: GenderedWords): ReadonlyMap<string, Gender> {
  return new Map<string, Gender>([
    ...words.masculine.map((word): [string, Gender] => [word, 'masculine']),
    ...words.feminine.map((word): [string, Gender] => [word, 'feminine']),
  ]);
}
