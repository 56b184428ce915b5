import { STOP_WORDS } from './stop-words.ts';
import { wordRuns } from './word-runs.ts';

// Words are runs of letters and digits only (wordRuns' default): PTB-tokenized text
// ("Tottenham 's", "( CNN )") and raw text then yield the same words.
const VOWEL = /[aeiou]/;

/** How many words `text` has, counted without building them. */
export function countWords(text: string): number {
  return wordRuns(text).length / 2;
}

/** Lowercased words of `text`, in order, punctuation dropped. */
export function tokenizeWords(text: string): string[] {
  const lower = text.toLowerCase();
  const bounds = wordRuns(lower);
  const words: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) words.push(lower.slice(bounds[k], bounds[k + 1]));
  return words;
}

/**
 * Folds common inflections so "attack", "attacks" and "attacked" compare equal: enough
 * to match words within one story, and far smaller than a full stemmer. String tests,
 * not regexes: this runs on every word of every story.
 */
export function foldWord(word: string): string {
  const length = word.length;
  if (length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && !VOWEL.test(word.charAt(length - 4))) return `${word.slice(0, -3)}y`;
  if (length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that carry content: lowercased, folded, stop words and lone letters dropped. */
export function contentWords(text: string): string[] {
  return tokenizeWords(text)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(foldWord);
}
