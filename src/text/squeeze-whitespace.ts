// Text as a reader sees it on the page, whatever the markup's line breaks and indents, and
// whichever way the page composed its characters.

const WHITESPACE = /\s+/g;

/**
 * Each run of whitespace as one space, none at the ends, characters in their composed
 * form (NFC). A page may write "ü" as one character or as "u" and a combining mark, and
 * Bengali "য়" either way: both read the same, and must match the same words (the
 * furniture tables, a snippet of the page's description, the page's own paragraphs).
 */
export function squeezeWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim().normalize('NFC');
}
