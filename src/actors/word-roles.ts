// The role each token of a story in another language can take in a name (name-facts.ts'
// Role), from the language's word lists: known names, the dictionary's nouns and words,
// function words, titles; and the passes that read a role from its neighbours.
import { cachedPerKey } from '../cached-per-key.ts';
import type { Language } from '../language/language.ts';
import { isTitleCompound, isTitledAcronym } from './acronym-compounds.ts';
import { ACRONYM, HAS_DIGIT, type Role } from './name-facts.ts';
import { lowerCase, type Token } from './tokenize.ts';
import { isEnglishWord, isFirstName, isListedOrganization, isPlaceKind, knownName, withoutInflections, type KnownKind, type WordKnowledge } from './word-knowledge.ts';

/** The role a token takes, with the one answer that depends on the story left open ('name unless lower-case'). */
type WordRole = Role | 'nameUnlessLowerCase';

const roleCaches = new WeakMap<Language, (key: string) => WordRole>();
/** Distinct capitalized words remembered per language before the cache starts over. */
const MAX_CACHED_ROLES = 20_000;

/**
 * "Hey Süße, …", "Liebe Leser, Liebe Fans, …": a greeting opening a sentence, or the next in a
 * row of salutations after a comma, addresses the name after it and is no part of it.
 */
export function isSalutation(tokens: readonly Token[], i: number, opensSentence: boolean, language: Language): boolean {
  const token = tokens[i];
  return token?.capitalized === true && language.sets.greetings.has(token.lower) && (opensSentence || tokens[i - 1]?.text === ',');
}

/** What the story as a whole tells of its words, beyond each word's own role. */
export interface StoryWords {
  /** Words the story also writes in lower case. */
  lowerCase: ReadonlySet<string>;
  /** Words the story writes as the first part of a hyphenated compound ("corona" of "Corona-Pandemie"). */
  compoundOpeners: ReadonlySet<string>;
}

/** The lower-case first parts of the story's hyphenated words ("Corona-Pandemie", "Corona-Test"). */
export function compoundOpenersOf(tokens: readonly Token[]): Set<string> {
  const openers = new Set<string>();
  for (const token of tokens) {
    const dash = token.lower.indexOf('-');
    if (dash > 0) openers.add(token.lower.slice(0, dash));
  }
  return openers;
}

/**
 * A town only the world's list knows, none of the language's countries' ("Corona"), that the
 * story also writes as the first part of its compounds ("Corona-Pandemie", "Corona-Regeln"):
 * a word the language borrowed, a virus or a brand, more often than a far town.
 */
function isBorrowedTownWord(lower: string, language: Language, story: StoryWords): boolean {
  return story.compoundOpeners.has(lower) && !language.towns.has(lower) && knownName(lower, language) === 'town';
}

export function roleOf(token: Token, opensSentence: boolean, language: Language, knowledge: WordKnowledge, story: StoryWords): Role {
  if (!token.capitalized) return language.sets.nameConnectors.has(token.lower) ? 'connector' : 'other';
  let cached = roleCaches.get(language);
  if (!cached) {
    // The key is the word as written and whether it opens a sentence: all a word's role depends on.
    cached = cachedPerKey((key: string) => wordRole(key.slice(1), key.startsWith('1'), language, knowledge), MAX_CACHED_ROLES);
    roleCaches.set(language, cached);
  }
  const role = cached(`${opensSentence ? 1 : 0}${token.text}`);
  // It is a place only where the story shows one ("in Corona, Kalifornien").
  if (role === 'name' && isBorrowedTownWord(token.lower, language, story)) return 'nounOrName';
  if (role !== 'nameUnlessLowerCase') return role;
  // A capitalized word opening a sentence is a name only when the story never writes it in lower case.
  return story.lowerCase.has(token.lower) ? 'noun' : 'name';
}

