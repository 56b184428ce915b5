// The role a story in another language gives a person: the title read before the name, as the
// reader would write it on a card. A form of address gives no role ("Herr Müller": no job is
// said), and a one-word title the sentence inflected is shown in its base form ("des
// Ministerpräsidenten Peter Harry Carstensen" → "Ministerpräsident").
import type { Language } from '../language/language.ts';
import type { Mention } from './mention.ts';
import { withoutInflections } from './word-knowledge.ts';

const WORDS = /\s+/u;
/** An abbreviation's closing dot: "Sr." is "sr". */
const CLOSING_DOT = /\.$/u;

/** The first role the mentions' titles give, or null. */
export function languageRole(mentions: readonly Mention[], language: Language): string | null {
  for (const mention of mentions) {
    const role = mention.title ? shownRole(mention.title, language) : null;
    if (role) return role;
  }
  return null;
}

function shownRole(title: string, language: Language): string | null {
  const words = title.trim().split(WORDS);
  if (words.every((word) => language.sets.courtesyTitles.has(word.toLowerCase().replace(CLOSING_DOT, '')))) return null;
  if (isPluralTitle(words[0] ?? '', language)) return null;
  return words.length === 1 ? baseTitle(title.trim(), language) : title;
}

/** Endings of the plural in languages that do not capitalize nouns ("presidentes", "députés"). */
const PLURAL_ENDINGS = ['es', 's'];

/**
 * "os Presidentes do Supremo, Luiz Fux, e do Senado, …": a title in the plural is held by
 * several people, none one's role. Read where nouns are not capitalized: German's inflected
 * titles ("des Präsidenten") are mostly one person's.
 */
function isPluralTitle(word: string, language: Language): boolean {
  const lower = word.toLowerCase();
  if (language.words.capitalizesNouns || language.sets.personTitles.has(lower)) return false;
  return PLURAL_ENDINGS.some((ending) => lower.endsWith(ending) && language.sets.personTitles.has(lower.slice(0, -ending.length)));
}

/** "Präsidenten" → "Präsident": the title as the language's list writes it, the word's own letters kept. */
function baseTitle(word: string, language: Language): string {
  const lower = word.toLowerCase();
  if (language.sets.personTitles.has(lower)) return word;
  const base = withoutInflections(lower, language).find((form) => language.sets.personTitles.has(form) && lower.startsWith(form));
  return base ? word.slice(0, base.length) : word;
}
