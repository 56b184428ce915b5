// People's names that stand for another name of the same person in the story: a shorter
// form of a full name, or a full name with a word run into it.
import { isCommonWord, nameClass } from './word-classes.ts';

/** A person's name of two words or more, as the story writes it. */
interface FullName {
  name: string;
  words: string[];
  /** Its first word is a first name the lexicon knows. */
  opensWithFirstName: boolean;
}

const CAPITALIZED = /^\p{Lu}/u;

/**
 * For the people `names` (display names, repeats allowed), each name that stands for another
 * → that other name. The three readings below never map a name to itself.
 */
export function personAliases(names: readonly string[]): Map<string, string> {
  const people = [...new Set(names.filter((name) => name.includes(' ')))].map((name) => {
    const words = name.split(' ');
    return { name, words, opensWithFirstName: nameClass(words[0]?.toLowerCase() ?? '') === 'first-name' };
  });
  return new Map([...describedPeople(people), ...runTogetherNames(people), ...shorterFullNames(people)]);
}

/**
 * "Boxer Ravinder Pal" → "Ravinder Pal": a word run into a person's name that the story also
 * writes on its own describes the person, when it is an ordinary word or one no names list
 * knows; a first name before it ("Anil Ravinder Pal") would be part of the name.
 */
function describedPeople(people: readonly FullName[]): Map<string, string> {
  const written = new Set(people.map((p) => p.name));
  const aliases = new Map<string, string>();
  for (const { name, words } of people) {
    const [lead = '', ...rest] = words;
    const person = rest.join(' ');
    const word = lead.toLowerCase();
    if (rest.length >= 2 && written.has(person) && (isCommonWord(word) || nameClass(word) === null)) aliases.set(name, person);
  }
  return aliases;
}

/**
 * "Arsenal Sanchez" in a title-case headline beside "Alexis Sanchez" in the text: a club's or
 * a place's name, or an ordinary word, run into a surname stands for the one person the story
 * names in full, with a first name, with that surname.
 */
function runTogetherNames(people: readonly FullName[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const { name, words } of people) {
    const lead = words[0]?.toLowerCase() ?? '';
    const leadClass = nameClass(lead);
    if (leadClass !== 'organization' && leadClass !== 'place' && !(leadClass === null && isCommonWord(lead))) continue;
    const surname = words.at(-1);
    const full = people.filter((other) => other.name !== name && other.opensWithFirstName && other.words.at(-1) === surname);
    if (full.length === 1 && full[0]) aliases.set(name, full[0].name);
  }
  return aliases;
}

/**
 * "Thomas Malone" → "Thomas W. Malone", "Te Kaurinui" → "Te Kaurinui Robert Parata",
 * "Kostro Miller" → "Amanda A. Kostro Miller": a person's name of several words folds into
 * the longest full name that holds all its words in order and opens with the same word, or
 * that opens with a first name and ends with all of them (a double surname), when every such
 * name fits in that one.
 */
function shorterFullNames(people: readonly FullName[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const short of people) {
    const fits = (long: FullName): boolean =>
      long.words[0] === short.words[0] ? isSubsequence(short.words, long.words) : long.opensWithFirstName && long.words.slice(-short.words.length).join(' ') === short.name;
    const longer = people.filter((long) => long.words.length > short.words.length && fits(long));
    const longest = longer.reduce<FullName | undefined>((best, p) => (!best || p.words.length > best.words.length ? p : best), undefined);
    if (longest && longer.every((p) => p === longest || isSubsequence(p.words, longest.words))) aliases.set(short.name, longest.name);
  }
  return aliases;
}

/** `short`'s words in order inside `long`, whose other words are capitalized name words ("W.", "Robert"), not "von Rene Benko". */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const word of long) {
    if (word === short[at]) at++;
    else if (!CAPITALIZED.test(word)) return false;
  }
  return at === short.length;
}
