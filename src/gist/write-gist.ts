import type { Digest } from '../types.ts';
import { gistInput, gistSource } from './gist-input.ts';
import type { GistProvider, GistWriter } from './gist-provider.ts';
import { NO_GIST, type GistState } from './gist-state.ts';
import { groundingCheck } from './grounding.ts';

const WITHHELD: GistState = { status: 'withheld' };

/** What a gist is written from: the story and the language the worker found it in. */
export type GistStory = Pick<Digest, 'title' | 'text' | 'highlights' | 'language'>;

/**
 * The part of a gist still streaming that more text cannot change: up to its last space,
 * so a half-written "Beck" is never checked as a name.
 */
export function settledPart(text: string, done: boolean): string {
  if (done) return text.trim();
  const cut = text.search(/\s\S*$/);
  return cut < 0 ? '' : text.slice(0, cut).trim();
}

/**
 * Writes the story's gist with the provider and reports each step to `onChange`. Every text
 * reported has passed the grounding check: the gist shows as it streams, and the first
 * number, date or name the story does not contain withholds the whole of it. Resolves with
 * the last state; a story in an unknown language, a model that is not on the device, or an
 * error gives no gist at all (an error after a part was shown takes that part away).
 */
export async function writeGist(
  provider: GistProvider,
  story: GistStory,
  onChange: (gist: GistState) => void,
  signal: AbortSignal,
): Promise<GistState> {
  // The story's language, checked against its text (or detected from it): a page's lang can be wrong.
  const lang = story.language;
  if (!lang || (await provider.availability(lang).catch(() => 'unavailable')) !== 'available') return NO_GIST;
  let writer: GistWriter | null = null;
  try {
    writer = await provider.open(lang, signal);
    const opened = writer;
    const input = await gistInput(story, (text) => opened.fits(text));
    if (!input) return NO_GIST;
    const check = groundingCheck(gistSource(story));
    let shown = '';
    let written = '';
    for await (const text of opened.write(input, signal)) {
      written = text;
      const settled = settledPart(text, false);
      if (settled === shown) continue;
      if (!check(settled).grounded) return report(onChange, WITHHELD);
      shown = settled;
      onChange({ status: 'writing', text: shown });
    }
    const final = settledPart(written, true);
    if (!final) return report(onChange, NO_GIST);
    return report(onChange, check(final).grounded ? { status: 'shown', text: final } : WITHHELD);
  } catch {
    // A model that fails (or a reader who moved on) leaves the card as it always was.
    return signal.aborted ? NO_GIST : report(onChange, NO_GIST);
  } finally {
    writer?.close();
  }
}

function report(onChange: (gist: GistState) => void, gist: GistState): GistState {
  onChange(gist);
  return gist;
}
