import type { TextSpan } from '../types.ts';

export interface Token extends TextSpan {
  text: string;
}

// Dotted acronyms ("U.S.", "U.N."), then words with inner hyphens, ampersands and
// name apostrophes ("O'Neill", "D'Alema", "AT&T"), then clitics on their own
// ("China" + "'s", "They" + "'re", "Shouldn" + "'t"), then any other single character.
const TOKEN =
  /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:(?:[-&]|(?<=(?:^|[^\p{L}])\p{L})['’](?=\p{L})|['’](?=\p{Lu}))[\p{L}\p{N}]+)*|['’](?:[sS]|re|RE|ve|VE|ll|LL|[dDmMtT])\b|\S/gu;

/** Splits text into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
