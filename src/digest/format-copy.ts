import { formatNotes } from './format-notes.ts';
import { formatSummary, type SummaryFormat, type SummaryOptions } from './format-summary.ts';
import type { Digest } from '../types.ts';

/** What Copy can put on the clipboard: the summary as text or Markdown, or a note for a notes app. */
export type CopyFormat = SummaryFormat | 'notes';

export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown', 'notes'];

export function formatCopy(digest: Omit<Digest, 'summary' | 'text'>, format: CopyFormat, options: Omit<SummaryOptions, 'format'>): string {
  return format === 'notes' ? formatNotes(digest, options) : formatSummary(digest, { ...options, format });
}
