// The on-device gist's provider, behind a small interface: Chrome's Summarizer is the one
// there is (extension/summarizer-provider.ts); another can plug in without touching the card.

/** What a provider says about its model for a language: the Summarizer API's four answers. */
export type ModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** One writer, opened for one language when its model is on the device. */
export interface GistWriter {
  /** Whether `text` fits the model's input quota. */
  fits(text: string): Promise<boolean>;
  /** The gist of `text`, streamed: each value is the whole gist so far. */
  write(text: string, signal: AbortSignal): AsyncIterable<string>;
  close(): void;
}

export interface GistProvider {
  availability(lang: string): Promise<ModelAvailability>;
  /** Only when `availability` said 'available': opening never downloads anything. */
  open(lang: string, signal: AbortSignal): Promise<GistWriter>;
  /**
   * Downloads the model, reporting progress from 0 to 1. Only on the reader's say: the
   * options page calls it from a click, as the browser requires a user gesture for it.
   */
  download(lang: string, onProgress: (fraction: number) => void): Promise<void>;
}

/** A language tag's primary subtag ("en" for "en-GB"), as the model is asked for it; null if it has none. */
export function gistLanguage(lang: string | null): string | null {
  const primary = lang?.split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
