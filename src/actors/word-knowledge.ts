// What a language's word lists say about one word or phrase: a function word, a month,
// a dictionary word, a noun, or a name the lists know (a country, a town, a company,
// a person's name). Used by the mention finder for languages other than English.
import { cachedPerKey } from '../cached-per-key.ts';
import type { Language } from '../language/language.ts';
import { COMMON_WORDS } from './common-words.ts';
import { COMPANY_WORDS } from './company-words.ts';
import { EXTRA_ORGANIZATIONS, EXTRA_PLACES } from './extra-names.ts';
import { lexiconTags } from './lexicon.ts';
import { PLACE_ALIASES } from './place-aliases.ts';
import { isWorldCity } from './world-cities.ts';

/**
 * How a stem cut off before an English suffix may be spelled as a word: as written, and without
 * the last consonant spelling doubles before the suffix ("gunn|er" → "gun", "shopp|ing" → "shop").
 */
export function stemReadings(stem: string): string[] {
  return stem.at(-1) === stem.at(-2) ? [stem, stem.slice(0, -1)] : [stem];
}

/** Agencies, institutions and regions the news names in every language ("Hamas", "NATO", "Gaza"). */
const WORLD_ORGANIZATIONS: ReadonlySet<string> = new Set(EXTRA_ORGANIZATIONS);
const WORLD_PLACES: ReadonlySet<string> = new Set(EXTRA_PLACES);
const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** Each part of a compound noun has at least this many letters ("Geburts|tag"). */
const MIN_COMPOUND_PART = 3;
/** A compound may open with an adjective or verb of at least this many letters ("Final|serie"), not with "an" or "um". */
const MIN_WORD_HEAD = 4;
/** A verb's stem before a finite form's ending has at least this many letters ("sag|t"), so that "Ab" is no form of "aben". */
const MIN_VERB_STEM = 3;
const HAS_UMLAUT = /[äöü]/u;
/** German plurals and comparatives turn a, o, u into ä, ö, ü ("Verträge" → "Vertrag"). */
const UMLAUTS: ReadonlyArray<[RegExp, string]> = [[/ä/gu, 'a'], [/ö/gu, 'o'], [/ü/gu, 'u']];
/** Remembered answers per language before the cache starts over. */
export const MAX_CACHED = 20_000;

/**
 * 'town' is a place known only from a list of towns, and 'company' an organization known only
 * from the companies list: their names are also ordinary words at times ("Mitte", "Staat").
 */
export type KnownKind = 'place' | 'town' | 'organization' | 'company' | 'person' | 'first-name';

/** The kind says the lists know an organization, from its own list or the companies list. */
export function isOrganizationKind(known: KnownKind | null): boolean {
  return known === 'organization' || known === 'company';
}

/** The kind says the lists know a place, from the lists of countries and regions or only from a list of towns. */
export function isPlaceKind(known: KnownKind | null): boolean {
  return known === 'place' || known === 'town';
}

const knownPerLanguage = new WeakMap<Language, (phrase: string) => KnownKind | null>();

/** A word or phrase the lists name, with its kind; null when none does. Remembered per language. */
export function knownName(phrase: string, language: Language | null): KnownKind | null {
  if (!language) return lookUpKnownName(phrase, null);
  let known = knownPerLanguage.get(language);
  if (!known) {
    known = cachedPerKey((key: string) => lookUpKnownName(key, language), MAX_CACHED);
    knownPerLanguage.set(language, known);
  }
  return known(phrase);
}

/** An organization this engine's own list holds ("Bundestag", "Bundeswehr"), not only the English lexicon. */
export function isListedOrganization(phrase: string): boolean {
  return WORLD_ORGANIZATIONS.has(phrase);
}

function lookUpKnownName(phrase: string, language: Language | null): KnownKind | null {
  if (language?.regions.has(phrase) || PLACE_ALIASES.has(phrase) || language?.sets.placeNames.has(phrase) || WORLD_PLACES.has(phrase)) return 'place';
  if (language?.towns.has(phrase) || isWorldCity(phrase)) return 'town';
  if (WORLD_ORGANIZATIONS.has(phrase)) return 'organization';
  if (COMPANY_WORDS.has(phrase)) return 'company';
  const tags = lexiconTags(phrase);
  if (tags.some((tag) => tag === 'Country' || tag === 'City' || tag === 'Region')) return 'place';
  if (tags.some((tag) => tag === 'Organization' || tag === 'SportsTeam')) return 'organization';
  if (tags.some((tag) => FIRST_NAME_TAGS.has(tag))) return 'first-name';
  if (tags.includes('Person') || tags.includes('LastName')) return 'person';
  if (language?.personNames.has(phrase)) return 'person';
  return null;
}

/**
 * An ordinary English word ("Internet", "Deal", "Team"): stories in other languages borrow
 * them, capitalized, and they are no names there either.
 */
export function isEnglishWord(word: string): boolean {
  return COMMON_WORDS.has(word) || (word.length > 3 && word.endsWith('s') && COMMON_WORDS.has(word.slice(0, -1)));
}

