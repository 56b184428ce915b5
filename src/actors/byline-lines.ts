// Byline lines inside the story text ("By Anna Berg and Tom Lee", "Von Petra Lindqvist,
// NDR"): the names there sign the story; they are not actors in it.
import type { TextSpan } from '../types.ts';

/** A byline is a short line: a longer one opening with "by" is a sentence ("By Monday, …"). */
const MAX_BYLINE_WORDS = 14;
const LINE = /[^\n]+/gu;
const WORD = /\p{L}+/gu;
/** A line's first word, after any spaces or marks. */
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
/** A byline's names are capitalized: "By then, …" or "von Anfang an" is no byline. */
const CAPITALIZED_AFTER = /^\s*\p{Lu}/u;

/** The spans of the text's byline lines, given the words that open one in the story's language. */
export function bylineLines(text: string, markers: readonly string[]): TextSpan[] {
  if (markers.length === 0) return [];
  const opening = new Set(markers);
  const spans: TextSpan[] = [];
  for (const line of text.matchAll(LINE)) {
    // The first word decides before the line's words are counted: most lines open otherwise.
    const first = FIRST_WORD.exec(line[0]);
    if (!first || !opening.has(first[1]!.toLowerCase())) continue;
    if ((line[0].match(WORD) ?? []).length > MAX_BYLINE_WORDS) continue;
    if (CAPITALIZED_AFTER.test(line[0].slice(first[0].length))) spans.push({ start: line.index, end: line.index + line[0].length });
  }
  return spans;
}

/** Is `span` inside one of `lines`? */
export function inLines(span: TextSpan, lines: readonly TextSpan[]): boolean {
  return lines.some((line) => span.start >= line.start && span.end <= line.end);
}
