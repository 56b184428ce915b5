// "DSGV-Präsident", "SPD-Fraktion", "VVD-fractie": German and Dutch join an organization's
// acronym to its officer's title or to one of its bodies with a hyphen. The compound is one
// word, so no run of names ever sees the acronym in it; the title after it is the evidence
// that the acronym names an organization (or a country the lists know: "US-Regierung").
import type { Language } from '../language/language.ts';
import type { LanguageMention } from './language-mentions.ts';
import { ACRONYM, HAS_DIGIT, namesOrgHead, namesPersonTitle, wordForms, type Facts } from './name-facts.ts';
import type { Token } from './tokenize.ts';
import { isPlaceKind, knownName } from './word-knowledge.ts';

/** The compound's first and last parts: "SPD" and "Fraktionsvorsitzende" of "SPD-Fraktionsvorsitzende". */
const HYPHEN_COMPOUND = /^([^-]+)-(?:[^-]+-)*([^-]+)$/u;

interface AcronymCompound {
  acronym: string;
  last: string;
}

/** A compound opening with an acronym; "G20-Gipfel", "CO2-Steuer" are none: a number makes a summit or a substance. */
function acronymCompound(word: string): AcronymCompound | null {
  // Asked of every word of a story: one without a hyphen is none, and needs no pattern.
  const parts = word.includes('-') ? HYPHEN_COMPOUND.exec(word) : null;
  if (!parts) return null;
  const [, acronym = '', last = ''] = parts;
  return ACRONYM.test(acronym) && !HAS_DIGIT.test(acronym) ? { acronym, last } : null;
}

/** "SPD-Chef", "KVP-leider", "SPD-Fraktion": an acronym's officer or body, written as one word. */
export function isTitledAcronym(word: string, language: Language): boolean {
  const compound = acronymCompound(word);
  return compound !== null && closesWithTitleOrBody(compound, language);
}

/**
 * "GroenLinks-PvdA-leider", "Grünen-Chefin", "Ex-Präsident": whatever opens it, a compound
 * closed by a person's title is a title, no name.
 */
export function isTitleCompound(word: string, language: Language): boolean {
  const [, , last] = word.includes('-') ? (HYPHEN_COMPOUND.exec(word) ?? []) : [];
  return last !== undefined && namesPersonTitle(wordForms(last.toLowerCase(), language), language);
}

/** The compound's last part is a person's title ("Präsident", "Fraktionsvorsitzende") or an organization's head ("Fraktion"). */
function closesWithTitleOrBody(compound: AcronymCompound, language: Language): boolean {
  const forms = wordForms(compound.last.toLowerCase(), language);
  return namesPersonTitle(forms, language) || namesOrgHead(forms, language);
}

/**
 * The acronyms opening a compound, as mentions: "DSGV-Präsident" proves DSGV an organization,
 * and then "DSGV-Pressekonferenz" mentions it too. So does any compound opening with an acronym
 * the story names on its own (`named`: "die SPD … SPD-Politik").
 */
export function acronymsInCompounds(facts: Facts, named: ReadonlySet<string>): LanguageMention[] {
  const compounds: Array<AcronymCompound & { token: Token }> = [];
  for (const token of facts.tokens) {
    const compound = acronymCompound(token.text);
    if (compound) compounds.push({ token, acronym: compound.acronym, last: compound.last });
  }
  const titled = new Set(compounds.filter((c) => closesWithTitleOrBody(c, facts.language)).map((c) => c.acronym));
  return compounds.flatMap(({ token, acronym }) => {
    if (!titled.has(acronym) && !named.has(acronym)) return [];
    const known = knownName(acronym.toLowerCase(), facts.language);
    const kind = isPlaceKind(known) ? 'place' : 'organization';
    return [{ start: token.start, end: token.start + acronym.length, kind, text: acronym, title: null, guessed: false, evidence: 'sure' }];
  });
}
