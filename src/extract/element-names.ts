// The words a page names an element by ("ie-overlay" → "ie", "overlay"): cues of what a box is for.

/** What parts the words of a class, an id or a label: anything but letters and digits. */
export const NAME_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The lower-cased words of the element's class and id. */
export function classAndIdWords(element: Element): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(NAME_SEPARATORS);
}
