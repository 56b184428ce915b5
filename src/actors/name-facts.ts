// What the mention finder for other languages knows of a text while it reads it: the tokens,
// each token's role, where sentences open; and the lookups of a token's head words.
import { cachedPerKey } from '../cached-per-key.ts';
import type { Language } from '../language/language.ts';
import { withoutAccents } from '../text/without-accents.ts';
import { lexiconTags } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { MAX_CACHED, endsWithOneOf, isFirstName, knownName, withoutInflections, type WordKnowledge } from './word-knowledge.ts';

/**
 * What a token can be in a name:
 * - name: a word that names (known, or capitalized where capitals mean a name);
 * - noun: a capitalized common word (a German noun, an ordinary word opening a sentence);
 * - nounOrName: a German word that may be a noun or a name: a compound of two nouns
 *   ("Rheinmetall"), or an entry the dictionary flags as names are ("Opel"); a descriptor or
 *   title before it shows it to be a name ("der Rüstungskonzern Rheinmetall");
 * - adjective: a German adjective written capitalized mid-sentence, which only names do;
 * - connector: a lower-case word inside names ("von", "de la");
 * - other: anything else.
 */
export type Role = 'name' | 'noun' | 'nounOrName' | 'adjective' | 'connector' | 'other';

export const HAS_DIGIT = /\p{N}/u;

/** "NDR", "U.S.", and acronyms with a small letter inside ("AfD", "KfW"): two capitals at least. */
export const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$|^(?:\p{Lu}\.){2,}$|^\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu}?$/u;

/** The genitive ending of names where the language writes one ("Putins", "Sachsens"). */
export const GENITIVE_S = 's';

/** II to XXXIX, as chapters, sequels and monarchs are numbered. */
export const ROMAN_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A word in capitals: no small letter ("BAJOU", "LA"). */
export const IN_CAPITALS = /^\p{Lu}+$/u;

export interface Facts {
  tokens: Token[];
  /** Every word the text writes capitalized, lower-cased. */
  capitalizedWords: ReadonlySet<string>;
  text: string;
  roles: Role[];
  starts: boolean[];
  language: Language;
  knowledge: WordKnowledge;
  /** The last words of the people the story names in full (read once the text's names are known). */
  surnames?: ReadonlySet<string>;
}

export function newlineBetween(facts: Facts, a: number, b: number): boolean {
  const from = facts.tokens[a]?.end ?? 0;
  const to = facts.tokens[b]?.start ?? 0;
  return facts.text.slice(from, to).includes('\n');
}

