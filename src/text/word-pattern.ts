// Regex pieces built from word lists, so that the words stay in tables (one per language)
// and out of the patterns that read them.

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** An alternation of `words`, longest first, escaped; a space matches any run of spaces. */
export function anyOf(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map((word) => word.replace(REGEX_SPECIAL, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}

/**
 * An alternation of `words` that matches whole words only: not inside a longer word
 * ("on" is no match in "month"). An entry that starts or ends with a mark ("'ll") has no
 * boundary on that side. Needs the `u` flag.
 */
export function wholeWords(words: Iterable<string>): string {
  // Words that start and end with a letter share one pair of boundaries: one lookbehind
  // for the whole alternation, not one per word, is what keeps these patterns fast.
  const unique = [...new Set(words)];
  const plain = unique.filter((word) => WORD_EDGES.test(word));
  const marked = unique.filter((word) => !WORD_EDGES.test(word)).map((word) => {
    const before = WORD_START.test(word) ? NOT_AFTER_WORD : '';
    const after = WORD_END.test(word) ? NOT_BEFORE_WORD : '';
    return `${before}${anyOf([word])}${after}`;
  });
  const parts = [...(plain.length > 0 ? [`${NOT_AFTER_WORD}${anyOf(plain)}${NOT_BEFORE_WORD}`] : []), ...marked];
  return `(?:${parts.join('|')})`;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_EDGES = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