function wordRole(text: string, opensSentence: boolean, language: Language, knowledge: WordKnowledge): WordRole {
  // As the token's own lower case: composed, as the word lists write it ("dès" with a combining accent is "dès").
  const lower = lowerCase(text);
  if (HAS_DIGIT.test(text) || knowledge.isCalendarWord(lower)) return 'other';
  // An acronym is a name whatever word it spells ("AG", "EU"), unless it stands alone as a word.
  if (ACRONYM.test(text)) return text.length === 1 ? 'other' : 'name';
  // Titles introduce names ("Burgemeester Anouk Verhoef", "KVP-leider Sanne Smit", "GroenLinks-PvdA-leider
  // Frans Timmermans"); they are none.
  if (language.sets.personTitles.has(lower) || isTitledAcronym(text, language) || isTitleCompound(text, language) || isWordAndTitle(lower, language, knowledge)) return 'noun';
  // Mid-sentence, a capitalized function word belongs to a name ("Estados Unidos", "Le Monde",
  // "Peter Lang"); German's nouns and adjectives among them go on to the dictionary below.
  if (knowledge.isStopWord(lower) && opensSentence) return 'other';
  // "Wusstest Du …", "auf Ihrem PC": a pronoun capitalized to address the reader names no one.
  if (language.sets.addressPronouns.has(lower)) return 'other';
  const known = knownFormOf(lower, language);
  // "Amt": an organization only the English lexicon knows (its AMT), spelled like a noun of a
  // language that capitalizes nouns, is that noun unless a cue says otherwise.
  if (known === 'organization' && language.words.capitalizesNouns && knowledge.nounKind(lower) === 'noun' && !withoutInflections(lower, language).some(isListedOrganization)) return 'nounOrName';
  if (known === 'place' || known === 'organization') return 'name';
  // A company whose name is also a word of the language ("Staat") needs a cue.
  if (known === 'company' && (knowledge.nounKind(lower) === 'noun' || knowledge.isLowerCaseWord(lower))) return 'nounOrName';
  if (language.words.capitalizesNouns) {
    // People's names that are also nouns ("Heil", "Fuchs") are names only beside a first name;
    // towns that are also nouns ("Mitte") only where the story shows a place.
    const noun = knowledge.nounKind(lower);
    // "Hamburger SV", "Berliner Zeitung": a town's adjective opens a name, like any capitalized adjective.
    if (isTownAdjective(lower, language)) return opensSentence ? 'nounOrName' : 'adjective';
    if (noun === 'noun') return known === 'town' ? 'nounOrName' : 'noun';
    // "Klick/Sm", "Camp/Sm": a noun the dictionary files like a place is a surname only to the
    // shared names list; it is a name beside a first name or where a cue says so.
    if (known === 'person' && filedLikeNoun(lower, language)) return 'nounOrName';
    if (known === 'person' && opensSentence && isOrdinaryWordNamedOnlyInLists(lower, language, knowledge)) return 'other';
    if (known) return 'name';
    // "Ministeriums": an inflected form of a word the dictionary files like a name is that word;
    // not an English plural, which names in German keep as written ("Hansa Studios").
    const inflectedNoun = filedLikeNoun(lower, language) && !isEnglishWord(lower);
    if (noun === 'compound' || language.properNames.has(lower) || inflectedNoun) return 'nounOrName';
    if (knowledge.hasWordEnding(lower)) return 'noun';
    if (knowledge.isLowerCaseWord(lower)) return opensSentence ? 'other' : 'adjective';
    // "Finde so ein Verhalten …", "Vereinfacht gesagt …": opening a sentence, a verb's form.
    if (opensSentence && knowledge.isVerbForm(lower)) return 'other';
    return 'name';
  }
  if (known && !(known === 'town' && opensSentence && knowledge.isLowerCaseWord(lower))) return 'name';
  if (language.properNames.has(lower)) return 'name';
  // "Internet", "Deal": English words borrowed capitalized are names only where a cue says so.
  if (isEnglishWord(lower)) return 'nounOrName';
  if (!opensSentence) return 'name';
  return knowledge.isLowerCaseWord(lower) || knowledge.hasWordEnding(lower) ? 'noun' : 'nameUnlessLowerCase';
}

/** The shortest word that opens a compound title ("raad" of "raadslid"). */
const MIN_COMPOUND_OPENING = 3;
/** The linking "s" between a compound's parts ("bedrijfs|directeur"). */
const LINKING_S = 's';

/**
 * "Museumdirecteur", "Partijvoorzitter", "Bedrijfsdirecteur": where only names are capitalized,
 * a word of the language closed by a person's title is a title written as one word, capitalized
 * because it opens a sentence. A surname so ending ("Hoffman") opens with no word of the language.
 */
function isWordAndTitle(word: string, language: Language, knowledge: WordKnowledge): boolean {
  if (language.words.capitalizesNouns) return false;
  return language.words.personTitleEndings.some((ending) => {
    const opening = word.slice(0, -ending.length);
    if (!word.endsWith(ending) || opening.length < MIN_COMPOUND_OPENING) return false;
    const unlinked = opening.endsWith(LINKING_S) ? opening.slice(0, -LINKING_S.length) : opening;
    return [opening, unlinked].some((part) => part.length >= MIN_COMPOUND_OPENING && !knowledge.isStopWord(part) && knowledge.isLowerCaseWord(part));
  });
}

