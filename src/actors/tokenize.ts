import type { TextSpan } from '../types.ts';
import { codePointBefore, codePointClass, isLetter, isLetterOrNumber, width } from '../text/word-runs.ts';

export interface Token extends TextSpan {
  text: string;
  /** `text` lower-cased, once: the word lists are read with it many times per token. */
  lower: string;
  /** The first character is an upper-case letter. */
  capitalized: boolean;
}

// The tokens are the matches of
//   /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-&]|(?<=(?:^|[^\p{L}])\p{L})['’](?!s(?![\p{L}\p{N}]))(?=\p{L})|['’](?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|['’](?:[sS]|re|RE|ve|VE|ll|LL|[dDmMtT])\b|\S/gu
// that is: dotted acronyms ("U.S.", "U.N."), then words with inner hyphens, ampersands and
// name apostrophes ("O'Neill", "D'Alema", "AT&T"; not a lone letter's possessive, "X's"), then clitics on their own ("China" +
// "'s", "They" + "'re", "Shouldn" + "'t"), then any other single character. Scanned by
// hand: a regex match object per token cost a third of the actors stage.
// test/actors/tokenize.test.ts holds the scan to the regex.

const isUpperCaseLetter = codePointClass(/^\p{Lu}$/u);
const isSpace = codePointClass(/^\s$/u);
const isCombiningMark = codePointClass(/^\p{M}$/u);
const FULL_STOP = 0x2e;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
/** Clitics after an apostrophe, by their first letter: the rest they need ("re" → "e"). */
const CLITIC_RESTS: ReadonlyMap<string, string> = new Map([
  ['s', ''], ['S', ''], ['d', ''], ['D', ''], ['m', ''], ['M', ''], ['t', ''], ['T', ''],
  ['r', 'e'], ['R', 'E'], ['v', 'e'], ['V', 'E'], ['l', 'l'], ['L', 'L'],
]);
/** What `\b` counts as a word character under /u without /i. */
const ASCII_WORD = /^\w$/;

/**
 * "al-Assad", "el-Sisi", "ash-Sharaa": Arabic's article, written in lower case and joined by a
 * hyphen, before a name written with its capital; the word is a name's, as if capitalized.
 */
const ARTICLE_BEFORE_NAME = /^(?:[Aa](?:l|d|r|s|sh|t|z|n)|[Ee]l|[Uu]l)-(?=\p{Lu})/u;

/** The name without Arabic's article before it: "Assad" for "al-Assad" (and "Al-Assad"); any other word as it is. */
export function withoutNameArticle(word: string): string {
  return word.replace(ARTICLE_BEFORE_NAME, '');
}

/** Splits text into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const code = text.codePointAt(start)!;
    if (isSpace(code)) {
      start++;
      continue;
    }
    const end = tokenEnd(text, start, code);
    const word = text.slice(start, end);
    tokens.push({ text: word, lower: lowerCase(word), capitalized: startsUpperCase(word) || ARTICLE_BEFORE_NAME.test(word), start, end });
    start = end;
  }
  return tokens;
}

/** Where the token opening at `start` with code point `code` ends. */
function tokenEnd(text: string, start: number, code: number): number {
  if (isLetter(code)) {
    const acronym = dottedAcronymEnd(text, start + width(code));
    if (acronym > 0) return acronym;
  }
  if (isLetterOrNumber(code)) return wordEnd(text, start);
  if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) {
    const clitic = cliticEnd(text, start + 1);
    if (clitic > 0) return clitic;
  }
  return start + width(code);
}

/** After a first letter: "(.L)+.?" to its end, or 0 when no ".L" follows. */
function dottedAcronymEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const letter = text.codePointAt(at + 1);
    if (text.charCodeAt(at) !== FULL_STOP || letter === undefined || !isLetter(letter)) break;
    at += 1 + width(letter);
  }
  if (at === from) return 0;
  return text.charCodeAt(at) === FULL_STOP ? at + 1 : at;
}

/** A run of letters and digits, joined across hyphens, ampersands and name apostrophes. */
function wordEnd(text: string, start: number): number {
  let at = runEnd(text, start);
  for (;;) {
    const joiner = text.charCodeAt(at);
    const next = text.codePointAt(at + 1);
    if (next === undefined) return at;
    const joins =
      joiner === HYPHEN || joiner === AMPERSAND
        ? isLetterOrNumber(next)
        : (joiner === APOSTROPHE || joiner === RIGHT_SINGLE_QUOTE) && isLetter(next) && (isUpperCaseLetter(next) || (afterLoneLetter(text, at) && !isPossessive(text, at)));
    if (!joins) return at;
    at = runEnd(text, at + 1);
  }
}

/**
 * End of the run of letters and digits starting at `from`, with the combining marks after its
 * letters: a page may write "é" as "e" and an accent ("Ve\u0301cu"), one word all the same.
 */
function runEnd(text: string, from: number): number {
  let at = from;
  for (let code = text.codePointAt(at); code !== undefined && (isLetterOrNumber(code) || (at > from && isCombiningMark(code))); code = text.codePointAt(at)) {
    at += width(code);
  }
  return at;
}

/** "O'Neill": the apostrophe at `at` follows one letter that follows no letter. */
function afterLoneLetter(text: string, at: number): boolean {
  const letter = codePointBefore(text, at);
  if (letter === undefined || !isLetter(letter)) return false;
  const before = codePointBefore(text, at - width(letter));
  return before === undefined || !isLetter(before);
}

/** "X's" in "the Xbox One X's price": a lone letter's "'s" closing the word is the possessive, not "O'Neill". */
function isPossessive(text: string, apostrophe: number): boolean {
  return text.charAt(apostrophe + 1) === 's' && !isLetterOrNumber(text.codePointAt(apostrophe + 2) ?? 0);
}

/** After an apostrophe: the end of "s", "re", "ve", "ll", "d", "m", "t" (and capitals), or 0. */
function cliticEnd(text: string, from: number): number {
  const rest = CLITIC_RESTS.get(text.charAt(from));
  if (rest === undefined || !text.startsWith(rest, from + 1)) return 0;
  const end = from + 1 + rest.length;
  return end < text.length && ASCII_WORD.test(text.charAt(end)) ? 0 : end;
}


/** `word.toLowerCase()`, composed (see `composed`), skipping the call for plain lower-case ASCII, which it leaves as is. */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return composed(word.toLowerCase());
  }
  return word;
}

/** Combining diacritical marks, the block a decomposed Latin accent falls in. */
const FIRST_COMBINING_MARK = 0x300;
const LAST_COMBINING_MARK = 0x36f;

/** "dès" written with a combining accent is looked up as the word lists write it, composed. */
function composed(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= FIRST_COMBINING_MARK && code <= LAST_COMBINING_MARK) return word.normalize('NFC');
  }
  return word;
}

/** The possessive clitic, a token of its own after tokenize ("China" + "'s"). */
export const POSSESSIVE_CLITIC = /^['’]s$/u;

/** True when `word` opens with an upper-case letter. */
export function startsUpperCase(word: string): boolean {
  const first = word.codePointAt(0);
  return first !== undefined && isUpperCaseLetter(first);
}
