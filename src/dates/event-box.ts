// A box headed "Events", "Veranstaltungen", "Agenda": its dates are the days of events it
// announces, each another page's, never the day this page was written.
import { wholeWords } from '../text/word-pattern.ts';

/** Headings of a list of coming events, per language. */
const EVENT_HEADING_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['events', 'upcoming events', 'event calendar', 'events calendar'],
  de: ['veranstaltungen', 'termine', 'veranstaltungskalender', 'terminkalender', 'nächste termine'],
  fr: ['agenda', 'événements', 'évènements', 'prochains événements'],
  es: ['agenda', 'eventos', 'próximos eventos'],
  pt: ['agenda', 'eventos', 'próximos eventos'],
  nl: ['agenda', 'evenementen'],
  it: ['eventi', 'prossimi eventi'],
};
/** The whole heading is the word (a box's title), not a story's headline that uses it. */
const EVENT_HEADING = new RegExp(String.raw`^\s*${wholeWords(Object.values(EVENT_HEADING_WORDS).flat())}\s*$`, 'iu');
/** How many ancestors up the box's heading is looked for: carousels nest their items deep. */
const BOX_LEVELS = 10;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * True when the nearest heading before the element, among its ancestors' earlier children,
 * is an events box's title. The story's own headline, met first, says no.
 */
export function isInEventBox(element: Element): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level < BOX_LEVELS; level++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (HEADING_TAGS.has(sibling.tagName.toLowerCase())) return EVENT_HEADING.test(sibling.textContent ?? '');
    }
  }
  return false;
}
