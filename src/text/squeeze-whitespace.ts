// Text as a reader sees it on the page, whatever the markup's line breaks and indents.

const WHITESPACE = /\s+/g;

/** Each run of whitespace as one space, none at the ends. */
export function squeezeWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}
