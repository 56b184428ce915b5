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
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  const bounded = unique.map((word) => {
    const before = /^[\p{L}\p{N}]/u.test(word) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(word) ? '(?![\\p{L}\\p{N}])' : '';
    return `${before}${anyOf([word])}${after}`;
  });
  return `(?:${bounded.join('|')})`;
}