/** A first name by compromise's lexicon ("Helmut" is not there, "Tobias" is). */
export const isFirstName: (word: string) => boolean = cachedPerKey(
  (word) => lexiconTags(word).some((tag) => FIRST_NAME_TAGS.has(tag)),
  MAX_CACHED,
);

/** `word` ends in one of `endings`, with more than two letters before it ("Sparkassen|präsident"). */
export function endsWithOneOf(word: string, endings: readonly string[]): boolean {
  // A plain loop, no closure per call: it runs on most capitalized words, against dozens of endings.
  for (const ending of endings) if (word.length > ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}

/** The word without one of the language's inflection endings, each form tried longest ending first. */
export function withoutInflections(word: string, language: Language): string[] {
  const forms = [word];
  for (const ending of language.words.inflections) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) forms.push(word.slice(0, -ending.length));
  }
  return forms;
}

/**
 * 'noun' for a dictionary noun of a language that capitalizes nouns; 'compound' for a word
 * made of two dictionary nouns ("Rüstungs|konzern"), which names sometimes are too
 * ("Rhein|metall"); null for anything else.
 */
export type NounKind = 'noun' | 'compound' | null;

export interface WordKnowledge {
  /** A function word of the language ("und", "les", "que"). */
  isStopWord(word: string): boolean;
  /** A month or weekday name, alone or opening a compound ("Samstagfrüh"). */
  isCalendarWord(word: string): boolean;
  nounKind(word: string): NounKind;
  /** A dictionary word written in lower case (an adjective, a verb, a noun outside German). */
  isLowerCaseWord(word: string): boolean;
  /** An inflected form of a lower-case dictionary word ("deutsche" of "deutsch"), not the word itself ("unternehmen"). */
  isInflectedAdjective(word: string): boolean;
  /**
   * A lower-case dictionary word, or a plural or feminine of one by the language's inflections or
   * endingSwaps ("notizie" of "notizia", "últimas" of "último").
   */
  isWordForm(word: string): boolean;
  /** The word itself is a dictionary entry (not only an inflected form of one, as "Berger" might be of "Berg"). */
  isDictionaryEntry(word: string): boolean;
  /** A word shaped like an ordinary word of the language ("-ung", "-ment"). */
  hasWordEnding(word: string): boolean;
  /** A finite form or the participle of a verb the dictionary lists ("finde", "vereinfacht"), by the language's verbForms. */
  isVerbForm(word: string): boolean;
  /**
   * A third-person present form of a verb the dictionary lists ("indica", "arrivano"), by the
   * language's presentVerbForms; not a word the dictionary lists itself ("europea", "crea").
   */
  isPresentVerbForm(word: string): boolean;
}

function withoutUmlauts(word: string): string {
  return UMLAUTS.reduce((folded, [umlaut, vowel]) => folded.replace(umlaut, vowel), word);
}

const knowledgeOf = new WeakMap<Language, WordKnowledge>();