/** An elided word before a lower-case one ("l’île", "dell’isola"): the word is what follows the apostrophe. */
const ELIDED_PREFIX = /^\p{L}{1,6}['’](?=\p{L})/u;

/** Token i's lower-case forms: as written, without an elided article, and without inflection endings (wordForms, remembered per word). */
export function lowerForms(facts: Facts, i: number): readonly string[] {
  return wordForms(facts.tokens[i]?.lower ?? '', facts.language);
}

/**
 * `compute` remembered per language and lower-case word. The head-word questions below are
 * asked of every capitalized token, several times, by the run and cue readers, and each
 * tries dozens of endings ("-präsident", "-ministerium"); their answers depend only on the
 * word and the language, and a story's words recur through it and across stories.
 */
function cachedPerWord<T>(compute: (lower: string, language: Language) => T): (lower: string, language: Language) => T {
  const perLanguage = new WeakMap<Language, (lower: string) => T>();
  return (lower, language) => {
    let read = perLanguage.get(language);
    if (!read) {
      read = cachedPerKey((key) => compute(key, language), MAX_CACHED);
      perLanguage.set(language, read);
    }
    return read(lower);
  };
}

/** A lower-case word's forms: as written, without an elided article, and without inflection endings. Shared: never changed by a caller. */
export const wordForms: (lower: string, language: Language) => readonly string[] = cachedPerWord((lower, language) =>
  withoutInflections(lower.replace(ELIDED_PREFIX, ''), language),
);

const isOrgHeadWord = cachedPerWord((lower, language) => namesOrgHead(wordForms(lower, language), language));

export function isOrgHead(facts: Facts, i: number): boolean {
  return isOrgHeadWord(facts.tokens[i]?.lower ?? '', facts.language);
}

/** A word's forms (see wordForms) name an organization's head: "Partei", "GmbH", or a word ending in one. */
export function namesOrgHead(forms: readonly string[], language: Language): boolean {
  const { orgHeads, orgSuffixes } = language.sets;
  return forms.some((form) => orgHeads.has(form) || orgSuffixes.has(form)) || endsWithOneOf(forms[0] ?? '', language.words.orgEndings);
}

const isPlaceHeadWord = cachedPerWord((lower, language) => wordForms(lower, language).some((form) => language.sets.placeHeads.has(form)));

export function isPlaceHead(facts: Facts, i: number): boolean {
  return isPlaceHeadWord(facts.tokens[i]?.lower ?? '', facts.language);
}

const isDescriptorWord = cachedPerWord((lower, language) => {
  const forms = wordForms(lower, language);
  if (namesPersonTitle(forms, language)) return true;
  const { orgDescriptors, placeDescriptors } = language.sets;
  return forms.some((form) => orgDescriptors.has(form) || placeDescriptors.has(form)) || namesCompoundDescriptor(forms, language);
});

/** A noun introducing a name rather than part of it: "Konzern", "Rüstungskonzern", "ville", a person's title. */
export function isDescriptor(facts: Facts, i: number): boolean {
  return isDescriptorWord(facts.tokens[i]?.lower ?? '', facts.language);
}

/** A compound closed by a descriptor the language's tables list: "Ölkonzern", "Energiebedrijf", "Bundesstadt". */
export function isCompoundDescriptor(facts: Facts, i: number): boolean {
  return namesCompoundDescriptor(lowerForms(facts, i), facts.language);
}

function namesCompoundDescriptor(forms: readonly string[], language: Language): boolean {
  const word = forms[0] ?? '';
  return endsWithOneOf(word, language.words.orgDescriptorEndings) || endsWithOneOf(word, language.words.placeDescriptorEndings);
}

const isPersonTitleWord = cachedPerWord((lower, language) => namesPersonTitle(wordForms(lower, language), language));

/** A person's title: "Sprecher", "maire", or a word ending in one ("Finanzministerin"). */
export function isPersonTitle(facts: Facts, i: number): boolean {
  return isPersonTitleWord(facts.tokens[i]?.lower ?? '', facts.language);
}

/** A word's forms (see wordForms) name a person's title. */
export function namesPersonTitle(forms: readonly string[], language: Language): boolean {
  return forms.some((form) => language.sets.personTitles.has(form)) || endsWithOneOf(forms[0] ?? '', language.words.personTitleEndings);
}

/**
 * Token `i` is a first name the lexicon knows, or the shared names list where the language
 * has a chunk of its own (without one, that mixed list of first and last names is no evidence).
 */
export function isKnownFirstName(facts: Facts, i: number): boolean {
  const word = facts.tokens[i]?.lower ?? '';
  return isFirstNameAt(facts, i) || (!facts.language.bare && facts.language.personNames.has(word));
}

/** Token `i` is a first name the lexicon knows (see isLexiconFirstName), or one spelled with accents before a surname (see accentedFirstNameBeforeSurname). */
export function isFirstNameAt(facts: Facts, i: number): boolean {
  return isLexiconFirstName(facts, facts.tokens[i]?.lower ?? '') || accentedFirstNameBeforeSurname(facts, i);
}

/**
 * A first name the lexicon knows, also as a language writes it with accents ("Tomáš", "Zoë",
 * known as "Tomas", "Zoe"): where a language has no names list of its own, that is the one
 * evidence of a first name. A word of the language that only looks so ("Sarà", "Mãe", "Dämon")
 * or one of its function words is none.
 */
export function isLexiconFirstName(facts: Facts, word: string): boolean {
  if (isFirstName(word)) return true;
  return spellsFirstNameWithAccents(facts, word) && !facts.knowledge.isLowerCaseWord(word);
}

/** `word` has accents, spells a first name the lexicon knows without them, and is no function word or noun of the language. */
export function spellsFirstNameWithAccents(facts: Facts, word: string): boolean {
  const plain = withoutAccents(word);
  if (plain === word || !isFirstName(plain)) return false;
  return !facts.knowledge.isStopWord(word) && facts.knowledge.nounKind(word) !== 'noun';
}

/**
 * "João Silva", "Simão Mourinha": a word that spells a first name without its accents is that
 * first name, even where the dictionary lists it in lower case too ("joão", of the bird
 * "joão-de-barro"), when a surname follows it on its line, after a second given name or
 * not ("João Pedro Silva"). A word of the
 * language before a place ("Sarà Roma", "Olá Lisboa") or a common word stays what it is.
 */
function accentedFirstNameBeforeSurname(facts: Facts, i: number): boolean {
  if (!spellsFirstNameWithAccents(facts, facts.tokens[i]?.lower ?? '')) return false;
  // "João Pedro Salgueiro": a second given name may stand between.
  const second = knownName(facts.tokens[i + 1]?.lower ?? '', facts.language) === 'first-name' ? i + 2 : i + 1;
  return surnameAt(facts, second) && !newlineBetween(facts, i, second);
}

/**
 * Token `i` may be a surname: a name the names list holds and no list knows as a place, one the
 * English lexicon knows as a surname though it is a town's name too ("Santos", "Oliveira"), or a
 * capitalized word no list and no dictionary knows.
 */
function surnameAt(facts: Facts, i: number): boolean {
  if (facts.roles[i] !== 'name') return false;
  const word = facts.tokens[i]?.lower ?? '';
  const known = knownName(word, facts.language);
  return known === 'person' || lexiconTags(word).includes('LastName') || (known === null && !facts.knowledge.isDictionaryEntry(word));
}

/**
 * "Sanne de Wit", "Anouk van den Berg": where a language writes its name particles only after
 * given names, a name that no list and no dictionary knows, before such a particle, is a given
 * name ("Hoek van Holland" is a corner's: "hoek" is a word). Not where every noun is
 * capitalized: there an unknown word is as often a compound noun ("Screenshots von …").
 */
export function isUnknownGivenName(facts: Facts, first: number): boolean {
  if (!beforeGivenNameParticle(facts, first)) return false;
  const word = facts.tokens[first]?.lower ?? '';
  return !facts.knowledge.isDictionaryEntry(word) && knownName(word, facts.language) === null;
}

/**
 * "Jan van der Berg", "Kees de Boer": where a language writes its name particles only after
 * given names, a name the people-names list holds, before such a particle, is a given name,
 * also where it is a word of the language too ("jan") or the English lexicon reads it as a
 * month ("Jan"). Not where every noun is capitalized: there the list's surnames stand before
 * articles as often ("Geiger der Band").
 */
export function isListedGivenName(facts: Facts, first: number): boolean {
  return beforeGivenNameParticle(facts, first) && facts.language.personNames.has(facts.tokens[first]?.lower ?? '');
}

/**
 * "Pieter de Vries", "Ursula von der Leyen": a particle the language writes between a given name
 * and a surname, or the article right after one ("der" of "von der").
 */
export function isNameParticle(facts: Facts, i: number): boolean {
  if (facts.roles[i] !== 'connector') return false;
  const particles = facts.language.sets.givenNameParticles;
  return particles.has(facts.tokens[i]?.lower ?? '') || (facts.roles[i - 1] === 'connector' && particles.has(facts.tokens[i - 1]?.lower ?? ''));
}

/** A name, in a language that does not capitalize its nouns, right before one of its given-name particles ("van", "de"). */
function beforeGivenNameParticle(facts: Facts, first: number): boolean {
  if (facts.language.words.capitalizesNouns || facts.roles[first] !== 'name') return false;
  return facts.language.sets.givenNameParticles.has(facts.tokens[first + 1]?.lower ?? '');
}
