// The grounding check: a gist written by a language model may only say what the story
// says. Every number, date word and capitalized name in it must occur in the story text;
// one that does not, and the gist is withheld. It errs towards withholding: an inflected
// German noun or "1.5 million" for "1,500,000" fails, and then the reader simply sees the
// extractive card, which is verbatim.
import { monthFromName } from '../dates/month-names.ts';
import { foldWord } from '../text/tokenize-words.ts';
import { DAY_NAMES, MAGNITUDE_WORDS, NUMBER_WORDS, SENTENCE_OPENERS } from './grounding-words.ts';

export type GistTermKind = 'number' | 'date' | 'name';

/** A term of the gist the story has to back up. */
export interface GistTerm {
  kind: GistTermKind;
  text: string;
}

export interface Grounding {
  grounded: boolean;
  /** The gist's terms the story does not contain, in gist order. */
  missing: GistTerm[];
}

/** A numeral, or a word (letters first; inner apostrophes, dots and hyphens kept: "U.S.", "al-Sadr", "COVID-19"). */
const TOKEN = /\p{Nd}+(?:[.,'’\u00a0\u202f]\p{Nd}+)*|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['’.-][\p{L}\p{M}\p{Nd}]+)*\.?/gu;
const NUMERAL_SEPARATOR = /[.,'’\u00a0\u202f]/g;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_DIGIT = /^\p{Nd}/u;
/** What ends a sentence before the next word: the next capital is no sign of a name. */
const SENTENCE_END = /(?:^|[.!?:;]["'”’»)\]]*)\s*["'“‘«([]*$/u;
const POSSESSIVE = /['’]s$/u;
const LETTER_OR_DIGIT = '[\\p{L}\\p{M}\\p{Nd}]';

/** The value a numeral stands for, whichever grouping and decimal marks the writer used. */
export function numeralValues(numeral: string): string[] {
  const separators = numeral.match(NUMERAL_SEPARATOR) ?? [];
  const groups = numeral.split(NUMERAL_SEPARATOR);
  if (separators.length === 0) return [normalizeDigits(numeral, '')];
  const kinds = new Set(separators);
  const [first = '', ...rest] = groups;
  // "1,234.5": the last mark is the decimal one, the others group thousands.
  if (kinds.size > 1) return [normalizeDigits(groups.slice(0, -1).join(''), groups.at(-1) ?? '')];
  // "1,200", "1.200", "1 200": thousands.
  if (rest.every((group) => group.length === 3)) return [normalizeDigits(groups.join(''), '')];
  // "3.5", "3,5": a decimal.
  if (separators.length === 1) return [normalizeDigits(first, rest[0] ?? '')];
  // "10.04.2025": a date or a version; each part stands for itself.
  return groups.map((group) => normalizeDigits(group, ''));
}

function normalizeDigits(whole: string, fraction: string): string {
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

const isDateWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  // Short lower-case month abbreviations are ordinary words too ("set", "out", "ago", "mar").
  return DAY_NAMES.has(lower) || (monthFromName(lower) !== null && (STARTS_UPPER.test(word) || lower.length >= 5));
};

/** A word as the story would have it: no possessive, no sentence-final period ("China." but "U.S."). */
function bareWord(word: string): string {
  const unpossessed = word.replace(POSSESSIVE, '');
  return unpossessed.endsWith('.') && unpossessed.indexOf('.') === unpossessed.length - 1 ? unpossessed.slice(0, -1) : unpossessed;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The gist's terms: numerals and spelled numbers, date words, and runs of capitalized words. */
export function gistTerms(gist: string, isOrdinary: (word: string) => boolean = () => false): GistTerm[] {
  const text = normalize(gist);
  const terms: GistTerm[] = [];
  let name: Token[] = [];
  const endName = (): void => {
    if (name.length > 0) terms.push({ kind: 'name', text: name.map((token) => token.text).join(' ') });
    name = [];
  };
  let previous: Token | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const token: Token = { text: bareWord(match[0]), start: match.index, end: match.index + match[0].length };
    const between = previous ? text.slice(previous.end, token.start) : text.slice(0, token.start);
    const lower = token.text.toLowerCase();
    // A name runs over spaces only: a comma or a dash between two capitals ends it.
    if (!/^\s+$/.test(between)) endName();
    if (STARTS_DIGIT.test(token.text)) {
      endName();
      terms.push({ kind: 'number', text: token.text });
    } else if (NUMBER_WORDS.has(lower) || MAGNITUDE_WORDS.has(lower)) {
      endName();
      terms.push({ kind: 'number', text: lower });
    } else if (isDateWord(token.text)) {
      endName();
      terms.push({ kind: 'date', text: token.text });
    } else if (STARTS_UPPER.test(token.text) && token.text !== 'I') {
      const opensSentence = SENTENCE_END.test(text.slice(0, token.start));
      // "The", "Officials" at a sentence's start name nothing (the story has "officials",
      // or "official": inflections fold); "Wang" there still does.
      if (!(opensSentence && (SENTENCE_OPENERS.has(lower) || isOrdinary(lower)))) name.push(token);
    } else {
      endName();
    }
    if (match[0].endsWith('.')) endName();
    previous = token;
  }
  endName();
  return terms;
}

/** Same apostrophes and spaces everywhere, so "China’s" and "China's" compare equal. */
function normalize(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Builds the check for one story, once: the gist is checked again as each piece of it
 * streams in, so what the story holds is worked out a single time and looked up after.
 */
export function groundingCheck(story: string): (gist: string) => Grounding {
  const text = normalize(story);
  const numbers = new Set<string>();
  const lowerWords = new Set<string>();
  const anyCaseWords = new Set<string>();
  for (const [token] of text.matchAll(TOKEN)) {
    if (STARTS_DIGIT.test(token)) {
      for (const value of numeralValues(bareWord(token))) numbers.add(value);
      continue;
    }
    const word = bareWord(token);
    const lower = word.toLowerCase();
    anyCaseWords.add(lower);
    if (STARTS_LOWER.test(word)) lowerWords.add(foldWord(lower));
    const value = NUMBER_WORDS.get(lower);
    if (value) numbers.add(value);
  }
  const found = new Map<string, boolean>();
  const phraseFound = (phrase: string): boolean => {
    let hit = found.get(phrase);
    if (hit === undefined) {
      const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      hit = new RegExp(`(?<!${LETTER_OR_DIGIT})${escaped}(?!${LETTER_OR_DIGIT})`, 'u').test(text);
      found.set(phrase, hit);
    }
    return hit;
  };
  const backed = (term: GistTerm): boolean => {
    if (term.kind === 'date') return anyCaseWords.has(term.text.toLowerCase());
    if (term.kind === 'name') return phraseFound(term.text);
    if (STARTS_DIGIT.test(term.text)) return numeralValues(term.text).every((value) => numbers.has(value));
    const value = NUMBER_WORDS.get(term.text);
    return anyCaseWords.has(term.text) || (value !== undefined && numbers.has(value));
  };
  return (gist) => {
    const missing = gistTerms(gist, (word) => lowerWords.has(foldWord(word))).filter((term) => !backed(term));
    return { grounded: missing.length === 0, missing };
  };
}

/** Whether every number, date and capitalized name of `gist` occurs in `story`. */
export function checkGrounding(gist: string, story: string): Grounding {
  return groundingCheck(story)(gist);
}