/**
 * "Klar, …", "Tolles Internetz, …", "Hohe Raten bei …": opening a sentence, a word the dictionary
 * writes in lower case (an adverb, an adjective in any of its forms) has its capital from the
 * sentence, even where the shared list of people's names holds it or its stem ("Klar", "Toll",
 * "Hoh"): that list is read for surnames in every language and knows many words. Not a first
 * name, nor a name the dictionary itself files as a person's. A surname the story gives in full
 * is read again as a name (findLanguageMentions).
 */
function isOrdinaryWordNamedOnlyInLists(word: string, language: Language, knowledge: WordKnowledge): boolean {
  return knowledge.isLowerCaseWord(word) && !isFirstName(word) && !withoutInflections(word, language).some((form) => language.dictionaryPeople.has(form));
}

/** German: the dictionary files the word, in some form, among places and nouns, not among people ("Klick/Sm", "Camps"). */
function filedLikeNoun(word: string, language: Language): boolean {
  const forms = withoutInflections(word, language);
  return forms.some((form) => language.properNames.has(form)) && !forms.some((form) => language.dictionaryPeople.has(form));
}

/** "Lotte Tobisch", "Rose Ayling": a first name that is also a noun names someone before a name. */
export function firstNamesBeforeNames(tokens: Token[], language: Language, roles: Role[]): Role[] {
  return roles.map((role, i) => {
    if ((role !== 'noun' && role !== 'nounOrName') || roles[i + 1] !== 'name') return role;
    const word = tokens[i]?.lower ?? '';
    if (language.sets.personTitles.has(word)) return role;
    // German's dictionary names hold nouns and places ("Thema", "Wien") beside people's: only people's count here.
    const dictionaryName = language.words.capitalizesNouns ? language.dictionaryPeople.has(word) : language.properNames.has(word);
    const nameWord = isFirstName(word) || language.personNames.has(word) || dictionaryName;
    return nameWord ? 'name' : role;
  });
}

/** Endings that make a town's adjective in German: "Hamburg|er", "Dresd|ner" (from "Dresden"). */
const TOWN_ADJECTIVE_ENDINGS: ReadonlyArray<[string, string]> = [['er', ''], ['ner', 'en'], ['er', 'en'], ['er', 'e']];

function isTownAdjective(word: string, language: Language): boolean {
  return TOWN_ADJECTIVE_ENDINGS.some(([ending, restored]) => {
    if (!word.endsWith(ending) || word.length - ending.length < 3) return false;
    const town = word.slice(0, -ending.length) + restored;
    return isPlaceKind(knownName(town, language));
  });
}

/** What the lists know a word as, in any of its inflected forms ("Grossbritanniens"). */
function knownFormOf(word: string, language: Language): KnownKind | null {
  for (const form of withoutInflections(word, language)) {
    const known = knownName(form, language);
    if (known) return known;
  }
  return null;
}

/** The form of `surface` the lists know ("Grossbritannien" for "Grossbritanniens"), or null. */
export function knownBaseForm(surface: string, language: Language): string | null {
  const lower = surface.toLowerCase();
  if (language.regions.has(lower)) return null;
  const base = withoutInflections(lower, language).find((form) => form !== lower && language.regions.has(form));
  return base ? surface.slice(0, base.length) : null;
}

/**
 * "die Deutsche Post": a German noun that is also an adjective's form ("Deutsche"), written
 * capitalized mid-sentence before a noun, is the adjective of a name.
 */
export function adjectivesBeforeNouns(tokens: Token[], starts: boolean[], knowledge: WordKnowledge, roles: Role[]): Role[] {
  return roles.map((role, i) => {
    const next = roles[i + 1];
    const beforeNoun = next === 'noun' || next === 'nounOrName' || next === 'name';
    const nounLike = role === 'noun' || role === 'nounOrName';
    // The word lists are asked only past the tests of roles: this runs on every word of a story.
    if (!nounLike || starts[i] || !beforeNoun) return role;
    // "der Abgeordnete Jonas Weber": a title made of an adjective stays a title before a first name.
    const beforeFirstName = isFirstName(tokens[i + 1]?.lower ?? '');
    return !beforeFirstName && knowledge.isInflectedAdjective(tokens[i]?.lower ?? '') ? 'adjective' : role;
  });
}
