// Readability keeps some page furniture inside the article: the timestamp line
// above the story, an empty "Opinions" section after it, a date in the byline.
// Left in, they turn into "highlights", timeline entries and actors.

const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|updated|published|posted|last|modified|on|at|am|um|le|el)\b/giu;
const DATE_PUNCTUATION = /[\d\s.,:/\-–—·|()]+/gu;
/** A closing paragraph this short, after the last sentence of the story, is furniture. */
const TRAILING_FURNITURE_WORDS = 6;

/** True for text made only of dates, times and their labels ("Updated Apr 14, 2025, 12:00 AM"). */
export function isDateOnly(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return text.replace(DATE_WORDS, ' ').replace(DATE_PUNCTUATION, '').trim() === '';
}

/** A byline line ("By Maria Okafor · November 20, 2026") is at most this long. */
const BYLINE_LINE_WORDS = 14;

/**
 * Drops timestamp-only paragraphs, the byline line, and short unpunctuated lines
 * after the story's last sentence.
 */
export function dropFurniture(paragraphs: string[], byline: string | null = null): string[] {
  const kept = paragraphs.filter((paragraph) => !isDateOnly(paragraph) && !isBylineLine(paragraph, byline));
  while (kept.length > 1 && isTrailingFurniture(kept.at(-1) ?? '')) kept.pop();
  return kept;
}

function isBylineLine(paragraph: string, byline: string | null): boolean {
  if (paragraph.split(/\s+/).length > BYLINE_LINE_WORDS || /[.!?"”]$/u.test(paragraph)) return false;
  if (/^(?:by|By|BY)\s+\p{Lu}/u.test(paragraph)) return true;
  return byline !== null && cleanByline(paragraph) === byline;
}

function isTrailingFurniture(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).filter(Boolean).length;
  return words <= TRAILING_FURNITURE_WORDS && !/[.!?"”»]$/u.test(paragraph);
}

/** "Newsroom staff · April 10, 2025" → "Newsroom staff"; "By Jane Doe" → "Jane Doe". */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const parts = byline.split(/\s+[·|•]\s+|\s+[–—-]\s+/).filter((part) => !isDateOnly(part));
  const cleaned = parts.join(' · ').replace(/^by\s+/i, '').trim();
  return cleaned || null;
}
