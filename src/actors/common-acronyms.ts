// Acronyms a story uses as common nouns ("an AI program", "two USB ports", "her GP", "the
// CPUs", "gross domestic product (GDP)"): a thing or a trade, not an organization, wherever
// else they stand in that story.
import { initialsBefore } from './defined-acronyms.ts';
import type { Token } from './tokenize.ts';
import { nameClass, ROLE_NOUNS } from './word-classes.ts';

/** An acronym: two to five capitals ("CPU", "HDMI"); dotted ones are place or party names more often. */
/** Two to five capitals, as a common noun is abbreviated: "CPU", "HDMI"; shared with counted-acronyms.ts. */
export const NOUN_ACRONYM = /^\p{Lu}[\p{Lu}&]{1,4}$/u;
/** "8-core CPU", "4K HDR", "GDDR5 RAM": a measure or a model number before it. */
const MEASURE = /^(?=.*\p{N})(?=.*\p{L})[\p{L}\p{N}-]+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** An acronym with the plural's "s" ("CPUs", "SDGs"): things one counts; an organization is one of a kind. */
export const PLURAL_ACRONYM = /^(\p{Lu}[\p{Lu}&]{1,4})s$/u;
/** Quotation marks that may close the spelled-out words before "(PII)": "so-called “personally identifiable information” (PII)". */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);
/** The indefinite article: "an AI program", "a single USB port". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Possessive determiners: "her GP", "your PC". */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** Nouns for the people of an organization that compromise's role words lack. */
const MEMBERS: ReadonlySet<string> = new Set(['member', 'members', 'staff', 'delegate', 'delegates']);
/** Lower-case words an article may stand before the acronym with: "a single USB port". */
const MAX_WORDS_AFTER_ARTICLE = 1;

/** The acronyms `tokens` use at least once as a common noun. */
export function commonNounAcronyms(tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    // Both forms open with a capital: the test tokenize made already spares most words the patterns.
    if (!token.capitalized) return;
    const plural = PLURAL_ACRONYM.exec(token.text)?.[1];
    if (plural && nameClass(plural.toLowerCase()) === null) found.add(plural).add(token.text);
    if (!found.has(token.text) && NOUN_ACRONYM.test(token.text) && usedAsNoun(tokens, i) && nameClass(token.lower) === null) found.add(token.text);
  });
  return found;
}

/** "gross domestic product (GDP)": the acronym in brackets spells the lower-case words right before them. */
function spellsLowerCaseWords(tokens: readonly Token[], i: number): boolean {
  const acronym = tokens[i]?.text ?? '';
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') return false;
  const end = QUOTE_MARKS.has(tokens[i - 2]?.text ?? '') ? i - 2 : i - 1;
  return initialsBefore(tokens, end, acronym.length, (word) => LOWER_WORD.test(word.text)) === acronym;
}

function usedAsNoun(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "HDR (high dynamic range)", "high dynamic range (HDR)": spelled out in ordinary words.
  if (next?.text === '(' && LOWER_WORD.test(tokens[i + 2]?.text ?? '')) return true;
  if (spellsLowerCaseWords(tokens, i)) return true;
  if (!previous) return false;
  if (MEASURE.test(previous.text)) return true;
  const modifies = next !== undefined && LOWER_WORD.test(next.text);
  // "her GP", but not "his WBO title": the possessive must belong to the acronym itself.
  if (POSSESSIVES.has(previous.lower)) return !modifies;
  // "a GOP strategist", "an OSCE member": the article belongs to a person of the organization.
  if (modifies && (ROLE_NOUNS.has(next.lower) || MEMBERS.has(next.lower))) return false;
  for (let back = 1; back <= MAX_WORDS_AFTER_ARTICLE + 1; back++) {
    const before = tokens[i - back];
    if (!before) return false;
    if (ARTICLES.has(before.text)) return true;
    if (!LOWER_WORD.test(before.text)) return false;
  }
  return false;
}
