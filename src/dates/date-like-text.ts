// What counts as date-like text in the page: loose on purpose (any word may be a month: the
// resolver checks), and small, since it ships in the script injected into the page. The
// full readers are in parse-date-text.ts.
import { alternation, MONTH_JOINERS, ORDINAL_SUFFIXES } from './date-words.ts';

const ORDINAL = `(?:${alternation(ORDINAL_SUFFIXES)})`;
const JOINER = `(?:(?:${alternation(MONTH_JOINERS)})\\s+)`;
/** Year first in digits: "2025-04-10", "2025/4/10", "2025.04.10". */
const YEAR_FIRST_DIGITS = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`;
/** Day (or month) first in digits: "10.04.2025", "4/10/25", "10. 4. 2025". */
const DAY_FIRST_DIGITS = String.raw`\d{1,2}(?:[-/]|\.\s?)\d{1,2}(?:[-/]|\.\s?)\d{2,4}`;
/** Day, month, year set apart by a spaced mark: "26 | 01 | 2022", "26 / 01 / 2022". */
const SPACED_DIGITS = String.raw`\d{1,2}\s[|/.-]\s\d{1,2}\s[|/.-]\s\d{4}`;
/** Day, a word, a year: "10. April 2025", "1er mai 2024", "10 de abril de 2025". */
const DAY_WORD_YEAR = String.raw`\d{1,2}${ORDINAL}?\s*${JOINER}?\p{L}{3,12}\.?,?\s*${JOINER}?\d{4}`;
/** A word, a day, a year: "April 10, 2025", "Apr. 10th 2025". */
const WORD_DAY_YEAR = String.raw`\p{L}{3,12}\.?\s+\d{1,2}${ORDINAL}?,?\s*\d{4}`;
/** Chinese, Japanese and Korean: "2020年7月12日", "2021년 3월 5일". */
const CJK_YEAR_MONTH_DAY = String.raw`\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}`;
/** Any one of the forms above. */
const DATE_LIKE_TEXT = new RegExp([YEAR_FIRST_DIGITS, DAY_FIRST_DIGITS, SPACED_DIGITS, DAY_WORD_YEAR, WORD_DAY_YEAR, CJK_YEAR_MONTH_DAY].join('|'), 'u');
/** Every date form above has a four-digit year or a d.m.yy triple: a cheap test before the full pattern. */
const DATE_DIGITS = /\d{4}|\d[-/.]\d{1,2}[-/.]\d\d/;
/** Every date-like stretch of a text, in order. */
export const DATE_LIKE_TEXT_ALL = new RegExp(DATE_LIKE_TEXT.source, 'gu');

/** True when a text node may hold a date. A cheap digit test first: the full pattern is slow. */
export function looksDated(text: string): boolean {
  return DATE_DIGITS.test(text) && DATE_LIKE_TEXT.test(text);
}

/** A label belongs to the date right after it, not to one printed before. */
export function afterLastDate(context: string): string {
  let end = 0;
  for (const match of context.matchAll(DATE_LIKE_TEXT_ALL)) end = match.index + match[0].length;
  return context.slice(end);
}

/** The words an element prints before its first date ("Last updated" in "Last updated May 3, 2021"): its own label. */
export function beforeFirstDate(text: string): string {
  const at = text.search(DATE_LIKE_TEXT);
  return at < 0 ? '' : text.slice(0, at);
}
