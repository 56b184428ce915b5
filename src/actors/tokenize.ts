import type { TextSpan } from '../types.ts';

export interface Token extends TextSpan {
  text: string;
  /** `text` lower-cased, once: the word lists are read with it many times per token. */
  lower: string;
  /** The first character is an upper-case letter. */
  capitalized: boolean;
}

// Dotted acronyms ("U.S.", "U.N."), then words with inner hyphens, ampersands and
// name apostrophes ("O'Neill", "D'Alema", "AT&T"), then clitics on their own
// ("China" + "'s", "They" + "'re", "Shouldn" + "'t"), then any other single character.
const TOKEN =
  /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:(?:[-&]|(?<=(?:^|[^\p{L}])\p{L})['’](?=\p{L})|['’](?=\p{Lu}))[\p{L}\p{N}]+)*|['’](?:[sS]|re|RE|ve|VE|ll|LL|[dDmMtT])\b|\S/gu;

const UPPER_START = /^\p{Lu}/u;

/** Splits text into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    tokens.push({ text: word, lower: lowerCase(word), capitalized: startsUpperCase(word), start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** `word.toLowerCase()`, skipping the call for plain lower-case ASCII, which it leaves as is. */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return word.toLowerCase();
  }
  return word;
}

/** True when `word` opens with an upper-case letter; ASCII, most words, goes without a regex. */
export function startsUpperCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_START.test(word);
}