/** The lookups for `language`, with per-word answers remembered. */
export function wordKnowledge(language: Language): WordKnowledge {
  const known = knowledgeOf.get(language);
  if (known) return known;
  const { nouns, common, stopWords, calendarWords, words, properNames } = language;
  const { inflections } = words;
  /** `word`, or `word` less one inflection ending, in `set`, umlauts folded or not; no arrays built (it runs on every split of every compound). */
  const inDictionary = (set: ReadonlySet<string>, word: string): boolean => {
    const has = (form: string): boolean => set.has(form) || (HAS_UMLAUT.test(form) && set.has(withoutUmlauts(form)));
    if (has(word)) return true;
    for (const ending of inflections) {
      if (word.length - ending.length >= 3 && word.endsWith(ending) && has(word.slice(0, -ending.length))) return true;
    }
    return false;
  };
  const isLowerCaseWord = cachedPerKey((word: string): boolean => inDictionary(common, word), MAX_CACHED);
  /** "Beschäftigten", "Verletzte": a participle made a noun; its verb ("beschäftigen") is in the dictionary. */
  const nominalizedParticiple = (word: string): boolean =>
    withoutInflections(word, language).some((form) => form !== word && form.length > 4 && form.endsWith('t') && common.has(`${form.slice(0, -1)}en`));
  /** "Anschließend", "Folgende": a present participle, its verb ("anschließen") in the dictionary, opening a sentence. */
  const presentParticiple = (word: string): boolean =>
    word.includes('end') && withoutInflections(word, language).some((form) => form.length > 5 && form.endsWith('end') && common.has(form.slice(0, -1)));
  /**
   * "Geburtstag", "Burgschauspielerin", "Finalserie": is `word` from `from` on a noun or a word
   * of four letters or more, then a noun or a compound of nouns? What each suffix is gets
   * remembered by where it starts, for this word only: kept in the shared caches, every
   * suffix of every new word would crowd out the words themselves.
   */
  const compoundFrom = (word: string, from: number, suffixes: Map<number, boolean>): boolean => {
    for (let cut = from + MIN_COMPOUND_PART; word.length - cut >= MIN_COMPOUND_PART; cut++) {
      const head = word.slice(from, cut);
      const headIsWord = inDictionary(nouns, head) || (cut - from >= MIN_WORD_HEAD && !stopWords.has(head) && inDictionary(common, head));
      if (headIsWord && nounOrCompoundFrom(word, cut, suffixes)) return true;
    }
    return false;
  };
  /** "Intervall|fasten": a verb's infinitive closing a compound is the verb made a noun ("das Fasten"). */
  const nominalizedInfinitive = (rest: string): boolean => rest.endsWith('en') && common.has(rest);
  /**
   * "Klima|wandel", "Grund|einkommen": the dictionary files some nouns as names are filed
   * ("Wandel/Sm", like "Wien/Sm"); closing a compound, one that names no person, town or
   * country is the noun ("Ober|bayern" stays a name), unless it is an institution's ending
   * ("Justiz|ministerium" names one). Not opening one: names open compounds ("Sachsen|ring").
   */
  const nounFiledAsName = (rest: string): boolean =>
    properNames.has(rest) &&
    !language.dictionaryPeople.has(rest) &&
    !language.towns.has(rest) &&
    !language.regions.has(rest) &&
    !words.orgEndings.includes(rest);
  const nounOrCompoundFrom = (word: string, from: number, suffixes: Map<number, boolean>): boolean => {
    const known = suffixes.get(from);
    if (known !== undefined) return known;
    const rest = word.slice(from);
    const answer =
      inDictionary(nouns, rest) ||
      (from > 0 && (nounFiledAsName(rest) || nominalizedInfinitive(rest))) ||
      (rest.includes('-') ? nounKind(rest) !== null : compoundFrom(word, from, suffixes) || nominalizedParticiple(rest));
    suffixes.set(from, answer);
    return answer;
  };
  const nounKind = cachedPerKey((word: string): NounKind => {
    if (nouns.size === 0) return null;
    if (inDictionary(nouns, word)) return 'noun';
    // "Kfz-Gewerbes", "Opernball-Lady": a hyphenated compound is what its last part is;
    // "Fußball-Drittligisten": one that opens with a noun describes, it does not name.
    const dash = word.lastIndexOf('-');
    if (dash > 0) return nounKind(word.slice(dash + 1)) || inDictionary(nouns, word.slice(0, word.indexOf('-'))) ? 'compound' : null;
    if (compoundFrom(word, 0, new Map())) return 'compound';
    return nominalizedParticiple(word) || presentParticiple(word) ? 'noun' : null;
  }, MAX_CACHED);
  const isCalendarWord = (word: string): boolean => {
    if (calendarWords.has(word)) return true;
    // "Samstagfrüh", "Freitagnachmittag": a day or month and an ordinary word of four letters or more.
    for (const day of calendarWords) {
      const rest = word.slice(day.length);
      if (rest.length >= MIN_WORD_HEAD && word.startsWith(day) && (isLowerCaseWord(rest) || nounKind(rest))) return true;
    }
    return false;
  };
  const endings = [...words.wordEndings].sort((a, b) => b.length - a.length);
  /** `word` ends in `ending` after a stem of MIN_VERB_STEM letters, and the dictionary lists the stem with `replacement` in its place. */
  const listedWithEnding = (word: string, ending: string, replacement: string): boolean =>
    word.length - ending.length >= MIN_VERB_STEM && word.endsWith(ending) && common.has(`${word.slice(0, word.length - ending.length)}${replacement}`);
  const isVerbForm = (word: string): boolean => {
    const forms = words.verbForms;
    if (!forms) return false;
    return forms.endings.some((ending) => listedWithEnding(word, ending, forms.infinitive));
  };
  const isPresentVerbForm = (word: string): boolean => {
    const conjugations = words.presentVerbForms;
    if (!conjugations || common.has(word)) return false;
    return conjugations.some(({ endings: verbEndings, infinitive }) => verbEndings.some((ending) => listedWithEnding(word, ending, infinitive)));
  };
  const swappedForm = (word: string): boolean => (words.endingSwaps ?? []).some(([ending, own]) => listedWithEnding(word, ending, own));
  const isWordForm = cachedPerKey(
    (word: string): boolean => isLowerCaseWord(word) || withoutInflections(word, language).some((form) => form !== word && common.has(form)) || swappedForm(word),
    MAX_CACHED,
  );
  const knowledge: WordKnowledge = {
    isStopWord: (word) => stopWords.has(word),
    isCalendarWord: cachedPerKey(isCalendarWord, MAX_CACHED),
    nounKind,
    isLowerCaseWord,
    isInflectedAdjective: (word) => withoutInflections(word, language).some((form) => form !== word && common.has(form)),
    isDictionaryEntry: (word) => nouns.has(word) || common.has(word),
    hasWordEnding: (word) => endsWithOneOf(word, endings),
    isVerbForm: (word) => isVerbForm(word),
    isPresentVerbForm,
    isWordForm,
  };
  knowledgeOf.set(language, knowledge);
  return knowledge;
}
