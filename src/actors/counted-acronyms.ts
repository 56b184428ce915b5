// Acronyms a story in another language uses as common nouns: "ein SUV", "kein PC", "die URLs",
// "una IA". An organization is one of a kind: no article counts it and it takes no plural. So
// an acronym counted once is a thing or a trade wherever else that story writes it. (English
// stories read the same idea in common-acronyms.ts, whose patterns of an acronym and its plural
// this reads.)
import type { Language } from '../language/language.ts';
import { NOUN_ACRONYM, PLURAL_ACRONYM } from './common-acronyms.ts';
import type { Token } from './tokenize.ts';
import { isOrganizationKind, knownName } from './word-knowledge.ts';

/** Lower-case words between the article and the acronym: "ein neuer SUV", "una nueva IA". */
const MAX_WORDS_BETWEEN = 1;

/**
 * The acronyms `tokens` count at least once (after an indefinite article, a determiner that
 * stands before no name, or a number; or in the plural), each in its singular and plural forms.
 * Not one the lists know as an organization ("ein BMW" is a car of a firm that stays an actor),
 * nor one before a capitalized word, which it names the maker of ("in eurem REWE Markt", "eine
 * SRAM AXS-Schaltung"), or whose "s" may be a genitive's ("REWEs Umsatz"). Only with the
 * language's own tables: where a genitive "s" closes acronyms too ("TINEs"), no plural is read.
 */
export function countedAcronyms(tokens: readonly Token[], text: string, language: Language): Set<string> {
  const found = new Set<string>();
  if (language.bare) return found;
  const listed = (acronym: string): boolean => isOrganizationKind(knownName(acronym.toLowerCase(), language));
  tokens.forEach((token, i) => {
    // Both patterns open with a capital, which tokenize's `capitalized` says (an elided article
    // split off a name is marked not capitalized, and ends in its apostrophe, which neither
    // pattern takes): most words skip them, as common-acronyms.ts does in English.
    if (!token.capitalized || beforeCapitalizedWord(tokens, i, text)) return;
    const plural = PLURAL_ACRONYM.exec(token.text)?.[1];
    const singular = plural ?? (NOUN_ACRONYM.test(token.text) && counted(tokens, i, text, language) ? token.text : null);
    if (singular && !listed(singular)) found.add(singular).add(`${singular}s`);
  });
  return found;
}

/** Token i is followed, on its line, by a capitalized word. */
function beforeCapitalizedWord(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  return next?.capitalized === true && !text.slice(tokens[i]?.end, next.start).includes('\n');
}

/** A number ("12 PS", "5 GW"). */
const NUMBER = /^\d[\d.,]*$/u;

/**
 * An indefinite article, or a determiner no name takes ("kein", "jedem"), right before token i
 * or before one lower-case word before it; or a number right before it; on its line.
 */
function counted(tokens: readonly Token[], i: number, text: string, language: Language): boolean {
  const { indefiniteArticles, determinersBeforeNoName } = language.sets;
  for (let back = 1; back <= MAX_WORDS_BETWEEN + 1; back++) {
    const before = tokens[i - back];
    if (!before || before.capitalized || text.slice(before.end, tokens[i]?.start).includes('\n')) return false;
    if (back === 1 && NUMBER.test(before.text)) return true;
    if (indefiniteArticles.has(before.lower) || determinersBeforeNoName.has(before.lower)) return true;
  }
  return false;
}
