// A reporting date that opens a sentence: "As of May 3, 2021, the club has 812 members",
// "Au 3 mai 2021, le club compte…". The date is when a figure was counted, and the sentence
// goes on to give it: not when the page was written. The same words on a line of their own
// ("Stand: 03.05.2021", "Membership figures as of May 3, 2021") date the page itself, and
// stay candidates (German "Stand:" is an update label: date-labels.ts).
import { wholeWords } from '../text/word-pattern.ts';
import type { DateSpan } from './date-periods.ts';

/** Words saying "the figures as they stood on": a reporting date, per language. */
const REPORTING_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['as of', 'as at'],
  de: ['stand', 'zum stichtag', 'stichtag'],
  fr: ['au', 'en date du', 'à la date du'],
  es: ['a fecha de', 'al'],
  nl: ['per'],
  it: ['al'],
};

/** A reporting word right before the date, a colon at most between them. */
const REPORTING_WORD_BEFORE = new RegExp(String.raw`${wholeWords(Object.values(REPORTING_WORDS).flat())}\s*:?\s*$`, 'iu');
/** How far back the reporting word is looked for. */
const REPORTING_LOOKBEHIND_CHARS = 24;
/**
 * After the date, a comma and the clause it dates, three words at least: ", the club
 * has". A label's line goes on with digits (", 01:40 Uhr") or another label (", Autor:"),
 * which stop the run of words.
 */
const CLAUSE_AFTER = /^,\s+(?:\p{L}[\p{L}'’-]*\s+){2,}\p{L}/u;

/** True when the date at `span` is a reporting date opening a sentence that goes on (see above). */
export function datesFigures(text: string, { start, end }: DateSpan): boolean {
  return REPORTING_WORD_BEFORE.test(text.slice(Math.max(0, start - REPORTING_LOOKBEHIND_CHARS), start)) && CLAUSE_AFTER.test(text.slice(end));
}
