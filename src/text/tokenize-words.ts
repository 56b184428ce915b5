import { STOP_WORDS } from './stop-words.ts';

// Letters and digits only: PTB-tokenized text ("Tottenham 's", "( CNN )") and raw text then
// yield the same words.
const WORD = /[\p{L}\p{N}]+/gu;

// Cheap English suffix folding ("attacks"/"attacked"/"attacking" → "attack"): enough for
// similarity between sentences of one story, and far smaller than a full stemmer.
const SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ies$/u, 'y'],
  [/(?<=[^aeiou])ied$/u, 'y'],
  [/(?<=\w{3})(?:ing|ed)$/u, ''],
  [/(?<=\w{3}[^s])s$/u, ''],
];

/** Lowercased words of `text`, in order, punctuation dropped. */
export function tokenizeWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Folds common inflections so "attack", "attacks" and "attacked" compare equal. */
export function foldWord(word: string): string {
  if (word.length <= 3) return word;
  for (const [pattern, replacement] of SUFFIXES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** The words that carry content: lowercased, folded, stop words and lone letters dropped. */
export function contentWords(text: string): string[] {
  return tokenizeWords(text)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(foldWord);
}
