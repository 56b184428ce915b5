// Text as a reader sees it on the page, whatever the markup's line breaks and indents, and
// whichever way the page composed its characters.

const WHITESPACE = /\s+/g;
/**
 * Marks a reader never sees: the soft hyphen (U+00AD, where a word may break across
 * lines, "Gesell\u00ADschaft"), the zero-width space and word joiner, and a stray byte-order
 * mark. Left in, they split words for every engine ("Gesell" as a name) and travel into
 * copied summaries. The zero-width joiner stays: emoji sequences are built with it.
 */
export const INVISIBLE_MARKS = /[\u00AD\u200B\u2060\uFEFF]/g;

/**
 * Each run of whitespace as one space, none at the ends, invisible marks dropped,
 * characters in their composed form (NFC). A page may write "ü" as one character or as
 * "u" and a combining mark, and Bengali "য়" either way: both read the same, and must match
 * the same words (the furniture tables, a snippet of the page's description, the page's
 * own paragraphs).
 */
export function squeezeWhitespace(text: string): string {
  return text.replace(INVISIBLE_MARKS, '').replace(WHITESPACE, ' ').trim().normalize('NFC');
}
