// Caps that keep a huge or hostile page from freezing the popup or the page:
// past them the reader gets a clear "too large" message, or the first part of the story.

/** Readability gives up beyond this many elements instead of freezing the page. */
export const MAX_ELEMENTS = 60_000;

/**
 * Chromium's HTML parser stops nesting at 512 levels; deeper markup is either
 * generated or hostile, and DOM libraries outside the browser slow down sharply on it.
 */
export const MAX_NESTING = 512;

/**
 * The language engines read at most this much story text (about 13,000 words, a
 * long feature), cut at a paragraph break; their cost grows with length.
 */
export const MAX_STORY_CHARS = 80_000;

/** Visible text beyond this (a book's worth) is not a news story: answer "too large" at once. */
export const MAX_PAGE_TEXT_CHARS = 1_500_000;

/** Markup beyond this, once scripts and styles are gone, is refused before parsing outside the browser. */
export const MAX_HTML_CHARS = 5_000_000;
