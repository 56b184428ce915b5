import type { TextSpan } from '../types.ts';

export interface Token extends TextSpan {
  text: string;
}

// Dotted acronyms ("U.S.", "U.N."), then words with inner hyphens, ampersands and
// name apostrophes ("O'Neill", "AT&T"; a lone "'s" stays its own token so
// "China's" yields "China"), then any other single non-space character.
const TOKEN =
  /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:(?:[-&]|['’](?=\p{L}{2}))[\p{L}\p{N}]+)*|['’][sS]\b|\S/gu;

/** Splits text into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
