// The hint a DOM candidate carries: what the element calls itself, the part of the page it
// sits in, and how far (in characters of text) it is from the headline. One format, written
// by the collector and read by the resolver.

export type PageZone = 'main' | 'comment' | 'aside';

/** Between an element's own description and its parent's in a descriptor: `span < p.meta`. */
export const DESCRIPTOR_PARENT = ' < ';

/** Between a dated element's machine value and the text it shows, when they differ: `2020-05-02T02:54Z | May 1, 2020`. */
export const SHOWN_TEXT_SEPARATOR = ' | ';

export interface DomHint {
  /** `tag.class#id` of the element and its parent (`span < p.meta`), lowercased. */
  descriptor: string;
  zone: PageZone;
  /** Characters of text between the headline and the date; negative = before it. */
  distance: number | null;
  /** The date sits inside running text (an event the story mentions), not on its own. */
  prose: boolean;
}

const HINT_FORMAT = /^(.*?) in:(main|comment|aside)(?: at:(-?\d+))?( prose)?$/;

export function formatDomHint(hint: DomHint): string {
  const at = hint.distance === null ? '' : ` at:${hint.distance}`;
  return `${hint.descriptor} in:${hint.zone}${at}${hint.prose ? ' prose' : ''}`;
}

export function parseDomHint(text: string | null): DomHint | null {
  const m = text?.match(HINT_FORMAT);
  if (!m) return null;
  return {
    descriptor: m[1] ?? '',
    zone: m[2] as PageZone,
    distance: m[3] === undefined ? null : Number(m[3]),
    prose: m[4] !== undefined,
  };
}
