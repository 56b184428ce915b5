// Matching a line against phrase tables: lowercase, at word boundaries, so "related" opens
// "Related: Europa's plumes" but not "Relatedly, the council…".

const LEADING_MARKS = /^[\s\p{P}\p{S}]+/u;
const NOT_WORD = /[^\p{L}\p{N}@'’-]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lowercase, whitespace collapsed, opening brackets and marks dropped: "[Related: X" → "related: x". */
export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(LEADING_MARKS, '').trim();
}

const FIRST_WORD = /^[\p{L}\p{N}'’-]*/u;

/** Phrases filed by their first word: a line is checked against the few that can open it, not the whole table. */
export type PhraseTable = ReadonlyMap<string, readonly string[]>;

/** Files every phrase of the tables' languages, longest first within its first word. */
export function phraseTable(table: Readonly<Record<string, readonly string[]>>): PhraseTable {
  const byFirstWord = new Map<string, string[]>();
  for (const phrase of new Set(Object.values(table).flat())) {
    const first = phrase.match(FIRST_WORD)?.[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase].sort((a, b) => b.length - a.length));
  }
  return byFirstWord;
}

/**
 * The longest phrase of the table that opens the line at a word boundary, else null. A phrase
 * ending in a mark ends at it: "Tags:Uncategorized" opens with "tags:".
 */
export function openingPhrase(line: string, table: PhraseTable): string | null {
  for (const phrase of table.get(line.match(FIRST_WORD)?.[0] ?? '') ?? []) {
    if (!line.startsWith(phrase)) continue;
    const next = line.charAt(phrase.length);
    if (next === '' || !LETTER_OR_DIGIT.test(next) || !LETTER_OR_DIGIT.test(phrase.at(-1) ?? '')) return phrase;
  }
  return null;
}

/** True when the line is nothing but phrases of the table (with counts and punctuation): "Share · Tweet (12)". */
export function isOnlyPhrases(line: string, phrases: PhraseTable): boolean {
  let rest = line.replace(/\d+/g, ' ').replace(NOT_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (!rest) return false;
  while (rest) {
    const phrase = openingPhrase(rest, phrases);
    if (!phrase) return false;
    rest = rest.slice(phrase.length).trim();
  }
  return true;
}

/**
 * True when one of the phrases stands anywhere in the line, inside a word too: "testmonat" in
 * "Gratistestmonat", "min read" in "5min read". For word openings only, see mentionsPhrase.
 */
export function containsPhrase(line: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => line.includes(phrase));
}

/** True when one of the phrases begins a word of the line: "kommentier" in "kommentieren", not in "unkommentiert". */
export function mentionsPhrase(line: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => {
    for (let at = line.indexOf(phrase); at >= 0; at = line.indexOf(phrase, at + 1)) {
      if (at === 0 || !LETTER_OR_DIGIT.test(line.charAt(at - 1))) return true;
    }
    return false;
  });
}
