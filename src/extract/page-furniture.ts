// Readability keeps the story's own header lines inside the article: the timestamp line
// above the story, the byline line. Left in, they turn into "highlights", timeline entries
// and actors.
import { isDateOnly } from './date-line.ts';
import { indicesWhere, type FurnitureRule } from './furniture-rules-api.ts';

/** A line of timestamps ("Updated Tuesday, March 3, 2026, 10:15 a.m. EST") is at most this long. */
const TIMESTAMP_LINE_WORDS = 20;
/** A byline line ("By Maria Okafor · November 20, 2026") is at most this long. */
const BYLINE_LINE_WORDS = 14;
const BY_NAME = /^(?:by|By|BY)\s+\p{Lu}/u;
/** The word that labels a byline, per language, read with a colon after it ("Von: Jo Lind", "Par :"). */
const BYLINE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['by', 'author', 'authors'],
  de: ['von', 'autor', 'autorin', 'autoren'],
  fr: ['par', 'auteur', 'auteure'],
  es: ['por', 'autor', 'autora'],
  pt: ['por', 'autor', 'autora'],
  nl: ['door', 'auteur'],
  it: ['di', 'autore', 'autrice'],
};
const BYLINE_LABEL_WORDS: ReadonlySet<string> = new Set(Object.values(BYLINE_LABELS).flat());
/** A label word and its colon opening the line: what comes after is a name, or nothing (the name sits in the next line). */
const LABEL_AND_COLON = /^(\p{L}+)\s*:/u;

/** A line of timestamps: "Updated Apr 14, 2025, 12:00 AM". */
export const dateLines: FurnitureRule = {
  name: 'date lines',
  // A timestamp line is short: long paragraphs are not read word by word.
  find: (blocks) => indicesWhere(blocks, (block) => block.words <= TIMESTAMP_LINE_WORDS && isDateOnly(block.text)),
};

/** The byline printed as a line of its own: "By Maria Okafor", or Readability's byline again. */
export const bylineLine: FurnitureRule = {
  name: 'byline line',
  find: (blocks, context) => indicesWhere(blocks, (block) => block.words <= BYLINE_LINE_WORDS && isBylineLine(block.text, context.byline)),
};

function isBylineLine(paragraph: string, byline: string | null): boolean {
  if (paragraph.split(/\s+/).length > BYLINE_LINE_WORDS || /[.!?"”]$/u.test(paragraph)) return false;
  if (BY_NAME.test(paragraph) || isLabelledByline(paragraph)) return true;
  return byline !== null && cleanByline(paragraph) === byline;
}

/** "Von: Jo Lind", "Par :", "Author: Jo Lind". */
function isLabelledByline(paragraph: string): boolean {
  const label = LABEL_AND_COLON.exec(paragraph)?.[1]?.toLowerCase();
  return label !== undefined && BYLINE_LABEL_WORDS.has(label);
}

/** "Newsroom staff · April 10, 2025" → "Newsroom staff"; "By Jane Doe" → "Jane Doe". */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const parts = byline.split(/\s+[·|•]\s+|\s+[–—-]\s+/).filter((part) => !isDateOnly(part));
  const cleaned = parts.join(' · ').replace(/^by\s+/i, '').trim();
  return cleaned || null;
}
