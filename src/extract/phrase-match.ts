// Matching a line against phrase tables: lowercase, at word boundaries, so "related" opens
// "Related: Europa's plumes" but not "Relatedly, the council…".

const LEADING_MARKS = /^[\s\p{P}\p{S}]+/u;
const NOT_WORD = /[^\p{L}\p{N}@'’-]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lowercase, whitespace collapsed, opening brackets and marks dropped: "[Related: X" → "related: x". */
export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(LEADING_MARKS, '').trim();
}

/** The first phrase (longest first) that opens the line at a word boundary, else null. */
export function openingPhrase(line: string, phrases: readonly string[]): string | null {
  for (const phrase of phrases) {
    if (!line.startsWith(phrase)) continue;
    const next = line.charAt(phrase.length);
    if (next === '' || !LETTER_OR_DIGIT.test(next) || phrase.endsWith('@')) return phrase;
  }
  return null;
}

/** True when the line is nothing but phrases of the table (with counts and punctuation): "Share · Tweet (12)". */
export function isOnlyPhrases(line: string, phrases: readonly string[]): boolean {
  let rest = line.replace(/\d+/g, ' ').replace(NOT_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (!rest) return false;
  while (rest) {
    const phrase = openingPhrase(rest, phrases);
    if (!phrase) return false;
    rest = rest.slice(phrase.length).trim();
  }
  return true;
}
