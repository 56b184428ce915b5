// The one contract between the popup and the script injected on click.
import type { ExtractedArticle } from './types.ts';

/** The global the injected script defines in the extension's isolated world. */
export const EXTRACTOR_GLOBAL = '__storySummarizerExtract';

export type ExtractFailure = 'too-large' | 'no-article' | 'failed';

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailure; message: string };
