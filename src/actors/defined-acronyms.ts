// "Shiromani Akali Dal (SAD)": an acronym the story defines right after its long form is a
// name wherever the story writes it, even one that spells an ordinary word ("SAD", "CARE").
import type { Token } from './tokenize.ts';

/** Two to six capitals. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Small words a long form holds that its acronym skips: "Bureau of Investigation". */
const SKIPPED_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', '&', 'de', 'la', 'du']);

/** The acronyms `tokens` define as "Long Form Name (LFN)", the long form's initials spelling them. */
export function definedAcronyms(tokens: readonly Token[]): Set<string> {
  const defined = new Set<string>();
  tokens.forEach((token, i) => {
    const acronym = tokens[i + 1]?.text ?? '';
    if (token.text !== '(' || tokens[i + 2]?.text !== ')' || !ACRONYM.test(acronym)) return;
    if (initialsBefore(tokens, i, acronym.length, isCapitalized) === acronym) defined.add(acronym);
  });
  return defined;
}

const isCapitalized = (token: Token): boolean => token.capitalized;

/**
 * The initials of the last `count` words before token `end` that pass `isWord`, small words
 * skipped; '' at a word that does not pass it.
 */
export function initialsBefore(tokens: readonly Token[], end: number, count: number, isWord: (token: Token) => boolean): string {
  let letters = '';
  for (let k = end - 1; k >= 0 && letters.length < count; k--) {
    const word = tokens[k];
    if (!word) break;
    if (SKIPPED_WORDS.has(word.lower) && letters !== '') continue;
    if (!isWord(word)) return '';
    letters = (word.text[0] ?? '').toUpperCase() + letters;
  }
  return letters;
}
