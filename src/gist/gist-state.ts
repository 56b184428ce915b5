/**
 * The gist as the card shows it: nothing (no model, option off, another language, an
 * error), the part written so far, the whole of it, or the note that it was withheld.
 */
export type GistState =
  | { status: 'none' }
  | { status: 'writing'; text: string }
  | { status: 'shown'; text: string }
  | { status: 'withheld' };

export const NO_GIST: GistState = { status: 'none' };

/** The gist's text when the reader can see all of it: what Copy adds to the summary. */
export function shownGist(gist: GistState): string | null {
  return gist.status === 'shown' ? gist.text : null;
}
