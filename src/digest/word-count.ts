import { codePointClass, isLetterOrNumber, width } from '../text/word-runs.ts';

// A hand-written scan rather than Intl.Segmenter's word mode: the segmenter costs ~10 ms
// per 1,000 characters in V8, more than the whole language analysis; and rather than
// regex matches, which cost an object per word. Scripts written without spaces (Han,
// kana, Thai…) count one word per character, which matches their reading speed per
// character closely enough for a reading-time estimate. A word is what
// /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*/u matches once those
// characters are taken for spaces.
const isUnspaced = codePointClass(
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u,
);
const isWordInside = codePointClass(/^[\p{L}\p{M}\p{N}'’-]$/u);
const FULL_STOP = 0x2e;

/** Words per minute of an average adult reader of news prose. */
export const READING_WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    if (isUnspaced(code)) {
      count++;
      inWord = false;
    } else if (inWord) {
      // A period stays inside a word only before a letter or digit ("U.S", "3.5").
      inWord = isWordInside(code) || (code === FULL_STOP && startsWord(text, i + 1));
    } else if (isLetterOrNumber(code)) {
      count++;
      inWord = true;
    }
    i += width(code);
  }
  return count;
}

/** True when a letter or digit of a spaced script starts at `index`. */
function startsWord(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && isLetterOrNumber(code) && !isUnspaced(code);
}

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}
