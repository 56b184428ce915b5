import type { TextSpan } from '../types.ts';

/** What the page is searched for to select one span of the digest's text. */
export interface PagePassage {
  /** Words just before the span in the same paragraph: they tell apart two mentions of one name. */
  lead: string;
  passage: string;
}

/** How far back the lead reaches: enough to be unique, short enough to stay in one block. */
const LEAD_CHARS = 60;

export function pagePassage(text: string, span: TextSpan): PagePassage {
  const passage = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - LEAD_CHARS), span.start);
  // Rendered text breaks between blocks, so the lead never crosses a paragraph; it starts on a word.
  const newline = before.lastIndexOf('\n');
  const clipped = newline < 0 && span.start > LEAD_CHARS;
  const lead = newline >= 0 ? before.slice(newline + 1) : clipped ? before.slice(before.search(/\s/) + 1) : before;
  return { lead: lead.trimStart(), passage };
}

/** The next span to show when the same list is clicked again: clicks walk through the mentions. */
export function nextSpanIndex(previous: { key: number; index: number } | null, spans: TextSpan[]): { key: number; index: number } {
  const key = spans[0]?.start ?? -1;
  const index = previous && previous.key === key && spans.length > 0 ? (previous.index + 1) % spans.length : 0;
  return { key, index };
}
